//! The AP attribution sentence:
//! `“Quote,” Israeli Prime Minister Benjamin Netanyahu said Feb. 7 at a news
//! conference in Jerusalem, Xinhua reported.`
//!
//! AP's rules, each tested below: the time element comes right after "said"
//! without "on" ("said Feb. 7"), as the weekday within a week ("said
//! Wednesday"), then the place; a venue enters only when it reads as a place
//! or occasion; agencies that take "the" get it ("The Associated Press
//! reported"); no outlet is italic.

use super::punct::present;
use super::quote_text::before_attribution;
use super::rich::Rich;
use super::source::{Publication, Source};
use super::speaker::{role_goes_before_name, Speaker};
use super::venue::ap_venue;
use super::{dates, CiteOptions, QuoteRef};
use crate::names::takes_definite_article;

/// Who is said to have spoken when the quote has no speaker: the sentence
/// needs a subject, and "unidentified" claims no more than is known.
const UNKNOWN_SPEAKER: &str = "an unidentified speaker";

pub fn ap(q: &QuoteRef<'_>, options: &CiteOptions) -> Rich {
    let mut out = Rich::new();
    let body = before_attribution(&q.quote.text, options.max_quote_chars);
    let opens_sentence = !body.is_empty();
    if opens_sentence {
        out.text(format!("“{body}” "));
    }

    let speaker = Speaker::new(q.quote.speaker.as_deref(), q.quote.role.as_deref());
    let name = speaker.name.unwrap_or(UNKNOWN_SPEAKER);
    // What follows "said": when, then where.
    let mut tail = Rich::new();
    let venue = present(q.quote.venue.as_deref()).and_then(ap_venue);
    if let Some(date) = q.quote.date {
        let when = dates::ap_when(date, options.today);
        // A full date is set off by commas: "said Feb. 7, 2024, at a rally".
        let comma = if when.contains(',') && venue.is_some() {
            ","
        } else {
            ""
        };
        tail.text(format!(" {when}{comma}"));
    }
    if let Some(venue) = venue {
        tail.text(" ").text(venue);
    }

    let mut attribution = match speaker.role {
        Some(role) if !role_goes_before_name(role) => {
            // AP: a long title follows the name, so "said" comes first.
            let mut s = format!("said {name}, {role}");
            if !tail.is_empty() {
                s.push(',');
            }
            s
        }
        Some(role) => format!("{role} {name} said"),
        None => format!("{name} said"),
    };
    if !opens_sentence {
        attribution = capitalise_first(&attribution);
    }
    out.text(attribution).append(&tail);
    if let Some(source) = Source::of(q.article).reporter() {
        // AP names outlets in roman type, agencies with their article.
        let name = match source {
            Publication::Outlet(name) | Publication::Wire(name) => takes_definite_article(name),
        };
        out.text(", ").text(name).text(" reported");
    }
    out.end_sentence();
    out
}

/// "an unidentified speaker said" opening the sentence when there is no quote.
fn capitalise_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
