//! The search box language.
//!
//! `words typed freely` are matched fuzzily (one typo per word of four letters
//! or more, the last word also as a prefix while it is being typed);
//! `"a phrase"` must appear exactly; `-word` and `-"a phrase"` exclude;
//! `speaker:NAME`, `outlet:NAME` (quotes allowed for names with spaces),
//! `from:DATE` and `to:DATE` (inclusive; `2024`, `2024-03` or `2024-03-07`)
//! filter. The same filters come from the UI's controls as [`Filters`].

use chrono::NaiveDate;

use super::tokenize::words;
use super::SearchError;

/// Filters that narrow a search, from the query text or from UI controls.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// Every name given must match the speaker's name or one of its aliases
    /// (all its words, case and accents ignored: `netanyahu` finds
    /// "Benjamin Netanyahu").
    pub speakers: Vec<String>,
    /// Every name given must match the outlet the same way.
    pub outlets: Vec<String>,
    /// Said on or after this day.
    pub from: Option<NaiveDate>,
    /// Said on or before this day.
    pub to: Option<NaiveDate>,
}

impl Filters {
    /// Both sets of filters at once (a quote must pass each).
    pub fn and(mut self, other: &Filters) -> Filters {
        self.speakers.extend(other.speakers.iter().cloned());
        self.outlets.extend(other.outlets.iter().cloned());
        self.from = self.from.max(other.from);
        self.to = match (self.to, other.to) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        self
    }

    pub fn is_empty(&self) -> bool {
        self.speakers.is_empty()
            && self.outlets.is_empty()
            && self.from.is_none()
            && self.to.is_none()
    }
}

/// A parsed query.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// Freely typed words, normalized, in the order typed.
    pub words: Vec<String>,
    /// Whether the last of `words` is still being typed (no space after it),
    /// so it also matches as a prefix.
    pub last_is_prefix: bool,
    /// Exact phrases, as normalized word sequences.
    pub phrases: Vec<Vec<String>>,
    /// Words or phrases a quote must not contain.
    pub excluded: Vec<Vec<String>>,
    pub filters: Filters,
}

impl Query {
    /// True when nothing narrows the text: the newest quotes are listed.
    pub fn has_no_text(&self) -> bool {
        self.words.is_empty() && self.phrases.is_empty()
    }
}

/// Splits the query into whitespace-separated parts, keeping `"quoted runs"`
/// (also after `name:` or `-`) together. An unclosed quote runs to the end,
/// which is what a query being typed looks like.
fn split_parts(input: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut in_quotes = false;
    for c in input.chars() {
        if is_quote_mark(c) {
            in_quotes = !in_quotes;
            current.push('"');
        } else if c.is_whitespace() && !in_quotes {
            if !current.is_empty() {
                parts.push(std::mem::take(&mut current));
            }
        } else {
            current.push(c);
        }
    }
    if !current.is_empty() {
        parts.push(current);
    }
    parts
}

fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}'
    )
}

fn unquote(s: &str) -> &str {
    s.trim_matches('"')
}

/// Parses a date as the day it starts (`from`) or ends (`to`): `2024` is the
/// whole year, `2024-03` the whole month.
pub fn parse_date_bound(value: &str, end_of_period: bool) -> Result<NaiveDate, SearchError> {
    let bad = || SearchError::InvalidDate(value.to_owned());
    let fields: Vec<&str> = value.split('-').collect();
    let number = |s: &str| s.parse::<u32>().map_err(|_| bad());
    match fields.as_slice() {
        [y] if y.len() == 4 => {
            let year = number(y)? as i32;
            let (m, d) = if end_of_period { (12, 31) } else { (1, 1) };
            NaiveDate::from_ymd_opt(year, m, d).ok_or_else(bad)
        }
        [y, m] if y.len() == 4 => {
            let first =
                NaiveDate::from_ymd_opt(number(y)? as i32, number(m)?, 1).ok_or_else(bad)?;
            if end_of_period {
                let next = first
                    .checked_add_months(chrono::Months::new(1))
                    .ok_or_else(bad)?;
                next.pred_opt().ok_or_else(bad)
            } else {
                Ok(first)
            }
        }
        [y, m, d] if y.len() == 4 => {
            NaiveDate::from_ymd_opt(number(y)? as i32, number(m)?, number(d)?).ok_or_else(bad)
        }
        _ => Err(bad()),
    }
}

/// Parses the text of the search box.
pub fn parse(input: &str) -> Result<Query, SearchError> {
    let mut query = Query::default();
    let parts = split_parts(input);
    // A trailing apostrophe ("but i don'") is a word still being typed too.
    let mut tail = input.chars().rev();
    let ends_open = match tail.next() {
        Some(c) if super::tokenize::is_apostrophe(c) => {
            tail.next().is_some_and(char::is_alphanumeric)
        }
        Some(c) => c.is_alphanumeric(),
        None => false,
    };
    let mut last_part_was_word = false;
    for part in &parts {
        last_part_was_word = false;
        if let Some((key, value)) = part.split_once(':') {
            let value = unquote(value).trim();
            let known = match key.to_ascii_lowercase().as_str() {
                "speaker" => {
                    if !value.is_empty() {
                        query.filters.speakers.push(value.to_owned());
                    }
                    true
                }
                "outlet" => {
                    if !value.is_empty() {
                        query.filters.outlets.push(value.to_owned());
                    }
                    true
                }
                "from" => {
                    if !value.is_empty() {
                        let day = parse_date_bound(value, false)?;
                        query.filters.from = query.filters.from.max(Some(day));
                    }
                    true
                }
                "to" => {
                    if !value.is_empty() {
                        let day = parse_date_bound(value, true)?;
                        query.filters.to = Some(query.filters.to.map_or(day, |t| t.min(day)));
                    }
                    true
                }
                _ => false,
            };
            if known {
                continue;
            }
        }
        if let Some(rest) = part.strip_prefix('-').filter(|r| !r.is_empty()) {
            let excluded = words(unquote(rest));
            if !excluded.is_empty() {
                query.excluded.push(excluded);
            }
            continue;
        }
        if part.starts_with('"') {
            let phrase = words(unquote(part));
            if !phrase.is_empty() {
                query.phrases.push(phrase);
            }
            continue;
        }
        let typed = words(part);
        last_part_was_word = !typed.is_empty();
        query.words.extend(typed);
    }
    query.last_is_prefix = last_part_was_word && ends_open;
    Ok(query)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn free_words_are_normalized_and_the_last_is_a_prefix_while_typed() {
        let q = parse("Total vict").unwrap();
        assert_eq!(q.words, ["total", "vict"]);
        assert!(q.last_is_prefix);
        assert!(!parse("total victory ").unwrap().last_is_prefix);
    }

    #[test]
    fn a_trailing_apostrophe_keeps_the_last_word_a_prefix() {
        for input in ["but i don'", "but i don’", "but i don‘", "but i donʼ"] {
            let q = parse(input).unwrap();
            assert_eq!(q.words, ["but", "i", "don"], "{input}");
            assert!(q.last_is_prefix, "{input}");
        }
        assert!(!parse("the leaders' ").unwrap().last_is_prefix);
    }

    #[test]
    fn phrases_exclusions_and_filters_are_recognized() {
        let q = parse(r#""Total Victory" -war speaker:"Benjamin Netanyahu" outlet:Reuters from:2023 to:2024-02 peace"#)
            .unwrap();
        assert_eq!(q.phrases, [vec!["total", "victory"]]);
        assert_eq!(q.excluded, [vec!["war"]]);
        assert_eq!(q.filters.speakers, ["Benjamin Netanyahu"]);
        assert_eq!(q.filters.outlets, ["Reuters"]);
        assert_eq!(q.filters.from, Some(day("2023-01-01")));
        assert_eq!(q.filters.to, Some(day("2024-02-29")));
        assert_eq!(q.words, ["peace"]);
    }

    #[test]
    fn a_phrase_still_being_typed_runs_to_the_end() {
        let q = parse(r#"peace "total vic"#).unwrap();
        assert_eq!(q.phrases, [vec!["total", "vic"]]);
        assert!(!q.last_is_prefix);
    }

    #[test]
    fn an_unknown_key_is_just_words_and_a_bad_date_is_an_error() {
        assert_eq!(parse("note:this").unwrap().words, ["note", "this"]);
        let err = parse("from:yesterday").unwrap_err();
        assert!(err.to_string().contains("yesterday"), "{err}");
        assert!(parse("to:2024-13-01").is_err());
    }

    #[test]
    fn an_empty_query_has_no_text() {
        assert!(parse("").unwrap().has_no_text());
        assert!(parse("speaker:x").unwrap().has_no_text());
    }
}
