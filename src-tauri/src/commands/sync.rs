//! The newsroom's shared library: the sync state the status line shows, and
//! a sync the app runs in the background or on request. quotebook-sync does
//! the work; this module runs it off the window's thread, on a connection of
//! its own so searches go on meanwhile, and reports its progress.

use quotebook_core::store::Library;
use quotebook_sync::{Progress, SyncStatus};
use serde::Serialize;
use tauri::ipc::Channel;
use tauri::State;

use crate::error::CommandError;
use crate::state::{blocking, AppState};

/// What a finished sync did, and the state after it.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct SyncDone {
    /// One line: what was sent and received, and any conflicts.
    pub summary: String,
    #[ts(type = "number")]
    pub conflicts: u64,
    pub status: SyncStatus,
}

/// How far a running sync has come, after each batch.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct SyncStep {
    /// What it is doing, in words ("receiving quotes").
    pub what: String,
    #[ts(type = "number")]
    pub done: u64,
    #[ts(type = "number")]
    pub total: u64,
}

/// The sync state; with `check`, also whether the shared library answers
/// now (a connection attempt, bounded by the connect timeout).
#[tauri::command]
pub async fn sync_status(
    state: State<'_, AppState>,
    check: bool,
) -> Result<SyncStatus, CommandError> {
    state.ensure_migrated().await?;
    let path = state.library_path();
    let chosen = state.settings().shared_url;
    blocking(move || {
        let library = Library::open(&path).map_err(quotebook_core::Error::from)?;
        let url = quotebook_sync::choose_url(chosen.as_deref(), &library).ok();
        let probe = if check { url.as_deref() } else { None };
        let mut status = quotebook_sync::status(&library, probe)?;
        // Set in the settings or the environment but not synced with yet:
        // still shared, so the status line offers a sync.
        if status.shared_url.is_none() {
            status.shared_url = url.map(|u| quotebook_sync::without_password(&u));
        }
        Ok(status)
    })
    .await
}

/// Sends this library's new work to the shared library and receives
/// everyone else's: at the address given, else the one in the settings, else
/// `$QUOTEBOOK_SHARED_URL`, else the one this library last synced with.
#[tauri::command]
pub async fn sync_now(
    state: State<'_, AppState>,
    url: Option<String>,
    on_progress: Channel<SyncStep>,
) -> Result<SyncDone, CommandError> {
    state.ensure_migrated().await?;
    let path = state.library_path();
    let url = url.or(state.settings().shared_url);
    blocking(move || {
        let mut library = Library::open(&path).map_err(quotebook_core::Error::from)?;
        let url = quotebook_sync::choose_url(url.as_deref(), &library)?;
        let mut progress = |p: &Progress| {
            // A window that is gone cannot be told; the sync goes on.
            let _ = on_progress.send(SyncStep {
                what: p.stage.describe().to_string(),
                done: p.done,
                total: p.total,
            });
        };
        let report = quotebook_sync::sync(&mut library, &url, &mut progress)?;
        Ok(SyncDone {
            summary: report.summary(),
            conflicts: report.conflicts,
            status: quotebook_sync::status(&library, None)?,
        })
    })
    .await
}
