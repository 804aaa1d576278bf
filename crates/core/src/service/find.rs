//! Search with records: the hits of the index, each with its stored quote.

use serde::Serialize;

use super::words::whole_words;
use crate::search::{Filters, LibraryIndex, SearchResults};
use crate::store::{Library, QuoteRecord, StoreError};
use crate::Error;

/// One quote found, with everything a list shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FoundQuote {
    pub record: QuoteRecord,
    /// Higher is better; 0 for a listing without query text.
    pub score: i64,
    /// Matched words of the quote's text as UTF-8 byte ranges, whole words.
    pub highlights: Vec<(usize, usize)>,
    /// Why it ranked here: how many of the query's words it holds (fewer
    /// for a fallback) and how many letters of them were typed wrong.
    pub matched_words: usize,
    pub query_words: usize,
    pub edits: usize,
}

impl FoundQuote {
    /// "matched 3 of 4 words, 1 edit".
    pub fn explanation(&self) -> String {
        crate::search::explain_match(self.matched_words, self.query_words, self.edits)
    }
}

/// A page of search results.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct FoundPage {
    /// Best first.
    pub quotes: Vec<FoundQuote>,
    /// How many quotes match (an estimate when `approximate`).
    pub total: usize,
    pub approximate: bool,
}

/// What to look for.
#[derive(Debug, Clone, Default)]
pub struct FindRequest<'a> {
    /// The search box's text (empty lists the newest quotes).
    pub input: &'a str,
    pub filters: Filters,
    pub limit: usize,
    /// Leave out quotes nobody is named as saying (quoted terms, titles).
    pub attributed_only: bool,
    /// Read each quote's paragraph too (a record printed whole shows it); a
    /// list that shows none leaves them empty, which spares reading every
    /// hit's article text on each keystroke.
    pub paragraphs: bool,
}

/// Searches the library: brings `index` up to date with the library (also
/// with other processes' writes), runs the query, and reads the hits'
/// records in one query. A hit whose quote was deleted between the index's
/// answer and the read (by another process) is left out, not an error.
pub fn find_quotes(
    library: &Library,
    index: &mut LibraryIndex,
    request: &FindRequest<'_>,
) -> Result<FoundPage, Error> {
    // Unattributed quotes are dropped after the index answers (it does not
    // know speakers apart from names): ask for more so a page stays full.
    let asked = if request.attributed_only {
        request.limit.saturating_mul(2).saturating_add(50)
    } else {
        request.limit
    };
    let results = index.search(library, request.input, &request.filters, asked)?;
    let mut page = with_records(library, results, request.paragraphs)?;
    if request.attributed_only {
        let before = page.quotes.len();
        page.quotes.retain(|q| q.record.quote.speaker.is_some());
        let dropped = before - page.quotes.len();
        let all_seen = before >= page.total;
        page.total = page.total.saturating_sub(dropped);
        // Beyond the hits read, how many are unattributed is unknown.
        page.approximate |= dropped > 0 && !all_seen;
    }
    page.quotes.truncate(request.limit);
    Ok(page)
}

/// The hits with their records (with their paragraphs, or not), read in one
/// query; hits whose quote is gone are left out (and out of the total).
pub(crate) fn with_records(
    library: &Library,
    results: SearchResults,
    paragraphs: bool,
) -> Result<FoundPage, StoreError> {
    let ids: Vec<i64> = results.hits.iter().map(|h| h.id).collect();
    let records = if paragraphs {
        library.quotes_by_ids(&ids)?
    } else {
        library.quotes_by_ids_for_listing(&ids)?
    };
    let mut records = records.into_iter().peekable();
    let mut quotes = Vec::with_capacity(ids.len());
    // Both lists are in the hits' order; the records may skip some.
    for hit in results.hits {
        if records.peek().is_some_and(|r| r.id == hit.id) {
            let record = records.next().expect("peeked");
            let highlights = whole_words(&record.quote.text, &hit.highlights);
            quotes.push(FoundQuote {
                record,
                score: hit.score,
                highlights,
                matched_words: hit.matched_words,
                query_words: hit.query_words,
                edits: hit.edits,
            });
        }
    }
    let missing = ids.len() - quotes.len();
    Ok(FoundPage {
        quotes,
        total: results.total.saturating_sub(missing),
        approximate: results.approximate,
    })
}
