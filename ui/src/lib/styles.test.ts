import { describe, expect, it } from "vitest";
import type { StyleOption } from "./bindings";
import { grouped, HOUSE, isAbsolutePath, isStylePath, pickerValue, settingOf } from "./styles";

const options: StyleOption[] = [
  { value: "ap", label: "AP attribution sentence", origin: "quotebook" },
  { value: "line", label: "Compact attribution line", origin: "quotebook" },
  { value: "apa", label: "APA Style 7th edition", origin: "csl" },
  { value: "chicago", label: "Chicago … — full notes and bibliography", origin: "csl" },
];

describe("the style picker", () => {
  it("shows a listed name as that entry", () => {
    expect(pickerValue("apa", options)).toEqual({ choice: "apa", path: "" });
    expect(pickerValue("Chicago", options)).toEqual({ choice: "chicago", path: "" });
  });

  it("shows a path as the house style with its file", () => {
    expect(pickerValue("/home/ed/house.csl", options)).toEqual({ choice: HOUSE, path: "/home/ed/house.csl" });
    expect(pickerValue("house.csl", options).choice).toBe(HOUSE);
    expect(pickerValue("C:\\styles\\ours.xml", options).choice).toBe(HOUSE);
  });

  it("keeps a name it does not list as it is", () => {
    expect(pickerValue("chicago-note", options)).toEqual({ choice: "chicago-note", path: "" });
  });

  it("saves the file's path for the house style and the name otherwise", () => {
    expect(settingOf(HOUSE, "  /tmp/house.csl ")).toBe("/tmp/house.csl");
    expect(settingOf("apa", "/tmp/house.csl")).toBe("apa");
    expect(isStylePath("ieee")).toBe(false);
  });

  it("takes a house style only by its whole path", () => {
    expect(isAbsolutePath("/home/ed/house.csl")).toBe(true);
    expect(isAbsolutePath("C:\\styles\\ours.csl")).toBe(true);
    expect(isAbsolutePath("house.csl")).toBe(false);
    expect(isAbsolutePath("./styles/house.csl")).toBe(false);
  });

  it("groups our own forms before the CSL styles", () => {
    const groups = grouped(options);
    expect(groups.map((g) => g.options.map((o) => o.value))).toEqual([["ap", "line"], ["apa", "chicago"]]);
  });
});
