//! One quote: read it in context, correct it, verify or dispute it, delete it,
//! and undo any of that.

use chrono::NaiveDate;
use quotebook_core::store::{ArticleRecord, Change, QuoteEdit, QuoteRecord, QuoteStatus};
use serde::{Deserialize, Serialize};
use tauri::State;

use crate::error::CommandError;
use crate::state::AppState;

/// A quote with everything the detail pane shows.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct QuoteDetail {
    pub quote: QuoteRecord,
    /// The article's metadata (its text stays in Rust: the pane shows only
    /// the paragraph).
    pub article: ArticleSummary,
    /// Where the quote sits inside `quote.paragraph`, in UTF-16 code units as
    /// JavaScript strings count them; null when the paragraph does not hold it.
    pub highlight: Option<(u32, u32)>,
    /// Every change made to this quote, oldest first.
    pub history: Vec<Change>,
    /// The same words in other articles, earliest first.
    pub other_sources: Vec<QuoteRecord>,
}

#[derive(Debug, Serialize, ts_rs::TS)]
pub struct ArticleSummary {
    pub id: i64,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub wire: Option<String>,
    pub url: Option<String>,
    pub byline: Option<String>,
    #[ts(type = "string | null")]
    pub published: Option<NaiveDate>,
    pub source_path: Option<String>,
    pub versions: u32,
}

impl From<ArticleRecord> for ArticleSummary {
    fn from(a: ArticleRecord) -> Self {
        ArticleSummary {
            id: a.id,
            title: a.meta.title,
            outlet: a.meta.outlet,
            wire: a.meta.wire,
            url: a.meta.url,
            byline: a.meta.byline,
            published: a.meta.published,
            source_path: a.meta.source_path,
            versions: a.versions,
        }
    }
}

/// The field a correction changes.
#[derive(Debug, Clone, Copy, Deserialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum EditField {
    Speaker,
    Role,
    Date,
    Venue,
}

/// A UTF-16 range of `needle` in `haystack`, for highlighting in the UI.
fn utf16_range(haystack: &str, needle: &str) -> Option<(u32, u32)> {
    let at = haystack.find(needle)?;
    let start = haystack[..at].encode_utf16().count() as u32;
    let len = needle.encode_utf16().count() as u32;
    Some((start, start + len))
}

#[tauri::command]
pub async fn quote_detail(
    state: State<'_, AppState>,
    id: i64,
) -> Result<QuoteDetail, CommandError> {
    state
        .with_library(move |lib| {
            let quote = lib.quote(id)?;
            let article = lib.article(quote.article_id)?.into();
            let highlight = utf16_range(&quote.paragraph, &quote.quote.text);
            let history = lib.history(id)?;
            let other_sources = lib
                .quote_sources(id)?
                .into_iter()
                .filter(|q| q.id != id)
                .collect();
            Ok(QuoteDetail {
                quote,
                article,
                highlight,
                history,
                other_sources,
            })
        })
        .await
}

#[tauri::command]
pub async fn edit_quote(
    state: State<'_, AppState>,
    id: i64,
    field: EditField,
    value: Option<String>,
) -> Result<QuoteRecord, CommandError> {
    // An empty field clears the value.
    let value = value
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty());
    let mut edit = QuoteEdit::default();
    match field {
        EditField::Speaker => edit.speaker = Some(value),
        EditField::Role => edit.role = Some(value),
        EditField::Venue => edit.venue = Some(value),
        EditField::Date => {
            let date = match value {
                None => None,
                Some(v) => Some(NaiveDate::parse_from_str(&v, "%Y-%m-%d").map_err(|_| {
                    CommandError::invalid(&format!("“{v}” is not a date: use YYYY-MM-DD"))
                })?),
            };
            edit.date = Some(date);
        }
    }
    state
        .with_library(move |lib| Ok(lib.edit_quote(id, &edit)?))
        .await
}

#[tauri::command]
pub async fn set_quote_status(
    state: State<'_, AppState>,
    id: i64,
    status: QuoteStatus,
    note: Option<String>,
) -> Result<QuoteRecord, CommandError> {
    state
        .with_library(move |lib| Ok(lib.set_status(id, status, note.as_deref())?))
        .await
}

/// Clears the flag a shared-library conflict set, once the user has looked:
/// the value shown is the one kept (both changes stay in its history).
#[tauri::command]
pub async fn mark_reviewed(state: State<'_, AppState>, id: i64) -> Result<(), CommandError> {
    state
        .with_library(move |lib| Ok(lib.mark_reviewed(id)?))
        .await
}

#[tauri::command]
pub async fn delete_quote(state: State<'_, AppState>, id: i64) -> Result<(), CommandError> {
    state
        .with_library(move |lib| Ok(lib.delete_quote(id)?))
        .await
}

/// Reverts the latest change to the library; returns it, or null when there
/// is nothing left to undo.
#[tauri::command]
pub async fn undo_last_change(state: State<'_, AppState>) -> Result<Option<Change>, CommandError> {
    state.with_library(|lib| Ok(lib.undo()?)).await
}

#[cfg(test)]
mod tests {
    use super::utf16_range;

    #[test]
    fn highlight_ranges_count_utf16_units() {
        // "é" is one UTF-16 unit but two UTF-8 bytes; "𝄞" is two units.
        assert_eq!(utf16_range("é𝄞 “Yes,” he said", "Yes,"), Some((5, 9)));
        assert_eq!(utf16_range("nothing here", "absent"), None);
    }
}
