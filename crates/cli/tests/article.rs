//! `quotebook article ID` shows what import stored for a saved web page: its
//! metadata and the body text, without the page's clutter.

mod common;

use common::{s, Lib};

const PAGE: &str = r#"<!doctype html><html lang="en"><head><meta charset="windows-1252">
<title>Harbour reopens - Coast Weekly</title>
<meta property="og:site_name" content="Coast Weekly">
<script type="application/ld+json">//<![CDATA[
{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour reopens",
 "author":{"@type":"Person","name":"Mara Quist"},"datePublished":"2024-01-05T08:00:00Z",
 "dateModified":"2024-02-01T08:00:00Z"}
//]]></script></head><body>
<nav><a href="/">Home</a><a href="/news">News</a></nav>
<article><h1>Harbour reopens</h1>
<p>The harbour reopened on Friday after three weeks of repairs to the sea wall, the port authority said in a statement.</p>
<figure><img src="x.jpg"><figcaption>Boats return to the harbour. Photo: Staff</figcaption></figure>
<p>"We are glad to see the boats back," said harbour master Jon Café, who has worked at the port for twenty years.</p>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">"Storm," says mayor</a></li></ul></aside>
<p>Repairs cost the town more than two million pounds, according to figures released by the council this week.</p>
</article><footer>Copyright Coast Weekly</footer></body></html>"#;

#[test]
fn an_imported_page_shows_its_metadata_and_clean_text() {
    let lib = Lib::new();
    let page = lib.path("harbour.html");
    // Windows-1252 bytes: the é of "Café" is the single byte 0xE9.
    let bytes: Vec<u8> = PAGE
        .chars()
        .map(|c| if c == '\u{e9}' { 0xE9 } else { c as u8 })
        .collect();
    std::fs::write(&page, bytes).unwrap();
    lib.ok(&["import", s(&page)]);

    let article = lib.json(&["article", "1"]);
    assert_eq!(article["meta"]["title"], "Harbour reopens");
    assert_eq!(article["meta"]["outlet"], "Coast Weekly");
    assert_eq!(article["meta"]["byline"], "Mara Quist");
    assert_eq!(article["meta"]["published"], "2024-01-05");
    let text = article["text"].as_str().unwrap();
    assert!(text.contains("harbour master Jon Café"), "{text}");
    assert_eq!(text.split("\n\n").count(), 3, "three paragraphs: {text}");
    for clutter in ["Home", "Boats return", "Related", "Storm", "Copyright"] {
        assert!(
            !text.contains(clutter),
            "{clutter:?} is not body text: {text}"
        );
    }

    let plain = lib.ok(&["article", "1"]);
    assert!(plain.contains("title:     Harbour reopens"), "{plain}");
    assert!(plain.contains("The harbour reopened on Friday"), "{plain}");
}

#[test]
fn an_unknown_article_is_an_error() {
    let lib = Lib::new();
    let out = lib.cmd().args(["article", "42"]).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("42"));
}
