// The desktop shell starts, asks Rust for the library's figures and shows them.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { launchApp, screenshot } from "./harness.mjs";

let app;
before(async () => {
  app = await launchApp();
});
after(async () => {
  await app?.stop();
});

test("the window is Quotebook with its three panes", async () => {
  const { browser } = app;
  assert.equal(await browser.getTitle(), "Quotebook");
  for (const pane of ["Speakers", "Quotes", "Quote"]) {
    assert.ok(await browser.$(`section[aria-label="${pane}"]`).isExisting(), `${pane} pane`);
  }
});

test("the status line shows the library path and quote count from Rust", async () => {
  const { browser, dbPath } = app;
  // The page draws before the first command answers: wait for Rust's figures.
  const path = await browser.$('[data-testid="library-path"]');
  await browser.waitUntil(async () => (await path.getProperty("textContent")) === dbPath, {
    timeout: 15_000,
    timeoutMsg: "the status line never showed the library path",
  });
  assert.equal(await browser.$('[data-testid="quote-count"]').getText(), "0 quotes");
  // The path came from Rust, which created the library file on first use.
  assert.ok(existsSync(dbPath), "the app created the library file");
});

test("an empty library says what to do next", async () => {
  const { browser } = app;
  const empty = await browser.$('[data-testid="empty-library"]');
  await empty.waitForDisplayed({ timeout: 10_000 });
  assert.match(await empty.getText(), /Import articles/);
  await screenshot(browser, "empty-library");
});
