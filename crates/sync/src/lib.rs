//! A newsroom's shared quote library on PostgreSQL, with every desktop
//! working offline on its own SQLite library.
//!
//! `sync` sends what this library has that the shared one has not (articles,
//! the quotes found in them, and the change log: edits, verifications,
//! disputes, deletions, merges) and receives everyone else's. The shared
//! library numbers every row from one growing sequence, so each sync moves
//! only what came after the last number this library has. Conflicts (two
//! people setting the same fields of a quote without seeing each other's
//! change) keep both changes in history; the later one in the shared order
//! wins and the quote is flagged for review. Core knows nothing of
//! PostgreSQL: this crate talks to the server and hands core plain records.

mod connect;
mod error;
pub mod password;
mod pull;
mod push;
pub mod schema;
mod status;

pub use connect::{without_password, Shared};
pub use error::{SyncError, SyncErrorCode};
pub use schema::{InitOutcome, SCHEMA_VERSION};
pub use status::{status, SyncStatus};

use quotebook_core::store::Library;
use serde::Serialize;

/// The environment variable that names the shared library.
pub const URL_VARIABLE: &str = "QUOTEBOOK_SHARED_URL";
/// The environment variable that names the author of changes sent (else
/// the PostgreSQL role).
pub const AUTHOR_VARIABLE: &str = "QUOTEBOOK_AUTHOR";

/// Which part of a sync is running.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    SendArticles,
    SendChanges,
    ReceiveArticles,
    ReceiveQuotes,
    ReceiveChanges,
}

impl Stage {
    pub fn describe(self) -> &'static str {
        match self {
            Stage::SendArticles => "sending articles",
            Stage::SendChanges => "sending changes",
            Stage::ReceiveArticles => "receiving articles",
            Stage::ReceiveQuotes => "receiving quotes",
            Stage::ReceiveChanges => "receiving changes",
        }
    }
}

/// How far a sync has come, after each batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Progress {
    pub stage: Stage,
    pub done: u64,
    pub total: u64,
}

/// What a sync moved.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SyncReport {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub sent_articles: u64,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub sent_quotes: u64,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub sent_changes: u64,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub received_articles: u64,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub received_quotes: u64,
    /// Changes made by others (this machine's own come back only to be
    /// put in the shared order).
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub received_changes: u64,
    /// Conflicts found by this sync (sent or received).
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub conflicts: u64,
    /// The role connected as, and the author its changes carry.
    pub role: String,
    pub author: String,
}

impl SyncReport {
    /// What the sync moved, in one line (and a second sentence about
    /// conflicts when there were any), as the CLI and the app show it; each
    /// adds where the user looks at conflicts.
    pub fn summary(&self) -> String {
        let mut text = format!(
            "sent {} articles ({} quotes) and {} changes; received {} articles, {} quotes \
             and {} changes",
            self.sent_articles,
            self.sent_quotes,
            self.sent_changes,
            self.received_articles,
            self.received_quotes,
            self.received_changes
        );
        if self.conflicts > 0 {
            text.push_str(&format!(
                ". {} conflicting edits: both are kept in history, the later one is shown",
                self.conflicts
            ));
        }
        text
    }
}

/// The shared library to use: the one given, else `QUOTEBOOK_SHARED_URL`,
/// else the one this library last synced with.
pub fn choose_url(given: Option<&str>, library: &Library) -> Result<String, SyncError> {
    if let Some(url) = given.filter(|u| !u.trim().is_empty()) {
        return Ok(url.trim().to_string());
    }
    if let Ok(url) = std::env::var(URL_VARIABLE) {
        if !url.trim().is_empty() {
            return Ok(url.trim().to_string());
        }
    }
    library.shared_url()?.ok_or(SyncError::NoUrl)
}

/// Creates the shared schema on an empty database (or upgrades it).
pub fn init(url: &str) -> Result<InitOutcome, SyncError> {
    let mut shared = Shared::connect(url)?;
    schema::init(&mut shared)
}

/// Sends this library's new work to the shared library at `url` and
/// receives everyone else's. A read-only role receives, then reports what
/// it could not send.
pub fn sync(
    library: &mut Library,
    url: &str,
    progress: &mut dyn FnMut(&Progress),
) -> Result<SyncReport, SyncError> {
    let mut shared = Shared::connect(url)?;
    let (server, role) = (shared.server.clone(), shared.role.clone());
    let library_id = schema::check(&mut shared.client, &server, &role)?;
    library.set_shared_library(&without_password(url), &library_id)?;
    let author = std::env::var(AUTHOR_VARIABLE)
        .ok()
        .filter(|a| !a.trim().is_empty())
        .unwrap_or_else(|| shared.role.clone());
    let mut report = SyncReport {
        role: shared.role.clone(),
        author: author.clone(),
        ..SyncReport::default()
    };
    let can_write = shared.can_write()?;
    if can_write {
        push::push(&mut shared, library, &author, &mut report, progress)?;
    }
    pull::pull(&mut shared, library, &mut report, progress)?;
    library.mark_synced()?;
    if !can_write {
        let local = library.local_sync_state()?;
        let pending = local.pending_changes + local.pending_articles;
        if pending > 0 {
            return Err(SyncError::ReadOnlyRole {
                role: shared.role,
                pending,
            });
        }
    }
    Ok(report)
}

/// A new random id (128 bits, hex): shared articles and libraries.
pub(crate) fn random_id() -> String {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).expect("the system gives random bytes");
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_says_what_moved_and_names_conflicts_only_when_there_were_some() {
        let mut report = SyncReport {
            sent_articles: 2,
            sent_quotes: 9,
            sent_changes: 1,
            received_articles: 3,
            received_quotes: 12,
            received_changes: 4,
            ..SyncReport::default()
        };
        assert_eq!(
            report.summary(),
            "sent 2 articles (9 quotes) and 1 changes; received 3 articles, 12 quotes and 4 changes"
        );
        report.conflicts = 1;
        assert!(report
            .summary()
            .ends_with(". 1 conflicting edits: both are kept in history, the later one is shown"));
    }
}
