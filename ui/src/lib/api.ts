// Typed calls to the Rust commands. The argument and result types come from
// ./bindings, which Rust generates (see src-tauri/tests/bindings.rs); only the
// command names are written here.
import { Channel, invoke } from "@tauri-apps/api/core";
import type {
  BatchSummary,
  Change,
  Citation,
  CommandError,
  EditField,
  ImportProgress,
  LibraryStatus,
  MergeSuggestion,
  QuoteDetail,
  QuoteRecord,
  QuoteRow,
  QuoteStatus,
  SearchPage,
  SearchRequest,
  SpeakerSummary,
  Style,
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
  undo: () => invoke<Change | null>("undo_last_change"),
  speakers: () => invoke<SpeakerSummary[]>("list_speakers"),
  mergeSuggestions: () => invoke<MergeSuggestion[]>("merge_suggestions"),
  mergeSpeakers: (from: string, into: string) => invoke<void>("merge_speakers", { from, into }),
  cite: (id: number, style: Style) => invoke<Citation>("cite_quote", { id, style }),
  copyCitation: (id: number, style: Style, markdown: boolean) =>
    invoke<Citation>("copy_citation", { id, style, markdown }),
  chooseImportPaths: (folder: boolean) => invoke<string[]>("choose_import_paths", { folder }),
  importPaths: (paths: string[], onProgress: (p: ImportProgress) => void) =>
    invoke<BatchSummary>("import_paths", { paths, onProgress: progressChannel(onProgress) }),
  importText: (text: string, onProgress: (p: ImportProgress) => void) =>
    invoke<BatchSummary>("import_text", { text, onProgress: progressChannel(onProgress) }),
  importSample: (onProgress: (p: ImportProgress) => void) =>
    invoke<BatchSummary>("import_sample", { onProgress: progressChannel(onProgress) }),
  cancelImport: () => invoke<void>("cancel_import"),
};
