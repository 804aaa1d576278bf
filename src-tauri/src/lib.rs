//! The Quotebook desktop shell: window, state and IPC commands. Every command
//! is a few lines calling quotebook-core; nothing here knows how quotes are
//! found or stored.

pub mod bindings;
pub mod commands;
pub mod error;
pub mod receiver;
pub mod state;
pub mod watch;

use state::AppState;
use tauri::Manager;

pub fn run() {
    let settings_path = quotebook_core::service::settings_path();
    // Settings that cannot be read leave the defaults in use; the file is
    // kept as it is until the user saves new settings.
    let settings = quotebook_core::service::Settings::load(&settings_path).unwrap_or_else(|e| {
        eprintln!("quotebook: {e}; using the default settings");
        Default::default()
    });
    tauri::Builder::default()
        .plugin(tauri_plugin_clipboard_manager::init())
        .plugin(tauri_plugin_dialog::init())
        .manage(AppState::new(settings_path, settings))
        .setup(|app| {
            // The library and its search index open while the window loads,
            // so the first search (the first list shown) need not wait for them.
            let handle = app.handle().clone();
            std::thread::spawn(move || {
                let state = handle.state::<AppState>();
                // A library that cannot be opened is reported by the window's
                // own calls, which try again.
                let _ = state.with_session_here(|s| s.load_index());
            });
            watch::spawn(app.handle().clone());
            receiver::spawn(app.handle().clone());
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::library::library_status,
            commands::quotes::quote_detail,
            commands::quotes::edit_quote,
            commands::quotes::set_quote_status,
            commands::quotes::delete_quote,
            commands::quotes::mark_reviewed,
            commands::quotes::undo_last_change,
            commands::articles::article_view,
            commands::articles::correct_article,
            commands::search::search_quotes,
            commands::search::review_queue,
            commands::speakers::list_speakers,
            commands::speakers::merge_suggestions,
            commands::speakers::merge_speakers,
            commands::speakers::speaker_profile,
            commands::sync::sync_status,
            commands::sync::sync_now,
            commands::settings::get_settings,
            commands::settings::save_settings,
            commands::settings::save_shared_password,
            commands::settings::choose_library_file,
            commands::settings::choose_style_file,
            commands::selection::export_selection,
            commands::selection::copy_citations,
            commands::selection::set_status_of,
            commands::selection::delete_quotes,
            commands::selection::undo_changes,
            commands::cite::citation_styles,
            commands::cite::check_citation_style,
            commands::cite::cite_quote,
            commands::cite::copy_citation,
            commands::import::import_paths,
            commands::import::import_text,
            commands::import::import_url,
            commands::import::receiver_connection,
            commands::import::import_sample,
            commands::import::cancel_import,
            commands::import::choose_import_paths,
        ])
        .run(tauri::generate_context!())
        .expect("the Tauri runtime failed to start");
}
