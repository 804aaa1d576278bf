//! `quotebook delete-article ID`: remove an article and its quotes. `undo`
//! restores them.

use std::process::ExitCode;

use super::Context;

#[derive(clap::Args)]
pub struct Args {
    id: i64,
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode, quotebook_core::Error> {
    ctx.open_library()?.delete_article(args.id)?;
    say!(
        "article {} deleted with its quotes (undo restores them)",
        args.id
    );
    Ok(ExitCode::SUCCESS)
}
