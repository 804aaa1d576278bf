//! Exports of a selection of quotes (the current filter): CSV, JSON,
//! Markdown and CSL-JSON.

mod csl_json;
mod csv;
mod error;
mod json;
mod markdown;

use std::collections::BTreeMap;
use std::io::Write;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::ArticleMeta;
use crate::store::{Library, QuoteFilter, QuoteRecord, StoreError};

pub use self::csv::{read_csv, write_csv, CsvOptions, CsvRow};
pub use csl_json::{csl_id, csl_items, write_csl_json};
pub use error::ExportError;
pub use json::{read_json, write_json};
pub use markdown::write_markdown;

/// The formats a selection can be exported to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum ExportFormat {
    Csv,
    Json,
    Markdown,
    CslJson,
}

impl ExportFormat {
    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Json | ExportFormat::CslJson => "json",
            ExportFormat::Markdown => "md",
        }
    }
}

/// The quotes to export with the articles they come from (whose bylines the
/// quote records do not carry, and the references need).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Selection {
    pub quotes: Vec<QuoteRecord>,
    pub articles: BTreeMap<i64, ArticleMeta>,
}

impl Selection {
    /// The quotes `filter` selects from `library`, with their articles.
    pub fn load(library: &Library, filter: &QuoteFilter) -> Result<Self, StoreError> {
        let quotes = library.quotes(filter)?;
        let mut articles = BTreeMap::new();
        for q in &quotes {
            if let std::collections::btree_map::Entry::Vacant(slot) = articles.entry(q.article_id) {
                slot.insert(library.article(q.article_id)?.meta);
            }
        }
        Ok(Selection { quotes, articles })
    }

    /// The article of `quote`: as stored, else what the quote record carries.
    pub fn article_of(&self, quote: &QuoteRecord) -> ArticleMeta {
        self.articles
            .get(&quote.article_id)
            .cloned()
            .unwrap_or_else(|| meta_of_record(quote))
    }
}

/// The article fields a quote record carries (everything but the byline and
/// the source path).
pub fn meta_of_record(quote: &QuoteRecord) -> ArticleMeta {
    ArticleMeta {
        title: quote.title.clone(),
        outlet: quote.outlet.clone(),
        wire: quote.wire.clone(),
        url: quote.url.clone(),
        byline: None,
        published: quote.published,
        source_path: None,
    }
}

/// How an export is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportOptions {
    pub csv: CsvOptions,
    /// The access date of the CSL-JSON records.
    pub today: NaiveDate,
}

/// Writes `selection` to `out` in `format`.
pub fn export<W: Write>(
    selection: &Selection,
    format: ExportFormat,
    options: &ExportOptions,
    out: W,
) -> Result<(), ExportError> {
    match format {
        ExportFormat::Csv => write_csv(&selection.quotes, options.csv, out),
        ExportFormat::Json => write_json(&selection.quotes, out),
        ExportFormat::Markdown => write_markdown(selection, out),
        ExportFormat::CslJson => write_csl_json(selection, options.today, out),
    }
}
