//! Arbitrary and HTML-like bytes (broken tags, nested tables, entities,
//! invalid UTF-8, byte-order marks, declared legacy encodings) never make the
//! reader or the importer panic; every quote's offsets fall on character
//! boundaries inside its article's text; importing the same input twice adds
//! nothing. (The extractor has its own properties in quotebook-extract.)

use std::path::Path;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use quotebook_core::import::{read_bytes, Format};
use quotebook_core::store::{ImportStatus, Library, QuoteFilter};

fn piece() -> impl Strategy<Value = Vec<u8>> {
    let fixed: Vec<&'static [u8]> = vec![
        b"<html>",
        b"<head><title>Harbour news</title>",
        b"<meta charset=\"windows-1252\">",
        b"<meta charset=\"shift_jis\">",
        b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">",
        b"<meta charset=\"utf-16\">",
        b"<meta property=\"og:site_name\" content=\"Coast &amp; Weekly\">",
        b"<link rel=\"canonical\" href=\"https://coast.example/a?id=1&amp;utm_source=x\">",
        b"</head><body>",
        b"<article>",
        b"</article>",
        b"<p>",
        b"</p>",
        b"<div>",
        b"</div>",
        b"<table><tr><td>",
        b"</td></tr></table>",
        b"<b>",
        b"</i>",
        b"<br/>",
        b"<script>var a = '<p>';</script>",
        b"<style>p{}</style>",
        b"<!-- comment <p> -->",
        b"<!--",
        b"-->",
        b"<![CDATA[x]]>",
        b"<",
        b">",
        b"</",
        b"<p class=\"x",
        b"=\"",
        b"&amp;",
        b"&nbsp;",
        b"&ldquo;",
        b"&rdquo;",
        b"&#8220;",
        b"&#x201D;",
        b"&#0;",
        b"&#xD800;",
        b"&#99999999;",
        b"&bogus;",
        b"&",
        b"\"",
        b"\xe2\x80\x9c",
        b"\xe2\x80\x9d",
        b"\x93",
        b"\x94",
        b"\xff\xfe",
        b"\xfe\xff",
        b"\xef\xbb\xbf",
        b"\xc3\x28",
        b"\xe2\x82",
        b"\xf0\x9f\x98",
        b"\x80",
        b"\x00",
        b"\x1b]0;title\x07",
        b"\r\n",
        b"\n\n",
        b" said Ann Lee",
        b", the mayor said on Wednesday.",
        b"\"We will rebuild,\" Mayor Dana Whitfield said. ",
        b"according to the minister",
    ];
    let fixed = proptest::sample::select(fixed).prop_map(|b| b.to_vec());
    prop_oneof![
        8 => fixed,
        1 => (0usize..60, proptest::sample::select(vec!["<div>", "<table><tr><td>", "<span><b>", "<ul><li>"]))
            .prop_map(|(n, tag)| tag.repeat(n).into_bytes()),
        1 => prop::collection::vec(any::<u8>(), 0..24),
        1 => any::<String>().prop_map(String::into_bytes),
    ]
}

/// Bytes built from HTML-ish pieces, or arbitrary bytes.
fn page_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        4 => prop::collection::vec(piece(), 0..48).prop_map(|v| v.concat()),
        1 => prop::collection::vec(any::<u8>(), 0..512),
    ]
}

/// Every quote of `text` lies inside it, on character boundaries, and is the
/// text it says it is.
fn check_offsets(text: &str, start: usize, end: usize, quote: &str) {
    assert!(
        start <= end && end <= text.len(),
        "{start}..{end} of {}",
        text.len()
    );
    assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
    assert_eq!(&text[start..end], quote);
}

fn read_every_way(bytes: &[u8]) {
    for format in [
        Some(Format::Html),
        Some(Format::Text),
        Some(Format::Markdown),
        None,
    ] {
        match read_bytes("page.html", bytes, format) {
            Ok(article) => {
                assert!(!article.text.trim().is_empty());
                for q in
                    quotebook_core::extract::extract_quotes(&article.text, article.meta.published)
                {
                    check_offsets(&article.text, q.start, q.end, &q.text);
                    assert!(q.paragraph_start <= q.start && q.paragraph_end <= article.text.len());
                    assert!(article.text.is_char_boundary(q.paragraph_start));
                    assert!(article.text.is_char_boundary(q.paragraph_end));
                }
            }
            // Refusals name the input.
            Err(e) => assert!(e.to_string().contains("page.html"), "{e}"),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn the_reader_never_panics_and_offsets_stay_on_boundaries(bytes in page_bytes()) {
        read_every_way(&bytes);
    }
}

/// Imports `bytes` (read as HTML and as text) into the library at `db`
/// twice: the second import adds nothing.
fn import_twice(db: &Path, bytes: &[u8]) {
    let mut library = Library::open(db).unwrap();
    for format in [Format::Html, Format::Text] {
        let Ok(article) = read_bytes("page.html", bytes, Some(format)) else {
            continue;
        };
        let first = match library.import_article(&article) {
            Ok(outcome) => outcome,
            Err(e) => {
                // Only a named limit may refuse an article that was read.
                assert!(e.to_string().contains("limit"), "{e}");
                continue;
            }
        };
        let stored = library.article(first.article_id).unwrap();
        let quotes: Vec<_> = library
            .quotes(&QuoteFilter::default())
            .unwrap()
            .into_iter()
            .filter(|q| q.article_id == first.article_id && q.present)
            .collect();
        for q in &quotes {
            check_offsets(&stored.text, q.quote.start, q.quote.end, &q.quote.text);
        }
        let before = (
            library.article_count().unwrap(),
            library.quote_count().unwrap(),
        );
        let again = library.import_article(&article).unwrap();
        assert_eq!(again.status, ImportStatus::Unchanged);
        assert_eq!((again.article_id, again.quotes_new), (first.article_id, 0));
        let after = (
            library.article_count().unwrap(),
            library.quote_count().unwrap(),
        );
        assert_eq!(after, before, "the second import added something");
    }
}

#[test]
fn importing_arbitrary_pages_twice_adds_nothing_the_second_time() {
    // Each case imports into a fresh copy of one new library (opening a new
    // one runs every migration; a copy is ready at once).
    let dir = tempfile::tempdir().unwrap();
    let template = dir.path().join("template.sqlite3");
    drop(Library::open(&template).unwrap());
    let mut runner = TestRunner::new(Config::with_cases(48));
    let case = std::cell::Cell::new(0);
    runner
        .run(&page_bytes(), |bytes| {
            case.set(case.get() + 1);
            let db = dir.path().join(format!("case-{}.sqlite3", case.get()));
            std::fs::copy(&template, &db).unwrap();
            import_twice(&db, &bytes);
            let _ = std::fs::remove_file(&db);
            Ok(())
        })
        .unwrap();
}
