// Generated from the Rust types by src-tauri/tests/bindings.rs. Do not edit:
// run `UPDATE_BINDINGS=1 cargo test -p quotebook-app --test bindings` instead.

export type ErrorCode = "import_failed" | "unsupported_file" | "database_locked" | "database_corrupt" | "database_read_only" | "database_error" | "not_found" | "invalid_input" | "export_failed" | "invalid_style";

export type QuoteKind = "direct" | "partial" | "block";

export type SpeakerKind = "person" | "organisation" | "unnamed";

export type ExtractedQuote = { 
/**
 * The quoted words, without the quote marks.
 */
text: string, 
/**
 * UTF-8 byte offsets of `text` in the article text the extractor was given.
 */
start: number, end: number, kind: QuoteKind, 
/**
 * Canonical full name ("Benjamin Netanyahu") or a short description of an
 * unnamed source ("a campaign spokesman").
 */
speaker: string | null, 
/**
 * Person, organisation or unnamed source; `null` when there is no speaker.
 */
speaker_kind: SpeakerKind | null, 
/**
 * The speaker as the attributing sentence writes it ("he", "the PM").
 */
speaker_mention: string | null, 
/**
 * The speaker's role at the time, as the article states it.
 */
role: string | null, 
/**
 * The day the words were said.
 */
date: string | null, 
/**
 * The setting ("press conference in Jerusalem", "interview with CNN").
 */
venue: string | null, 
/**
 * The reporting verb or phrase that attributes the quote.
 */
cue: string | null, 
/**
 * How sure the extractor is of the attribution, in [0, 1].
 */
confidence: number, 
/**
 * UTF-8 byte offsets of the paragraph the quote stands in. The quote
 * refers to its paragraph rather than copying it: an article of many
 * short quotes on one long line would otherwise hold the line once per
 * quote.
 */
paragraph_start: number, paragraph_end: number, };

export type ArticleMeta = { title: string | null, 
/**
 * The publication that printed it ("China Daily").
 */
outlet: string | null, 
/**
 * The wire service the text credits ("Xinhua"), kept apart from the outlet.
 */
wire: string | null, url: string | null, byline: string | null, published: string | null, 
/**
 * Where it was read from (a file path, or "-" for standard input).
 */
source_path: string | null, };

export type QuoteStatus = "unverified" | "verified" | "disputed";

export type QuoteRecord = { id: number, 
/**
 * The paragraph the quote stands in, from the text of the article
 * version it was found in.
 */
paragraph: string, 
/**
 * False when a later version of the article no longer has the quote:
 * it is kept (nothing is deleted by a new version) and said so.
 */
present: boolean, status: QuoteStatus, note: string | null, 
/**
 * Two people changed this quote in a shared library without seeing each
 * other's change: the later one is shown, both are in its history, and
 * it waits in the review queue until someone marks it reviewed.
 */
needs_review: boolean, article_id: number, title: string | null, outlet: string | null, wire: string | null, url: string | null, published: string | null, 
/**
 * The quoted words, without the quote marks.
 */
text: string, 
/**
 * UTF-8 byte offsets of `text` in the article text the extractor was given.
 */
start: number, end: number, kind: QuoteKind, 
/**
 * Canonical full name ("Benjamin Netanyahu") or a short description of an
 * unnamed source ("a campaign spokesman").
 */
speaker: string | null, 
/**
 * Person, organisation or unnamed source; `null` when there is no speaker.
 */
speaker_kind: SpeakerKind | null, 
/**
 * The speaker as the attributing sentence writes it ("he", "the PM").
 */
speaker_mention: string | null, 
/**
 * The speaker's role at the time, as the article states it.
 */
role: string | null, 
/**
 * The day the words were said.
 */
date: string | null, 
/**
 * The setting ("press conference in Jerusalem", "interview with CNN").
 */
venue: string | null, 
/**
 * The reporting verb or phrase that attributes the quote.
 */
cue: string | null, 
/**
 * How sure the extractor is of the attribution, in [0, 1].
 */
confidence: number, 
/**
 * UTF-8 byte offsets of the paragraph the quote stands in. The quote
 * refers to its paragraph rather than copying it: an article of many
 * short quotes on one long line would otherwise hold the line once per
 * quote.
 */
paragraph_start: number, paragraph_end: number, };

export type QuoteFilter = { 
/**
 * Case-insensitive: every word must begin a word of the speaker's
 * canonical name or of one of its aliases ("benjamin net").
 */
speaker: string | null, 
/**
 * Inclusive bounds on the date said, or the publication date where no
 * date said is known.
 */
from: string | null, to: string | null, 
/**
 * The outlet or the wire service: every word must begin a word of its
 * name (case and accents ignored), as search's `outlet:` filter.
 */
outlet: string | null, status: QuoteStatus | null, 
/**
 * Only the quotes of this article.
 */
article_id: number | null, limit: number | null, offset: number | null, };

export type SpeakerSummary = { id: number, name: string, 
/**
 * Names merged into this speaker.
 */
aliases: Array<string>, quote_count: number, roles: Array<RoleSeen>, 
/**
 * The range of dates their quotes were said (or published).
 */
first: string | null, last: string | null, };

export type RoleSeen = { role: string, first: string | null, last: string | null, };

export type MergeSuggestion = { 
/**
 * The name that would become an alias.
 */
from: string, 
/**
 * The name that would be kept (the fuller one).
 */
into: string, 
/**
 * Why they may be one person, strongest first, as sentences to show.
 */
evidence: Array<string>, };

export type Change = { id: number, at: string, action: string, quote_id: number | null, article_id: number | null, speaker_id: number | null, summary: string, 
/**
 * The change this one reverted, for an undo.
 */
reverts: number | null, 
/**
 * Who made it (a shared library's author; `None` for a change made
 * here and not yet shared).
 */
author: string | null, 
/**
 * The machine it was made on, when that is another machine (pulled
 * from a shared library); `None` for this one.
 */
machine: string | null, };

export type ImportStatus = "added" | "updated" | "unchanged";

export type ArticleField = "title" | "outlet" | "byline" | "published" | "url";

export type ArticleCorrection = { field: ArticleField, imported: string | null, 
/**
 * None when the user cleared the value.
 */
corrected: string | null, };

export type FileResult = { file: string, article_id: number | null, status: ImportStatus | null, quotes_found: number, quotes_new: number, 
/**
 * One line naming the file and the problem.
 */
error: string | null, };

export type BatchSummary = { added: number, updated: number, unchanged: number, failed: number, 
/**
 * Files inside folders that are not articles.
 */
skipped: Array<string>, 
/**
 * Named pipes, devices and sockets passed over without being opened,
 * each as "path: what it is".
 */
special: Array<string>, quotes_found: number, quotes_new: number, 
/**
 * True when the user stopped the batch before its end.
 */
cancelled: boolean, files: Array<FileResult>, };

export type Style = "ap" | "line" | "apa" | "mla" | "chicago-note" | "chicago-bibliography";

export type StyleOrigin = "quotebook" | "csl" | "file";

export type StyleOption = { 
/**
 * What the setting stores and [`StyleChoice::resolve`] takes.
 */
value: string, 
/**
 * The style's human title, with what it renders where the title alone
 * does not say ("full notes and bibliography").
 */
label: string, origin: StyleOrigin, };

export type ExportFormat = "csv" | "json" | "markdown" | "csl-json";

export type SpeakerProfile = { 
/**
 * Name, aliases, roles with the dates they were seen, quote count.
 */
speaker: SpeakerSummary, 
/**
 * Every month from the first quote's to the last one's, empty months
 * included, so a chart of them is a true timeline.
 */
months: Array<MonthCount>, 
/**
 * Quotes with no date said nor published, left out of `months`.
 */
undated: number, 
/**
 * Most quotes first.
 */
outlets: Array<CountedName>, venues: Array<CountedName>, 
/**
 * Other speakers that may be this person, with the evidence.
 */
merge_suggestions: Array<MergeCandidate>, };

export type MergeCandidate = { 
/**
 * The other speaker's id and name, as the speaker list has them.
 */
id: number, name: string, quote_count: number, 
/**
 * Whether the page's speaker should become an alias of the other (the
 * other's name is the fuller one), rather than the other way round.
 */
merge_into_other: boolean, 
/**
 * Why they may be one person, strongest first, as sentences to show.
 */
evidence: Array<string>, };

export type Settings = { 
/**
 * The citation style as [`StyleChoice::resolve`](crate::cite::StyleChoice::resolve)
 * takes it: our own "ap" or "line", a bundled CSL style's name ("apa",
 * "chicago", "ieee", ...), or the path of a house style's .csl file.
 * Kept as text so a style added later is kept.
 */
citation_style: string, 
/**
 * The library to open; None for the default one. `$QUOTEBOOK_DB` wins.
 */
library_path: string | null, 
/**
 * Whether the lists show quoted terms with nobody saying them (scare
 * quotes, titles) beside attributed quotes.
 */
show_terms: boolean, 
/**
 * The day AP-style dates are written against ("Tuesday" within a week
 * of it); None for the real today. Set it to cite as of a draft's day.
 */
today: string | null, 
/**
 * The newsroom's shared library (`postgres://user@host/database`), never
 * with a password (that goes to the system keyring); None when this
 * library is not shared. `$QUOTEBOOK_SHARED_URL` serves when it is unset.
 */
shared_url: string | null, };

export type MonthCount = { 
/**
 * `YYYY-MM`.
 */
month: string, count: number, };

export type CountedName = { name: string, count: number, };

export type Citation = { text: string, html: string, markdown: string, };

export type CommandError = { code: Code, message: string, };

export type Code = ErrorCode | SyncErrorCode;

export type SyncErrorCode = "sync_no_url" | "sync_bad_url" | "sync_offline" | "sync_login" | "sync_interrupted" | "sync_not_initialised" | "sync_update_quotebook" | "sync_schema_outdated" | "sync_read_only_role" | "sync_server" | "sync_keyring" | "sync_library";

export type SyncStatus = { 
/**
 * When the last sync completed (RFC 3339), if ever.
 */
last_synced: string | null, 
/**
 * Changes and articles made here and not yet sent.
 */
pending_changes: number, 
/**
 * Quotes flagged for review after a conflict.
 */
needs_review: number, 
/**
 * The shared library could not be reached (when asked to check).
 */
offline: boolean, 
/**
 * The shared library (without password), if one is set.
 */
shared_url: string | null, 
/**
 * Why it is offline, in words, when it is.
 */
offline_reason: string | null, };

export type SyncDone = { 
/**
 * One line: what was sent and received, and any conflicts.
 */
summary: string, conflicts: number, status: SyncStatus, };

export type SyncStep = { 
/**
 * What it is doing, in words ("receiving quotes").
 */
what: string, done: number, total: number, };

export type LibraryStatus = { path: string, quote_count: number, article_count: number, version: string, };

export type QuoteDetail = { quote: QuoteRecord, 
/**
 * The article's metadata (its text stays in Rust: the pane shows only
 * the paragraph).
 */
article: ArticleSummary, 
/**
 * Where the quote sits inside `quote.paragraph`, in UTF-16 code units as
 * JavaScript strings count them; null when the paragraph does not hold it.
 */
highlight: [number, number] | null, 
/**
 * Every change made to this quote, oldest first.
 */
history: Array<Change>, 
/**
 * The same words in other articles, earliest first.
 */
other_sources: Array<QuoteRecord>, };

export type ArticleSummary = { id: number, title: string | null, outlet: string | null, wire: string | null, url: string | null, byline: string | null, published: string | null, source_path: string | null, versions: number, };

export type EditField = "speaker" | "role" | "date" | "venue";

export type ArticlePage = { 
/**
 * The metadata as corrected.
 */
article: ArticleSummary, text: string, 
/**
 * In reading order, not overlapping.
 */
marks: Array<QuoteMark>, corrections: Array<ArticleCorrection>, history: Array<Change>, };

export type QuoteMark = { id: number, start: number, end: number, speaker: string | null, };

export type ImportProgress = { done: number, total: number, file: FileResult, };

export type ReceiverConnection = { token: string, port: number, };

export type SearchRequest = { query: string, speaker: string | null, outlet: string | null, from: string | null, to: string | null, limit: number, 
/**
 * Also list quoted terms nobody is named as saying.
 */
show_terms: boolean, };

export type QuoteRow = { id: number, text: string, speaker: string | null, role: string | null, 
/**
 * The date said, else the publication date.
 */
date: string | null, outlet: string | null, status: QuoteStatus, 
/**
 * Changed by two people at once in the shared library: to review.
 */
needs_review: boolean, confidence: number, 
/**
 * Matched parts of `text` as UTF-16 ranges (JavaScript string offsets).
 */
highlights: Array<[number, number]>, };

export type SearchPage = { rows: Array<QuoteRow>, total: number, 
/**
 * True when `total` is an estimate (the index capped its candidates).
 */
approximate: boolean, 
/**
 * Time spent in Rust, for the status line.
 */
elapsed_ms: number, 
/**
 * When the command was called and when its search began, in
 * milliseconds since the Unix epoch: with the window's clock they tell
 * the way there from the wait for a thread (measure-search.mjs).
 */
called_at: number, began_at: number, };
