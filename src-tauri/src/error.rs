//! The error every command returns: core's (or the shared library's) error
//! flattened into a stable code and a readable message, which is all the UI
//! needs to show it.

use quotebook_core::ErrorCode;
use quotebook_sync::{SyncError, SyncErrorCode};
use serde::Serialize;

#[derive(Debug, Serialize, ts_rs::TS)]
pub struct CommandError {
    pub code: Code,
    pub message: String,
}

/// A failure's stable name: core's codes, or the shared library's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(untagged)]
pub enum Code {
    Core(ErrorCode),
    Sync(SyncErrorCode),
}

impl CommandError {
    pub fn internal(message: &str) -> Self {
        CommandError {
            code: Code::Core(ErrorCode::DatabaseError),
            message: message.to_string(),
        }
    }
}

impl CommandError {
    /// Input from the window that core was never asked about (a malformed date).
    pub fn invalid(message: &str) -> Self {
        CommandError {
            code: Code::Core(ErrorCode::InvalidInput),
            message: message.to_string(),
        }
    }
}

impl From<quotebook_core::Error> for CommandError {
    fn from(e: quotebook_core::Error) -> Self {
        CommandError {
            code: Code::Core(e.code()),
            message: e.to_string(),
        }
    }
}

impl From<SyncError> for CommandError {
    fn from(e: SyncError) -> Self {
        match e {
            // The library's own failures keep core's codes.
            SyncError::Library(e) => quotebook_core::Error::from(e).into(),
            e => CommandError {
                code: Code::Sync(e.code()),
                message: e.to_string(),
            },
        }
    }
}
