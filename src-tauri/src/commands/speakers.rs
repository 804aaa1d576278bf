//! Speakers: the browse pane, merges and the library's merge suggestions.

use quotebook_core::service::{self, SpeakerProfile};
use quotebook_core::service::{merge_suggestions as library_merge_suggestions, MergeSuggestion};
use quotebook_core::store::SpeakerSummary;
use tauri::State;

use crate::error::CommandError;
use crate::state::AppState;

#[tauri::command]
pub async fn list_speakers(
    state: State<'_, AppState>,
) -> Result<Vec<SpeakerSummary>, CommandError> {
    // On a connection of its own: the list reads every quote (a second or so
    // at a million), and on the shared one it held up the first search.
    state.with_own_connection(|lib| Ok(lib.speakers()?)).await
}

#[tauri::command]
pub async fn merge_suggestions(
    state: State<'_, AppState>,
) -> Result<Vec<MergeSuggestion>, CommandError> {
    state
        .with_library(|lib| Ok(library_merge_suggestions(lib)?))
        .await
}

/// Merges speaker `from` into `into` (names or ids); `from` becomes an alias.
#[tauri::command]
pub async fn merge_speakers(
    state: State<'_, AppState>,
    from: String,
    into: String,
) -> Result<(), CommandError> {
    state
        .with_library(move |lib| Ok(lib.merge_speakers(&from, &into)?))
        .await
}

/// A speaker's page: roles over time, quotes per month, outlets and venues.
#[tauri::command]
pub async fn speaker_profile(
    state: State<'_, AppState>,
    id: i64,
) -> Result<SpeakerProfile, CommandError> {
    state
        .with_library(move |lib| Ok(service::speaker_profile(lib, id)?))
        .await
}
