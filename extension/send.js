// What the popup and the options page share: the settings, and talking to
// the Quotebook receiver on the loopback address.
//
// The token lives in the extension's own storage: the pages the user reads
// cannot see it (their scripts have no access to extension storage), and the
// page's HTML is read by a function injected into an isolated world, which a
// page's Content Security Policy does not govern.

export const api = globalThis.browser ?? globalThis.chrome;

export const DEFAULT_PORT = 23177;

export async function loadSettings() {
  const { token = "", port = DEFAULT_PORT } = await api.storage.local.get(["token", "port"]);
  return { token: token.trim(), port: Number(port) || DEFAULT_PORT };
}

export async function saveSettings({ token, port }) {
  await api.storage.local.set({ token: token.trim(), port: Number(port) || DEFAULT_PORT });
}

/** A request to the receiver; resolves to { status, body } or throws a readable Error. */
export async function callReceiver(settings, path, payload) {
  let response;
  try {
    response = await fetch(`http://127.0.0.1:${settings.port}${path}`, {
      method: payload === undefined ? "GET" : "POST",
      headers: {
        Authorization: `Bearer ${settings.token}`,
        "Content-Type": "application/json",
      },
      body: payload === undefined ? undefined : JSON.stringify(payload),
    });
  } catch {
    throw new Error(
      `Quotebook is not answering on port ${settings.port}. Start the Quotebook app (or \`quotebook receive\`) and try again.`,
    );
  }
  const body = await response.json().catch(() => ({}));
  if (response.status === 401) {
    throw new Error("Quotebook refused the token. Open this extension's options and paste the token Quotebook shows.");
  }
  return { status: response.status, body };
}

/** The page's HTML as the browser has it now (after scripts ran). */
export async function pageHtml(tabId) {
  const [injection] = await api.scripting.executeScript({
    target: { tabId },
    func: () => {
      const doctype = document.doctype ? `<!doctype ${document.doctype.name}>` : "";
      return doctype + document.documentElement.outerHTML;
    },
  });
  if (!injection || typeof injection.result !== "string") {
    throw new Error("This page cannot be read (browser pages and the web store are off limits).");
  }
  return injection.result;
}

/** Sends a tab's page to Quotebook and returns one line saying what happened. */
export async function sendTab(tab) {
  const settings = await loadSettings();
  if (!settings.token) {
    throw new Error("Paste the token Quotebook shows into this extension's options first.");
  }
  if (!/^https?:/.test(tab.url ?? "")) {
    throw new Error("Only web pages (http and https) can be sent.");
  }
  const html = await pageHtml(tab.id);
  const { status, body } = await callReceiver(settings, "/import", { url: tab.url, html, title: tab.title });
  const file = body.files?.[0];
  if (status !== 200 || !file || file.error) {
    throw new Error(file?.error ?? body.error ?? `Quotebook answered ${status}.`);
  }
  const quotes = `${file.quotes_found} quote${file.quotes_found === 1 ? "" : "s"}`;
  switch (file.status) {
    case "added":
      return `Added to Quotebook as article ${file.article_id}: ${quotes} (${file.quotes_new} new).`;
    case "updated":
      return `Updated article ${file.article_id} in Quotebook: ${quotes} (${file.quotes_new} new).`;
    default:
      return `Already in Quotebook as article ${file.article_id}; nothing new.`;
  }
}
