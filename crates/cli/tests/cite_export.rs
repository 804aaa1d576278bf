//! `quotebook cite` and `quotebook export`, the real binary on a real library
//! file. The library is filled through quotebook-core's store with quotes
//! written for these tests (the extractor is not what is under test here).

use assert_cmd::Command;
use chrono::NaiveDate;
use predicates::prelude::*;
use quotebook_core::store::{Library, QuoteFilter};
use quotebook_core::{Article, ArticleMeta, ExtractedQuote, QuoteKind};

const SEED_QUOTE: &str =
    "Caving in to the delusional demands of Hamas will result in another massacre.";

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn quote_in(text: &str, words: &str) -> ExtractedQuote {
    let start = text.find(words).unwrap();
    ExtractedQuote {
        text: words.to_string(),
        start,
        end: start + words.len(),
        kind: QuoteKind::Direct,
        speaker: None,
        speaker_kind: None,
        speaker_mention: None,
        role: None,
        date: None,
        venue: None,
        cue: Some("said".into()),
        confidence: 0.9,
        paragraph_start: 0,
        paragraph_end: 0,
    }
}

/// Two articles: one carrying the issue's seed quote (China Daily crediting
/// Xinhua), one from another outlet.
fn library(dir: &tempfile::TempDir) -> std::path::PathBuf {
    let path = dir.path().join("library.sqlite3");
    let mut lib = Library::open(&path).unwrap();
    let text = format!(
        "JERUSALEM, Feb. 7 (Xinhua) -- \"{SEED_QUOTE}\" the prime minister told reporters."
    );
    let seed = Article {
        text: text.clone(),
        meta: ArticleMeta {
            title: Some("Israeli PM rejects ceasefire terms".into()),
            outlet: Some("China Daily".into()),
            wire: Some("Xinhua".into()),
            url: Some("https://example.com/world/ceasefire".into()),
            byline: None,
            published: Some(day(2024, 2, 8)),
            source_path: None,
        },
    };
    lib.import_article_with(&seed, |t, _| {
        vec![ExtractedQuote {
            speaker: Some("Benjamin Netanyahu".into()),
            role: Some("Israeli Prime Minister".into()),
            date: Some(day(2024, 2, 7)),
            venue: Some("press conference in Jerusalem".into()),
            ..quote_in(t, SEED_QUOTE)
        }]
    })
    .unwrap();
    let other_text = "\"Who will pay for the new quay?\" asked Helena Marsh.".to_string();
    let other = Article {
        text: other_text,
        meta: ArticleMeta {
            title: Some("Harbour plans, costs unclear".into()),
            outlet: Some("The Solent Courier".into()),
            byline: Some("By Tom Avery".into()),
            published: Some(day(2026, 3, 5)),
            ..ArticleMeta::default()
        },
    };
    lib.import_article_with(&other, |t, _| {
        vec![ExtractedQuote {
            speaker: Some("Helena Marsh".into()),
            ..quote_in(t, "Who will pay for the new quay?")
        }]
    })
    .unwrap();
    path
}

fn quotebook(db: &std::path::Path) -> Command {
    let mut cmd = Command::cargo_bin("quotebook").unwrap();
    cmd.arg("--db").arg(db);
    cmd
}

fn seed_id(db: &std::path::Path) -> i64 {
    let lib = Library::open(db).unwrap();
    let filter = QuoteFilter {
        speaker: Some("netanyahu".into()),
        ..QuoteFilter::default()
    };
    lib.quotes(&filter).unwrap()[0].id
}

fn cite(db: &std::path::Path, style: &str, format: &str) -> String {
    let out = quotebook(db)
        .args(["cite", &seed_id(db).to_string(), "--style", style])
        .args(["--format", format, "--today", "2026-11-25"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn cite_prints_the_issues_ap_sentence_and_line_for_the_seed_quote() {
    let dir = tempfile::tempdir().unwrap();
    let db = library(&dir);
    assert_eq!(
        cite(&db, "ap", "text"),
        "“Caving in to the delusional demands of Hamas will result in another massacre,” \
         Israeli Prime Minister Benjamin Netanyahu said at a press conference in Jerusalem \
         on Feb. 7, 2024, Xinhua reported.\n"
    );
    assert_eq!(
        cite(&db, "line", "text"),
        "— Benjamin Netanyahu, Israeli Prime Minister, press conference, Feb. 7, 2024 \
         (China Daily/Xinhua, https://example.com/world/ceasefire)\n"
    );
}

#[test]
fn cite_prints_the_article_references() {
    let dir = tempfile::tempdir().unwrap();
    let db = library(&dir);
    assert_eq!(
        cite(&db, "apa", "text"),
        "Xinhua. (2024, February 8). Israeli PM rejects ceasefire terms. China Daily. \
         https://example.com/world/ceasefire\n"
    );
    assert_eq!(
        cite(&db, "mla", "text"),
        "Xinhua. “Israeli PM rejects ceasefire terms.” China Daily, 8 Feb. 2024, \
         example.com/world/ceasefire.\n"
    );
    assert_eq!(
        cite(&db, "chicago", "text"),
        "Xinhua, “Israeli PM rejects ceasefire terms,” China Daily, February 8, 2024, \
         https://example.com/world/ceasefire.\n\
         Xinhua. “Israeli PM rejects ceasefire terms.” China Daily, February 8, 2024. \
         https://example.com/world/ceasefire.\n"
    );
}

#[test]
fn cite_renders_html_and_markdown() {
    let dir = tempfile::tempdir().unwrap();
    let db = library(&dir);
    let html = cite(&db, "line", "html");
    assert!(
        html.contains(
            "(<i>China Daily</i>/Xinhua, <a href=\"https://example.com/world/ceasefire\">"
        ),
        "{html}"
    );
    let md = cite(&db, "line", "markdown");
    assert!(
        md.contains("(*China Daily*/Xinhua, <https://example.com/world/ceasefire>)"),
        "{md}"
    );
    let all = cite(&db, "all", "text");
    for label in [
        "ap: ",
        "line: ",
        "apa: ",
        "mla: ",
        "chicago-note: ",
        "chicago-bib: ",
    ] {
        assert!(all.contains(label), "{label} missing in {all}");
    }
}

#[test]
fn citing_a_quote_that_does_not_exist_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let db = library(&dir);
    quotebook(&db)
        .args(["cite", "999"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("quote 999 does not exist"));
}

#[test]
fn export_csv_of_a_filtered_selection_reads_back_intact() {
    let dir = tempfile::tempdir().unwrap();
    let db = library(&dir);
    let file = dir.path().join("quotes.csv");
    quotebook(&db)
        .args([
            "export",
            "--format",
            "csv",
            "--bom",
            "--outlet",
            "china daily",
            "-o",
        ])
        .arg(&file)
        .assert()
        .success()
        .stderr(predicate::str::contains("exported 1 quote to"));
    let bytes = std::fs::read(dir.path().join("quotes.csv")).unwrap();
    assert!(bytes.starts_with("\u{feff}".as_bytes()));
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let headers = reader.headers().unwrap().clone();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1);
    let text_col = headers.iter().position(|h| h == "text").unwrap();
    assert_eq!(&rows[0][text_col], SEED_QUOTE);
    let outlet_col = headers.iter().position(|h| h == "outlet").unwrap();
    assert_eq!(&rows[0][outlet_col], "China Daily");
}

#[test]
fn export_json_to_standard_output_is_the_library_listing() {
    let dir = tempfile::tempdir().unwrap();
    let db = library(&dir);
    let out = quotebook(&db)
        .args(["export", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let exported: Vec<quotebook_core::store::QuoteRecord> =
        serde_json::from_slice(&out.stdout).unwrap();
    let listed = Library::open(&db)
        .unwrap()
        .quotes(&QuoteFilter::default())
        .unwrap();
    assert_eq!(exported, listed);
}

#[test]
fn export_markdown_and_csl_json() {
    let dir = tempfile::tempdir().unwrap();
    let db = library(&dir);
    quotebook(&db)
        .args(["export", "--format", "markdown", "--speaker", "helena"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "> “Who will pay for the new quay?”",
        ))
        .stdout(predicate::str::contains("Netanyahu").not());
    let out = quotebook(&db)
        .args(["export", "--format", "csl-json", "--today", "2026-11-25"])
        .output()
        .unwrap();
    let items: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let items = items.as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert!(items.iter().all(|i| i["type"] == "article-newspaper"));
    assert_eq!(items[0]["author"][0]["literal"], "Xinhua");
}

#[test]
fn export_to_an_unwritable_place_names_the_file_and_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = library(&dir);
    let file = dir.path().join("no-such-folder/quotes.json");
    quotebook(&db)
        .args(["export", "--format", "json", "-o"])
        .arg(&file)
        .assert()
        .failure()
        .stderr(predicate::str::contains("no-such-folder/quotes.json"));
    assert!(!file.exists());
}

#[test]
fn export_rejects_an_unknown_status() {
    let dir = tempfile::tempdir().unwrap();
    let db = library(&dir);
    quotebook(&db)
        .args(["export", "--format", "csv", "--status", "maybe"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("`maybe` is not a status"));
}
