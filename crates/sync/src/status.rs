//! The sync state the app's status line shows: when the library last
//! synced, what waits to be sent, what needs review, and whether the shared
//! library can be reached right now.

use quotebook_core::store::Library;
use serde::{Deserialize, Serialize};

use crate::{Shared, SyncError};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SyncStatus {
    /// When the last sync completed (RFC 3339), if ever.
    pub last_synced: Option<String>,
    /// Changes and articles made here and not yet sent.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub pending_changes: u64,
    /// Quotes flagged for review after a conflict.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub needs_review: u64,
    /// The shared library could not be reached (when asked to check).
    pub offline: bool,
    /// The shared library (without password), if one is set.
    pub shared_url: Option<String>,
    /// Why it is offline, in words, when it is.
    pub offline_reason: Option<String>,
}

/// The library's sync state; with `probe`, also tries to reach the shared
/// library at that address (a short connection) to say whether it is offline.
pub fn status(library: &Library, probe: Option<&str>) -> Result<SyncStatus, SyncError> {
    let local = library.local_sync_state()?;
    let reached = probe.map(|url| Shared::connect(url).map(drop));
    let offline_reason = match reached {
        Some(Err(e)) => Some(e.to_string()),
        _ => None,
    };
    Ok(SyncStatus {
        last_synced: local.last_synced,
        pending_changes: local.pending_changes + local.pending_articles,
        needs_review: local.needs_review,
        offline: offline_reason.is_some(),
        shared_url: local.shared_url,
        offline_reason,
    })
}
