//! One module per subcommand.

pub mod article;
pub mod backup;
pub mod cite;
pub mod delete;
pub mod delete_article;
pub mod dispute;
pub mod edit;
pub mod export;
pub mod extract;
pub mod filter_args;
pub mod history;
pub mod import;
pub mod info;
pub mod merge_speakers;
pub mod output;
pub mod quotes;
pub mod receive;
pub mod recover;
pub mod reextract;
pub mod references;
pub mod search;
pub mod shared;
pub mod show;
pub mod speakers;
pub mod split_alias;
pub mod styles;
pub mod sync;
pub mod undo;
pub mod verify;

use std::path::PathBuf;
use std::time::Duration;

use quotebook_core::store::{Library, OpenMode};

/// What every subcommand may need from the global flags.
pub struct Context {
    pub db: Option<PathBuf>,
    /// `--init`: an empty file or a foreign database may become a library.
    pub init: bool,
}

impl Context {
    /// The library chosen with `--db`, else core's default location.
    pub fn library_path(&self) -> PathBuf {
        self.db
            .clone()
            .unwrap_or_else(quotebook_core::default_library_path)
    }

    pub fn open_library(&self) -> Result<Library, quotebook_core::Error> {
        let mode = if self.init {
            OpenMode::Init
        } else {
            OpenMode::Existing
        };
        Ok(Library::open_with(
            &self.library_path(),
            Duration::from_secs(30),
            mode,
        )?)
    }
}
