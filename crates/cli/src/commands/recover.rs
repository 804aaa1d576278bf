//! `quotebook recover NEW-FILE`: copies every row the (damaged) library
//! still has, table by table, into a new library; the damaged file is only
//! read.

use std::path::PathBuf;
use std::process::ExitCode;

use quotebook_core::store::Library;

use super::Context;

#[derive(clap::Args)]
pub struct Args {
    /// The new library to create (must not exist).
    path: PathBuf,
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode, quotebook_core::Error> {
    let damaged = ctx.library_path();
    let report = Library::recover(&damaged, &args.path)?;
    let mut complete = true;
    for table in &report.tables {
        match &table.problem {
            Some(problem) => {
                complete = false;
                say!(
                    "{:<16} {:>8} rows copied; {problem}",
                    table.table,
                    table.copied
                );
            }
            None => say!("{:<16} {:>8} rows copied", table.table, table.copied),
        }
    }
    say!(
        "recovered {} into {}{}",
        damaged.display(),
        args.path.display(),
        if complete {
            ""
        } else {
            " (some rows could not be read)"
        }
    );
    Ok(ExitCode::SUCCESS)
}
