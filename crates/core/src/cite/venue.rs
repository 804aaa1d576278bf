//! The venue phrase of an attribution: which preposition and article a setting
//! takes ("at a press conference in Jerusalem", "in an interview with CNN",
//! "in a statement", "on X"). The words live in `venue_prepositions.txt`.

use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ArticleRule {
    Indefinite,
    Definite,
    None,
}

#[derive(Debug)]
struct Entry {
    preposition: String,
    article: ArticleRule,
    words: Vec<String>,
}

fn lexicon() -> &'static [Entry] {
    static LEXICON: OnceLock<Vec<Entry>> = OnceLock::new();
    LEXICON.get_or_init(|| parse_lexicon(include_str!("venue_prepositions.txt")))
}

fn parse_lexicon(data: &str) -> Vec<Entry> {
    let mut entries = Vec::new();
    for line in data.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let parts: Vec<&str> = line.split('|').map(str::trim).collect();
        let [preposition, article, heads] = parts[..] else {
            continue;
        };
        let article = match article {
            "a" => ArticleRule::Indefinite,
            "the" => ArticleRule::Definite,
            _ => ArticleRule::None,
        };
        for head in heads.split(',').map(str::trim).filter(|h| !h.is_empty()) {
            entries.push(Entry {
                preposition: preposition.to_string(),
                article,
                words: head.split_whitespace().map(str::to_string).collect(),
            });
        }
    }
    entries
}

/// Words that already introduce a venue; such a phrase is used as written.
const PREPOSITIONS: &[&str] = &[
    "at", "in", "on", "during", "before", "after", "to", "from", "via", "while", "through", "over",
    "outside", "inside", "aboard", "near", "speaking", "when", "as", "by", "with",
];

/// Words that already determine the noun, so no article is added.
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
    "those",
];

/// Words that begin the modifiers of a venue: the head noun comes before them.
const MODIFIER_STARTS: &[&str] = &["with", "in", "at", "of", "to", "on", "for", "before", "by"];

/// How many leading adjectives may stand before a known head ("a hastily
/// arranged news conference").
const MAX_WORDS_BEFORE_HEAD: usize = 3;

/// Word characters of `w`, lowercase, without surrounding punctuation.
fn bare(w: &str) -> String {
    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '&' && c != '-')
        .to_lowercase()
}

/// The venue as it reads after "said": with its preposition and, where the
/// noun needs one, its article.
pub fn venue_phrase(venue: &str) -> String {
    let venue = venue.split_whitespace().collect::<Vec<_>>().join(" ");
    let words: Vec<&str> = venue.split(' ').filter(|w| !w.is_empty()).collect();
    let Some(first) = words.first() else {
        return String::new();
    };
    let first_bare = bare(first);
    if PREPOSITIONS.contains(&first_bare.as_str()) {
        return venue;
    }
    // Possessives ("Monday's briefing", "CNN's") determine the noun as well.
    let has_determiner = DETERMINERS.contains(&first_bare.as_str())
        || (first.ends_with("'s") || first.ends_with("’s")) && words.len() > 1;
    let body_start = usize::from(has_determiner);

    match find_head(&words[body_start..]) {
        Some(Head {
            entry,
            is_proper_name,
            plural,
            ..
        }) => {
            let article = if has_determiner || plural {
                None
            } else {
                match entry.article {
                    // "the Munich Security Conference": a name takes "the".
                    ArticleRule::Indefinite if is_proper_name => Some("the".to_string()),
                    ArticleRule::Indefinite => Some(indefinite_article(first).to_string()),
                    ArticleRule::Definite => Some("the".to_string()),
                    ArticleRule::None => None,
                }
            };
            join(&entry.preposition, article.as_deref(), &venue)
        }
        None => {
            let article = if has_determiner {
                None
            } else if starts_uppercase(first) {
                // A name: "at Davos", "at the White House".
                (words.len() > 1).then(|| "the".to_string())
            } else {
                Some(indefinite_article(first).to_string())
            };
            join("at", article.as_deref(), &venue)
        }
    }
}

/// Words that name a day or month: a venue made of them is a date that
/// went astray ("Wednesday"), not a place.
const DATE_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tomorrow",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Small words a place name may hold in lowercase ("Bank of England").
const NAME_SMALL_WORDS: &[&str] = &["of", "the", "and", "de", "du", "la", "for", "on"];

/// Whether an extracted venue reads as a place or an occasion, so it may
/// enter an attribution sentence: a known kind of setting ("a joint news
/// conference", "remarks to reporters", "during a visit to Kyiv") or a
/// place's name ("Jerusalem", "the White House"). A badly extracted venue
/// ("a joint statements", "what he called") does not.
pub fn reads_as_venue(venue: &str) -> bool {
    let words: Vec<&str> = venue.split_whitespace().collect();
    if words.is_empty() || words.len() > 12 {
        return false;
    }
    let mut body: &[&str] = &words;
    if PREPOSITIONS.contains(&bare(body[0]).as_str()) {
        body = &body[1..];
    }
    let determiner = body
        .first()
        .map(|w| bare(w))
        .filter(|w| DETERMINERS.contains(&w.as_str()));
    if determiner.is_some() {
        body = &body[1..];
    }
    let Some(first) = body.first() else {
        return false;
    };
    if DATE_WORDS.contains(&bare(first).as_str()) {
        return false;
    }
    match find_head(body) {
        Some(head) => {
            // "a joint statements", "a remarks": a singular article before a plural.
            let last = bare(body[head.start + head.entry.words.len() - 1]);
            let plural = head.plural
                || head.entry.article == ArticleRule::None
                    && last.ends_with('s')
                    && !last.ends_with("ss")
                    && !last.ends_with("us");
            let singular_article = matches!(determiner.as_deref(), Some("a" | "an"));
            !(singular_article && plural)
        }
        None => body.iter().enumerate().all(|(i, w)| {
            starts_uppercase(w) || i > 0 && NAME_SMALL_WORDS.contains(&bare(w).as_str())
        }),
    }
}

/// The venue as an AP attribution reads it, or `None` when it does not read
/// as a place or occasion. AP prefers "news conference" to "press conference".
pub fn ap_venue(venue: &str) -> Option<String> {
    if !reads_as_venue(venue) {
        return None;
    }
    Some(venue_phrase(venue).replace("press conference", "news conference"))
}

fn join(preposition: &str, article: Option<&str>, venue: &str) -> String {
    match article {
        Some(a) => format!("{preposition} {a} {venue}"),
        None => format!("{preposition} {venue}"),
    }
}

/// The head noun of a venue as the lexicon knows it.
struct Head {
    start: usize,
    entry: &'static Entry,
    /// Written as part of a name ("Security Conference").
    is_proper_name: bool,
    /// A plural of a countable head ("joint statements"): no "a" before it.
    plural: bool,
}

/// Whether `have` is `want` itself, or its plural when `may_be_plural`.
fn same_word(want: &str, have: &str, may_be_plural: bool) -> Option<bool> {
    if want == have {
        return Some(false);
    }
    let plural = have.strip_suffix("es").filter(|s| *s == want).is_some()
        || have.strip_suffix('s').filter(|s| *s == want).is_some();
    (may_be_plural && plural).then_some(true)
}

fn find_head(words: &[&str]) -> Option<Head> {
    let lowered: Vec<String> = words.iter().map(|w| bare(w)).collect();
    for start in 0..words.len().min(MAX_WORDS_BEFORE_HEAD + 1) {
        if start > 0 && MODIFIER_STARTS.contains(&lowered[start].as_str()) {
            break;
        }
        let best = lexicon()
            .iter()
            .filter_map(|e| {
                if lowered.len() < start + e.words.len() {
                    return None;
                }
                let last = e.words.len() - 1;
                let mut plural = false;
                for (i, (want, have)) in e.words.iter().zip(&lowered[start..]).enumerate() {
                    let countable = i == last && e.article == ArticleRule::Indefinite;
                    plural |= same_word(want, have, countable)?;
                }
                Some((e, plural))
            })
            .max_by_key(|(e, _)| e.words.len());
        if let Some((entry, plural)) = best {
            let head_capitalised = words[start..start + entry.words.len()]
                .iter()
                .all(|w| starts_uppercase(w));
            if start > 0 && head_capitalised && !starts_uppercase(words[0]) {
                // A name inside the venue's modifiers ("entrevista con Radio
                // Sur"), not its head.
                continue;
            }
            return Some(Head {
                start,
                entry,
                is_proper_name: start > 0 && head_capitalised,
                plural,
            });
        }
    }
    None
}

fn starts_uppercase(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// "a" or "an" by the sound of the next word, as far as spelling tells it.
pub fn indefinite_article(next: &str) -> &'static str {
    let word: String = next.chars().filter(|c| c.is_alphanumeric()).collect();
    let lower = word.to_lowercase();
    let is_acronym = word.chars().count() > 1 && word.chars().all(|c| c.is_uppercase());
    if is_acronym {
        // Read letter by letter: "an NBC interview", "a CNN interview".
        return match word.chars().next() {
            Some('A' | 'E' | 'F' | 'H' | 'I' | 'L' | 'M' | 'N' | 'O' | 'R' | 'S' | 'X') => "an",
            _ => "a",
        };
    }
    const VOWEL_SOUNDING_H: &[&str] = &["hour", "honest", "honor", "honour", "heir"];
    const CONSONANT_SOUNDING_VOWEL: &[&str] = &["uni", "use", "usu", "uti", "eu", "one", "once"];
    if VOWEL_SOUNDING_H.iter().any(|p| lower.starts_with(p)) {
        return "an";
    }
    if CONSONANT_SOUNDING_VOWEL
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return "a";
    }
    match lower.chars().next() {
        Some('a' | 'e' | 'i' | 'o' | 'u') => "an",
        _ => "a",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn the_venue_is_kept_whole_after_its_preposition(venue in "[A-Za-zé' ]{1,60}") {
            let normalized = venue.split_whitespace().collect::<Vec<_>>().join(" ");
            let phrase = venue_phrase(&venue);
            prop_assert!(phrase.ends_with(&normalized));
        }
    }

    #[test]
    fn the_issue_examples() {
        assert_eq!(
            venue_phrase("press conference in Jerusalem"),
            "at a press conference in Jerusalem"
        );
        assert_eq!(
            venue_phrase("interview with CNN"),
            "in an interview with CNN"
        );
        assert_eq!(venue_phrase("statement"), "in a statement");
        assert_eq!(venue_phrase("X"), "on X");
    }

    #[test]
    fn adjectives_before_the_head() {
        assert_eq!(
            venue_phrase("joint news conference"),
            "at a joint news conference"
        );
        assert_eq!(
            venue_phrase("exclusive interview with a local paper"),
            "in an exclusive interview with a local paper"
        );
        assert_eq!(venue_phrase("CNN interview"), "in a CNN interview");
        assert_eq!(venue_phrase("NBC interview"), "in an NBC interview");
    }

    #[test]
    fn a_venue_with_its_own_article_or_preposition_is_kept() {
        assert_eq!(
            venue_phrase("his Truth Social account"),
            "on his Truth Social account"
        );
        assert_eq!(venue_phrase("a rally in Ohio"), "at a rally in Ohio");
        assert_eq!(
            venue_phrase("during a visit to Kyiv"),
            "during a visit to Kyiv"
        );
        assert_eq!(
            venue_phrase("the sidelines of the summit"),
            "on the sidelines of the summit"
        );
        assert_eq!(
            venue_phrase("sidelines of the summit"),
            "on the sidelines of the summit"
        );
    }

    #[test]
    fn plurals_platforms_and_names() {
        assert_eq!(
            venue_phrase("remarks to reporters"),
            "in remarks to reporters"
        );
        assert_eq!(venue_phrase("Truth Social"), "on Truth Social");
        assert_eq!(
            venue_phrase("Munich Security Conference"),
            "at the Munich Security Conference"
        );
        assert_eq!(venue_phrase("Davos"), "at Davos");
        assert_eq!(venue_phrase("White House"), "at the White House");
        assert_eq!(venue_phrase("town hall"), "at a town hall");
        assert_eq!(venue_phrase("unveiling"), "at an unveiling");
        assert_eq!(
            venue_phrase("entrevista con Radio Sur"),
            "at an entrevista con Radio Sur"
        );
    }

    #[test]
    fn only_places_and_occasions_enter_the_sentence() {
        for good in [
            "press conference in Jerusalem",
            "a joint news conference",
            "remarks to reporters",
            "during a visit to Kyiv",
            "Jerusalem",
            "the White House",
            "Bank of England",
            "his Truth Social account",
        ] {
            assert!(reads_as_venue(good), "{good}");
        }
        for bad in [
            "a joint statements",
            "what he called a betrayal",
            "Wednesday",
            "on Feb. 7",
            "",
            "a remarks",
        ] {
            assert!(!reads_as_venue(bad), "{bad}");
        }
    }

    #[test]
    fn ap_prefers_news_conference() {
        assert_eq!(
            ap_venue("press conference").as_deref(),
            Some("at a news conference")
        );
        assert_eq!(ap_venue("a joint statements"), None);
    }

    #[test]
    fn plural_settings_take_no_article() {
        assert_eq!(
            venue_phrase("joint statements with Israeli President Isaac Herzog"),
            "in joint statements with Israeli President Isaac Herzog"
        );
        assert_eq!(venue_phrase("interviews"), "in interviews");
        assert_eq!(venue_phrase("press conferences"), "at press conferences");
    }

    #[test]
    fn a_and_an() {
        assert_eq!(indefinite_article("hour-long"), "an");
        assert_eq!(indefinite_article("university"), "a");
        assert_eq!(indefinite_article("interview"), "an");
        assert_eq!(indefinite_article("FBI"), "an");
        assert_eq!(indefinite_article("CNN"), "a");
    }

    #[test]
    fn the_lexicon_parses_every_line() {
        assert!(lexicon().len() > 50);
        assert!(lexicon().iter().all(|e| !e.words.is_empty()));
    }
}
