//! What a library exchanges with a shared library: plain records that name
//! articles, quotes and speakers by keys every machine agrees on (an
//! article's shared id, a quote's normalised text and occurrence, a
//! speaker's name), never by local row ids.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// An article as the shared library keeps it, with every text it has had.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SharedArticle {
    /// Its id in the shared library; `None` for one never sent.
    pub shared_id: Option<String>,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub wire: Option<String>,
    pub url: Option<String>,
    pub byline: Option<String>,
    pub published: Option<String>,
    pub source_path: Option<String>,
    pub url_key: Option<String>,
    pub outlet_title_key: Option<String>,
    pub imported_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
    /// The content hash of the version shown.
    pub current_hash: Option<String>,
    pub versions: Vec<SharedVersion>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SharedVersion {
    pub content_hash: String,
    pub text: String,
    pub source_path: Option<String>,
    pub imported_at: String,
}

/// What the extractor found for one quote (the user's corrections travel
/// as changes, see [`SharedChange`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SharedQuote {
    pub article: String,
    pub norm_text: String,
    pub occurrence: i64,
    pub text: String,
    pub start: i64,
    pub end: i64,
    pub kind: String,
    pub speaker: Option<String>,
    pub speaker_mention: Option<String>,
    pub speaker_kind: Option<String>,
    pub role: Option<String>,
    pub date: Option<String>,
    pub venue: Option<String>,
    pub cue: Option<String>,
    pub confidence: f64,
    pub paragraph: String,
    pub paragraph_start: Option<i64>,
    pub paragraph_end: Option<i64>,
    pub version_hash: Option<String>,
    pub present: bool,
}

/// What a change was made to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SharedTarget {
    Quote {
        article: String,
        norm_text: String,
        occurrence: i64,
    },
    Article {
        article: String,
    },
    /// A speaker, by name (its merges and splits).
    Speaker {
        name: String,
    },
}

/// One entry of the change log, as exchanged: who changed what, and the
/// fields the change set (a field's new value; `None` clears it). Quote
/// fields: `edit_speaker`, `edit_role`, `edit_date`, `edit_venue`, `status`,
/// `note`, `deleted_at`; article: `deleted_at`; speaker: `merged_into` (a
/// speaker's name).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SharedChange {
    /// Where it sits in the shared library's order (0 before it is sent).
    pub seq: i64,
    /// The machine that made it and its id there: sending twice is harmless.
    pub machine: String,
    pub local_id: i64,
    pub author: String,
    pub at: String,
    pub action: String,
    pub summary: String,
    pub target: SharedTarget,
    pub fields: BTreeMap<String, Option<String>>,
    /// The last shared change of the same target the machine had seen when
    /// it sent this one: a later one by someone else touching the same
    /// fields is a conflict.
    pub base_seq: i64,
    /// Set by the shared library: this change and another one made without
    /// seeing each other set the same fields.
    pub conflict: bool,
}

/// An article not yet sent (or changed since), with the count that marks
/// it sent only if nothing changed meanwhile.
#[derive(Debug, Clone)]
pub struct PendingArticle {
    pub local_id: i64,
    pub dirty: i64,
    pub article: SharedArticle,
}

/// How far this library has pulled each kind of record.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PullCursors {
    pub articles: i64,
    pub quotes: i64,
    pub changes: i64,
}

/// The sync state the app shows in its status line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LocalSyncState {
    /// When the last sync completed (RFC 3339), if ever.
    pub last_synced: Option<String>,
    /// Local changes and articles not yet sent.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub pending_changes: u64,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub pending_articles: u64,
    /// Quotes flagged for review after a conflict.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub needs_review: u64,
    /// The shared library's address (no password), when one was used.
    pub shared_url: Option<String>,
}
