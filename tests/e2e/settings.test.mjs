// Settings are remembered per user: chosen, saved, and still there after the
// app is closed and started again.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { axeViolations } from "./axe.mjs";
import { launchApp, screenshot } from "./harness.mjs";

let app;
after(async () => {
  await app?.stop();
});

async function openSettings(browser) {
  await (await browser.$('[data-testid="open-settings"]')).click();
  const dialog = await browser.$('[data-testid="settings"]');
  await dialog.waitForDisplayed({ timeout: 10_000 });
  return dialog;
}

test("a settings change survives a restart", async () => {
  app = await launchApp();
  const { dbPath, configDir } = app;
  let { browser } = app;
  await (await browser.$('[data-testid="empty-library"]')).waitForDisplayed({ timeout: 15_000 });
  await openSettings(browser);
  await (await browser.$('[data-testid="setting-style"]')).selectByAttribute("value", "apa");
  await browser.execute(() => {
    const today = document.querySelector('[data-testid="setting-today"]');
    today.value = "2025-03-20";
    today.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await (await browser.$('[data-testid="setting-show-terms"]')).click();
  await screenshot(browser, "settings");
  assert.deepEqual(await axeViolations(browser), [], "the settings dialog: serious violations");
  await (await browser.$('[data-testid="settings-save"]')).click();
  await browser.waitUntil(async () => !(await browser.$('[data-testid="settings"]').isExisting()), {
    timeout: 10_000,
    timeoutMsg: "the dialog did not close on Save",
  });
  const file = join(configDir, "settings.json");
  assert.ok(existsSync(file), "saved in the settings folder");
  assert.equal(JSON.parse(readFileSync(file, "utf8")).citation_style, "apa");

  await app.stop();
  app = await launchApp({ dbPath, configDir });
  browser = app.browser;
  await (await browser.$('[data-testid="empty-library"]')).waitForDisplayed({ timeout: 15_000 });
  await openSettings(browser);
  assert.equal(await (await browser.$('[data-testid="setting-style"]')).getValue(), "apa");
  assert.equal(await (await browser.$('[data-testid="setting-today"]')).getValue(), "2025-03-20");
  assert.equal(await (await browser.$('[data-testid="setting-show-terms"]')).isSelected(), false);
});
