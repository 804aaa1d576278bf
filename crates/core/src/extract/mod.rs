//! Finds attributed quotes in an article's text.
//!
//! Filled in by the extraction work (issue 3): segment, quote marks, mentions,
//! attribution, entities, time and place, as `../shared/DESIGN.md` draws them.

use crate::model::{ArticleMeta, ExtractedQuote};

/// Every attributed quote in `text`, in order of appearance.
pub fn extract_quotes(text: &str, meta: &ArticleMeta) -> Vec<ExtractedQuote> {
    let _ = (text, meta);
    Vec::new()
}
