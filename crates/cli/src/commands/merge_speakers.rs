//! `quotebook merge-speakers FROM INTO`: one person under two names. FROM
//! becomes an alias of INTO; `split-alias FROM` or `undo` separates them again.

use std::process::ExitCode;

use super::Context;

#[derive(clap::Args)]
pub struct Args {
    /// The name (or id) to merge away.
    from: String,
    /// The name (or id) it becomes an alias of.
    into: String,
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode, quotebook_core::Error> {
    ctx.open_library()?.merge_speakers(&args.from, &args.into)?;
    say!("merged {} into {}", args.from, args.into);
    Ok(ExitCode::SUCCESS)
}
