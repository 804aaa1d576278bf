//! `quotebook quotes`: list stored quotes, filtered.

use std::process::ExitCode;

use quotebook_core::store::QuoteFilter;
use serde_json::json;

use super::filter_args::FilterArgs;
use super::output::{print_json, print_quote_table, OutputFormat};
use super::Context;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    filter: FilterArgs,
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
    /// List the same words printed in several articles once, with all their
    /// sources (earliest first).
    #[arg(long)]
    group: bool,
    /// Only quotes whose speaker the extractor is unsure of: confidence
    /// below THRESHOLD (0.8 when no value is given), least certain first.
    /// Confidence is the probability that the speaker is right.
    #[arg(
        long,
        value_name = "THRESHOLD",
        num_args = 0..=1,
        default_missing_value = "0.8",
        value_parser = parse_threshold
    )]
    unsure: Option<f32>,
    #[arg(long, value_enum, default_value_t)]
    format: OutputFormat,
}

/// A confidence threshold: a number from 0 to 1.
fn parse_threshold(s: &str) -> Result<f32, String> {
    match s.parse::<f32>() {
        Ok(t) if (0.0..=1.0).contains(&t) => Ok(t),
        _ => Err(format!("`{s}` is not a confidence from 0 to 1")),
    }
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode, quotebook_core::Error> {
    let library = ctx.open_library()?;
    // The threshold filters before the limit: fetch all, then cut.
    let filter = QuoteFilter {
        limit: if args.unsure.is_some() {
            None
        } else {
            args.limit
        },
        ..args.filter.into_filter()
    };
    if args.group {
        let groups = library.quote_groups(&filter)?;
        match args.format {
            OutputFormat::Json => print_json(&json!({ "quotes": groups })),
            OutputFormat::Table if groups.is_empty() => say!("no quotes match"),
            OutputFormat::Table => {
                let firsts: Vec<_> = groups.iter().map(|g| g.quote.clone()).collect();
                print_quote_table(&firsts);
                for g in groups.iter().filter(|g| g.sources.len() > 1) {
                    let ids: Vec<String> = g.sources.iter().map(|s| s.id.to_string()).collect();
                    say!(
                        "quote {} also printed as {}",
                        g.quote.id,
                        ids[1..].join(", ")
                    );
                }
            }
        }
        return Ok(ExitCode::SUCCESS);
    }
    let mut quotes = library.quotes(&filter)?;
    if let Some(threshold) = args.unsure {
        quotes.retain(|q| q.quote.confidence < threshold);
        quotes.sort_by(|a, b| a.quote.confidence.total_cmp(&b.quote.confidence));
        if let Some(limit) = args.limit {
            quotes.truncate(limit);
        }
    }
    match args.format {
        OutputFormat::Json => print_json(&json!({ "quotes": quotes })),
        OutputFormat::Table if quotes.is_empty() => say!("no quotes match"),
        OutputFormat::Table => print_quote_table(&quotes),
    }
    Ok(ExitCode::SUCCESS)
}
