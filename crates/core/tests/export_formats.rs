//! Exports of a selection from a real library file: CSV and JSON read back
//! give the same quotes; Markdown and CSL-JSON as snapshots.

use chrono::NaiveDate;
use quotebook_core::cite::export::{
    csl_items, export, read_csv, read_json, write_csv, write_json, CsvOptions, ExportFormat,
    ExportOptions, Selection,
};
use quotebook_core::store::{Library, QuoteFilter, QuoteRecord};
use quotebook_core::{Article, ArticleMeta, ExtractedQuote, QuoteKind};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A quote of `text` found in `article_text`, with the given attribution.
fn quote_in(
    article_text: &str,
    text: &str,
    speaker: Option<&str>,
    role: Option<&str>,
    date: Option<NaiveDate>,
    venue: Option<&str>,
) -> ExtractedQuote {
    let start = article_text
        .find(text)
        .expect("the quote is in the article");
    ExtractedQuote {
        text: text.to_string(),
        start,
        end: start + text.len(),
        kind: QuoteKind::Direct,
        speaker: speaker.map(str::to_string),
        speaker_kind: None,
        speaker_mention: speaker.map(|s| s.split(' ').next_back().unwrap().to_string()),
        role: role.map(str::to_string),
        date,
        venue: venue.map(str::to_string),
        cue: Some("said".to_string()),
        confidence: 0.83,
        paragraph_start: 0,
        paragraph_end: 0,
    }
}

/// A library with two articles written for this test: commas, quote marks,
/// line breaks, accents and missing values in the fields.
fn library(dir: &tempfile::TempDir) -> Library {
    let mut lib = Library::open(&dir.path().join("library.sqlite3")).unwrap();
    let first = Article {
        text: "\"We will dredge, then build.\" Helena Marsh said.\n\
               \"Is the \"fund\" real?\" asked Zoë Ngũgĩ.\n\
               \"Talks continue\", a port official said."
            .to_string(),
        meta: ArticleMeta {
            title: Some("Harbour dredging to start before summer".into()),
            outlet: Some("The Solent Courier".into()),
            wire: Some("Channel Press Agency".into()),
            url: Some("https://courier.example/news/harbour".into()),
            byline: Some("By Tom Avery".into()),
            published: Some(day(2026, 3, 5)),
            source_path: None,
        },
    };
    lib.import_article_with(&first, |text, _| {
        vec![
            quote_in(
                text,
                "We will dredge, then build.",
                Some("Helena Marsh"),
                Some("Harbour Commissioner"),
                Some(day(2026, 3, 4)),
                Some("news conference in Portsmouth"),
            ),
            quote_in(
                text,
                "Is the \"fund\" real?",
                Some("Zoë Ngũgĩ"),
                None,
                None,
                None,
            ),
            quote_in(text, "Talks continue", None, None, None, Some("statement")),
        ]
    })
    .unwrap();
    let second = Article {
        text: "\"=SUM(A1:A9) is not a policy.\" Helena Marsh said on Tuesday.".to_string(),
        meta: ArticleMeta {
            title: None,
            outlet: Some("Ørsted Daily".into()),
            published: Some(day(2025, 12, 30)),
            ..ArticleMeta::default()
        },
    };
    lib.import_article_with(&second, |text, _| {
        vec![quote_in(
            text,
            "=SUM(A1:A9) is not a policy.",
            Some("Helena Marsh"),
            Some("Harbour Commissioner"),
            Some(day(2025, 12, 30)),
            None,
        )]
    })
    .unwrap();
    let ids: Vec<i64> = lib
        .quotes(&QuoteFilter::default())
        .unwrap()
        .iter()
        .map(|q| q.id)
        .collect();
    lib.dispute(ids[1], "Second source says \"fund\", not \"funds\"")
        .unwrap();
    lib
}

fn all(lib: &Library) -> Vec<QuoteRecord> {
    lib.quotes(&QuoteFilter::default()).unwrap()
}

#[test]
fn csv_reads_back_as_the_same_quotes() {
    let dir = tempfile::tempdir().unwrap();
    let lib = library(&dir);
    let quotes = all(&lib);
    assert_eq!(quotes.len(), 4);
    for bom in [false, true] {
        let mut buf = Vec::new();
        let options = CsvOptions {
            bom,
            guard_formulas: false,
        };
        write_csv(&quotes, options, &mut buf).unwrap();
        assert_eq!(buf.starts_with("\u{feff}".as_bytes()), bom);
        // The csv crate's own reader, with no help from ours.
        let mut reader = csv::Reader::from_reader(buf.as_slice());
        assert_eq!(reader.headers().unwrap().get(0), Some("id"));
        assert_eq!(reader.records().count(), 4);
        assert_eq!(read_csv(buf.as_slice()).unwrap(), quotes);
    }
}

#[test]
fn csv_is_rfc_4180() {
    let dir = tempfile::tempdir().unwrap();
    let quotes = all(&library(&dir));
    let mut buf = Vec::new();
    write_csv(&quotes, CsvOptions::default(), &mut buf).unwrap();
    let text = String::from_utf8(buf).unwrap();
    // Records end with CRLF; a field with a comma or a quote is quoted, and
    // its quotes doubled.
    assert!(text.contains("\r\n"));
    assert!(text.contains(",\"We will dredge, then build.\","), "{text}");
    assert!(text.contains("\"Is the \"\"fund\"\" real?\""), "{text}");
    // Line breaks inside a field stay inside the quoted field.
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    for record in reader.records() {
        assert_eq!(record.unwrap().len(), 21);
    }
}

#[test]
fn formula_guard_disarms_cells_a_spreadsheet_would_run_by_default() {
    let dir = tempfile::tempdir().unwrap();
    let quotes = all(&library(&dir));
    // The default options, through a real file read back by the csv crate.
    let path = dir.path().join("quotes.csv");
    write_csv(
        &quotes,
        CsvOptions::default(),
        std::fs::File::create(&path).unwrap(),
    )
    .unwrap();
    let mut reader = csv::Reader::from_path(&path).unwrap();
    for record in reader.records() {
        let record = record.unwrap();
        assert!(
            record.iter().all(|cell| !cell.starts_with(['=', '+', '@'])),
            "{record:?}"
        );
    }
    let buf = std::fs::read(&path).unwrap();
    let back = read_csv(buf.as_slice()).unwrap();
    let guarded: Vec<&str> = back.iter().map(|q| q.quote.text.as_str()).collect();
    assert!(
        guarded.contains(&"'=SUM(A1:A9) is not a policy."),
        "{guarded:?}"
    );
}

#[test]
fn json_reads_back_as_the_same_quotes_with_nulls_for_unknowns() {
    let dir = tempfile::tempdir().unwrap();
    let quotes = all(&library(&dir));
    let mut buf = Vec::new();
    write_json(&quotes, &mut buf).unwrap();
    assert_eq!(read_json(buf.as_slice()).unwrap(), quotes);
    // Plain serde, no helper of ours.
    let value: serde_json::Value = serde_json::from_slice(&buf).unwrap();
    let unnamed = value
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["text"] == "Talks continue")
        .unwrap();
    assert!(unnamed["speaker"].is_null());
    assert!(unnamed["date"].is_null());
    for key in [
        "id",
        "status",
        "title",
        "outlet",
        "url",
        "published",
        "start",
        "end",
    ] {
        assert!(unnamed.get(key).is_some(), "missing {key}");
    }
}

#[test]
fn a_filtered_selection_exports_only_its_quotes() {
    let dir = tempfile::tempdir().unwrap();
    let lib = library(&dir);
    let filter = QuoteFilter {
        speaker: Some("helena".into()),
        ..QuoteFilter::default()
    };
    let selection = Selection::load(&lib, &filter).unwrap();
    assert_eq!(selection.quotes.len(), 2);
    let mut buf = Vec::new();
    let options = ExportOptions {
        csv: CsvOptions::default(),
        today: day(2026, 11, 25),
    };
    export(&selection, ExportFormat::Csv, &options, &mut buf).unwrap();
    let back = read_csv(buf.as_slice()).unwrap();
    assert!(back
        .iter()
        .all(|q| q.quote.speaker.as_deref() == Some("Helena Marsh")));
    // Two quotes from two articles: two CSL records.
    assert_eq!(csl_items(&selection, day(2026, 11, 25)).len(), 2);
}

fn export_string(format: ExportFormat) -> String {
    let dir = tempfile::tempdir().unwrap();
    let lib = library(&dir);
    let selection = Selection::load(&lib, &QuoteFilter::default()).unwrap();
    let options = ExportOptions {
        csv: CsvOptions::default(),
        today: day(2026, 11, 25),
    };
    let mut buf = Vec::new();
    export(&selection, format, &options, &mut buf).unwrap();
    String::from_utf8(buf).unwrap()
}

#[test]
fn markdown_export() {
    insta::assert_snapshot!(export_string(ExportFormat::Markdown));
}

#[test]
fn csl_json_export() {
    let text = export_string(ExportFormat::CslJson);
    let items: Vec<quotebook_core::cite::CslItem> = serde_json::from_str(&text).unwrap();
    assert!(items.iter().all(|i| i.kind == "article-newspaper"));
    insta::assert_snapshot!(text);
}
