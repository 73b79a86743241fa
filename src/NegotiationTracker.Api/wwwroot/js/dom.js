// Building elements with textContent only: article text and names come from news reports and are never parsed as HTML.
const SVG = "http://www.w3.org/2000/svg";

function build(el, attrs, children) {
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** An HTML element: h("a", { href: "#/" }, "text", otherNode). */
export const h = (tag, attrs, ...children) => build(document.createElement(tag), attrs, children);

/** An SVG element, same calling convention. */
export const s = (tag, attrs, ...children) => build(document.createElementNS(SVG, tag), attrs, children);

/** Replaces the contents of the page's main region and moves focus to its heading, so keyboard and screen-reader users land on the new view. */
export function show(view, title, ...children) {
  view.replaceChildren(...children.flat().filter(Boolean));
  document.title = `${title} · Negotiation timeline`;
  const heading = view.querySelector("h1");
  if (heading) {
    heading.setAttribute("tabindex", "-1");
    heading.focus({ preventScroll: true });
  }
  window.scrollTo(0, 0);
}

/** A definition list from [term, description] pairs, skipping empty descriptions. */
export function facts(pairs) {
  return h("dl", { class: "facts" }, pairs.filter(([, d]) => d !== null && d !== undefined && d !== "")
    .map(([t, d]) => [h("dt", {}, t), h("dd", {}, d)]));
}
