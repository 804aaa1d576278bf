//! A speaker's page: who they are, when and where they were quoted.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::merge_candidates::{candidates_among, MergeCandidate};
use crate::store::{Library, QuoteFilter, SpeakerSummary, StoreError};

/// Quotes filed under one calendar month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MonthCount {
    /// `YYYY-MM`.
    pub month: String,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub count: u64,
}

/// A name (outlet, venue) and how many of the speaker's quotes it has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CountedName {
    pub name: String,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub count: u64,
}

/// Everything the speaker page shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SpeakerProfile {
    /// Name, aliases, roles with the dates they were seen, quote count.
    pub speaker: SpeakerSummary,
    /// Every month from the first quote's to the last one's, empty months
    /// included, so a chart of them is a true timeline.
    pub months: Vec<MonthCount>,
    /// Quotes with no date said nor published, left out of `months`.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub undated: u64,
    /// Most quotes first.
    pub outlets: Vec<CountedName>,
    pub venues: Vec<CountedName>,
    /// Other speakers that may be this person, with the evidence.
    pub merge_suggestions: Vec<MergeCandidate>,
}

fn month_key(date: NaiveDate) -> (i32, u32) {
    (date.year(), date.month())
}

/// Every month from `first` to `last`, inclusive.
fn months_between(first: (i32, u32), last: (i32, u32)) -> Vec<(i32, u32)> {
    let mut out = Vec::new();
    let (mut year, mut month) = first;
    while (year, month) <= last {
        out.push((year, month));
        (year, month) = if month == 12 {
            (year + 1, 1)
        } else {
            (year, month + 1)
        };
    }
    out
}

/// Most first, then by name.
fn ranked(counts: BTreeMap<String, u64>) -> Vec<CountedName> {
    let mut list: Vec<CountedName> = counts
        .into_iter()
        .map(|(name, count)| CountedName { name, count })
        .collect();
    list.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
    list
}

/// The page of the speaker with this id (after merges, as listed by
/// [`Library::speakers`]).
pub fn speaker_profile(library: &Library, speaker_id: i64) -> Result<SpeakerProfile, StoreError> {
    let speakers = library.speakers()?;
    let speaker = speakers
        .iter()
        .find(|s| s.id == speaker_id)
        .cloned()
        .ok_or(StoreError::NotFound {
            what: "speaker",
            id: speaker_id.to_string(),
        })?;
    let merge_suggestions = candidates_among(&speaker, &speakers);
    // The name filter matches word beginnings (it may find other speakers
    // too); the effective speaker's name after merges singles this one out.
    let quotes = library.quotes(&QuoteFilter {
        speaker: Some(speaker.name.clone()),
        ..QuoteFilter::default()
    })?;
    let mut per_month: BTreeMap<(i32, u32), u64> = BTreeMap::new();
    let mut outlets: BTreeMap<String, u64> = BTreeMap::new();
    let mut venues: BTreeMap<String, u64> = BTreeMap::new();
    let mut undated = 0;
    for quote in quotes
        .iter()
        .filter(|q| q.quote.speaker.as_deref() == Some(speaker.name.as_str()))
    {
        match quote.filed_date() {
            Some(date) => *per_month.entry(month_key(date)).or_default() += 1,
            None => undated += 1,
        }
        if let Some(outlet) = quote.source_name() {
            *outlets.entry(outlet.to_owned()).or_default() += 1;
        }
        if let Some(venue) = quote.quote.venue.as_deref() {
            *venues.entry(venue.to_owned()).or_default() += 1;
        }
    }
    let months = match (per_month.keys().next(), per_month.keys().next_back()) {
        (Some(&first), Some(&last)) => months_between(first, last)
            .into_iter()
            .map(|(year, month)| MonthCount {
                month: format!("{year:04}-{month:02}"),
                count: per_month.get(&(year, month)).copied().unwrap_or(0),
            })
            .collect(),
        _ => Vec::new(),
    };
    Ok(SpeakerProfile {
        speaker,
        months,
        undated,
        outlets: ranked(outlets),
        venues: ranked(venues),
        merge_suggestions,
    })
}
