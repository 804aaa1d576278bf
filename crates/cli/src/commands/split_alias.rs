//! `quotebook split-alias ALIAS`: take a merged name back out, with its
//! quotes, as a speaker of its own.

use std::process::ExitCode;

use super::Context;

#[derive(clap::Args)]
pub struct Args {
    alias: String,
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode, quotebook_core::Error> {
    ctx.open_library()?.split_alias(&args.alias)?;
    say!("{} is a speaker of its own again", args.alias);
    Ok(ExitCode::SUCCESS)
}
