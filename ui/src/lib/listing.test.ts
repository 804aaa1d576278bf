import { describe, expect, it } from "vitest";
import { ListingCache, listingKey } from "./listing";
import type { SearchRequest } from "./bindings";

const empty: SearchRequest = { query: "", speaker: null, outlet: null, from: null, to: null, limit: 32, show_terms: true };

describe("listingKey", () => {
  it("keeps only the empty box, under every filter and the limit", () => {
    expect(listingKey({ ...empty, query: "gov" })).toBeNull();
    const keys = [
      empty,
      { ...empty, speaker: "Ada Lovelace" },
      { ...empty, outlet: "Daily" },
      { ...empty, from: "2024-01-01" },
      { ...empty, to: "2024-01-01" },
      { ...empty, limit: 132 },
      { ...empty, show_terms: false },
    ].map(listingKey);
    expect(keys.every((k) => k !== null)).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("ListingCache", () => {
  it("answers the key it holds until the library changes", () => {
    const cache = new ListingCache<string>();
    cache.put("a", "rows", cache.generation);
    expect(cache.get("a")).toBe("rows");
    expect(cache.get("b")).toBeNull();
    cache.invalidate();
    expect(cache.get("a")).toBeNull();
  });

  it("does not keep an answer asked for before a change", () => {
    const cache = new ListingCache<string>();
    const asked = cache.generation;
    cache.invalidate(); // a write while the search ran
    cache.put("a", "old rows", asked);
    expect(cache.get("a")).toBeNull();
    cache.put("a", "new rows", cache.generation);
    expect(cache.get("a")).toBe("new rows");
  });

  it("holds one answer: another key replaces it", () => {
    const cache = new ListingCache<string>();
    cache.put("a", "rows of a", cache.generation);
    cache.put("b", "rows of b", cache.generation);
    expect(cache.get("a")).toBeNull();
    expect(cache.get("b")).toBe("rows of b");
  });
});
