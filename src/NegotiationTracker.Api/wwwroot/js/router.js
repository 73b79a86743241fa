// Hash URLs (#/rounds/3) so every view can be shared and the back button works without a server route per view.

/** The current route: its path segments and query parameters. */
export function current() {
  const [path, query = ""] = (location.hash.slice(1) || "/").split("?");
  return { segments: path.split("/").filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query) };
}

/** Builds a hash URL from a path and parameters, leaving out empty ones. */
export function href(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v));
  return `#${path}${query.size ? `?${query}` : ""}`;
}

/** Calls render on every hash change and once now. */
export function start(render) {
  window.addEventListener("hashchange", () => render(current()));
  render(current());
}
