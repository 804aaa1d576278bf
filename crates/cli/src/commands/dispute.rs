//! `quotebook dispute ID --note WHY`: mark a quote disputed, saying why.

use std::process::ExitCode;

use super::Context;

#[derive(clap::Args)]
pub struct Args {
    id: i64,
    /// Why the quote is disputed.
    #[arg(long, required = true)]
    note: String,
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode, quotebook_core::Error> {
    let quote = ctx.open_library()?.dispute(args.id, &args.note)?;
    say!("quote {} disputed: {}", quote.id, args.note.trim());
    Ok(ExitCode::SUCCESS)
}
