//! The article view: an article read whole with its quotes marked, and
//! corrections of its metadata.

use quotebook_core::service;
use quotebook_core::store::{ArticleCorrection, ArticleField, Change};
use serde::Serialize;
use tauri::State;

use super::quotes::ArticleSummary;
use crate::error::CommandError;
use crate::state::AppState;

/// A quote's place in the article's text, in UTF-16 code units.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct QuoteMark {
    pub id: i64,
    pub start: u32,
    pub end: u32,
    pub speaker: Option<String>,
}

#[derive(Debug, Serialize, ts_rs::TS)]
pub struct ArticlePage {
    /// The metadata as corrected.
    pub article: ArticleSummary,
    pub text: String,
    /// In reading order, not overlapping.
    pub marks: Vec<QuoteMark>,
    pub corrections: Vec<ArticleCorrection>,
    pub history: Vec<Change>,
}

/// UTF-16 offsets of ascending byte offsets into `text`, counted in one pass.
fn utf16_offsets(text: &str, bytes: &[usize]) -> Vec<u32> {
    let mut out = Vec::with_capacity(bytes.len());
    let (mut at, mut units) = (0usize, 0u32);
    for &b in bytes {
        let b = b.clamp(at, text.len());
        units += text.get(at..b).map_or(0, |s| s.encode_utf16().count()) as u32;
        at = b;
        out.push(units);
    }
    out
}

#[tauri::command]
pub async fn article_view(
    state: State<'_, AppState>,
    id: i64,
) -> Result<ArticlePage, CommandError> {
    state
        .with_library(move |lib| {
            let view = service::article_view(lib, id)?;
            let bytes: Vec<usize> = view
                .quotes
                .iter()
                .flat_map(|q| [q.quote.start, q.quote.end])
                .collect();
            let units = utf16_offsets(&view.article.text, &bytes);
            let marks = view
                .quotes
                .iter()
                .zip(units.chunks(2))
                .map(|(q, u)| QuoteMark {
                    id: q.id,
                    start: u[0],
                    end: u[1],
                    speaker: q.quote.speaker.clone(),
                })
                .collect();
            Ok(ArticlePage {
                text: view.article.text.clone(),
                article: view.article.into(),
                marks,
                corrections: view.corrections,
                history: view.history,
            })
        })
        .await
}

/// Corrects one metadata field (an empty value clears it); undo reverts it.
#[tauri::command]
pub async fn correct_article(
    state: State<'_, AppState>,
    id: i64,
    field: ArticleField,
    value: Option<String>,
) -> Result<(), CommandError> {
    state
        .with_library(move |lib| {
            lib.correct_article(id, field, value.as_deref())?;
            Ok(())
        })
        .await
}

#[cfg(test)]
mod tests {
    use super::utf16_offsets;

    #[test]
    fn byte_offsets_become_utf16_offsets_in_one_pass() {
        let text = "é𝄞 “Yes,” he said";
        let start = text.find("Yes").unwrap();
        assert_eq!(utf16_offsets(text, &[0, start, start + 3]), vec![0, 5, 8]);
    }
}
