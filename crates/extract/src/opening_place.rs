//! A place set off at the head of a sentence: "At a treatment tent in
//! Chikwawa, one mother said …", "Outside the courthouse, her lawyer told
//! reporters …". Reporters set the scene so before the person who speaks
//! in it, and that scene is where the words were said.

use super::document::Document;
use super::lexicon;
use super::time;

/// The phrase is short: "the evacuation centre in the municipal gymnasium
/// of Maria Aurora" at most.
const MAX_PHRASE_TOKENS: usize = 12;

/// Words that make the phrase a time, an amount or a stage, not a place
/// ("At the time,", "At least", "At the end of the meeting,").
const NOT_PLACES: &[&str] = &[
    "time",
    "times",
    "least",
    "most",
    "moment",
    "end",
    "start",
    "beginning",
    "age",
    "night",
    "dawn",
    "noon",
    "midnight",
    "hour",
    "hours",
    "minute",
    "weekend",
    "outset",
    "height",
    "peak",
    "same",
    "first",
    "last",
    "point",
    "stage",
    "request",
    "invitation",
    "urging",
    "behest",
];

/// The place that sentence-opening token `first` sets off with a comma
/// ("a treatment tent in Chikwawa"), when the sentence opens with "At",
/// "Outside" or "Inside" and a determiner.
pub fn opening_place(doc: &Document, first: usize, last: usize) -> Option<String> {
    if first + 3 >= last
        || !matches!(doc.word(first), "At" | "Outside" | "Inside")
        || !matches!(
            doc.word(first + 1),
            "a" | "an" | "the" | "his" | "her" | "their" | "its"
        )
    {
        return None;
    }
    let comma =
        (first + 2..last.min(first + 2 + MAX_PHRASE_TOKENS)).find(|&k| doc.word(k) == ",")?;
    let placed = (first + 1..comma).all(|k| {
        let w = doc.word(k);
        doc.tokens[k].is_word
            && !doc.in_quote(k)
            && !NOT_PLACES.contains(&w)
            && !w.bytes().any(|b| b.is_ascii_digit())
            && time::weekday(w).is_none()
            && time::month(w).is_none()
            && !lexicon::is_reporting_verb(w)
    });
    // Someone speaks in the scene: a reporting verb after the comma.
    let spoken =
        (comma + 1..last).any(|k| !doc.in_quote(k) && lexicon::is_reporting_verb(doc.word(k)));
    (placed && spoken && comma > first + 2)
        .then(|| doc.text[doc.tokens[first + 1].start..doc.tokens[comma - 1].end].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(text: &str) -> Option<String> {
        let doc = Document::new(text);
        opening_place(&doc, 0, doc.tokens.len())
    }

    #[test]
    fn a_place_set_off_before_the_speaker_is_the_scene() {
        assert_eq!(
            place("At a treatment tent in Chikwawa, one mother said the well had broken.")
                .as_deref(),
            Some("a treatment tent in Chikwawa")
        );
        assert_eq!(
            place("Outside the courthouse, her lawyer told reporters she would appeal.").as_deref(),
            Some("the courthouse")
        );
    }

    #[test]
    fn a_time_an_amount_or_a_sentence_with_no_speaker_is_no_scene() {
        assert_eq!(place("At the time, he said nothing."), None);
        assert_eq!(place("At the end of the meeting, she said no."), None);
        assert_eq!(place("At least 20 people, police said, died."), None);
        assert_eq!(place("At the market, prices rose again."), None);
    }
}
