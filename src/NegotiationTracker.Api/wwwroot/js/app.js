// Wires the search box and the hash routes to their views.
import { h, show } from "./dom.js";
import { href, start } from "./router.js";
import { ApiError } from "./api.js";
import { timelineView } from "./views/timeline.js";
import { roundView } from "./views/round.js";
import { personView } from "./views/person.js";
import { articleView } from "./views/article.js";
import { searchView } from "./views/search.js";

const view = document.getElementById("view");
const routes = {
  "": timelineView,
  rounds: roundView,
  people: personView,
  articles: articleView,
  search: searchView,
};

async function render({ segments, params }) {
  const [name = "", id] = segments;
  const handler = routes[name];
  try {
    if (!handler || (name && name !== "search" && !/^\d+$/.test(id ?? ""))) {
      show(view, "Not found", h("h1", {}, "Not found"), h("p", {}, "There is no such page. ", h("a", { href: "#/" }, "Back to the timeline")));
      return;
    }
    await handler(view, { id: id && Number(id), params });
  } catch (error) {
    // The API answers errors as ProblemDetails; its title and detail are what a reader needs.
    const message = error instanceof ApiError ? `${error.problem?.title ?? "Error"}: ${error.message}` : String(error);
    show(view, "Error", h("h1", {}, error instanceof ApiError && error.status === 404 ? "Not found" : "Something went wrong"),
      h("p", { role: "alert" }, message), h("p", {}, h("a", { href: "#/" }, "Back to the timeline")));
  }
}

// The skip link moves focus past the header without changing the URL, which names the view.
document.querySelector(".skip").addEventListener("click", event => {
  event.preventDefault();
  view.focus();
});

document.getElementById("search").addEventListener("submit", event => {
  event.preventDefault();
  const q = new FormData(event.target).get("q")?.toString().trim();
  location.hash = href("/search", { q });
});

start(render);
