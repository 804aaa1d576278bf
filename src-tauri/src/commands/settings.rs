//! The user's settings: read, save, and pick a library file.

use quotebook_core::service::Settings;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

use crate::error::CommandError;
use crate::state::AppState;

#[tauri::command]
pub fn get_settings(state: State<'_, AppState>) -> Settings {
    state.settings()
}

/// Saves the settings (they outlive a restart); a new library location opens
/// that library, creating it when the file does not exist yet.
#[tauri::command]
pub async fn save_settings(
    state: State<'_, AppState>,
    settings: Settings,
) -> Result<Settings, CommandError> {
    if let Some(url) = settings.shared_url.as_deref() {
        // Settings are a plain file: a password typed into the address would
        // be stored in the clear.
        if quotebook_sync::without_password(url) != url {
            return Err(CommandError::invalid(
                "leave the password out of the shared library's address: type it in the \
                 Password field, which keeps it in the system keyring",
            ));
        }
    }
    state.save_settings(settings).await
}

/// Keeps the password for a shared library in the system keyring (never in
/// the settings file).
#[tauri::command]
pub async fn save_shared_password(url: String, password: String) -> Result<(), CommandError> {
    crate::state::blocking(move || {
        Ok(quotebook_sync::password::store(
            &quotebook_sync::without_password(&url),
            &password,
        )?)
    })
    .await
}

/// Asks for a library file: an existing one to open, or (`create`) where to
/// make a new one. None when the user cancels.
#[tauri::command]
pub async fn choose_library_file(
    app: AppHandle,
    create: bool,
) -> Result<Option<String>, CommandError> {
    tauri::async_runtime::spawn_blocking(move || {
        let dialog = app
            .dialog()
            .file()
            .add_filter("Quotebook library", &["sqlite3", "sqlite", "db"]);
        let picked = if create {
            dialog
                .set_title("Create a new library")
                .set_file_name("library.sqlite3")
                .blocking_save_file()
        } else {
            dialog.set_title("Open a library").blocking_pick_file()
        };
        picked
            .and_then(|p| p.into_path().ok())
            .map(|p| p.display().to_string())
    })
    .await
    .map_err(|e| CommandError::internal(&format!("the file dialog failed: {e}")))
}

/// Asks for a house style's .csl file. None when the user cancels.
#[tauri::command]
pub async fn choose_style_file(app: AppHandle) -> Result<Option<String>, CommandError> {
    tauri::async_runtime::spawn_blocking(move || {
        app.dialog()
            .file()
            .set_title("Choose a house style (CSL file)")
            .add_filter("CSL style", &["csl", "xml"])
            .blocking_pick_file()
            .and_then(|p| p.into_path().ok())
            .map(|p| p.display().to_string())
    })
    .await
    .map_err(|e| CommandError::internal(&format!("the file dialog failed: {e}")))
}
