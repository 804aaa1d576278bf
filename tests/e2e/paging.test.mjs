// The quote list fetches only the rows a window shows (each row fetched costs
// time on every keystroke) and pages in the rest: by scrolling, by moving the
// selection down with the keyboard, and for Ctrl+A, which chooses them all.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { eventually, importPasted, launchApp, search, textOf } from "./harness.mjs";

const QUOTES = 90;

/** One article with QUOTES quotes by one speaker, each with words of its own. */
function longArticle() {
  const places = ["pier", "dock", "quay", "slipway", "berth", "jetty"];
  const paragraphs = ["HARBOURTON, March 3 (Harbour Courier) - The council met on Tuesday."];
  for (let i = 1; i <= QUOTES; i++) {
    const place = places[i % places.length];
    paragraphs.push(`"The harbour ${place} number ${i} reopens in week ${i}," said Helena Marsh, the harbour master.`);
  }
  return paragraphs.join("\n\n");
}

/** How many rows the list holds (drawn or not) and the position of the
 * selected one, from the list's own markup. */
async function listState(browser) {
  return browser.execute(() => {
    const spacer = document.querySelector('[role="listbox"][aria-label="Quotes"] > div');
    const selected = document.querySelector('[data-testid="quote-row"][aria-selected="true"]');
    return {
      held: Math.round(parseFloat(spacer?.style.height ?? "0") / 64),
      drawn: document.querySelectorAll('[data-testid="quote-row"]').length,
      selectedAt: Number(selected?.getAttribute("aria-posinset") ?? 0),
      setSize: Number(selected?.getAttribute("aria-setsize") ?? 0),
    };
  });
}

let app;
before(async () => {
  app = await launchApp();
  const { browser } = app;
  await (await browser.$('[data-testid="empty-library"]')).waitForDisplayed({ timeout: 15_000 });
  await importPasted(browser, longArticle());
});
after(async () => {
  await app?.stop();
});

async function searchHarbour(browser) {
  await search(browser, "harbour reopens");
  const count = await browser.$('[data-testid="result-count"]');
  // The rows of the whole query (earlier keystrokes' rows mark no "reopens").
  await eventually(
    browser,
    async () =>
      /^\d+ quotes/.test(await textOf(count)) &&
      (await browser.execute(() =>
        [...document.querySelectorAll('[data-testid="quote-row"] mark')].some((m) => m.textContent === "reopens"),
      )),
    "the search's rows",
  );
  return Number((await textOf(count)).match(/^(\d+)/)[1]);
}

test("the list holds a window's worth of rows and pages in more as it scrolls", async () => {
  const { browser } = app;
  const total = await searchHarbour(browser);
  assert.ok(total >= QUOTES - 5, `found ${total} of ${QUOTES} quotes`);
  const first = await listState(browser);
  assert.ok(first.held < total, `the first page holds ${first.held} of ${total} rows`);
  assert.ok(first.drawn < first.held, `only the rows in view are drawn (${first.drawn} of ${first.held})`);
  // Scrolled to the end again and again: the rows come until all are held.
  await eventually(
    browser,
    async () => {
      await browser.execute(() => {
        const viewport = document.querySelector('[role="listbox"][aria-label="Quotes"]');
        viewport.scrollTop = viewport.scrollHeight;
        viewport.dispatchEvent(new Event("scroll"));
      });
      return (await listState(browser)).held === total;
    },
    "every row held after scrolling",
  );
  // Scrolled to the end of them all, the last row is drawn.
  const last = await eventually(
    browser,
    async () => {
      const drawnLast = await browser.execute(() => {
        const viewport = document.querySelector('[role="listbox"][aria-label="Quotes"]');
        viewport.scrollTop = viewport.scrollHeight;
        viewport.dispatchEvent(new Event("scroll"));
        return Math.max(...[...document.querySelectorAll('[data-testid="quote-row"]')].map((r) => Number(r.getAttribute("aria-posinset"))));
      });
      return drawnLast === total ? drawnLast : null;
    },
    "the last row drawn",
  );
  assert.equal(last, total);
});

test("the arrow keys move the selection past the first page", async () => {
  const { browser } = app;
  const total = await searchHarbour(browser);
  const held = (await listState(browser)).held;
  assert.ok(held < total);
  await (await browser.$('[data-testid="quote-row"]')).click();
  // A key pressed at the last row held before more arrive stays there, as
  // at the end of any list: press on until the end (a few times more at most).
  for (let i = 1; i < total + 5 && (i < total - 10 || (await listState(browser)).selectedAt < total); i++) {
    await browser.keys("ArrowDown");
  }
  const state = await eventually(
    browser,
    async () => {
      const s = await listState(browser);
      return s.selectedAt === total ? s : null;
    },
    "the last row selected",
  );
  assert.equal(state.held, total);
  assert.equal(state.setSize, total);
});

test("Ctrl+A chooses every row that matches, also those not fetched yet", async () => {
  const { browser } = app;
  const total = await searchHarbour(browser);
  assert.ok((await listState(browser)).held < total);
  await (await browser.$('[data-testid="quote-row"]')).click();
  await browser.keys(["Control", "a"]);
  const count = await browser.$('[data-testid="chosen-count"]');
  await eventually(browser, async () => (await textOf(count)) === `${total} quotes chosen`, `${total} quotes chosen`);
  await browser.keys("Escape");
});
