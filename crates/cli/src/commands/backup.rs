//! `quotebook backup PATH`: a consistent copy of the library (SQLite's online
//! backup), safe while the app is open.

use std::path::PathBuf;
use std::process::ExitCode;

use super::Context;

#[derive(clap::Args)]
pub struct Args {
    /// Where to write the copy. An earlier backup there is kept as
    /// PATH.previous; a damaged library is refused (never copied over a
    /// good backup).
    path: PathBuf,
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode, quotebook_core::Error> {
    ctx.open_library()?.backup(&args.path)?;
    say!("library checked and copied to {}", args.path.display());
    Ok(ExitCode::SUCCESS)
}
