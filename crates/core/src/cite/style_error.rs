//! What can go wrong choosing or using a CSL style.

use std::path::PathBuf;

use crate::ErrorCode;

#[derive(Debug, thiserror::Error)]
pub enum StyleError {
    #[error("unknown citation style \"{name}\"; bundled styles include {known} (run `quotebook styles` for all), or give the path of a .csl file")]
    UnknownName { name: String, known: String },
    #[error("{}: cannot read the style file: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{origin}: not a valid CSL style: {message}")]
    Invalid { origin: String, message: String },
    #[error("{origin}: a dependent CSL style (it only points to \"{parent}\"); give that independent style instead")]
    Dependent { origin: String, parent: String },
    #[error(
        "{origin}: the style has no bibliography or citation layout to render a reference with"
    )]
    NothingToRender { origin: String },
    #[error("{origin}: the style could not be rendered: {message}")]
    RenderFailed { origin: String, message: String },
}

impl StyleError {
    pub fn code(&self) -> ErrorCode {
        match self {
            StyleError::UnknownName { .. } => ErrorCode::NotFound,
            _ => ErrorCode::InvalidStyle,
        }
    }
}
