//! `quotebook import PATH... | -`: read articles into the library, one
//! transaction each; a bad file is reported and the batch goes on.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use quotebook_core::import::{self, collect_files};
use quotebook_core::model::Article;
use quotebook_core::store::{ImportStatus, Library, StoreError};
use serde::Serialize;

use super::output::{print_json, OutputFormat};
use super::Context;

#[derive(clap::Args)]
pub struct Args {
    /// Files or folders (read recursively) to import; `-` reads standard input.
    #[arg(required = true, value_name = "PATH")]
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

#[derive(Serialize)]
struct FileResult {
    file: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    article_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<ImportStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    quotes_found: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    quotes_new: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

#[derive(Serialize, Default)]
struct Summary {
    added: usize,
    updated: usize,
    unchanged: usize,
    failed: usize,
    skipped: Vec<String>,
    quotes_found: usize,
    quotes_new: usize,
    files: Vec<FileResult>,
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode, quotebook_core::Error> {
    let mut library = ctx.open_library()?;
    let stdin = args.paths.iter().any(|p| p.as_os_str() == "-");
    let paths: Vec<PathBuf> = args
        .paths
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .cloned()
        .collect();
    let listing = collect_files(&paths);
    let total = listing.files.len() + usize::from(stdin);
    if args.url.is_some() && total > 1 {
        return Err(quotebook_core::Error::InvalidInput(
            "--url names one article; import one file with it".to_string(),
        ));
    }

    let mut summary = Summary::default();
    let progress = progress_bar(total as u64);
    let report = |progress: &ProgressBar, line: String| progress.suspend(|| eprintln!("{line}"));
    for err in &listing.errors {
        report(&progress, format!("quotebook: {err}"));
        summary.failed += 1;
        summary
            .files
            .push(failure(err.to_string(), err.to_string()));
    }
    for path in &listing.skipped {
        summary.skipped.push(path.display().to_string());
    }

    let mut sources: Vec<Option<PathBuf>> = listing.files.into_iter().map(Some).collect();
    if stdin {
        sources.push(None);
    }
    // Articles are stored in batches (one transaction, a savepoint each), so
    // a big import does not pay a commit per article; a batch is small
    // enough that another process waiting for the library is not kept long.
    let mut batch: Vec<(String, Article)> = Vec::new();
    let mut batch_bytes = 0;
    let last = sources.len();
    for (index, source) in sources.into_iter().enumerate() {
        let name = source
            .as_ref()
            .map_or_else(|| "-".to_string(), |p| p.display().to_string());
        progress.set_message(name.clone());
        let read = match &source {
            Some(path) => import::read_file(path),
            None => import::read_stdin(),
        };
        match read {
            Ok(article) => {
                batch_bytes += article.text.len();
                batch.push((name, with_overrides(article, &args)));
            }
            Err(e) => {
                report(&progress, format!("quotebook: {e}"));
                summary.failed += 1;
                summary.files.push(failure(name, e.to_string()));
            }
        }
        if batch.len() >= BATCH_ARTICLES || batch_bytes >= BATCH_BYTES || index + 1 == last {
            store_batch(&mut library, &mut batch, &mut summary, &progress);
            batch_bytes = 0;
        }
        progress.inc(1);
    }
    progress.finish_and_clear();

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

fn failure(file: String, error: String) -> FileResult {
    FileResult {
        file,
        article_id: None,
        status: None,
        quotes_found: None,
        quotes_new: None,
        error: Some(error),
    }
}

/// At most this many articles, or this many bytes of text, per transaction.
const BATCH_ARTICLES: usize = 200;
const BATCH_BYTES: usize = 8 * 1024 * 1024;

fn with_overrides(mut article: Article, args: &Args) -> Article {
    if let Some(outlet) = &args.outlet {
        article.meta.outlet = Some(outlet.clone());
    }
    if let Some(url) = &args.url {
        article.meta.url = Some(url.clone());
    }
    if let Some(date) = args.published {
        article.meta.published = Some(date);
    }
    article
}

fn store_batch(
    library: &mut Library,
    batch: &mut Vec<(String, Article)>,
    summary: &mut Summary,
    progress: &ProgressBar,
) {
    if batch.is_empty() {
        return;
    }
    let (names, articles): (Vec<String>, Vec<Article>) = std::mem::take(batch).into_iter().unzip();
    let results = match library.import_articles(&articles) {
        Ok(results) => results,
        // The whole batch failed (the library is locked or damaged): every
        // article in it is reported.
        Err(e) => articles.iter().map(|_| Err(clone_error(&e))).collect(),
    };
    for (name, result) in names.into_iter().zip(results) {
        match result {
            Ok(outcome) => {
                match outcome.status {
                    ImportStatus::Added => summary.added += 1,
                    ImportStatus::Updated => summary.updated += 1,
                    ImportStatus::Unchanged => summary.unchanged += 1,
                }
                summary.quotes_found += outcome.quotes_found;
                summary.quotes_new += outcome.quotes_new;
                summary.files.push(FileResult {
                    file: name,
                    article_id: Some(outcome.article_id),
                    status: Some(outcome.status),
                    quotes_found: Some(outcome.quotes_found),
                    quotes_new: Some(outcome.quotes_new),
                    error: None,
                });
            }
            Err(e) => {
                // Store errors name the library, not the file being imported.
                let message = format!("{name}: not stored: {e}");
                progress.suspend(|| eprintln!("quotebook: {message}"));
                summary.failed += 1;
                summary.files.push(failure(name, message));
            }
        }
    }
}

/// The same failure for every article of a batch (StoreError is not Clone
/// because of the SQLite error inside; its message is what is reported).
fn clone_error(e: &StoreError) -> StoreError {
    StoreError::Invalid(e.to_string())
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

fn print_summary(s: &Summary) {
    for f in &s.files {
        if let (Some(status), Some(id)) = (f.status, f.article_id) {
            let what = match status {
                ImportStatus::Added => "added",
                ImportStatus::Updated => "updated (a new version of)",
                ImportStatus::Unchanged => "unchanged, already in the library as",
            };
            println!(
                "{}: {what} article {id}, {} quotes ({} new)",
                f.file,
                f.quotes_found.unwrap_or(0),
                f.quotes_new.unwrap_or(0)
            );
        }
    }
    for path in &s.skipped {
        println!("{path}: skipped (not a text, Markdown or HTML file)");
    }
    println!(
        "{} added, {} updated, {} unchanged, {} failed, {} skipped; {} quotes found, {} new",
        s.added,
        s.updated,
        s.unchanged,
        s.failed,
        s.skipped.len(),
        s.quotes_found,
        s.quotes_new
    );
}
