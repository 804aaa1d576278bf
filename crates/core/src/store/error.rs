use std::path::Path;

use crate::error::ErrorCode;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: the library is locked by another program; close it and try again")]
    Locked { path: String },
    /// The file cannot be read as a library at all (its header or its list
    /// of tables is gone): `recover` could not read anything from it either.
    #[error(
        "{path}: the library file is damaged beyond reading, or is not a Quotebook library \
         ({detail}); nothing was changed. Restore it from a backup"
    )]
    Corrupt { path: String, detail: String },
    /// The library is damaged (SQLite's checks fail, or a read met damage)
    /// but rows can still be read: nothing is written to it, and `recover`
    /// copies what it still holds.
    #[error(
        "{path}: the library is damaged ({detail}); nothing was changed, and nothing will \
         be written to it. Run `quotebook --db {path} recover NEW-FILE` to copy every row \
         that can still be read into a new library, then use that one"
    )]
    Damaged { path: String, detail: String },
    /// A library written by a later Quotebook, whose tables this one does not
    /// know: reading or writing it could go wrong, so it is not opened.
    #[error(
        "{path}: the library was made by a newer Quotebook (its schema version is {found}; \
         this Quotebook knows versions up to {known}); nothing was changed. Update Quotebook \
         to open it"
    )]
    TooNew {
        path: String,
        found: usize,
        known: usize,
    },
    /// A migration failed: the library keeps the version it had.
    #[error(
        "{path}: the library could not be upgraded from schema version {from} to {to} \
         ({detail}); nothing was changed. Its tables are not what version {from} had: it \
         may be damaged or changed by another program. Run `quotebook --db {path} recover \
         NEW-FILE` to copy every row it holds into a new library.{}",
        copy.as_ref().map(|c| format!(" A copy from before the upgrade is at {c}")).unwrap_or_default()
    )]
    MigrationFailed {
        path: String,
        from: usize,
        to: usize,
        detail: String,
        /// The copy made before the upgrade began (none for a new library).
        copy: Option<String>,
    },
    /// The file is not a Quotebook library: empty, or another program's
    /// database. Opening it as one would add our tables to it.
    #[error("{path}: not a Quotebook library ({detail}); nothing was changed. Pass --init to make it one")]
    NotALibrary { path: String, detail: String },
    /// The library is on read-only media (a read-only file, folder or
    /// disk): it opens for reading, and every write is refused.
    #[error(
        "{path}: the library is read-only ({detail}); it can be searched, read, cited and \
         exported, but nothing in it can be changed. Copy it to a writable folder to change it"
    )]
    ReadOnly { path: String, detail: String },
    #[error("{path}: {}", plain_words(.source))]
    Sqlite {
        path: String,
        #[source]
        source: rusqlite::Error,
    },
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// An article past one of the import's named limits, refused whole.
    #[error("refused by the {limit} limit: {detail}")]
    Limit { limit: &'static str, detail: String },
    #[error("{what} {id} does not exist")]
    NotFound { what: &'static str, id: String },
    /// A request the library cannot carry out as asked (merging a speaker
    /// into itself, splitting a name that is not an alias, ...).
    #[error("{0}")]
    Invalid(String),
}

impl StoreError {
    /// Classifies a SQLite failure so the user reads what happened to which file.
    pub fn from_sqlite(path: &Path, e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode as C;
        let plain_path = path;
        let path = path.display().to_string();
        let damage =
            || super::guard::describe_damaged_file(plain_path).unwrap_or_else(|| plain_words(&e));
        match e.sqlite_error_code() {
            Some(C::DatabaseBusy | C::DatabaseLocked) => StoreError::Locked { path },
            Some(C::DatabaseCorrupt) if super::recover::can_help(plain_path) => {
                StoreError::Damaged {
                    detail: damage(),
                    path,
                }
            }
            Some(C::DatabaseCorrupt | C::NotADatabase) => StoreError::Corrupt {
                detail: damage(),
                path,
            },
            Some(C::ReadOnly) => StoreError::ReadOnly {
                path,
                detail: "the system refused to write to it".to_string(),
            },
            _ => StoreError::Sqlite { path, source: e },
        }
    }

    pub fn code(&self) -> ErrorCode {
        match self {
            StoreError::Locked { .. } => ErrorCode::DatabaseLocked,
            StoreError::Corrupt { .. }
            | StoreError::Damaged { .. }
            | StoreError::NotALibrary { .. }
            | StoreError::TooNew { .. }
            | StoreError::MigrationFailed { .. } => ErrorCode::DatabaseCorrupt,
            StoreError::ReadOnly { .. } => ErrorCode::DatabaseReadOnly,
            StoreError::Sqlite { .. } | StoreError::Io { .. } => ErrorCode::DatabaseError,
            StoreError::NotFound { .. } => ErrorCode::NotFound,
            StoreError::Invalid(_) => ErrorCode::InvalidInput,
            StoreError::Limit { .. } => ErrorCode::UnsupportedFile,
        }
    }
}

/// What SQLite said, without the SQL it was running (rusqlite's message for
/// a statement that failed to prepare quotes the statement whole: a user
/// once read a migration's SQL in an error).
pub(crate) fn plain_words(e: &rusqlite::Error) -> String {
    match e {
        rusqlite::Error::SqliteFailure(failure, _)
            if failure.code == rusqlite::ErrorCode::CannotOpen =>
        {
            "the file cannot be opened or created (is its folder there, and writable?)".into()
        }
        rusqlite::Error::SqlInputError { msg, .. } => msg.clone(),
        rusqlite::Error::SqliteFailure(failure, Some(msg)) if msg.is_empty() => failure.to_string(),
        rusqlite::Error::SqliteFailure(_, Some(msg)) => msg.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_statement_that_fails_to_prepare_is_reported_without_its_sql() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        let e = conn
            .execute_batch("CREATE TABLE t (x); CREATE TABLE t (y);")
            .unwrap_err();
        let err = StoreError::from_sqlite(Path::new("lib.sqlite3"), e);
        let message = err.to_string();
        assert!(message.starts_with("lib.sqlite3: "), "{message}");
        assert!(message.contains("already exists"), "{message}");
        assert!(!message.contains("CREATE"), "{message}");
    }
}
