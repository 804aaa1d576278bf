// The window's state and the actions that change it. Components read from the
// one `app` object and call its methods; every call into Rust goes through
// ./api.
import { tick } from "svelte";
import { api, errorMessage } from "./api";
import type {
  BatchSummary,
  ImportProgress,
  LibraryStatus,
  QuoteDetail,
  QuoteRow,
  SpeakerSummary,
  Style,
} from "./bindings";

const PAGE = 200;

export type Mode = "search" | "review";

export interface ImportState {
  running: boolean;
  done: number;
  total: number;
  current: string | null;
  summary: BatchSummary | null;
  error: string | null;
}

class App {
  status = $state<LibraryStatus | null>(null);
  speakers = $state<SpeakerSummary[]>([]);
  speaker = $state<string | null>(null);
  query = $state("");
  from = $state("");
  to = $state("");
  outlet = $state("");
  mode = $state<Mode>("search");
  rows = $state<QuoteRow[]>([]);
  total = $state(0);
  approximate = $state(false);
  selected = $state(-1);
  detail = $state<QuoteDetail | null>(null);
  error = $state<string | null>(null);
  toast = $state<string | null>(null);
  style = $state<Style>("ap");
  markdown = $state(false);
  importing = $state<ImportState | null>(null);
  /** Milliseconds from the last keystroke to its results on screen. */
  lastSearchMs = $state<number | null>(null);

  #searchSeq = 0;
  #toastTimer: ReturnType<typeof setTimeout> | undefined;

  get selectedRow(): QuoteRow | null {
    return this.rows[this.selected] ?? null;
  }

  fail(e: unknown) {
    this.error = errorMessage(e);
  }

  notify(message: string) {
    this.toast = message;
    clearTimeout(this.#toastTimer);
    this.#toastTimer = setTimeout(() => (this.toast = null), 2500);
  }

  async refreshAll() {
    await Promise.all([this.refreshStatus(), this.refreshSpeakers(), this.refreshList()]);
  }

  async refreshStatus() {
    try {
      this.status = await api.libraryStatus();
    } catch (e) {
      this.fail(e);
    }
  }

  async refreshSpeakers() {
    try {
      this.speakers = await api.speakers();
    } catch (e) {
      this.fail(e);
    }
  }

  /** Re-runs the list (search or review) and keeps the selection in range. */
  async refreshList() {
    if (this.mode === "review") return this.loadReview();
    return this.search();
  }

  async search() {
    const seq = ++this.#searchSeq;
    performance.mark(`search-start-${seq}`);
    try {
      const page = await api.search({
        query: this.query,
        speaker: this.speaker,
        outlet: this.outlet.trim() || null,
        from: this.from || null,
        to: this.to || null,
        limit: PAGE,
      });
      if (seq !== this.#searchSeq) return; // a newer keystroke won
      this.rows = page.rows;
      this.total = page.total;
      this.approximate = page.approximate;
      this.error = null;
      if (this.selected >= this.rows.length) this.selected = this.rows.length - 1;
      if (this.selected < 0 && this.rows.length > 0) this.selected = 0;
      await tick();
      const measure = performance.measure(`search-${seq}`, `search-start-${seq}`);
      this.lastSearchMs = measure.duration;
    } catch (e) {
      if (seq === this.#searchSeq) this.fail(e);
    }
  }

  async loadReview() {
    try {
      this.rows = await api.reviewQueue(PAGE);
      this.total = this.rows.length;
      this.approximate = false;
      this.selected = this.rows.length > 0 ? 0 : -1;
    } catch (e) {
      this.fail(e);
    }
  }

  async setMode(mode: Mode) {
    this.mode = mode;
    this.selected = -1;
    this.detail = null;
    await this.refreshList();
  }

  async chooseSpeaker(name: string | null) {
    this.speaker = this.speaker === name ? null : name;
    this.selected = -1;
    if (this.mode !== "search") this.mode = "search";
    await this.search();
  }

  move(by: number) {
    if (this.rows.length === 0) return;
    this.selected = Math.min(this.rows.length - 1, Math.max(0, this.selected + by));
  }

  async open(index = this.selected) {
    const row = this.rows[index];
    if (!row) return;
    this.selected = index;
    try {
      this.detail = await api.quoteDetail(row.id);
    } catch (e) {
      this.fail(e);
    }
  }

  /** After an edit: the detail, its row and the speakers all change. */
  async reloadAfterChange() {
    const id = this.detail?.quote.id;
    await Promise.all([this.refreshList(), this.refreshSpeakers(), this.refreshStatus()]);
    if (id !== undefined) {
      const index = this.rows.findIndex((r) => r.id === id);
      try {
        this.detail = await api.quoteDetail(id);
        if (index >= 0) this.selected = index;
      } catch {
        this.detail = null; // deleted, or merged away
      }
    }
  }

  async copyCitation() {
    const id = this.detail?.quote.id ?? this.selectedRow?.id;
    if (id === undefined) {
      this.notify("Select a quote to copy its citation");
      return;
    }
    try {
      const citation = await api.copyCitation(id, this.style, this.markdown);
      const what = this.markdown ? "Markdown citation" : "Citation";
      this.notify(`${what} copied: ${citation.text.slice(0, 80)}${citation.text.length > 80 ? "…" : ""}`);
    } catch (e) {
      this.fail(e);
    }
  }

  async undo() {
    try {
      const change = await api.undo();
      this.notify(change ? `Undone: ${change.summary}` : "Nothing to undo");
      await this.reloadAfterChange();
    } catch (e) {
      this.fail(e);
    }
  }

  clear() {
    if (this.importing && !this.importing.running) {
      this.importing = null;
      return;
    }
    this.query = "";
    this.speaker = null;
    this.from = "";
    this.to = "";
    this.outlet = "";
    this.detail = null;
    void this.search();
  }

  openImport() {
    this.importing = { running: false, done: 0, total: 0, current: null, summary: null, error: null };
  }

  async runImport(start: (onProgress: (p: ImportProgress) => void) => Promise<BatchSummary>) {
    const state: ImportState = { running: true, done: 0, total: 0, current: null, summary: null, error: null };
    this.importing = state;
    try {
      const summary = await start((p) => {
        if (!this.importing) return;
        this.importing.done = p.done;
        this.importing.total = p.total;
        this.importing.current = p.file.file;
      });
      if (this.importing) {
        this.importing.summary = summary;
        this.importing.running = false;
      }
    } catch (e) {
      if (this.importing) {
        this.importing.error = errorMessage(e);
        this.importing.running = false;
      }
    }
    await this.refreshAll();
  }
}

export const app = new App();
