use crate::error::ErrorCode;

/// Why an export could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("could not write the export: {0}")]
    Io(#[from] std::io::Error),
    #[error("{path}: could not write the export: {source}")]
    File {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("could not write the CSV export: {0}")]
    Csv(#[from] csv::Error),
    #[error("could not write the JSON export: {0}")]
    Json(#[from] serde_json::Error),
}

impl ExportError {
    pub fn code(&self) -> ErrorCode {
        ErrorCode::ExportFailed
    }
}
