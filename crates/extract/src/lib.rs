//! quotebook-extract: finds attributed quotes in an article's text.
//!
//! Text in, quotes out: no storage, no HTML, no files. The library
//! (`quotebook-core`) reads articles and stores what this crate finds.
//!
//! Small passes over one document model ([`document::Document`]), as
//! `DESIGN.md` draws them: paragraphs ([`segment`]), quote marks ([`marks`]),
//! name mentions ([`mentions`]), cues and their subjects ([`attribution`]),
//! people and coreference ([`entities`]), dates ([`time`]) and venues
//! ([`place`]), plus pull quotes with a credit line ([`block`]). The
//! [`speakers`] pass ties them together: which cue each quote belongs to, and
//! who that cue names.

mod attribution;
mod audience;
mod block;
mod document;
mod entities;
mod lexicon;
mod marks;
mod mentions;
mod place;
mod quote;
mod segment;
mod setting;
mod speakers;
mod time;
mod tokens;

use std::collections::HashMap;

use chrono::NaiveDate;

pub use quote::{ExtractedQuote, QuoteKind, SpeakerKind};

pub use time::publication_date;

/// Every attributed quote in `text`, in order of appearance.
///
/// Dates are resolved against `published`, or the date the text itself
/// states when that is `None`.
pub fn extract_quotes(text: &str, published: Option<NaiveDate>) -> Vec<ExtractedQuote> {
    let published: Option<NaiveDate> = published.or_else(|| publication_date(text));
    let doc = document::Document::new(text);
    let mut quotes = speakers::attribute(&doc, published);
    dedupe(&mut quotes);
    quotes.sort_by_key(|q| q.start);
    quotes
}

/// Normalised words of a quote, to spot the same words quoted twice: lower
/// case, punctuation dropped, words joined by single spaces.
fn words_key(s: &str) -> String {
    let mut key = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            pending_space = !key.is_empty();
        } else if c.is_alphanumeric() {
            if pending_space {
                key.push(' ');
                pending_space = false;
            }
            if c.is_ascii() {
                key.push(c.to_ascii_lowercase());
            } else {
                key.extend(c.to_lowercase());
            }
        }
    }
    key
}

/// The same words quoted twice (a pull quote repeated in the body) are one
/// quote: the one with quote marks is kept, else the earlier one.
fn dedupe(quotes: &mut Vec<ExtractedQuote>) {
    let keys: Vec<String> = quotes.iter().map(|q| words_key(&q.text)).collect();
    let rank = |k: usize| (quotes[k].kind == QuoteKind::Block, quotes[k].start);
    let mut best: HashMap<&str, usize> = HashMap::with_capacity(keys.len());
    for (i, key) in keys.iter().enumerate() {
        if key.is_empty() {
            continue;
        }
        best.entry(key)
            .and_modify(|b| {
                if rank(i) < rank(*b) {
                    *b = i;
                }
            })
            .or_insert(i);
    }
    let keep: Vec<bool> = keys
        .iter()
        .enumerate()
        .map(|(i, key)| key.is_empty() || best.get(key.as_str()) == Some(&i))
        .collect();
    let mut k = 0;
    quotes.retain(|_| {
        k += 1;
        keep[k - 1]
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(published: &str) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(published, "%Y-%m-%d").ok()
    }

    #[test]
    fn a_said_quote_gets_the_full_name_role_date_and_venue() {
        // 2023-03-16 is a Thursday.
        let text = "Headline about a bridge\n\nMayor Ann Lee opened the new bridge on Wednesday.\n\n\"This bridge joins two towns,\" Lee said at a news conference.\n\n\"It took ten years,\" she added.";
        let q = extract_quotes(text, meta("2023-03-16"));
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].text, "This bridge joins two towns,");
        assert_eq!(&text[q[0].start..q[0].end], q[0].text);
        assert_eq!(q[0].speaker.as_deref(), Some("Ann Lee"));
        assert_eq!(q[0].speaker_mention.as_deref(), Some("Lee"));
        assert_eq!(q[0].role.as_deref(), Some("Mayor"));
        assert_eq!(q[0].date, NaiveDate::from_ymd_opt(2023, 3, 15));
        assert_eq!(q[0].venue.as_deref(), Some("a news conference"));
        assert_eq!(q[1].speaker.as_deref(), Some("Ann Lee"));
        assert_eq!(q[1].cue.as_deref(), Some("added"));
    }

    #[test]
    fn the_same_words_twice_are_one_quote() {
        let text = "Intro of the story is here today.\n\nWe will build it before the winter.\n\nAnn Lee, Mayor, Springfield\n\n\"We will build it before the winter,\" said Ann Lee.";
        let q = extract_quotes(text, None);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].kind, QuoteKind::Direct);
    }

    #[test]
    fn a_dashed_credit_after_a_no_break_space_names_the_speaker() {
        let text = "Readers wrote to us about the new bridge this week.\n“It is too narrow for bikes.”\u{a0}― Ann Lee\u{a0}\n“I love it.” ― Tom Park";
        let q = extract_quotes(text, None);
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].speaker.as_deref(), Some("Ann Lee"));
        assert_eq!(q[0].cue.as_deref(), Some("credit"));
        assert_eq!(q[1].speaker.as_deref(), Some("Tom Park"));
    }

    #[test]
    fn he_after_an_organisation_spoke_is_still_the_person() {
        let text = "A story about the sound at the hall this week\n\nTom Baker asked about his microphone after the debate.\n\nHe notes that the Commission on Public Debates announced on Friday that there was a fault.\n\nHe says, \u{201c}Working that microphone was hard.\u{201d}";
        let q = extract_quotes(text, None);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker.as_deref(), Some("Tom Baker"));
    }

    #[test]
    fn a_quote_set_off_by_dashes_is_the_sentence_subject_s() {
        let text = "A story about the budget vote this week in town\n\nMayor Ann Lee spoke on Monday about the fees.\n\n\u{201c}We need the money,\u{201d} Lee said.\n\nMr. Tom Park shrugged it off -- ''That makes me rich'' -- and later, asked again, insisting, ''I pay my fees.''";
        let q = extract_quotes(text, None);
        assert_eq!(q.len(), 3);
        assert_eq!(q[1].speaker.as_deref(), Some("Tom Park"));
        assert_eq!(q[2].speaker.as_deref(), Some("Tom Park"));
    }

    #[test]
    fn transcript_speakers_share_the_setting_and_told_a_person_is_no_venue() {
        let text = "A story about the town budget and the pool\n\nOn Sunday\u{2019}s broadcast of \u{201c}Town Talk,\u{201d} Mayor Ann Lee said the pool would open.\n\n\"HOST: Will it open in May?\n\n\"LEE: It will open in May.\"\n\nTreasurer Tom Park met Lee later.\n\n\u{201c}We have the money,\u{201d} Park told Lee.";
        let q = extract_quotes(text, None);
        let host = q.iter().find(|q| q.text.starts_with("HOST")).unwrap();
        assert_eq!(
            host.venue.as_deref(),
            Some("Sunday\u{2019}s broadcast of Town Talk")
        );
        let park = q.iter().find(|q| q.text.starts_with("We have")).unwrap();
        assert_eq!(park.speaker.as_deref(), Some("Tom Park"));
        assert_eq!(park.venue, None);
    }

    #[test]
    fn words_keys_ignore_case_punctuation_and_spacing() {
        assert_eq!(words_key("  We  will, build IT! "), "we will build it");
        assert_eq!(words_key("Ça va \u{2014} très bien"), "ça va très bien");
        assert_eq!(words_key("--"), "");
    }

    #[test]
    fn a_councillor_is_a_title_and_a_named_apposition_takes_its_partial_quote() {
        let text = "Council backs the new ferry pier\n\nCouncillor Ann Lee warned that the pier would cost more. \"Nobody has seen the bill,\" Lee said.\n\nThe port director, Tom Park, said on Tuesday that the pier was \"long overdue\" for the town.";
        let q = extract_quotes(text, meta("2023-03-16"));
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].speaker.as_deref(), Some("Ann Lee"));
        assert_eq!(q[0].role.as_deref(), Some("Councillor"));
        assert_eq!(q[1].text, "long overdue");
        assert_eq!(q[1].speaker.as_deref(), Some("Tom Park"));
        assert_eq!(q[1].role.as_deref(), Some("port director"));
    }

    #[test]
    fn she_is_the_woman_named_before_not_a_group_named_after_her() {
        let text = "Senators question the bank\n\nSen. Tom Park said the bank had failed. \"It is not enough,\" Park said.\n\nIn a statement, Ann Lee was calmer than her fellow Democrats on the committee. She called the conduct \"troubling\" in the statement.";
        let q = extract_quotes(text, None);
        let troubling = q.iter().find(|q| q.text == "troubling").unwrap();
        assert_eq!(troubling.speaker.as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn an_epithet_stands_for_the_man_the_text_is_about() {
        let text = "Park takes aim at Lee over trade\n\nTom Park says Ann Lee is wrong about the trade deal. Lee now says she opposes the deal.\n\nPark charges that the deal favours donors.\n\nThe Ohio businessman says of Lee, \"She will sell the farm.\"";
        let q = extract_quotes(text, None);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker.as_deref(), Some("Tom Park"));
        assert_eq!(q[0].role.as_deref(), Some("Ohio businessman"));
    }

    #[test]
    fn a_quote_set_off_by_a_dash_after_a_name_is_that_persons() {
        let text = "Donors want the papers out\n\nA chorus of donors has said the same, including the former mayor Ann Lee -- ''It is a duty to publish them'' -- and others.";
        let q = extract_quotes(text, None);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker.as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn the_day_the_lede_reports_dates_the_quotes_of_its_scene() {
        // 2023-03-17 is a Friday.
        let text = "Lawmakers rip the toll plan\n\nTOWN \u{2015} The toll plan is unfair to drivers, council members said Friday afternoon at the hall.\n\n\"This is a bad day,\" said Ann Lee, head of the caucus.\n\nOn Monday the mayor will reply. \"We will see,\" said Tom Park.";
        let q = extract_quotes(text, meta("2023-03-17"));
        assert_eq!(q[0].speaker.as_deref(), Some("Ann Lee"));
        assert_eq!(q[0].date, NaiveDate::from_ymd_opt(2023, 3, 17));
        // Another day named ends the lede's scene.
        assert_eq!(q[1].speaker.as_deref(), Some("Tom Park"));
        assert_ne!(q[1].date, NaiveDate::from_ymd_opt(2023, 3, 17));

        let text = "A profile of a voter\n\nThe paper ran a long feature Saturday about a voter in the hills.\n\n\"It never crossed my mind,\" said Ann Lee.";
        let q = extract_quotes(text, meta("2023-03-19"));
        assert_eq!(q[0].date, None);
    }

    #[test]
    fn empty_text_has_no_quotes() {
        assert!(extract_quotes("", None).is_empty());
    }
}
