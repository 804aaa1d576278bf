//! Behaviour of the whole search: typos, phrases, edits, deletions, filters.

use chrono::NaiveDate;

use super::*;

fn day(s: &str) -> Option<NaiveDate> {
    Some(s.parse().unwrap())
}

fn doc(id: i64, text: &str, speaker: &str, outlet: &str, date: &str) -> SearchDoc {
    SearchDoc {
        id,
        text: text.to_owned(),
        speaker: Some(speaker.to_owned()),
        speaker_aliases: Vec::new(),
        outlet: Some(outlet.to_owned()),
        wire: None,
        date: day(date),
    }
}

fn library() -> Index {
    let mut docs = vec![
        doc(
            1,
            "We will not rest until the harbour is rebuilt.",
            "Maria Okafor",
            "Harbour Gazette",
            "2023-05-02",
        ),
        doc(
            2,
            "The budget is a promise, not a wish list.",
            "Tomas Lindqvist",
            "Daily Ledger",
            "2023-06-10",
        ),
        doc(
            3,
            "Nobody expected a total collapse of the ferry service.",
            "Maria Okafor",
            "Daily Ledger",
            "2023-07-01",
        ),
        doc(
            4,
            "It was total, it was a victory, and it was ours.",
            "Aiko Tanaka",
            "Harbour Gazette",
            "2024-01-15",
        ),
        doc(
            5,
            "We are fighting for total victory over the flood.",
            "Tomas Lindqvist",
            "Harbour Gazette",
            "2024-02-20",
        ),
        doc(
            6,
            "The ferry timetable changes in spring.",
            "Aiko Tanaka",
            "Daily Ledger",
            "2024-03-03",
        ),
    ];
    // Plenty of unrelated quotes, so ranking has something to beat.
    for i in 0..300 {
        docs.push(doc(
            100 + i,
            &format!("Filler remark number {i} about weather, roads and the council budget."),
            "Someone Else",
            "Daily Ledger",
            "2022-01-01",
        ));
    }
    Index::build(docs)
}

/// The quotes holding every word of the query (the fallbacks to quotes
/// missing a word are tested in `ranking_tests`).
fn ids(index: &Index, query: &str) -> Vec<i64> {
    index
        .search(query, &Filters::default(), 10)
        .unwrap()
        .hits
        .iter()
        .filter(|h| h.matched_words == h.query_words)
        .map(|h| h.id)
        .collect()
}

#[test]
fn a_query_with_one_typo_per_word_finds_its_quote_in_the_top_ten() {
    let index = library();
    for typo in [
        "harbuor rebuilt",
        "harbour rebiult",
        "fery timetable",
        "timetabel",
        "colapse ferry",
        "promsie",
    ] {
        let found = ids(&index, typo);
        assert!(!found.is_empty(), "{typo:?} found nothing");
        let expected = match typo {
            t if t.contains("harb") => 1,
            t if t.contains("time") => 6,
            t if t.contains("colapse") => 3,
            _ => 2,
        };
        assert!(
            found.iter().take(10).any(|&id| id == expected),
            "{typo:?} gave {found:?}"
        );
    }
}

#[test]
fn the_exact_phrase_ranks_first() {
    let index = library();
    // Both 4 and 5 have both words; only 5 has them as typed.
    assert_eq!(ids(&index, "total victory")[0], 5);
    // Quoted, the phrase is required.
    assert_eq!(ids(&index, "\"total victory\""), [5]);
    assert_eq!(ids(&index, "\"victory total\""), Vec::<i64>::new());
}

#[test]
fn the_last_word_matches_as_a_prefix_while_typed() {
    let index = library();
    assert_eq!(ids(&index, "ferry timeta"), [6]);
    assert_eq!(
        ids(&index, "ferry timeta ").len(),
        0,
        "a finished word must match whole"
    );
}

#[test]
fn an_edited_quote_is_found_by_its_new_words_at_once_and_not_its_old() {
    let mut index = library();
    let mut edited = doc(
        2,
        "The budget is a compass, not a map.",
        "Tomas Lindqvist",
        "Daily Ledger",
        "2023-06-10",
    );
    index.update(&edited);
    assert_eq!(ids(&index, "compass map"), [2]);
    assert!(ids(&index, "wish list").is_empty());
    edited.text = "A brand new sentence about lighthouses.".to_owned();
    index.update(&edited);
    assert_eq!(ids(&index, "lighthouses"), [2]);
    assert!(ids(&index, "compass").is_empty());
    assert_eq!(index.len(), 306);
}

#[test]
fn a_deleted_quote_is_gone() {
    let mut index = library();
    assert!(index.remove(6));
    assert!(!index.remove(6));
    assert!(ids(&index, "timetable").is_empty());
    assert!(!index
        .search("", &Filters::default(), 1000)
        .unwrap()
        .hits
        .iter()
        .any(|h| h.id == 6));
}

#[test]
fn many_deletions_compact_the_index_and_keep_the_rest_searchable() {
    let mut index = library();
    for i in 0..290 {
        index.remove(100 + i);
    }
    assert_eq!(index.len(), 16);
    assert_eq!(ids(&index, "harbour rebuilt"), [1]);
    let filler = index.search("filler", &Filters::default(), 100).unwrap();
    assert_eq!(filler.total, 10);
    assert!(!filler.approximate);
}

#[test]
fn filters_in_the_query_and_from_the_controls_narrow_the_results() {
    let index = library();
    assert_eq!(ids(&index, "ferry speaker:okafor"), [3]);
    assert_eq!(ids(&index, "ferry speaker:\"Aiko Tanaka\""), [6]);
    assert_eq!(ids(&index, "ferry outlet:ledger from:2024"), [6]);
    assert_eq!(ids(&index, "ferry to:2023-12-31"), [3]);
    // The shorter quote first: "total" covers more of it.
    assert_eq!(ids(&index, "total -flood"), [3, 4]);
    assert_eq!(ids(&index, "total -\"total victory\""), [3, 4]);
    let controls = Filters {
        speakers: vec!["Lindqvist".into()],
        ..Filters::default()
    };
    let found: Vec<i64> = index
        .search("budget", &controls, 10)
        .unwrap()
        .hits
        .iter()
        .map(|h| h.id)
        .collect();
    assert_eq!(found, [2]);
    assert!(ids(&index, "ferry speaker:nobody").is_empty());
}

#[test]
fn an_empty_query_lists_the_newest_first() {
    let index = library();
    let all = index.search("", &Filters::default(), 3).unwrap();
    assert_eq!(all.hits.iter().map(|h| h.id).collect::<Vec<_>>(), [6, 5, 4]);
    assert_eq!(all.total, 306);
    let by_speaker = index
        .search("speaker:okafor", &Filters::default(), 10)
        .unwrap();
    assert_eq!(
        by_speaker.hits.iter().map(|h| h.id).collect::<Vec<_>>(),
        [3, 1]
    );
    assert_eq!(by_speaker.total, 2);
}

#[test]
fn ties_are_broken_newest_first() {
    let index = Index::build(vec![
        doc(1, "Rain again.", "A B", "X", "2020-01-01"),
        doc(2, "Rain again.", "A B", "X", "2021-01-01"),
        doc(3, "Rain again.", "A B", "X", "2019-01-01"),
    ]);
    assert_eq!(ids(&index, "rain"), [2, 1, 3]);
}

#[test]
fn highlights_are_byte_ranges_of_the_matched_words() {
    let index = library();
    let hit = &index
        .search("harbuor rebuilt", &Filters::default(), 1)
        .unwrap()
        .hits[0];
    let text = "We will not rest until the harbour is rebuilt.";
    let marked: Vec<&str> = hit.highlights.iter().map(|&(s, e)| &text[s..e]).collect();
    assert_eq!(marked, ["harbour", "rebuilt"]);
}

#[test]
fn accented_words_match_unaccented_queries_and_highlight_whole() {
    let index = Index::build(vec![doc(
        1,
        "Der Bürgermeister sagte: «Genug.»",
        "A B",
        "X",
        "2020-01-01",
    )]);
    let hit = &index
        .search("burgermeister", &Filters::default(), 1)
        .unwrap()
        .hits[0];
    let text = "Der Bürgermeister sagte: «Genug.»";
    assert_eq!(
        &text[hit.highlights[0].0..hit.highlights[0].1],
        "Bürgermeister"
    );
}

#[test]
fn a_common_prefix_is_capped_and_counted_approximately() {
    let docs = (0..3000)
        .map(|i| {
            doc(
                i,
                &format!("The council met on day {i}."),
                "A B",
                "X",
                "2020-01-01",
            )
        })
        .collect();
    let index = Index::build(docs);
    let found = index.search("counc", &Filters::default(), 5).unwrap();
    assert_eq!(found.hits.len(), 5);
    assert!(found.approximate);
    assert!((2500..=3500).contains(&found.total), "{}", found.total);
    // Newest first among equals: the highest ids were added last.
    assert!(found.hits.iter().all(|h| h.id >= 2000), "{:?}", found.hits);
}

#[test]
fn a_word_in_no_quote_finds_nothing_and_a_bad_date_is_an_error() {
    let index = library();
    assert!(ids(&index, "zeppelin").is_empty());
    let err = index
        .search("from:soon", &Filters::default(), 10)
        .unwrap_err();
    assert_eq!(err.code(), crate::ErrorCode::InvalidInput);
}

#[test]
fn quotes_added_one_by_one_are_searchable_like_a_built_index() {
    let mut index = Index::new();
    index.add(&doc(1, "Zebras cross here.", "A B", "X", "2020-01-01"));
    index.add(&doc(2, "Aardvarks do not.", "A B", "X", "2021-01-01"));
    assert_eq!(ids(&index, "aard"), [2]);
    assert_eq!(ids(&index, "zebras"), [1]);
    assert_eq!(ids(&index, "zebrsa"), [1]);
}

#[test]
fn a_short_last_word_with_many_completions_still_narrows_exactly() {
    // More words start with "t" than are checked list by list.
    let mut docs: Vec<SearchDoc> = (0..40)
        .map(|i| doc(i, &format!("ferry notes t{i}x"), "A B", "X", "2020-01-01"))
        .collect();
    docs.push(doc(
        100,
        "The ferry timetable changes.",
        "A B",
        "X",
        "2019-01-01",
    ));
    docs.push(doc(101, "The ferry is late.", "A B", "X", "2019-01-01"));
    let index = Index::build(docs);
    let found = ids(&index, "ferry ti");
    assert_eq!(found, [100]);
    assert_eq!(
        index
            .search("ferry t", &Filters::default(), 100)
            .unwrap()
            .hits
            .len(),
        42
    );
}

#[test]
fn exact_matches_are_kept_before_newer_typo_matches_when_the_cap_is_reached() {
    // Old quotes with the word as typed, and more newer quotes than the cap
    // with a word one edit away: the walk must not fill the cap with the
    // newer typo matches and drop the exact ones.
    let mut docs: Vec<SearchDoc> = (1..=20)
        .map(|i| doc(i, "The lighthouse keeper stayed.", "A", "B", "2001-01-01"))
        .collect();
    docs.extend(
        (100..100 + RERANK_CAP as i64 + 50)
            .map(|i| doc(i, "The lighthouses were sold.", "A", "B", "2020-01-01")),
    );
    let index = Index::build(docs);
    let found = index
        .search("lighthouse ", &Filters::default(), 30)
        .unwrap();
    assert!(found.approximate);
    let exact = found.hits.iter().filter(|h| h.id <= 20).count();
    assert_eq!(exact, 20, "every exact match is ranked: {:?}", found.hits);
    assert!(found.hits[..20].iter().all(|h| h.id <= 20));
}

#[test]
fn many_quotes_added_at_once_answer_like_a_built_index() {
    let day = |i: i64| format!("2020-{:02}-{:02}", 1 + i % 12, 1 + i % 28);
    let text = |i: i64| format!("Harbour notice {i} about ferry w{} and tide", i % 17);
    let base: Vec<SearchDoc> = (0..300)
        .map(|i| doc(i, &text(i), "A B", "X", &day(i)))
        .collect();
    let mut index = Index::build(base.clone());
    // Edits of old quotes (new words) and new quotes, some dated earlier.
    let changed: Vec<SearchDoc> = (250..400)
        .map(|i| {
            doc(
                i,
                &format!("Lighthouse {i} keeper w{}", i % 5),
                "C D",
                "Y",
                &day(i + 3),
            )
        })
        .collect();
    index.add_many(&changed);
    let mut all: Vec<SearchDoc> = base.into_iter().filter(|d| d.id < 250).collect();
    all.extend(changed);
    let built = Index::build(all);
    assert_eq!(index.len(), 400);
    for q in [
        "harbour",
        "lighthouse keeper",
        "keeper w3",
        "w1",
        "ferry tide",
        "",
        "lighthuose",
    ] {
        let got = index.search(q, &Filters::default(), 50).unwrap();
        let want = built.search(q, &Filters::default(), 50).unwrap();
        assert_eq!(
            got.hits.iter().map(|h| h.id).collect::<Vec<_>>(),
            want.hits.iter().map(|h| h.id).collect::<Vec<_>>(),
            "{q:?}"
        );
        assert_eq!(got.total, want.total, "{q:?}");
    }
}
