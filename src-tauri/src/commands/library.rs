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
    let (quote_count, article_count) = state
        .with_library(|lib| Ok((lib.quote_count()?, lib.article_count()?)))
        .await?;
    Ok(LibraryStatus {
        path: state.library_path().display().to_string(),
        quote_count,
        article_count,
        version: quotebook_core::VERSION.to_string(),
    })
}
