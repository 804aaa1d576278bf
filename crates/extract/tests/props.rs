//! Arbitrary text never makes the extractor panic, and every quote it returns
//! points at its own words in the text.

use proptest::prelude::*;
use quotebook_extract::{extract_quotes, publication_date};

/// Text built from pieces that stress the passes: quote marks of every style,
/// apostrophes, cues, names, line breaks and odd unicode.
fn articleish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("'".to_string()),
        Just("''".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just("„".to_string()),
        Just("―".to_string()),
        Just(" said ".to_string()),
        Just(" he said".to_string()),
        Just("Mr. Ann Lee".to_string()),
        Just(", the mayor,".to_string()),
        Just("according to ".to_string()),
        Just("LEE: ".to_string()),
        Just(" on Wednesday".to_string()),
        Just(" at a press conference in Rome".to_string()),
        // Pieces the newer rules look for: names set off by commas after a
        // description, ", who", dashes before quotes, epithets, "put it".
        Just("The harbour master, Tom Park,".to_string()),
        Just(", who".to_string()),
        Just(" -- ".to_string()),
        Just("—".to_string()),
        Just("The Ohio businessman".to_string()),
        Just(" a narrator in the ad asks".to_string()),
        Just(" put it".to_string()),
        Just(" asking,".to_string()),
        Just("Councillor".to_string()),
        Just(" Monday night’s".to_string()),
        // Pieces of this round's rules: German and single guillemets,
        // transcript labels, letters after a name, a body named for whom it
        // serves, a capitalised post, a one-letter platform.
        Just("‹".to_string()),
        Just("›".to_string()),
        Just("SEN. ANN LEE: ".to_string()),
        Just("PARK: ".to_string()),
        Just("Philip Dunne MP".to_string()),
        Just(" KC".to_string()),
        Just("the Biden campaign".to_string()),
        Just("the Welsh First Minister, ".to_string()),
        Just("Speaking to Agence France-Presse, ".to_string()),
        Just(" on X.".to_string()),
        Just(" selling fish at the market".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just(". ".to_string()),
        Just(":".to_string()),
        Just(",".to_string()),
        "\\PC{0,12}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn check(text: &str) {
    let published = chrono::NaiveDate::from_ymd_opt(2024, 2, 8);
    let _ = publication_date(text);
    for q in extract_quotes(text, published) {
        assert!(q.start <= q.end && q.end <= text.len());
        assert!(q.paragraph_start <= q.start && q.start <= q.paragraph_end);
        assert!(text.is_char_boundary(q.paragraph_start) && text.is_char_boundary(q.paragraph_end));
        assert_eq!(q.speaker.is_some(), q.speaker_kind.is_some());
        assert!(text.is_char_boundary(q.start) && text.is_char_boundary(q.end));
        assert_eq!(&text[q.start..q.end], q.text);
        assert!((0.0..=1.0).contains(&q.confidence));
        for v in [&q.speaker, &q.role, &q.venue, &q.cue, &q.speaker_mention] {
            assert_ne!(
                v.as_deref(),
                Some(""),
                "unknown values are null, never empty"
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_strings_never_panic(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn article_like_strings_never_panic(text in articleish()) {
        check(&text);
    }
}

/// A post set off before a name at the very start of the text: found by
/// the property above (it once read a word before the first).
#[test]
fn a_comma_and_a_name_at_the_start_do_not_panic() {
    check(" asking,Philip Dunne MP asking,");
}
