//! `quotebook extract`: print the attributed quotes of article files without
//! storing them. The quote objects are the core's `ExtractedQuote`, so the JSON
//! here is the JSON everywhere else.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use quotebook_core::extract::extract_quotes;
use quotebook_core::{import, ExtractedQuote};
use serde_json::json;

use super::Context;

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One object `{"quotes": [...]}` for a single file.
    Json,
    /// One line per file: `{"file": ..., "quotes": [...]}` or `{"file": ..., "error": ...}`.
    Jsonl,
    /// A table for people to read.
    Table,
}

#[derive(clap::Args)]
pub struct Args {
    /// The publication date, to resolve "on Wednesday" (default: read from the article).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    published: Option<NaiveDate>,
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
    /// Article files: plain text, Markdown or HTML (read as `import` reads them).
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("`{s}` is not a date of the form YYYY-MM-DD"))
}

pub fn run(_ctx: &Context, args: Args) -> Result<ExitCode, quotebook_core::Error> {
    if args.format == Format::Json && args.files.len() != 1 {
        return Err(quotebook_core::Error::InvalidInput(
            "--format json takes exactly one file; use --format jsonl for several".into(),
        ));
    }
    let mut failed = false;
    for path in &args.files {
        // The importer's reader, so `extract` sees the same text and metadata
        // (HTML body, "Published:" lines) as `import` does for the same file.
        let result = import::read_file(path)
            .map(|mut article| {
                if args.published.is_some() {
                    article.meta.published = args.published;
                }
                extract_quotes(&article.text, article.meta.published)
            })
            .map_err(|e| e.to_string());
        match (args.format, result) {
            (Format::Json, Ok(quotes)) => println!("{}", json!({ "quotes": quotes })),
            (Format::Json, Err(e)) => return Err(quotebook_core::Error::InvalidInput(e)),
            (Format::Jsonl, Ok(quotes)) => {
                say!(
                    "{}",
                    json!({ "file": path.display().to_string(), "quotes": quotes })
                )
            }
            (Format::Jsonl, Err(e)) => {
                failed = true;
                say!(
                    "{}",
                    json!({ "file": path.display().to_string(), "error": e })
                );
            }
            (Format::Table, Ok(quotes)) => print_table(path, &quotes),
            (Format::Table, Err(e)) => {
                failed = true;
                esay!("quotebook: {e}");
            }
        }
    }
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn print_table(path: &Path, quotes: &[ExtractedQuote]) {
    say!("{} ({} quotes)", path.display(), quotes.len());
    for q in quotes {
        let text: String = q.text.chars().take(70).collect();
        let more = if q.text.chars().count() > 70 {
            "…"
        } else {
            ""
        };
        say!(
            "  {:<24} {:<10} {:<10} “{text}{more}”",
            q.speaker.as_deref().unwrap_or("?"),
            q.date.map(|d| d.to_string()).unwrap_or_else(|| "-".into()),
            q.kind.as_str(),
        );
        let extra: Vec<String> = [("role", &q.role), ("venue", &q.venue)]
            .iter()
            .filter_map(|(k, v)| v.as_ref().map(|v| format!("{k}: {v}")))
            .collect();
        if !extra.is_empty() {
            say!("  {:<24} {}", "", extra.join("; "));
        }
    }
}
