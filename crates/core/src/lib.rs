//! quotebook-core: everything Quotebook does, with no user interface.
//!
//! The path of an article: [`import`] reads bytes into an [`Article`],
//! [`extract`] finds its attributed quotes, [`store`] keeps them in one SQLite
//! library, [`search`] finds them again and [`cite`] turns one into a citation.
//! The CLI and the desktop app are thin shells over these modules.

pub mod cite;
pub mod error;
pub mod import;
pub mod model;
pub mod names;
pub mod paths;
pub mod search;
pub mod service;
pub mod store;

/// The extractor, its own crate (`quotebook-extract`): text in, quotes out.
pub use quotebook_extract as extract;

pub use error::{Error, ErrorCode};
pub use model::{Article, ArticleMeta, ExtractedQuote, QuoteKind, SpeakerKind};
pub use paths::default_library_path;

/// The version of the library, shown by `quotebook --version` and the app.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
