// Search over people's names: any spelling, any part, case and diacritics ignored (the API's name filter).
import { all } from "../api.js";
import { h, show } from "../dom.js";

export async function searchView(view, { params }) {
  const q = params.get("q")?.trim() ?? "";
  const input = document.getElementById("search-input");
  if (input && input.value !== q) input.value = q;
  if (!q) {
    show(view, "Search", h("h1", {}, "Search people"), h("p", {}, "Type a name, or part of one, in the search box."));
    return;
  }

  const people = await all("/api/participants", { name: q });
  show(view, `Search: ${q}`,
    h("h1", {}, `People matching “${q}”`),
    h("p", { role: "status" }, `${people.length} ${people.length === 1 ? "person" : "people"} found.`),
    h("ul", { class: "results" }, people.map(p => h("li", {},
      h("a", { href: `#/people/${p.id}` }, p.name),
      p.party ? ` — ${p.party}` : "",
      p.titles.length ? `; ${p.titles.map(t => t.title).join(", ")}` : "",
      p.aliases.length ? h("span", { class: "aliases" }, ` (also ${p.aliases.join(", ")})`) : null))));
}
