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

use quotebook_core::search::LibraryIndex;
use quotebook_core::service::{self, FindRequest, FoundPage, Settings};
use quotebook_core::store::Library;

use crate::error::CommandError;

/// The open library and, once built or loaded, its search index.
pub struct Session {
    pub library: Library,
    pub index: Option<LibraryIndex>,
}

impl Session {
    /// Searches with records (core's service, as the CLI does), loading or
    /// building the index on first use; the service brings it up to date with
    /// the library, also with other processes' writes.
    pub fn find(&mut self, request: &FindRequest<'_>) -> Result<FoundPage, quotebook_core::Error> {
        self.load_index()?;
        let index = self.index.as_mut().expect("loaded just above");
        service::find_quotes(&self.library, index, request)
    }

    /// Loads (or builds) the search index unless it is loaded.
    pub fn load_index(&mut self) -> Result<(), quotebook_core::Error> {
        if self.index.is_none() {
            let (index, _readiness, _took) = LibraryIndex::open(&self.library)?;
            self.index = Some(index);
        }
        Ok(())
    }
}

pub struct AppState {
    /// The library open now; the settings can switch it.
    library_path: Arc<Mutex<PathBuf>>,
    /// Where the user's settings are saved, and their current values.
    settings_path: PathBuf,
    settings: Mutex<Settings>,
    /// Opened on first use, so a damaged library shows an error in the window
    /// instead of stopping the app before it draws anything.
    session: Arc<Mutex<Option<Session>>>,
    /// Set by the UI's Cancel button; a running import stops before its next
    /// article (each article is one transaction, so nothing is left half-done).
    pub import_cancelled: Arc<AtomicBool>,
    /// The library the session has opened (and so migrated) at least once.
    migrated: Mutex<Option<PathBuf>>,
}

/// Runs `f` on a blocking thread, off the window's.
pub(crate) async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, CommandError> + Send + 'static,
) -> Result<T, CommandError> {
    tauri::async_runtime::spawn_blocking(f)
        .await
        .map_err(|e| CommandError::internal(&format!("a background task failed: {e}")))?
}

/// Locks a mutex, also one a panicked thread left poisoned: the values kept
/// here (a path, the settings) are whole after any panic.
fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn run_with_session<T>(
    session: &Mutex<Option<Session>>,
    path: &Path,
    f: impl FnOnce(&mut Session) -> Result<T, quotebook_core::Error>,
) -> Result<T, CommandError> {
    let mut guard = session
        .lock()
        .map_err(|_| CommandError::internal("the library lock was poisoned"))?;
    if guard.is_none() {
        let library = Library::open(path).map_err(quotebook_core::Error::from)?;
        *guard = Some(Session {
            library,
            index: None,
        });
    }
    f(guard.as_mut().expect("opened just above")).map_err(CommandError::from)
}

impl AppState {
    pub fn new(settings_path: PathBuf, settings: Settings) -> Self {
        AppState {
            library_path: Arc::new(Mutex::new(settings.library())),
            settings_path,
            settings: Mutex::new(settings),
            session: Arc::new(Mutex::new(None)),
            import_cancelled: Arc::new(AtomicBool::new(false)),
            migrated: Mutex::new(None),
        }
    }

    pub fn library_path(&self) -> PathBuf {
        lock(&self.library_path).clone()
    }

    pub fn settings(&self) -> Settings {
        lock(&self.settings).clone()
    }

    /// Saves new settings; a new library location closes the open library and
    /// opens (or creates) the chosen one, which must open cleanly first.
    pub async fn save_settings(&self, settings: Settings) -> Result<Settings, CommandError> {
        // A citation style that cannot be used (a house style's file that is
        // missing or not CSL) is refused here, not at the next copy.
        let style = settings.citation_style.clone();
        blocking(move || {
            quotebook_core::cite::StyleChoice::resolve(&style)
                .map(drop)
                .map_err(|e| quotebook_core::Error::from(e).into())
        })
        .await?;
        let next = settings.library();
        if next != self.library_path() {
            let check = next.clone();
            blocking(move || {
                Library::open(&check)
                    .map(drop)
                    .map_err(|e| quotebook_core::Error::from(e).into())
            })
            .await?;
        }
        settings
            .save(&self.settings_path)
            .map_err(|e| CommandError::from(quotebook_core::Error::from(e)))?;
        if next != self.library_path() {
            let mut session = lock(&self.session);
            *session = None;
            *lock(&self.library_path) = next;
        }
        *lock(&self.settings) = settings.clone();
        Ok(settings)
    }

    /// Runs `f` with the session on a blocking thread, opening the library
    /// first if needed.
    pub async fn with_session<T, F>(&self, f: F) -> Result<T, CommandError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Session) -> Result<T, quotebook_core::Error> + Send + 'static,
    {
        let session = Arc::clone(&self.session);
        let path = Arc::clone(&self.library_path);
        blocking(move || run_with_session(&session, &lock(&path).clone(), f)).await
    }

    /// [`Self::with_session`] on the calling thread, for a thread of our own
    /// (the library watcher) that may block.
    pub fn with_session_here<T, F>(&self, f: F) -> Result<T, CommandError>
    where
        F: FnOnce(&mut Session) -> Result<T, quotebook_core::Error>,
    {
        run_with_session(&self.session, &self.library_path(), f)
    }

    /// Runs `f` with the shared library connection.
    pub async fn with_library<T, F>(&self, f: F) -> Result<T, CommandError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Library) -> Result<T, quotebook_core::Error> + Send + 'static,
    {
        self.with_session(move |s| f(&mut s.library)).await
    }

    /// Runs `f` with a connection of its own, for long writes (imports) and
    /// long reads (the speaker list) that must not hold up searches.
    pub async fn with_own_connection<T, F>(&self, f: F) -> Result<T, CommandError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Library) -> Result<T, quotebook_core::Error> + Send + 'static,
    {
        self.ensure_migrated().await?;
        let path = self.library_path();
        blocking(move || {
            let mut library = Library::open(&path).map_err(quotebook_core::Error::from)?;
            f(&mut library).map_err(CommandError::from)
        })
        .await
    }

    /// Opens the shared session's library once per library path before any
    /// connection of its own: a new or older library is created or migrated
    /// by one connection only. (At start the speaker list, the sync state and
    /// the first search all open the library at once; two connections
    /// migrating a new file together made one of them fail.)
    pub async fn ensure_migrated(&self) -> Result<(), CommandError> {
        let path = self.library_path();
        if lock(&self.migrated).as_ref() == Some(&path) {
            return Ok(());
        }
        self.with_session(|_| Ok(())).await?;
        *lock(&self.migrated) = Some(path);
        Ok(())
    }
}
