//! `quotebook`: the command line over quotebook-core. Each subcommand lives in
//! its own file under `commands/` and is a thin call into the core library.

/// `println!` for human-readable output: the line is cleaned of terminal
/// control characters (untrusted article text never acts on the terminal).
macro_rules! say {
    () => { println!() };
    ($($arg:tt)*) => {
        println!("{}", $crate::commands::output::clean(&format!($($arg)*)))
    };
}

/// [`say!`] for standard error.
macro_rules! esay {
    ($($arg:tt)*) => {
        eprintln!("{}", $crate::commands::output::clean(&format!($($arg)*)))
    };
}

mod commands;
mod quiet_pipe;

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

    /// Make the --db file a library even if it is an empty file or another
    /// program's SQLite database (refused otherwise, so nothing is changed
    /// by mistake).
    #[arg(long, global = true)]
    init: bool,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Show where the library is and how much it holds.
    Info(commands::info::Args),
    /// Import articles (text, Markdown, HTML, PDF, DOCX files, folders, web addresses, or - for stdin).
    Import(commands::import::Args),
    /// List stored quotes, filtered by speaker, dates, outlet or status.
    Quotes(commands::quotes::Args),
    /// Fuzzy-search quote text (typos forgiven), ranked, with highlights.
    Search(commands::search::Args),
    /// List speakers with quote counts, roles and dates.
    Speakers(commands::speakers::Args),
    /// Show an article's metadata and the text stored for it.
    Article(commands::article::Args),
    /// Show one quote with its context, article, other sources and history.
    Show(commands::show::Args),
    /// Run the extractor again over stored articles, keeping edits.
    Reextract(commands::reextract::Args),
    /// Correct a quote's speaker, role, date or venue.
    Edit(commands::edit::Args),
    /// Mark a quote verified.
    Verify(commands::verify::Args),
    /// Mark a quote disputed, with a note.
    Dispute(commands::dispute::Args),
    /// Merge one speaker into another (the first becomes an alias).
    MergeSpeakers(commands::merge_speakers::Args),
    /// Split a merged alias back into a speaker of its own.
    SplitAlias(commands::split_alias::Args),
    /// Delete a quote (undo restores it).
    Delete(commands::delete::Args),
    /// Delete an article and its quotes (undo restores them).
    DeleteArticle(commands::delete_article::Args),
    /// Show every change made to a quote.
    History(commands::history::Args),
    /// Revert the latest change.
    Undo(commands::undo::Args),
    /// Write a consistent copy of the library.
    Backup(commands::backup::Args),
    /// Copy every row a damaged library still has into a new library.
    Recover(commands::recover::Args),
    /// Cite one quote: AP sentence, compact line, APA, MLA, Chicago or any CSL style.
    Cite(commands::cite::Args),
    /// List the citation styles `cite --style` accepts by name.
    Styles(commands::styles::Args),
    /// Render references to articles described in a JSON file, in a CSL style.
    References(commands::references::Args),
    /// Export the quotes a filter selects: CSV, JSON, Markdown or CSL-JSON.
    Export(commands::export::Args),
    /// Print the attributed quotes of article files (nothing is stored).
    Extract(commands::extract::Args),
    /// Receive pages from the browser extension on a loopback port.
    Receive(commands::receive::Args),
    /// Sync this library with the newsroom's shared library (PostgreSQL).
    Sync(commands::sync::Args),
    /// Set up a shared library: `init URL`, `login URL`, `logout URL`.
    Shared(commands::shared::Args),
}

/// mimalloc serves the extractor's many small allocations faster than the
/// system allocator (see the workspace Cargo.toml).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    quiet_pipe::install();
    let cli = Cli::parse();
    let ctx = commands::Context {
        db: cli.db,
        init: cli.init,
    };
    let result = match cli.command {
        Command::Info(args) => commands::info::run(&ctx, args),
        Command::Import(args) => commands::import::run(&ctx, args),
        Command::Quotes(args) => commands::quotes::run(&ctx, args),
        Command::Search(args) => commands::search::run(&ctx, args),
        Command::Speakers(args) => commands::speakers::run(&ctx, args),
        Command::Article(args) => commands::article::run(&ctx, args),
        Command::Show(args) => commands::show::run(&ctx, args),
        Command::Reextract(args) => commands::reextract::run(&ctx, args),
        Command::Edit(args) => commands::edit::run(&ctx, args),
        Command::Verify(args) => commands::verify::run(&ctx, args),
        Command::Dispute(args) => commands::dispute::run(&ctx, args),
        Command::MergeSpeakers(args) => commands::merge_speakers::run(&ctx, args),
        Command::SplitAlias(args) => commands::split_alias::run(&ctx, args),
        Command::Delete(args) => commands::delete::run(&ctx, args),
        Command::DeleteArticle(args) => commands::delete_article::run(&ctx, args),
        Command::History(args) => commands::history::run(&ctx, args),
        Command::Undo(args) => commands::undo::run(&ctx, args),
        Command::Backup(args) => commands::backup::run(&ctx, args),
        Command::Recover(args) => commands::recover::run(&ctx, args),
        Command::Cite(args) => commands::cite::run(&ctx, args),
        Command::Styles(args) => commands::styles::run(args),
        Command::References(args) => commands::references::run(args),
        Command::Export(args) => commands::export::run(&ctx, args),
        Command::Extract(args) => commands::extract::run(&ctx, args),
        Command::Receive(args) => commands::receive::run(&ctx, args),
        Command::Sync(args) => commands::sync::run(&ctx, args),
        Command::Shared(args) => commands::shared::run(args),
    };
    match result {
        Ok(code) => code,
        // A reader that stopped reading (`| head`) is not a failure.
        Err(e) if quiet_pipe::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            esay!("quotebook: {e}");
            ExitCode::from(2)
        }
    }
}
