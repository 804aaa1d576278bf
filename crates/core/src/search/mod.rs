//! As-you-type fuzzy search over quote text (issue 5).
//!
//! Scoring every quote with a fuzzy matcher per keystroke is far too slow at a
//! million quotes, and subsequence matching tolerates no wrong letter. So the
//! index works on words: every distinct word of the quotes is interned in a
//! [vocabulary](vocab) with the sorted list of quotes containing it. A query
//! word is expanded to the vocabulary words within one edit (the last word also
//! as a prefix), the rarest term's quotes are walked newest first (its
//! variants as typed before its typo'd ones) and checked against the other
//! terms with galloping cursors, a bitmap or the quote's words, whichever
//! costs least ([`candidates`]), and at most [`RERANK_CAP`] candidates are
//! ranked by the words each quote really has: how many of the query's words,
//! how far from the words as typed, how close together and in order, how
//! near the start, how much of the quote ([`ranker`]); fuzzy-matcher's
//! SkimMatcherV2 gives the highlighted letters. When fewer than
//! [`FALLBACK_BELOW`] quotes hold every word, quotes missing one word (then
//! two) follow, ranked below them. Long words forgive two typos and every
//! word matches its other inflections ([`vocab`]).
//!
//! Highlights are UTF-8 byte ranges into the quote's text.

mod blocks;
mod candidates;
mod codec;
mod engine;
mod ids;
mod index;
mod layered;
mod library;
mod mapped;
mod names;
mod persist;
mod postings;
mod query;
mod ranker;
mod stem;
mod temp_files;
mod tokenize;
mod typo_walk;
mod vocab;

pub use engine::{explain_match, Hit, SearchResults, FALLBACK_BELOW, RERANK_CAP};
pub use index::{Index, SearchDoc};
pub use library::{index_path, prune_change_log, update_saved_index, LibraryIndex, Readiness};
pub use persist::Stamp;
pub use query::{parse, parse_date_bound, Filters, Query};
pub use tokenize::{tokenize, Token};
pub use vocab::{MIN_TWO_TYPO_LEN, MIN_TYPO_LEN};

use crate::error::ErrorCode;

/// Why a search could not run.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("{0:?} is not a date: write 2024, 2024-03 or 2024-03-07")]
    InvalidDate(String),
}

impl SearchError {
    pub fn code(&self) -> ErrorCode {
        match self {
            SearchError::InvalidDate(_) => ErrorCode::InvalidInput,
        }
    }
}

#[cfg(test)]
mod library_tests;
#[cfg(test)]
mod ranking_tests;
#[cfg(test)]
mod tests;
