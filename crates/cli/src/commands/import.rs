//! `quotebook import PATH... | URL... | -`: read articles into the library, one
//! transaction per batch and a savepoint per article; a bad file is reported
//! and the batch goes on. The loop itself is core's, shared with the app.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

use chrono::NaiveDate;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use quotebook_core::import::batch::{
    import_sources, sources_from_paths, BatchSummary, Overrides, Source,
};
use quotebook_core::store::ImportStatus;

use super::output::{print_json, OutputFormat};
use super::Context;

#[derive(clap::Args)]
pub struct Args {
    /// Files or folders (read recursively) to import, web addresses
    /// (http:// or https://) to fetch; `-` reads standard input.
    #[arg(required = true, value_name = "PATH|URL")]
    paths: Vec<PathBuf>,
    /// The publication, for text that does not say (plain text, stdin).
    #[arg(long, value_name = "NAME")]
    outlet: Option<String>,
    /// The article's address (one article only).
    #[arg(long, value_name = "URL")]
    url: Option<String>,
    /// The publication date, overriding what the article says.
    #[arg(long, value_name = "YYYY-MM-DD")]
    published: Option<NaiveDate>,
    #[arg(long, value_enum, default_value_t)]
    format: OutputFormat,
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode, quotebook_core::Error> {
    let mut library = ctx.open_library()?;
    // A library that takes no writes (read-only media) says so once, not
    // once per file.
    library.check_writable()?;
    let stdin = args.paths.iter().any(|p| p.as_os_str() == "-");
    let is_url = |p: &PathBuf| p.to_str().is_some_and(quotebook_core::import::is_url);
    let paths: Vec<PathBuf> = args
        .paths
        .iter()
        .filter(|p| p.as_os_str() != "-" && !is_url(p))
        .cloned()
        .collect();
    let mut summary = BatchSummary::default();
    let mut sources = sources_from_paths(&paths, stdin, &mut summary);
    sources.extend(
        args.paths
            .iter()
            .filter(|p| is_url(p))
            .filter_map(|p| p.to_str().map(|url| Source::Url(url.to_string()))),
    );
    if args.url.is_some() && sources.len() > 1 {
        return Err(quotebook_core::Error::InvalidInput(
            "--url names one article; import one file with it".to_string(),
        ));
    }
    for failure in &summary.files {
        if let Some(error) = &failure.error {
            esay!("quotebook: {error}");
        }
    }
    let overrides = Overrides {
        outlet: args.outlet.clone(),
        url: args.url.clone(),
        published: args.published,
    };
    let progress = progress_bar(sources.len() as u64);
    // The command line has no Cancel button: Ctrl+C ends the process, and
    // the batch being written is rolled back by SQLite.
    let never = AtomicBool::new(false);
    import_sources(
        &mut library,
        sources,
        &overrides,
        &mut summary,
        &never,
        |p| {
            progress.set_position(p.done as u64);
            progress.set_message(p.file.file.clone());
            if let Some(error) = &p.file.error {
                progress.suspend(|| esay!("quotebook: {error}"));
            }
        },
    );
    progress.finish_and_clear();
    if summary.added + summary.updated > 0 {
        // The saved search index, if any, brought up to date when this
        // import changed more quotes than a search layers over it: the
        // next `quotebook search` then stays quick. Search rebuilds what
        // it cannot use, so a failure here only costs that search time.
        if let Err(e) = quotebook_core::search::update_saved_index(&library) {
            esay!("quotebook: the search index was not updated ({e}); the next search will");
        }
    }

    match args.format {
        OutputFormat::Json => print_json(&summary),
        OutputFormat::Table => print_summary(&summary),
    }
    Ok(if summary.failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// Progress on stderr, only when someone is watching it.
fn progress_bar(len: u64) -> ProgressBar {
    if !std::io::stderr().is_terminal() || len < 2 {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template("{bar:30} {pos}/{len} {wide_msg}")
            .expect("the template is valid"),
    );
    bar
}

fn print_summary(s: &BatchSummary) {
    for f in &s.files {
        if let (Some(status), Some(id)) = (f.status, f.article_id) {
            let what = match status {
                ImportStatus::Added => "added",
                ImportStatus::Updated => "updated (a new version of)",
                ImportStatus::Unchanged => "unchanged, already in the library as",
            };
            say!(
                "{}: {what} article {id}, {} quotes ({} new)",
                f.file,
                f.quotes_found.unwrap_or(0),
                f.quotes_new.unwrap_or(0)
            );
        }
    }
    for path in &s.skipped {
        say!("{path}: skipped (not a text, Markdown, HTML, PDF or DOCX file)");
    }
    for special in &s.special {
        say!("{special}: skipped, never opened");
    }
    say!(
        "{} added, {} updated, {} unchanged, {} failed, {} skipped; {} quotes found, {} new",
        s.added,
        s.updated,
        s.unchanged,
        s.failed,
        s.skipped.len() + s.special.len(),
        s.quotes_found,
        s.quotes_new
    );
}
