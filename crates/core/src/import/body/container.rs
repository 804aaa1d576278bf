//! The fallback when the main extractor finds nothing or may not run (a page
//! nested too deep for it): the text of the most specific article container.

use std::sync::LazyLock;

use scraper::{Html, Selector};

use super::paragraphs::paragraphs;

static BODY_ROOTS: LazyLock<Vec<Selector>> = LazyLock::new(|| {
    [
        "[itemprop=articleBody]",
        "article",
        "[role=main]",
        "main",
        "body",
    ]
    .iter()
    .map(|s| Selector::parse(s).expect("selectors in this file are valid"))
    .collect()
});

/// The paragraphs of the first kind of container that holds text; of several
/// (a page of teasers, each an `<article>`), the longest.
pub(super) fn container_paragraphs(doc: &Html) -> Vec<String> {
    for sel in BODY_ROOTS.iter() {
        let best = doc
            .select(sel)
            .map(|root| paragraphs(*root))
            .max_by_key(|ps| ps.iter().map(String::len).sum::<usize>());
        if let Some(ps) = best.filter(|ps| !ps.is_empty()) {
            return ps;
        }
    }
    // A fragment without <body> (scraper adds one, but be safe).
    paragraphs(doc.tree.root())
}
