// Generated from the Rust types by src-tauri/tests/bindings.rs. Do not edit:
// run `UPDATE_BINDINGS=1 cargo test -p quotebook-app --test bindings` instead.

export type ErrorCode = "import_failed" | "unsupported_file" | "database_locked" | "database_corrupt" | "database_error" | "not_found" | "invalid_input";

export type QuoteKind = "direct" | "partial" | "block";

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
 * The paragraph the quote stands in.
 */
paragraph: string, };

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

export type CommandError = { code: ErrorCode, message: string, };

export type LibraryStatus = { path: string, quote_count: number, version: string, };
