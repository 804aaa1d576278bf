// A speaker's page suggests other speakers that are likely the same person,
// with the evidence, merges one with a click and undoes it; an article's
// quotes flow inline in their paragraphs.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { axeViolations } from "./axe.mjs";
import { cliBinary, eventually, launchApp, repo, rows, screenshot, search, textOf } from "./harness.mjs";

const cliImport = (dbPath, name) =>
  execFileSync(cliBinary, ["--db", dbPath, "import", join(repo, "tests/fixtures/articles", name)], {
    encoding: "utf8",
    timeout: 30_000,
  });

let app;
before(async () => {
  app = await launchApp();
});
after(async () => {
  await app?.stop();
});

const speakerNames = (browser) =>
  browser.execute(() => [...document.querySelectorAll('[data-testid="speaker"]')].map((b) => b.dataset.name));

test("the speaker page suggests a likely same person with evidence; a merge is one click and undone", async () => {
  const { browser, dbPath } = app;
  await (await browser.$('[data-testid="empty-library"]')).waitForDisplayed({ timeout: 15_000 });
  cliImport(dbPath, "sample-harbour-council.txt");
  cliImport(dbPath, "market-reopens.txt");
  await eventually(browser, async () => (await speakerNames(browser)).includes("H. Marsh"), "both articles' speakers");

  await (await browser.$('[data-testid="speaker"][data-name="Helena Marsh"]')).click();
  await (await browser.$('[data-testid="speaker-page"]')).waitForDisplayed({ timeout: 10_000 });
  const suggestion = await browser.$('[data-testid="merge-suggestion"][data-name="H. Marsh"]');
  await suggestion.waitForDisplayed({ timeout: 10_000 });
  assert.match(await textOf(await suggestion.$('[data-testid="merge-evidence"]')), /initial/);
  assert.match(await textOf(await suggestion.$('[data-testid="merge-suggested"]')), /Merge H\. Marsh here/);
  const others = await browser.execute(() =>
    [...document.querySelectorAll('[data-testid="merge-suggestion"]')].map((li) => li.dataset.name),
  );
  assert.ok(!others.includes("Tomas Reyes"), `suggested: ${others}`);
  await screenshot(browser, "speaker-merge-suggestions");
  assert.deepEqual(await axeViolations(browser), [], "the speaker page with suggestions: serious violations");

  await (await suggestion.$('[data-testid="merge-suggested"]')).click();
  await (await browser.$('[data-testid="merge-done"]')).waitForDisplayed({ timeout: 10_000 });
  await eventually(browser, async () => !(await speakerNames(browser)).includes("H. Marsh"), "H. Marsh merged away");
  assert.match(await textOf(await browser.$('[data-testid="speaker-aliases"]')), /H\. Marsh/);
  await eventually(browser, async () => (await rows(browser)).length === 4, "her four quotes, theirs included");

  await (await browser.$('[data-testid="merge-undo"]')).click();
  await eventually(browser, async () => (await speakerNames(browser)).includes("H. Marsh"), "H. Marsh back on their own");
  assert.equal(await textOf(await browser.$('[data-testid="speaker-page-name"]')), "Helena Marsh");
  await eventually(browser, async () => (await rows(browser)).length === 2, "her own two quotes again");
  await browser.$('[data-testid="merge-suggestion"][data-name="H. Marsh"]').waitForDisplayed({ timeout: 10_000 });
  assert.match(await textOf(await browser.$('[data-testid="toast"]')), /Undone/);
  await (await browser.$('[data-testid="speaker-page-close"]')).click();
});

test("a quote after another in the same paragraph flows on in its line", async () => {
  const { browser } = app;
  await search(browser, "least we owe");
  await eventually(browser, async () => (await rows(browser))[0]?.text.includes("least we owe"), "the quote");
  await browser.keys("Enter");
  await (await browser.$('[data-testid="open-article"]')).click();
  await (await browser.$('[data-testid="article-view"]')).waitForDisplayed({ timeout: 10_000 });
  // Each marked quote starts on the line where the text before it ends (a
  // quote laid out as a box of its own jumped to a new line).
  const jumps = await browser.execute(() => {
    const out = [];
    for (const quote of document.querySelectorAll('[data-testid="article-quote"]')) {
      const before = quote.previousSibling;
      if (!before || before.nodeType !== Node.TEXT_NODE || before.textContent.endsWith("\n")) continue;
      const range = document.createRange();
      range.selectNodeContents(before);
      const lines = range.getClientRects();
      const last = lines[lines.length - 1];
      const first = quote.getClientRects()[0];
      if (Math.abs(last.top - first.top) > 2) out.push(quote.textContent);
    }
    return out;
  });
  assert.deepEqual(jumps, [], "quotes that started a new line");
  const wrapped = await browser.execute(() =>
    [...document.querySelectorAll('[data-testid="article-quote"]')].some((q) => q.getClientRects().length > 1),
  );
  assert.ok(wrapped, "a long quote wraps across lines inside its paragraph");
  await screenshot(browser, "article-view-inline");
});

test("the Merge dialog lists the library's likely pairs with the same evidence as the speaker page", async () => {
  const { browser } = app;
  await browser.keys("Escape");
  await (await browser.$('[data-testid="open-merge-dialog"]')).click();
  const pair = await browser.$('[data-testid="merge-dialog-suggestion"]');
  await pair.waitForDisplayed({ timeout: 10_000 });
  const text = await textOf(pair);
  assert.match(text, /H\. Marsh\s+into\s+Helena Marsh/);
  assert.match(text, /initial/, "the evidence the speaker page gives");
  assert.deepEqual(await axeViolations(browser), [], "the Merge dialog: serious violations");
  await screenshot(browser, "merge-dialog");
  await (await pair.$("button")).click();
  await (await browser.$('[role="dialog"][aria-label="Merge speakers"]')).waitForDisplayed({ reverse: true, timeout: 10_000 });
  await eventually(browser, async () => !(await speakerNames(browser)).includes("H. Marsh"), "H. Marsh merged from the dialog");
  await browser.keys(["Control", "z"]);
  await eventually(browser, async () => (await speakerNames(browser)).includes("H. Marsh"), "the merge undone with Ctrl+Z");
});
