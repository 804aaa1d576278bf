//! Consistent copies of the library with SQLite's online backup, which is safe
//! while other connections read and write.

use std::path::Path;

use rusqlite::{Connection, MAIN_DB};

use super::{Library, StoreError};

/// Copies the main database of `conn` to `dest` (replacing it).
pub(super) fn copy_to(conn: &Connection, dest: &Path, source: &Path) -> Result<(), StoreError> {
    if let Some(parent) = dest.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| StoreError::Io {
            path: parent.display().to_string(),
            source: e,
        })?;
    }
    conn.backup(MAIN_DB, dest, None::<fn(rusqlite::backup::Progress)>)
        .map_err(|e| match e {
            rusqlite::Error::SqliteFailure(..) => StoreError::from_sqlite(dest, e),
            other => StoreError::from_sqlite(source, other),
        })
}

impl Library {
    /// Writes a consistent copy of the whole library to `dest`.
    pub fn backup(&self, dest: &Path) -> Result<(), StoreError> {
        if dest == self.path {
            return Err(StoreError::Invalid(format!(
                "{}: a backup cannot overwrite the library itself",
                dest.display()
            )));
        }
        copy_to(&self.conn, dest, &self.path)
    }
}

#[cfg(test)]
mod tests {
    use crate::store::test_support::*;
    use crate::store::Library;

    #[test]
    fn a_backup_opens_as_a_library_with_the_same_articles() {
        let (dir, mut library) = library();
        library
            .import_article(&article(
                "Plain words, nothing quoted.",
                "Daily",
                "2024-02-08",
            ))
            .unwrap();
        let dest = dir.path().join("copies/backup.sqlite3");
        library.backup(&dest).unwrap();
        let copy = Library::open(&dest).unwrap();
        assert_eq!(copy.article_count().unwrap(), 1);
    }

    #[test]
    fn a_backup_refuses_to_overwrite_the_library() {
        let (_dir, library) = library();
        let path = library.path().to_path_buf();
        assert!(library.backup(&path).is_err());
    }
}
