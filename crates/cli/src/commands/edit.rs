//! `quotebook edit ID [--speaker ..] [--role ..] [--date ..] [--venue ..]`:
//! correct a quote. An empty value ("") clears it. Re-extraction keeps edits.

use std::process::ExitCode;

use chrono::NaiveDate;
use quotebook_core::store::QuoteEdit;

use super::output::{print_json, print_quote_table, OutputFormat};
use super::Context;

#[derive(clap::Args)]
pub struct Args {
    id: i64,
    #[arg(long, value_name = "NAME")]
    speaker: Option<String>,
    #[arg(long, value_name = "ROLE")]
    role: Option<String>,
    /// The day the words were said (YYYY-MM-DD), or "" to clear it.
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<String>,
    #[arg(long, value_name = "VENUE")]
    venue: Option<String>,
    #[arg(long, value_enum, default_value_t)]
    format: OutputFormat,
}

fn parse_date_or_clear(s: &str) -> Result<Option<NaiveDate>, String> {
    if s.trim().is_empty() {
        return Ok(None);
    }
    s.trim()
        .parse()
        .map(Some)
        .map_err(|_| format!("`{s}` is not a date: use YYYY-MM-DD"))
}

/// "" clears a value.
fn clearable(v: Option<String>) -> Option<Option<String>> {
    v.map(|s| Some(s.trim().to_string()).filter(|s| !s.is_empty()))
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode, quotebook_core::Error> {
    let mut library = ctx.open_library()?;
    let edit = QuoteEdit {
        speaker: clearable(args.speaker),
        role: clearable(args.role),
        date: args
            .date
            .as_deref()
            .map(parse_date_or_clear)
            .transpose()
            .map_err(quotebook_core::Error::InvalidInput)?,
        venue: clearable(args.venue),
    };
    let quote = library.edit_quote(args.id, &edit)?;
    match args.format {
        OutputFormat::Json => print_json(&quote),
        OutputFormat::Table => print_quote_table(&[quote]),
    }
    Ok(ExitCode::SUCCESS)
}
