// How dates, negotiations and evidence read on the page.
import { h } from "./dom.js";

const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const month = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

export const toTime = iso => Date.parse(`${iso}T00:00:00Z`);

/** A round's date at the precision the reports give: a month known only to the month is not shown as its first day. */
export function formatDate(date, precision, dateText) {
  if (!date) return dateText ? `undated (“${dateText}”)` : "undated";
  const t = toTime(date);
  switch (precision) {
    case "day": return day.format(t);
    case "month": return month.format(t);
    case "year": return date.slice(0, 4);
    case "range": return `from ${day.format(t)}`;
    default: return date;
  }
}

/** "Russia – Ukraine": the negotiating sides of a round; mediators and observers are not a side. */
export function sidesOf(round, delegations) {
  const own = delegations.filter(d => d.roundId === round.id);
  const negotiators = own.filter(d => d.role === "negotiator").map(d => d.party);
  const thirdParties = new Set(own.filter(d => d.role !== "negotiator").map(d => d.party));
  let sides = negotiators.length >= 2 ? negotiators : round.parties.filter(p => !thirdParties.has(p));
  if (sides.length < 2) sides = round.parties;
  return [...new Set(sides)].sort((a, b) => a.localeCompare(b));
}

export const laneName = sides => sides.join(" – ");

export const roundName = round => round.number ? `Round ${round.number}` : `Round #${round.id}`;

/** The link that opens an article with one sentence highlighted. */
export const evidenceHref = e => `#/articles/${e.articleId}?start=${e.start}&end=${e.end}`;

/** Every report behind a fact, folded so a round stays readable: each sentence quoted and linked to its article. */
export function evidenceList(evidence, what = "Evidence") {
  if (!evidence?.length) return null;
  const reports = new Set(evidence.map(e => e.articleId)).size;
  return h("details", { class: "evidence" },
    h("summary", {}, `${what}: ${evidence.length} sentence${evidence.length === 1 ? "" : "s"} in ${reports} report${reports === 1 ? "" : "s"}`),
    h("ol", {}, evidence.map(e => h("li", {},
      h("a", { href: evidenceHref(e), class: "evidence-link" }, `“${e.sentence}”`),
      " ", h("span", { class: "file" }, e.file)))));
}
