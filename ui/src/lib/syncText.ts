// The status line's words for the shared library's state (kept apart from
// sync.svelte.ts, which talks to Rust, so it can be tested on its own).
import type { SyncStatus, SyncStep } from "./bindings";

/** The status line's words for the sync state. */
export function describeSync(s: {
  running: boolean;
  progress: SyncStep | null;
  offline: boolean;
  failure: string | null;
  status: SyncStatus | null;
}, now: Date = new Date()): string {
  const waiting = s.status?.pending_changes ?? 0;
  const review = s.status?.needs_review ?? 0;
  const tail = [waiting > 0 ? `${waiting} waiting to be sent` : "", review > 0 ? `${review} to review` : ""]
    .filter(Boolean)
    .join(" · ");
  const withTail = (head: string) => (tail ? `${head} · ${tail}` : head);
  if (s.running) {
    const p = s.progress;
    return p ? `Syncing: ${p.what} ${p.done} of ${p.total}` : "Syncing…";
  }
  if (s.offline) return withTail("Shared library offline");
  if (s.failure) return withTail("Sync failed");
  const last = s.status?.last_synced;
  if (!last) return withTail("Not synced yet");
  const when = new Date(last);
  const time = when.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  const sameDay = when.toDateString() === now.toDateString();
  return withTail(`Synced ${sameDay ? time : `${when.toLocaleDateString()} ${time}`}`);
}
