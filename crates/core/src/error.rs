//! The error type of the whole library.
//!
//! Each module has its own `thiserror` enum; this one wraps them and gives each
//! failure a stable [`ErrorCode`] that the desktop app sends across IPC, so the
//! UI can react to a kind of failure without parsing messages.

use serde::Serialize;

use crate::{
    cite::export::ExportError, cite::StyleError, import::ImportError, search::SearchError,
    service::SettingsError, store::StoreError,
};

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Import(#[from] ImportError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Export(#[from] ExportError),
    #[error(transparent)]
    Search(#[from] SearchError),
    #[error(transparent)]
    Style(#[from] StyleError),
    #[error(transparent)]
    Settings(#[from] SettingsError),
    #[error("{0}")]
    InvalidInput(String),
}

/// A stable, machine-readable name for a kind of failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    ImportFailed,
    UnsupportedFile,
    DatabaseLocked,
    DatabaseCorrupt,
    /// The library is on read-only media: reads work, writes are refused.
    DatabaseReadOnly,
    DatabaseError,
    NotFound,
    InvalidInput,
    ExportFailed,
    /// A CSL style file that cannot be read, parsed or rendered.
    InvalidStyle,
}

impl Error {
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Import(e) => e.code(),
            Error::Store(e) => e.code(),
            Error::Export(e) => e.code(),
            Error::Search(e) => e.code(),
            Error::Style(e) => e.code(),
            Error::Settings(e) => e.code(),
            Error::InvalidInput(_) => ErrorCode::InvalidInput,
        }
    }
}
