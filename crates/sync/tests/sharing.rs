//! Desktops sharing one library through a real PostgreSQL: imports, edits,
//! verifications, merges, offline work, conflicts, identity, access and
//! schema versions. Each test starts its own throwaway cluster.

mod common;

use common::pg::Cluster;
use common::{article, Desktop};
use quotebook_core::store::QuoteEdit;
use quotebook_sync::SyncErrorCode;

/// A cluster with an initialised shared library; its URL.
fn shared() -> (Cluster, String) {
    let cluster = Cluster::start();
    let url = cluster.database("newsroom");
    let outcome = quotebook_sync::init(&url).unwrap();
    assert_eq!(
        (outcome.from, outcome.to),
        (0, quotebook_sync::SCHEMA_VERSION)
    );
    (cluster, url)
}

fn speaker_edit(name: &str) -> QuoteEdit {
    QuoteEdit {
        speaker: Some(Some(name.to_string())),
        ..QuoteEdit::default()
    }
}

#[test]
fn two_desktops_share_imports_edits_verifications_and_merges() {
    let (_cluster, url) = shared();
    let mut ann = Desktop::new();
    let mut ben = Desktop::new();
    ann.import(&article(
        1,
        Some("https://courier.example/1"),
        &[
            ("We will fix the bridge", "Mayor Jo Park"),
            ("Not this year", "Sam Lee"),
        ],
    ));
    let report = ann.sync(&url);
    assert_eq!((report.sent_articles, report.sent_quotes), (1, 2));

    let report = ben.sync(&url);
    assert_eq!((report.received_articles, report.received_quotes), (1, 2));
    assert_eq!(ben.view(), ann.view());

    // Ben verifies one quote and corrects the other's speaker.
    let fix = ben.quote_id("We will fix the bridge");
    ben.library.verify(fix).unwrap();
    let other = ben.quote_id("Not this year");
    ben.library
        .edit_quote(other, &speaker_edit("Samuel Lee"))
        .unwrap();
    ben.library.merge_speakers("Sam Lee", "Samuel Lee").unwrap();
    let report = ben.sync(&url);
    assert_eq!(report.sent_changes, 3);

    let report = ann.sync(&url);
    assert_eq!(report.received_changes, 3);
    assert_eq!(ann.view(), ben.view());
    let on_ann = ann.library.quote(ann.quote_id("Not this year")).unwrap();
    assert_eq!(on_ann.quote.speaker.as_deref(), Some("Samuel Lee"));
    let speakers = ann.library.speakers().unwrap();
    let samuel = speakers.iter().find(|s| s.name == "Samuel Lee").unwrap();
    assert!(
        samuel.aliases.contains(&"Sam Lee".to_string()),
        "{speakers:?}"
    );

    // History on Ann's machine says who did it, from which machine.
    let history = ann
        .library
        .history(ann.quote_id("We will fix the bridge"))
        .unwrap();
    let verify = history.iter().find(|c| c.action == "verify").unwrap();
    assert_eq!(verify.author.as_deref(), Some("postgres"));
    assert_eq!(
        verify.machine.as_deref(),
        Some(ben.library.machine_id().unwrap().as_str())
    );
    // A colleague's change is theirs to undo: Ann's undo has nothing of hers.
    assert!(ann.library.undo().unwrap().is_none());

    // Nothing is sent twice: a second sync moves nothing.
    let again = ben.sync(&url);
    assert_eq!(
        (
            again.sent_articles,
            again.sent_changes,
            again.received_changes
        ),
        (0, 0, 0)
    );
}

#[test]
fn five_desktops_converge() {
    let (_cluster, url) = shared();
    let mut desks: Vec<Desktop> = (0..5).map(|_| Desktop::new()).collect();
    for (i, d) in desks.iter_mut().enumerate() {
        d.import(&article(
            i,
            Some(&format!("https://courier.example/{i}")),
            &[
                (&format!("Quote {i} alpha"), "Ann Kay"),
                (&format!("Quote {i} beta"), "Bo Li"),
            ],
        ));
    }
    for _ in 0..2 {
        for d in desks.iter_mut() {
            d.sync(&url);
        }
    }
    // Each verifies the quote of the next desk's article.
    for (i, desk) in desks.iter_mut().enumerate() {
        let text = format!("Quote {} alpha", (i + 1) % 5);
        let id = desk.quote_id(&text);
        desk.library.verify(id).unwrap();
    }
    for _ in 0..2 {
        for d in desks.iter_mut() {
            d.sync(&url);
        }
    }
    let first = desks[0].view();
    assert_eq!(first.len(), 10);
    assert_eq!(first.iter().filter(|q| q.2 == "verified").count(), 5);
    for d in &desks[1..] {
        assert_eq!(d.view(), first);
    }
}

#[test]
fn offline_edits_on_both_sides_meet_after_sync() {
    let (_cluster, url) = shared();
    let mut ann = Desktop::new();
    let mut ben = Desktop::new();
    ann.import(&article(
        1,
        None,
        &[
            ("First words", "Ann Kay"),
            ("Second words", "Bo Li"),
            ("Third words", "Cy Ng"),
        ],
    ));
    ann.sync(&url);
    ben.sync(&url);
    // Offline: each changes different quotes, and imports something new.
    let a = ann.quote_id("First words");
    ann.library
        .dispute(a, "the recording says otherwise")
        .unwrap();
    let b = ben.quote_id("Second words");
    ben.library.edit_quote(b, &speaker_edit("Bo Lin")).unwrap();
    let c = ben.quote_id("Third words");
    ben.library.delete_quote(c).unwrap();
    ann.import(&article(2, None, &[("Ann's new story", "Dee Fox")]));
    ben.import(&article(3, None, &[("Ben's new story", "Eve Gray")]));

    ann.sync(&url);
    ben.sync(&url);
    ann.sync(&url);
    assert_eq!(ann.view(), ben.view());
    let view = ann.view();
    assert!(view.contains(&(
        "First words".to_string(),
        Some("Ann Kay".to_string()),
        "disputed".to_string()
    )));
    assert!(view.contains(&(
        "Second words".to_string(),
        Some("Bo Lin".to_string()),
        "unverified".to_string()
    )));
    assert!(
        !view.iter().any(|q| q.0 == "Third words"),
        "deleted on both"
    );
    assert!(view.iter().any(|q| q.0 == "Ann's new story"));
    assert!(view.iter().any(|q| q.0 == "Ben's new story"));
    assert_eq!(ann.library.local_sync_state().unwrap().needs_review, 0);
}

#[test]
fn the_same_article_imported_on_two_desktops_is_one_article() {
    let (cluster, url) = shared();
    let mut ann = Desktop::new();
    let mut ben = Desktop::new();
    let story = article(
        7,
        Some("https://courier.example/7?utm_source=feed"),
        &[("One story", "Ann Kay")],
    );
    ann.import(&story);
    // Ben got it from another link to the same page, and a revised text.
    let mut revised = story.clone();
    revised.meta.url = Some("https://courier.example/7".to_string());
    revised
        .text
        .push_str("\nThe council meets again on Friday to vote on the plan.");
    ben.import(&revised);
    ann.sync(&url);
    ben.sync(&url);
    ann.sync(&url);

    assert_eq!(
        cluster.value_i64("newsroom", "SELECT count(*) FROM articles"),
        1
    );
    assert_eq!(
        cluster.value_i64("newsroom", "SELECT count(*) FROM article_versions"),
        2
    );
    assert_eq!(ann.library.article_count().unwrap(), 1);
    assert_eq!(ben.library.article_count().unwrap(), 1);
    assert_eq!(ann.view(), ben.view());
    assert_eq!(ann.view().len(), 1);
}

#[test]
fn a_conflict_keeps_both_edits_and_flags_the_quote_on_both_desktops() {
    let (cluster, url) = shared();
    let mut ann = Desktop::new();
    let mut ben = Desktop::new();
    ann.import(&article(1, None, &[("Disputed words", "Jo Park")]));
    ann.sync(&url);
    ben.sync(&url);
    let on_ann = ann.quote_id("Disputed words");
    let on_ben = ben.quote_id("Disputed words");
    ann.library
        .edit_quote(on_ann, &speaker_edit("Jo Parker"))
        .unwrap();
    ben.library
        .edit_quote(on_ben, &speaker_edit("Joanna Park"))
        .unwrap();

    ann.sync(&url);
    let report = ben.sync(&url);
    assert_eq!(report.conflicts, 1);
    ann.sync(&url);

    // The later one in the shared order (Ben's) wins on both desktops.
    for d in [&ann, &ben] {
        let id = d.quote_id("Disputed words");
        let q = d.library.quote(id).unwrap();
        assert_eq!(q.quote.speaker.as_deref(), Some("Joanna Park"));
        assert_eq!(d.library.quotes_needing_review().unwrap(), vec![id]);
        let edits: Vec<String> = d
            .library
            .history(id)
            .unwrap()
            .into_iter()
            .filter(|c| c.action == "edit")
            .map(|c| c.summary)
            .collect();
        assert_eq!(edits.len(), 2, "both edits kept: {edits:?}");
        assert!(edits.iter().any(|s| s.contains("Jo Parker")));
        assert!(edits.iter().any(|s| s.contains("Joanna Park")));
    }
    assert_eq!(
        cluster.value_i64("newsroom", "SELECT count(*) FROM changes WHERE conflict"),
        1
    );
    // Reviewed: the flag goes, the value stays.
    let id = ann.quote_id("Disputed words");
    ann.library.mark_reviewed(id).unwrap();
    assert!(ann.library.quotes_needing_review().unwrap().is_empty());
}

#[test]
fn edits_of_different_fields_of_one_quote_both_apply_without_a_conflict() {
    let (_cluster, url) = shared();
    let mut ann = Desktop::new();
    let mut ben = Desktop::new();
    ann.import(&article(1, None, &[("Shared words", "Jo Park")]));
    ann.sync(&url);
    ben.sync(&url);
    let a = ann.quote_id("Shared words");
    ann.library
        .edit_quote(a, &speaker_edit("Joanna Park"))
        .unwrap();
    let b = ben.quote_id("Shared words");
    ben.library.verify(b).unwrap();
    ann.sync(&url);
    ben.sync(&url);
    ann.sync(&url);
    let expected = vec![(
        "Shared words".to_string(),
        Some("Joanna Park".to_string()),
        "verified".to_string(),
    )];
    assert_eq!(ann.view(), expected);
    assert_eq!(ben.view(), expected);
    assert!(ann.library.quotes_needing_review().unwrap().is_empty());
}

#[test]
fn a_desktop_older_than_the_shared_schema_is_refused_and_nothing_changes() {
    let (cluster, url) = shared();
    let mut ann = Desktop::new();
    ann.import(&article(1, None, &[("Some words", "Jo Park")]));
    cluster.sql(
        "newsroom",
        "UPDATE quotebook_meta SET value = '99' WHERE key = 'schema_version'",
    );
    let err = quotebook_sync::sync(&mut ann.library, &url, &mut |_| {}).unwrap_err();
    assert_eq!(err.code(), SyncErrorCode::SyncUpdateQuotebook);
    assert!(err.to_string().contains("update Quotebook"), "{err}");
    assert_eq!(
        cluster.value_i64("newsroom", "SELECT count(*) FROM articles"),
        0
    );
    assert_eq!(ann.library.local_sync_state().unwrap().pending_articles, 1);
}

#[test]
fn a_database_that_is_not_a_shared_library_is_named() {
    let cluster = Cluster::start();
    let url = cluster.database("empty");
    let mut ann = Desktop::new();
    let err = quotebook_sync::sync(&mut ann.library, &url, &mut |_| {}).unwrap_err();
    assert_eq!(err.code(), SyncErrorCode::SyncNotInitialised);
    assert!(err.to_string().contains("shared init"), "{err}");
    // init twice is harmless.
    quotebook_sync::init(&url).unwrap();
    let again = quotebook_sync::init(&url).unwrap();
    assert_eq!(again.from, again.to);
}

#[test]
fn a_read_only_role_receives_but_cannot_send() {
    let (cluster, url) = shared();
    cluster.sql(
        "newsroom",
        "CREATE ROLE reader LOGIN;
         GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader;",
    );
    let mut ann = Desktop::new();
    ann.import(&article(1, None, &[("Readable words", "Jo Park")]));
    ann.sync(&url);

    let reader_url = cluster.url("reader", "newsroom");
    let mut rita = Desktop::new();
    let report = quotebook_sync::sync(&mut rita.library, &reader_url, &mut |_| {}).unwrap();
    assert_eq!(report.received_quotes, 1);
    assert_eq!(rita.view(), ann.view());

    let id = rita.quote_id("Readable words");
    rita.library.verify(id).unwrap();
    let err = quotebook_sync::sync(&mut rita.library, &reader_url, &mut |_| {}).unwrap_err();
    assert_eq!(err.code(), SyncErrorCode::SyncReadOnlyRole);
    assert!(
        err.to_string()
            .contains("read the shared library but not change it"),
        "{err}"
    );
    assert_eq!(
        cluster.value_i64("newsroom", "SELECT count(*) FROM changes"),
        0
    );
    // The change is kept locally, still waiting.
    assert_eq!(rita.library.local_sync_state().unwrap().pending_changes, 1);
}

#[test]
fn the_server_stopped_during_a_sync_is_reported_and_a_later_sync_finishes() {
    let (cluster, url) = shared();
    let mut ann = Desktop::new();
    for i in 0..450 {
        ann.import(&article(
            i,
            None,
            &[(&format!("Words number {i}"), "Jo Park")],
        ));
    }
    // The server goes away after the first batch is sent.
    let mut stopped = false;
    let err = quotebook_sync::sync(&mut ann.library, &url, &mut |_| {
        if !stopped {
            cluster.stop_server();
            stopped = true;
        }
    })
    .unwrap_err();
    assert!(
        matches!(
            err.code(),
            SyncErrorCode::SyncInterrupted | SyncErrorCode::SyncOffline
        ),
        "{err:?}"
    );
    assert!(
        err.to_string().contains("run the sync again") || err.to_string().contains("sync again"),
        "{err}"
    );
    // While it is down: offline, said plainly; the library is untouched.
    let err = quotebook_sync::sync(&mut ann.library, &url, &mut |_| {}).unwrap_err();
    assert_eq!(err.code(), SyncErrorCode::SyncOffline, "{err}");
    let status = quotebook_sync::status(&ann.library, Some(&url)).unwrap();
    assert!(status.offline);
    assert!(status.pending_changes > 0);

    cluster.start_server();
    ann.sync(&url);
    assert_eq!(
        cluster.value_i64("newsroom", "SELECT count(*) FROM articles"),
        450
    );
    assert_eq!(
        cluster.value_i64("newsroom", "SELECT count(*) FROM quotes"),
        450
    );
    let mut ben = Desktop::new();
    ben.sync(&url);
    assert_eq!(ben.library.quote_count().unwrap(), 450);
    assert_eq!(ben.view(), ann.view());
    let status = quotebook_sync::status(&ann.library, Some(&url)).unwrap();
    assert!(!status.offline);
    assert_eq!(status.pending_changes, 0);
    assert!(status.last_synced.is_some());
}

#[test]
fn a_journalist_role_with_the_grants_the_readme_gives_can_send_and_receive() {
    let (cluster, url) = shared();
    // As README.md's "A newsroom's shared library" says, word for word.
    cluster.sql(
        "newsroom",
        "CREATE ROLE ann LOGIN;
         GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO ann;
         GRANT USAGE, SELECT ON SEQUENCE shared_seq TO ann;",
    );
    let ann_url = cluster.url("ann", "newsroom");
    let mut ann = Desktop::new();
    ann.import(&article(1, None, &[("Words by a journalist", "Jo Park")]));
    let id = ann.quote_id("Words by a journalist");
    ann.library.verify(id).unwrap();
    let report = ann.sync(&ann_url);
    assert_eq!((report.sent_articles, report.sent_changes), (1, 1));
    assert_eq!(report.author, "ann");
    let mut ben = Desktop::new();
    ben.sync(&url);
    assert_eq!(ben.view(), ann.view());
}

#[test]
fn article_deletions_corrections_and_speaker_splits_reach_the_other_desktop() {
    let (_cluster, url) = shared();
    let mut ann = Desktop::new();
    let mut ben = Desktop::new();
    let kept = ann.import(&article(1, None, &[("Kept words", "Jo Park")]));
    let gone = ann.import(&article(2, None, &[("Gone words", "Sam Lee")]));
    ann.library.merge_speakers("Sam Lee", "Jo Park").unwrap();
    ann.sync(&url);
    ben.sync(&url);
    assert_eq!(ben.library.article_count().unwrap(), 2);

    ann.library
        .correct_article(
            kept,
            quotebook_core::store::ArticleField::Title,
            Some("Bridge to close"),
        )
        .unwrap();
    ann.library.delete_article(gone).unwrap();
    ann.library.split_alias("Sam Lee").unwrap();
    ann.sync(&url);
    ben.sync(&url);

    assert_eq!(ben.library.article_count().unwrap(), 1);
    assert_eq!(ben.view(), ann.view());
    let id = ben.quote_id("Kept words");
    let article_id = ben.library.quote(id).unwrap().article_id;
    let article = ben.library.article(article_id).unwrap();
    assert_eq!(article.meta.title.as_deref(), Some("Bridge to close"));
    let speakers = ben.library.speakers().unwrap();
    let jo = speakers.iter().find(|s| s.name == "Jo Park").unwrap();
    assert!(jo.aliases.is_empty(), "split again: {speakers:?}");
}

#[test]
fn a_url_that_asks_for_tls_is_refused_by_a_server_without_it_and_says_why() {
    let (cluster, _url) = shared();
    let url = format!("{}?sslmode=require", cluster.url("postgres", "newsroom"));
    let mut ann = Desktop::new();
    let err = quotebook_sync::sync(&mut ann.library, &url, &mut |_| {}).unwrap_err();
    assert_eq!(err.code(), SyncErrorCode::SyncOffline, "{err}");
    assert!(
        err.to_string().to_lowercase().contains("tls")
            || err.to_string().to_lowercase().contains("ssl"),
        "{err}"
    );
    // Preferred (the default) falls back to a plain connection.
    let url = format!("{}?sslmode=prefer", cluster.url("postgres", "newsroom"));
    ann.sync(&url);
}
