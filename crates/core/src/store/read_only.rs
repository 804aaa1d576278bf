//! Libraries on read-only media: a library on a read-only disk, in a
//! read-only folder or in a file marked read-only still opens for reading
//! (search, quotes, citations, exports); every write is refused with a
//! message that says why.
//!
//! SQLite needs to create the `-wal` and `-shm` files beside a WAL library
//! even to read it; in a folder where it cannot, a read-only connection only
//! opens when told the file is immutable. That is true here: no process can
//! write a WAL library whose folder takes no new files.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use super::StoreError;

/// Why a library at `path` cannot be written, when it cannot: the file or
/// its folder is read-only (permissions, an immutable flag, a read-only
/// mount). `None` for a writable library, or one that does not exist yet.
pub(super) fn reason(path: &Path) -> Option<String> {
    if !path.is_file() {
        return None;
    }
    if writable(path) == Some(false) {
        return Some("the file is read-only".to_string());
    }
    if folder_writable(path) == Some(false) {
        return Some("its folder is read-only".to_string());
    }
    None
}

/// The folder a library's `-wal` and `-shm` files go in.
fn folder(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

fn folder_writable(path: &Path) -> Option<bool> {
    writable(folder(path))
}

/// Whether this process may write `path`, as the system judges it (for
/// root too: an immutable file or a read-only mount refuses everyone).
#[cfg(unix)]
fn writable(path: &Path) -> Option<bool> {
    use rustix::fs::{access, Access};
    use rustix::io::Errno;
    match access(path, Access::WRITE_OK) {
        Ok(()) => Some(true),
        Err(Errno::ACCESS | Errno::PERM | Errno::ROFS) => Some(false),
        Err(_) => None,
    }
}

/// Elsewhere, the file's read-only attribute (a folder's means nothing).
#[cfg(not(unix))]
fn writable(path: &Path) -> Option<bool> {
    let meta = std::fs::metadata(path).ok()?;
    (!meta.is_dir()).then(|| !meta.permissions().readonly())
}

/// Opens the library at `path` for reading only. Where SQLite cannot create
/// its `-wal` and `-shm` files (a read-only folder, and no writer left them
/// there), the file is opened as immutable.
pub(super) fn open(path: &Path) -> Result<Connection, StoreError> {
    open_raw(path).map_err(|e| StoreError::from_sqlite(path, e))
}

/// [`open`] with SQLite's own error (for `recover`, which words it itself).
pub(super) fn open_raw(path: &Path) -> rusqlite::Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_URI
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let wal_present = sidecar(path, "-wal").exists() && sidecar(path, "-shm").exists();
    if folder_writable(path) != Some(false) || wal_present {
        let conn = Connection::open_with_flags(path, flags)?;
        // The first read shows whether SQLite could set up its WAL files.
        match conn.query_row("PRAGMA schema_version", [], |r| r.get::<_, i64>(0)) {
            Ok(_) => return Ok(conn),
            Err(e) if e.sqlite_error_code() != Some(rusqlite::ErrorCode::CannotOpen) => {
                return Err(e)
            }
            Err(_) => {}
        }
    }
    Connection::open_with_flags(immutable_uri(path), flags)
}

fn sidecar(path: &Path, suffix: &str) -> std::path::PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    name.into()
}

/// A `file:` URI for `path` with `immutable=1`, its special characters
/// percent-encoded as SQLite's URI parser expects.
fn immutable_uri(path: &Path) -> String {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut uri = String::from("file:");
    for c in absolute.to_string_lossy().chars() {
        match c {
            '?' | '#' | '%' => uri.push_str(&format!("%{:02X}", c as u32)),
            _ => uri.push(c),
        }
    }
    uri.push_str("?immutable=1");
    uri
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_keep_special_characters_out_of_the_query() {
        let uri = immutable_uri(Path::new("/a b/x?y#z%é.sqlite3"));
        assert_eq!(uri, "file:/a b/x%3Fy%23z%25é.sqlite3?immutable=1");
    }

    #[test]
    fn a_writable_library_has_no_reason_and_a_missing_one_neither() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lib.sqlite3");
        assert_eq!(reason(&path), None);
        std::fs::write(&path, b"").unwrap();
        assert_eq!(reason(&path), None);
    }
}
