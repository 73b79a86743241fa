// The page reads only the public API, like any other client. Answers change only on import, so one page view caches them.
const cache = new Map();

/** An API error carrying the ProblemDetails (RFC 9457) the API answers with. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `The API answered ${status}.`);
    this.status = status;
    this.problem = problem;
  }
}

/** GET a JSON answer; a ProblemDetails becomes an ApiError. */
export function get(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ""));
  const url = query.size ? `${path}?${query}` : path;
  if (!cache.has(url)) {
    cache.set(url, fetch(url, { headers: { Accept: "application/json" } }).then(async response => {
      const body = await response.json().catch(() => null);
      if (!response.ok) {
        cache.delete(url);
        throw new ApiError(response.status, body);
      }
      return body;
    }));
  }
  return cache.get(url);
}

/**
 * Every item of a paged list, following pages of the largest size the API allows. Lists answer with
 * evidence counts by default; the page shows the sentences themselves, so it asks for them in full.
 */
export async function all(path, params = {}) {
  const items = [];
  for (let page = 1; ; page++) {
    const answer = await get(path, { evidence: "full", ...params, page, pageSize: 200 });
    items.push(...answer.items);
    if (items.length >= answer.total || answer.items.length === 0) return items;
  }
}
