//! `quotebook sync`: send this library's new work to the newsroom's shared
//! library and receive everyone else's. Progress goes to stderr; the summary
//! to stdout (`--format json` for scripts).

use std::process::ExitCode;

use quotebook_sync::{Progress, SyncError};
use serde_json::json;

use super::output::{print_json, OutputFormat};
use super::Context;

#[derive(clap::Args)]
pub struct Args {
    /// The shared library (postgres://user@host:port/database); else
    /// $QUOTEBOOK_SHARED_URL, else the one this library last synced with.
    #[arg(long, value_name = "URL")]
    url: Option<String>,
    /// Only show the sync state (last sync, what waits to be sent, the
    /// quotes to review after a conflict, whether the shared library can be
    /// reached).
    #[arg(long)]
    status: bool,
    /// Clear the conflict flag of a quote you have reviewed.
    #[arg(long, value_name = "QUOTE_ID")]
    reviewed: Option<i64>,
    #[arg(long, value_enum, default_value_t)]
    format: OutputFormat,
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode, quotebook_core::Error> {
    let mut library = ctx.open_library()?;
    if let Some(id) = args.reviewed {
        library.mark_reviewed(id)?;
        say!("quote {id} reviewed");
        return Ok(ExitCode::SUCCESS);
    }
    let url = match quotebook_sync::choose_url(args.url.as_deref(), &library) {
        Ok(url) => Some(url),
        Err(SyncError::NoUrl) if args.status => None,
        Err(e) => return Ok(failed(&e)),
    };
    if args.status {
        let status = match quotebook_sync::status(&library, url.as_deref()) {
            Ok(s) => s,
            Err(e) => return Ok(failed(&e)),
        };
        let review = library.quotes_needing_review()?;
        match args.format {
            OutputFormat::Json => print_json(&json!({ "status": status, "review": review })),
            OutputFormat::Table => {
                say!(
                    "shared library: {}",
                    status.shared_url.as_deref().unwrap_or("(none set)")
                );
                say!(
                    "last synced: {}",
                    status.last_synced.as_deref().unwrap_or("never")
                );
                say!("waiting to be sent: {}", status.pending_changes);
                say!("quotes to review after a conflict: {}", status.needs_review);
                for id in review {
                    say!("  quote {id} (see `quotebook history {id}`)");
                }
                if let Some(reason) = &status.offline_reason {
                    say!("offline: {reason}");
                }
            }
        }
        return Ok(ExitCode::SUCCESS);
    }
    let url = url.unwrap_or_default();
    let mut show = |p: &Progress| {
        esay!("{}: {} of {}", p.stage.describe(), p.done, p.total);
    };
    match quotebook_sync::sync(&mut library, &url, &mut show) {
        Ok(report) => {
            match args.format {
                OutputFormat::Json => print_json(&json!(report)),
                OutputFormat::Table => {
                    say!(
                        "synced with {} as {}: {}",
                        quotebook_sync::without_password(&url),
                        report.author,
                        report.summary()
                    );
                    if report.conflicts > 0 {
                        say!("the quotes to review: `quotebook sync --status`");
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => Ok(failed(&e)),
    }
}

/// Prints a sync failure with its stable code and gives the exit status.
pub fn failed(e: &SyncError) -> ExitCode {
    esay!("quotebook: {e} [{}]", e.code_str());
    ExitCode::from(2)
}
