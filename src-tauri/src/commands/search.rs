//! Search as you type: the quote list is always a search (an empty query
//! lists the newest quotes), answered by core's index.

use std::time::Instant;

use chrono::NaiveDate;
use quotebook_core::search::Filters;
use quotebook_core::service::FindRequest;
use quotebook_core::store::{QuoteRecord, QuoteStatus};
use serde::{Deserialize, Serialize};
use tauri::State;

use crate::error::CommandError;
use crate::state::{AppState, Session};

/// The search box's text plus the filters chosen with the UI's controls.
#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
pub struct SearchRequest {
    pub query: String,
    pub speaker: Option<String>,
    pub outlet: Option<String>,
    #[ts(type = "string | null")]
    pub from: Option<NaiveDate>,
    #[ts(type = "string | null")]
    pub to: Option<NaiveDate>,
    pub limit: u32,
    /// Also list quoted terms nobody is named as saying.
    pub show_terms: bool,
}

/// One row of the quote list: what the list shows, without the paragraph.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct QuoteRow {
    pub id: i64,
    pub text: String,
    pub speaker: Option<String>,
    pub role: Option<String>,
    /// The date said, else the publication date.
    #[ts(type = "string | null")]
    pub date: Option<NaiveDate>,
    pub outlet: Option<String>,
    pub status: QuoteStatus,
    /// Changed by two people at once in the shared library: to review.
    pub needs_review: bool,
    pub confidence: f32,
    /// Matched parts of `text` as UTF-16 ranges (JavaScript string offsets).
    pub highlights: Vec<(u32, u32)>,
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct SearchPage {
    pub rows: Vec<QuoteRow>,
    pub total: u32,
    /// True when `total` is an estimate (the index capped its candidates).
    pub approximate: bool,
    /// Time spent in Rust, for the status line.
    pub elapsed_ms: f64,
    /// When the command was called and when its search began, in
    /// milliseconds since the Unix epoch: with the window's clock they tell
    /// the way there from the wait for a thread (measure-search.mjs).
    pub called_at: f64,
    pub began_at: f64,
}

fn epoch_ms() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}

/// Byte ranges of `text` as UTF-16 ranges.
fn utf16_ranges(text: &str, ranges: &[(usize, usize)]) -> Vec<(u32, u32)> {
    let unit = |byte: usize| text.get(..byte).map_or(0, |s| s.encode_utf16().count()) as u32;
    ranges.iter().map(|&(s, e)| (unit(s), unit(e))).collect()
}

fn row(record: QuoteRecord, highlights: &[(usize, usize)]) -> QuoteRow {
    let date = record.filed_date();
    let outlet = record.source_name().map(str::to_owned);
    let q = record.quote;
    QuoteRow {
        id: record.id,
        highlights: utf16_ranges(&q.text, highlights),
        text: q.text,
        speaker: q.speaker,
        role: q.role,
        date,
        outlet,
        status: record.status,
        needs_review: record.needs_review,
        confidence: q.confidence,
    }
}

impl SearchRequest {
    fn filters(&self) -> Filters {
        Filters {
            speakers: self.speaker.iter().cloned().collect(),
            outlets: self.outlet.iter().cloned().collect(),
            from: self.from,
            to: self.to,
        }
    }
}

fn answer(
    session: &mut Session,
    request: &SearchRequest,
    called_at: f64,
) -> Result<SearchPage, quotebook_core::Error> {
    let began_at = epoch_ms();
    let started = Instant::now();
    let page = session.find(&FindRequest {
        input: &request.query,
        filters: request.filters(),
        limit: request.limit.clamp(1, 2_000) as usize,
        attributed_only: !request.show_terms,
        // The list shows no paragraph; the quote opened reads its own.
        paragraphs: false,
    })?;
    Ok(SearchPage {
        rows: page
            .quotes
            .into_iter()
            .map(|f| row(f.record, &f.highlights))
            .collect(),
        total: page.total as u32,
        approximate: page.approximate,
        elapsed_ms: started.elapsed().as_secs_f64() * 1000.0,
        called_at,
        began_at,
    })
}

#[tauri::command]
pub async fn search_quotes(
    state: State<'_, AppState>,
    request: SearchRequest,
) -> Result<SearchPage, CommandError> {
    let called_at = epoch_ms();
    state
        .with_session(move |session| answer(session, &request, called_at))
        .await
}

/// The review queue: unverified quotes, the least certain first.
#[tauri::command]
pub async fn review_queue(
    state: State<'_, AppState>,
    limit: u32,
) -> Result<Vec<QuoteRow>, CommandError> {
    state
        .with_library(move |lib| {
            let records = lib.review_queue(limit as usize)?;
            Ok(records.into_iter().map(|r| row(r, &[])).collect())
        })
        .await
}

#[cfg(test)]
mod tests {
    use super::utf16_ranges;

    #[test]
    fn byte_ranges_become_utf16_ranges() {
        let text = "Señor 𝄞 total victory";
        let start = text.find("total").unwrap();
        assert_eq!(utf16_ranges(text, &[(start, start + 5)]), vec![(9, 14)]);
    }
}
