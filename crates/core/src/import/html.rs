//! HTML pages: the article body without navigation, menus, asides or
//! scripts, and the metadata pages carry in `<meta>` tags, JSON-LD, `<time>`
//! and the canonical link.

use std::sync::LazyLock;

use ego_tree::NodeRef;
use scraper::{ElementRef, Html, Node, Selector};
use serde_json::Value;

use super::{dates, wire};
use crate::model::{Article, ArticleMeta};

fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("selectors in this file are valid")
}

static BODY_ROOTS: LazyLock<Vec<Selector>> = LazyLock::new(|| {
    [
        "[itemprop=articleBody]",
        "article",
        "[role=main]",
        "main",
        "body",
    ]
    .iter()
    .map(|s| selector(s))
    .collect()
});
static JSON_LD: LazyLock<Selector> =
    LazyLock::new(|| selector(r#"script[type="application/ld+json"]"#));
static META: LazyLock<Selector> = LazyLock::new(|| selector("meta[content]"));
static CANONICAL: LazyLock<Selector> = LazyLock::new(|| selector(r#"link[rel~="canonical"]"#));
static TITLE: LazyLock<Selector> = LazyLock::new(|| selector("title"));
static H1: LazyLock<Selector> = LazyLock::new(|| selector("h1"));
static TIME: LazyLock<Selector> = LazyLock::new(|| selector("time"));

/// Never part of the article's text.
const SKIPPED: &[&str] = &[
    "nav",
    "header",
    "footer",
    "aside",
    "script",
    "style",
    "noscript",
    "form",
    "button",
    "svg",
    "iframe",
    "template",
    "figure",
    "figcaption",
    "select",
    "menu",
    "dialog",
    "object",
    "video",
    "audio",
    "canvas",
];

/// Elements that end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "blockquote",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "br",
    "hr",
    "address",
];

pub(super) fn parse(content: &str) -> Article {
    let doc = Html::parse_document(content);
    let mut meta = ArticleMeta::default();
    let ld = json_ld_article(&doc);
    read_meta_tags(&doc, &mut meta);
    if let Some(ld) = &ld {
        read_json_ld(ld, &mut meta);
    }
    read_fallbacks(&doc, &mut meta);

    let mut text = body_text(&doc);
    if text.trim().is_empty() {
        // Some pages render the body with scripts and keep it only in JSON-LD.
        if let Some(body) = ld
            .as_ref()
            .and_then(|v| v.get("articleBody"))
            .and_then(Value::as_str)
        {
            text = body.trim().to_string();
        }
    }
    if meta.wire.is_none() {
        meta.wire = wire::detect(&text, meta.byline.as_deref());
    }
    Article { text, meta }
}

fn set(slot: &mut Option<String>, value: &str) {
    let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
    if slot.is_none() && !value.is_empty() {
        *slot = Some(value);
    }
}

fn read_meta_tags(doc: &Html, meta: &mut ArticleMeta) {
    for el in doc.select(&META) {
        let key = el
            .attr("property")
            .or_else(|| el.attr("name"))
            .or_else(|| el.attr("itemprop"))
            .unwrap_or("")
            .to_ascii_lowercase();
        let value = el.attr("content").unwrap_or("");
        match key.as_str() {
            "og:title" | "twitter:title" | "headline" => set(&mut meta.title, value),
            "og:site_name" | "application-name" | "publisher" => set(&mut meta.outlet, value),
            "og:url" => set(&mut meta.url, value),
            // Some sites put a profile URL here; a name has no slashes.
            "author" | "article:author" | "byl" | "sailthru.author" | "dc.creator"
                if !value.contains('/') =>
            {
                set(
                    &mut meta.byline,
                    value.trim_start_matches("By ").trim_start_matches("by "),
                )
            }
            "article:published_time"
            | "datepublished"
            | "date"
            | "pubdate"
            | "publish-date"
            | "dc.date"
            | "dc.date.issued"
            | "sailthru.date"
            | "parsely-pub-date"
                if meta.published.is_none() =>
            {
                meta.published = dates::find_date(value);
            }
            _ => {}
        }
    }
    if let Some(link) = doc.select(&CANONICAL).next().and_then(|l| l.attr("href")) {
        // The canonical link names the article better than og:url.
        meta.url = None;
        set(&mut meta.url, link);
    }
}

/// The JSON-LD object describing the article (a NewsArticle, an Article...).
fn json_ld_article(doc: &Html) -> Option<Value> {
    let mut candidates = Vec::new();
    for script in doc.select(&JSON_LD) {
        let raw: String = script.text().collect();
        let Ok(value) = serde_json::from_str::<Value>(raw.trim()) else {
            continue; // broken JSON-LD is common and costs only itself
        };
        collect_ld(value, &mut candidates);
    }
    candidates.into_iter().find(|v| {
        let kind = v.get("@type").map(|t| t.to_string()).unwrap_or_default();
        kind.contains("Article") || kind.contains("BlogPosting") || v.get("headline").is_some()
    })
}

fn collect_ld(value: Value, out: &mut Vec<Value>) {
    match value {
        Value::Array(items) => items.into_iter().for_each(|v| collect_ld(v, out)),
        Value::Object(mut map) => {
            if let Some(graph) = map.remove("@graph") {
                collect_ld(graph, out);
            }
            out.push(Value::Object(map));
        }
        _ => {}
    }
}

/// A name from a JSON-LD person or organisation (or a list of them).
fn ld_name(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Object(o) => o.get("name").and_then(Value::as_str).map(str::to_string),
        Value::Array(items) => {
            let names: Vec<String> = items.iter().filter_map(ld_name).collect();
            (!names.is_empty()).then(|| names.join(", "))
        }
        _ => None,
    }
}

fn read_json_ld(ld: &Value, meta: &mut ArticleMeta) {
    if let Some(h) = ld.get("headline").and_then(Value::as_str) {
        set(&mut meta.title, h);
    }
    if let Some(name) = ld.get("publisher").and_then(ld_name) {
        set(&mut meta.outlet, &name);
    }
    if let Some(name) = ld.get("author").and_then(ld_name) {
        set(&mut meta.byline, &name);
    }
    if let Some(url) = ld.get("url").and_then(Value::as_str) {
        set(&mut meta.url, url);
    }
    if meta.published.is_none() {
        meta.published = ld
            .get("datePublished")
            .or_else(|| ld.get("dateCreated"))
            .and_then(Value::as_str)
            .and_then(dates::find_date);
    }
}

fn read_fallbacks(doc: &Html, meta: &mut ArticleMeta) {
    if meta.title.is_none() {
        if let Some(h1) = doc.select(&H1).next() {
            set(&mut meta.title, &h1.text().collect::<String>());
        }
    }
    if meta.title.is_none() {
        if let Some(t) = doc.select(&TITLE).next() {
            set(&mut meta.title, &t.text().collect::<String>());
        }
    }
    if meta.published.is_none() {
        meta.published = doc.select(&TIME).find_map(|t| {
            t.attr("datetime")
                .and_then(dates::find_date)
                .or_else(|| dates::find_date(&t.text().collect::<String>()))
        });
    }
}

/// The text of the most specific article container, one paragraph per block,
/// separated by blank lines.
fn body_text(doc: &Html) -> String {
    for sel in BODY_ROOTS.iter() {
        // Pages may hold several <article> (teasers); take the longest.
        let best = doc
            .select(sel)
            .map(|root| {
                let mut paragraphs = Vec::new();
                let mut current = String::new();
                walk(*root, &mut current, &mut paragraphs);
                flush(&mut current, &mut paragraphs);
                paragraphs.join("\n\n")
            })
            .max_by_key(String::len);
        if let Some(text) = best.filter(|t| !t.trim().is_empty()) {
            return text;
        }
    }
    String::new()
}

fn flush(current: &mut String, paragraphs: &mut Vec<String>) {
    let p = current.split_whitespace().collect::<Vec<_>>().join(" ");
    if !p.is_empty() {
        paragraphs.push(p);
    }
    current.clear();
}

fn walk(node: NodeRef<Node>, current: &mut String, paragraphs: &mut Vec<String>) {
    for child in node.children() {
        match child.value() {
            Node::Text(t) => current.push_str(t),
            Node::Element(_) => {
                let Some(el) = ElementRef::wrap(child) else {
                    continue;
                };
                let name = el.value().name();
                if SKIPPED.contains(&name) || el.attr("hidden").is_some() {
                    continue;
                }
                let block = BLOCKS.contains(&name);
                if block {
                    flush(current, paragraphs);
                }
                walk(child, current, paragraphs);
                if block {
                    flush(current, paragraphs);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head>
        <title>Tides | Coast Weekly</title>
        <meta property="og:site_name" content="Coast Weekly">
        <meta property="og:title" content="Tides turn early">
        <meta name="author" content="Mara Quist">
        <link rel="canonical" href="https://coast.example/tides">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2024-01-05T08:00:00Z"}</script>
        </head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <header><h1>Tides turn early</h1></header>
        <article><p>The tide came in &ldquo;two hours early,&rdquo; the harbour master said.</p>
        <figure><img src="x.jpg"><figcaption>A boat at dawn.</figcaption></figure>
        <p>Second <b>paragraph</b> here.</p><aside>Related: other news</aside></article>
        <footer>Copyright</footer><script>var x = 1;</script></body></html>"#;

    #[test]
    fn the_body_without_navigation_and_the_metadata() {
        let a = parse(PAGE);
        assert_eq!(
            a.text,
            "The tide came in \u{201C}two hours early,\u{201D} the harbour master said.\n\nSecond paragraph here."
        );
        assert_eq!(a.meta.title.as_deref(), Some("Tides turn early"));
        assert_eq!(a.meta.outlet.as_deref(), Some("Coast Weekly"));
        assert_eq!(a.meta.byline.as_deref(), Some("Mara Quist"));
        assert_eq!(a.meta.url.as_deref(), Some("https://coast.example/tides"));
        assert_eq!(a.meta.published, Some("2024-01-05".parse().unwrap()));
    }

    #[test]
    fn a_time_element_gives_the_date_and_broken_html_still_reads() {
        let a = parse("<html><body><time datetime=\"2023-05-02\">May 2</time><p>Open <i>tag never closed<p>Next");
        assert_eq!(a.meta.published, Some("2023-05-02".parse().unwrap()));
        assert!(a.text.contains("Open tag never closed"), "{}", a.text);
        assert!(a.text.contains("Next"));
    }

    #[test]
    fn json_ld_graph_with_publisher_and_authors() {
        let a = parse(
            r#"<html><head><script type="application/ld+json">
            {"@graph":[{"@type":"WebSite"},{"@type":["NewsArticle"],"headline":"Ferry late",
            "publisher":{"@type":"Organization","name":"Isle Post"},
            "author":[{"name":"A. Bell"},{"name":"C. Dunn"}],"datePublished":"2022-11-30"}]}
            </script></head><body><p>Body (Reuters) text.</p></body></html>"#,
        );
        assert_eq!(a.meta.title.as_deref(), Some("Ferry late"));
        assert_eq!(a.meta.outlet.as_deref(), Some("Isle Post"));
        assert_eq!(a.meta.byline.as_deref(), Some("A. Bell, C. Dunn"));
        assert_eq!(a.meta.published, Some("2022-11-30".parse().unwrap()));
        assert_eq!(a.meta.wire.as_deref(), Some("Reuters"));
    }
}
