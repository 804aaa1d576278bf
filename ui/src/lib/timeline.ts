// The layout of a speaker's quotes-per-month chart, as plain numbers so it can
// be tested without a window. The component draws these as SVG.
import type { MonthCount } from "./bindings";

export interface Bar {
  month: string;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Tick {
  x: number;
  label: string;
}

export interface TimelineLayout {
  bars: Bar[];
  /** Year labels (or month labels for a span within one year). */
  ticks: Tick[];
  max: number;
  /** "Mar 2024 – Jan 2025", the span the chart covers. */
  span: string;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2024-03" as "Mar 2024". */
export function monthLabel(month: string): string {
  const [year, m] = month.split("-");
  return `${MONTHS[Number(m) - 1] ?? m} ${year}`;
}

/** Bars in a `width` × `height` plot area (the top-left corner at 0,0). */
export function layoutTimeline(months: MonthCount[], width: number, height: number): TimelineLayout {
  if (months.length === 0) return { bars: [], ticks: [], max: 0, span: "" };
  const max = Math.max(1, ...months.map((m) => m.count));
  const slot = width / months.length;
  const gap = slot > 6 ? Math.min(4, slot * 0.2) : 0;
  const bars = months.map((m, i) => {
    const h = (m.count / max) * height;
    return { month: m.month, count: m.count, x: i * slot + gap / 2, y: height - h, width: slot - gap, height: h };
  });
  const oneYear = months[0].month.slice(0, 4) === months[months.length - 1].month.slice(0, 4);
  const ticks: Tick[] = [];
  months.forEach((m, i) => {
    const x = i * slot + slot / 2;
    if (oneYear) {
      // Every month when they fit, else every third.
      if (months.length <= 6 || i % 3 === 0) ticks.push({ x, label: MONTHS[Number(m.month.slice(5)) - 1] });
    } else if (i === 0 || m.month.endsWith("-01")) {
      ticks.push({ x: i * slot, label: m.month.slice(0, 4) });
    }
  });
  const first = monthLabel(months[0].month);
  const last = monthLabel(months[months.length - 1].month);
  return { bars, ticks, max, span: first === last ? first : `${first} – ${last}` };
}
