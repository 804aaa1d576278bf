// Starts the real, built desktop app through tauri-driver (which drives
// Debian's WebKitWebDriver) against a library in a fresh temporary folder.
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, openSync, closeSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import net from "node:net";
import { remote } from "webdriverio";

export const repo = resolve(import.meta.dirname, "../..");
export const artifacts = join(repo, "tests/artifacts");
const target = process.env.CARGO_TARGET_DIR ?? "/var/cache/quotebook/target";
export const appBinary = process.env.QUOTEBOOK_APP ?? join(target, "debug/quotebook-app");
export const cliBinary = process.env.QUOTEBOOK_CLI ?? join(target, "debug/quotebook");

async function freePort() {
  return new Promise((ok, fail) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
    server.on("error", fail);
  });
}

async function waitForPort(port, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const open = await new Promise((ok) => {
      const socket = net.connect(port, "127.0.0.1", () => {
        socket.end();
        ok(true);
      });
      socket.on("error", () => ok(false));
    });
    if (open) return;
    await sleep(100);
  }
  throw new Error(`tauri-driver did not listen on ${port} within ${ms} ms`);
}

/** Every tauri-driver still running, so none outlives the test file. */
const running = new Set();

/** Ends a process group: SIGTERM, then SIGKILL for whatever is left. */
async function endGroup(child) {
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // ESRCH: the group is already gone.
    }
  };
  signal("SIGTERM");
  const deadline = Date.now() + 3_000;
  while (child.exitCode === null && child.signalCode === null && Date.now() < deadline) {
    await sleep(50);
  }
  signal("SIGKILL");
  running.delete(child);
}

// A test that fails before its `stop` still leaves no process behind.
process.on("exit", () => {
  for (const child of running) {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
});

/** Launches the app on a new library, with settings of its own (never the
 * user's); returns { browser, dbPath, configDir, dir, stop }. Pass the
 * `dbPath` and `configDir` of an earlier launch to start the app again. */
export async function launchApp({ dbPath, configDir } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "quotebook-e2e-"));
  const db = dbPath ?? join(dir, "library.sqlite3");
  const config = configDir ?? join(dir, "config");
  const port = await freePort();
  const nativePort = await freePort();
  // tauri-driver starts WebKitWebDriver, which starts the app. They run in a
  // process group of their own and write to a log file, never to our pipes:
  // a straggler holding the test runner's stdout or stderr keeps the runner
  // (and CI, which reads its output) waiting after every test has passed.
  mkdirSync(artifacts, { recursive: true });
  const log = openSync(join(artifacts, "tauri-driver.log"), "a");
  const driver = spawn(
    "tauri-driver",
    ["--port", String(port), "--native-port", String(nativePort)],
    {
      env: { ...process.env, QUOTEBOOK_DB: db, QUOTEBOOK_CONFIG: config },
      stdio: ["ignore", log, log],
      detached: true,
    },
  );
  closeSync(log);
  running.add(driver);
  await waitForPort(port, 20_000);
  const browser = await remote({
    hostname: "127.0.0.1",
    port,
    logLevel: "warn",
    capabilities: {
      "wdio:enforceWebDriverClassic": true,
      "tauri:options": { application: appBinary },
    },
  });
  const stop = async () => {
    try {
      await browser.deleteSession();
    } finally {
      await endGroup(driver);
    }
  };
  return { browser, dbPath: db, configDir: config, dir, stop };
}

/** Saves a screenshot after the last DOM change has been painted. */
export async function screenshot(browser, name) {
  mkdirSync(artifacts, { recursive: true });
  await sleep(800);
  const png = await browser.takeScreenshot();
  const path = join(artifacts, `${name}.png`);
  writeFileSync(path, Buffer.from(png, "base64"));
  return path;
}

/** An element's text content (WebKitWebDriver's getText misses text in
 * elements that clip their overflow). */
export async function textOf(element) {
  return String(await element.getProperty("textContent"));
}

/** Waits until `probe()` returns a truthy value and returns it. */
export async function eventually(browser, probe, what, timeout = 15_000) {
  let last;
  await browser.waitUntil(
    async () => {
      last = await probe();
      return Boolean(last);
    },
    { timeout, interval: 150, timeoutMsg: `timed out waiting for ${what}` },
  );
  return last;
}

/** Pastes an article into the import panel and waits for the summary. */
export async function importPasted(browser, text) {
  await (await browser.$('[data-testid="open-import"], [data-testid="empty-library"] button:last-child')).click();
  const area = await browser.$('[data-testid="paste"]');
  await area.waitForDisplayed({ timeout: 10_000 });
  await browser.execute(
    (el, value) => {
      el.value = value;
      el.dispatchEvent(new Event("input", { bubbles: true }));
    },
    area,
    text,
  );
  await (await browser.$('[data-testid="import-pasted"]')).click();
  const summary = await browser.$('[data-testid="import-summary"]');
  await summary.waitForDisplayed({ timeout: 20_000 });
  const said = await textOf(summary);
  await (await browser.$('[data-testid="import-close"]')).click();
  return said;
}

/** Replaces the search box's text as a user typing it would. */
export async function search(browser, query) {
  const box = await browser.$('[data-testid="search"]');
  await box.click();
  // Select all and delete, as a person would: this fires the input events
  // the search listens to (clearValue does not).
  await browser.keys(["Control", "a"]);
  await browser.keys("Backspace");
  if (query) await box.addValue(query);
}

/** The texts and speakers of the quote rows on screen. */
export async function rows(browser) {
  return browser.execute(() =>
    [...document.querySelectorAll('[data-testid="quote-row"]')].map((row) => ({
      text: row.querySelector('[data-testid="quote-text"]')?.textContent ?? "",
      speaker: row.querySelector('[data-testid="row-speaker"]')?.textContent ?? "",
    })),
  );
}
