// Where a date falls on the timeline, and which dates get a tick: pure arithmetic, kept apart from drawing.
import { toTime } from "../format.js";

const DAY = 86_400_000;

/** The span a round's date stands for: a day, its whole month or year, or a week from a range's start. */
export function spanOf(date, precision) {
  const t = toTime(date);
  const d = new Date(t);
  switch (precision) {
    case "month": return [Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1), Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)];
    case "year": return [Date.UTC(d.getUTCFullYear(), 0, 1), Date.UTC(d.getUTCFullYear() + 1, 0, 1)];
    case "range": return [t, t + 7 * DAY];
    default: return [t, t];
  }
}

/** A linear scale from the rounds' dates to x between left and right, padded so no mark sits on an edge. */
export function scaleFor(spans, left, right) {
  const start = Math.min(...spans.map(([a]) => a));
  const end = Math.max(...spans.map(([, b]) => b));
  const pad = Math.max((end - start) * 0.08, 10 * DAY);
  const t0 = start - pad;
  const t1 = end + pad;
  const x = t => left + ((t - t0) / (t1 - t0)) * (right - left);
  return { x, t0, t1 };
}

/** Month ticks for spans up to three years, year ticks beyond; labels thinned so they never overlap. */
export function ticksFor({ t0, t1 }, width) {
  const byYear = t1 - t0 > 3 * 365 * DAY;
  const first = new Date(t0);
  const ticks = [];
  let y = first.getUTCFullYear();
  let m = byYear ? 0 : first.getUTCMonth() + 1;
  for (let t = Date.UTC(y, m, 1); t <= t1; t = Date.UTC(y, m, 1)) {
    if (t >= t0) ticks.push(t);
    if (byYear) y++; else m++;
  }
  const every = Math.max(1, Math.ceil((ticks.length * (byYear ? 44 : 72)) / width));
  const format = new Intl.DateTimeFormat("en-GB", byYear ? { year: "numeric", timeZone: "UTC" } : { month: "short", year: "numeric", timeZone: "UTC" });
  return ticks.map((t, i) => ({ t, label: i % every === 0 ? format.format(t) : null }));
}
