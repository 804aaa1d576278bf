// Starts the real, built desktop app through tauri-driver (which drives
// Debian's WebKitWebDriver) against a library in a fresh temporary folder.
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
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

/** Process groups of drivers not yet stopped: ended when the test process
 * exits, also after a failure that skipped a test's `stop`. */
const running = new Set();
process.once("exit", () => {
  for (const pid of running) signalGroup(pid, "SIGKILL");
});

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // the group is gone
  }
}

/** Ends tauri-driver, WebKitWebDriver and the app: asks them to stop, then
 * kills what is left of the group after a grace period. */
async function endGroup(pid, exited) {
  signalGroup(pid, "SIGTERM");
  await Promise.race([exited, sleep(3_000)]);
  // Whatever did not stop with the driver (the app, were its session not
  // closed) is killed; ended processes left as zombies take no signal.
  await sleep(200);
  signalGroup(pid, "SIGKILL");
  running.delete(pid);
}

/** Launches the app on a new library, with settings of its own (never the
 * user's); returns { browser, dbPath, configDir, dir, stop }. Pass the
 * `dbPath` and `configDir` of an earlier launch to start the app again. */
export async function launchApp({ dbPath, configDir } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "quotebook-e2e-"));
  const db = dbPath ?? join(dir, "library.sqlite3");
  const config = configDir ?? join(dir, "config");
  const port = await freePort();
  const nativePort = await freePort();
  // In a process group of its own, with WebKitWebDriver and the app it
  // starts, so that stopping ends all three (see endGroup).
  const driver = spawn(
    "tauri-driver",
    ["--port", String(port), "--native-port", String(nativePort)],
    {
      detached: true,
      env: { ...process.env, QUOTEBOOK_DB: db, QUOTEBOOK_CONFIG: config },
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  const exited = new Promise((ok) => driver.once("exit", ok));
  running.add(driver.pid);
  try {
    await waitForPort(port, 20_000);
  } catch (e) {
    await endGroup(driver.pid, exited);
    throw e;
  }
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
      await endGroup(driver.pid, exited);
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
