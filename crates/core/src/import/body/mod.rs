//! An HTML page's article body: the main content found by `rs-trafilatura`
//! (a trafilatura port, the best scorer on the article-extraction benchmark,
//! see `scripts/article-bench`), turned into paragraphs by our own walk, which
//! also leaves out captions, pull quotes and related-article lists.

mod clean;
mod container;
mod paragraphs;

use std::sync::LazyLock;

use ego_tree::iter::Edge;
use scraper::{Html, Selector};

/// Pages nested deeper than this skip the main extractor: parts of it walk
/// the tree recursively or count every node's ancestors, which a page of
/// 100,000 nested elements would turn into a stack overflow or hours of work.
/// Real articles stay far below (the benchmark's deepest page is under 60).
const MAX_EXTRACTOR_DEPTH: usize = 400;

/// The article's paragraphs, separated by blank lines.
/// `title` is the article's title, which the body does not repeat.
pub(super) fn body_text(html: &str, doc: &Html, title: Option<&str>) -> String {
    let paragraphs = if tree_depth(doc) <= MAX_EXTRACTOR_DEPTH {
        main_content(html).unwrap_or_default()
    } else {
        Vec::new()
    };
    let mut paragraphs = if paragraphs.is_empty() {
        container::container_paragraphs(doc)
    } else {
        paragraphs
    };
    clean::drop_headline(&mut paragraphs, title, &headings(doc));
    clean::drop_bare_dates(&mut paragraphs);
    clean::drop_teasers(&mut paragraphs);
    paragraphs.join("\n\n")
}

/// The texts of the page's `<h1>` elements.
fn headings(doc: &Html) -> Vec<String> {
    static H1: LazyLock<Selector> =
        LazyLock::new(|| Selector::parse("h1").expect("a valid selector"));
    doc.select(&H1)
        .map(|h| h.text().collect::<Vec<_>>().join(" "))
        .collect()
}

/// The main content's paragraphs, if the extractor finds any.
fn main_content(html: &str) -> Option<Vec<String>> {
    // No URL is passed even when the page names one: measured on the
    // benchmark, the extractor's URL rules cost more than they gained.
    let options = rs_trafilatura::Options::default();
    let result = rs_trafilatura::extract_with_options(html, &options).ok()?;
    // Below its own minimum (50 words) the extractor falls back to the page's
    // text flattened into one paragraph, captions included; our container
    // walk reads such short pages better.
    if result
        .warnings
        .iter()
        .any(|w| w.starts_with("Insufficient content"))
    {
        return None;
    }
    let fragment = Html::parse_fragment(result.content_html.as_deref()?);
    // The extractor's HTML, not its text: our walk keeps paragraph breaks and
    // leaves out captions, pull quotes and link lists (measured: F1 0.953
    // against 0.957 for its text before link-dense blocks were dropped, then
    // 0.959 with them; see scripts/article-bench).
    let ps = paragraphs::paragraphs(fragment.tree.root());
    (!ps.is_empty()).then_some(ps)
}

/// The deepest element nesting in the parsed page, counted without recursion.
fn tree_depth(doc: &Html) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(_) => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            Edge::Close(_) => depth -= 1,
        }
    }
    deepest
}
