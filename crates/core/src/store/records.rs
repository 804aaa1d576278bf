//! The plain data the library hands out: the same shapes for the CLI, the
//! desktop app, search and citations.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::{ArticleMeta, ExtractedQuote};

/// Where a user stands on a quote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum QuoteStatus {
    #[default]
    Unverified,
    Verified,
    Disputed,
}

impl QuoteStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteStatus::Unverified => "unverified",
            QuoteStatus::Verified => "verified",
            QuoteStatus::Disputed => "disputed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "unverified" => Some(QuoteStatus::Unverified),
            "verified" => Some(QuoteStatus::Verified),
            "disputed" => Some(QuoteStatus::Disputed),
            _ => None,
        }
    }
}

/// A stored quote: the quote object of the CLI contract (with the user's
/// edits applied) plus its id, status, note and the article it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct QuoteRecord {
    pub id: i64,
    /// The effective values: extracted, with the user's edits applied, and
    /// the speaker's canonical name after any merge.
    #[serde(flatten)]
    pub quote: ExtractedQuote,
    /// The paragraph the quote stands in, from the text of the article
    /// version it was found in.
    pub paragraph: String,
    /// False when a later version of the article no longer has the quote:
    /// it is kept (nothing is deleted by a new version) and said so.
    #[serde(default = "present_by_default")]
    pub present: bool,
    pub status: QuoteStatus,
    pub note: Option<String>,
    /// Two people changed this quote in a shared library without seeing each
    /// other's change: the later one is shown, both are in its history, and
    /// it waits in the review queue until someone marks it reviewed.
    #[serde(default)]
    pub needs_review: bool,
    pub article_id: i64,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub wire: Option<String>,
    pub url: Option<String>,
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub published: Option<NaiveDate>,
}

fn present_by_default() -> bool {
    true
}

impl QuoteRecord {
    /// The day the quote is filed under: the date said, else the article's
    /// publication date (what `from`/`to` filters and listings use).
    pub fn filed_date(&self) -> Option<NaiveDate> {
        self.quote.date.or(self.published)
    }

    /// The publication to name: the outlet, else the wire service.
    pub fn source_name(&self) -> Option<&str> {
        self.outlet.as_deref().or(self.wire.as_deref())
    }
}

/// Which quotes to list. Every condition given must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct QuoteFilter {
    /// Case-insensitive: every word must begin a word of the speaker's
    /// canonical name or of one of its aliases ("benjamin net").
    pub speaker: Option<String>,
    /// Inclusive bounds on the date said, or the publication date where no
    /// date said is known.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub from: Option<NaiveDate>,
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub to: Option<NaiveDate>,
    /// The outlet or the wire service: every word must begin a word of its
    /// name (case and accents ignored), as search's `outlet:` filter.
    pub outlet: Option<String>,
    pub status: Option<QuoteStatus>,
    /// Only the quotes of this article.
    pub article_id: Option<i64>,
    #[cfg_attr(feature = "ts", ts(type = "number | null"))]
    pub limit: Option<usize>,
    #[cfg_attr(feature = "ts", ts(type = "number | null"))]
    pub offset: Option<usize>,
}

/// One quote said in several articles: the earliest printing, and every
/// printing (that one included), earliest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct QuoteGroup {
    #[serde(flatten)]
    pub quote: QuoteRecord,
    pub sources: Vec<QuoteRecord>,
}

/// A role a speaker was given, and over which dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RoleSeen {
    pub role: String,
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub first: Option<NaiveDate>,
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub last: Option<NaiveDate>,
}

/// One speaker with what the library knows about them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SpeakerSummary {
    pub id: i64,
    pub name: String,
    /// Names merged into this speaker.
    pub aliases: Vec<String>,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub quote_count: u64,
    pub roles: Vec<RoleSeen>,
    /// The range of dates their quotes were said (or published).
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub first: Option<NaiveDate>,
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub last: Option<NaiveDate>,
}

/// A stored article (its latest version).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ArticleRecord {
    pub id: i64,
    pub meta: ArticleMeta,
    pub text: String,
    pub content_hash: String,
    pub imported_at: String,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub versions: u32,
}

/// What importing one article did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ImportStatus {
    /// A new article.
    Added,
    /// A new version of an article already in the library.
    Updated,
    /// Identical content was already there: nothing was added.
    Unchanged,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ImportOutcome {
    pub article_id: i64,
    pub status: ImportStatus,
    /// Quotes the extractor found in this version.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub quotes_found: usize,
    /// Of those, quotes the library did not have before.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub quotes_new: usize,
}

/// A user's correction of one quote. `Some(None)` clears a value;
/// `None` leaves it as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteEdit {
    pub speaker: Option<Option<String>>,
    pub role: Option<Option<String>>,
    pub date: Option<Option<NaiveDate>>,
    pub venue: Option<Option<String>>,
}

impl QuoteEdit {
    pub fn is_empty(&self) -> bool {
        self.speaker.is_none() && self.role.is_none() && self.date.is_none() && self.venue.is_none()
    }
}

/// One entry of the change log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Change {
    pub id: i64,
    pub at: String,
    pub action: String,
    pub quote_id: Option<i64>,
    pub article_id: Option<i64>,
    pub speaker_id: Option<i64>,
    pub summary: String,
    /// The change this one reverted, for an undo.
    pub reverts: Option<i64>,
    /// Who made it (a shared library's author; `None` for a change made
    /// here and not yet shared).
    pub author: Option<String>,
    /// The machine it was made on, when that is another machine (pulled
    /// from a shared library); `None` for this one.
    pub machine: Option<String>,
}
