// The citation style is the user's: a bundled CSL style picked by its title,
// or a newsroom's own CSL file given by path (checked when chosen), used by
// Ctrl+Shift+C and the selection's Copy citations, and remembered after a
// restart. The clipboard is read back with xclip.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { axeViolations } from "./axe.mjs";
import { eventually, importPasted, launchApp, repo, rows, screenshot, search, textOf } from "./harness.mjs";

const houseStyle = join(repo, "tests/fixtures/styles/house.csl");
const notAStyle = join(repo, "tests/fixtures/articles/sample-harbour-council.txt");
const title = "Harbour council approves flood wall after months of debate";

let app;
before(async () => {
  app = await launchApp();
});
after(async () => {
  await app?.stop();
});

const clipboard = () => {
  try {
    return execFileSync("xclip", ["-selection", "clipboard", "-o"], { encoding: "utf8", timeout: 5_000 });
  } catch {
    return ""; // nothing owns the clipboard yet
  }
};

/** Empties the clipboard, so the next citation is seen arriving. The xclip
 * left holding the empty text ends when the app takes the clipboard over;
 * with its output ignored, this call returns as soon as it has forked. */
function emptyClipboard() {
  spawnSync("xclip", ["-selection", "clipboard", "-i", "/dev/null"], { stdio: "ignore", timeout: 5_000 });
  // The forked xclip takes the clipboard when it gets to run, which on a busy
  // machine can be after the app has written the citation (then wiped): wait
  // until it holds the clipboard, empty.
  const holdsEmpty = () =>
    spawnSync("xclip", ["-selection", "clipboard", "-o", "-t", "TARGETS"], { stdio: "ignore", timeout: 5_000 }).status === 0 &&
    clipboard() === "";
  const deadline = Date.now() + 5_000;
  while (!holdsEmpty() && Date.now() < deadline) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
}

async function openSettings(browser) {
  await (await browser.$('[data-testid="open-settings"]')).click();
  await (await browser.$('[data-testid="settings"]')).waitForDisplayed({ timeout: 10_000 });
}

async function saveSettings(browser) {
  await (await browser.$('[data-testid="settings-save"]')).click();
  await browser.waitUntil(async () => !(await browser.$('[data-testid="settings"]').isExisting()), {
    timeout: 10_000,
    timeoutMsg: "the dialog did not close on Save",
  });
}

/** Puts a value in a field as typing it and leaving the field would. */
async function fill(browser, selector, value) {
  const field = await browser.$(selector);
  await field.waitForDisplayed({ timeout: 10_000 });
  await browser.execute(
    (el, v) => {
      el.value = v;
      el.dispatchEvent(new Event("input", { bubbles: true }));
      el.dispatchEvent(new Event("change", { bubbles: true }));
    },
    field,
    value,
  );
}

/** Opens the councillor's quote and copies its citation with Ctrl+Shift+C. */
async function copyReyes(browser) {
  await search(browser, "final bill");
  await eventually(browser, async () => (await rows(browser))[0]?.text.includes("final bill"), "the quote");
  await browser.keys("Enter");
  await (await browser.$('[data-testid="detail-text"]')).waitForDisplayed({ timeout: 10_000 });
  emptyClipboard();
  await browser.keys(["Control", "Shift", "C"]);
  return eventually(browser, async () => clipboard().trim() || null, "a citation on the clipboard");
}

test("a bundled CSL style picked by its title is what Ctrl+Shift+C copies", async () => {
  const { browser } = app;
  await (await browser.$('[data-testid="empty-library"]')).waitForDisplayed({ timeout: 15_000 });
  const summary = await importPasted(browser, readFileSync(notAStyle, "utf8"));
  assert.match(summary, /1 article added/);

  await openSettings(browser);
  const picker = await browser.$('[data-testid="setting-style"]');
  const offered = await browser.execute(() =>
    [...document.querySelectorAll('[data-testid="setting-style"] option')].map((o) => ({ value: o.value, label: o.textContent })),
  );
  const label = (value) => offered.find((o) => o.value === value)?.label ?? "";
  assert.match(label("ap"), /AP/);
  assert.match(label("chicago"), /full notes/);
  assert.match(label("chicago-short"), /short notes/);
  assert.ok(offered.some((o) => o.value === "ieee"), "hayagriva's bundled styles are offered too");
  assert.ok(offered.length > 20, `${offered.length} styles offered`);
  await picker.selectByAttribute("value", "chicago");
  await saveSettings(browser);

  const cited = await copyReyes(browser);
  // A note, then the bibliography entry: the article, not the quote.
  assert.match(cited, new RegExp(title, "i"));
  assert.doesNotMatch(cited, /Nobody in that room/);
  assert.equal(cited.split(/\n\n/).length, 2, `a note and an entry:\n${cited}`);
  // The quote pane's picker shows the long title without making the pane
  // scroll sideways (Markdown and Copy stay in view).
  const sideways = await browser.execute(() => {
    const pane = document.querySelector('[data-testid="detail-text"]').closest("section");
    return pane.scrollWidth - pane.clientWidth;
  });
  assert.ok(sideways <= 1, `the quote pane scrolls ${sideways}px sideways`);
  assert.equal(await (await browser.$('[data-testid="style"]')).getValue(), "chicago");
});

test("a house style file is checked when chosen, then cites the quote and the selection", async () => {
  const { browser } = app;
  await openSettings(browser);
  await (await browser.$('[data-testid="setting-style"]')).selectByAttribute("value", "house");
  await fill(browser, '[data-testid="setting-house-style"]', notAStyle);
  const error = await browser.$('[data-testid="setting-style-error"]');
  await error.waitForDisplayed({ timeout: 10_000 });
  assert.match(await textOf(error), /sample-harbour-council\.txt: not a valid CSL style/);
  // Saving is refused while the file is not a style.
  await (await browser.$('[data-testid="settings-save"]')).click();
  assert.ok(await browser.$('[data-testid="settings"]').isExisting(), "the dialog stays open");

  await fill(browser, '[data-testid="setting-house-style"]', houseStyle);
  const named = await browser.$('[data-testid="setting-style-title"]');
  await named.waitForDisplayed({ timeout: 10_000 });
  assert.match(await textOf(named), /Harbour Courier house style/);
  await screenshot(browser, "settings-house-style");
  assert.deepEqual(await axeViolations(browser), [], "the style picker: serious violations");
  await saveSettings(browser);
  const saved = JSON.parse(readFileSync(join(app.configDir, "settings.json"), "utf8"));
  assert.equal(saved.citation_style, houseStyle);

  const cited = await copyReyes(browser);
  assert.equal(cited, `“${title}” (14 March 2025).`);

  // Two quotes chosen are cited in the same style, one paragraph each.
  await search(browser, "");
  await eventually(browser, async () => (await rows(browser)).length >= 2, "the listing");
  const rowEls = await browser.$$('[data-testid="quote-row"]');
  await rowEls[0].click();
  await browser.keys(["Shift", "ArrowDown"]);
  emptyClipboard();
  await (await browser.$('[data-testid="cite-chosen"]')).click();
  const both = await eventually(
    browser,
    async () => (clipboard().split("\n\n").length === 2 ? clipboard() : null),
    "two citations on the clipboard",
  );
  for (const one of both.split("\n\n")) assert.equal(one.trim(), `“${title}” (14 March 2025).`);
});

test("the chosen house style is remembered after a restart", async () => {
  const { dbPath, configDir } = app;
  await app.stop();
  app = await launchApp({ dbPath, configDir });
  const { browser } = app;
  await eventually(browser, async () => (await rows(browser)).length > 0, "the library's quotes");
  await openSettings(browser);
  assert.equal(await (await browser.$('[data-testid="setting-style"]')).getValue(), "house");
  assert.equal(await (await browser.$('[data-testid="setting-house-style"]')).getValue(), houseStyle);
  const named = await browser.$('[data-testid="setting-style-title"]');
  await named.waitForDisplayed({ timeout: 10_000 });
  assert.match(await textOf(named), /Harbour Courier house style/);
  await (await browser.$('button=Cancel')).click();
  assert.equal(await copyReyes(browser), `“${title}” (14 March 2025).`);
});
