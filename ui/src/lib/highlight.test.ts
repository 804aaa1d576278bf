import { describe, expect, it } from "vitest";
import { pieces } from "./highlight";

describe("pieces", () => {
  it("splits around the highlighted ranges", () => {
    expect(pieces("total victory now", [[0, 5], [6, 13]])).toEqual([
      { text: "total", marked: true },
      { text: " ", marked: false },
      { text: "victory", marked: true },
      { text: " now", marked: false },
    ]);
  });
  it("merges overlaps, clamps out-of-range ends and keeps markup as text", () => {
    expect(pieces("<b>x</b>", [[2, 4], [3, 99]])).toEqual([
      { text: "<b", marked: false },
      { text: ">x</b>", marked: true },
    ]);
  });
  it("gives the whole text when nothing is highlighted", () => {
    expect(pieces("plain", [])).toEqual([{ text: "plain", marked: false }]);
  });
});
