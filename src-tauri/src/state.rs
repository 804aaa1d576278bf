//! What the app holds between commands.

use std::path::PathBuf;
use std::sync::Mutex;

use quotebook_core::store::Library;

use crate::error::CommandError;

pub struct AppState {
    library_path: PathBuf,
    /// Opened on first use, so a damaged library shows an error in the window
    /// instead of stopping the app before it draws anything.
    library: Mutex<Option<Library>>,
}

impl AppState {
    pub fn new(library_path: PathBuf) -> Self {
        AppState {
            library_path,
            library: Mutex::new(None),
        }
    }

    pub fn library_path(&self) -> &std::path::Path {
        &self.library_path
    }

    /// Runs `f` with the open library, opening it first if needed.
    pub fn with_library<T>(
        &self,
        f: impl FnOnce(&mut Library) -> Result<T, quotebook_core::Error>,
    ) -> Result<T, CommandError> {
        let mut guard = self
            .library
            .lock()
            .map_err(|_| CommandError::internal("the library lock was poisoned"))?;
        if guard.is_none() {
            *guard = Some(Library::open(&self.library_path).map_err(quotebook_core::Error::from)?);
        }
        let library = guard.as_mut().expect("opened above");
        Ok(f(library)?)
    }
}
