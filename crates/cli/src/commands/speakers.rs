//! `quotebook speakers [--suggest-merges]`: who is quoted, how often, in which
//! roles and over which dates; or which names may be one person.

use std::process::ExitCode;

use serde_json::json;

use super::output::{fit, print_json, print_table, OutputFormat};
use super::Context;

#[derive(clap::Args)]
pub struct Args {
    /// List pairs of names that may be the same person instead (never merged
    /// without `merge-speakers`).
    #[arg(long)]
    suggest_merges: bool,
    #[arg(long, value_enum, default_value_t)]
    format: OutputFormat,
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode, quotebook_core::Error> {
    let library = ctx.open_library()?;
    if args.suggest_merges {
        let suggestions = quotebook_core::service::merge_suggestions(&library)?;
        match args.format {
            OutputFormat::Json => print_json(&json!({ "suggestions": suggestions })),
            OutputFormat::Table if suggestions.is_empty() => say!("no merge suggestions"),
            OutputFormat::Table => {
                for s in &suggestions {
                    say!(
                        "quotebook merge-speakers \"{}\" \"{}\"   # {}",
                        s.from,
                        s.into,
                        s.evidence.join("; ")
                    );
                }
            }
        }
        return Ok(ExitCode::SUCCESS);
    }
    let speakers = library.speakers()?;
    match args.format {
        OutputFormat::Json => print_json(&json!({ "speakers": speakers })),
        OutputFormat::Table if speakers.is_empty() => say!("no speakers yet"),
        OutputFormat::Table => {
            let rows: Vec<Vec<String>> = speakers
                .iter()
                .map(|s| {
                    let range = match (s.first, s.last) {
                        (Some(a), Some(b)) if a == b => a.to_string(),
                        (Some(a), Some(b)) => format!("{a}..{b}"),
                        _ => "-".to_string(),
                    };
                    let roles: Vec<&str> = s.roles.iter().map(|r| r.role.as_str()).collect();
                    vec![
                        s.id.to_string(),
                        fit(&s.name, 30),
                        s.quote_count.to_string(),
                        range,
                        fit(&roles.join("; "), 40),
                        fit(&s.aliases.join("; "), 40),
                    ]
                })
                .collect();
            print_table(
                &["ID", "SPEAKER", "QUOTES", "DATES", "ROLES", "ALIASES"],
                &rows,
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
