//! The ranking rules in their order, the fallbacks to quotes missing words,
//! stems, two typos in a long word, and apostrophes.

use chrono::NaiveDate;

use super::*;

/// Quotes numbered by id, dated one day apart in id order: a higher id is
/// newer, so a rule is shown to beat recency when an older quote wins.
fn index_of(texts: &[&str]) -> Index {
    let first = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    Index::build(
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| SearchDoc {
                id: i as i64 + 1,
                text: (*t).to_owned(),
                speaker: Some("Ann Example".into()),
                speaker_aliases: Vec::new(),
                outlet: None,
                wire: None,
                date: Some(first + chrono::Days::new(i as u64)),
            })
            .collect(),
    )
}

fn hits(index: &Index, query: &str) -> Vec<Hit> {
    index.search(query, &Filters::default(), 20).unwrap().hits
}

fn ids(index: &Index, query: &str) -> Vec<i64> {
    hits(index, query).iter().map(|h| h.id).collect()
}

#[test]
fn fewer_edits_rank_first_then_stems_before_typos() {
    let index = index_of(&[
        "We confirm the deal today.",
        "They confirmed the deal today.",
        "They conform to the deal today.",
    ]);
    // The stem ("confirmed") before the typo ("conform"), the word as typed
    // before both, whatever their age.
    assert_eq!(ids(&index, "confirm deal "), [1, 2, 3]);
    let found = hits(&index, "confirm deal ");
    assert_eq!(found[0].edits, 0);
    assert_eq!(found[2].edits, 1);
}

#[test]
fn neighbouring_words_in_the_best_alignment_beat_scattered_ones() {
    let index = index_of(&[
        // Older: "and" comes first, but "anger and anxiety" stands later.
        "And so the anger and anxiety grew.",
        "Anger grew, and anxiety too.",
    ]);
    assert_eq!(ids(&index, "anger and anxiety "), [1, 2]);
}

#[test]
fn a_quote_starting_with_the_query_wins_a_tie() {
    let index = index_of(&[
        "Trump says he's with the American working class.",
        "Donald Trump says he's qualified.",
    ]);
    assert_eq!(ids(&index, "trump says he's"), [1, 2]);
    assert_eq!(ids(&index, "trump says he"), [1, 2]);
}

#[test]
fn the_quote_the_words_cover_most_of_wins_a_tie() {
    let index = index_of(&[
        "Yes, a total victory.",
        "We want, more than anything else, a total victory for all of us.",
    ]);
    assert_eq!(ids(&index, "total victory "), [1, 2]);
}

#[test]
fn more_words_matched_outranks_everything_else() {
    let index = index_of(&[
        "The harbour will be rebuilt by the council next spring.",
        "Harbour bridge.",
    ]);
    // Quote 2 starts with a word and is short, but lacks "rebuilt".
    let found = hits(&index, "harbour rebuilt ");
    assert_eq!(found.iter().map(|h| h.id).collect::<Vec<_>>(), [1, 2]);
    assert_eq!((found[0].matched_words, found[0].query_words), (2, 2));
    assert_eq!((found[1].matched_words, found[1].query_words), (1, 2));
    assert!(found[0].score > found[1].score);
}

#[test]
fn a_misremembered_extra_word_falls_back_to_the_quote_without_it() {
    let index = index_of(&[
        "We will not rest until the harbour is rebuilt.",
        "The ferry runs on time.",
    ]);
    let found = hits(&index, "harbour of rebuilt ");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].id, 1);
    assert_eq!((found[0].matched_words, found[0].query_words), (2, 3));
    assert_eq!(found[0].explanation(), "matched 2 of 3 words");
    // A word no quote has at all is missed the same way.
    assert_eq!(ids(&index, "harbour zeppelin rebuilt "), [1]);
}

#[test]
fn fallbacks_only_fill_in_when_fewer_than_ten_quotes_hold_every_word() {
    let mut texts: Vec<String> = (0..12)
        .map(|i| format!("Alpha beta remark number {i}."))
        .collect();
    texts.push("Alpha alone.".into());
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let index = index_of(&refs);
    let found = hits(&index, "alpha beta ");
    assert_eq!(found.len(), 12);
    assert!(found.iter().all(|h| h.matched_words == 2));

    let index = index_of(&refs[9..]);
    let found = hits(&index, "alpha beta ");
    assert_eq!(found.len(), 4);
    assert_eq!(found.last().unwrap().matched_words, 1);
    assert_eq!(found.last().unwrap().id, 4, "'Alpha alone.' comes last");
}

#[test]
fn a_long_query_may_miss_two_words_but_only_after_one() {
    let index = index_of(&[
        "The storm closed the northern ferry route.",
        "The storm closed the ferry.",
    ]);
    // "storm ferry route" are in quote 1; quote 2 misses "route" as well as
    // the two invented words.
    let found = hits(&index, "storm qwzx ferry route vbnm ");
    assert_eq!(found.iter().map(|h| h.id).collect::<Vec<_>>(), [1]);
    assert_eq!(found[0].explanation(), "matched 3 of 5 words");
    // With nothing missing just one word, quotes missing two are shown.
    let found = hits(&index, "storm qwzx ferry vbnm ");
    assert_eq!(found.len(), 2);
    assert!(found.iter().all(|h| h.matched_words == 2));
}

#[test]
fn quotes_missing_two_words_only_fill_in_when_fewer_than_ten_miss_one() {
    let texts = |missing_one: usize| -> Vec<String> {
        let mut texts: Vec<String> = (0..missing_one)
            .map(|i| format!("Alpha beta gamma, remark number {i}."))
            .collect();
        texts.push("Alpha beta alone.".into());
        texts.push("Delta elsewhere.".into());
        texts
    };
    let query = "alpha beta gamma delta ";
    // Twelve quotes miss one word ("delta"): the one missing two is left out.
    let many = texts(12);
    let index = index_of(&many.iter().map(String::as_str).collect::<Vec<_>>());
    let found = hits(&index, query);
    assert_eq!(found.len(), 12, "{found:?}");
    assert!(found.iter().all(|h| h.matched_words == 3));
    // Nine: it follows them.
    let few = texts(9);
    let index = index_of(&few.iter().map(String::as_str).collect::<Vec<_>>());
    let found = hits(&index, query);
    assert_eq!(found.len(), 10, "{found:?}");
    assert_eq!(found.last().unwrap().matched_words, 2);
    assert_eq!(
        found.last().unwrap().id,
        10,
        "'Alpha beta alone.' comes last"
    );
}

#[test]
fn a_long_word_with_two_typos_is_found() {
    let index = index_of(&[
        "Officials confirmed the closure on Monday.",
        "The confined space was closed.",
    ]);
    let found = hits(&index, "cojfirmex closure ");
    assert_eq!(found[0].id, 1);
    assert_eq!(found[0].edits, 2);
    assert_eq!(found[0].explanation(), "matched every word, 2 edits");
}

#[test]
fn every_apostrophe_is_one_and_a_trailing_one_keeps_the_word_a_prefix() {
    let index = index_of(&["But I don’t know what the leaders‘ plan is."]);
    for query in [
        "but i don'",
        "but i don’",
        "but i don't",
        "but i donʼt",
        "leaders'",
    ] {
        assert_eq!(ids(&index, query), [1], "{query}");
    }
}

#[test]
fn a_misremembered_common_word_does_not_hide_the_quote_meant() {
    // "of" is in most quotes (a common word), the other words in 13 of 413;
    // the quote meant is older and lacks "of", and more than ten others hold
    // every word, scattered.
    let mut texts = vec!["The harbour wall held against the storm."];
    texts.extend(std::iter::repeat_n(
        "Of the storm they spoke, and of the harbour; the wall of stone held.",
        12,
    ));
    texts.extend(std::iter::repeat_n("Tales of old, of sea and of sky.", 400));
    let index = index_of(&texts);
    let found = hits(&index, "harbour wall of held");
    assert_eq!(found[0].id, 1, "{found:?}");
    assert_eq!(found[0].matched_words, 3);
    assert_eq!(found[0].explanation(), "matched 3 of 4 words");
    // Without the stray word, the quote holding the words together still wins.
    assert_eq!(ids(&index, "harbour wall held")[0], 1);
}

#[test]
fn a_three_letter_word_finds_the_four_letter_word_it_lost_a_letter_of() {
    let mut texts = vec![
        "I want this country to heal.",
        "We waited a long time for the sue to settle.",
    ];
    // "the" in most quotes: a common word, which gets no such variants.
    texts.extend(std::iter::repeat_n("The harbour is quiet.", 200));
    texts.push("They left early.");
    let index = index_of(&texts);
    let the = index.search("the ", &Filters::default(), 1000).unwrap();
    assert_eq!(the.total, 201, "\"they\" is not taken for \"the\"");
    // "wan" and "tis": "want" and "this" with a letter dropped, matched as
    // a typo (one edit); with the exact words typed, no edit.
    let found = hits(&index, "wan tis country");
    assert_eq!(found[0].id, 1);
    assert_eq!((found[0].matched_words, found[0].edits), (3, 2));
    // The last word, still being typed, too: "lng" finds "long".
    assert_eq!(ids(&index, "a lng"), [2]);
    // A word present as typed ranks before the one it may be short of.
    let index = index_of(&["We will sue them.", "Make sure of it."]);
    let found = hits(&index, "sue");
    assert_eq!(
        found.iter().map(|h| (h.id, h.edits)).collect::<Vec<_>>(),
        [(1, 0), (2, 1)]
    );
}
