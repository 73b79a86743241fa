// A report with the sentence that supports a fact highlighted. The offsets are the API's character offsets;
// both .NET and JavaScript count UTF-16 code units, so slicing the text with them finds the same sentence.
import { get } from "../api.js";
import { facts, h, show } from "../dom.js";
import { formatDate } from "../format.js";

export async function articleView(view, { id, params }) {
  const article = await get(`/api/articles/${id}`);
  const start = Number(params.get("start"));
  const end = Number(params.get("end"));
  const valid = params.has("start") && Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= article.text.length;
  const mark = valid ? h("mark", { id: "evidence", tabindex: "-1" }, article.text.slice(start, end)) : null;
  const text = valid ? [article.text.slice(0, start), mark, article.text.slice(end)] : [article.text];

  show(view, article.title,
    h("p", { class: "crumbs" }, h("a", { href: "#/" }, "Timeline"), " › Report"),
    h("h1", {}, article.title),
    facts([["File", article.file], ["Published", article.publishedOn ? formatDate(article.publishedOn, "day") : "no dateline"]]),
    valid ? h("p", { class: "hint" }, h("button", { type: "button", class: "link", onclick: () => mark.focus() }, "Jump to the highlighted sentence"))
      : params.has("start") ? h("p", { role: "alert" }, "The sentence's position is not in this report; the whole report is shown.") : null,
    facts([["Facts read from it", related(article.facts)]]),
    h("div", { class: "article-text", role: "document", "aria-label": "Report text" }, text));

  // The highlighted sentence is what the reader came for: bring it into view and give it focus.
  if (mark) {
    mark.scrollIntoView({ block: "center" });
    mark.focus({ preventScroll: true });
  }
}

function related(f) {
  const links = [
    ...f.rounds.map(r => h("a", { href: `#/rounds/${r.id}` }, r.number ? `Round ${r.number}` : `Round #${r.id}`)),
    ...f.participants.map(p => h("a", { href: `#/people/${p.id}` }, p.name)),
  ];
  return links.length ? links.flatMap((l, i) => (i ? [", ", l] : [l])) : "none";
}
