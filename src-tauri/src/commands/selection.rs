//! Several quotes at once: export, copy citations, verify, delete, and undo
//! such a step whole.

use std::path::PathBuf;

use quotebook_core::cite::export::{CsvOptions, ExportFormat, ExportOptions};
use quotebook_core::cite::{CiteOptions, StyleChoice};
use quotebook_core::service;
use quotebook_core::store::{Change, QuoteStatus};
use tauri::{AppHandle, State};
use tauri_plugin_clipboard_manager::ClipboardExt;

use super::cite::today;
use crate::error::CommandError;
use crate::state::AppState;

/// Writes the chosen quotes to `path`; returns how many were written.
#[tauri::command]
pub async fn export_selection(
    state: State<'_, AppState>,
    ids: Vec<i64>,
    format: ExportFormat,
    path: String,
) -> Result<u32, CommandError> {
    let options = ExportOptions {
        // Excel reads a CSV as UTF-8 only with the mark.
        csv: CsvOptions {
            bom: true,
            guard_formulas: false,
        },
        today: today(&state),
    };
    let path = PathBuf::from(path);
    state
        .with_library(move |lib| {
            Ok(service::export_selection(lib, &ids, format, &options, &path)? as u32)
        })
        .await
}

/// Copies the chosen quotes' citations, one paragraph each (rich text with
/// a plain alternative, or Markdown); returns how many.
#[tauri::command]
pub async fn copy_citations(
    app: AppHandle,
    state: State<'_, AppState>,
    ids: Vec<i64>,
    style: String,
    markdown: bool,
) -> Result<u32, CommandError> {
    let options = CiteOptions::new(today(&state));
    let count = ids.len() as u32;
    let all = state
        .with_library(move |lib| {
            let style = StyleChoice::resolve(&style)?;
            service::cite_selection(lib, &ids, &style, &options)
        })
        .await?;
    let clipboard = app.clipboard();
    let written = if markdown {
        clipboard.write_text(all.markdown)
    } else {
        clipboard.write_html(all.html, Some(all.text))
    };
    written.map_err(|e| CommandError::internal(&format!("could not write the clipboard: {e}")))?;
    Ok(count)
}

/// Sets the status of the chosen quotes; returns how many changed (the
/// count `undo_changes` takes to undo the step).
#[tauri::command]
pub async fn set_status_of(
    state: State<'_, AppState>,
    ids: Vec<i64>,
    status: QuoteStatus,
) -> Result<u32, CommandError> {
    state
        .with_library(move |lib| Ok(service::set_status_of(lib, &ids, status)? as u32))
        .await
}

/// Deletes the chosen quotes; returns how many.
#[tauri::command]
pub async fn delete_quotes(state: State<'_, AppState>, ids: Vec<i64>) -> Result<u32, CommandError> {
    state
        .with_library(move |lib| Ok(service::delete_quotes(lib, &ids)? as u32))
        .await
}

/// Undoes the latest `count` changes: a step done to a selection, whole.
#[tauri::command]
pub async fn undo_changes(
    state: State<'_, AppState>,
    count: u32,
) -> Result<Vec<Change>, CommandError> {
    state
        .with_library(move |lib| Ok(service::undo_changes(lib, count as usize)?))
        .await
}
