//! Consistent copies of the library with SQLite's online backup, which is safe
//! while other connections read and write.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, MAIN_DB};

use super::{guard, Library, StoreError};

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
    /// Writes a consistent copy of the whole library to `dest`, never
    /// replacing a good backup with a bad one: the library is checked first
    /// (a damaged one is refused), its WAL checkpointed, the copy written
    /// beside `dest`, checked, and only then renamed over it; the backup it
    /// replaces is kept as `dest.previous`.
    pub fn backup(&self, dest: &Path) -> Result<(), StoreError> {
        if dest == self.path || same_file(dest, &self.path) {
            return Err(StoreError::Invalid(format!(
                "{}: a backup cannot overwrite the library itself",
                dest.display()
            )));
        }
        if let Err(detail) = guard::quick_check(&self.conn) {
            return Err(StoreError::Damaged {
                path: self.path.display().to_string(),
                detail: format!(
                    "{detail}; no backup was written, {} is unchanged",
                    dest.display()
                ),
            });
        }
        // Moves what the WAL holds into the main file, so the library file
        // alone is whole too (the copy below reads through the WAL anyway).
        // PASSIVE: never waits for readers, never blocks the app. (A library
        // on read-only media cannot be checkpointed, and need not be: the
        // copy reads through its WAL.)
        if !self.is_read_only() {
            self.conn
                .query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()))
                .map_err(|e| self.err(e))?;
        }
        let partial = with_suffix(dest, ".partial");
        let _ = std::fs::remove_file(&partial);
        let result = copy_to(&self.conn, &partial, &self.path).and_then(|()| verify_copy(&partial));
        if let Err(e) = result {
            let _ = std::fs::remove_file(&partial);
            return Err(e);
        }
        let io = |path: &Path| {
            let path = path.display().to_string();
            move |source| StoreError::Io { path, source }
        };
        if dest.exists() {
            std::fs::rename(dest, with_suffix(dest, ".previous")).map_err(io(dest))?;
        }
        std::fs::rename(&partial, dest).map_err(io(dest))
    }
}

/// Opens a fresh copy and runs SQLite's integrity check over it.
fn verify_copy(copy: &Path) -> Result<(), StoreError> {
    let conn = Connection::open(copy).map_err(|e| StoreError::from_sqlite(copy, e))?;
    guard::integrity_check(&conn).map_err(|detail| StoreError::Damaged {
        path: copy.display().to_string(),
        detail: format!("the fresh copy fails its check ({detail}); it was not kept"),
    })
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// True when both paths name one existing file (a link, `./lib`, ...).
fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
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

    #[test]
    fn a_second_backup_keeps_the_first_as_previous() {
        let (dir, mut library) = library();
        let dest = dir.path().join("backup.sqlite3");
        library.backup(&dest).unwrap();
        library
            .import_article(&article("Words, nothing quoted.", "Daily", "2024-02-08"))
            .unwrap();
        library.backup(&dest).unwrap();
        let previous = dir.path().join("backup.sqlite3.previous");
        assert_eq!(
            Library::open(&previous).unwrap().article_count().unwrap(),
            0
        );
        assert_eq!(Library::open(&dest).unwrap().article_count().unwrap(), 1);
        assert!(!dir.path().join("backup.sqlite3.partial").exists());
    }
}
