//! The library's side of sharing, without a server: what is pending, the
//! fields a change set, and applying pulled records once.

use std::collections::BTreeMap;

use super::test_support::{article, library, quotes_in};
use super::*;

fn shared_library_with_one_article() -> (tempfile::TempDir, Library, i64) {
    let (dir, mut lib) = library();
    let out = lib
        .import_article_with(
            &article(
                "\"We will fix it,\" said Jo Park.",
                "The Courier",
                "2026-11-02",
            ),
            quotes_in,
        )
        .unwrap();
    let pending = lib.pending_articles(10).unwrap();
    assert_eq!(pending.len(), 1);
    lib.mark_article_sent(pending[0].local_id, pending[0].dirty, "shared-1")
        .unwrap();
    (dir, lib, out.article_id)
}

#[test]
fn an_article_counts_as_sent_only_if_unchanged_since_it_was_read() {
    let (_dir, mut lib) = library();
    let id = lib
        .import_article_with(
            &article("\"One,\" said Jo Park.", "The Courier", "2026-11-02"),
            quotes_in,
        )
        .unwrap()
        .article_id;
    let read = lib.pending_articles(10).unwrap();
    assert_eq!(read[0].article.versions.len(), 1);
    // Re-extracted while the sync was sending it: still pending after.
    lib.reextract_with(id, quotes_in).unwrap();
    lib.mark_article_sent(id, read[0].dirty, "shared-1")
        .unwrap();
    assert_eq!(lib.local_sync_state().unwrap().pending_articles, 1);
    let again = lib.pending_articles(10).unwrap();
    assert_eq!(again[0].article.shared_id.as_deref(), Some("shared-1"));
    lib.mark_article_sent(id, again[0].dirty, "shared-1")
        .unwrap();
    assert_eq!(lib.local_sync_state().unwrap().pending_articles, 0);
}

#[test]
fn each_change_sends_the_fields_it_set_worked_out_from_the_log() {
    let (_dir, mut lib, _) = shared_library_with_one_article();
    let q = lib.quotes(&QuoteFilter::default()).unwrap()[0].id;
    lib.edit_quote(
        q,
        &QuoteEdit {
            speaker: Some(Some("Joanna Park".to_string())),
            ..QuoteEdit::default()
        },
    )
    .unwrap();
    lib.verify(q).unwrap();
    lib.undo().unwrap(); // the verification
    let changes = lib.pending_changes(10, "ann").unwrap();
    let fields: Vec<BTreeMap<String, Option<String>>> =
        changes.iter().map(|c| c.fields.clone()).collect();
    let one = |k: &str, v: &str| BTreeMap::from([(k.to_string(), Some(v.to_string()))]);
    assert_eq!(
        fields,
        vec![
            one("edit_speaker", "Joanna Park"),
            one("status", "verified"),
            one("status", "unverified"),
        ]
    );
    assert!(matches!(
        &changes[0].target,
        SharedTarget::Quote { article, occurrence: 1, .. } if article == "shared-1"
    ));
    lib.mark_changes_sent(&[(changes[0].local_id, 5, false)], "ann")
        .unwrap();
    assert_eq!(lib.local_sync_state().unwrap().pending_changes, 2);
}

#[test]
fn changes_to_an_article_never_sent_stay_local_only() {
    let (_dir, mut lib) = library();
    lib.import_article_with(
        &article("\"Two,\" said Jo Park.", "The Courier", "2026-11-02"),
        quotes_in,
    )
    .unwrap();
    let q = lib.quotes(&QuoteFilter::default()).unwrap()[0].id;
    lib.verify(q).unwrap();
    assert!(lib.pending_changes(10, "ann").unwrap().is_empty());
    assert_eq!(lib.local_sync_state().unwrap().pending_changes, 0);
}

#[test]
fn a_pulled_change_is_applied_and_logged_once_with_its_author() {
    let (_dir, mut lib, _) = shared_library_with_one_article();
    let q = lib.quotes(&QuoteFilter::default()).unwrap()[0].clone();
    let change = SharedChange {
        seq: 9,
        machine: "0123abcd".to_string(),
        local_id: 3,
        author: "ben".to_string(),
        at: "2026-11-30T10:00:00.000Z".to_string(),
        action: "verify".to_string(),
        summary: "marked verified".to_string(),
        target: SharedTarget::Quote {
            article: "shared-1".to_string(),
            norm_text: normalize::quote_text(&q.quote.text),
            occurrence: 1,
        },
        fields: BTreeMap::from([("status".to_string(), Some("verified".to_string()))]),
        base_seq: 0,
        conflict: true,
    };
    lib.apply_shared_changes(std::slice::from_ref(&change), 9)
        .unwrap();
    lib.apply_shared_changes(&[change], 9).unwrap();
    assert_eq!(lib.quote(q.id).unwrap().status, QuoteStatus::Verified);
    let history = lib.history(q.id).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].author.as_deref(), Some("ben"));
    assert_eq!(history[0].machine.as_deref(), Some("0123abcd"));
    assert_eq!(lib.quotes_needing_review().unwrap(), vec![q.id]);
    assert_eq!(lib.pull_cursors().unwrap().changes, 9);
    // Pulled work is not sent back, and not the local user's to undo.
    assert_eq!(lib.local_sync_state().unwrap().pending_changes, 0);
    assert!(lib.undo().unwrap().is_none());
}
