//! The library as a whole: where it is and what it holds.

use serde::Serialize;
use tauri::State;

use crate::error::CommandError;
use crate::state::AppState;

#[derive(Debug, Serialize, ts_rs::TS)]
pub struct LibraryStatus {
    pub path: String,
    pub quote_count: u64,
    pub article_count: u64,
    pub version: String,
}

#[tauri::command]
pub async fn library_status(state: State<'_, AppState>) -> Result<LibraryStatus, CommandError> {
    // On a connection of its own: counting a million quotes takes a few
    // tenths of a second, which the first search (sent with it at start, and
    // again after every change) must not wait for.
    let (quote_count, article_count) = state
        .with_own_connection(|lib| Ok((lib.quote_count()?, lib.article_count()?)))
        .await?;
    Ok(LibraryStatus {
        path: state.library_path().display().to_string(),
        quote_count,
        article_count,
        version: quotebook_core::VERSION.to_string(),
    })
}
