//! The quote library: one SQLite file holding articles, speakers, quotes, the
//! user's corrections and the log of every change.
//!
//! Writes go through [`Library`] methods, each one transaction. Reads hand out
//! the plain records of [`records`]; the search index follows the library
//! through its change feed (`change_feed`).

mod article_edit;
mod backup;
mod change_feed;
mod edit;
mod error;
mod guard;
mod history;
mod identity;
mod import_article;
mod migrate;
pub mod normalize;
pub mod paragraphs;
mod query;
mod read_only;
mod records;
mod recover;
mod speakers;
mod sync_apply;
mod sync_export;
mod sync_records;
mod sync_state;
#[cfg(test)]
mod tests_library;
#[cfg(test)]
mod tests_sync;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::config::DbConfig;
use rusqlite::Connection;

pub use article_edit::{ArticleCorrection, ArticleField};
pub use change_feed::{FeedDelta, FeedPosition, IndexedQuote};
pub use error::StoreError;
pub use guard::is_sqlite_file;
pub use import_article::MAX_QUOTES_PER_ARTICLE;
pub use records::{
    ArticleRecord, Change, ImportOutcome, ImportStatus, QuoteEdit, QuoteFilter, QuoteGroup,
    QuoteRecord, QuoteStatus, RoleSeen, SpeakerSummary,
};
pub use recover::RecoveryReport;
pub use sync_records::{
    LocalSyncState, PendingArticle, PullCursors, SharedArticle, SharedChange, SharedQuote,
    SharedTarget, SharedVersion,
};

/// Whether two texts are versions of one article by the import's identity
/// rule (most sentences of the shorter in the longer): the shared library
/// matches articles sent from two machines with it.
pub fn same_article_body(a: &str, b: &str) -> bool {
    identity::same_body(a, b)
}

/// An open library database.
pub struct Library {
    conn: Connection,
    path: PathBuf,
    /// The integrity check's verdict, made before the first write: `Some`
    /// once checked, holding the problem when the library is damaged.
    health: Option<Result<(), String>>,
    /// Why the library cannot be written (read-only media), when it cannot:
    /// it is opened for reading only and every write is refused.
    read_only: Option<String>,
}

/// How to treat a file that is not (yet) a Quotebook library.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum OpenMode {
    /// A missing file becomes a new library; an empty file or another
    /// program's database is refused.
    #[default]
    Existing,
    /// Also make an empty file or a foreign SQLite database a library
    /// (`--init`): the user said so.
    Init,
}

impl Library {
    /// Opens (creating if absent) the library at `path` and brings its schema
    /// up to date, copying the file aside first when a migration must run.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        Self::open_with_timeout(path, Duration::from_secs(30))
    }

    /// [`Library::open`], waiting at most `busy` for another process's write
    /// lock before reporting the library locked.
    pub fn open_with_timeout(path: &Path, busy: Duration) -> Result<Self, StoreError> {
        Self::open_with(path, busy, OpenMode::Existing)
    }

    /// [`Library::open`] with the given treatment of files that are not yet
    /// libraries.
    pub fn open_with(path: &Path, busy: Duration, mode: OpenMode) -> Result<Self, StoreError> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|source| StoreError::Io {
                path: parent.display().to_string(),
                source,
            })?;
        }
        if mode == OpenMode::Existing {
            guard::refuse_empty_file(path)?;
        }
        let read_only = read_only::reason(path);
        let conn = match &read_only {
            None => Connection::open(path).map_err(|e| StoreError::from_sqlite(path, e))?,
            Some(_) => read_only::open(path)?,
        };
        // Another process (the CLI while the app runs) may hold the write lock
        // for a while during a big import; wait for it rather than failing.
        // Thirty seconds by default: longer than any one article's import.
        conn.busy_timeout(busy)
            .map_err(|e| StoreError::from_sqlite(path, e))?;
        if mode == OpenMode::Existing {
            // Before anything is written (WAL mode, our tables).
            guard::refuse_foreign_database(&conn, path)?;
        }
        // WAL lets readers go on while one process writes; with WAL,
        // synchronous=NORMAL is still safe against application crashes and
        // saves an fsync per imported article.
        // temp_store=MEMORY keeps the savepoint journal of a batch import in
        // memory (profiling showed a fifth of import time writing it to a
        // temporary file); a 16 MB page cache keeps a batch from spilling
        // half-written pages to the WAL; checkpointing every 4000 pages
        // (16 MB of WAL) rather than 1000 makes a big import checkpoint less.
        // (A read-only library keeps the journal mode it has: setting one
        // writes.)
        let journal = if read_only.is_none() {
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;
             PRAGMA wal_autocheckpoint = 4000;"
        } else {
            ""
        };
        conn.execute_batch(&format!(
            "{journal} PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY;
             PRAGMA cache_size = -16000;"
        ))
        .map_err(|e| StoreError::from_sqlite(path, e))?;
        // Plans that do not depend on bound values. Without this, SQLite
        // marks a statement whose plan weighed a parameter (`x = ?1` on a
        // column no index serves, as in a join) to be re-planned whenever
        // the parameter is rebound, and rusqlite's statement cache clears
        // bindings on every return: each cached import query was parsed and
        // planned again per article (9% of an import in a profile).
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)
            .map_err(|e| StoreError::from_sqlite(path, e))?;
        let mut library = Library {
            conn,
            path: path.to_path_buf(),
            health: None,
            read_only,
        };
        if migrate::pending(&library.conn).map_err(|e| library.err(e))? {
            // A migration writes: never into a damaged or read-only file.
            if let Some(reason) = &library.read_only {
                return Err(StoreError::ReadOnly {
                    path: path.display().to_string(),
                    detail: format!(
                        "{reason}, and it was made by an older Quotebook: opening it \
                         here means upgrading it, which writes to it"
                    ),
                });
            }
            library.check_health()?;
        }
        migrate::run(&mut library.conn, path)?;
        Ok(library)
    }

    /// Refuses with [`StoreError::Damaged`] when SQLite's quick check finds
    /// the library damaged. Checked once per open library, before its first
    /// write, so a damaged library is never written to (reads go on).
    pub fn check_health(&mut self) -> Result<(), StoreError> {
        if self.health.is_none() {
            self.health = Some(guard::quick_check(&self.conn));
        }
        match &self.health {
            Some(Err(detail)) => Err(StoreError::Damaged {
                path: self.path.display().to_string(),
                detail: detail.clone(),
            }),
            _ => Ok(()),
        }
    }

    /// Refuses with [`StoreError::ReadOnly`] when the library is on
    /// read-only media (it was opened for reading only).
    pub fn check_writable(&self) -> Result<(), StoreError> {
        match &self.read_only {
            Some(reason) => Err(StoreError::ReadOnly {
                path: self.path.display().to_string(),
                detail: reason.clone(),
            }),
            None => Ok(()),
        }
    }

    /// Whether the library was opened for reading only (read-only media).
    pub fn is_read_only(&self) -> bool {
        self.read_only.is_some()
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The raw connection, for core modules (search) that read with their own
    /// SQL and add their own migrations.
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// A write transaction that takes the write lock at once: a deferred one
    /// that reads first cannot wait for another writer (SQLite reports BUSY
    /// immediately), so every write starts here and waits its turn.
    /// A damaged library gives no write transaction at all.
    fn write_tx(&mut self) -> Result<rusqlite::Transaction<'_>, StoreError> {
        self.check_writable()?;
        self.check_health()?;
        let path = self.path.clone();
        self.conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(|e| StoreError::from_sqlite(&path, e))
    }

    /// Maps a SQLite failure to an error naming this library's file.
    pub(crate) fn err(&self, e: rusqlite::Error) -> StoreError {
        StoreError::from_sqlite(&self.path, e)
    }

    /// How many quotes the library holds (deleted ones aside).
    pub fn quote_count(&self) -> Result<u64, StoreError> {
        self.conn()
            .query_row(
                "SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id
                 WHERE q.deleted_at IS NULL AND a.deleted_at IS NULL",
                [],
                |row| row.get::<_, i64>(0),
            )
            .map(|n| n.max(0) as u64)
            .map_err(|e| self.err(e))
    }

    /// How many articles the library holds (deleted ones aside).
    pub fn article_count(&self) -> Result<u64, StoreError> {
        self.conn
            .query_row(
                "SELECT count(*) FROM articles WHERE deleted_at IS NULL",
                [],
                |row| row.get::<_, i64>(0),
            )
            .map(|n| n.max(0) as u64)
            .map_err(|e| self.err(e))
    }
}

/// The current time as stored in the library.
pub(crate) fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

#[cfg(test)]
pub(crate) mod test_support {
    use super::*;
    use crate::model::{Article, ArticleMeta, ExtractedQuote};

    pub fn library() -> (tempfile::TempDir, Library) {
        let dir = tempfile::tempdir().unwrap();
        let library = Library::open(&dir.path().join("library.sqlite3")).unwrap();
        (dir, library)
    }

    /// A stand-in extractor for store tests: every `"..."` in the text is a
    /// quote; the speaker is the capitalised words after "said" (if any).
    pub fn quotes_in(text: &str, _meta: &ArticleMeta) -> Vec<ExtractedQuote> {
        let mut out = Vec::new();
        let mut rest = 0;
        while let Some(open) = text[rest..].find('"').map(|i| i + rest) {
            let Some(close) = text[open + 1..].find('"').map(|i| i + open + 1) else {
                break;
            };
            let after = &text[close + 1..];
            let after = after.split('.').next().unwrap_or("");
            let speaker = after.split_once("said ").map(|(_, s)| {
                s.split(' ')
                    .take_while(|w| w.starts_with(char::is_uppercase))
                    .collect::<Vec<_>>()
                    .join(" ")
            });
            out.push(ExtractedQuote {
                text: text[open + 1..close].to_string(),
                start: open + 1,
                end: close,
                kind: crate::model::QuoteKind::Direct,
                speaker_kind: speaker
                    .as_deref()
                    .filter(|s| !s.is_empty())
                    .map(crate::model::SpeakerKind::of_name),
                speaker: speaker.filter(|s| !s.is_empty()),
                speaker_mention: None,
                role: None,
                date: None,
                venue: None,
                cue: Some("said".to_string()),
                confidence: 0.9,
                paragraph_start: 0,
                paragraph_end: text.len(),
            });
            rest = close + 1;
        }
        out
    }

    pub fn article(text: &str, outlet: &str, published: &str) -> Article {
        Article {
            text: text.to_string(),
            meta: ArticleMeta {
                title: Some(format!("About {}", &text[..text.len().min(20)])),
                outlet: Some(outlet.to_string()),
                published: Some(published.parse().unwrap()),
                ..ArticleMeta::default()
            },
        }
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
        assert_eq!(library.article_count().unwrap(), 0);
    }

    #[test]
    fn reopening_keeps_the_schema_version() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("library.sqlite3");
        drop(Library::open(&path).unwrap());
        let library = Library::open(&path).unwrap();
        let version: i64 = library
            .conn()
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version as usize, migrate::latest_version());
    }

    #[test]
    fn the_library_runs_in_wal_mode_with_foreign_keys() {
        let (_dir, library) = test_support::library();
        let mode: String = library
            .conn()
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        let fk: i64 = library
            .conn()
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        assert_eq!(fk, 1);
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
