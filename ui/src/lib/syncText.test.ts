import { describe, expect, it } from "vitest";
import { describeSync } from "./syncText";
import type { SyncStatus } from "./bindings";

const status = (over: Partial<SyncStatus> = {}): SyncStatus => ({
  last_synced: null,
  pending_changes: 0,
  needs_review: 0,
  offline: false,
  shared_url: "postgres://ada@news.example/quotes",
  offline_reason: null,
  ...over,
});
const idle = { running: false, progress: null, offline: false, failure: null };

describe("the status line's sync state", () => {
  it("says a library that never synced has not, with what waits", () => {
    expect(describeSync({ ...idle, status: status({ pending_changes: 3 }) })).toBe("Not synced yet · 3 waiting to be sent");
  });

  it("gives the time of a sync today and the date of an older one", () => {
    const now = new Date(2026, 10, 30, 15, 0);
    const today = new Date(2026, 10, 30, 14, 5).toISOString();
    expect(describeSync({ ...idle, status: status({ last_synced: today }) }, now)).toMatch(/^Synced \d\d:\d\d( [AP]M)?$/);
    const before = new Date(2026, 10, 28, 9, 0).toISOString();
    expect(describeSync({ ...idle, status: status({ last_synced: before, needs_review: 2 }) }, now)).toMatch(
      /^Synced .*2026.* · 2 to review$/,
    );
  });

  it("shows progress while running, and offline or failed after", () => {
    expect(describeSync({ ...idle, running: true, progress: { what: "receiving quotes", done: 300, total: 1000 }, status: status() })).toBe(
      "Syncing: receiving quotes 300 of 1000",
    );
    expect(describeSync({ ...idle, running: true, status: status() })).toBe("Syncing…");
    expect(describeSync({ ...idle, offline: true, failure: "cannot be reached", status: status({ pending_changes: 1 }) })).toBe(
      "Shared library offline · 1 waiting to be sent",
    );
    expect(describeSync({ ...idle, failure: "refused the login", status: status() })).toBe("Sync failed");
  });
});
