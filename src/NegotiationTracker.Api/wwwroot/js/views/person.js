// One person: the titles the reports give over time (dated by the rounds and reports that use them) and the rounds attended.
import { all, get } from "../api.js";
import { facts, h, show } from "../dom.js";
import { evidenceList, formatDate, roundName } from "../format.js";

export async function personView(view, { id }) {
  const [person, articles] = await Promise.all([get(`/api/participants/${id}`), all("/api/articles")]);
  const published = new Map(articles.map(a => [a.id, a.publishedOn]));
  const titles = person.titles.map(t => ({ ...t, since: firstSeen(t, person.delegations, published) }))
    .sort((a, b) => (a.since ?? "9999").localeCompare(b.since ?? "9999"));

  show(view, person.name,
    h("p", { class: "crumbs" }, h("a", { href: "#/" }, "Timeline"), " › People"),
    h("h1", {}, person.name),
    facts([["Party", person.party], ["Also spelled", person.aliases.join(", ")]]),
    h("section", { "aria-labelledby": "titles-title" }, h("h2", { id: "titles-title" }, "Titles over time"),
      titles.length ? h("ol", { class: "titles" }, titles.map(t => h("li", {},
        h("span", { class: "title-name" }, t.title),
        h("span", { class: "since" }, t.since ? ` — first seen ${formatDate(t.since, "day")}` : " — undated"),
        evidenceList(t.evidence)))) : h("p", {}, "No title reported.")),
    h("section", { "aria-labelledby": "rounds-title" }, h("h2", { id: "rounds-title" }, "Rounds attended"),
      person.delegations.length ? h("ul", { class: "attended" }, person.delegations.map(m => h("li", {},
        h("a", { href: `#/rounds/${m.round.id}` }, roundName(m.round)),
        ` — ${formatDate(m.round.date, "day")}${m.round.city ? `, ${m.round.city}` : ""} — ${m.party} ${m.role}`,
        m.isHead ? h("strong", {}, " (head)") : null, m.title ? `, as ${m.title}` : ""))) : h("p", {}, "No round recorded.")),
    evidenceList(person.evidence, "Every sentence about this person"));
}

/** The earliest date a title is used: the round where the person held it, else the report that gives it. */
function firstSeen(title, delegations, published) {
  const dates = [
    ...delegations.filter(d => d.title === title.title && d.round.date).map(d => d.round.date),
    ...title.evidence.map(e => published.get(e.articleId)).filter(Boolean),
  ];
  return dates.sort()[0] ?? null;
}
