//! The operations both shells offer, composed once.
//!
//! The CLI and the desktop app used to put search results together each in
//! its own way (one fetched every hit on its own and failed when a quote was
//! deleted meanwhile; the other fetched them in one call and skipped it).
//! Here each operation is written once, on top of [`store`](crate::store)
//! and [`search`](crate::search), so a behaviour tested through the CLI is
//! the app's behaviour too.

mod article;
mod find;
mod merge_candidates;
mod merge_suggestions;
mod selection;
mod settings;
mod speaker;
mod words;

pub use article::{article_view, ArticleView};
pub use find::{find_quotes, FindRequest, FoundPage, FoundQuote};
pub use merge_candidates::{merge_candidates, MergeCandidate};
pub use merge_suggestions::{merge_suggestions, MergeSuggestion};
pub use selection::{
    cite_selection, delete_quotes, export_selection, selection_of, set_status_of, undo_changes,
};
pub use settings::{settings_path, Settings, SettingsError, CONFIG_ENV};
pub use speaker::{speaker_profile, CountedName, MonthCount, SpeakerProfile};
pub use words::whole_words;

#[cfg(test)]
mod tests;
