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
        .manage(AppState::new(library_path))
        .invoke_handler(tauri::generate_handler![commands::library::library_status])
        .run(tauri::generate_context!())
        .expect("the Tauri runtime failed to start");
}
