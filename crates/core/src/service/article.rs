//! An article read whole: its text, its quotes in place, its metadata with
//! the user's corrections, and its history.

use serde::Serialize;

use crate::store::{
    ArticleCorrection, ArticleRecord, Change, Library, QuoteFilter, QuoteRecord, StoreError,
};

/// Everything the article view shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleView {
    /// The latest version, its metadata as corrected.
    pub article: ArticleRecord,
    /// Its quotes (deleted ones aside) in reading order, not overlapping;
    /// `quote.start/end` are byte offsets into `article.text`.
    pub quotes: Vec<QuoteRecord>,
    pub corrections: Vec<ArticleCorrection>,
    pub history: Vec<Change>,
}

pub fn article_view(library: &Library, id: i64) -> Result<ArticleView, StoreError> {
    let article = library.article(id)?;
    let mut quotes = library.quotes(&QuoteFilter {
        article_id: Some(id),
        ..QuoteFilter::default()
    })?;
    // Quotes the latest extraction no longer places in this text (kept for
    // the user's edits) cannot be marked in it.
    quotes.retain(|q| article.text.get(q.quote.start..q.quote.end) == Some(q.quote.text.as_str()));
    quotes.sort_by_key(|q| (q.quote.start, q.quote.end));
    // A quote inside another (a fragment also found on its own) would mark
    // the same words twice: the first one found there is kept.
    let mut reached = 0;
    quotes.retain(|q| {
        let apart = q.quote.start >= reached;
        if apart {
            reached = q.quote.end;
        }
        apart
    });
    Ok(ArticleView {
        corrections: library.article_corrections(id)?,
        history: library.article_history(id)?,
        article,
        quotes,
    })
}
