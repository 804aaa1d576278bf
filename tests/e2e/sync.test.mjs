// A newsroom's shared library in the real window: a colleague's import (CLI,
// own library) reaches the app through a real PostgreSQL; the status line
// shows the sync state; a verification made in the app waits to be sent and
// reaches the colleague after "Sync now"; a stopped server reads "offline".
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { axeViolations } from "./axe.mjs";
import { cliBinary, eventually, launchApp, repo, rows, screenshot, search, textOf } from "./harness.mjs";
import { startCluster } from "./postgres.mjs";

const cli = (args) => execFileSync(cliBinary, args, { encoding: "utf8", timeout: 60_000 });
const fixture = (name) => join(repo, "tests/fixtures/articles", name);

let cluster;
let app;
const colleague = join(mkdtempSync(join(tmpdir(), "quotebook-colleague-")), "colleague.sqlite3");

before(async () => {
  cluster = await startCluster();
  cli(["shared", "init", cluster.url]);
  // A colleague imports an article on their own machine and shares it.
  cli(["--db", colleague, "import", fixture("ferry-strike.md")]);
  cli(["--db", colleague, "sync", "--url", cluster.url]);
  // The app finds the shared library the way a newsroom sets it up.
  process.env.QUOTEBOOK_SHARED_URL = cluster.url;
  app = await launchApp();
});
after(async () => {
  await app?.stop();
  delete process.env.QUOTEBOOK_SHARED_URL;
  cluster?.remove();
});

const syncState = async (browser) => textOf(await browser.$('[data-testid="sync-state"]'));

/** Searches for `words` and opens the quote that holds them in the detail pane. */
async function openQuote(browser, words) {
  await search(browser, words);
  await eventually(browser, async () => (await rows(browser)).some((r) => r.text.includes(words)), `the quote with "${words}"`);
  const row = await browser.$(`//*[@data-testid="quote-row"][contains(., "${words}")]`);
  await row.click();
  await eventually(browser, async () => (await textOf(await browser.$('[data-testid="detail-text"]'))).includes(words), "its detail");
}

test("the app syncs at start: a colleague's quotes arrive and the status line says when", async () => {
  const { browser } = app;
  await eventually(browser, async () => /^Synced \d\d:\d\d/.test(await syncState(browser)), "the first sync", 30_000);
  await search(browser, "patient");
  await eventually(browser, async () => (await rows(browser))[0]?.text.includes("patient for a year"), "the colleague's quote");
  await screenshot(browser, "shared-library-synced");
  assert.deepEqual(await axeViolations(browser), [], "the status line with the sync state: serious violations");
});

test("a verification made here waits, then reaches the colleague after Sync now", async () => {
  const { browser } = app;
  await openQuote(browser, "patient for a year");
  await (await browser.$('[data-testid="verify"]')).click();
  await eventually(browser, async () => /1 waiting to be sent/.test(await syncState(browser)), "the change waiting", 15_000);
  await (await browser.$('[data-testid="sync-now"]')).click();
  await eventually(browser, async () => /^Synced \d\d:\d\d( [AP]M)?$/.test(await syncState(browser)), "nothing left waiting", 30_000);
  cli(["--db", colleague, "sync"]);
  const { quotes } = JSON.parse(cli(["--db", colleague, "quotes", "--format", "json"]));
  const verified = quotes.find((q) => q.text.includes("patient for a year"));
  assert.equal(verified?.status, "verified", "the colleague sees the verification");
});

test("two people correct one speaker apart: the later wins, the quote waits in Review, Mark reviewed clears it", async () => {
  const { browser } = app;
  // The colleague corrects the speaker of the company's quote on their machine.
  const { quotes } = JSON.parse(cli(["--db", colleague, "quotes", "--format", "json"]));
  const theirs = quotes.find((q) => q.text.includes("open to talks"));
  cli(["--db", colleague, "edit", String(theirs.id), "--speaker", "Dana Whitfield"]);
  // Here the same quote gets another name, before either has synced.
  await openQuote(browser, "open to talks");
  await (await browser.$('[data-testid="detail-speaker-edit"]')).click();
  await (await browser.$('[data-testid="detail-speaker-input"]')).waitForDisplayed();
  // (No doubled letters: WebKitWebDriver drops a repeated key typed at once.)
  await browser.keys("Dana Whitfield-Ruiz");
  await browser.keys("Enter");
  await eventually(browser, async () => (await textOf(await browser.$('[data-testid="detail-speaker"]'))) === "Dana Whitfield-Ruiz", "our correction");
  cli(["--db", colleague, "sync"]);
  await (await browser.$('[data-testid="sync-now"]')).click();
  await eventually(browser, async () => /1 to review/.test(await syncState(browser)), "the conflict counted", 30_000);
  await (await browser.$('[data-testid="review-tab"]')).click();
  await eventually(browser, async () => (await rows(browser))[0]?.text.includes("open to talks"), "the conflict first in Review");
  assert.ok(await (await browser.$('[data-testid="row-conflict"]')).isDisplayed(), "the row says conflict");
  await (await browser.$('[data-testid="quote-row"]')).click();
  const notice = await browser.$('[data-testid="detail-conflict"]');
  await notice.waitForDisplayed({ timeout: 10_000 });
  assert.match(await textOf(await browser.$('[data-testid="history"]')), /Whitfield/);
  await screenshot(browser, "shared-library-conflict");
  assert.deepEqual(await axeViolations(browser), [], "a conflict in the detail pane: serious violations");
  await (await browser.$('[data-testid="mark-reviewed"]')).click();
  await eventually(browser, async () => !/to review/.test(await syncState(browser)), "nothing left to review");
  await (await browser.$('[role="tab"]')).click();
});

test("a stopped shared library reads offline; work goes on and syncs when it is back", async () => {
  const { browser } = app;
  cluster.stop();
  await (await browser.$('[data-testid="sync-now"]')).click();
  await eventually(browser, async () => /^Shared library offline/.test(await syncState(browser)), "offline", 30_000);
  await search(browser, "talks");
  await eventually(browser, async () => (await rows(browser)).length > 0, "search still works offline");
  cluster.start();
  await (await browser.$('[data-testid="sync-now"]')).click();
  await eventually(browser, async () => /^Synced/.test(await syncState(browser)), "synced again", 30_000);
});
