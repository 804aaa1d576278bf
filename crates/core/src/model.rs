//! The plain data that flows between the modules (and, through the desktop
//! shell, to the UI). No behaviour lives here.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The extractor's types, which the library stores and prints as they are.
pub use quotebook_extract::{ExtractedQuote, QuoteKind, SpeakerKind};

/// What is known about an article besides its text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ArticleMeta {
    pub title: Option<String>,
    /// The publication that printed it ("China Daily").
    pub outlet: Option<String>,
    /// The wire service the text credits ("Xinhua"), kept apart from the outlet.
    pub wire: Option<String>,
    pub url: Option<String>,
    pub byline: Option<String>,
    pub published: Option<NaiveDate>,
    /// Where it was read from (a file path, or "-" for standard input).
    pub source_path: Option<String>,
}

/// An article's decoded text with its metadata: what the extractor reads.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    pub text: String,
    pub meta: ArticleMeta,
}
