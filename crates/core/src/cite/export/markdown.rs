//! Markdown export: each quote as a block quote with its compact attribution
//! line, ready to paste into notes.

use std::io::Write;

use super::{ExportError, Selection};
use crate::cite::escape::escape_markdown;
use crate::cite::quote_text::standing_alone;
use crate::cite::{line, QuoteRef};

pub fn write_markdown<W: Write>(selection: &Selection, mut out: W) -> Result<(), ExportError> {
    let n = selection.quotes.len();
    writeln!(out, "# Quotes")?;
    writeln!(out)?;
    writeln!(out, "{n} {}.", if n == 1 { "quote" } else { "quotes" })?;
    for record in &selection.quotes {
        let article = selection.article_of(record);
        let attribution = line::line(&QuoteRef {
            quote: &record.quote,
            article: &article,
        });
        writeln!(out)?;
        let text = escape_markdown(&standing_alone(&record.quote.text));
        writeln!(out, "> “{text}”")?;
        if !attribution.is_empty() {
            writeln!(out, ">")?;
            writeln!(out, "> {}", attribution.to_markdown())?;
        }
        writeln!(out)?;
        let mut meta = format!("Quote {} · {}", record.id, record.status.as_str());
        if let Some(note) = record.note.as_deref().filter(|n| !n.trim().is_empty()) {
            meta.push_str(" · ");
            meta.push_str(&escape_markdown(note.trim()));
        }
        writeln!(out, "{meta}")?;
    }
    Ok(())
}
