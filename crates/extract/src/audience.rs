//! Settings told by who heard the words or where they were posted: "told the
//! press", "speaking to Wikinews", "told USA Today", "spoke on Fox News",
//! "via Twitter".

use std::sync::LazyLock;

use super::document::Document;
use super::lexicon::{self, FastSet};
use super::tokens::{is_capitalized, lone_capital};

static AUDIENCES: LazyLock<FastSet<&str>> =
    LazyLock::new(|| word_list(include_str!("lexicon/audiences.txt")));
static PLATFORMS: LazyLock<FastSet<&str>> =
    LazyLock::new(|| word_list(include_str!("lexicon/platforms.txt")));

/// Whether `word` names a social platform ("Reddit", "Weibo").
pub fn is_platform(word: &str) -> bool {
    PLATFORMS.contains(word)
}

fn word_list(data: &'static str) -> FastSet<&'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// A setting read from the audience: the phrase as written, and the name of
/// the audience when it is a name ("USA Today"), which the caller may find to
/// be a person of the article ("told Lee" is no setting).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heard {
    pub phrase: String,
    pub named: Option<String>,
}

/// The audiences that are occasions, not groups of people: a speaker's own
/// ("his weekly briefing") is still where the words were said.
const OCCASIONS: &[&str] = &[
    "press",
    "news",
    "conference",
    "briefing",
    "hearing",
    "rally",
    "meeting",
    "summit",
    "gathering",
    "session",
];

/// Verbs whose object is the audience itself ("told the press").
fn tells(w: &str) -> bool {
    matches!(
        w,
        "told"
            | "telling"
            | "tells"
            | "tell"
            | "addressing"
            | "addressed"
            | "informed"
            | "informing"
    )
}

/// Verbs that take their audience after "to" ("speaking to reporters").
fn speaks_to(w: &str) -> bool {
    matches!(
        w,
        "speaking"
            | "spoke"
            | "speaks"
            | "talking"
            | "talked"
            | "talks"
            | "said"
            | "says"
            | "explained"
            | "commented"
            | "wrote"
            | "writing"
            | "remarked"
    )
}

/// "commented on his death to", "spoke about the crash to": the "to" after
/// a short topic set off by "on" or "about", for the verbs of speaking that
/// take one.
fn topic_then_to(doc: &Document, t: usize, w: &str, last: usize) -> Option<usize> {
    /// "on the death of the former minister to".
    const TOPIC_WORDS: usize = 7;
    if !matches!(w, "commented" | "spoke" | "speaking" | "talked" | "talking")
        || t + 2 >= last
        || !matches!(doc.word(t + 1), "on" | "about")
    {
        return None;
    }
    (t + 2..(t + 2 + TOPIC_WORDS).min(last))
        .take_while(|&k| !doc.in_quote(k) && !matches!(doc.word(k), "," | "." | ";"))
        .find(|&k| doc.word(k) == "to")
}

/// Of those, the verbs whose audience may be a name after a lower-case "the"
/// ("speaking to the Daily Planet").
fn speaks_to_a_name(w: &str) -> bool {
    matches!(
        w,
        "speaking" | "spoke" | "speaks" | "talking" | "talked" | "talks"
    )
}

/// "trade talks with Peru", "the talks with": after a determiner or a
/// lower-case modifier, "talks" is the noun, the negotiation, not someone
/// talking ("Lee talks with Radio Nowhere", "she often talks with").
fn talks_noun(doc: &Document, t: usize) -> bool {
    if doc.word(t) != "talks" || t == 0 || !doc.tokens[t - 1].is_word {
        return false;
    }
    let before = doc.word(t - 1);
    before.starts_with(|c: char| c.is_lowercase())
        && lexicon::pronoun(before).is_none()
        && !before.ends_with("ly")
        && !matches!(
            before,
            "who" | "that" | "also" | "often" | "still" | "now" | "rarely" | "never"
        )
}

/// Verbs that take a broadcaster after "on" ("spoke on Fox News").
fn appears_on(w: &str) -> bool {
    matches!(
        w,
        "speaking" | "spoke" | "speaks" | "appeared" | "appearing" | "appears" | "said" | "says"
    )
}

/// The setting that starts at token `t` (outside quotes), if any.
pub fn heard_at(doc: &Document, t: usize, last: usize) -> Option<Heard> {
    let written = doc.word(t);
    // "Speaking to reporters, Lee said": the verb may open the sentence.
    // Only its first letter lowered, on the stack: this runs at every word.
    let mut buf = [0u8; 16];
    let w = if written.len() <= buf.len() && written.starts_with(|c: char| c.is_ascii_uppercase()) {
        buf[..written.len()].copy_from_slice(written.as_bytes());
        buf[0] = buf[0].to_ascii_lowercase();
        std::str::from_utf8(&buf[..written.len()]).unwrap_or(written)
    } else {
        written
    };
    if w == "tweeted" || w == "tweets" {
        return Some(Heard {
            phrase: "Twitter".to_string(),
            named: None,
        });
    }
    // "on Twitter", "via Facebook": the platform is the setting.
    // The cheap test first: this runs at every word.
    // "on X.": the platform is the letter.
    let platform = lone_capital(written).unwrap_or(written);
    if t > 0 && matches!(doc.word(t - 1), "on" | "via" | "through") && PLATFORMS.contains(platform)
    {
        return Some(Heard {
            phrase: platform.to_string(),
            named: None,
        });
    }
    if w == "quoted" {
        return quoted_by(doc, t, last);
    }
    // "spoke briefly to reporters": one adverb may stand before "to".
    // (Read only after a verb that speaks to someone: this runs at every
    // word.)
    let to_after = || {
        let to_at = if t + 2 < last && doc.word(t + 1).ends_with("ly") && doc.word(t + 2) == "to" {
            t + 2
        } else {
            t + 1
        };
        (to_at < last && doc.word(to_at) == "to").then_some(to_at + 1)
    };
    let object_at = if tells(w) {
        t + 1
    } else if let Some(object) = speaks_to(w).then(to_after).flatten() {
        object
    } else if let Some(to) = topic_then_to(doc, t, w, last) {
        // "commented on the death to The EastAfrican": only a named outlet.
        return named_outlet(doc, t, to + 1, last, true);
    } else if t + 1 < last
        && doc.word(t + 1) == "with"
        && speaks_to_a_name(w)
        && !talks_noun(doc, t)
    {
        // "spoke with Radio Nowhere": only a named outlet, as a person spoken
        // with is no setting (the caller checks the article's people).
        return named_outlet(doc, t, t + 2, last, true);
    } else if t + 1 < last && doc.word(t + 1) == "on" && appears_on(w) {
        // "said on \"Fox News Sunday\"": a programme's title in quote marks.
        let programme = quoted_title_at(doc, t + 2, last).filter(|&end| end >= t + 6);
        if let Some(end) = programme {
            return Some(Heard {
                phrase: doc.text[doc.tokens[t].start..doc.tokens[end - 1].end].to_string(),
                named: None,
            });
        }
        // Only a named broadcaster: "spoke on the phone" is no setting.
        return named_outlet(doc, t, t + 2, last, false);
    } else {
        return None;
    };
    if object_at >= last || doc.in_quote(object_at) {
        return None;
    }
    // "told the press", "speaking to reporters": an audience noun.
    let mut k = object_at;
    // "told his regular morning press conference": a possessive may open an
    // occasion, though not a group ("told his supporters" is no setting).
    let possessed = k < last && matches!(doc.word(k), "his" | "her" | "their" | "its" | "our");
    if k < last && (possessed || matches!(doc.word(k), "the" | "a" | "an")) {
        k += 1;
    }
    // Up to two lower-case modifiers before the noun ("told a news
    // conference", "addressing a campaign rally").
    // A possessive makes a group of the speaker's own ("told his
    // supporters"), not a setting.
    let is_modifier = |k: usize| {
        let w = doc.word(k);
        doc.tokens[k].is_word
            && w.starts_with(|c: char| c.is_ascii_lowercase())
            && !matches!(w, "his" | "her" | "their" | "its" | "our" | "my" | "your")
            // "told her during a meeting": "her" was the audience, and a
            // phrase follows it.
            && !(possessed && matches!(w, "a" | "an" | "the" | "during" | "in" | "at" | "on" | "about" | "that"))
    };
    for noun_at in k..(k + 3).min(last) {
        if doc.in_quote(noun_at) {
            break;
        }
        if AUDIENCES.contains(doc.word(noun_at)) {
            if possessed && !OCCASIONS.contains(&doc.word(noun_at)) {
                return None;
            }
            // "told a press briefing", "told a news conference": the noun
            // may be the first of two.
            let mut end = noun_at;
            while end + 1 < last && !doc.in_quote(end + 1) && AUDIENCES.contains(doc.word(end + 1))
            {
                end += 1;
            }
            let end = place_after(doc, end + 1, last).unwrap_or(end);
            return Some(Heard {
                phrase: doc.text[doc.tokens[t].start..doc.tokens[end].end].to_string(),
                named: None,
            });
        }
        if !is_modifier(noun_at) {
            break;
        }
    }
    // After "said to", a lower-case "the" starts a description ("said to the
    // Republican base"), not an outlet's name.
    named_outlet(doc, t, object_at, last, tells(w) || speaks_to_a_name(w))
}

/// "told reporters in Bandung", "speaking to journalists at the White
/// House", "told reporters outside the court building": the place after
/// the audience, where the words were said. Returns its last token. (Not a
/// month or a day: "told reporters in March" names when.)
fn place_after(doc: &Document, at: usize, last: usize) -> Option<usize> {
    /// A place's name in capitals is rarely longer.
    const PLACE_WORDS: usize = 4;
    /// "the Misamis Oriental provincial police headquarters": lower-case
    /// words may end a named place, up to its noun.
    const TAIL_WORDS: usize = 3;
    // ("told reporters aboard the ship", "inside the stadium", "on the
    // tarmac".)
    if at + 1 >= last
        || !matches!(
            doc.word(at),
            "in" | "at" | "outside" | "aboard" | "inside" | "near" | "on"
        )
    {
        return None;
    }
    let mut k = at + 1;
    if doc.word(k) == "the" {
        k += 1;
    }
    let start = k;
    let in_place = |k: usize| {
        let w = doc.word(k);
        !doc.in_quote(k)
            && is_capitalized(w)
            && !lexicon::is_stop_capital(w)
            && super::time::weekday(w).is_none()
            && super::time::month(w).is_none()
    };
    while k < last && k - start < PLACE_WORDS && in_place(k) {
        k += 1;
    }
    // Lower-case words up to a noun of a place: "court building", "the
    // hallway" ("at the time", "at the end of" say when).
    let lower = |k: usize| {
        k < last
            && doc.tokens[k].is_word
            && !doc.in_quote(k)
            && doc.word(k).bytes().all(|b| b.is_ascii_lowercase())
    };
    let place_noun = (k..(k + TAIL_WORDS).min(last))
        .take_while(|&n| lower(n))
        .filter(|&n| PLACE_NOUNS.contains(&doc.word(n)))
        .last();
    if let Some(noun) = place_noun {
        // A common noun needs "the" before it, and ends the phrase: "at the
        // site of the crash" is no more than "at the site".
        let after = noun + 1;
        let ends = after >= last || !doc.tokens[after].is_word || doc.word(after) != "of";
        if (k > start || doc.word(start - 1) == "the") && ends {
            return Some(noun);
        }
    }
    (k > start).then(|| k - 1)
}

/// Lower-case words that say what kind of outlet a name is.
const MEDIA_WORDS: &[&str] = &[
    "state",
    "public",
    "national",
    "private",
    "local",
    "regional",
    "broadcaster",
    "radio",
    "television",
    "TV",
    "newspaper",
    "daily",
    "weekly",
    "news",
    "agency",
    "channel",
    "station",
    "network",
    "broadcasting",
];

/// "told Greek state broadcaster ERT", "spoke to Swiss public radio SRF":
/// a nation's adjective or none, words that say what kind of outlet it is,
/// then its name, from token `start`. The phrase runs from `t`, the verb.
fn described_outlet(doc: &Document, t: usize, start: usize, last: usize) -> Option<Heard> {
    /// An outlet's name is short.
    const NAME_WORDS: usize = 4;
    let mut k = start;
    if k < last && (lexicon::is_national(doc.word(k)) || lexicon::is_demonym(doc.word(k))) {
        k += 1;
    }
    let kinds = k;
    while k < last && k - kinds < 3 && !doc.in_quote(k) && MEDIA_WORDS.contains(&doc.word(k)) {
        k += 1;
    }
    // The last word says it is an outlet ("broadcaster", "radio"), not
    // only where it is ("state", "local").
    let outlet_noun = k > kinds
        && matches!(
            doc.word(k - 1),
            "broadcaster"
                | "radio"
                | "television"
                | "TV"
                | "newspaper"
                | "daily"
                | "weekly"
                | "agency"
                | "channel"
                | "station"
                | "network"
        );
    if !outlet_noun {
        return None;
    }
    let name = k;
    while k < last && k - name < NAME_WORDS && !doc.in_quote(k) && is_capitalized(doc.word(k)) {
        k += 1;
    }
    if k == name || lexicon::first_name_gender(doc.word(name)) != lexicon::Gender::Unknown {
        return None;
    }
    Some(Heard {
        phrase: doc.text[doc.tokens[t].start..doc.tokens[k - 1].end].to_string(),
        named: Some(doc.text[doc.tokens[name].start..doc.tokens[k - 1].end].to_string()),
    })
}

/// Common nouns for the place a story happens at, that a speaker may stand
/// at when they talk to the press.
const PLACE_NOUNS: &[&str] = &[
    "scene",
    "building",
    "hallway",
    "corridor",
    "headquarters",
    "jail",
    "prison",
    "gates",
    "steps",
    "chamber",
    "lobby",
    "site",
    "mine",
    "airport",
    "hospital",
    "station",
    "border",
    "port",
    "harbour",
    "harbor",
    "camp",
    "shelter",
    "school",
    "stadium",
    "court",
    "courthouse",
    "crossing",
    "dam",
    "factory",
    "plant",
    "village",
    "bridge",
    "embassy",
    "morgue",
    "venue",
    "track",
    "circuit",
    "terminal",
    "runway",
    "tarmac",
    "checkpoint",
    "wharf",
    "pier",
    "clinic",
    "ward",
    "church",
    "mosque",
    "cemetery",
    "square",
    "ship",
    "vessel",
    "boat",
    "quay",
    "dock",
    "courtroom",
    "office",
    "hall",
    "market",
    "farm",
    "house",
    "home",
    "field",
];

/// "Lee, quoted by Politico, said", "Politico quoted Lee as saying": the
/// outlet that quoted the words is where the reader finds them. `t` is
/// "quoted".
fn quoted_by(doc: &Document, t: usize, last: usize) -> Option<Heard> {
    /// "quoted Tim Manning, a former deputy administrator, as saying".
    const AS_SAYING_REACH: usize = 14;
    if t + 2 < last && doc.word(t + 1) == "by" {
        return named_outlet(doc, t, t + 2, last, true);
    }
    // The outlet as the subject: a run of capitals right before "quoted",
    // and "as saying" after the person quoted.
    let as_saying = (t + 1..(t + AS_SAYING_REACH).min(last)).any(|k| {
        doc.word(k) == "as" && k + 1 < last && matches!(doc.word(k + 1), "saying" | "telling")
    });
    if !as_saying || t == 0 {
        return None;
    }
    let mut a = t;
    while a > 0 && !doc.in_quote(a - 1) && is_capitalized(doc.word(a - 1)) {
        a -= 1;
    }
    if a == t || t - a > 4 {
        return None;
    }
    let outlet = doc.text[doc.tokens[a].start..doc.tokens[t - 1].end].to_string();
    Some(Heard {
        phrase: format!("quoted by {outlet}"),
        named: Some(outlet),
    })
}

/// "told USA Today", "told The New York Times", "spoke on Fox News": a short
/// run of capitals from `object_at` that is no person's name.
fn named_outlet(
    doc: &Document,
    t: usize,
    object_at: usize,
    last: usize,
    allow_the: bool,
) -> Option<Heard> {
    let mut k = object_at;
    if k < last && (matches!(doc.word(k), "The") || allow_the && doc.word(k) == "the") {
        k += 1;
    }
    let start = k;
    if let Some(heard) = described_outlet(doc, t, start, last) {
        return Some(heard);
    }
    // Mid-sentence, a capitalised "Today" after a name is part of it
    // ("USA Today"): the adverb would be written in lower case.
    let in_name = |k: usize| {
        let w = doc.word(k);
        is_capitalized(w)
            && (!lexicon::is_stop_capital(w) || (k > start && w == "Today"))
            && lexicon::title(w).is_none()
    };
    // "Voice of America": an "of" between capitals stays in the name.
    let of_inside = |k: usize| {
        k > start && k + 1 < last && doc.word(k) == "of" && !doc.in_quote(k + 1) && in_name(k + 1)
    };
    while k < last && !doc.in_quote(k) && (in_name(k) || of_inside(k)) {
        k += 1;
    }
    // The run must end the phrase: "told US Secretary Lee" stops at a title.
    let stopped_at_title = k < last && lexicon::title(doc.word(k)).is_some();
    // "Fox News": a given name opening a body's name is no person's.
    let body = (start..k).any(|j| lexicon::is_org_word(doc.word(j)));
    // "told African American radio host Ann Lee": capitals that describe a
    // post in lower case after them are no outlet's name ("told Nowhere
    // News Daily host Ann Lee" still names one).
    let describes_a_post = !body
        && (k..(k + 2).min(last))
            .take_while(|&j| {
                !doc.in_quote(j) && doc.word(j).starts_with(|c: char| c.is_lowercase())
            })
            .any(|j| {
                lexicon::is_occupation(doc.word(j))
                    // "told the BBC interviewer:" is the outlet's staff, and
                    // the outlet the setting; a post describes the capitals
                    // only when its holder's name follows.
                    && (lexicon::is_role_noun(doc.word(j))
                        || (j + 1 < last && is_capitalized(doc.word(j + 1))))
            });
    if describes_a_post {
        return None;
    }
    // "spoke with Peru", "told France": a country or a listed place is no
    // outlet, whatever was said there.
    let names_a_place = k > start && {
        let words: Vec<String> = (start..k).map(|j| doc.word(j).to_string()).collect();
        lexicon::is_listed_place(&words)
    };
    if names_a_place {
        return None;
    }
    let is_person = stopped_at_title
        || (k > start
            && !body
            && lexicon::first_name_gender(doc.word(start)) != lexicon::Gender::Unknown);
    if k > start
        && k - start <= 4
        && !is_person
        && lexicon::honorific(doc.word(start)).is_none()
        && lexicon::title(doc.word(start)).is_none()
    {
        let name = &doc.text[doc.tokens[start].start..doc.tokens[k - 1].end];
        let end = after_possessive(doc, k, last).unwrap_or(k);
        return Some(Heard {
            phrase: doc.text[doc.tokens[t].start..doc.tokens[end - 1].end].to_string(),
            named: Some(
                name.trim_end_matches("'s")
                    .trim_end_matches("\u{2019}s")
                    .to_string(),
            ),
        });
    }
    None
}

/// Words that end the programme a possessive outlet names ("MSNBC's morning
/// show when he ...").
const PHRASE_ENDS: &[&str] = &[
    "when", "that", "to", "and", "about", "on", "in", "with", "for", "as", "after", "before",
    "while", "where", "who", "which", "said", "says", "he", "she", "they", "it", "the", "a",
];

/// After a possessive name ("MSNBC's"), the programme it owns ("morning
/// news talk show Morning Joe"): the end of that phrase, if any.
fn after_possessive(doc: &Document, k: usize, last: usize) -> Option<usize> {
    let possessive = |w: &str| w.ends_with("'s") || w.ends_with("\u{2019}s");
    // "BBC Radio 4's Today programme": a station's number and its
    // possessive.
    let numbered = k < last
        && possessive(doc.word(k))
        && doc.word(k).starts_with(|c: char| c.is_ascii_digit());
    let k = if numbered { k + 1 } else { k };
    if !possessive(doc.word(k - 1)) {
        return None;
    }
    // "CNN's \"State of the Union\"": a programme's title in quote marks.
    if let Some(end) = quoted_title_at(doc, k, last) {
        return Some(end);
    }
    let mut end = None;
    let mut j = k;
    while j < last && j - k < 6 {
        let w = doc.word(j);
        if doc.in_quote(j) || !doc.tokens[j].is_word || PHRASE_ENDS.contains(&w) {
            break;
        }
        j += 1;
        end = Some(j);
    }
    end
}

/// A short title in quote marks whose opening mark is token `k`
/// ("\"State of the Union\""): the token after its closing mark.
fn quoted_title_at(doc: &Document, k: usize, last: usize) -> Option<usize> {
    /// A programme's title is a few words.
    const TITLE_WORDS: usize = 6;
    if k + 1 >= last || doc.tokens[k].is_word || !doc.in_quote(k + 1) {
        return None;
    }
    let q = &doc.quotes[doc.quote_of[k + 1]?];
    let title = &doc.text[q.start..q.end];
    let short = title.split_whitespace().count() <= TITLE_WORDS;
    if !short || !title.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let close = (k + 1..last).find(|&j| doc.tokens[j].start >= q.end && !doc.tokens[j].is_word)?;
    Some(close + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heard(text: &str) -> Option<Heard> {
        let d = Document::new(text);
        (0..d.tokens.len()).find_map(|t| heard_at(&d, t, d.tokens.len()))
    }

    fn phrase(text: &str) -> Option<String> {
        heard(text).map(|h| h.phrase)
    }

    #[test]
    fn programmes_stations_and_two_word_audiences_stay_whole() {
        assert_eq!(
            phrase("Lee told BBC Radio 4's Today programme: it was safe.").as_deref(),
            Some("told BBC Radio 4's Today programme")
        );
        assert_eq!(
            phrase("Lee told CNN's \"State of the Union\" on Sunday that it was safe.").as_deref(),
            Some("told CNN's \"State of the Union\"")
        );
        assert_eq!(
            phrase("Lee said on \"Fox News Sunday\" that it was safe.").as_deref(),
            Some("said on \"Fox News Sunday\"")
        );
        assert_eq!(
            phrase("Lee told a press briefing in Hue that it was safe.").as_deref(),
            Some("told a press briefing in Hue")
        );
        assert_eq!(
            phrase("Lee told jurors that it was safe.").as_deref(),
            Some("told jurors")
        );
        // A scare quote after "said on" is no programme.
        assert_eq!(
            phrase("Lee said on \"humanitarian grounds\" it was safe."),
            None
        );
    }

    #[test]
    fn an_audience_noun_is_the_setting() {
        assert_eq!(
            phrase("Lee said to reporters that it was safe.").as_deref(),
            Some("said to reporters")
        );
        assert_eq!(
            phrase("Lee said to the Town Council that it was safe."),
            None
        );
        assert_eq!(
            phrase("Lee said to Radio Nowhere that it was safe.").as_deref(),
            Some("said to Radio Nowhere")
        );
        assert_eq!(
            phrase("Lee told the press the bridge was safe.").as_deref(),
            Some("told the press")
        );
        assert_eq!(
            phrase("Speaking to reporters, Lee said it was safe.").as_deref(),
            Some("Speaking to reporters")
        );
        assert_eq!(
            phrase("The inspector told the court she had seen it.").as_deref(),
            Some("told the court")
        );
        assert_eq!(phrase("Lee told his brother it was safe."), None);
        assert_eq!(phrase("Lee tells her supporters it was safe."), None);
        assert_eq!(
            phrase("Lee told a news conference it was safe.").as_deref(),
            Some("told a news conference")
        );
        assert_eq!(
            phrase("Addressing the nation, Lee said it was safe.").as_deref(),
            Some("Addressing the nation")
        );
    }

    #[test]
    fn a_named_outlet_is_the_setting_and_a_name_is_kept_for_checking() {
        let h = heard("Speaking to Radio Nowhere, Lee said so.").unwrap();
        assert_eq!(h.phrase, "Speaking to Radio Nowhere");
        assert_eq!(h.named.as_deref(), Some("Radio Nowhere"));
        assert_eq!(
            phrase("Lee spoke on Channel Nine about the bridge.").as_deref(),
            Some("spoke on Channel Nine")
        );
        assert_eq!(phrase("Lee spoke on the phone with the mayor."), None);
        assert_eq!(
            phrase("Lee said on Voice of Nowhere that it was safe.").as_deref(),
            Some("said on Voice of Nowhere")
        );
        let h = heard(
            "Lee spoke on Channel Nine\u{2019}s morning talk show Good Day when she announced it.",
        )
        .unwrap();
        assert_eq!(
            h.phrase,
            "spoke on Channel Nine\u{2019}s morning talk show Good Day"
        );
        assert_eq!(h.named.as_deref(), Some("Channel Nine"));
        assert_eq!(
            phrase("Lee spoke with Radio Nowhere in June.").as_deref(),
            Some("spoke with Radio Nowhere")
        );
        assert_eq!(phrase("Lee spoke with the mayor in June."), None);
        // A given name starts a person, not an outlet.
        assert_eq!(phrase("Lee told Maria Park the bridge was safe."), None);
        // Capitals before a post in lower case describe a person.
        assert_eq!(
            phrase("Lee told Nigerian radio host Ade Bello the bridge was safe."),
            None
        );
        assert_eq!(
            phrase("Lee told Nowhere News Daily host Ade Bello the bridge was safe.").as_deref(),
            Some("told Nowhere News Daily")
        );
    }

    #[test]
    fn a_platform_after_on_or_via_is_the_setting() {
        assert_eq!(
            phrase("Lee gave her thanks via Twitter on Monday.").as_deref(),
            Some("Twitter")
        );
        assert_eq!(
            phrase("Lee wrote on Facebook that it was safe.").as_deref(),
            Some("Facebook")
        );
        assert_eq!(
            phrase("Lee tweeted that it was safe.").as_deref(),
            Some("Twitter")
        );
        assert_eq!(phrase("Twitter said the account was closed."), None);
    }
}
