//! How a window learns that the library changed under it.
//!
//! SQLite's `data_version` is a number, private to each connection, that
//! changes whenever another connection (in this process or another, such as
//! the CLI importing while the app is open) commits to the database. Reading
//! it costs no I/O beyond what SQLite already checks, so it can be polled a
//! few times a second. The connection's own writes leave it as it is: their
//! caller already knows about them.

use super::{Library, StoreError};

impl Library {
    /// A number that differs from the last one read whenever another
    /// connection committed to the library since.
    pub fn data_version(&self) -> Result<i64, StoreError> {
        self.conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))
            .map_err(|e| self.err(e))
    }
}

#[cfg(test)]
mod tests {
    use crate::store::test_support::{article, library, quotes_in};
    use crate::store::Library;

    #[test]
    fn another_connection_s_commit_changes_the_data_version() {
        let (dir, mut watcher) = library();
        let before = watcher.data_version().unwrap();
        assert_eq!(watcher.data_version().unwrap(), before, "nothing happened");
        // The watcher's own write does not count...
        watcher
            .import_article_with(
                &article("\"Own,\" said Ann Lee.", "Daily", "2024-01-02"),
                quotes_in,
            )
            .unwrap();
        assert_eq!(watcher.data_version().unwrap(), before);
        // ...another process's does.
        let mut cli = Library::open(&dir.path().join("library.sqlite3")).unwrap();
        cli.import_article_with(
            &article("\"Other,\" said Bo Ek.", "Daily", "2024-01-03"),
            quotes_in,
        )
        .unwrap();
        assert_ne!(watcher.data_version().unwrap(), before);
    }
}
