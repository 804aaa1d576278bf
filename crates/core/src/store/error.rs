use std::path::Path;

use crate::error::ErrorCode;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: the library is locked by another program; close it and try again")]
    Locked { path: String },
    #[error("{path}: the library file is damaged or is not a Quotebook library ({detail})")]
    Corrupt { path: String, detail: String },
    /// The library fails SQLite's integrity check: it is used read-only
    /// (nothing is written to it) until what it holds is recovered.
    #[error(
        "{path}: the library is damaged ({detail}); it was opened read-only and nothing \
         was changed. Run `quotebook --db {path} recover NEW-FILE` to copy every row that \
         can still be read into a new library, then use that one"
    )]
    Damaged { path: String, detail: String },
    /// The file is not a Quotebook library: empty, or another program's
    /// database. Opening it as one would add our tables to it.
    #[error("{path}: not a Quotebook library ({detail}); nothing was changed. Pass --init to make it one")]
    NotALibrary { path: String, detail: String },
    #[error("{path}: {source}")]
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
        let path = path.display().to_string();
        match e.sqlite_error_code() {
            Some(C::DatabaseBusy | C::DatabaseLocked) => StoreError::Locked { path },
            Some(C::DatabaseCorrupt | C::NotADatabase) => StoreError::Corrupt {
                path,
                detail: e.to_string(),
            },
            _ => StoreError::Sqlite { path, source: e },
        }
    }

    pub fn code(&self) -> ErrorCode {
        match self {
            StoreError::Locked { .. } => ErrorCode::DatabaseLocked,
            StoreError::Corrupt { .. }
            | StoreError::Damaged { .. }
            | StoreError::NotALibrary { .. } => ErrorCode::DatabaseCorrupt,
            StoreError::Sqlite { .. } | StoreError::Io { .. } => ErrorCode::DatabaseError,
            StoreError::NotFound { .. } => ErrorCode::NotFound,
            StoreError::Invalid(_) => ErrorCode::InvalidInput,
            StoreError::Limit { .. } => ErrorCode::UnsupportedFile,
        }
    }
}
