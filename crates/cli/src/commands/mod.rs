//! One module per subcommand.

pub mod extract;
pub mod info;

use std::path::PathBuf;

use quotebook_core::store::Library;

/// What every subcommand may need from the global flags.
pub struct Context {
    pub db: Option<PathBuf>,
}

impl Context {
    /// The library chosen with `--db`, else core's default location.
    pub fn library_path(&self) -> PathBuf {
        self.db
            .clone()
            .unwrap_or_else(quotebook_core::default_library_path)
    }

    pub fn open_library(&self) -> Result<Library, quotebook_core::Error> {
        Ok(Library::open(&self.library_path())?)
    }
}
