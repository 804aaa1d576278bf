// The library on day two: writes by the CLI appear while the app is open,
// typo and prefix matches are marked as whole words, a speaker's page with its
// timeline, an article read whole with a metadata correction and its undo,
// and an axe-core check of each screen.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { axeViolations } from "./axe.mjs";
import { cliBinary, eventually, launchApp, repo, rows, screenshot, search, textOf } from "./harness.mjs";

const fixture = (name) => join(repo, "tests/fixtures/articles", name);
const cliImport = (dbPath, name) =>
  execFileSync(cliBinary, ["--db", dbPath, "import", fixture(name)], { encoding: "utf8", timeout: 30_000 });

let app;
before(async () => {
  app = await launchApp();
});
after(async () => {
  await app?.stop();
});

async function quoteCount(browser) {
  return Number.parseInt(await textOf(await browser.$('[data-testid="quote-count"]')), 10);
}

async function assertAccessible(browser, screen) {
  const serious = await axeViolations(browser);
  assert.deepEqual(serious, [], `${screen}: serious accessibility violations`);
}

test("a CLI import while the app is open appears within 2 s", async () => {
  const { browser, dbPath } = app;
  await (await browser.$('[data-testid="empty-library"]')).waitForDisplayed({ timeout: 15_000 });
  const emptyScreen = await axeViolations(browser);
  cliImport(dbPath, "sample-harbour-council.txt");
  const started = Date.now();
  await eventually(browser, async () => (await rows(browser)).length >= 4, "the CLI's quotes in the list", 2_000);
  assert.ok(Date.now() - started <= 2_000);
  assert.ok((await quoteCount(browser)) >= 4);
  const speakers = await browser.execute(() =>
    [...document.querySelectorAll('[data-testid="speaker"]')].map((b) => b.dataset.name),
  );
  assert.ok(speakers.includes("Helena Marsh"), `speakers: ${speakers}`);
  assert.deepEqual(emptyScreen, [], "the empty library: serious accessibility violations");
});

test("the search, the selection and the open quote survive another import", async () => {
  const { browser, dbPath } = app;
  await search(browser, "the");
  await eventually(browser, async () => (await rows(browser)).length >= 2, "a search with several rows");
  await browser.keys("ArrowDown");
  await browser.keys("Enter");
  const detail = await browser.$('[data-testid="detail-text"]');
  await detail.waitForDisplayed({ timeout: 10_000 });
  const openText = await textOf(detail);
  const selectedId = await browser.execute(() => document.querySelector('[data-testid="quote-row"][aria-selected="true"]')?.dataset.id);
  const before = await quoteCount(browser);

  cliImport(dbPath, "harbour-bridge.txt");
  const started = Date.now();
  await eventually(browser, async () => (await quoteCount(browser)) > before, "the new count", 2_000);
  assert.ok(Date.now() - started <= 2_000);
  assert.equal(await (await browser.$('[data-testid="search"]')).getValue(), "the");
  assert.equal(await textOf(await browser.$('[data-testid="detail-text"]')), openText);
  const stillSelected = await browser.execute(() => document.querySelector('[data-testid="quote-row"][aria-selected="true"]')?.dataset.id);
  assert.equal(stillSelected, selectedId);
});

test("typo and prefix matches are highlighted as whole words", async () => {
  const { browser } = app;
  for (const [query, word] of [["kitchns", "kitchens"], ["famil", "families"]]) {
    await search(browser, query);
    const marks = await eventually(
      browser,
      async () => {
        const found = await browser.execute(() =>
          [...document.querySelectorAll('[data-testid="quote-row"] mark')].map((m) => m.textContent),
        );
        // The list may still show an earlier keystroke's rows ("f" marks
        // "first"): wait for the query's own, which must mark the whole word.
        return found.length > 0 && found.every((m) => m === word) ? found : null;
      },
      `highlights for ${query} marking only "${word}"`,
    );
    assert.deepEqual(marks, [word], `${query}: ${marks}`);
  }
  await screenshot(browser, "whole-word-highlight");
});

test("a speaker's page shows roles, outlets and a timeline, and scopes the search", async () => {
  const { browser } = app;
  await search(browser, "");
  await (await browser.$('[data-testid="speaker"][data-name="Helena Marsh"]')).click();
  const page = await browser.$('[data-testid="speaker-page"]');
  await page.waitForDisplayed({ timeout: 10_000 });
  assert.equal(await textOf(await browser.$('[data-testid="speaker-page-name"]')), "Helena Marsh");
  const bars = await browser.execute(() =>
    [...document.querySelectorAll('[data-testid="timeline-chart"] rect')].map((r) => Number(r.dataset.count)),
  );
  assert.ok(bars.length >= 1 && bars.reduce((a, b) => a + b, 0) === 2, `bars: ${bars}`);
  assert.match(await textOf(await browser.$('[data-testid="timeline-span"]')), /Quotes per month, \w{3} \d{4}/);
  assert.match(await textOf(await browser.$('[data-testid="speaker-roles"]')), /Mayor/i);
  await search(browser, "wall");
  const list = await eventually(browser, async () => {
    const r = await rows(browser);
    return r.length === 1 ? r : null;
  }, "the scoped search");
  assert.equal(list[0].speaker, "Helena Marsh");
  await search(browser, "");
  await eventually(browser, async () => (await rows(browser)).length === 2, "both of her quotes");
  await screenshot(browser, "speaker-page");
  const onPage = await axeViolations(browser);
  await (await browser.$('[data-testid="speaker-page-close"]')).click();
  await eventually(browser, async () => !(await browser.$('[data-testid="speaker-page"]').isExisting()), "the page to close");
  assert.deepEqual(onPage, [], "the speaker page: serious accessibility violations");
});

test("an article opens whole; a corrected outlet is undone with Ctrl+Z", async () => {
  const { browser } = app;
  await search(browser, "final bill");
  await eventually(browser, async () => (await rows(browser))[0]?.text.includes("final bill"), "the quote");
  await browser.keys("Enter");
  await (await browser.$('[data-testid="open-article"]')).click();
  const view = await browser.$('[data-testid="article-view"]');
  await view.waitForDisplayed({ timeout: 10_000 });
  assert.match(await textOf(await browser.$('[data-testid="article-text"]')), /PORT ELLIS/);
  const marked = await browser.$$('[data-testid="article-quote"]');
  assert.ok(marked.length >= 4, `${marked.length} quotes marked`);

  await (await browser.$('[data-testid="article-field-outlet-edit"]')).click();
  await (await browser.$('[data-testid="article-field-outlet-input"]')).waitForDisplayed();
  // (WebKitWebDriver may drop a doubled letter typed fast: none here.)
  await browser.keys("The Harbour Courier");
  await browser.keys("Enter");
  const outlet = () => browser.$('[data-testid="article-field-outlet"]');
  await eventually(browser, async () => (await textOf(await outlet())) === "The Harbour Courier", "the corrected outlet");
  assert.match(await textOf(await browser.$('[data-testid="article-history"]')), /outlet/);
  // The list shows the corrected outlet too (citations read the same record).
  await eventually(browser, async () => /The Harbour Courier/.test(await textOf(await browser.$('[data-testid="quote-row"]'))), "the list's outlet");
  await screenshot(browser, "article-view");
  const inView = await axeViolations(browser);

  await browser.keys(["Control", "z"]);
  await eventually(browser, async () => (await textOf(await outlet())) !== "The Harbour Courier", "the undone outlet");
  assert.match(await textOf(await browser.$('[data-testid="toast"]')), /Undone/);

  // A marked quote opens in the detail pane.
  let reyes;
  for (const quote of await browser.$$('[data-testid="article-quote"]')) {
    if ((await textOf(quote)).includes("Nobody in that room")) reyes = quote;
  }
  assert.ok(reyes, "the councillor's quote is marked");
  await reyes.click();
  await eventually(browser, async () => !(await browser.$('[data-testid="article-view"]').isExisting()), "the view to close");
  assert.match(await textOf(await browser.$('[data-testid="detail-text"]')), /Nobody in that room/);
  assert.deepEqual(inView, [], "the article view: serious accessibility violations");
});

test("several quotes chosen with Shift+arrows and Ctrl-click are exported, deleted and undone", async () => {
  const { browser, dir } = app;
  await search(browser, "");
  await eventually(browser, async () => (await rows(browser)).length >= 6, "the listing");
  const total = await quoteCount(browser);
  const rowEls = await browser.$$('[data-testid="quote-row"]');
  await rowEls[0].click();
  await browser.keys(["Shift", "ArrowDown"]);
  await browser.keys(["Shift", "ArrowDown"]);
  // Ctrl-click adds a fourth row further down.
  await browser.execute(() => {
    const row = document.querySelectorAll('[data-testid="quote-row"]')[4];
    row.dispatchEvent(new MouseEvent("click", { bubbles: true, ctrlKey: true }));
  });
  const count = await browser.$('[data-testid="chosen-count"]');
  await eventually(browser, async () => (await textOf(count)) === "4 quotes chosen", "four chosen rows");
  const chosenTexts = await browser.execute(() =>
    [...document.querySelectorAll('[data-testid="quote-row"].chosen [data-testid="quote-text"]')].map((t) => t.textContent),
  );
  assert.equal(chosenTexts.length, 4);

  await (await browser.$('[data-testid="export-chosen"]')).click();
  const path = join(dir, "chosen.csv");
  const field = await browser.$('[data-testid="export-path"]');
  await field.waitForDisplayed();
  await browser.execute((el, value) => {
    el.value = value;
    el.dispatchEvent(new Event("input", { bubbles: true }));
  }, field, path);
  await (await browser.$('[data-testid="export-run"]')).click();
  await eventually(browser, async () => existsSync(path), "the export file");
  await screenshot(browser, "multi-select");
  const csv = readFileSync(path, "utf8");
  for (const text of chosenTexts) assert.ok(csv.includes(text.slice(0, 30)), `${text} in the export`);
  assert.equal(csv.trim().split(/\r?\n/).length, 5, "a header and four quotes");

  await (await browser.$('[data-testid="delete-chosen"]')).click();
  await eventually(browser, async () => (await quoteCount(browser)) === total - 4, "four quotes deleted");
  await browser.keys(["Control", "z"]);
  await eventually(browser, async () => (await quoteCount(browser)) === total, "all four back with one undo");
});

test("the main screens have no serious accessibility violations", async () => {
  const { browser } = app;
  await search(browser, "wall");
  await eventually(browser, async () => (await rows(browser)).length > 0, "results");
  await browser.keys("Enter");
  await (await browser.$('[data-testid="detail-text"]')).waitForDisplayed({ timeout: 10_000 });
  await assertAccessible(browser, "search results with a quote open");
});

test("the empty box's list, kept in memory, follows another process's import", async () => {
  const { browser, dbPath } = app;
  // The empty box lists every quote: its count is the library's.
  const listsAll = async () =>
    (await (await browser.$('[data-testid="search"]')).getValue()) === "" &&
    (await textOf(await browser.$('[data-testid="result-count"]'))) === `${await quoteCount(browser)} quotes`;
  // Cleared twice: the second time the list comes from memory.
  await search(browser, "");
  await search(browser, "the");
  await search(browser, "");
  await eventually(browser, listsAll, "every quote listed");
  const before = await quoteCount(browser);

  cliImport(dbPath, "ferry-strike.md");
  await eventually(browser, async () => (await quoteCount(browser)) > before, "the new count", 2_000);
  await search(browser, "the");
  await search(browser, "");
  await eventually(browser, listsAll, "the imported quotes in the empty box's list");
});
