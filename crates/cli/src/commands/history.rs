//! `quotebook history ID`: every change made to a quote, oldest first.

use std::process::ExitCode;

use serde_json::json;

use super::output::{print_json, print_table, OutputFormat};
use super::Context;

#[derive(clap::Args)]
pub struct Args {
    /// The quote's id.
    id: i64,
    #[arg(long, value_enum, default_value_t)]
    format: OutputFormat,
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode, quotebook_core::Error> {
    let history = ctx.open_library()?.history(args.id)?;
    match args.format {
        OutputFormat::Json => print_json(&json!({ "changes": history })),
        OutputFormat::Table if history.is_empty() => {
            say!("quote {} has not been changed", args.id)
        }
        OutputFormat::Table => {
            let rows: Vec<Vec<String>> = history
                .iter()
                .map(|c| {
                    vec![
                        c.id.to_string(),
                        c.at.clone(),
                        c.action.clone(),
                        who(c),
                        c.summary.clone(),
                    ]
                })
                .collect();
            print_table(&["CHANGE", "AT", "ACTION", "BY", "WHAT"], &rows);
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Who made a change: its author, and the machine when it is another one
/// (a colleague's change pulled from the shared library).
fn who(c: &quotebook_core::store::Change) -> String {
    match (&c.author, &c.machine) {
        (Some(author), Some(machine)) => format!("{author} ({machine})"),
        (Some(author), None) => author.clone(),
        (None, _) => "you".to_string(),
    }
}
