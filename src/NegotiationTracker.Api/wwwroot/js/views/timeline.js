// The start page: filters, the chart of dated rounds, the strip of undated ones, and the same rounds as a list
// (the chart's text alternative, and what a phone reader scrolls).
import { all, get } from "../api.js";
import { h, show } from "../dom.js";
import { formatDate, laneName, roundName, sidesOf } from "../format.js";
import { conflictsOf } from "../conflicts.js";
import { drawChart } from "./timeline-chart.js";
import { FILTERS, filterForm, restoreFocus } from "./filters.js";

export async function timelineView(view, { params }) {
  const filters = Object.fromEntries(FILTERS.map(name => [name, params.get(name) ?? ""]));
  const [everyRound, rounds, delegations, venues, conflicts] = await Promise.all([
    all("/api/rounds"), all("/api/rounds", filters), all("/api/delegations"), all("/api/venues"), all("/api/conflicts")]);

  const lanes = new Map();
  for (const round of rounds) {
    const name = laneName(sidesOf(round, delegations));
    if (!lanes.has(name)) lanes.set(name, { name, rounds: [], undated: [] });
    lanes.get(name)[round.date ? "rounds" : "undated"].push(round);
  }
  const flagged = new Set(rounds.filter(r => conflictsOf(r, conflicts).length).map(r => r.id));
  const dated = [...lanes.values()].filter(l => l.rounds.length);
  const undated = [...lanes.values()].filter(l => l.undated.length);
  const parties = [...new Set(everyRound.flatMap(r => r.parties))].sort((a, b) => a.localeCompare(b));
  const figure = h("figure", { class: "chart-box" });
  const filtered = FILTERS.some(name => filters[name]);

  show(view, "Timeline",
    h("h1", {}, "Negotiation rounds"),
    filterForm(filters, parties, venues.map(v => v.name)),
    h("p", { class: "status", role: "status" }, `${rounds.length} of ${everyRound.length} rounds${filtered ? " match the filters" : ""}.`),
    legend(),
    figure,
    h("section", { class: "undated", "aria-labelledby": "undated-title" },
      h("h2", { id: "undated-title" }, "Undated rounds"),
      undated.length ? undated.map(l => h("p", {}, h("strong", {}, `${l.name}: `), l.undated.map(r => h("a", { href: `#/rounds/${r.id}`, class: "chip" },
        `${roundName(r)} (${r.dateText ? `“${r.dateText}”` : "no date"})`)))) : h("p", {}, "None: every round shown has a date.")),
    h("section", { class: "round-list", "aria-labelledby": "list-title" },
      h("h2", { id: "list-title" }, "Rounds as a list"),
      [...lanes.values()].map(l => [h("h3", {}, l.name), h("ol", {}, [...l.rounds, ...l.undated].map(r => h("li", {},
        h("a", { href: `#/rounds/${r.id}` }, roundName(r)), ` — ${formatDate(r.date, r.datePrecision, r.dateText)}`,
        h("span", { class: "precision" }, ` (known to the ${r.datePrecision})`),
        ` — ${[r.venue?.name, r.city].filter(Boolean).join(", ") || "place unknown"}`,
        flagged.has(r.id) ? h("span", { class: "flag-text" }, " — sources disagree") : null)))])));

  // The chart is drawn at the figure's real width, and again when that changes (a phone turned sideways).
  const draw = () => figure.replaceChildren(dated.length
    ? drawChart(dated, Math.max(300, Math.floor(figure.clientWidth)), flagged)
    : h("p", {}, everyRound.length ? "No dated round matches these filters."
      : ["The knowledge base holds no round yet. If the import failed, ", h("a", { href: "/health" }, "/health"), " says so and the server log names the file."]));
  draw();
  new ResizeObserver(() => { if (figure.firstChild?.getAttribute?.("width") != Math.max(300, Math.floor(figure.clientWidth))) draw(); }).observe(figure);
  restoreFocus();
}

function legend() {
  return h("p", { class: "legend" },
    h("span", { class: "key day", "aria-hidden": "true" }), " date known to the day  ",
    h("span", { class: "key span", "aria-hidden": "true" }), " known only to the month or year (bar spans it)  ",
    h("span", { class: "key flag", "aria-hidden": "true" }, "!"), " sources disagree");
}
