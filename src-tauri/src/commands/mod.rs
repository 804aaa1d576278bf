//! IPC commands, one module per feature. Each command is a few lines that
//! call quotebook-core.

pub mod articles;
pub mod cite;
pub mod import;
pub mod library;
pub mod quotes;
pub mod search;
pub mod selection;
pub mod settings;
pub mod speakers;
pub mod sync;
