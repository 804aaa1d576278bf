//! The plain data that flows between the modules (and, through the desktop
//! shell, to the UI). No behaviour lives here.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

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

/// How a quote appears in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A full quotation in quote marks.
    Direct,
    /// A few quoted words inside reported speech.
    Partial,
    /// A pull quote set apart with no quote marks.
    Block,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Block => "block",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "direct" => Some(QuoteKind::Direct),
            "partial" => Some(QuoteKind::Partial),
            "block" => Some(QuoteKind::Block),
            _ => None,
        }
    }
}

/// One attributed quote as the extractor found it.
///
/// This is the quote object of the CLI contract: `quotebook extract` prints it,
/// and the library's listings and exports print the same fields. An unknown
/// value is `null`, never `""`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ExtractedQuote {
    /// The quoted words, without the quote marks.
    pub text: String,
    /// UTF-8 byte offsets of `text` in the article text the extractor was given.
    pub start: usize,
    pub end: usize,
    pub kind: QuoteKind,
    /// Canonical full name ("Benjamin Netanyahu") or a short description of an
    /// unnamed source ("a campaign spokesman").
    pub speaker: Option<String>,
    /// The speaker as the attributing sentence writes it ("he", "the PM").
    pub speaker_mention: Option<String>,
    /// The speaker's role at the time, as the article states it.
    pub role: Option<String>,
    /// The day the words were said.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub date: Option<NaiveDate>,
    /// The setting ("press conference in Jerusalem", "interview with CNN").
    pub venue: Option<String>,
    /// The reporting verb or phrase that attributes the quote.
    pub cue: Option<String>,
    /// How sure the extractor is of the attribution, in [0, 1].
    pub confidence: f32,
    /// The paragraph the quote stands in.
    pub paragraph: String,
}
