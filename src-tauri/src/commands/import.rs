//! Importing articles from files, folders or pasted text, with progress sent
//! to the window as it goes and a Cancel that stops between articles.

use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use quotebook_core::import::batch::{
    import_sources, sources_from_paths, BatchSummary, FileResult, Overrides, Source,
};
use quotebook_core::import::receiver::{token_path, Token, DEFAULT_PORT};
use quotebook_core::import::{self, Format, ImportError};
use serde::Serialize;
use tauri::ipc::Channel;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

use crate::error::CommandError;
use crate::state::AppState;

/// A sample article written for the project, offered by the empty library.
const SAMPLE_ARTICLE: &str =
    include_str!("../../../tests/fixtures/articles/sample-harbour-council.txt");

/// Sent to the window after each article.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct ImportProgress {
    pub done: u32,
    pub total: u32,
    pub file: FileResult,
}

async fn run_batch(
    state: &AppState,
    sources: Vec<Source>,
    mut summary: BatchSummary,
    on_progress: Channel<ImportProgress>,
) -> Result<BatchSummary, CommandError> {
    let cancel = Arc::clone(&state.import_cancelled);
    cancel.store(false, Ordering::Relaxed);
    state
        .with_own_connection(move |lib| {
            import_sources(
                lib,
                sources,
                &Overrides::default(),
                &mut summary,
                &cancel,
                |p| {
                    // A closed window stops listening; the import still finishes.
                    let _ = on_progress.send(ImportProgress {
                        done: p.done as u32,
                        total: p.total as u32,
                        file: p.file.clone(),
                    });
                },
            );
            Ok(summary)
        })
        .await
}

/// Imports files and folders (recursively).
#[tauri::command]
pub async fn import_paths(
    state: State<'_, AppState>,
    paths: Vec<String>,
    on_progress: Channel<ImportProgress>,
) -> Result<BatchSummary, CommandError> {
    let paths: Vec<PathBuf> = paths.into_iter().map(PathBuf::from).collect();
    let mut summary = BatchSummary::default();
    let sources = sources_from_paths(&paths, false, &mut summary);
    run_batch(&state, sources, summary, on_progress).await
}

/// Imports one article's plain text under `name`.
async fn import_plain_text(
    state: &AppState,
    name: &str,
    text: &str,
    on_progress: Channel<ImportProgress>,
) -> Result<BatchSummary, CommandError> {
    let article = import::parse(name, text, Format::Text).map_err(quotebook_core::Error::from)?;
    let source = Source::Text {
        name: name.to_string(),
        article,
    };
    run_batch(state, vec![source], BatchSummary::default(), on_progress).await
}

/// Imports an article pasted into the window.
#[tauri::command]
pub async fn import_text(
    state: State<'_, AppState>,
    text: String,
    on_progress: Channel<ImportProgress>,
) -> Result<BatchSummary, CommandError> {
    import_plain_text(&state, "pasted article", &text, on_progress).await
}

/// Imports the page at a web address (http or https), fetched with core's
/// limits on time, size and redirects; the address it ends at is stored.
#[tauri::command]
pub async fn import_url(
    state: State<'_, AppState>,
    url: String,
    on_progress: Channel<ImportProgress>,
) -> Result<BatchSummary, CommandError> {
    let url = url.trim().to_string();
    if !import::is_url(&url) {
        return Err(quotebook_core::Error::InvalidInput(format!(
            "{url:?} is not a web address: it must start with http:// or https://"
        ))
        .into());
    }
    run_batch(
        &state,
        vec![Source::Url(url)],
        BatchSummary::default(),
        on_progress,
    )
    .await
}

/// Imports the sample article the empty library offers.
#[tauri::command]
pub async fn import_sample(
    state: State<'_, AppState>,
    on_progress: Channel<ImportProgress>,
) -> Result<BatchSummary, CommandError> {
    import_plain_text(&state, "sample article", SAMPLE_ARTICLE, on_progress).await
}

/// What the browser extension's options page needs to send pages here.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct ReceiverConnection {
    pub token: String,
    pub port: u16,
}

/// The open library's receiver token (made on first use) and the port the
/// app listens on, for the settings to show.
#[tauri::command]
pub fn receiver_connection(state: State<'_, AppState>) -> Result<ReceiverConnection, CommandError> {
    let path = token_path(&state.library_path());
    let token = Token::load_or_create(&path).map_err(|source| {
        quotebook_core::Error::from(ImportError::Io {
            path: path.display().to_string(),
            source,
        })
    })?;
    Ok(ReceiverConnection {
        token: token.as_str().to_string(),
        port: DEFAULT_PORT,
    })
}

/// Stops the running import once the batch it is storing is written.
#[tauri::command]
pub fn cancel_import(state: State<'_, AppState>) {
    state.import_cancelled.store(true, Ordering::Relaxed);
}

/// Asks for files (or one folder) to import; empty when the user cancels.
#[tauri::command]
pub async fn choose_import_paths(
    app: AppHandle,
    folder: bool,
) -> Result<Vec<String>, CommandError> {
    tauri::async_runtime::spawn_blocking(move || {
        let dialog = app.dialog().file().set_title("Import articles");
        let picked = if folder {
            dialog
                .blocking_pick_folder()
                .into_iter()
                .collect::<Vec<_>>()
        } else {
            dialog
                .add_filter(
                    "Articles",
                    &["txt", "md", "markdown", "html", "htm", "pdf", "docx"],
                )
                .blocking_pick_files()
                .unwrap_or_default()
        };
        picked
            .into_iter()
            .filter_map(|p| p.into_path().ok())
            .map(|p| p.display().to_string())
            .collect()
    })
    .await
    .map_err(|e| CommandError::internal(&format!("the file dialog failed: {e}")))
}
