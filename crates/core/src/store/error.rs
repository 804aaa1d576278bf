use std::path::Path;

use crate::error::ErrorCode;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: the library is locked by another program; close it and try again")]
    Locked { path: String },
    #[error("{path}: the library file is damaged or is not a Quotebook library ({detail})")]
    Corrupt { path: String, detail: String },
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
            StoreError::Corrupt { .. } => ErrorCode::DatabaseCorrupt,
            StoreError::Sqlite { .. } | StoreError::Io { .. } => ErrorCode::DatabaseError,
            StoreError::NotFound { .. } => ErrorCode::NotFound,
            StoreError::Invalid(_) => ErrorCode::InvalidInput,
        }
    }
}
