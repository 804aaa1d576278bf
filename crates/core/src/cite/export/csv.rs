//! CSV export: RFC 4180 (comma separated, CRLF line ends, fields quoted when
//! they hold a comma, quote or line break), UTF-8, with an optional byte order
//! mark so spreadsheet programs read the accents right.

use std::io::{Read, Write};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ExportError;
use crate::model::{ExtractedQuote, QuoteKind, SpeakerKind};
use crate::store::{QuoteRecord, QuoteStatus};

/// The UTF-8 byte order mark.
const BOM: &str = "\u{feff}";

/// One CSV row: the library's quote object, flattened (the csv crate cannot
/// write nested records). Column order is the order of the fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CsvRow {
    pub id: i64,
    pub text: String,
    pub speaker: Option<String>,
    pub role: Option<String>,
    pub date: Option<NaiveDate>,
    pub venue: Option<String>,
    pub status: QuoteStatus,
    pub note: Option<String>,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub wire: Option<String>,
    pub url: Option<String>,
    pub published: Option<NaiveDate>,
    pub kind: QuoteKind,
    pub speaker_mention: Option<String>,
    pub cue: Option<String>,
    pub confidence: f32,
    pub article_id: i64,
    pub start: usize,
    pub end: usize,
    pub paragraph: String,
}

impl From<&QuoteRecord> for CsvRow {
    fn from(r: &QuoteRecord) -> Self {
        let q = &r.quote;
        CsvRow {
            id: r.id,
            text: q.text.clone(),
            speaker: q.speaker.clone(),
            role: q.role.clone(),
            date: q.date,
            venue: q.venue.clone(),
            status: r.status,
            note: r.note.clone(),
            title: r.title.clone(),
            outlet: r.outlet.clone(),
            wire: r.wire.clone(),
            url: r.url.clone(),
            published: r.published,
            kind: q.kind,
            speaker_mention: q.speaker_mention.clone(),
            cue: q.cue.clone(),
            confidence: q.confidence,
            article_id: r.article_id,
            start: q.start,
            end: q.end,
            paragraph: r.paragraph.clone(),
        }
    }
}

impl From<CsvRow> for QuoteRecord {
    fn from(row: CsvRow) -> Self {
        QuoteRecord {
            id: row.id,
            quote: ExtractedQuote {
                text: row.text,
                start: row.start,
                end: row.end,
                kind: row.kind,
                // CSV keeps the name, not its kind: read it from how the name is written.
                speaker_kind: row.speaker.as_deref().map(SpeakerKind::of_name),
                speaker: row.speaker,
                speaker_mention: row.speaker_mention,
                role: row.role,
                date: row.date,
                venue: row.venue,
                cue: row.cue,
                confidence: row.confidence,
                paragraph_start: 0,
                paragraph_end: 0,
            },
            paragraph: row.paragraph,
            present: true,
            needs_review: false,
            status: row.status,
            note: row.note,
            article_id: row.article_id,
            title: row.title,
            outlet: row.outlet,
            wire: row.wire,
            url: row.url,
            published: row.published,
        }
    }
}

/// How the CSV is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvOptions {
    /// Start with a UTF-8 byte order mark (Excel needs it to read UTF-8).
    pub bom: bool,
    /// Put an apostrophe before a cell that a spreadsheet would run as a
    /// formula (`=`, `+`, `-`, `@`, a tab or carriage return first). On by
    /// default: article text is untrusted, and LibreOffice turned an
    /// article's `<title>` into a live `=HYPERLINK(...)` (issue 14).
    pub guard_formulas: bool,
}

impl Default for CsvOptions {
    fn default() -> Self {
        CsvOptions {
            bom: false,
            guard_formulas: true,
        }
    }
}

pub fn write_csv<W: Write>(
    quotes: &[QuoteRecord],
    options: CsvOptions,
    mut out: W,
) -> Result<(), ExportError> {
    if options.bom {
        out.write_all(BOM.as_bytes())?;
    }
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    if quotes.is_empty() {
        // An empty selection still gives a file with its header row.
        writer.write_record(HEADER)?;
    }
    for record in quotes {
        let mut row = CsvRow::from(record);
        if options.guard_formulas {
            guard_row(&mut row);
        }
        writer.serialize(row)?;
    }
    writer.flush()?;
    Ok(())
}

/// The column names, for an export with no rows.
const HEADER: [&str; 21] = [
    "id",
    "text",
    "speaker",
    "role",
    "date",
    "venue",
    "status",
    "note",
    "title",
    "outlet",
    "wire",
    "url",
    "published",
    "kind",
    "speaker_mention",
    "cue",
    "confidence",
    "article_id",
    "start",
    "end",
    "paragraph",
];

fn guard_row(row: &mut CsvRow) {
    guard(&mut row.text);
    guard(&mut row.paragraph);
    for cell in [
        &mut row.speaker,
        &mut row.role,
        &mut row.venue,
        &mut row.note,
        &mut row.title,
        &mut row.outlet,
        &mut row.wire,
        &mut row.url,
        &mut row.speaker_mention,
        &mut row.cue,
    ]
    .into_iter()
    .flatten()
    {
        guard(cell);
    }
}

fn guard(cell: &mut String) {
    // Spreadsheets skip leading spaces before a formula sign, and read the
    // full-width signs too.
    let first = cell.trim_start_matches(' ');
    if first.starts_with(['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠']) {
        cell.insert(0, '\'');
    }
}

/// Reads an export back (a leading byte order mark is skipped).
pub fn read_csv<R: Read>(input: R) -> Result<Vec<QuoteRecord>, ExportError> {
    let mut reader = csv::Reader::from_reader(input);
    let mut out = Vec::new();
    for row in reader.deserialize::<CsvRow>() {
        out.push(row?.into());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_names_every_column_in_order() {
        let mut buf = Vec::new();
        write_csv(&[], CsvOptions::default(), &mut buf).unwrap();
        let text = String::from_utf8(buf).unwrap();
        assert_eq!(text, format!("{}\r\n", HEADER.join(",")));
    }

    #[test]
    fn formulas_are_guarded_by_default() {
        assert!(CsvOptions::default().guard_formulas);
        let mut cell = " =1+1".to_string();
        guard(&mut cell);
        assert_eq!(cell, "' =1+1");
    }

    #[test]
    fn formulas_are_guarded() {
        let mut cell = "=HYPERLINK(\"x\")".to_string();
        guard(&mut cell);
        assert_eq!(cell, "'=HYPERLINK(\"x\")");
        let mut cell = "Plain words".to_string();
        guard(&mut cell);
        assert_eq!(cell, "Plain words");
    }
}
