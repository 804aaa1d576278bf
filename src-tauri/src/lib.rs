//! The Quotebook desktop shell: window, state and IPC commands. Every command
//! is a few lines calling quotebook-core; nothing here knows how quotes are
//! found or stored.

pub mod bindings;
pub mod commands;
pub mod error;
pub mod state;

use state::AppState;

pub fn run() {
    let library_path = quotebook_core::default_library_path();
    tauri::Builder::default()
        .plugin(tauri_plugin_clipboard_manager::init())
        .plugin(tauri_plugin_dialog::init())
        .manage(AppState::new(library_path))
        .invoke_handler(tauri::generate_handler![
            commands::library::library_status,
            commands::quotes::quote_detail,
            commands::quotes::edit_quote,
            commands::quotes::set_quote_status,
            commands::quotes::delete_quote,
            commands::quotes::undo_last_change,
            commands::search::search_quotes,
            commands::search::review_queue,
            commands::speakers::list_speakers,
            commands::speakers::merge_suggestions,
            commands::speakers::merge_speakers,
            commands::cite::cite_quote,
            commands::cite::copy_citation,
            commands::import::import_paths,
            commands::import::import_text,
            commands::import::import_sample,
            commands::import::cancel_import,
            commands::import::choose_import_paths,
        ])
        .run(tauri::generate_context!())
        .expect("the Tauri runtime failed to start");
}
