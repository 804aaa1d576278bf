//! Venues: the setting words were said in ("at a press conference in
//! Jerusalem", "in an interview with CNN", "in a statement", "on Twitter").

use super::audience;
use super::document::Document;
use super::lexicon;
use super::opening_place;
use super::tokens::{is_capitalized, lone_capital};

/// Not "after" or "before": "said before the interview", "spoke after the
/// hearing" place the words next to an occasion, not at it (dropping them
/// raised venue precision on PolNeAR, the stress sets and the real bodies).
const PREPOSITIONS: &[&str] = &["at", "in", "during", "on", "from", "with", "through", "via"];
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "this", "that", "our", "my",
];
/// Words after a venue head that continue it ("interview with CNN", "rally in Ohio").
const LINKS: &[&str] = &["with", "in", "at", "alongside", "to", "on", "before", "for"];

/// A setting as written, with the name of its audience when the setting is
/// who heard the words ("told USA Today"): the caller checks that the name is
/// no person of the article ("told Lee").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Venue {
    pub text: String,
    pub audience: Option<String>,
}

impl Venue {
    fn plain(text: String) -> Venue {
        Venue {
            text,
            audience: None,
        }
    }
}

/// The venue written in tokens `first..last` (outside quotes), if any.
pub fn venue_in(doc: &Document, first: usize, last: usize) -> Option<Venue> {
    let opens_sentence =
        first < doc.tokens.len() && doc.sentences[doc.sentence_of[first]].first == first;
    if opens_sentence {
        if let Some(place) = opening_place::opening_place(doc, first, last) {
            return Some(Venue::plain(place));
        }
    }
    for t in first..last {
        if doc.in_quote(t) || !doc.tokens[t].is_word {
            continue;
        }
        let w = doc.word(t);
        if let Some(h) = audience::heard_at(doc, t, last) {
            // "told the court": the court the story names, when it does.
            let text = match court_heard(&h.phrase)
                .then(|| named_court(doc, first))
                .flatten()
            {
                Some(court) => format!("{} at {court}", h.phrase),
                None => h.phrase,
            };
            return Some(Venue {
                text,
                audience: h.named,
            });
        }
        if let Some(v) = occasion(doc, t, last) {
            return Some(Venue::plain(v));
        }
        if w == "outside" {
            if let Some(v) = outside(doc, t, last) {
                return Some(Venue::plain(v));
            }
        }
        if !lexicon::starts_venue(w) {
            continue;
        }
        for head in lexicon::venue_words() {
            if !matches_at(doc, t, last, head) {
                continue;
            }
            let head_end = t + head.len();
            // Walk back over modifiers to a preposition: the phrase must be a setting.
            let mut a = t;
            let mut found_prep = false;
            while a > first && t - a < 6 {
                let p = a - 1;
                let pw = doc.word(p);
                if doc.in_quote(p) || !doc.tokens[p].is_word {
                    break;
                }
                // "according to a statement" sources the words like "in a statement".
                let according_to =
                    pw == "to" && p > first && doc.word(p - 1).eq_ignore_ascii_case("according");
                // "issued a statement", "posted a video": the writing given
                // out is where the words are.
                let given_out = matches!(pw, "issued" | "released" | "published" | "posted");
                if according_to
                    || given_out
                    || PREPOSITIONS.iter().any(|p| p.eq_ignore_ascii_case(pw))
                {
                    found_prep = true;
                    break;
                }
                // "on Tuesday for the first summit": another phrase stands
                // between, and the setting is not the preposition's object
                // ("at Wednesday morning's hearing" is).
                // "on Tuesday after a cabinet meeting": the words were said
                // next to the occasion, not at it (see PREPOSITIONS).
                if matches!(
                    pw,
                    "for" | "by" | "about" | "between" | "than" | "after" | "before" | "ahead"
                ) {
                    break;
                }
                a = p;
            }
            // "on your card statement" speaks to the reader: no setting.
            if !found_prep
                || doc.word(a).eq_ignore_ascii_case("your")
                || recounts_a_telling(doc, first, a)
            {
                continue;
            }
            let b = extend(doc, head_end, last);
            let mut phrase = &doc.text[doc.tokens[a].start..doc.tokens[b - 1].end];
            // "a post on X.": the platform's name has no full stop.
            if lone_capital(doc.word(b - 1)).is_some() {
                phrase = &phrase[..phrase.len() - 1];
            }
            if b == head_end {
                if let Some(title) = quoted_title(doc, b, last) {
                    return Some(Venue::plain(format!("{phrase} of {title}")));
                }
            }
            return Some(Venue::plain(phrase.to_string()));
        }
    }
    None
}

/// Whether an audience is a court's ("told the court", "told jurors",
/// "told the inquest"): where it sat is a court the story may name.
fn court_heard(phrase: &str) -> bool {
    phrase.split_whitespace().last().is_some_and(|w| {
        matches!(
            w,
            "court" | "jury" | "jurors" | "tribunal" | "inquest" | "magistrates" | "coroner"
        )
    })
}

/// The court the story names nearest before token `before` ("at Teesside
/// Crown Court", "the Leeds Employment Tribunal"), else the first after it:
/// capitalised words ending in "Court" or "Tribunal", outside quotes.
fn named_court(doc: &Document, before: usize) -> Option<String> {
    let is_court = |t: usize| {
        !doc.in_quote(t) && matches!(doc.word(t), "Court" | "Tribunal") && t > 0 && {
            let prev = doc.word(t - 1);
            is_capitalized(prev) && prev != "The"
        }
    };
    let end = (0..before)
        .rev()
        .find(|&t| is_court(t))
        .or_else(|| (before..doc.tokens.len()).find(|&t| is_court(t)))?;
    let mut a = end;
    while a > 0 && end - a < 6 {
        let w = doc.word(a - 1);
        let part = doc.tokens[a - 1].is_word && (is_capitalized(w) || w == "of") && w != "The";
        if !part || lexicon::is_reporting_verb(w) {
            break;
        }
        a -= 1;
    }
    // Not a lone "High Court" opening a sentence with "of" before it.
    while doc.word(a) == "of" {
        a += 1;
    }
    (a < end).then(|| doc.text[doc.tokens[a].start..doc.tokens[end].end].to_string())
}

/// "said he had told Blinken during their meeting": a telling in the past
/// perfect before the setting is an earlier occasion the words recount, and
/// the setting is that occasion's, not the speaker's now.
fn recounts_a_telling(doc: &Document, first: usize, at: usize) -> bool {
    (first..at).any(|k| {
        doc.word(k) == "had"
            && k + 1 < at
            && !doc.in_quote(k + 1)
            && lexicon::is_reporting_verb(doc.word(k + 1))
    })
}

/// A programme's title in quote marks after the venue head ("broadcast of
/// \u{201c}Morning Talk,\u{201d}"), without its trailing comma.
fn quoted_title(doc: &Document, t: usize, last: usize) -> Option<String> {
    if t + 1 >= last || !matches!(doc.word(t), "of" | "on") || !doc.in_quote(t + 1) {
        return None;
    }
    let q = &doc.quotes[doc.quote_of[t + 1]?];
    let title = doc.text[q.start..q.end].trim_end_matches([',', '.']);
    let words = title.split_whitespace().count();
    (words <= 8 && title.starts_with(|c: char| c.is_uppercase())).then(|| title.to_string())
}

/// Participles that name an occasion by the place or body it is about.
const OCCASIONS: &[&str] = &[
    "dedicating",
    "addressing",
    "visiting",
    "touring",
    "inaugurating",
    "opening",
];

/// "said outside the court", "told reporters outside Parliament": where
/// the speaker stood, right after the reporting verb or its audience.
/// `t` is the word "outside".
fn outside(doc: &Document, t: usize, last: usize) -> Option<String> {
    /// "outside the High Court in Nairobi" at most.
    const REACH: usize = 5;
    if t == 0 || t + 1 >= last {
        return None;
    }
    let before = doc.word(t - 1);
    let after_cue = lexicon::is_reporting_verb(before)
        || matches!(
            before,
            "reporters" | "journalists" | "supporters" | "speaking"
        );
    if !after_cue {
        return None;
    }
    let mut k = t + 1;
    if matches!(doc.word(k), "the" | "a" | "his" | "her" | "their" | "its") {
        k += 1;
    }
    let start = k;
    while k < last && k - start < REACH && doc.tokens[k].is_word && !doc.in_quote(k) {
        let w = doc.word(k);
        if matches!(
            w,
            "on" | "after" | "before" | "when" | "as" | "that" | "and" | "to"
        ) {
            break;
        }
        k += 1;
    }
    (k > start).then(|| doc.text[doc.tokens[t].start..doc.tokens[k - 1].end].to_string())
}

/// "dedicating the Museum of Modern Art", "addressing the National Assembly":
/// an occasion participle with a named object is where the words were said.
fn occasion(doc: &Document, t: usize, last: usize) -> Option<String> {
    if !OCCASIONS.contains(&doc.word(t)) {
        return None;
    }
    let mut k = t + 1;
    if k < last && doc.word(k) == "the" {
        k += 1;
    }
    let start = k;
    let mut end = None;
    while k < last && !doc.in_quote(k) && doc.tokens[k].is_word {
        let w = doc.word(k);
        if is_capitalized(w) && !lexicon::is_stop_capital(w) {
            end = Some(k + 1);
        } else if !(end.is_some() && matches!(w, "of" | "and" | "for" | "on")) {
            break;
        }
        k += 1;
    }
    let end = end.filter(|&e| e > start)?;
    Some(doc.text[doc.tokens[t].start..doc.tokens[end - 1].end].to_string())
}

fn matches_at(doc: &Document, t: usize, last: usize, head: &[&str]) -> bool {
    t + head.len() <= last
        && head
            .iter()
            .enumerate()
            .all(|(k, h)| doc.word(t + k).eq_ignore_ascii_case(h) && !doc.in_quote(t + k))
}

/// Extends a venue over "with CNN", "in Jerusalem", "at the Prime Minister's
/// office in Jerusalem": a link word followed by a short phrase ending in a name.
fn extend(doc: &Document, mut b: usize, last: usize) -> usize {
    loop {
        if b >= last || !LINKS.contains(&doc.word(b)) || doc.in_quote(b) {
            return b;
        }
        let mut k = b + 1;
        let mut end = None;
        while k < last && k - b <= 6 {
            let w = doc.word(k);
            if doc.in_quote(k) || !doc.tokens[k].is_word {
                break;
            }
            if is_capitalized(w) && !lexicon::is_stop_capital(w) {
                end = Some(k + 1);
            } else if !DETERMINERS.contains(&w) && (end.is_some() || k - b > 2) {
                // A name ended, or too many lower-case words: the venue stops here.
                break;
            }
            k += 1;
        }
        match end {
            Some(e) => b = e,
            None => return b,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn venue(text: &str) -> Option<String> {
        let d = Document::new(text);
        venue_in(&d, 0, d.tokens.len()).map(|v| v.text)
    }

    #[test]
    fn a_court_heard_is_the_court_the_story_names() {
        let text = "The trial at Teesside Crown Court entered its third day. \
                    The barmaid told the court she had seen the fight.";
        let d = Document::new(text);
        let second = d.sentences[1];
        assert_eq!(
            venue_in(&d, second.first, second.last)
                .map(|v| v.text)
                .as_deref(),
            Some("told the court at Teesside Crown Court")
        );
        // With no court named, the audience alone.
        assert_eq!(
            venue("She told the court she had seen the fight.").as_deref(),
            Some("told the court")
        );
        // "The Court" opening a sentence is no court's name.
        assert_eq!(
            venue("She told jurors she was afraid. The Court rose.").as_deref(),
            Some("told jurors")
        );
    }

    #[test]
    fn finds_settings_with_their_place_or_outlet() {
        assert_eq!(
            venue("Lee said at a news conference in Paris on Monday.").as_deref(),
            Some("a news conference in Paris")
        );
        assert_eq!(
            venue("Lee said at a board meeting on Monday.").as_deref(),
            Some("a board meeting")
        );
        assert_eq!(
            venue("Lee said in an interview with Radio Nowhere.").as_deref(),
            Some("an interview with Radio Nowhere")
        );
        assert_eq!(
            venue("Lee said in a statement.").as_deref(),
            Some("a statement")
        );
        assert_eq!(
            venue("Lee told USA Today on Monday that it was over.").as_deref(),
            Some("told USA Today")
        );
        assert_eq!(
            venue("Lee tweeted late at night.").as_deref(),
            Some("Twitter")
        );
        assert_eq!(
            venue(
                "On Sunday\u{2019}s episode of \u{201c}Morning Talk,\u{201d} Lee said it was over."
            )
            .as_deref(),
            Some("Sunday\u{2019}s episode of Morning Talk")
        );
    }

    #[test]
    fn an_occasion_participle_names_the_setting() {
        assert_eq!(
            venue("Lee, opening the New Town Library on Monday, said it was time.").as_deref(),
            Some("opening the New Town Library")
        );
        assert_eq!(venue("Lee, opening the door, said it was time."), None);
    }

    #[test]
    fn according_to_a_statement_is_a_setting() {
        assert_eq!(
            venue("The bridge is safe, according to a statement from the council.").as_deref(),
            Some("a statement")
        );
        assert_eq!(venue("Lee went to the hearing."), None);
    }

    #[test]
    fn the_place_after_an_audience_is_part_of_the_setting() {
        assert_eq!(
            venue("Speaking to reporters in Bandung, Lee said it was over.").as_deref(),
            Some("Speaking to reporters in Bandung")
        );
        assert_eq!(
            venue("Lee told journalists at the White House on Monday.").as_deref(),
            Some("told journalists at the White House")
        );
        // A month is when, not where.
        assert_eq!(
            venue("Lee told reporters in March it was over.").as_deref(),
            Some("told reporters")
        );
    }

    #[test]
    fn written_reports_and_teleconferences_are_settings() {
        assert_eq!(
            venue("Ann Lee, an analyst at a bank, wrote in a research report.").as_deref(),
            Some("a research report")
        );
        assert_eq!(
            venue("The patient wrote in the case report that he had slept badly.").as_deref(),
            Some("the case report")
        );
        assert_eq!(
            venue("Lee said in a teleconference with reporters.").as_deref(),
            Some("a teleconference")
        );
        assert_eq!(
            venue("Lee said at a fireside chat at the Harbor Summit.").as_deref(),
            Some("a fireside chat at the Harbor Summit")
        );
        assert_eq!(
            venue("Lee said in a webinar introducing her paper.").as_deref(),
            Some("a webinar")
        );
        assert_eq!(
            venue("Lee said in the earnings release.").as_deref(),
            Some("the earnings release")
        );
        assert_eq!(
            venue("After the hearing, Lee issued a statement saying it was over.").as_deref(),
            Some("a statement")
        );
        assert_eq!(
            venue("Harbor Weekly quoted Ann Lee, a former official, as saying it was over.")
                .as_deref(),
            Some("quoted by Harbor Weekly")
        );
        assert_eq!(
            venue("Ann Lee, quoted by Harbor Weekly, said it was over.").as_deref(),
            Some("quoted by Harbor Weekly")
        );
        assert_eq!(
            venue("Ann Lee commented on his death to The Harbor Weekly.").as_deref(),
            Some("commented on his death to The Harbor Weekly")
        );
        // Next to an occasion is not at it.
        assert_eq!(
            venue("Lee said before the interview that it was over."),
            None
        );
        // Being part of a study is no setting for the words.
        assert_eq!(
            venue("Lee, who was not involved in the study, said so."),
            None
        );
    }

    #[test]
    fn a_meeting_recounted_by_an_earlier_telling_is_not_the_setting() {
        assert_eq!(
            venue("Lee said in a meeting with Ann Roe that it was over.").as_deref(),
            Some("a meeting with Ann Roe")
        );
        assert_eq!(
            venue("Lee said he had told Ann Roe, during their meeting in Paris, that it was over."),
            None
        );
        assert_eq!(
            venue("Lee said on the parliament floor that it was over.").as_deref(),
            Some("the parliament floor")
        );
        assert_eq!(venue("Lee said the ground floor was flooded."), None);
    }

    #[test]
    fn a_venue_word_without_a_preposition_is_no_setting() {
        assert_eq!(venue("The interview lasted an hour."), None);
        assert_eq!(venue("Lee said to look on your bank statement."), None);
    }
}
