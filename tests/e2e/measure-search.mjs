// Measures, in the real app, how long search results take to appear after a
// keystroke (performance marks in the UI: from the keystroke to the results
// rendered). A measurement to report, not a test: it asserts nothing.
//
//   cargo run --release -p quotebook-core --example generate_library -- /tmp/100k.sqlite3 100000
//   QUOTEBOOK_PERF_DB=/tmp/100k.sqlite3 xvfb-run -a node tests/e2e/measure-search.mjs
//
// QUOTEBOOK_APP picks the app binary (a release build for figures worth
// reporting). The first run on a library builds and saves its search index;
// run it twice to see the first listing of a library whose index is saved.
// QUOTEBOOK_PERF_KEYSTROKES (default 500) is how many keystrokes to time;
// QUOTEBOOK_PERF_OUT names a JSON file to write each keystroke's figures to.
import { launchApp, eventually } from "./harness.mjs";
import { setTimeout as sleep } from "node:timers/promises";
import { writeFileSync } from "node:fs";

const dbPath = process.env.QUOTEBOOK_PERF_DB;
if (!dbPath) {
  console.error("set QUOTEBOOK_PERF_DB to a library file (see the comment at the top)");
  process.exit(2);
}
const app = await launchApp({ dbPath });
const { browser } = app;
try {
  const box = await browser.$('[data-testid="search"]');
  await box.waitForDisplayed({ timeout: 120_000 });
  // The first search loads (or builds) the index: report it apart.
  await eventually(browser, () => browser.execute(() => performance.getEntriesByType("measure").length > 0), "the first search", 300_000);
  const [first, firstDetail] = await browser.execute(() => {
    const m = performance.getEntriesByType("measure")[0];
    return [m.duration, m.detail ?? null];
  });
  console.log(`first listing (index load or build included): ${first.toFixed(1)} ms`);
  if (firstDetail) {
    const { rustMs, thereMs, threadMs, backMs, drawMs } = firstDetail;
    const parts = { there: thereMs, thread: threadMs, rust: rustMs, back: backMs, draw: drawMs };
    console.log(`  ${Object.entries(parts).map(([k, v]) => `${k} ${v === undefined ? "?" : v.toFixed(1)}`).join("; ")} ms`);
  }
  const words = ["gov", "government", "governmnet", "the people", "economy", "minister said", "zzqx",
    "healthcare reform", "we will not", "pandemc", "border wall", "tax cuts for"];
  const wanted = Number(process.env.QUOTEBOOK_PERF_KEYSTROKES ?? 500);
  const durations = [];
  // The list again and again until enough keystrokes are typed: each word
  // starts from an empty box, so every prefix of it is a query of its own.
  const typed = [];
  for (let i = 0; typed.join("").length < wanted; i++) typed.push(words[i % words.length]);
  for (const word of typed) {
    await box.click();
    await browser.keys(["Control", "a"]);
    await browser.keys("Backspace");
    await sleep(300);
    for (const ch of word) {
      await browser.keys(ch);
      await sleep(120);
    }
    await sleep(600);
  }
  const all = await browser.execute(() =>
    performance.getEntriesByType("measure").map((m) => ({ ms: m.duration, detail: m.detail ?? null })),
  );
  const timed = all.slice(1);
  // Every keystroke's figures, for a closer look at the slow ones.
  if (process.env.QUOTEBOOK_PERF_OUT) writeFileSync(process.env.QUOTEBOOK_PERF_OUT, JSON.stringify(timed, null, 1));
  durations.push(...timed.map((t) => t.ms));
  durations.sort((a, b) => a - b);
  const at = (list, p) => list[Math.min(list.length - 1, Math.floor((p / 100) * list.length))];
  const pct = (p) => at(durations, p);
  console.log(`keystrokes measured: ${durations.length}`);
  console.log(`median ${pct(50).toFixed(1)} ms, p95 ${pct(95).toFixed(1)} ms, max ${durations.at(-1).toFixed(1)} ms`);
  // Where the time goes: by the length of the query typed so far, and the
  // part spent in Rust (the search command's own clock) for each.
  // Waiting for an earlier search; in the search command; to and from it
  // (IPC, threads, JSON), and that round trip's parts: the way to the
  // command, from the command to a thread that runs the search, and the way
  // back; and drawing the rows.
  const PARTS = ["waitMs", "rustMs", "ipcMs", "thereMs", "threadMs", "backMs", "drawMs"];
  const groups = new Map();
  for (const { ms, detail } of timed) {
    const n = detail ? [...detail.query].length : -1;
    // The empty box's list is shown from memory once fetched (until the
    // library changes): reported apart from the lists fetched from Rust.
    const key = n < 0 ? "?" : n >= 3 ? "3+" : detail.kept ? `${n}, from memory` : String(n);
    if (!groups.has(key)) groups.set(key, { total: [], ...Object.fromEntries(PARTS.map((p) => [p, []])) });
    const g = groups.get(key);
    g.total.push(ms);
    for (const part of PARTS) if (detail?.[part] !== undefined) g[part].push(detail[part]);
  }
  const summary = (list) => {
    list.sort((a, b) => a - b);
    return `median ${at(list, 50).toFixed(1)} p95 ${at(list, 95).toFixed(1)}`;
  };
  for (const [key, g] of [...groups].sort()) {
    console.log(`  query of ${key} letters: ${g.total.length} keystrokes, ${summary(g.total)} ms`);
    const parts = PARTS.filter((p) => g[p].length > 0);
    console.log(`    ${parts.map((p) => `${p.replace("Ms", "")} ${summary(g[p])}`).join("; ")}`);
  }
} finally {
  await app.stop();
}
