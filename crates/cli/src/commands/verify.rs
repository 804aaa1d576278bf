//! `quotebook verify ID`: mark a quote checked against its source.

use std::process::ExitCode;

use super::Context;

#[derive(clap::Args)]
pub struct Args {
    id: i64,
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode, quotebook_core::Error> {
    let quote = ctx.open_library()?.verify(args.id)?;
    say!("quote {} verified", quote.id);
    Ok(ExitCode::SUCCESS)
}
