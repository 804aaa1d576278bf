// The window's state and the actions that change it. Components read from the
// one `app` object and call its methods; every call into Rust goes through
// ./api.
import { tick } from "svelte";
import { api, errorMessage } from "./api";
import { Latest } from "./latest";
import { ListingCache, listingKey } from "./listing";
import type {
  ArticleField,
  ArticlePage,
  BatchSummary,
  ExportFormat,
  ImportProgress,
  LibraryStatus,
  MergeCandidate,
  QuoteDetail,
  QuoteRow,
  SearchPage,
  SearchRequest,
  Settings,
  SpeakerProfile,
  SpeakerSummary,
  StyleOption,
} from "./bindings";

/** How many rows the review queue lists. */
const PAGE = 200;
/** The search list asks for little more than fills the window (each row
 * fetched costs time on every keystroke) and pages in more as it scrolls. */
export const ROW_HEIGHT = 64;
const MORE = 100;
/** The most rows one search answers (the command clamps there too). */
const MOST_ROWS = 2_000;
/** Ctrl+A chooses at least this many rows (all there are if fewer). */
const CHOOSE_ALL = 200;

function firstPage(): number {
  const tall = typeof window === "undefined" ? 800 : window.innerHeight;
  return Math.max(30, Math.ceil(tall / ROW_HEIGHT) + 20);
}

export type Mode = "search" | "review";

/** A search's answer with when it was asked for and when it arrived, and
 * whether it came from memory (the empty box's list, see ./listing). */
interface TimedPage {
  page: SearchPage;
  sent: number;
  received: number;
  kept: boolean;
}

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
  /** The article open whole (over the list and the detail), if any. */
  article = $state<ArticlePage | null>(null);
  /** The chosen speaker's page (null with "All speakers"). */
  profile = $state<SpeakerProfile | null>(null);
  /** The merge just made from a speaker page, until undone or left: the
   * page offers its undo. */
  lastMerge = $state<{ from: string; into: string; pageId: number; pageName: string } | null>(null);
  query = $state("");
  from = $state("");
  to = $state("");
  outlet = $state("");
  mode = $state<Mode>("search");
  /** Replaced whole by each search, never changed in place: raw, so reading
   * a row costs no proxy (the list reads every row it draws, per keystroke). */
  rows = $state.raw<QuoteRow[]>([]);
  total = $state(0);
  approximate = $state(false);
  selected = $state(-1);
  /** Ids of the quotes chosen with Shift/Ctrl-click or Shift+arrows, for
   * actions on several quotes at once. */
  chosen = $state<number[]>([]);
  detail = $state<QuoteDetail | null>(null);
  error = $state<string | null>(null);
  toast = $state<string | null>(null);
  /** The citation style as the settings hold it: "ap", a bundled CSL
   * style's name, or a house style's .csl path (Rust resolves it). */
  style = $state("ap");
  /** Our own forms and the bundled CSL styles, as the pickers list them. */
  styleOptions = $state<StyleOption[]>([]);
  settings = $state<Settings>({ citation_style: "ap", library_path: null, show_terms: true, today: null, shared_url: null });
  markdown = $state(false);
  importing = $state<ImportState | null>(null);
  /** Milliseconds from the last keystroke to its results on screen. */
  lastSearchMs = $state<number | null>(null);

  /** The search list holds only the first rows of what matched, and no
   * search is on its way: the list may ask for more (`loadMore`). */
  canLoadMore = $state(false);
  /** Counts the lists shown: a new search (not more rows or a refresh of the
   * same one) shows a new list, which starts at its top. */
  listNumber = $state(0);
  #newListAsked = false;

  #searchSeq = 0;
  /** The empty box's list, until the library changes. */
  #listing = new ListingCache<SearchPage>();
  /** The search list holds only the first rows of what matched. */
  #moreToLoad = false;
  /** Searches run one at a time; keystrokes typed meanwhile fold into one
   * more search, and an answer that a newer keystroke made stale is dropped.
   * Tickets are the keystrokes' performance marks. */
  #searches = new Latest<SearchRequest, TimedPage, number>(
    async (request) => {
      const key = listingKey(request);
      const kept = key === null ? null : this.#listing.get(key);
      const sent = performance.now();
      if (kept) return { page: kept, sent, received: sent, kept: true };
      const generation = this.#listing.generation;
      const page = await api.search(request);
      if (key !== null) this.#listing.put(key, page, generation);
      return { page, sent, received: performance.now(), kept: false };
    },
    {
      apply: (answer, request, marks) => this.#showPage(answer, request, marks),
      fail: (e, marks) => {
        for (const seq of marks) performance.clearMarks(`search-start-${seq}`);
        this.fail(e);
      },
    },
  );
  /** The counts and the speaker list are read one at a time, the newest
   * read winning: the list at start (on a connection of its own, slow to
   * open) could otherwise answer after the read a CLI import set off, and
   * put the empty library back on screen. */
  #statusReads = new Latest<true, LibraryStatus, never>(() => api.libraryStatus(), {
    apply: (status) => void (this.status = status),
    fail: (e) => this.fail(e),
  });
  #speakerReads = new Latest<true, SpeakerSummary[], never>(() => api.speakers(), {
    apply: (speakers) => void (this.speakers = speakers),
    fail: (e) => this.fail(e),
  });
  #refreshing = false;
  /** Where a Shift-click range starts. */
  #anchor = -1;
  /** How many log entries the last step on a selection made: Ctrl+Z undoes
   * them together. Cleared by any other change. */
  #lastStep = 0;
  #refreshAgain = false;
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
    this.#listing.invalidate();
    await Promise.all([this.refreshStatus(), this.refreshSpeakers(), this.refreshList()]);
  }

  async loadSettings() {
    try {
      [this.settings, this.styleOptions] = await Promise.all([api.getSettings(), api.citationStyles()]);
      this.style = this.settings.citation_style;
    } catch (e) {
      this.fail(e);
    }
  }

  /** Saves the settings; returns false (and shows why) when they were refused. */
  async saveSettings(next: Settings): Promise<boolean> {
    try {
      const libraryChanged = next.library_path !== this.settings.library_path;
      this.settings = await api.saveSettings(next);
      this.style = this.settings.citation_style;
      if (libraryChanged) {
        this.detail = null;
        this.article = null;
        this.profile = null;
        this.speaker = null;
        this.selected = -1;
      }
      await this.reloadAfterChange();
      this.notify("Settings saved");
      return true;
    } catch (e) {
      this.fail(e);
      return false;
    }
  }

  async refreshStatus() {
    return this.#statusReads.send(true);
  }

  async refreshSpeakers() {
    return this.#speakerReads.send(true);
  }

  /** Re-runs the list (search or review) and keeps the selection in range. */
  async refreshList() {
    if (this.mode === "review") return this.loadReview();
    // As many rows as the list holds now, so a selection scrolled to stays.
    return this.search({ limit: Math.max(firstPage(), this.rows.length) });
  }

  /** Searches with the box's text and the filters. `limit` is how many
   * rows to fetch (without it, the first page of a new list); `measured`
   * times it from now to its rows in the page (what the status line and
   * measure-search show). Resolves when the newest search asked for so far
   * is shown. */
  search({ limit, measured = true }: { limit?: number; measured?: boolean } = {}) {
    if (limit === undefined) {
      this.#newListAsked = true;
      limit = firstPage();
    }
    let seq: number | undefined;
    if (measured) {
      seq = ++this.#searchSeq;
      performance.mark(`search-start-${seq}`);
    }
    const request: SearchRequest = {
      query: this.query,
      speaker: this.speaker,
      outlet: this.outlet.trim() || null,
      from: this.from || null,
      to: this.to || null,
      limit: Math.min(limit, MOST_ROWS),
      show_terms: this.settings.show_terms,
    };
    this.canLoadMore = false;
    return this.#searches.send(request, seq);
  }

  async #showPage({ page, sent, received, kept }: TimedPage, request: SearchRequest, marks: number[]) {
    const keep = this.selectedRow?.id;
    const newList = this.#newListAsked;
    this.rows = page.rows;
    if (newList) {
      // A new search starts at its top with its best match selected. (Keeping
      // the quote selected before made the list scroll down to wherever the
      // new search ranked it, on most keystrokes.)
      this.selected = this.rows.length > 0 ? 0 : -1;
    } else if (keep !== undefined) {
      // The same search refreshed or grown: the selection stays on its quote.
      const at = this.rows.findIndex((r) => r.id === keep);
      if (at >= 0) this.selected = at;
    }
    this.total = page.total;
    this.approximate = page.approximate;
    this.#moreToLoad = page.rows.length >= request.limit && page.rows.length < page.total && request.limit < MOST_ROWS;
    this.canLoadMore = this.#moreToLoad;
    if (this.#newListAsked) {
      this.#newListAsked = false;
      this.listNumber++;
    }
    this.error = null;
    if (this.selected >= this.rows.length) this.selected = this.rows.length - 1;
    if (this.selected < 0 && this.rows.length > 0) this.selected = 0;
    await tick();
    const drawn = performance.now();
    // Every keystroke this answers, each timed from its own keystroke (one
    // typed while an older search ran waited for it: that wait counts). The
    // detail says where the time went, for measure-search.mjs.
    for (const seq of marks) {
      const start = `search-start-${seq}`;
      const typed = performance.getEntriesByName(start)[0]?.startTime ?? sent;
      // The way to the command and from it, by the two clocks (the window's
      // counts whole milliseconds): the rest of the round trip is the way back.
      const there = kept ? 0 : page.called_at - (performance.timeOrigin + sent);
      const thread = kept ? 0 : page.began_at - page.called_at;
      const ipc = kept ? 0 : received - sent - page.elapsed_ms;
      const measure = performance.measure(`search-${seq}`, {
        start,
        detail: {
          query: request.query,
          rows: page.rows.length,
          kept,
          waitMs: sent - typed,
          rustMs: kept ? 0 : page.elapsed_ms,
          ipcMs: ipc,
          thereMs: there,
          threadMs: thread,
          backMs: ipc - there - thread,
          drawMs: drawn - received,
        },
      });
      performance.clearMarks(start);
      this.lastSearchMs = measure.duration;
    }
  }

  /** The search list scrolled near its last row: fetch more rows of the same
   * search (the rows already shown stay as they are, and so the selection). */
  loadMore() {
    if (this.mode !== "search" || !this.canLoadMore) return;
    void this.search({ limit: this.rows.length + MORE, measured: false });
  }

  async loadReview() {
    try {
      const keep = this.selectedRow?.id;
      this.rows = await api.reviewQueue(PAGE);
      this.total = this.rows.length;
      this.approximate = false;
      const at = keep === undefined ? -1 : this.rows.findIndex((r) => r.id === keep);
      this.selected = at >= 0 ? at : this.rows.length > 0 ? 0 : -1;
    } catch (e) {
      this.fail(e);
    }
  }

  async setMode(mode: Mode) {
    this.mode = mode;
    this.selected = -1;
    this.detail = null;
    // A list of its own: its first page, not as many rows as the other held.
    await (mode === "review" ? this.loadReview() : this.search());
  }

  /** Chooses a speaker (again: all speakers): filters the list and opens
   * their page above it. */
  async chooseSpeaker(speaker: { id: number; name: string } | null) {
    this.lastMerge = null;
    const same = speaker !== null && this.speaker === speaker.name;
    this.speaker = same || speaker === null ? null : speaker.name;
    this.selected = -1;
    if (this.mode !== "search") this.mode = "search";
    await Promise.all([this.search(), this.loadProfile(this.speaker === null ? null : speaker!.id)]);
  }

  async loadArticle(id: number | null) {
    if (id === null) return;
    try {
      this.article = await api.articleView(id);
    } catch (e) {
      this.article = null;
      this.fail(e);
    }
  }

  async openArticle(id: number) {
    await this.loadArticle(id);
  }

  closeArticle() {
    this.article = null;
  }

  /** Opens a quote by id (from the article view): in the detail pane, and
   * selected in the list when the list shows it. */
  async openQuote(id: number) {
    this.article = null;
    const at = this.rows.findIndex((r) => r.id === id);
    if (at >= 0) this.selected = at;
    try {
      this.detail = await api.quoteDetail(id);
    } catch (e) {
      this.fail(e);
    }
  }

  async correctArticle(field: ArticleField, value: string | null) {
    const id = this.article?.article.id;
    if (id === undefined) return;
    try {
      await api.correctArticle(id, field, value);
      this.notify(`Article ${field === "byline" ? "authors" : field} corrected (Ctrl+Z undoes)`);
      await this.reloadAfterChange();
    } catch (e) {
      this.fail(e);
    }
  }

  /** Merges a speaker the page suggests: the less complete name becomes an
   * alias of the fuller one, and the page follows to the speaker kept. */
  async mergeSuggested(candidate: MergeCandidate) {
    const page = this.profile?.speaker;
    if (!page) return;
    const other = { id: candidate.id, name: candidate.name };
    const [from, into] = candidate.merge_into_other ? [page, other] : [other, page];
    try {
      await api.mergeSpeakers(String(from.id), String(into.id));
      this.speaker = into.name;
      await this.loadProfile(into.id);
      await this.reloadAfterChange();
      this.lastMerge = { from: from.name, into: into.name, pageId: page.id, pageName: page.name };
      this.notify(`Merged ${from.name} into ${into.name} (Ctrl+Z undoes)`);
    } catch (e) {
      this.fail(e);
    }
  }

  /** Undoes the merge just made and returns to the page it was made from. */
  async undoMerge() {
    const merged = this.lastMerge;
    if (!merged) return;
    try {
      this.lastMerge = null;
      const change = await api.undo();
      this.notify(change ? `Undone: ${change.summary}` : "Nothing to undo");
      this.speaker = merged.pageName;
      await this.loadProfile(merged.pageId);
      await this.reloadAfterChange();
    } catch (e) {
      this.fail(e);
    }
  }

  async loadProfile(id: number | null) {
    if (id === null) {
      this.profile = null;
      return;
    }
    try {
      this.profile = await api.speakerProfile(id);
    } catch (e) {
      this.profile = null;
      this.fail(e);
    }
  }

  /** Another process (or our own import) wrote to the library: refresh what
   * is on screen, keeping the search, the filters and the selection. Calls
   * that arrive while a refresh runs are folded into one more refresh. */
  async libraryChanged() {
    // At once, also when a refresh is running: clearing the box from now
    // on must not show the list from before the write.
    this.#listing.invalidate();
    if (this.#refreshing) {
      this.#refreshAgain = true;
      return;
    }
    this.#refreshing = true;
    try {
      do {
        this.#refreshAgain = false;
        await this.reloadAfterChange();
      } while (this.#refreshAgain);
    } finally {
      this.#refreshing = false;
    }
  }

  move(by: number) {
    if (this.rows.length === 0) return;
    this.selected = Math.min(this.rows.length - 1, Math.max(0, this.selected + by));
    this.chosen = [];
    this.#anchor = this.selected;
  }

  isChosen(id: number) {
    return this.chosen.includes(id);
  }

  /** A click on row `index`: alone, added or removed (Ctrl), or the range
   * from the last click (Shift). */
  choose(index: number, how: "one" | "toggle" | "range") {
    const row = this.rows[index];
    if (!row) return;
    if (how === "range" && this.#anchor >= 0) {
      const [a, b] = [Math.min(this.#anchor, index), Math.max(this.#anchor, index)];
      this.chosen = this.rows.slice(a, b + 1).map((r) => r.id);
      this.selected = index;
      return;
    }
    if (how === "toggle") {
      // The row open alone so far joins the selection it starts.
      const base = this.chosen.length === 0 && this.selectedRow ? [this.selectedRow.id] : this.chosen;
      this.chosen = base.includes(row.id) ? base.filter((id) => id !== row.id) : [...base, row.id];
      this.selected = index;
      this.#anchor = index;
      return;
    }
    this.chosen = [];
    this.#anchor = index;
    void this.open(index);
  }

  /** Shift+arrow: grows (or shrinks) the range from the anchor. */
  extend(by: number) {
    if (this.rows.length === 0) return;
    if (this.#anchor < 0) this.#anchor = Math.max(0, this.selected);
    const next = Math.min(this.rows.length - 1, Math.max(0, this.selected + by));
    this.choose(next, "range");
  }

  /** Chooses every row of the list, fetching rows first when the list holds
   * fewer than CHOOSE_ALL and more match. */
  async chooseAll() {
    if (this.mode === "search" && this.#moreToLoad && this.rows.length < CHOOSE_ALL) {
      await this.search({ limit: CHOOSE_ALL, measured: false });
    }
    this.chosen = this.rows.map((r) => r.id);
  }

  clearChosen() {
    this.chosen = [];
  }

  async exportChosen(format: ExportFormat, path: string) {
    try {
      const n = await api.exportSelection(this.chosen, format, path);
      this.notify(`Exported ${n} ${n === 1 ? "quote" : "quotes"} to ${path}`);
      return true;
    } catch (e) {
      this.fail(e);
      return false;
    }
  }

  async copyChosen() {
    try {
      const n = await api.copyCitations(this.chosen, this.style, this.markdown);
      this.notify(`${n} citations copied`);
    } catch (e) {
      this.fail(e);
    }
  }

  async verifyChosen() {
    try {
      const n = await api.setStatusOf(this.chosen, "verified");
      await this.reloadAfterChange();
      this.#lastStep = n;
      this.notify(`${n} ${n === 1 ? "quote" : "quotes"} verified (Ctrl+Z undoes)`);
    } catch (e) {
      this.fail(e);
    }
  }

  async deleteChosen() {
    try {
      const n = await api.deleteQuotes(this.chosen);
      this.chosen = [];
      this.detail = null;
      await this.reloadAfterChange();
      this.#lastStep = n;
      this.notify(`${n} ${n === 1 ? "quote" : "quotes"} deleted (Ctrl+Z undoes)`);
    } catch (e) {
      this.fail(e);
    }
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
    // Another change came between: Ctrl+Z undoes one change again.
    this.#lastStep = 0;
    this.#listing.invalidate();
    const id = this.detail?.quote.id;
    await Promise.all([
      this.refreshList(),
      this.refreshSpeakers(),
      this.refreshStatus(),
      this.loadProfile(this.profile?.speaker.id ?? null),
      this.loadArticle(this.article?.article.id ?? null),
    ]);
    // Another quote opened while the lists were refreshed (a refresh for a
    // change another process made can take a while): that one stays open.
    if (id !== undefined && this.detail?.quote.id === id) {
      const index = this.rows.findIndex((r) => r.id === id);
      try {
        const fresh = await api.quoteDetail(id);
        if (this.detail?.quote.id !== id) return;
        this.detail = fresh;
        if (index >= 0) this.selected = index;
      } catch {
        if (this.detail?.quote.id === id) this.detail = null; // deleted, or merged away
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
    this.lastMerge = null;
    try {
      if (this.#lastStep > 1) {
        const undone = await api.undoChanges(this.#lastStep);
        this.#lastStep = 0;
        this.notify(`Undone: ${undone.length} changes to the selection`);
        await this.reloadAfterChange();
        return;
      }
      this.#lastStep = 0;
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
    if (this.article) {
      this.article = null;
      return;
    }
    if (this.chosen.length > 0) {
      this.chosen = [];
      return;
    }
    this.query = "";
    this.speaker = null;
    this.profile = null;
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
