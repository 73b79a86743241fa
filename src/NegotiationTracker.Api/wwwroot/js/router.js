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

/** Calls render on every change to a route ("#/…") and once now; other hashes are in-page anchors, not views. */
export function start(render) {
  const isRoute = () => location.hash === "" || location.hash.startsWith("#/");
  window.addEventListener("hashchange", () => { if (isRoute()) render(current()); });
  render(isRoute() ? current() : { segments: [], params: new URLSearchParams() });
}
