//! The library's behaviour on real SQLite files in temporary folders, with a
//! stand-in extractor so each test controls which quotes an article has.

use chrono::NaiveDate;

use super::test_support::*;
use super::*;
use crate::model::Article;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn import(library: &mut Library, article: &Article) -> ImportOutcome {
    library.import_article_with(article, quotes_in).unwrap()
}

const TWO_QUOTES: &str = "\"We will rebuild the bridge,\" said Ada Lovelace. \
    Later \"The budget is fixed,\" said Grace Hopper.";

#[test]
fn importing_the_same_text_twice_leaves_one_article() {
    let (_dir, mut library) = library();
    let first = import(&mut library, &article(TWO_QUOTES, "Daily", "2024-02-08"));
    assert_eq!(first.status, ImportStatus::Added);
    assert_eq!((first.quotes_found, first.quotes_new), (2, 2));
    let again = import(&mut library, &article(TWO_QUOTES, "Daily", "2024-02-08"));
    assert_eq!(again.status, ImportStatus::Unchanged);
    assert_eq!(again.article_id, first.article_id);
    assert_eq!(again.quotes_new, 0);
    assert_eq!(library.article_count().unwrap(), 1);
    assert_eq!(library.quote_count().unwrap(), 2);
}

#[test]
fn quotes_carry_the_article_metadata_and_null_for_unknowns() {
    let (_dir, mut library) = library();
    let mut a = article(TWO_QUOTES, "Daily", "2024-02-08");
    a.meta.wire = Some("Xinhua".into());
    import(&mut library, &a);
    let quotes = library.quotes(&QuoteFilter::default()).unwrap();
    let q = &quotes[0];
    assert_eq!(q.quote.text, "We will rebuild the bridge,");
    assert_eq!(q.quote.speaker.as_deref(), Some("Ada Lovelace"));
    assert_eq!(q.outlet.as_deref(), Some("Daily"));
    assert_eq!(q.wire.as_deref(), Some("Xinhua"));
    assert_eq!(q.published, Some(d("2024-02-08")));
    assert_eq!(q.status, QuoteStatus::Unverified);
    let json = serde_json::to_value(q).unwrap();
    assert_eq!(json["text"], "We will rebuild the bridge,");
    assert!(json["role"].is_null());
    assert!(json["url"].is_null());
    assert_eq!(json["status"], "unverified");
}

#[test]
fn speaker_filter_matches_word_beginnings_of_any_name_case_insensitively() {
    let (_dir, mut library) = library();
    import(&mut library, &article(TWO_QUOTES, "Daily", "2024-02-08"));
    let by = |s: &str| {
        library
            .quotes(&QuoteFilter {
                speaker: Some(s.into()),
                ..Default::default()
            })
            .unwrap()
            .len()
    };
    assert_eq!(by("lovelace"), 1);
    assert_eq!(by("ada love"), 1);
    assert_eq!(by("ADA"), 1);
    assert_eq!(by("ada hopper"), 0, "every word must match the same name");
    assert_eq!(by("velace"), 0, "words match from their beginning");
}

#[test]
fn date_filter_uses_the_date_said_or_else_the_publication_date() {
    let (_dir, mut library) = library();
    import(&mut library, &article(TWO_QUOTES, "Daily", "2024-02-08"));
    let first = library.quotes(&QuoteFilter::default()).unwrap()[0].id;
    library
        .edit_quote(
            first,
            &QuoteEdit {
                date: Some(Some(d("2024-02-07"))),
                ..Default::default()
            },
        )
        .unwrap();
    let on = |day: &str| {
        library
            .quotes(&QuoteFilter {
                from: Some(d(day)),
                to: Some(d(day)),
                ..Default::default()
            })
            .unwrap()
            .into_iter()
            .map(|q| q.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(on("2024-02-07"), vec![first]);
    assert_eq!(
        on("2024-02-08").len(),
        1,
        "the other falls back to published"
    );
}

#[test]
fn outlet_and_status_filters() {
    let (_dir, mut library) = library();
    import(&mut library, &article(TWO_QUOTES, "Daily", "2024-02-08"));
    let mut wired = article(
        "\"Calm seas ahead,\" said Ada Lovelace.",
        "Weekly",
        "2024-03-01",
    );
    wired.meta.wire = Some("Reuters".into());
    import(&mut library, &wired);
    import(
        &mut library,
        &article(
            "\"Fog by noon,\" said Ada Lovelace.",
            "The Harbour Gazette",
            "2024-03-02",
        ),
    );
    let outlet = |o: &str| {
        library
            .quotes(&QuoteFilter {
                outlet: Some(o.into()),
                ..Default::default()
            })
            .unwrap()
            .len()
    };
    assert_eq!(outlet("daily"), 2);
    assert_eq!(outlet("reuters"), 1, "the wire service counts as an outlet");
    // Word beginnings, as search's `outlet:` filter matches.
    assert_eq!(outlet("harb gaz"), 1);
    assert_eq!(outlet("gazette harbour"), 1);
    assert_eq!(outlet("arbour"), 0, "a word must match from its beginning");
    let id = library.quotes(&QuoteFilter::default()).unwrap()[0].id;
    library.verify(id).unwrap();
    let verified = library
        .quotes(&QuoteFilter {
            status: Some(QuoteStatus::Verified),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(verified.len(), 1);
    assert_eq!(verified[0].id, id);
}

#[test]
fn an_edit_survives_reimport_of_a_new_version_and_reextraction() {
    let (_dir, mut library) = library();
    let mut a = article(TWO_QUOTES, "Daily", "2024-02-08");
    a.meta.url = Some("https://daily.example/bridge".into());
    import(&mut library, &a);
    let q = library.quotes(&QuoteFilter::default()).unwrap()[0].clone();
    library
        .edit_quote(
            q.id,
            &QuoteEdit {
                role: Some(Some("Chief Engineer".into())),
                venue: Some(Some("a town hall".into())),
                ..Default::default()
            },
        )
        .unwrap();

    // The article comes back corrected: same URL, one more sentence.
    let mut v2 = a.clone();
    v2.text = format!("{TWO_QUOTES} A third: \"No more delays,\" said Ada Lovelace.");
    v2.meta.url = Some("http://www.daily.example/bridge/?ref=home".into());
    let outcome = import(&mut library, &v2);
    assert_eq!(outcome.status, ImportStatus::Updated);
    assert_eq!(outcome.article_id, q.article_id);
    assert_eq!((outcome.quotes_found, outcome.quotes_new), (3, 1));
    assert_eq!(library.article_count().unwrap(), 1);
    assert_eq!(library.article(q.article_id).unwrap().versions, 2);

    let kept = library.quote(q.id).unwrap();
    assert_eq!(kept.quote.role.as_deref(), Some("Chief Engineer"));
    assert_eq!(kept.quote.venue.as_deref(), Some("a town hall"));

    library.reextract_with(q.article_id, quotes_in).unwrap();
    assert_eq!(
        library.quote(q.id).unwrap().quote.role.as_deref(),
        Some("Chief Engineer")
    );
}

#[test]
fn a_new_version_is_recognised_by_outlet_and_title() {
    let (_dir, mut library) = library();
    let a = article(TWO_QUOTES, "Daily", "2024-02-08");
    import(&mut library, &a);
    let mut v2 = a.clone();
    v2.text.push_str(" Updated at noon.");
    assert_eq!(import(&mut library, &v2).status, ImportStatus::Updated);
    assert_eq!(library.quote_count().unwrap(), 2);
}

#[test]
fn a_quote_no_longer_found_is_dropped_unless_the_user_touched_it() {
    let (_dir, mut library) = library();
    let a = article(TWO_QUOTES, "Daily", "2024-02-08");
    import(&mut library, &a);
    let quotes = library.quotes(&QuoteFilter::default()).unwrap();
    library.dispute(quotes[0].id, "misheard").unwrap();
    library
        .reextract_with(quotes[0].article_id, |_, _| Vec::new())
        .unwrap();
    let left = library.quotes(&QuoteFilter::default()).unwrap();
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].id, quotes[0].id);
    assert_eq!(left[0].note.as_deref(), Some("misheard"));
}

#[test]
fn cleared_values_are_null_and_stay_cleared() {
    let (_dir, mut library) = library();
    import(&mut library, &article(TWO_QUOTES, "Daily", "2024-02-08"));
    let id = library.quotes(&QuoteFilter::default()).unwrap()[0].id;
    let q = library
        .edit_quote(
            id,
            &QuoteEdit {
                speaker: Some(None),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(q.quote.speaker, None);
    assert!(library
        .quotes(&QuoteFilter {
            speaker: Some("Ada".into()),
            ..Default::default()
        })
        .unwrap()
        .is_empty());
}

#[test]
fn every_change_is_logged_and_undo_reverts_the_latest_in_turn() {
    let (_dir, mut library) = library();
    import(&mut library, &article(TWO_QUOTES, "Daily", "2024-02-08"));
    let id = library.quotes(&QuoteFilter::default()).unwrap()[0].id;
    library
        .edit_quote(
            id,
            &QuoteEdit {
                speaker: Some(Some("Augusta Ada King".into())),
                ..Default::default()
            },
        )
        .unwrap();
    library.verify(id).unwrap();
    let history = library.history(id).unwrap();
    let actions: Vec<_> = history.iter().map(|c| c.action.as_str()).collect();
    assert_eq!(actions, ["edit", "verify"]);

    assert_eq!(library.undo().unwrap().unwrap().action, "verify");
    assert_eq!(library.quote(id).unwrap().status, QuoteStatus::Unverified);
    assert_eq!(
        library.quote(id).unwrap().quote.speaker.as_deref(),
        Some("Augusta Ada King")
    );
    assert_eq!(library.undo().unwrap().unwrap().action, "edit");
    assert_eq!(
        library.quote(id).unwrap().quote.speaker.as_deref(),
        Some("Ada Lovelace")
    );
    assert!(library.undo().unwrap().is_none(), "nothing left to undo");
    let history = library.history(id).unwrap();
    assert_eq!(history.len(), 4, "undos are logged too: {history:?}");
    assert_eq!(history[3].reverts, Some(history[0].id));
}

#[test]
fn deleted_quotes_and_articles_disappear_and_come_back_with_undo() {
    let (_dir, mut library) = library();
    let a = article(TWO_QUOTES, "Daily", "2024-02-08");
    let outcome = import(&mut library, &a);
    let id = library.quotes(&QuoteFilter::default()).unwrap()[0].id;
    library.delete_quote(id).unwrap();
    assert_eq!(library.quote_count().unwrap(), 1);
    library
        .reextract_with(outcome.article_id, quotes_in)
        .unwrap();
    assert_eq!(
        library.quote_count().unwrap(),
        1,
        "re-extraction keeps it deleted"
    );
    library.delete_article(outcome.article_id).unwrap();
    assert_eq!(library.quote_count().unwrap(), 0);
    assert_eq!(library.article_count().unwrap(), 0);
    library.undo().unwrap();
    assert_eq!(library.quote_count().unwrap(), 1);
    library.undo().unwrap();
    assert_eq!(library.quote_count().unwrap(), 2);
}

#[test]
fn speakers_list_counts_roles_and_dates() {
    let (_dir, mut library) = library();
    import(&mut library, &article(TWO_QUOTES, "Daily", "2024-02-08"));
    import(
        &mut library,
        &article(
            "\"Calm seas ahead,\" said Ada Lovelace.",
            "Weekly",
            "2024-03-01",
        ),
    );
    let id = library.quotes(&QuoteFilter::default()).unwrap()[0].id;
    library
        .edit_quote(
            id,
            &QuoteEdit {
                role: Some(Some("Mayor".into())),
                ..Default::default()
            },
        )
        .unwrap();
    let speakers = library.speakers().unwrap();
    assert_eq!(speakers[0].name, "Ada Lovelace");
    assert_eq!(speakers[0].quote_count, 2);
    assert_eq!(speakers[0].first, Some(d("2024-02-08")));
    assert_eq!(speakers[0].last, Some(d("2024-03-01")));
    assert_eq!(speakers[0].roles.len(), 1);
    assert_eq!(speakers[0].roles[0].role, "Mayor");
    assert_eq!(speakers[1].name, "Grace Hopper");
}

#[test]
fn merge_split_and_undo_of_speakers() {
    let (_dir, mut library) = library();
    import(&mut library, &article(TWO_QUOTES, "Daily", "2024-02-08"));
    import(
        &mut library,
        &article(
            "\"Calm seas ahead,\" said Lovelace.",
            "Weekly",
            "2024-03-01",
        ),
    );
    let suggestions = crate::service::merge_suggestions(&library).unwrap();
    assert_eq!(suggestions.len(), 1);
    assert_eq!(suggestions[0].from, "Lovelace");
    assert_eq!(suggestions[0].into, "Ada Lovelace");

    library.merge_speakers("lovelace", "Ada Lovelace").unwrap();
    let speakers = library.speakers().unwrap();
    assert_eq!(speakers.len(), 2);
    assert_eq!(speakers[0].name, "Ada Lovelace");
    assert_eq!(speakers[0].aliases, ["Lovelace"]);
    assert_eq!(speakers[0].quote_count, 2);
    assert!(crate::service::merge_suggestions(&library)
        .unwrap()
        .is_empty());

    // A later article naming the alias lands on the merged speaker.
    import(
        &mut library,
        &article("\"Steady now,\" said Lovelace.", "Weekly", "2024-03-02"),
    );
    assert_eq!(library.speakers().unwrap()[0].quote_count, 3);

    library.split_alias("Lovelace").unwrap();
    assert_eq!(library.speakers().unwrap().len(), 3);
    assert!(library.split_alias("Grace Hopper").is_err());
    library.undo().unwrap();
    assert_eq!(library.speakers().unwrap().len(), 2);
    library.undo().unwrap();
    assert_eq!(library.speakers().unwrap().len(), 3);
    assert!(library
        .merge_speakers("Ada Lovelace", "ada lovelace")
        .is_err());
}

#[test]
fn the_same_words_in_several_articles_are_one_quote_with_many_sources() {
    let (_dir, mut library) = library();
    import(
        &mut library,
        &article(
            "\"Calm seas ahead,\" said Ada Lovelace.",
            "Weekly",
            "2024-03-05",
        ),
    );
    import(
        &mut library,
        &article(
            "She said: \"Calm seas ahead.\" Then left.",
            "Daily",
            "2024-03-01",
        ),
    );
    let id = library
        .quotes(&QuoteFilter {
            outlet: Some("Weekly".into()),
            ..Default::default()
        })
        .unwrap()[0]
        .id;
    let sources = library.quote_sources(id).unwrap();
    assert_eq!(sources.len(), 2);
    assert_eq!(
        sources[0].outlet.as_deref(),
        Some("Daily"),
        "earliest first"
    );
}

#[test]
fn a_missing_quote_or_article_is_not_found() {
    let (_dir, mut library) = library();
    assert_eq!(
        library.quote(42).unwrap_err().code(),
        crate::ErrorCode::NotFound
    );
    assert_eq!(
        library.article(42).unwrap_err().code(),
        crate::ErrorCode::NotFound
    );
    assert!(library.verify(42).is_err());
    assert!(library.delete_article(42).is_err());
    assert!(library.history(42).is_err());
}

#[test]
fn two_connections_writing_at_once_wait_instead_of_failing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.sqlite3");
    drop(Library::open(&path).unwrap());
    let handles: Vec<_> = (0..2)
        .map(|n| {
            let path = path.clone();
            std::thread::spawn(move || {
                let mut library = Library::open(&path).unwrap();
                for i in 0..40 {
                    let text = format!("\"Line {i} from writer {n},\" said Ada Lovelace.");
                    let mut a = article(&text, "Daily", "2024-02-08");
                    a.meta.title = Some(format!("Writer {n}, article {i}"));
                    library.import_article_with(&a, quotes_in).unwrap();
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    assert_eq!(Library::open(&path).unwrap().quote_count().unwrap(), 80);
}

#[test]
fn a_library_locked_by_another_program_is_reported_naming_the_file() {
    let (dir, mut library) = library();
    let path = dir.path().join("library.sqlite3");
    let holder = rusqlite::Connection::open(&path).unwrap();
    holder.execute_batch("BEGIN EXCLUSIVE").unwrap();
    let mut waiting =
        Library::open_with_timeout(&path, std::time::Duration::from_millis(100)).unwrap();
    let err = waiting
        .import_article_with(&article(TWO_QUOTES, "Daily", "2024-02-08"), quotes_in)
        .unwrap_err();
    assert_eq!(err.code(), crate::ErrorCode::DatabaseLocked);
    assert!(err.to_string().contains("library.sqlite3"), "{err}");
    holder.execute_batch("ROLLBACK").unwrap();
    import(&mut library, &article(TWO_QUOTES, "Daily", "2024-02-08"));
    assert_eq!(
        library.article_count().unwrap(),
        1,
        "nothing was half-written"
    );
}

#[test]
fn a_batch_stores_each_article_alone_and_a_failing_one_leaves_nothing() {
    let (_dir, mut library) = library();
    let articles = [
        article("\"First words,\" said Ada Lovelace.", "Daily", "2024-02-08"),
        article(
            "\"Broken words,\" said Grace Hopper.",
            "Weekly",
            "2024-02-09",
        ),
        article(
            "\"Last words,\" said Ada Lovelace.",
            "Monthly",
            "2024-02-10",
        ),
    ];
    let results = library
        .import_articles_with(&articles, |text, meta| {
            let mut quotes = quotes_in(text, meta);
            if text.contains("Broken") {
                // SQLite stores NaN as NULL, which the schema refuses.
                quotes[0].confidence = f32::NAN;
            }
            quotes
        })
        .unwrap();
    assert!(results[0].is_ok() && results[2].is_ok());
    assert!(results[1].is_err());
    assert_eq!(library.article_count().unwrap(), 2);
    assert_eq!(library.quote_count().unwrap(), 2);
    assert!(library
        .quotes(&QuoteFilter {
            speaker: Some("Hopper".into()),
            ..Default::default()
        })
        .unwrap()
        .is_empty());
}

#[test]
fn the_review_queue_lists_unverified_quotes_least_certain_first() {
    let (_dir, mut library) = library();
    let three = "\"First words,\" said Ada Lovelace. \"Second words,\" said Ada Lovelace. \
        \"Third words,\" said Grace Hopper.";
    // The stand-in extractor's confidences: 0.9, 0.3, 0.6 in text order.
    library
        .import_article_with(&article(three, "Daily", "2024-02-08"), |text, meta| {
            let mut quotes = quotes_in(text, meta);
            for (q, c) in quotes.iter_mut().zip([0.9, 0.3, 0.6]) {
                q.confidence = c;
            }
            quotes
        })
        .unwrap();
    let first = library.review_queue(10).unwrap();
    let texts: Vec<&str> = first.iter().map(|q| q.quote.text.as_str()).collect();
    assert_eq!(texts, ["Second words,", "Third words,", "First words,"]);

    library.verify(first[0].id).unwrap();
    let after = library.review_queue(1).unwrap();
    assert_eq!(after.len(), 1);
    assert_eq!(after[0].quote.text, "Third words,");
}

#[test]
fn quotes_by_ids_keeps_the_order_given_and_skips_deleted_ones() {
    let (_dir, mut library) = library();
    import(&mut library, &article(TWO_QUOTES, "Daily", "2024-02-08"));
    let all = library.quotes(&QuoteFilter::default()).unwrap();
    let (a, b) = (all[0].id, all[1].id);
    let got: Vec<i64> = library
        .quotes_by_ids(&[b, a, 999])
        .unwrap()
        .iter()
        .map(|q| q.id)
        .collect();
    assert_eq!(got, [b, a]);
    library.delete_quote(b).unwrap();
    let got: Vec<i64> = library
        .quotes_by_ids(&[b, a])
        .unwrap()
        .iter()
        .map(|q| q.id)
        .collect();
    assert_eq!(got, [a]);
}

#[test]
fn quotes_for_a_listing_are_the_records_without_their_paragraphs() {
    let (_dir, mut library) = library();
    import(&mut library, &article(TWO_QUOTES, "Daily", "2024-02-08"));
    let all = library.quotes(&QuoteFilter::default()).unwrap();
    let ids = [all[1].id, all[0].id, 999];
    let whole = library.quotes_by_ids(&ids).unwrap();
    let listed = library.quotes_by_ids_for_listing(&ids).unwrap();
    assert_eq!(listed.len(), 2);
    for (listed, whole) in listed.iter().zip(&whole) {
        assert!(!whole.paragraph.is_empty());
        assert!(listed.paragraph.is_empty());
        let mut with_paragraph = listed.clone();
        with_paragraph.paragraph = whole.paragraph.clone();
        assert_eq!(&with_paragraph, whole);
    }
}

/// Imports log one change per article for the search index (migration 0004),
/// not one per quote: quotes stored by a batch, by a new version and by a
/// re-extraction must all reach an index opened before them.
#[test]
fn quotes_stored_by_any_import_reach_a_search_index_opened_before() {
    use crate::search::{Filters, LibraryIndex};
    let (_dir, mut library) = library();
    import(&mut library, &article(TWO_QUOTES, "Daily", "2024-02-08"));
    let (mut index, _, _) = LibraryIndex::open(&library).unwrap();
    let mut found = |library: &Library, words: &str| {
        index
            .search(library, words, &Filters::default(), 10)
            .unwrap()
            .hits
            .len()
    };
    assert_eq!(found(&library, "harbour"), 0);

    let batch = [
        article(
            "\"The harbour opens,\" said Ada Lovelace.",
            "Weekly",
            "2024-02-09",
        ),
        article(
            "\"The tunnel waits,\" said Grace Hopper.",
            "Weekly",
            "2024-02-10",
        ),
    ];
    let results = library.import_articles_with(&batch, quotes_in).unwrap();
    assert!(results.iter().all(Result::is_ok));
    assert_eq!(found(&library, "harbour"), 1);
    assert_eq!(found(&library, "tunnel"), 1);

    let id = results[1].as_ref().unwrap().article_id;
    library
        .reextract_with(id, |text, meta| {
            let mut quotes = quotes_in(text, meta);
            let mut extra = quotes[0].clone();
            extra.text = "Ferries run at dawn".into();
            quotes.push(extra);
            quotes
        })
        .unwrap();
    assert_eq!(found(&library, "ferries dawn"), 1);
    assert_eq!(found(&library, "tunnel"), 1);
}

/// `speakers()` reads each speaker's quotes grouped by role in one pass: the
/// count and date range span all the groups, roles come earliest first.
#[test]
fn a_speakers_count_and_dates_span_all_their_roles() {
    let (_dir, mut library) = library();
    let mut role_of = |text: &str, published: &str, role: Option<&str>| {
        let a = article(text, "Daily", published);
        let outcome = library
            .import_article_with(&a, |text, meta| {
                let mut quotes = quotes_in(text, meta);
                quotes[0].role = role.map(str::to_string);
                quotes
            })
            .unwrap();
        assert_eq!(outcome.quotes_new, 1);
    };
    role_of(
        "\"Tides turn,\" said Ada Lovelace.",
        "2024-05-01",
        Some("Mayor"),
    );
    role_of(
        "\"Bridges hold,\" said Ada Lovelace.",
        "2024-01-01",
        Some("Engineer"),
    );
    role_of("\"Rain falls,\" said Ada Lovelace.", "2023-12-01", None);
    role_of(
        "\"Ships sail,\" said Ada Lovelace.",
        "2024-06-01",
        Some("Mayor"),
    );
    let speakers = library.speakers().unwrap();
    assert_eq!(speakers.len(), 1);
    let ada = &speakers[0];
    assert_eq!(ada.quote_count, 4);
    assert_eq!(
        (ada.first, ada.last),
        (Some(d("2023-12-01")), Some(d("2024-06-01")))
    );
    let roles: Vec<(&str, Option<NaiveDate>, Option<NaiveDate>)> = ada
        .roles
        .iter()
        .map(|r| (r.role.as_str(), r.first, r.last))
        .collect();
    assert_eq!(
        roles,
        [
            ("Engineer", Some(d("2024-01-01")), Some(d("2024-01-01"))),
            ("Mayor", Some(d("2024-05-01")), Some(d("2024-06-01"))),
        ]
    );
}

#[test]
fn urls_that_differ_by_their_query_are_two_articles_and_keep_their_quotes() {
    let (_dir, mut library) = library();
    let mut first = article(
        "\"Bridge first,\" said Ada Lovelace.",
        "Daily",
        "2024-02-08",
    );
    first.meta.url = Some("https://daily.example/story?id=101".into());
    let mut second = article(
        "\"Schools next,\" said Grace Hopper.",
        "Daily",
        "2024-02-09",
    );
    second.meta.url = Some("https://daily.example/story?id=202&utm_source=x".into());
    let a = import(&mut library, &first);
    let verified = library.quotes(&QuoteFilter::default()).unwrap()[0].id;
    library.verify(verified).unwrap();
    let b = import(&mut library, &second);
    assert_eq!(b.status, ImportStatus::Added);
    assert_ne!(a.article_id, b.article_id);
    assert_eq!(library.quote(verified).unwrap().article_id, a.article_id);
    assert_eq!(library.quote_count().unwrap(), 2);
}

#[test]
fn a_shared_outlet_and_title_merges_only_a_body_that_agrees() {
    let (_dir, mut library) = library();
    let live = |text: &str| {
        let mut a = article(text, "Wire", "2024-02-08");
        a.meta.title = Some("Live updates".into());
        a
    };
    let morning = "Rescue teams reached the northern villages early this morning.\n\
        \"We have found survivors in the school building,\" said Ada Lovelace.";
    let evening = "The parliament debated the budget late into the evening session.\n\
        \"This budget fails every family in the country,\" said Grace Hopper.";
    let one = import(&mut library, &live(morning));
    let two = import(&mut library, &live(evening));
    assert_eq!(two.status, ImportStatus::Added);
    assert_ne!(one.article_id, two.article_id);
    let revised = format!("{morning}\nMore teams are on their way to the region tonight.");
    let three = import(&mut library, &live(&revised));
    assert_eq!(three.status, ImportStatus::Updated);
    assert_eq!(three.article_id, one.article_id);
}

#[test]
fn new_rows_store_no_paragraph_copy_and_read_it_from_their_version() {
    let (_dir, mut library) = library();
    let text = "Intro line.\n\n\"We will win,\" said Ada Lovelace.";
    import(&mut library, &article(text, "Daily", "2024-02-08"));
    let stored: String = library
        .conn()
        .query_row("SELECT paragraph FROM quotes", [], |r| r.get(0))
        .unwrap();
    assert_eq!(stored, "", "no copy in the row");
    let quote = &library.quotes(&QuoteFilter::default()).unwrap()[0];
    assert_eq!(quote.paragraph, text, "cut from the version's text");
}

#[test]
fn extraction_runs_without_the_write_lock() {
    let (_dir, mut library) = library();
    import(&mut library, &article(TWO_QUOTES, "Daily", "2024-02-08"));
    let path = library.path().to_path_buf();
    let id = library.quotes(&QuoteFilter::default()).unwrap()[0].id;
    let next = article(
        "\"Another day,\" said Ada Lovelace.",
        "Weekly",
        "2024-03-01",
    );
    // Another writer, impatient (50 ms), writes while the extractor runs: it
    // would fail with "locked" if the import held the write lock meanwhile.
    library
        .import_article_with(&next, |text, meta| {
            let mut other =
                Library::open_with_timeout(&path, std::time::Duration::from_millis(50)).unwrap();
            other.verify(id).expect("not kept waiting by an extraction");
            quotes_in(text, meta)
        })
        .unwrap();
    assert_eq!(library.quote(id).unwrap().status, QuoteStatus::Verified);
}
