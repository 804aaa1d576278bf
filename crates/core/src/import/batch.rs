//! Importing many articles at once: the loop the CLI and the desktop app share.
//!
//! Each file is read, bounded (`import::limits`), extracted and committed on
//! its own, one after the other: a bad file, a failure, a cancellation or
//! even a crash costs that file only, never the files stored before it.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};

use chrono::NaiveDate;
use serde::Serialize;

use super::{collect_files, read_file, read_stdin, read_url, FetchOptions};
use crate::model::Article;
use crate::store::{ImportOutcome, ImportStatus, Library};

/// Where one article comes from.
#[derive(Debug, Clone)]
pub enum Source {
    File(PathBuf),
    Stdin,
    /// A web address, fetched with the default bounds (`FetchOptions`).
    Url(String),
    /// Text already in hand (pasted into the app); `name` stands for a file name.
    Text {
        name: String,
        article: Article,
    },
}

impl Source {
    pub fn name(&self) -> String {
        match self {
            Source::File(path) => path.display().to_string(),
            Source::Stdin => "-".to_string(),
            Source::Url(url) => url.clone(),
            Source::Text { name, .. } => name.clone(),
        }
    }
}

/// Metadata the user gives for articles that cannot carry it themselves.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub published: Option<NaiveDate>,
}

impl Overrides {
    fn apply(&self, article: &mut Article) {
        if let Some(outlet) = &self.outlet {
            article.meta.outlet = Some(outlet.clone());
        }
        if let Some(url) = &self.url {
            article.meta.url = Some(url.clone());
        }
        if let Some(date) = self.published {
            article.meta.published = Some(date);
        }
    }
}

/// What happened to one file.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FileResult {
    pub file: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub article_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ImportStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub quotes_found: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub quotes_new: Option<usize>,
    /// One line naming the file and the problem.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

impl FileResult {
    fn failed(file: String, error: String) -> Self {
        FileResult {
            file,
            article_id: None,
            status: None,
            quotes_found: None,
            quotes_new: None,
            error: Some(error),
        }
    }

    fn imported(file: String, outcome: &ImportOutcome) -> Self {
        FileResult {
            file,
            article_id: Some(outcome.article_id),
            status: Some(outcome.status),
            quotes_found: Some(outcome.quotes_found),
            quotes_new: Some(outcome.quotes_new),
            error: None,
        }
    }
}

/// The end of a batch.
#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BatchSummary {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub added: usize,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub updated: usize,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub unchanged: usize,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub failed: usize,
    /// Files inside folders that are not articles.
    pub skipped: Vec<String>,
    /// Named pipes, devices and sockets passed over without being opened,
    /// each as "path: what it is".
    #[serde(default)]
    pub special: Vec<String>,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub quotes_found: usize,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub quotes_new: usize,
    /// True when the user stopped the batch before its end.
    pub cancelled: bool,
    pub files: Vec<FileResult>,
}

/// Progress, reported after each file.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Progress<'a> {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub done: usize,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub total: usize,
    pub file: &'a FileResult,
}

/// Expands files and folders (recursively) into sources, in a stable order.
/// Paths that cannot be listed become failures in `summary`.
pub fn sources_from_paths(
    paths: &[PathBuf],
    stdin: bool,
    summary: &mut BatchSummary,
) -> Vec<Source> {
    let listing = collect_files(paths);
    for err in &listing.errors {
        summary.failed += 1;
        summary
            .files
            .push(FileResult::failed(err.to_string(), err.to_string()));
    }
    summary.skipped = listing
        .skipped
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    summary.special = listing
        .special
        .iter()
        .map(|(p, kind)| format!("{}: {kind}", p.display()))
        .collect();
    let mut sources: Vec<Source> = listing.files.into_iter().map(Source::File).collect();
    if stdin {
        sources.push(Source::Stdin);
    }
    sources
}

/// Imports `sources` one by one: each is read, checked against the limits,
/// extracted (without the library's write lock) and stored in a transaction
/// of its own, so what was stored before a failure or a crash stays stored.
/// Calls `on_progress` for each file once its fate is known, and stops
/// before the next file once `cancel` is set.
pub fn import_sources(
    library: &mut Library,
    sources: Vec<Source>,
    overrides: &Overrides,
    summary: &mut BatchSummary,
    cancel: &AtomicBool,
    mut on_progress: impl FnMut(Progress<'_>),
) {
    let total = sources.len();
    for (done, source) in sources.into_iter().enumerate() {
        if cancel.load(Ordering::Relaxed) {
            summary.cancelled = true;
            break;
        }
        let name = source.name();
        let read = match source {
            Source::File(path) => read_file(&path),
            Source::Stdin => read_stdin(),
            Source::Url(url) => read_url(&url, &FetchOptions::default()),
            Source::Text { article, .. } => Ok(article),
        };
        let file = match read {
            Ok(mut article) => {
                overrides.apply(&mut article);
                store_one(library, name, &article, summary)
            }
            Err(e) => {
                summary.failed += 1;
                FileResult::failed(name, e.to_string())
            }
        };
        summary.files.push(file);
        on_progress(Progress {
            done: done + 1,
            total,
            file: summary.files.last().expect("pushed just above"),
        });
    }
}

/// Stores one article in its own transaction and tallies it.
fn store_one(
    library: &mut Library,
    name: String,
    article: &Article,
    summary: &mut BatchSummary,
) -> FileResult {
    match library.import_article(article) {
        Ok(outcome) => {
            match outcome.status {
                ImportStatus::Added => summary.added += 1,
                ImportStatus::Updated => summary.updated += 1,
                ImportStatus::Unchanged => summary.unchanged += 1,
            }
            summary.quotes_found += outcome.quotes_found;
            summary.quotes_new += outcome.quotes_new;
            FileResult::imported(name, &outcome)
        }
        // Store errors name the library, not the file being imported.
        Err(e) => {
            summary.failed += 1;
            FileResult::failed(name.clone(), format!("{name}: not stored: {e}"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn library() -> (tempfile::TempDir, Library) {
        let dir = tempfile::tempdir().unwrap();
        let lib = Library::open(&dir.path().join("lib.sqlite3")).unwrap();
        (dir, lib)
    }

    fn write(dir: &std::path::Path, name: &str, body: &[u8]) -> PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, body).unwrap();
        path
    }

    const ARTICLE: &str = "Mayor Dana Whitfield opened the new library on Monday.\n\n\
        \"Every child in this city deserves a quiet place to read,\" Whitfield said.\n";

    #[test]
    fn a_bad_file_is_reported_and_the_rest_of_the_batch_imports() {
        let (dir, mut lib) = library();
        let good = write(dir.path(), "good.txt", ARTICLE.as_bytes());
        let bad = write(dir.path(), "bad.txt", &[0, 159, 146, 150, 0, 1, 2]);
        let mut summary = BatchSummary::default();
        let sources = sources_from_paths(&[bad, good], false, &mut summary);
        let mut seen = Vec::new();
        let never = AtomicBool::new(false);
        import_sources(
            &mut lib,
            sources,
            &Overrides::default(),
            &mut summary,
            &never,
            |p| seen.push((p.done, p.total)),
        );
        assert_eq!(seen, vec![(1, 2), (2, 2)]);
        assert_eq!((summary.added, summary.failed), (1, 1));
        assert!(summary.files[0]
            .error
            .as_deref()
            .unwrap()
            .contains("bad.txt"));
        assert!(summary.quotes_found >= 1, "{summary:?}");
        assert_eq!(lib.article_count().unwrap(), 1);
    }

    #[test]
    fn a_cancelled_import_stops_after_the_file_it_is_storing() {
        let (_dir, mut lib) = library();
        let sources: Vec<Source> = (0..5)
            .map(|i| Source::Text {
                name: format!("article {i}"),
                article: Article {
                    text: ARTICLE.replace("Monday", &format!("day {i}")),
                    ..Article::default()
                },
            })
            .collect();
        let mut summary = BatchSummary::default();
        let cancel = AtomicBool::new(false);
        import_sources(
            &mut lib,
            sources,
            &Overrides::default(),
            &mut summary,
            &cancel,
            |p| cancel.store(p.done == 2, Ordering::Relaxed),
        );
        assert!(summary.cancelled);
        assert_eq!(summary.files.len(), 2);
        assert_eq!(lib.article_count().unwrap(), 2);
    }

    #[test]
    fn a_file_past_a_limit_is_refused_by_name_and_the_others_are_stored() {
        let (dir, mut lib) = library();
        let deep = "<div>".repeat(50_000) + "\"Deep,\" he said.";
        let bad = write(dir.path(), "deep.html", deep.as_bytes());
        let good = write(dir.path(), "good.txt", ARTICLE.as_bytes());
        let mut summary = BatchSummary::default();
        let sources = sources_from_paths(&[bad, good], false, &mut summary);
        let never = AtomicBool::new(false);
        import_sources(
            &mut lib,
            sources,
            &Overrides::default(),
            &mut summary,
            &never,
            |_| {},
        );
        assert_eq!((summary.added, summary.failed), (1, 1));
        let error = summary.files[0].error.as_deref().unwrap();
        assert!(
            error.contains("deep.html") && error.contains("max-html-depth"),
            "{error}"
        );
        assert_eq!(lib.article_count().unwrap(), 1);
    }
}
