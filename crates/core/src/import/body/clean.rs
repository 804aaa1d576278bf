//! Paragraphs that page templates put at the edges of the article and that
//! are not its text: the headline repeated, a bare date and time.

use std::sync::LazyLock;

use regex::Regex;

/// How many opening paragraphs may hold the repeated headline.
const HEAD_PARAGRAPHS: usize = 3;

/// Removes the headline where the body repeats it near its start: the
/// title is the article's metadata, not its text (and a quoted headline
/// would be found again as a quote).
pub(super) fn drop_headline(paragraphs: &mut Vec<String>, title: Option<&str>, h1s: &[String]) {
    let keys: Vec<String> = title
        .into_iter()
        .map(key)
        .chain(h1s.iter().map(|h| key(h)))
        .filter(|k| k.len() >= 8)
        .collect();
    let head = paragraphs.len().min(HEAD_PARAGRAPHS);
    if let Some(at) = (0..head).find(|&i| keys.contains(&key(&paragraphs[i]))) {
        // Only when text remains: a page whose one paragraph is its title
        // keeps it rather than import as empty.
        if paragraphs.len() > 1 {
            paragraphs.remove(at);
        }
    }
}

/// "11/20/2019 01:14 PM", "20 Nov, 2019 05:47", "2018-08-16": a paragraph
/// that is nothing but a date and time is a template's timestamp.
static BARE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^
        (?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?
        (?:
          \d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}
        | \d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+\d{4}
        | [a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}
        )
        (?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,5})?)?
        $",
    )
    .expect("a valid pattern")
});

pub(super) fn drop_bare_dates(paragraphs: &mut Vec<String>) {
    if paragraphs.len() > 1 {
        paragraphs.retain(|p| !BARE_DATE.is_match(p.trim()));
    }
}

/// A short line cut off with ".." or "…" is a teaser for another story
/// ("Storm hits coast, mayor ..."), never a paragraph of this one.
pub(super) fn drop_teasers(paragraphs: &mut Vec<String>) {
    if paragraphs.len() > 1 {
        paragraphs.retain(|p| {
            let p = p.trim_end();
            let cut = p.ends_with("..") || p.ends_with('…');
            !(cut && p.chars().count() <= 60)
        });
    }
}

/// Letters and digits only, lowercased, for comparing a heading with a title.
fn key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn owned(ps: &[&str]) -> Vec<String> {
        ps.iter().map(|p| p.to_string()).collect()
    }

    #[test]
    fn the_repeated_headline_goes_and_the_rest_stays() {
        let mut ps = owned(&[
            "Harbour reopens!",
            "The harbour reopened.",
            "Harbour reopens",
        ]);
        drop_headline(&mut ps, Some("Harbour Reopens"), &[]);
        assert_eq!(ps, owned(&["The harbour reopened.", "Harbour reopens"]));
    }

    #[test]
    fn truncated_teasers_go() {
        let mut ps = owned(&["Storm hits coast, mayor..", "Rain fell on Monday.", "Wait…"]);
        drop_teasers(&mut ps);
        assert_eq!(ps, owned(&["Rain fell on Monday."]));
    }

    #[test]
    fn bare_timestamps_go_and_sentences_with_dates_stay() {
        let mut ps = owned(&[
            "11/20/2019 01:14 PM",
            "20 Nov, 2019 05:47",
            "2018-08-16",
            "Friday, March 13, 2015 at 9:30 p.m. EST",
            "On 20 Nov, 2019 the mayor spoke.",
        ]);
        drop_bare_dates(&mut ps);
        assert_eq!(ps, owned(&["On 20 Nov, 2019 the mayor spoke."]));
    }
}
