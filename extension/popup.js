// The toolbar button's popup: opening it sends the current page at once
// (one click, as Zotero's connector does) and says what Quotebook did.
import { api, sendTab } from "./send.js";

const status = document.getElementById("status");

function show(state, text) {
  status.dataset.state = state;
  status.textContent = text;
}

/**
 * The tab to send: the active tab of this window. Opened as a page with
 * `?url=ADDRESS` (keyboard-driven use, and the automated test, where no one
 * clicks the toolbar), the open tab at that address instead.
 */
async function targetTab() {
  const wanted = new URLSearchParams(location.search).get("url");
  if (wanted) {
    // Tabs' addresses are visible for the hosts the extension may reach.
    const tab = (await api.tabs.query({})).find((t) => t.url === wanted);
    if (!tab) throw new Error(`No open tab shows ${wanted}.`);
    return tab;
  }
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  if (!tab) throw new Error("No page to send.");
  return tab;
}

document.getElementById("options").addEventListener("click", (event) => {
  event.preventDefault();
  api.runtime.openOptionsPage();
});

try {
  show("done", await sendTab(await targetTab()));
} catch (error) {
  show("error", error.message);
}
