// The options page: the token and port, saved in the extension's storage,
// and a test that asks the receiver who it is.
import { api, callReceiver, loadSettings, saveSettings } from "./send.js";

const form = document.getElementById("form");
const token = document.getElementById("token");
const port = document.getElementById("port");
const message = document.getElementById("message");

function say(state, text) {
  message.dataset.state = state;
  message.textContent = text;
}

const settings = await loadSettings();
token.value = settings.token;
port.value = settings.port;
// Filled in: what is typed from now on is not overwritten.
form.dataset.state = "ready";

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  // Firefox grants host permissions only when asked (a click is needed).
  await api.permissions?.request?.({ origins: ["http://127.0.0.1/*"] }).catch(() => {});
  await saveSettings({ token: token.value, port: port.value });
  say("saved", "Saved.");
});

document.getElementById("test").addEventListener("click", async () => {
  try {
    const { status, body } = await callReceiver({ token: token.value.trim(), port: Number(port.value) }, "/ping");
    if (status === 200) say("ok", `Connected to Quotebook ${body.version}.`);
    else say("error", body.error ?? `Quotebook answered ${status}.`);
  } catch (error) {
    say("error", error.message);
  }
});
