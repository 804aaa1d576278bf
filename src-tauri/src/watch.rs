//! The live library: tells the window when another process (the CLI, a
//! second window) or the app's own import connection wrote to the library,
//! so lists, counts and the open quote follow without a restart.

use std::time::Duration;

use tauri::{AppHandle, Emitter, Manager};

use crate::state::AppState;

/// The event the window listens to.
pub const LIBRARY_CHANGED: &str = "library-changed";

/// Often enough that a write shows within a second; reading SQLite's
/// `data_version` costs microseconds.
const POLL: Duration = Duration::from_millis(300);

/// Watches the library on a thread of its own for as long as the app runs.
pub fn spawn(app: AppHandle) {
    std::thread::Builder::new()
        .name("library-watch".into())
        .spawn(move || {
            let mut seen: Option<i64> = None;
            loop {
                std::thread::sleep(POLL);
                let state = app.state::<AppState>();
                // A library that cannot be opened is reported by the window's
                // own calls; the watcher just tries again.
                let Ok(version) = state.with_session_here(|s| Ok(s.library.data_version()?)) else {
                    continue;
                };
                if seen.is_some_and(|before| before != version) {
                    let _ = app.emit(LIBRARY_CHANGED, version);
                }
                seen = Some(version);
            }
        })
        .expect("the library watcher thread could not start");
}
