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
         Israeli Prime Minister Benjamin Netanyahu said Feb. 7, 2024, at a news conference \
         in Jerusalem, Xinhua reported.\n"
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
        "Xinhua. “Israeli PM Rejects Ceasefire Terms.” China Daily, 8 Feb. 2024, \
         https://example.com/world/ceasefire.\n"
    );
    assert_eq!(
        cite(&db, "chicago", "text"),
        "Xinhua, “Israeli PM Rejects Ceasefire Terms,” China Daily, February 8, 2024, \
         https://example.com/world/ceasefire.\n\n\
         Xinhua. “Israeli PM Rejects Ceasefire Terms.” China Daily, February 8, 2024. \
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

/// The project's seed article (tests/fixtures/seed), imported by the real
/// binary with the real extractor; the id of its "Caving in" quote.
fn import_seed(dir: &tempfile::TempDir) -> (std::path::PathBuf, i64) {
    let db = dir.path().join("seed.sqlite3");
    let seed = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/seed/xinhua-netanyahu.txt");
    quotebook(&db).arg("import").arg(&seed).assert().success();
    let lib = Library::open(&db).unwrap();
    let id = lib
        .quotes(&QuoteFilter::default())
        .unwrap()
        .into_iter()
        .find(|q| q.quote.text.starts_with("Caving in"))
        .expect("the extractor finds the seed quote")
        .id;
    (db, id)
}

fn cite_on(db: &std::path::Path, id: i64, today: &str) -> String {
    let out = quotebook(db)
        .args(["cite", &id.to_string(), "--style", "ap", "--today", today])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_seed_article_gives_the_issues_ap_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let (db, id) = import_seed(&dir);
    assert_eq!(
        cite_on(&db, id, "2024-03-01"),
        "“Caving in to the delusional demands of Hamas will result in another massacre,” \
         Israeli Prime Minister Benjamin Netanyahu said Feb. 7 at a news conference, \
         Xinhua reported.\n"
    );
    assert!(
        cite_on(&db, id, "2024-02-08").contains("Benjamin Netanyahu said Wednesday at a"),
        "within a week AP names the weekday"
    );
}

#[test]
fn a_bundled_style_is_named_and_a_csl_file_given_by_path() {
    let dir = tempfile::tempdir().unwrap();
    let db = library(&dir);
    let id = seed_id(&db).to_string();
    let by_name = |style: &str| {
        let out = quotebook(&db)
            .args(["cite", &id, "--style", style, "--today", "2026-11-25"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{style}: {out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    // A style hayagriva bundles, beyond our own three.
    assert!(by_name("ieee").contains("Israeli PM rejects ceasefire terms"));
    // A house style is any independent CSL file: here the official APA file
    // under another name gives what `--style apa` gives.
    let house = dir.path().join("house.csl");
    let apa =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/src/cite/styles/apa.csl");
    std::fs::copy(&apa, &house).unwrap();
    assert_eq!(by_name(house.to_str().unwrap()), by_name("apa"));
    quotebook(&db)
        .arg("styles")
        .assert()
        .success()
        .stdout(predicate::str::contains("apa\tAPA Style 7th edition"))
        .stdout(predicate::str::contains("chicago\t"));
}

#[test]
fn an_unknown_style_or_a_bad_file_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let db = library(&dir);
    let id = seed_id(&db).to_string();
    quotebook(&db)
        .args(["cite", &id, "--style", "apa-99"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "unknown citation style \"apa-99\"",
        ));
    let missing = dir.path().join("missing.csl");
    quotebook(&db)
        .args(["cite", &id, "--style"])
        .arg(&missing)
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "missing.csl: cannot read the style file",
        ));
    let broken = dir.path().join("broken.csl");
    std::fs::write(
        &broken,
        "<style xmlns=\"http://purl.org/net/xbiblio/csl\"><info>",
    )
    .unwrap();
    quotebook(&db)
        .args(["cite", &id, "--style"])
        .arg(&broken)
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "broken.csl: not a valid CSL style",
        ));
}

#[test]
fn chicago_html_keeps_note_and_bibliography_apart() {
    let dir = tempfile::tempdir().unwrap();
    let db = library(&dir);
    let html = cite(&db, "chicago", "html");
    let paragraphs: Vec<&str> = html.trim_end().split('\n').collect();
    assert_eq!(paragraphs.len(), 2, "{html}");
    assert!(
        paragraphs
            .iter()
            .all(|p| p.starts_with("<p>") && p.ends_with("</p>")),
        "{html}"
    );
    let text = cite(&db, "chicago", "text");
    assert_eq!(text.trim_end().split("\n\n").count(), 2, "{text}");
}

/// An article whose title a spreadsheet would run as a formula.
fn library_with_a_formula(dir: &tempfile::TempDir) -> std::path::PathBuf {
    let path = dir.path().join("formula.sqlite3");
    let mut lib = Library::open(&path).unwrap();
    let text = "\"=1+1 is not a plan,\" said Helena Marsh.".to_string();
    let article = Article {
        text: text.clone(),
        meta: ArticleMeta {
            title: Some("=HYPERLINK(\"https://evil.example\",\"Click\")".into()),
            outlet: Some("@Harbour Daily".into()),
            ..ArticleMeta::default()
        },
    };
    lib.import_article_with(&article, |t, _| {
        vec![ExtractedQuote {
            speaker: Some("Helena Marsh".into()),
            ..quote_in(t, "=1+1 is not a plan,")
        }]
    })
    .unwrap();
    path
}

fn exported_row(db: &std::path::Path, extra: &[&str]) -> (csv::StringRecord, csv::StringRecord) {
    let file = db.with_extension("csv");
    quotebook(db)
        .args(["export", "--format", "csv", "-o"])
        .arg(&file)
        .args(extra)
        .assert()
        .success();
    let mut reader = csv::Reader::from_path(&file).unwrap();
    let headers = reader.headers().unwrap().clone();
    let row = reader.records().next().unwrap().unwrap();
    (headers, row)
}

#[test]
fn csv_export_guards_formulas_by_default() {
    let dir = tempfile::tempdir().unwrap();
    let db = library_with_a_formula(&dir);
    let (headers, row) = exported_row(&db, &[]);
    let col = |name: &str| &row[headers.iter().position(|h| h == name).unwrap()];
    assert_eq!(
        col("title"),
        "'=HYPERLINK(\"https://evil.example\",\"Click\")"
    );
    assert_eq!(col("text"), "'=1+1 is not a plan,");
    assert_eq!(col("outlet"), "'@Harbour Daily");
    // No cell of the file starts with a formula sign.
    assert!(row
        .iter()
        .all(|cell| !cell.starts_with(['=', '+', '-', '@'])));

    let (headers, row) = exported_row(&db, &["--no-guard-formulas"]);
    let title = &row[headers.iter().position(|h| h == "title").unwrap()];
    assert_eq!(title, "=HYPERLINK(\"https://evil.example\",\"Click\")");
}
