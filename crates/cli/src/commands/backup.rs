//! `quotebook backup PATH`: a consistent copy of the library (SQLite's online
//! backup), safe while the app is open.

use std::path::PathBuf;
use std::process::ExitCode;

use super::Context;

#[derive(clap::Args)]
pub struct Args {
    /// Where to write the copy (replaced if it exists).
    path: PathBuf,
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode, quotebook_core::Error> {
    ctx.open_library()?.backup(&args.path)?;
    println!("library copied to {}", args.path.display());
    Ok(ExitCode::SUCCESS)
}
