//! `quotebook extract`: print the attributed quotes of article files without
//! storing them. The quote objects are the core's `ExtractedQuote`, so the JSON
//! here is the JSON everywhere else.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use quotebook_core::extract::{extract_quotes, publication_date};
use quotebook_core::{ArticleMeta, ExtractedQuote};
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
    /// Article files (plain text; .html/.htm have their tags removed).
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
        let result = read_article(path).map(|text| {
            let meta = ArticleMeta {
                published: args.published.or_else(|| publication_date(&text)),
                source_path: Some(path.display().to_string()),
                ..ArticleMeta::default()
            };
            extract_quotes(&text, &meta)
        });
        match (args.format, result) {
            (Format::Json, Ok(quotes)) => println!("{}", json!({ "quotes": quotes })),
            (Format::Json, Err(e)) => return Err(quotebook_core::Error::InvalidInput(e)),
            (Format::Jsonl, Ok(quotes)) => {
                println!(
                    "{}",
                    json!({ "file": path.display().to_string(), "quotes": quotes })
                )
            }
            (Format::Jsonl, Err(e)) => {
                failed = true;
                println!(
                    "{}",
                    json!({ "file": path.display().to_string(), "error": e })
                );
            }
            (Format::Table, Ok(quotes)) => print_table(path, &quotes),
            (Format::Table, Err(e)) => {
                failed = true;
                eprintln!("quotebook: {e}");
            }
        }
    }
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// The article's text, or a message naming the file and what is wrong with it.
fn read_article(path: &Path) -> Result<String, String> {
    let name = path.display();
    let bytes = std::fs::read(path).map_err(|e| format!("{name}: cannot read: {e}"))?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(format!("{name}: the file is empty"));
    }
    if bytes.contains(&0) {
        return Err(format!("{name}: binary file, not an article's text"));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name}: not valid UTF-8 text (bad byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })?;
    let is_html = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
    Ok(if is_html { strip_tags(&text) } else { text })
}

/// A crude HTML-to-text pass for `extract` alone (the importer does it
/// properly): drops scripts, styles and tags, ends paragraphs and decodes the
/// common entities.
fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        rest = &rest[lt..];
        let lower: String = rest.chars().take(8).collect::<String>().to_lowercase();
        let skip_to = if lower.starts_with("<script") {
            "</script>"
        } else if lower.starts_with("<style") {
            "</style>"
        } else {
            ">"
        };
        let block = [
            "<p", "</p", "<br", "<div", "</div", "<h1", "<h2", "<h3", "</h", "<li", "<block",
        ]
        .iter()
        .any(|t| lower.starts_with(t));
        match find_ci(rest, skip_to) {
            Some(end) => rest = &rest[end + skip_to.len()..],
            None => rest = "",
        }
        if block {
            out.push_str("\n\n");
        }
    }
    out.push_str(rest);
    out.replace("&nbsp;", " ")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&rsquo;", "’")
        .replace("&lsquo;", "‘")
        .replace("&ldquo;", "“")
        .replace("&rdquo;", "”")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    hay.to_ascii_lowercase().find(needle)
}

fn print_table(path: &Path, quotes: &[ExtractedQuote]) {
    println!("{} ({} quotes)", path.display(), quotes.len());
    for q in quotes {
        let text: String = q.text.chars().take(70).collect();
        let more = if q.text.chars().count() > 70 {
            "…"
        } else {
            ""
        };
        println!(
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
            println!("  {:<24} {}", "", extra.join("; "));
        }
    }
}
