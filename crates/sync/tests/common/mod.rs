//! Shared helpers of the sync tests: a PostgreSQL cluster, desktops (real
//! SQLite libraries in temporary folders) and articles.
#![allow(dead_code)]

pub mod pg;

use std::path::PathBuf;

use quotebook_core::model::{Article, ArticleMeta};
use quotebook_core::store::Library;

/// One journalist's desktop: a library file of its own.
pub struct Desktop {
    _dir: tempfile::TempDir,
    pub path: PathBuf,
    pub library: Library,
}

impl Desktop {
    pub fn new() -> Desktop {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("library.sqlite3");
        let library = Library::open(&path).unwrap();
        Desktop {
            _dir: dir,
            path,
            library,
        }
    }

    /// Imports an article with the real extractor, as the CLI does.
    pub fn import(&mut self, article: &Article) -> i64 {
        self.library.import_article(article).unwrap().article_id
    }

    pub fn sync(&mut self, url: &str) -> quotebook_sync::SyncReport {
        quotebook_sync::sync(&mut self.library, url, &mut |_| {}).unwrap()
    }

    /// The id of the live quote whose text is `text`.
    pub fn quote_id(&self, text: &str) -> i64 {
        self.library
            .quotes(&Default::default())
            .unwrap()
            .into_iter()
            .find(|q| q.quote.text == text)
            .unwrap_or_else(|| panic!("no quote {text:?}"))
            .id
    }

    /// Every live quote as (text, speaker, status), sorted: what a
    /// journalist sees, to compare desktops.
    pub fn view(&self) -> Vec<(String, Option<String>, String)> {
        let mut v: Vec<_> = self
            .library
            .quotes(&Default::default())
            .unwrap()
            .into_iter()
            .map(|q| (q.quote.text, q.quote.speaker, q.status.as_str().to_string()))
            .collect();
        v.sort();
        v
    }
}

/// An article with one quote per speaker given, from `outlet`.
pub fn article(n: usize, url: Option<&str>, lines: &[(&str, &str)]) -> Article {
    let text = lines
        .iter()
        .map(|(quote, speaker)| format!("\"{quote}\" said {speaker} at the meeting."))
        .collect::<Vec<_>>()
        .join("\n");
    Article {
        text: format!("Story number {n} about the council and its long meeting.\n{text}"),
        meta: ArticleMeta {
            title: Some(format!("Story {n}")),
            outlet: Some("The Courier".to_string()),
            url: url.map(str::to_string),
            published: Some("2026-11-02".parse().unwrap()),
            ..ArticleMeta::default()
        },
    }
}
