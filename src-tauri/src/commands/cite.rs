//! Citations: the styles to choose from, render one, and put one on the
//! clipboard as plain text and HTML.

use quotebook_core::cite::{
    check_style, cite_stored_as, style_options, Citation, CiteOptions, StyleChoice, StyleOption,
};
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

async fn citation(state: &AppState, id: i64, style: String) -> Result<Citation, CommandError> {
    let options = CiteOptions::new(today(state));
    state
        .with_library(move |lib| {
            let style = StyleChoice::resolve(&style)?;
            cite_stored_as(lib, id, &style, &options)
        })
        .await
}

/// Our own forms and every bundled CSL style, for the settings' picker.
#[tauri::command]
pub fn citation_styles() -> Vec<StyleOption> {
    style_options()
}

/// Checks a style (a name, or a house style's .csl path) and says what it
/// is; the error names the file and what is wrong with it.
#[tauri::command]
pub async fn check_citation_style(style: String) -> Result<StyleOption, CommandError> {
    tauri::async_runtime::spawn_blocking(move || {
        check_style(&style).map_err(|e| quotebook_core::Error::from(e).into())
    })
    .await
    .map_err(|e| CommandError::internal(&format!("a background task failed: {e}")))?
}

/// The citation of quote `id` in `style` (as the settings hold it).
#[tauri::command]
pub async fn cite_quote(
    state: State<'_, AppState>,
    id: i64,
    style: String,
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
    style: String,
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
