// The timeline drawing: one lane per negotiation, one mark per dated round at its date. Marks are links,
// so Tab reaches them and Enter opens the round; each carries a full text label for screen readers.
import { s } from "../dom.js";
import { formatDate, roundName } from "../format.js";
import { scaleFor, spanOf, ticksFor } from "./timeline-scale.js";

const AXIS = 30;
const LANE = 80;
const SIDE = 16;
const LABEL = 84;

/** lanes: [{ name, rounds }] of dated rounds; flagged: ids of rounds the reports disagree on. */
export function drawChart(lanes, width, flagged) {
  const height = AXIS + lanes.length * LANE + 8;
  const spans = lanes.flatMap(l => l.rounds.map(r => spanOf(r.date, r.datePrecision)));
  const scale = scaleFor(spans, SIDE, width - SIDE);
  const count = lanes.reduce((n, l) => n + l.rounds.length, 0);
  return s("svg", { class: "chart", width, height, viewBox: `0 0 ${width} ${height}`, role: "group",
      "aria-label": `Timeline of ${count} dated rounds in ${lanes.length} negotiation${lanes.length === 1 ? "" : "s"}` },
    axis(scale, width, height),
    lanes.map((lane, i) => drawLane(lane, AXIS + i * LANE, scale, width, flagged)));
}

function axis(scale, width, height) {
  return s("g", { class: "axis", "aria-hidden": "true" }, ticksFor(scale, width).map(({ t, label }) => s("g", { "data-date": new Date(t).toISOString().slice(0, 10) },
    s("line", { x1: scale.x(t), x2: scale.x(t), y1: AXIS - 6, y2: height }),
    label && scale.x(t) + 64 < width && s("text", { x: scale.x(t) + 3, y: AXIS - 12 }, label))));
}

function drawLane(lane, top, scale, width, flagged) {
  const y = top + 38;
  // Labels take the first of two rows with room; where both are taken (rounds days apart on a long axis) the
  // mark goes unlabelled on the chart: its tooltip, its spoken label and the list below still name it.
  const rowEnds = [-Infinity, -Infinity];
  return s("g", { class: "lane", "data-lane": lane.name },
    s("text", { class: "lane-name", x: SIDE, y: top + 16 }, `${lane.name} · ${lane.rounds.length} round${lane.rounds.length === 1 ? "" : "s"}`),
    s("line", { class: "lane-line", x1: SIDE, x2: width - SIDE, y1: y, y2: y, "aria-hidden": "true" }),
    lane.rounds.map(round => {
      const [a, b] = spanOf(round.date, round.datePrecision).map(scale.x);
      const x = (a + b) / 2;
      const row = rowEnds.findIndex(end => x - end >= LABEL);
      if (row >= 0) rowEnds[row] = x;
      return mark(round, a, b, x, y, row, flagged.has(round.id), width);
    }));
}

function mark(round, a, b, x, y, row, conflicted, width) {
  const when = formatDate(round.date, round.datePrecision, round.dateText);
  const where = [round.venue?.name, round.city].filter(Boolean).join(", ");
  const label = `${roundName(round)}, ${when} (date known to the ${round.datePrecision}), ${where || "place unknown"}${conflicted ? ", sources disagree" : ""}`;
  const shape = round.datePrecision === "day"
    ? s("circle", { cx: x, cy: y, r: 8 })
    : s("rect", { x: a, y: y - 7, width: Math.max(b - a, 12), height: 14, rx: 4 });
  const short = round.datePrecision === "day" ? when.replace(/ \d{4}$/, "") : when;
  return s("a", { href: `#/rounds/${round.id}`, class: `mark precision-${round.datePrecision}${conflicted ? " conflicted" : ""}`,
      "data-round-id": round.id, "data-date": round.date, "data-x": x.toFixed(1), "aria-label": label },
    s("title", {}, label), shape,
    conflicted && s("text", { class: "flag", x: x + 10, y: y - 8, "aria-hidden": "true" }, "!"),
    // Kept inside the chart: a label centred on a mark near an edge would be cut off on a narrow screen.
    row >= 0 && s("text", { class: "mark-label", x: Math.min(Math.max(x, LABEL / 2), width - (LABEL / 2)), y: y + 24 + (row * 12), "text-anchor": "middle", "aria-hidden": "true" },
      `${round.number ? `R${round.number}` : "R?"} · ${short}`));
}
