// One round: when and where, each side's team with its head, the mediators and observers, what each side
// demanded, what came of it, and where the reports disagree. Every fact opens onto the sentences behind it.
import { all, get } from "../api.js";
import { facts, h, show } from "../dom.js";
import { evidenceList, formatDate, laneName, roundName, sidesOf } from "../format.js";
import { conflictParty, conflictsOf } from "../conflicts.js";
import { delegationCard } from "./delegation.js";

const ROLES = [["negotiator", "Delegations"], ["mediator", "Mediators"], ["observer", "Observers"]];

export async function roundView(view, { id }) {
  const [round, delegations, conflicts] = await Promise.all([get(`/api/rounds/${id}`), all("/api/delegations"), all("/api/conflicts")]);
  const disputes = conflictsOf(round, conflicts);
  const sides = laneName(sidesOf(round, delegations));
  const title = `${roundName(round)} · ${sides}`;

  show(view, title,
    h("p", { class: "crumbs" }, h("a", { href: "#/" }, "Timeline"), " › ", sides),
    h("h1", {}, title),
    facts([
      ["Date", [formatDate(round.date, round.datePrecision, round.dateText), h("span", { class: "precision" },
        ` (known to the ${round.datePrecision}${round.dateText ? `; the reports say “${round.dateText}”` : ""})`)]],
      ["City", round.city],
      ["Venue", round.venue?.name ?? "not named"],
      ["Parties", round.parties.join(", ")],
    ]),
    evidenceList(round.evidence, "Reports of this round"),
    disputes.length ? h("section", { class: "conflicts", "aria-labelledby": "conflicts-title" },
      h("h2", { id: "conflicts-title" }, h("span", { class: "flag-text" }, "! "), "Sources disagree"),
      disputes.map(c => h("div", { class: "conflict" },
        h("p", {}, `${c.subject.replace(/ at round .*/, "")}: ${c.field}`),
        h("ul", {}, c.claims.map(claim => h("li", {}, h("strong", {}, claim.value), evidenceList(claim.evidence, "Says so"))))))) : null,
    ROLES.map(([role, heading]) => {
      const teams = round.delegations.filter(d => d.role === role);
      return teams.length ? h("section", { "aria-labelledby": `${role}-title` }, h("h2", { id: `${role}-title` }, heading),
        h("div", { class: "cards" }, teams.map(d => delegationCard(d, disputes.filter(c => conflictParty(c) === d.party))))) : null;
    }),
    h("section", { "aria-labelledby": "demands-title" }, h("h2", { id: "demands-title" }, "Demands"), demands(round.demands)),
    h("section", { "aria-labelledby": "outcomes-title" }, h("h2", { id: "outcomes-title" }, "Outcomes"),
      round.outcomes.length ? h("ul", {}, round.outcomes.map(o => h("li", {}, o.text, evidenceList(o.evidence))))
        : h("p", {}, "No outcome reported.")));
}

function demands(list) {
  if (!list.length) return h("p", {}, "No demand tied to this round.");
  const byParty = Map.groupBy(list, d => d.party);
  return h("div", { class: "cards" }, [...byParty].map(([party, items]) => h("article", { class: "card", "data-party": party },
    h("h3", {}, party),
    h("ul", {}, items.map(d => h("li", {}, h("span", { class: "category" }, d.category), " ", d.text, evidenceList(d.evidence)))))));
}
