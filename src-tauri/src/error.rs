//! The error every command returns: core's error flattened into a stable code
//! and a readable message, which is all the UI needs to show it.

use quotebook_core::ErrorCode;
use serde::Serialize;

#[derive(Debug, Serialize, ts_rs::TS)]
pub struct CommandError {
    pub code: ErrorCode,
    pub message: String,
}

impl CommandError {
    pub fn internal(message: &str) -> Self {
        CommandError {
            code: ErrorCode::DatabaseError,
            message: message.to_string(),
        }
    }
}

impl CommandError {
    /// Input from the window that core was never asked about (a malformed date).
    pub fn invalid(message: &str) -> Self {
        CommandError {
            code: ErrorCode::InvalidInput,
            message: message.to_string(),
        }
    }
}

impl From<quotebook_core::Error> for CommandError {
    fn from(e: quotebook_core::Error) -> Self {
        CommandError {
            code: e.code(),
            message: e.to_string(),
        }
    }
}
