// Typed calls to the Rust commands. The argument and result types come from
// ./bindings, which Rust generates (see src-tauri/tests/bindings.rs); only the
// command names are written here.
import { Channel, invoke } from "@tauri-apps/api/core";
import type {
  ArticleField,
  ArticlePage,
  BatchSummary,
  Change,
  Citation,
  CommandError,
  EditField,
  ExportFormat,
  ImportProgress,
  ReceiverConnection,
  LibraryStatus,
  MergeSuggestion,
  QuoteDetail,
  QuoteRecord,
  QuoteRow,
  QuoteStatus,
  SearchPage,
  Settings,
  SearchRequest,
  SpeakerProfile,
  SpeakerSummary,
  StyleOption,
  SyncDone,
  SyncStep,
  SyncStatus,
} from "./bindings";

/** Turns whatever a command rejected with into a readable message. */
export function errorMessage(e: unknown): string {
  if (e && typeof e === "object" && "message" in e) {
    return String((e as CommandError).message);
  }
  return String(e);
}

function progressChannel(onProgress: (p: ImportProgress) => void): Channel<ImportProgress> {
  const channel = new Channel<ImportProgress>();
  channel.onmessage = onProgress;
  return channel;
}

function syncChannel(onProgress: (p: SyncStep) => void): Channel<SyncStep> {
  const channel = new Channel<SyncStep>();
  channel.onmessage = onProgress;
  return channel;
}

export const api = {
  libraryStatus: () => invoke<LibraryStatus>("library_status"),
  search: (request: SearchRequest) => invoke<SearchPage>("search_quotes", { request }),
  reviewQueue: (limit: number) => invoke<QuoteRow[]>("review_queue", { limit }),
  quoteDetail: (id: number) => invoke<QuoteDetail>("quote_detail", { id }),
  editQuote: (id: number, field: EditField, value: string | null) =>
    invoke<QuoteRecord>("edit_quote", { id, field, value }),
  setStatus: (id: number, status: QuoteStatus, note: string | null) =>
    invoke<QuoteRecord>("set_quote_status", { id, status, note }),
  deleteQuote: (id: number) => invoke<void>("delete_quote", { id }),
  markReviewed: (id: number) => invoke<void>("mark_reviewed", { id }),
  undo: () => invoke<Change | null>("undo_last_change"),
  articleView: (id: number) => invoke<ArticlePage>("article_view", { id }),
  correctArticle: (id: number, field: ArticleField, value: string | null) =>
    invoke<void>("correct_article", { id, field, value }),
  speakers: () => invoke<SpeakerSummary[]>("list_speakers"),
  speakerProfile: (id: number) => invoke<SpeakerProfile>("speaker_profile", { id }),
  mergeSuggestions: () => invoke<MergeSuggestion[]>("merge_suggestions"),
  mergeSpeakers: (from: string, into: string) => invoke<void>("merge_speakers", { from, into }),
  citationStyles: () => invoke<StyleOption[]>("citation_styles"),
  checkCitationStyle: (style: string) => invoke<StyleOption>("check_citation_style", { style }),
  chooseStyleFile: () => invoke<string | null>("choose_style_file"),
  cite: (id: number, style: string) => invoke<Citation>("cite_quote", { id, style }),
  copyCitation: (id: number, style: string, markdown: boolean) =>
    invoke<Citation>("copy_citation", { id, style, markdown }),
  chooseImportPaths: (folder: boolean) => invoke<string[]>("choose_import_paths", { folder }),
  importPaths: (paths: string[], onProgress: (p: ImportProgress) => void) =>
    invoke<BatchSummary>("import_paths", { paths, onProgress: progressChannel(onProgress) }),
  importText: (text: string, onProgress: (p: ImportProgress) => void) =>
    invoke<BatchSummary>("import_text", { text, onProgress: progressChannel(onProgress) }),
  importUrl: (url: string, onProgress: (p: ImportProgress) => void) =>
    invoke<BatchSummary>("import_url", { url, onProgress: progressChannel(onProgress) }),
  receiverConnection: () => invoke<ReceiverConnection>("receiver_connection"),
  importSample: (onProgress: (p: ImportProgress) => void) =>
    invoke<BatchSummary>("import_sample", { onProgress: progressChannel(onProgress) }),
  cancelImport: () => invoke<void>("cancel_import"),
  exportSelection: (ids: number[], format: ExportFormat, path: string) =>
    invoke<number>("export_selection", { ids, format, path }),
  copyCitations: (ids: number[], style: string, markdown: boolean) =>
    invoke<number>("copy_citations", { ids, style, markdown }),
  setStatusOf: (ids: number[], status: QuoteStatus) => invoke<number>("set_status_of", { ids, status }),
  deleteQuotes: (ids: number[]) => invoke<number>("delete_quotes", { ids }),
  undoChanges: (count: number) => invoke<Change[]>("undo_changes", { count }),
  syncStatus: (check: boolean) => invoke<SyncStatus>("sync_status", { check }),
  syncNow: (onProgress: (p: SyncStep) => void) =>
    invoke<SyncDone>("sync_now", { url: null, onProgress: syncChannel(onProgress) }),
  saveSharedPassword: (url: string, password: string) => invoke<void>("save_shared_password", { url, password }),
  getSettings: () => invoke<Settings>("get_settings"),
  saveSettings: (settings: Settings) => invoke<Settings>("save_settings", { settings }),
  chooseLibraryFile: (create: boolean) => invoke<string | null>("choose_library_file", { create }),
};
