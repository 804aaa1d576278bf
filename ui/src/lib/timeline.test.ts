import { describe, expect, it } from "vitest";
import { layoutTimeline, monthLabel } from "./timeline";

describe("layoutTimeline", () => {
  it("scales bars to the busiest month and names the span", () => {
    const chart = layoutTimeline(
      [
        { month: "2024-11", count: 2 },
        { month: "2024-12", count: 0 },
        { month: "2025-01", count: 4 },
      ],
      300,
      100,
    );
    expect(chart.max).toBe(4);
    expect(chart.bars.map((b) => b.height)).toEqual([50, 0, 100]);
    expect(chart.bars[2].y).toBe(0);
    expect(chart.bars[1].x).toBeGreaterThan(chart.bars[0].x + chart.bars[0].width);
    expect(chart.span).toBe("Nov 2024 – Jan 2025");
    // Across years, ticks name the years where they begin.
    expect(chart.ticks.map((t) => t.label)).toEqual(["2024", "2025"]);
  });

  it("labels months within one year, and an empty timeline draws nothing", () => {
    const chart = layoutTimeline([{ month: "2024-03", count: 1 }], 100, 50);
    expect(chart.ticks.map((t) => t.label)).toEqual(["Mar"]);
    expect(chart.span).toBe("Mar 2024");
    expect(layoutTimeline([], 100, 50).bars).toEqual([]);
    expect(monthLabel("2023-12")).toBe("Dec 2023");
  });
});
