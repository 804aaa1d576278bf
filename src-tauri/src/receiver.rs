//! "Send to Quotebook" from the browser: core's loopback receiver, started
//! with the app on a thread of its own. Each page is imported on a
//! connection of its own (as the app's imports are), and the window hears of
//! it twice: the library watcher's `library-changed`, and `page-received`
//! with the import summary, for a notice saying what arrived.

use std::sync::atomic::AtomicBool;
use std::sync::OnceLock;

use quotebook_core::import::receiver::{
    failure, import_page, token_path, Receiver, Token, DEFAULT_PORT,
};
use quotebook_core::store::Library;
use tauri::{AppHandle, Emitter, Manager};

use crate::state::AppState;

/// The event with the summary of a page the extension sent.
pub const PAGE_RECEIVED: &str = "page-received";

/// The token the running receiver accepts: that of the library open when
/// the app started, kept when the user switches library (pages then go to
/// the library open at the time they arrive).
static TOKEN: OnceLock<Token> = OnceLock::new();

/// Starts the receiver unless the port is taken (by a second app or a
/// `quotebook receive`), which is said on stderr and is no reason to stop.
pub fn spawn(app: AppHandle) {
    let library_path = app.state::<AppState>().library_path();
    let token = match Token::load_or_create(&token_path(&library_path)) {
        Ok(token) => token,
        Err(e) => {
            eprintln!("quotebook: the browser receiver is off: its token could not be made ({e})");
            return;
        }
    };
    let _ = TOKEN.set(token.clone());
    let receiver = match Receiver::bind(DEFAULT_PORT, token) {
        Ok(receiver) => receiver,
        Err(e) => {
            eprintln!("quotebook: the browser receiver is off: port {DEFAULT_PORT} ({e})");
            return;
        }
    };
    let spawned = std::thread::Builder::new()
        .name("browser-receiver".into())
        .spawn(move || {
            let never = AtomicBool::new(false);
            let served = receiver.serve(&never, |page| {
                let path = app.state::<AppState>().library_path();
                let summary = match Library::open(&path) {
                    Ok(mut library) => import_page(&mut library, page),
                    Err(e) => failure(page.url, format!("not stored: {e}")),
                };
                let _ = app.emit(PAGE_RECEIVED, &summary);
                summary
            });
            if let Err(e) = served {
                eprintln!("quotebook: the browser receiver stopped: {e}");
            }
        });
    if let Err(e) = spawned {
        eprintln!("quotebook: the browser receiver could not start: {e}");
    }
}

/// The token to paste into the extension's options (for Settings to show):
/// the running receiver's, else the one beside the library open now.
#[tauri::command]
pub fn receiver_token(
    state: tauri::State<'_, AppState>,
) -> Result<String, crate::error::CommandError> {
    if let Some(token) = TOKEN.get() {
        return Ok(token.as_str().to_string());
    }
    let path = token_path(&state.library_path());
    Token::load_or_create(&path)
        .map(|token| token.as_str().to_string())
        .map_err(|e| {
            crate::error::CommandError::internal(&format!(
                "{}: the receiver token could not be read or made: {e}",
                path.display()
            ))
        })
}
