//! Checks that keep damage from spreading: a file is opened as a library
//! only when it is one (or is new), a damaged library is never written to,
//! and an output file never replaces a database.

use std::io::Read;
use std::path::Path;

use rusqlite::Connection;

use super::StoreError;

/// The first bytes of every SQLite database file.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// True when `path` is a SQLite database (a library or any other), judged by
/// its header. Commands that write a file check this before replacing one.
pub fn is_sqlite_file(path: &Path) -> bool {
    let mut header = [0u8; 16];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut header))
        .is_ok_and(|()| &header == SQLITE_HEADER)
}

/// An existing empty file is not a new library: it is a library lost (a
/// truncated copy, a failed download) or the wrong path, and opening it would
/// silently start an empty library in its place.
pub(super) fn refuse_empty_file(path: &Path) -> Result<(), StoreError> {
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_file() && meta.len() == 0 => Err(StoreError::NotALibrary {
            path: path.display().to_string(),
            detail: "the file is empty (0 bytes)".to_string(),
        }),
        _ => Ok(()),
    }
}

/// A SQLite database with tables but no Quotebook schema version belongs to
/// another program: adding our tables and switching it to WAL would change it.
pub(super) fn refuse_foreign_database(conn: &Connection, path: &Path) -> Result<(), StoreError> {
    let err = |e| StoreError::from_sqlite(path, e);
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(err)?;
    if version > 0 {
        return Ok(());
    }
    let tables: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'",
            [],
            |r| r.get(0),
        )
        .map_err(err)?;
    if tables > 0 {
        return Err(StoreError::NotALibrary {
            path: path.display().to_string(),
            detail: format!("another program's SQLite database, with {tables} tables of its own"),
        });
    }
    Ok(())
}

/// SQLite's quick check: `Ok` when it says "ok", else its first findings.
pub(super) fn quick_check(conn: &Connection) -> Result<(), String> {
    check(conn, "PRAGMA quick_check(5)")
}

/// SQLite's full integrity check (indexes against tables too), for copies
/// that are about to replace something.
pub(super) fn integrity_check(conn: &Connection) -> Result<(), String> {
    check(conn, "PRAGMA integrity_check(5)")
}

/// Runs a check pragma; on damage, says so in a few plain words (SQLite's
/// own findings, "Tree 23 page 37 cell 2: Rowid 0 out of order", tell a
/// journalist nothing and run over many lines).
fn check(conn: &Connection, pragma: &str) -> Result<(), String> {
    let findings: Result<Vec<String>, rusqlite::Error> = conn
        .prepare(pragma)
        .and_then(|mut stmt| stmt.query_map([], |r| r.get(0))?.collect());
    match findings {
        Ok(lines) if lines.len() == 1 && lines[0] == "ok" => Ok(()),
        Ok(lines) => {
            // One finding may hold several lines.
            let problems = lines
                .iter()
                .flat_map(|finding| finding.lines())
                .filter(|l| !l.trim().is_empty() && !l.starts_with("***"))
                .count();
            Err(match problems {
                0 | 1 => "SQLite's integrity check found a problem".to_string(),
                5.. => "SQLite's integrity check found 5 problems or more".to_string(),
                n => format!("SQLite's integrity check found {n} problems"),
            })
        }
        Err(e) => Err(format!(
            "a part of it cannot be read: {}",
            super::error::plain_words(&e)
        )),
    }
}

/// What the header of a database file that SQLite called damaged says is
/// wrong, in plain words, when it says: cut short, or not a SQLite file at
/// all. `None` when the header looks whole (the damage is inside).
pub(super) fn describe_damaged_file(path: &Path) -> Option<String> {
    let size = std::fs::metadata(path).ok()?.len();
    let mut header = Vec::with_capacity(100);
    std::fs::File::open(path)
        .ok()?
        .take(100)
        .read_to_end(&mut header)
        .ok()?;
    if header.len() < 100 {
        return Some(format!(
            "the file is cut short: {size} bytes, not even a whole header"
        ));
    }
    if &header[..16] != SQLITE_HEADER {
        return Some(
            "its first bytes are not a SQLite database's: its header is overwritten, or it \
             never was a library"
                .to_string(),
        );
    }
    let be32 = |at: usize| u32::from_be_bytes(header[at..at + 4].try_into().expect("4 bytes"));
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65_536,
        n => u64::from(n),
    };
    // The page count in the header is valid when written by SQLite 3.7 or
    // later, which also stamps "version-valid-for" with the change counter.
    let pages = u64::from(be32(28));
    if be32(92) == be32(24) && pages > 0 && size < pages * page_size {
        return Some(format!(
            "the file is cut short: {size} bytes of the {} it should have",
            pages * page_size
        ));
    }
    if page_size >= 512 && size % page_size != 0 {
        return Some(format!(
            "the file is cut short: it ends in the middle of a page, at {size} bytes"
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{Library, OpenMode};
    use std::time::Duration;

    #[test]
    fn an_empty_file_is_refused_unless_init() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("library.sqlite3");
        std::fs::write(&path, b"").unwrap();
        let err = Library::open(&path).err().unwrap();
        assert!(matches!(err, StoreError::NotALibrary { .. }), "{err}");
        assert!(err.to_string().contains("--init"), "{err}");
        assert_eq!(std::fs::metadata(&path).unwrap().len(), 0, "left as it was");
        Library::open_with(&path, Duration::from_secs(1), OpenMode::Init).unwrap();
        Library::open(&path).unwrap();
    }

    #[test]
    fn another_programs_database_is_refused_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("other.db");
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('a');")
            .unwrap();
        drop(conn);
        let err = Library::open(&path).err().unwrap();
        assert!(matches!(err, StoreError::NotALibrary { .. }), "{err}");
        let conn = Connection::open(&path).unwrap();
        let mode: String = conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        let tables: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
            .unwrap();
        assert_eq!((mode.as_str(), tables), ("delete", 1));
        assert!(is_sqlite_file(&path));
        assert!(!is_sqlite_file(&dir.path().join("missing")));
    }
}
