//! `quotebook quotes`: list stored quotes, filtered.

use std::process::ExitCode;

use chrono::NaiveDate;
use quotebook_core::store::{QuoteFilter, QuoteStatus};
use serde_json::json;

use super::output::{print_json, print_quote_table, OutputFormat};
use super::Context;

#[derive(clap::Args)]
pub struct Args {
    /// Speaker: every word must begin a word of the name or an alias
    /// ("netanyahu", "benjamin net"); case does not matter.
    #[arg(long, value_name = "NAME")]
    speaker: Option<String>,
    /// First day (inclusive) of the date said, or published when unknown.
    #[arg(long, value_name = "YYYY-MM-DD")]
    from: Option<NaiveDate>,
    /// Last day (inclusive).
    #[arg(long, value_name = "YYYY-MM-DD")]
    to: Option<NaiveDate>,
    /// Outlet or wire service (case-insensitive).
    #[arg(long, value_name = "NAME")]
    outlet: Option<String>,
    /// unverified, verified or disputed.
    #[arg(long, value_name = "STATUS", value_parser = parse_status)]
    status: Option<QuoteStatus>,
    /// Only the quotes of this article.
    #[arg(long, value_name = "ID")]
    article: Option<i64>,
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
    /// List the same words printed in several articles once, with all their
    /// sources (earliest first).
    #[arg(long)]
    group: bool,
    #[arg(long, value_enum, default_value_t)]
    format: OutputFormat,
}

pub fn parse_status(s: &str) -> Result<QuoteStatus, String> {
    QuoteStatus::parse(s)
        .ok_or_else(|| format!("`{s}` is not a status: use unverified, verified or disputed"))
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode, quotebook_core::Error> {
    let library = ctx.open_library()?;
    let filter = QuoteFilter {
        speaker: args.speaker,
        from: args.from,
        to: args.to,
        outlet: args.outlet,
        status: args.status,
        article_id: args.article,
        limit: args.limit,
        offset: None,
    };
    if args.group {
        let groups = library.quote_groups(&filter)?;
        match args.format {
            OutputFormat::Json => print_json(&json!({ "quotes": groups })),
            OutputFormat::Table if groups.is_empty() => println!("no quotes match"),
            OutputFormat::Table => {
                let firsts: Vec<_> = groups.iter().map(|g| g.quote.clone()).collect();
                print_quote_table(&firsts);
                for g in groups.iter().filter(|g| g.sources.len() > 1) {
                    let ids: Vec<String> = g.sources.iter().map(|s| s.id.to_string()).collect();
                    println!(
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
        OutputFormat::Table if quotes.is_empty() => println!("no quotes match"),
        OutputFormat::Table => print_quote_table(&quotes),
    }
    Ok(ExitCode::SUCCESS)
}
