//! Two desktops (two CLI processes with libraries of their own) sharing one
//! library through a real PostgreSQL, and a sync killed with SIGKILL in the
//! middle, then finished with nothing lost or duplicated.

mod common;
#[path = "../../sync/tests/common/pg.rs"]
mod pg;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use common::*;
use pg::Cluster;
use quotebook_core::model::{Article, ArticleMeta, ExtractedQuote, QuoteKind};
use quotebook_core::store::Library;
use serde_json::Value;

fn quotes(lib: &Lib) -> Vec<Value> {
    let mut all = lib.json(&["quotes"])["quotes"].as_array().unwrap().clone();
    all.sort_by_key(|q| q["text"].as_str().unwrap_or_default().to_string());
    all
}

/// What a journalist sees of a quote, to compare desktops.
fn seen(q: &Value) -> (String, String, String) {
    (
        q["text"].as_str().unwrap_or_default().to_string(),
        q["speaker"].as_str().unwrap_or_default().to_string(),
        q["status"].as_str().unwrap_or_default().to_string(),
    )
}

#[test]
fn two_cli_desktops_share_a_library_set_up_with_shared_init() {
    let cluster = Cluster::start();
    cluster.sql("postgres", "CREATE DATABASE newsroom");
    let url = cluster.url("postgres", "newsroom");
    let ann = Lib::new();
    let ben = Lib::new();
    let init = ann.ok(&["shared", "init", &url]);
    assert!(init.contains("is a Quotebook shared library"), "{init}");

    ann.ok(&["import", s(&fixture("harbour-bridge.txt"))]);
    let out = ann.ok(&["sync", "--url", &url]);
    assert!(out.contains("sent 1 articles"), "{out}");
    // Ben names the library once through the environment.
    let out = ben
        .cmd()
        .args(["sync"])
        .env("QUOTEBOOK_SHARED_URL", &url)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("receiving quotes"),
        "progress on stderr: {stderr}"
    );
    let on_ann: Vec<_> = quotes(&ann).iter().map(seen).collect();
    assert!(!on_ann.is_empty());
    assert_eq!(quotes(&ben).iter().map(seen).collect::<Vec<_>>(), on_ann);
    // Search on Ben's desktop is local and finds what was received.
    let first = &on_ann[0].0;
    let words: Vec<&str> = first.split_whitespace().take(3).collect();
    let found = ben.json(&["search", &words.join(" ")]);
    let texts: Vec<&str> = found["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|q| q["text"].as_str())
        .collect();
    assert!(
        texts.contains(&first.as_str()),
        "search for {words:?} on the receiving desktop: {texts:?}"
    );

    // Ben verifies a quote; Ann's next sync (the address remembered) gets it.
    let id = quotes(&ben)[0]["id"].as_i64().unwrap().to_string();
    ben.ok(&["verify", &id]);
    let status = ben.json(&["sync", "--status"]);
    assert_eq!(status["status"]["pending_changes"], 1);
    ben.ok(&["sync"]);
    ann.ok(&["sync"]);
    let verified: Vec<_> = quotes(&ann)
        .into_iter()
        .filter(|q| q["status"] == "verified")
        .collect();
    assert_eq!(verified.len(), 1);
    let history = ann.ok(&["history", &verified[0]["id"].as_i64().unwrap().to_string()]);
    assert!(
        history.contains("postgres ("),
        "who and which machine: {history}"
    );
}

#[test]
fn sync_errors_are_named_with_a_code() {
    let ann = Lib::new();
    let out = ann
        .cmd()
        .args(["sync"])
        .env_remove("QUOTEBOOK_SHARED_URL")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("no shared library is set") && stderr.contains("[sync_no_url]"),
        "{stderr}"
    );

    // Nothing listens on this port: offline, said at once.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("postgres://ann:secret@127.0.0.1:{port}/news");
    let out = ann.cmd().args(["sync", "--url", &url]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("[sync_offline]"), "{stderr}");
    assert!(
        !stderr.contains("secret"),
        "never shows the password: {stderr}"
    );
}

/// A stand-in extractor for a big library: each line `"..."` is a quote.
fn lines_as_quotes(text: &str, _meta: &ArticleMeta) -> Vec<ExtractedQuote> {
    let mut at = 0;
    text.split('\n')
        .map(|line| {
            let start = at;
            at += line.len() + 1;
            ExtractedQuote {
                text: line.trim_matches('"').to_string(),
                start,
                end: start + line.len(),
                kind: QuoteKind::Direct,
                speaker_kind: None,
                speaker: Some(format!("Speaker {}", line.len() % 37)),
                speaker_mention: None,
                role: None,
                date: None,
                venue: None,
                cue: None,
                confidence: 0.8,
                paragraph_start: start,
                paragraph_end: start + line.len(),
            }
        })
        .collect()
}

/// Runs `quotebook sync` and kills it with SIGKILL once stderr shows a
/// progress line of `stage`; returns whether it was still running then.
fn kill_during(lib: &Lib, url: &str, stage: &str) -> bool {
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("quotebook"))
        .arg("--db")
        .arg(&lib.db)
        .args(["sync", "--url", url])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = BufReader::new(child.stderr.take().unwrap());
    for line in stderr.lines() {
        let line = line.unwrap();
        if line.starts_with(stage) {
            child.kill().unwrap(); // SIGKILL
            child.wait().unwrap();
            return true;
        }
    }
    child.wait().unwrap();
    false
}

#[test]
fn a_sync_killed_mid_way_finishes_later_with_nothing_lost_or_doubled() {
    const ARTICLES: usize = 1_200;
    const PER_ARTICLE: usize = 60;
    let cluster = Cluster::start();
    let url = cluster.database("newsroom");
    let ann = Lib::new();
    ann.ok(&["shared", "init", &url]);
    {
        let mut library = Library::open(&ann.db).unwrap();
        let articles: Vec<Article> = (0..ARTICLES)
            .map(|a| Article {
                text: (0..PER_ARTICLE)
                    .map(|q| format!("\"Article {a} says thing {q} about the harbour\""))
                    .collect::<Vec<_>>()
                    .join("\n"),
                meta: ArticleMeta {
                    title: Some(format!("Harbour story {a}")),
                    outlet: Some("The Courier".to_string()),
                    ..ArticleMeta::default()
                },
            })
            .collect();
        library
            .import_articles_with(&articles, lines_as_quotes)
            .unwrap();
    }
    let total = (ARTICLES * PER_ARTICLE) as i64;

    // Killed while sending (after the first batch of articles).
    assert!(
        kill_during(&ann, &url, "sending articles"),
        "killed mid-send"
    );
    let sent = cluster.value_i64("newsroom", "SELECT count(*) FROM quotes");
    assert!(sent < total, "the kill came before the end ({sent})");
    ann.ok(&["sync"]);
    assert_eq!(
        cluster.value_i64("newsroom", "SELECT count(*) FROM quotes"),
        total
    );
    assert_eq!(
        cluster.value_i64("newsroom", "SELECT count(*) FROM articles"),
        ARTICLES as i64
    );

    // Killed while receiving, on a new desktop.
    let ben = Lib::new();
    assert!(
        kill_during(&ben, &url, "receiving quotes"),
        "killed mid-receive"
    );
    let partial = Library::open(&ben.db).unwrap().quote_count().unwrap() as i64;
    assert!(partial < total, "the kill came before the end ({partial})");
    ben.ok(&["sync", "--url", &url]);
    let library = Library::open(&ben.db).unwrap();
    assert_eq!(library.quote_count().unwrap() as i64, total);
    assert_eq!(library.article_count().unwrap(), ARTICLES as u64);
    // Nothing left to send from either, and nothing new arrives.
    let again = ben.json(&["sync"]);
    assert_eq!(again["received_quotes"], 0);
    assert_eq!(again["sent_articles"], 0);
    let again = ann.json(&["sync"]);
    assert_eq!(again["sent_articles"], 0);
    assert_eq!(
        cluster.value_i64("newsroom", "SELECT count(*) FROM quotes"),
        total
    );
}
