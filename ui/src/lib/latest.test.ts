import { describe, expect, it } from "vitest";
import { Latest } from "./latest";

/** A fetch whose answers the test releases one by one, in any order. */
function gated() {
  const calls: { request: string; answer: (v: string) => void; refuse: (e: Error) => void }[] = [];
  const fetch = (request: string) =>
    new Promise<string>((answer, refuse) => calls.push({ request, answer, refuse }));
  return { calls, fetch };
}

const settle = () => new Promise((ok) => setTimeout(ok, 0));

describe("Latest", () => {
  it("fetches once for requests sent while one runs, with the newest of them", async () => {
    const { calls, fetch } = gated();
    const shown: [string, number[]][] = [];
    const latest = new Latest<string, string, number>(fetch, {
      apply: (result, _request, tickets) => void shown.push([result, tickets]),
      fail: () => {},
    });
    const first = latest.send("g", 1);
    await settle();
    latest.send("go", 2);
    const last = latest.send("gov", 3);
    expect(calls.map((c) => c.request)).toEqual(["g"]);
    calls[0].answer("rows for g");
    await settle();
    // "g" was answered after newer keystrokes: not shown; "gov" runs once.
    expect(calls.map((c) => c.request)).toEqual(["g", "gov"]);
    expect(shown).toEqual([]);
    calls[1].answer("rows for gov");
    await Promise.all([first, last]);
    // The one result shown answers all three keystrokes.
    expect(shown).toEqual([["rows for gov", [1, 2, 3]]]);
  });

  it("shows each answer when requests come one after another", async () => {
    const { calls, fetch } = gated();
    const shown: string[] = [];
    const latest = new Latest<string, string, number>(fetch, {
      apply: (result) => void shown.push(result),
      fail: () => {},
    });
    const a = latest.send("a", 1);
    await settle();
    calls[0].answer("A");
    await a;
    const b = latest.send("b");
    await settle();
    calls[1].answer("B");
    await b;
    expect(shown).toEqual(["A", "B"]);
  });

  it("reports a failure only when no newer request follows it", async () => {
    const { calls, fetch } = gated();
    const failed: [string, number[]][] = [];
    const shown: string[] = [];
    const latest = new Latest<string, string, number>(fetch, {
      apply: (result) => void shown.push(result),
      fail: (e, tickets) => void failed.push([(e as Error).message, tickets]),
    });
    latest.send("bad", 1);
    await settle();
    latest.send("good", 2);
    calls[0].refuse(new Error("stale failure"));
    await settle();
    calls[1].answer("fine");
    await settle();
    expect(failed).toEqual([]);
    expect(shown).toEqual(["fine"]);
    const next = latest.send("bad again", 3);
    await settle();
    calls[2].refuse(new Error("locked"));
    await next;
    expect(failed).toEqual([["locked", [3]]]);
  });

  it("starts again after a fetch that throws at once", async () => {
    let throwNow = true;
    const shown: string[] = [];
    const failed: unknown[] = [];
    const latest = new Latest<string, string, number>(
      (r) => {
        if (throwNow) throw new Error("at once");
        return Promise.resolve(r.toUpperCase());
      },
      { apply: (result) => void shown.push(result), fail: (e) => void failed.push(e) },
    );
    await latest.send("x");
    throwNow = false;
    await latest.send("y");
    expect(failed.length).toBe(1);
    expect(shown).toEqual(["Y"]);
  });
});
