//! HTML pages: the article body (see `body`) and the metadata the page
//! declares or shows (see `meta`).

use scraper::Html;

use super::{body, meta, wire};
use crate::model::{Article, ArticleMeta};

pub(super) fn parse(content: &str) -> Article {
    let doc = Html::parse_document(content);
    let page = meta::read(&doc);
    let title = page.title.as_ref().map(|t| t.value.as_str());
    let mut text = body::body_text(content, &doc, title);
    if text.trim().is_empty() {
        // Some pages render the body with scripts and keep it only in JSON-LD.
        text = page.json_ld_body.clone().unwrap_or_default();
    }
    let mut meta = ArticleMeta {
        title: page.title.map(|f| f.value),
        outlet: page.outlet.map(|f| f.value),
        url: page.url.map(|f| f.value),
        byline: page.byline.map(|f| f.value),
        published: page.published.map(|f| f.value),
        ..ArticleMeta::default()
    };
    if meta.published.is_none() {
        // A dateline in the text ("WASHINGTON, Feb. 7, 2024 -"), read as the
        // extractor reads it, so `import` and `extract` agree.
        meta.published = crate::extract::publication_date(&text);
    }
    meta.wire = wire::detect(&text, meta.byline.as_deref());
    Article { text, meta }
}

/// A page's metadata with where each value was found.
pub(super) fn metadata(content: &str) -> meta::PageMeta {
    meta::read(&Html::parse_document(content))
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

    #[test]
    fn title_over_a_section_h1_without_the_site_suffix_and_no_application_name() {
        let a = parse(
            r#"<html><head><title>Pollen season starts early - BBC News</title>
            <meta name="application-name" content="BBC Web App">
            <meta property="og:site_name" content="BBC News">
            <link rel="canonical" href="https://www.bbc.co.uk/news/pollen">
            </head><body><h1>Allergies Health Center</h1><article><p>Pollen is early.</p></article></body></html>"#,
        );
        assert_eq!(a.meta.title.as_deref(), Some("Pollen season starts early"));
        assert_eq!(a.meta.outlet.as_deref(), Some("BBC News"));
        let b = parse(
            r#"<html><head><title>Pollen | Daily Gazette</title><meta name="application-name" content="Gazette App">
            </head><body><article><p>Text.</p></article></body></html>"#,
        );
        assert_eq!(
            b.meta.outlet, None,
            "application-name is an app, not an outlet"
        );
    }

    #[test]
    fn cdata_json_ld_and_the_published_date_never_the_modified_one() {
        let a = parse(
            r##"<html><head>
            <meta property="article:modified_time" content="2020-06-01T00:00:00Z">
            <script type="application/ld+json">/*<![CDATA[*/[
              {"@type":"NewsArticle","headline":"Other story","datePublished":"2011-01-01"},
              {"@type":"NewsArticle","headline":"Main story","articleBody":"Body.",
               "dateModified":"2020-06-01","datePublished":"2020-05-30",
               "author":{"@id":"#p1"}},
              {"@type":"Person","@id":"#p1","name":"Ines Mota"}]/*]]>*/</script>
            </head><body><p>Body.</p></body></html>"##,
        );
        assert_eq!(a.meta.title.as_deref(), Some("Main story"));
        assert_eq!(a.meta.byline.as_deref(), Some("Ines Mota"));
        assert_eq!(a.meta.published, Some("2020-05-30".parse().unwrap()));
        let b = parse(
            r#"<html><head><meta property="article:modified_time" content="2020-06-01">
            <meta property="article:published" content="Fri Mar 13 21:30:09 EST 2015">
            </head><body><p>x</p></body></html>"#,
        );
        assert_eq!(b.meta.published, Some("2015-03-13".parse().unwrap()));
        let c = parse(
            r#"<html><head><meta property="article:modified_time" content="2020-06-01"></head>
            <body><p>Only an update time.</p></body></html>"#,
        );
        assert_eq!(c.meta.published, None);
    }

    #[test]
    fn the_visible_byline_and_dateline_when_nothing_is_declared() {
        let a = parse(
            r#"<html><body><article><h1>Rain</h1>
            <div class="article-byline">By <a href="/staff/sam">Sam Reyes</a></div>
            <time class="updated" datetime="2019-01-09">Updated</time>
            <p class="dateline">发布时间：2016年10月14日</p>
            <p>It rained.</p></article>
            <aside class="sidebar"><span class="author">Other Writer</span></aside></body></html>"#,
        );
        assert_eq!(a.meta.byline.as_deref(), Some("Sam Reyes"));
        assert_eq!(a.meta.published, Some("2016-10-14".parse().unwrap()));
    }

    #[test]
    fn author_meta_tags_in_their_spellings() {
        for tag in [
            r#"<meta name="author" content="By Lena Park">"#,
            r#"<meta name="DC.creator" content="Lena Park">"#,
            r#"<meta name="parsely-author" content="Lena Park">"#,
            r#"<meta property="article:author" content="Lena Park">"#,
            r#"<link rel="author" href="/lena"><a rel="author" href="/lena">Lena Park</a>"#,
        ] {
            let a = parse(&format!(
                "<html><head>{tag}</head><body><p>x</p></body></html>"
            ));
            assert_eq!(a.meta.byline.as_deref(), Some("Lena Park"), "{tag}");
        }
        let a = parse(
            r#"<html><head><meta property="article:author" content="https://facebook.com/lena">
            <meta name="citation_author" content="Park, Lena"><meta name="citation_author" content="Roe, Jon">
            </head><body><p>x</p></body></html>"#,
        );
        assert_eq!(a.meta.byline.as_deref(), Some("Park, Lena; Roe, Jon"));
    }

    #[test]
    fn a_page_nested_a_hundred_thousand_deep_is_read_without_overflow() {
        // Spans: html5ever itself takes minutes over 100,000 nested <div>s
        // (each one scans the open elements for a <p>), which the pre-parse
        // depth check in import/limits guards against.
        let depth = 100_000;
        let page = format!(
            "<html><head><title>Deep page</title></head><body>{}<p>Deep text here.</p>{}</body></html>",
            "<span>".repeat(depth),
            "</span>".repeat(depth)
        );
        let a = parse(&page);
        assert_eq!(a.text, "Deep text here.");
        assert_eq!(a.meta.title.as_deref(), Some("Deep page"));
    }
}
