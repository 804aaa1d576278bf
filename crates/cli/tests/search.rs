//! `quotebook search` on a real library file: typos, phrases, filters, JSON,
//! and a write by another process seen by the next search.

mod common;

use common::*;
use quotebook_core::model::{Article, ArticleMeta, ExtractedQuote, QuoteKind};
use quotebook_core::store::Library;

/// Our own stand-in extractor, so the test controls the quotes exactly:
/// each line "Speaker | quote text" is one quote.
fn lines_as_quotes(text: &str, _meta: &ArticleMeta) -> Vec<ExtractedQuote> {
    let mut offset = 0;
    let mut out = Vec::new();
    for line in text.split_inclusive('\n') {
        if let Some((speaker, quote)) = line.trim_end().split_once(" | ") {
            let start = offset + speaker.len() + 3;
            out.push(ExtractedQuote {
                text: quote.to_owned(),
                start,
                end: start + quote.len(),
                kind: QuoteKind::Direct,
                speaker: Some(speaker.to_owned()),
                speaker_kind: None,
                speaker_mention: None,
                role: None,
                date: None,
                venue: None,
                cue: None,
                confidence: 1.0,
                paragraph_start: 0,
                paragraph_end: 0,
            });
        }
        offset += line.len();
    }
    out
}

fn add(lib: &Lib, outlet: &str, published: &str, lines: &str) {
    let mut library = Library::open(&lib.db).unwrap();
    let article = Article {
        text: lines.to_owned(),
        meta: ArticleMeta {
            title: Some(format!("{outlet} {published}")),
            outlet: Some(outlet.to_owned()),
            published: Some(published.parse().unwrap()),
            ..ArticleMeta::default()
        },
    };
    library
        .import_article_with(&article, lines_as_quotes)
        .unwrap();
}

fn seeded() -> Lib {
    let lib = Lib::new();
    add(
        &lib,
        "Harbour Gazette",
        "2024-01-15",
        "Maria Okafor | We will not rest until the harbour is rebuilt.\n\
         Tomas Lindqvist | It was total, it was a victory, and it was ours.\n",
    );
    add(
        &lib,
        "Daily Ledger",
        "2024-02-20",
        "Tomas Lindqvist | We are fighting for total victory over the flood.\n\
         Aiko Tanaka | The ferry timetable changes in spring.\n",
    );
    lib
}

fn texts(json: &serde_json::Value) -> Vec<String> {
    json["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["text"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn a_typo_finds_the_quote_with_highlights_score_and_the_listing_fields() {
    let lib = seeded();
    let json = lib.json(&["search", "harbuor rebuilt"]);
    assert_eq!(
        texts(&json),
        ["We will not rest until the harbour is rebuilt."]
    );
    let q = &json["quotes"][0];
    assert_eq!(q["speaker"], "Maria Okafor");
    assert_eq!(q["outlet"], "Harbour Gazette");
    assert!(q["score"].as_i64().unwrap() > 0);
    let text = q["text"].as_str().unwrap();
    let marked: Vec<&str> = q["highlights"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| &text[r[0].as_u64().unwrap() as usize..r[1].as_u64().unwrap() as usize])
        .collect();
    assert_eq!(marked, ["harbour", "rebuilt"]);
    assert_eq!(json["total"], 1);
    assert_eq!(json["approximate"], false);
    assert_eq!(q["match"]["matched_words"], 2);
    assert_eq!(q["match"]["query_words"], 2);
    assert_eq!(q["match"]["edits"], 1);
    assert_eq!(q["match"]["explanation"], "matched every word, 1 edit");
}

#[test]
fn a_misremembered_word_falls_back_to_the_quote_without_it_and_says_so() {
    let lib = seeded();
    let json = lib.json(&["search", "harbour of rebuilt"]);
    assert_eq!(
        texts(&json),
        ["We will not rest until the harbour is rebuilt."]
    );
    let why = &json["quotes"][0]["match"];
    assert_eq!(why["matched_words"], 2);
    assert_eq!(why["query_words"], 3);
    assert_eq!(why["explanation"], "matched 2 of 3 words");
}

#[test]
fn the_exact_phrase_ranks_first_and_filters_narrow() {
    let lib = seeded();
    let json = lib.json(&["search", "total", "victory"]);
    assert_eq!(
        texts(&json)[0],
        "We are fighting for total victory over the flood."
    );
    assert_eq!(texts(&json).len(), 2);
    let json = lib.json(&["search", "total victory", "--outlet", "harbour"]);
    assert_eq!(
        texts(&json),
        ["It was total, it was a victory, and it was ours."]
    );
    let json = lib.json(&[
        "search",
        "victory",
        "--from",
        "2024-02-01",
        "--speaker",
        "lindqvist",
    ]);
    assert_eq!(
        texts(&json),
        ["We are fighting for total victory over the flood."]
    );
    let json = lib.json(&["search", "\"total victory\""]);
    assert_eq!(texts(&json).len(), 1);
}

#[test]
fn the_table_is_plain_when_piped_and_timing_goes_to_stderr() {
    let lib = seeded();
    let out = lib
        .cmd()
        .args(["search", "fery timetable"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("The ferry timetable changes in spring."),
        "{stdout}"
    );
    assert!(!stdout.contains('\x1b'), "no escape codes when piped");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains(" ms"), "{stderr}");
    assert!(lib.ok(&["search", "zeppelin"]).contains("no quotes match"));
}

#[test]
fn a_later_write_is_found_by_the_next_search_from_the_saved_index() {
    let lib = seeded();
    lib.ok(&["search", "harbour"]);
    assert!(lib.path("library.sqlite3-search").exists());
    add(
        &lib,
        "Weekly",
        "2024-03-01",
        "Grace Hopper | Every school gets a new library.\n",
    );
    let out = lib
        .cmd()
        .args(["search", "scool library", "--format", "json"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(texts(&json), ["Every school gets a new library."]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("changed quotes applied"));
}

#[test]
fn a_bad_date_in_the_query_is_a_clear_error() {
    let lib = seeded();
    let out = lib
        .cmd()
        .args(["search", "harbour from:someday"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("\"someday\" is not a date"));
}

#[test]
fn an_empty_query_lists_the_newest_quotes() {
    let lib = seeded();
    let json = lib.json(&["search", "--limit", "1"]);
    assert_eq!(json["quotes"].as_array().unwrap().len(), 1);
    assert_eq!(json["total"], 4);
    assert_eq!(json["quotes"][0]["outlet"], "Daily Ledger");
}

#[test]
fn quotes_and_search_read_an_outlet_by_word_beginnings_alike() {
    let lib = seeded();
    let listed = lib.ok(&["quotes", "--outlet", "harb gaz"]);
    assert!(
        listed.contains("Maria Okafor") && !listed.contains("Aiko Tanaka"),
        "{listed}"
    );
    let json = lib.json(&["search", "outlet:\"harb gaz\""]);
    assert_eq!(json["total"], 2);
    let json = lib.json(&["search", "--outlet", "gazette harb"]);
    assert_eq!(json["total"], 2);
    assert!(!lib
        .ok(&["quotes", "--outlet", "arbour"])
        .contains("Maria Okafor"));
}

#[test]
fn a_typo_and_a_word_being_typed_are_highlighted_whole() {
    let lib = seeded();
    let json = lib.json(&["search", "fery timet"]);
    let q = &json["quotes"][0];
    let text = q["text"].as_str().unwrap();
    let marked: Vec<&str> = q["highlights"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| &text[r[0].as_u64().unwrap() as usize..r[1].as_u64().unwrap() as usize])
        .collect();
    assert_eq!(marked, ["ferry", "timetable"]);
}

/// Runs a JSON search, returning the quotes' texts and what stderr said.
fn search_json(lib: &Lib, query: &str) -> (Vec<String>, String) {
    let out = lib
        .cmd()
        .args(["search", query, "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    (
        texts(&json),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn an_import_is_layered_over_the_saved_index_which_damage_still_rebuilds() {
    let lib = Lib::new();
    lib.ok(&["import", s(&fixture("harbour-bridge.txt"))]);
    lib.ok(&["search", "harbour"]);
    let index = lib.path("library.sqlite3-search");
    let saved = std::fs::read(&index).unwrap();

    // The next search after an import finds its quotes without rewriting
    // (or copying) the saved index: they are layered over it.
    lib.ok(&["import", s(&fixture("ferry-strike.md"))]);
    let (found, said) = search_json(&lib, "patiense run out");
    assert_eq!(found, ["Patience has run out."], "{said}");
    assert!(said.contains("layered over it"), "{said}");
    let (found, _) = search_json(&lib, "first cars cross");
    assert_eq!(found, ["We expect the first cars to cross on April 2,"]);
    assert_eq!(std::fs::read(&index).unwrap(), saved, "left as it was");

    // A flipped byte in a quote's text the query reads: caught by the
    // block's checksum, the index rebuilt, the answer still right.
    let mut damaged = saved.clone();
    let at = damaged
        .windows(5)
        .position(|w| w == b"first")
        .expect("quote texts are stored as they are");
    damaged[at] = b'X';
    std::fs::write(&index, &damaged).unwrap();
    let (found, _) = search_json(&lib, "first cars cross");
    assert_eq!(found, ["We expect the first cars to cross on April 2,"]);
    let (found, said) = search_json(&lib, "patience");
    assert_eq!(found, ["Patience has run out."]);
    assert!(said.contains("(index of"), "{said}");
    assert_ne!(std::fs::read(&index).unwrap(), damaged, "rebuilt and saved");

    // A file cut short is refused at open and rebuilt.
    let whole = std::fs::read(&index).unwrap();
    std::fs::write(&index, &whole[..whole.len() / 2]).unwrap();
    let (found, said) = search_json(&lib, "patience");
    assert_eq!(found, ["Patience has run out."]);
    assert!(said.contains("built: the saved index"), "{said}");
}
