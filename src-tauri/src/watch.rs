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
            let mut failing = false;
            loop {
                std::thread::sleep(POLL);
                let state = app.state::<AppState>();
                // A library that cannot be opened is reported by the window's
                // own calls; the watcher just tries again. It says so once on
                // stderr (and once when it reads again), so a window that
                // stopped following the library leaves a trace in a log.
                let version = match state.with_session_here(|s| Ok(s.library.data_version()?)) {
                    Ok(version) => version,
                    Err(e) => {
                        if !failing {
                            eprintln!(
                                "quotebook: the library watcher cannot read the library: {}",
                                e.message
                            );
                        }
                        failing = true;
                        continue;
                    }
                };
                if failing {
                    eprintln!("quotebook: the library watcher reads the library again");
                    failing = false;
                }
                if changed_since(seen, version) {
                    let _ = app.emit(LIBRARY_CHANGED, version);
                }
                seen = Some(version);
            }
        })
        .expect("the library watcher thread could not start");
}

/// Whether the window should re-read the library, given the version seen at
/// the last poll (none before the first) and the one read now.
///
/// The first read also counts as a change: it may come after a write the
/// window's first lists missed (the library opening slowly on a busy
/// machine, or the CLI importing as the app starts), and a version is only
/// comparable with others read on the same connection anyway. One spare
/// refresh at start costs nothing; a missed write leaves the window showing
/// an empty library until the next one.
fn changed_since(seen: Option<i64>, now: i64) -> bool {
    seen != Some(now)
}

#[cfg(test)]
mod tests {
    use super::changed_since;

    #[test]
    fn the_first_read_and_every_new_version_refresh_the_window() {
        assert!(changed_since(None, 1), "the first read");
        assert!(changed_since(Some(1), 2), "another connection committed");
        assert!(!changed_since(Some(2), 2), "nothing happened");
    }
}
