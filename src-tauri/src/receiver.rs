//! "Send to Quotebook" from the browser: core's loopback receiver, started
//! with the app on a thread of its own. Each page is imported on a
//! connection of its own (as the app's imports are), and the window hears of
//! it twice: the library watcher's `library-changed`, and `page-received`
//! with the import summary, for a notice saying what arrived. The token is
//! that of the library open when the app started (`quotebook receive
//! --token` prints it); pages go to the library open when they arrive.

use std::sync::atomic::AtomicBool;

use quotebook_core::import::receiver::{
    failure, import_page, token_path, Receiver, Token, DEFAULT_PORT,
};
use quotebook_core::store::Library;
use tauri::{AppHandle, Emitter, Manager};

use crate::state::AppState;

/// The event with the summary of a page the extension sent.
pub const PAGE_RECEIVED: &str = "page-received";

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
