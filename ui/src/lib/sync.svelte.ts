// The shared library's state as the status line shows it, and the sync the
// app runs: once at start, every few minutes after, and on "Sync now". Only
// when a shared library is set (in the settings, QUOTEBOOK_SHARED_URL, or by
// an earlier sync); a library that is not shared shows nothing of this.
import { api, errorMessage } from "./api";
import type { CommandError, SyncStatus, SyncStep } from "./bindings";
import { app } from "./store.svelte";

/** How often the app syncs on its own. */
const SYNC_EVERY_MS = 5 * 60_000;
/** How often the status line re-reads what waits to be sent (cheap, local). */
const STATUS_EVERY_MS = 30_000;

/** Failures that mean "not reachable now", shown as offline rather than as errors. */
const OFFLINE_CODES = new Set(["sync_offline", "sync_interrupted"]);

class SharedSync {
  status = $state<SyncStatus | null>(null);
  running = $state(false);
  progress = $state<SyncStep | null>(null);
  /** Why the last sync failed, if it did. */
  failure = $state<string | null>(null);
  offline = $state(false);
  /** When the last sync ended in a conflict: the quotes wait in Review. */
  conflicts = $state(0);

  get shared(): boolean {
    return Boolean(this.status?.shared_url);
  }

  async refresh() {
    try {
      this.status = await api.syncStatus(false);
    } catch (e) {
      this.failure = errorMessage(e);
    }
  }

  /** Re-reads the state of a shared library (a library that is not shared
   * has none to show; Settings re-reads it when an address is set). */
  refreshIfShared() {
    if (this.shared && !this.running) void this.refresh();
  }

  async syncNow() {
    if (this.running) return;
    this.running = true;
    this.progress = null;
    try {
      const done = await api.syncNow((p) => (this.progress = p));
      this.status = done.status;
      this.failure = null;
      this.offline = false;
      this.conflicts = Number(done.conflicts);
      app.notify(`Synced: ${done.summary}${done.conflicts > 0 ? ". They wait in Review." : ""}`);
      await app.reloadAfterChange();
    } catch (e) {
      const code = e && typeof e === "object" && "code" in e ? String((e as CommandError).code) : "";
      this.offline = OFFLINE_CODES.has(code);
      this.failure = errorMessage(e);
      await this.refresh();
    } finally {
      this.running = false;
      this.progress = null;
    }
  }

  /** Starts the background syncs; returns what stops them. */
  start(): () => void {
    void this.refresh().then(() => {
      if (this.shared) void this.syncNow();
    });
    const syncing = setInterval(() => {
      if (this.shared) void this.syncNow();
    }, SYNC_EVERY_MS);
    const reading = setInterval(() => this.refreshIfShared(), STATUS_EVERY_MS);
    return () => {
      clearInterval(syncing);
      clearInterval(reading);
    };
  }
}

export const sharedSync = new SharedSync();
