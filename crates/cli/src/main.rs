//! `quotebook`: the command line over quotebook-core. Each subcommand lives in
//! its own file under `commands/` and is a thin call into the core library.

mod commands;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "quotebook",
    version = quotebook_core::VERSION,
    about = "Who said what, when, where, and where did I read it.",
    long_about = None
)]
struct Cli {
    /// The library database to use (default: the library in your data folder,
    /// the same one the desktop app opens; or $QUOTEBOOK_DB).
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Show where the library is and how much it holds.
    Info(commands::info::Args),
    /// Print the attributed quotes of article files (nothing is stored).
    Extract(commands::extract::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let ctx = commands::Context { db: cli.db };
    let result = match cli.command {
        Command::Info(args) => commands::info::run(&ctx, args),
        Command::Extract(args) => commands::extract::run(&ctx, args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("quotebook: {e}");
            ExitCode::from(2)
        }
    }
}
