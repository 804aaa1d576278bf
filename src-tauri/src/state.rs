//! What the app holds between commands, and how commands reach it.
//!
//! SQLite work runs on tokio's blocking threads, never on the thread that
//! draws the window. Reads, edits and searches share one connection and the
//! search index; an import opens a connection of its own (WAL lets it write
//! while the window keeps reading), and the index catches up with it through
//! the library's change log on the next search.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex};

use quotebook_core::search::{Filters, LibraryIndex, SearchResults};
use quotebook_core::store::Library;

use crate::error::CommandError;

/// The open library and, once built or loaded, its search index.
pub struct Session {
    pub library: Library,
    pub index: Option<LibraryIndex>,
}

impl Session {
    /// Searches, loading or building the index on first use and bringing it
    /// up to date with the library (also with other processes' writes).
    pub fn search(
        &mut self,
        input: &str,
        filters: &Filters,
        limit: usize,
    ) -> Result<SearchResults, quotebook_core::Error> {
        let index = match &mut self.index {
            Some(index) => index,
            None => {
                let (index, _readiness, _took) = LibraryIndex::open(&self.library)?;
                self.index.insert(index)
            }
        };
        index.search(&self.library, input, filters, limit)
    }
}

pub struct AppState {
    library_path: PathBuf,
    /// Opened on first use, so a damaged library shows an error in the window
    /// instead of stopping the app before it draws anything.
    session: Arc<Mutex<Option<Session>>>,
    /// Set by the UI's Cancel button; a running import stops before its next
    /// article (each article is one transaction, so nothing is left half-done).
    pub import_cancelled: Arc<AtomicBool>,
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, CommandError> + Send + 'static,
) -> Result<T, CommandError> {
    tauri::async_runtime::spawn_blocking(f)
        .await
        .map_err(|e| CommandError::internal(&format!("a background task failed: {e}")))?
}

impl AppState {
    pub fn new(library_path: PathBuf) -> Self {
        AppState {
            library_path,
            session: Arc::new(Mutex::new(None)),
            import_cancelled: Arc::new(AtomicBool::new(false)),
        }
    }

    pub fn library_path(&self) -> &Path {
        &self.library_path
    }

    /// Runs `f` with the session on a blocking thread, opening the library
    /// first if needed.
    pub async fn with_session<T, F>(&self, f: F) -> Result<T, CommandError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Session) -> Result<T, quotebook_core::Error> + Send + 'static,
    {
        let session = Arc::clone(&self.session);
        let path = self.library_path.clone();
        blocking(move || {
            let mut guard = session
                .lock()
                .map_err(|_| CommandError::internal("the library lock was poisoned"))?;
            if guard.is_none() {
                let library = Library::open(&path).map_err(quotebook_core::Error::from)?;
                *guard = Some(Session {
                    library,
                    index: None,
                });
            }
            f(guard.as_mut().expect("opened just above")).map_err(CommandError::from)
        })
        .await
    }

    /// Runs `f` with the shared library connection.
    pub async fn with_library<T, F>(&self, f: F) -> Result<T, CommandError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Library) -> Result<T, quotebook_core::Error> + Send + 'static,
    {
        self.with_session(move |s| f(&mut s.library)).await
    }

    /// Runs `f` with a connection of its own, for long writes (imports) that
    /// must not hold up reads and searches.
    pub async fn with_own_connection<T, F>(&self, f: F) -> Result<T, CommandError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Library) -> Result<T, quotebook_core::Error> + Send + 'static,
    {
        let path = self.library_path.clone();
        blocking(move || {
            let mut library = Library::open(&path).map_err(quotebook_core::Error::from)?;
            f(&mut library).map_err(CommandError::from)
        })
        .await
    }
}
