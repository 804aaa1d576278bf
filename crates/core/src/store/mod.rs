//! The quote library: one SQLite file.

mod error;
mod migrate;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::Connection;

pub use error::StoreError;

/// An open library database.
pub struct Library {
    conn: Connection,
    path: PathBuf,
}

impl Library {
    /// Opens (creating if absent) the library at `path` and brings its schema
    /// up to date.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|source| StoreError::Io {
                path: parent.display().to_string(),
                source,
            })?;
        }
        let conn = Connection::open(path).map_err(|e| StoreError::from_sqlite(path, e))?;
        // Another process (the CLI while the app runs) may hold the write lock
        // briefly; wait for it rather than failing.
        conn.busy_timeout(Duration::from_secs(10))
            .map_err(|e| StoreError::from_sqlite(path, e))?;
        conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;")
            .map_err(|e| StoreError::from_sqlite(path, e))?;
        let mut library = Library {
            conn,
            path: path.to_path_buf(),
        };
        migrate::run(&mut library.conn, path)?;
        Ok(library)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// How many quotes the library holds.
    pub fn quote_count(&self) -> Result<u64, StoreError> {
        self.conn
            .query_row("SELECT count(*) FROM quotes", [], |row| {
                row.get::<_, i64>(0)
            })
            .map(|n| n.max(0) as u64)
            .map_err(|e| StoreError::from_sqlite(&self.path, e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_library_is_created_empty_with_its_folder() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nested/library.sqlite3");
        let library = Library::open(&path).unwrap();
        assert!(path.exists());
        assert_eq!(library.quote_count().unwrap(), 0);
    }

    #[test]
    fn reopening_keeps_the_schema_version() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("library.sqlite3");
        drop(Library::open(&path).unwrap());
        let library = Library::open(&path).unwrap();
        assert_eq!(library.quote_count().unwrap(), 0);
    }

    #[test]
    fn a_file_that_is_not_a_database_is_reported_as_corrupt() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("library.sqlite3");
        std::fs::write(
            &path,
            b"this is not a database, just some text padded out......",
        )
        .unwrap();
        let err = Library::open(&path).err().unwrap();
        assert_eq!(err.code(), crate::ErrorCode::DatabaseCorrupt);
        assert!(err.to_string().contains("library.sqlite3"), "{err}");
    }
}
