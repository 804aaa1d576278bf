//! `quotebook delete ID`: remove a quote (a false find). `undo` restores it;
//! re-extraction does not bring it back.

use std::process::ExitCode;

use super::Context;

#[derive(clap::Args)]
pub struct Args {
    id: i64,
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode, quotebook_core::Error> {
    ctx.open_library()?.delete_quote(args.id)?;
    say!("quote {} deleted (undo restores it)", args.id);
    Ok(ExitCode::SUCCESS)
}
