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
    #[arg(long, value_enum, default_value_t)]
    format: OutputFormat,
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode, quotebook_core::Error> {
    let library = ctx.open_library()?;
    let filter = QuoteFilter {
        limit: args.limit,
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
    let quotes = library.quotes(&filter)?;
    match args.format {
        OutputFormat::Json => print_json(&json!({ "quotes": quotes })),
        OutputFormat::Table if quotes.is_empty() => say!("no quotes match"),
        OutputFormat::Table => print_quote_table(&quotes),
    }
    Ok(ExitCode::SUCCESS)
}
