import { describe, expect, it } from "vitest";
import { actionFor, type KeyLike } from "./shortcuts";

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe("actionFor", () => {
  it("focuses the search with / or Ctrl+K", () => {
    expect(actionFor(key("/"), false)).toBe("focus-search");
    expect(actionFor(key("k", { ctrlKey: true }), false)).toBe("focus-search");
    expect(actionFor(key("k", { ctrlKey: true }), true)).toBe("focus-search");
  });
  it("moves with arrows and j/k, but j/k type letters in a text field", () => {
    expect(actionFor(key("j"), false)).toBe("next");
    expect(actionFor(key("k"), false)).toBe("previous");
    expect(actionFor(key("j"), true)).toBeNull();
    expect(actionFor(key("ArrowDown"), true)).toBe("next");
    expect(actionFor(key("ArrowUp"), false)).toBe("previous");
  });
  it("copies the citation with Ctrl+Shift+C, even from the search box", () => {
    expect(actionFor(key("C", { ctrlKey: true, shiftKey: true }), true)).toBe("copy-citation");
    expect(actionFor(key("c", { ctrlKey: true }), false)).toBeNull();
  });
  it("clears with Escape and opens with Enter", () => {
    expect(actionFor(key("Escape"), true)).toBe("clear");
    expect(actionFor(key("Enter"), false)).toBe("open");
  });
  it("undoes with Ctrl+Z outside text fields only", () => {
    expect(actionFor(key("z", { ctrlKey: true }), false)).toBe("undo");
    expect(actionFor(key("z", { ctrlKey: true }), true)).toBeNull();
  });
  it("chooses several quotes with Shift+arrows and Ctrl+A, not in text fields", () => {
    expect(actionFor(key("ArrowDown", { shiftKey: true }), false)).toBe("extend-next");
    expect(actionFor(key("ArrowUp", { shiftKey: true }), false)).toBe("extend-previous");
    expect(actionFor(key("a", { ctrlKey: true }), false)).toBe("choose-all");
    expect(actionFor(key("a", { ctrlKey: true }), true)).toBeNull();
  });
});
