//! `quotebook undo`: revert the latest change (edit, verify, dispute, merge,
//! split, delete). Run it again to go further back.

use std::process::ExitCode;

use super::Context;

#[derive(clap::Args)]
pub struct Args {}

pub fn run(ctx: &Context, _args: Args) -> Result<ExitCode, quotebook_core::Error> {
    match ctx.open_library()?.undo()? {
        Some(change) => say!("undid change {}: {}", change.id, change.summary),
        None => say!("nothing to undo"),
    }
    Ok(ExitCode::SUCCESS)
}
