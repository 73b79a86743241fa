// One party's team at a round: its head first, then the members with the titles the reports give them there.
import { h } from "../dom.js";
import { evidenceList } from "../format.js";

const person = p => h("a", { href: `#/people/${p.id}` }, p.name);

export function delegationCard(delegation, disputes) {
  const titleOf = id => delegation.members.find(m => m.person.id === id)?.title;
  const others = delegation.members.filter(m => m.person.id !== delegation.head?.id);
  return h("article", { class: `card delegation${disputes.length ? " conflicted" : ""}`, "data-party": delegation.party },
    h("h3", {}, delegation.party, disputes.length ? h("span", { class: "flag-text" }, " ! disputed") : null),
    h("p", { class: "head" }, h("span", { class: "label" }, "Head: "),
      delegation.head ? [h("span", { class: "head-name" }, person(delegation.head)),
        titleOf(delegation.head.id) ? `, ${titleOf(delegation.head.id)}` : ""] : "not named"),
    others.length ? h("ul", { class: "members", "aria-label": `${delegation.party}: other members` },
      others.map(m => h("li", {}, person(m.person), m.title ? `, ${m.title}` : ""))) : null,
    evidenceList(delegation.evidence));
}
