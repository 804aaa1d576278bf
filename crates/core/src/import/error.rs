use crate::error::ErrorCode;

/// Why one file could not be read. The message starts with the file's name.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: too large ({size} bytes; the limit is {limit} bytes)")]
    TooLarge { path: String, size: u64, limit: u64 },
    #[error("{path}: a binary file, not text")]
    Binary { path: String },
    #[error("{path}: not valid UTF-8 (at byte {offset}); save it as UTF-8 and try again")]
    InvalidUtf8 { path: String, offset: usize },
    #[error("{path}: empty ({detail})")]
    Empty { path: String, detail: &'static str },
    #[error("{path}: {reason}")]
    Unsupported { path: String, reason: String },
    /// A web page that could not be fetched (no answer, a timeout, an HTTP
    /// error status, too many redirects); `path` is the address.
    #[error("{path}: {problem}")]
    Fetch { path: String, problem: String },
    /// A file past one of the limits of `import::limits`, refused before
    /// any parser ran.
    #[error("{path}: refused by the {limit} limit: {detail}")]
    Limit {
        path: String,
        limit: &'static str,
        detail: String,
    },
}

impl ImportError {
    pub fn code(&self) -> ErrorCode {
        match self {
            ImportError::Io { .. } | ImportError::Fetch { .. } => ErrorCode::ImportFailed,
            ImportError::TooLarge { .. }
            | ImportError::Binary { .. }
            | ImportError::InvalidUtf8 { .. }
            | ImportError::Empty { .. }
            | ImportError::Unsupported { .. }
            | ImportError::Limit { .. } => ErrorCode::UnsupportedFile,
        }
    }
}
