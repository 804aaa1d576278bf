// Ways in besides files and pasted text: an article fetched from its web
// address (a page served by this test on 127.0.0.1, never the internet), and
// the token the browser extension needs, shown in the settings.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import http from "node:http";
import { join } from "node:path";
import { eventually, launchApp, repo, rows, screenshot, textOf } from "./harness.mjs";

const page = readFileSync(join(repo, "tests/fixtures/articles/library-funding.html"));
let server;
let base;
let app;

before(async () => {
  // /old redirects to /story, as moved news pages do.
  server = http.createServer((req, res) => {
    if (req.url === "/old") {
      res.writeHead(301, { Location: "/story" });
      res.end();
    } else if (req.url === "/story") {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.end(page);
    } else {
      res.writeHead(404, { "Content-Type": "text/plain" });
      res.end("not here");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  base = `http://127.0.0.1:${server.address().port}`;
  app = await launchApp();
});

after(async () => {
  await app?.stop();
  server?.close();
});

/** Types an address into the import panel and imports it; returns the summary's text. */
async function importAddress(browser, address) {
  await (await browser.$('[data-testid="open-import"], [data-testid="empty-library"] button:last-child')).click();
  const field = await browser.$('[data-testid="url"]');
  await field.waitForDisplayed({ timeout: 10_000 });
  await field.click();
  await field.addValue(address);
  await (await browser.$('[data-testid="import-url"]')).click();
  const summary = await browser.$('[data-testid="import-summary"]');
  await summary.waitForDisplayed({ timeout: 30_000 });
  const said = await textOf(summary);
  const errors = await browser.execute(() =>
    [...document.querySelectorAll('[data-testid="import-panel"] .errors li')].map((li) => li.textContent),
  );
  await screenshot(browser, `import-url-${address.endsWith("missing") ? "missing" : "story"}`);
  await (await browser.$('[data-testid="import-close"]')).click();
  return { said, errors };
}

test("an article imported from its web address is stored with its quotes", async () => {
  const { browser } = app;
  await (await browser.$('[data-testid="empty-library"]')).waitForDisplayed({ timeout: 15_000 });
  const { said } = await importAddress(browser, `${base}/old`);
  assert.match(said, /1 article added/);
  const found = await eventually(
    browser,
    async () => {
      const r = await rows(browser);
      return r.some((row) => row.speaker.includes("Harriet Boyle")) && r;
    },
    "the fetched article's quotes in the list",
  );
  assert.ok(found.some((row) => row.text.includes("best news we have had in a decade")));
});

test("an address that fails says which and why", async () => {
  const { browser } = app;
  const { said, errors } = await importAddress(browser, `${base}/missing`);
  assert.match(said, /0 articles added/);
  assert.equal(errors.length, 1);
  assert.match(errors[0], /\/missing/);
  assert.match(errors[0], /404/);
});

test("the settings show the token the browser extension needs", async () => {
  const { browser } = app;
  await (await browser.$('[data-testid="open-settings"]')).click();
  const token = await browser.$('[data-testid="setting-receiver-token"]');
  await token.waitForDisplayed({ timeout: 10_000 });
  assert.match(String(await token.getValue()), /^[0-9a-f]{64}$/);
  await screenshot(browser, "settings-receiver-token");
});
