// The timeline's filters. They live in the URL (#/?party=Türkiye&from=2025-06-01) so a filtered view can be
// shared; the API does the filtering (party by any alias, period, venue by any part of its name).
import { h } from "../dom.js";
import { href } from "../router.js";

export const FILTERS = ["party", "from", "to", "venue"];

let refocus = null;

/** After a filter re-renders the timeline, focus goes back to the control the reader was using. */
export function restoreFocus() {
  if (refocus) document.getElementById(refocus)?.focus();
  refocus = null;
}

export function filterForm(filters, parties, venues) {
  const apply = form => {
    refocus = document.activeElement?.id ?? null;
    const values = Object.fromEntries(FILTERS.map(name => [name, form.elements[name].value]));
    location.hash = href("/", values);
  };
  const select = (name, label, options) => field(name, label, h("select", { id: `filter-${name}`, name },
    h("option", { value: "" }, "any"),
    // A shared URL may name a party by an alias or in lower case (party=turkey): the API understands it either way.
    options.map(o => h("option", { value: o, selected: o.toLowerCase() === filters[name]?.toLowerCase() }, o))));
  const date = (name, label) => field(name, label,
    h("input", { id: `filter-${name}`, name, type: "date", value: filters[name] ?? "" }));
  return h("form", { class: "filters", "aria-label": "Filter rounds",
      onchange: e => apply(e.currentTarget), onsubmit: e => { e.preventDefault(); apply(e.currentTarget); } },
    select("party", "Party", parties),
    date("from", "From"),
    date("to", "To"),
    select("venue", "Venue", venues),
    h("div", { class: "filter-actions" },
      h("button", { type: "submit" }, "Apply"),
      h("a", { href: "#/", class: "clear" }, "Clear filters")));
}

function field(name, label, control) {
  return h("div", { class: "field" }, h("label", { for: `filter-${name}` }, label), control);
}
