//! Citations: render one, and put one on the clipboard as plain text and HTML.

use quotebook_core::cite::{cite_stored, Citation, CiteOptions, Style};
use tauri::{AppHandle, State};
use tauri_plugin_clipboard_manager::ClipboardExt;

use crate::error::CommandError;
use crate::state::AppState;

/// The day AP dates are written against: the one set in the settings, else
/// the real today.
pub(super) fn today(state: &AppState) -> chrono::NaiveDate {
    state
        .settings()
        .today
        .unwrap_or_else(|| chrono::Local::now().date_naive())
}

async fn citation(state: &AppState, id: i64, style: Style) -> Result<Citation, CommandError> {
    let options = CiteOptions::new(today(state));
    state
        .with_library(move |lib| Ok(cite_stored(lib, id, style, &options)?))
        .await
}

#[tauri::command]
pub async fn cite_quote(
    state: State<'_, AppState>,
    id: i64,
    style: Style,
) -> Result<Citation, CommandError> {
    citation(&state, id, style).await
}

/// Copies the citation: rich text (HTML) with a plain-text alternative, so it
/// pastes well into both a word processor and a plain editor; or, when
/// `markdown` is set, the Markdown source as plain text.
#[tauri::command]
pub async fn copy_citation(
    app: AppHandle,
    state: State<'_, AppState>,
    id: i64,
    style: Style,
    markdown: bool,
) -> Result<Citation, CommandError> {
    let citation = citation(&state, id, style).await?;
    let clipboard = app.clipboard();
    let written = if markdown {
        clipboard.write_text(citation.markdown.clone())
    } else {
        clipboard.write_html(citation.html.clone(), Some(citation.text.clone()))
    };
    written.map_err(|e| CommandError::internal(&format!("could not write the clipboard: {e}")))?;
    Ok(citation)
}
