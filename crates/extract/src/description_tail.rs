//! How far an unnamed source's description runs after its head noun when it
//! follows the reporting verb: "said a woman sheltering at the school with
//! her three children.", "said a fisherman in the coastal village of
//! Sabang.". Reporters (and the gold of every set) keep such a phrase as the
//! description, and a bare head ("a woman") is too little to tell one
//! unnamed source from another.

use super::document::Document;
use super::lexicon;
use super::place;
use super::time;
use super::tokens::looks_like_participle;

/// Longer, and the words are a sentence going on, not a description.
const MAX_TAIL_TOKENS: usize = 12;

/// Words ending in "-ing" that open no participle phrase of a person.
const NOT_PARTICIPLES: &[&str] = &[
    "according",
    "during",
    "including",
    "regarding",
    "following",
    "concerning",
    "morning",
    "evening",
    "something",
    "nothing",
    "anything",
    "everything",
    "adding",
    "saying",
    "noting",
    "speaking",
    "referring",
    "citing",
    "pointing",
    "insisting",
    "warning",
    "explaining",
];

/// Words that place the words in time: a tail holding one says when, not who.
const TIME_WORDS: &[&str] = &[
    "yesterday",
    "today",
    "tonight",
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "month",
    "year",
    "ago",
    "earlier",
    "later",
    "weekend",
];

/// The end (exclusive) of the description whose last word so far ends
/// before token `end`, taking in a trailing participle phrase, relative
/// clause or place phrase ("in", "near", "outside") that runs to the end of
/// the sentence or to a comma. `end` itself when there is none, or when the
/// phrase says where or when the words were said ("in a statement", "at a
/// news conference", "on Tuesday"), which is no part of who said them.
pub fn trailing_modifier_end(doc: &Document, end: usize, hi: usize) -> usize {
    if end >= hi || doc.in_quote(end) || !opens_tail(doc.word(end)) {
        return end;
    }
    let mut k = end;
    while k < hi && doc.tokens[k].is_word && !doc.in_quote(k) {
        let w = doc.word(k);
        if k - end >= MAX_TAIL_TOKENS
            || lexicon::is_reporting_verb(w)
            || TIME_WORDS.contains(&w)
            || time::weekday(w).is_some()
            || time::month(w).is_some()
            || matches!(w, "that" | "but" | "because" | "as")
        {
            return end;
        }
        k += 1;
    }
    // The phrase must close the subject: at the sentence's end, a comma or
    // the quote's opening mark.
    let closes = k >= hi || doc.in_quote(k) || matches!(doc.word(k), "." | "," | "!" | "?" | ";");
    if !closes || k == end + 1 || place::venue_in(doc, end, k).is_some() {
        return end;
    }
    k
}

/// Whether `w`, right after a description's head, opens a phrase that
/// describes the person further.
fn opens_tail(w: &str) -> bool {
    matches!(w, "in" | "near" | "outside" | "inside") || opens_clause(w)
}

/// Whether `w` opens a relative clause or a participle phrase ("who lost
/// his home", "waiting at a bus stop"): what the person was doing or
/// went through, never part of their post.
pub fn opens_clause(w: &str) -> bool {
    if matches!(w, "who" | "whose") {
        return true;
    }
    looks_like_participle(w) && !NOT_PARTICIPLES.contains(&w)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The description after "said", as written, for the first "said".
    fn described(text: &str, head: &str) -> String {
        let doc = Document::new(text);
        let h = (0..doc.tokens.len())
            .find(|&t| doc.word(t) == head)
            .unwrap();
        let end = trailing_modifier_end(&doc, h + 1, doc.tokens.len());
        doc.text[doc.tokens[h].start..doc.tokens[end - 1].end].to_string()
    }

    #[test]
    fn participle_and_place_phrases_are_part_of_the_description() {
        assert_eq!(
            described(
                "\"No,\" said a woman sheltering at the school with her three children.",
                "woman"
            ),
            "woman sheltering at the school with her three children"
        );
        assert_eq!(
            described(
                "\"No,\" said a fisherman in the village of Dana.",
                "fisherman"
            ),
            "fisherman in the village of Dana"
        );
        assert_eq!(
            described("\"No,\" said a man who lost his home, shaking.", "man"),
            "man who lost his home"
        );
    }

    #[test]
    fn where_and_when_the_words_were_said_are_not() {
        assert_eq!(
            described("\"No,\" said a spokesman in a statement.", "spokesman"),
            "spokesman"
        );
        assert_eq!(
            described("\"No,\" said a nurse in Dana on Tuesday.", "nurse"),
            "nurse"
        );
        assert_eq!(
            described("\"No,\" said a nurse, adding that it was late.", "nurse"),
            "nurse"
        );
        assert_eq!(
            described("\"No,\" said a nurse speaking to reporters.", "nurse"),
            "nurse"
        );
    }
}
