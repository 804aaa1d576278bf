//! An HTML page's article body: the main content found by `rs-trafilatura`
//! (a trafilatura port, the best scorer on the article-extraction benchmark,
//! see `scripts/article-bench`), turned into paragraphs by our own walk, which
//! also leaves out captions, pull quotes and related-article lists.

mod container;
mod paragraphs;

use ego_tree::iter::Edge;
use scraper::Html;

/// Pages nested deeper than this skip the main extractor: parts of it walk
/// the tree recursively or count every node's ancestors, which a page of
/// 100,000 nested elements would turn into a stack overflow or hours of work.
/// Real articles stay far below (the benchmark's deepest page is under 60).
const MAX_EXTRACTOR_DEPTH: usize = 400;

/// The article's paragraphs, separated by blank lines.
pub(super) fn body_text(html: &str, doc: &Html) -> String {
    let paragraphs = if tree_depth(doc) <= MAX_EXTRACTOR_DEPTH {
        main_content(html).unwrap_or_default()
    } else {
        Vec::new()
    };
    let paragraphs = if paragraphs.is_empty() {
        container::container_paragraphs(doc)
    } else {
        paragraphs
    };
    paragraphs.join("\n\n")
}

/// The main content's paragraphs, if the extractor finds any.
fn main_content(html: &str) -> Option<Vec<String>> {
    let options = rs_trafilatura::Options::default();
    let result = rs_trafilatura::extract_with_options(html, &options).ok()?;
    let fragment = Html::parse_fragment(result.content_html.as_deref()?);
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
