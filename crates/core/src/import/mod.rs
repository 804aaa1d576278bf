//! Reads files (plain text, Markdown, HTML) into articles.

use crate::error::ErrorCode;

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: {reason}")]
    Unsupported { path: String, reason: String },
}

impl ImportError {
    pub fn code(&self) -> ErrorCode {
        match self {
            ImportError::Io { .. } => ErrorCode::ImportFailed,
            ImportError::Unsupported { .. } => ErrorCode::UnsupportedFile,
        }
    }
}
