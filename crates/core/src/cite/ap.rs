//! The AP attribution sentence:
//! `“Quote,” Israeli Prime Minister Benjamin Netanyahu said at a press
//! conference in Jerusalem on Feb. 7, 2024, Xinhua reported.`

use super::punct::present;
use super::quote_text::before_attribution;
use super::rich::Rich;
use super::source::Source;
use super::speaker::{role_goes_before_name, Speaker};
use super::venue::venue_phrase;
use super::{dates, CiteOptions, QuoteRef};

/// Who is said to have spoken when the quote has no speaker: the sentence
/// needs a subject, and "unidentified" claims no more than is known.
const UNKNOWN_SPEAKER: &str = "an unidentified speaker";

pub fn ap(q: &QuoteRef<'_>, options: &CiteOptions) -> Rich {
    let mut out = Rich::new();
    let body = before_attribution(&q.quote.text, options.max_quote_chars);
    if !body.is_empty() {
        out.text(format!("“{body}” "));
    }

    let speaker = Speaker::new(q.quote.speaker.as_deref(), q.quote.role.as_deref());
    let name = speaker.name.unwrap_or(UNKNOWN_SPEAKER);
    // What follows the speaker: venue, date and the reporting source.
    let mut tail = Rich::new();
    if let Some(venue) = present(q.quote.venue.as_deref()) {
        tail.text(" ").text(venue_phrase(venue));
    }
    if let Some(date) = q.quote.date {
        tail.text(" on ").text(dates::ap(date, options.today));
    }
    let source = Source::of(q.article);

    match speaker.role {
        Some(role) if !role_goes_before_name(role) => {
            // AP: a long title follows the name, so "said" comes first.
            out.text(format!("said {name}, {role}"));
            if !tail.is_empty() {
                out.text(",").append(&tail);
            }
        }
        Some(role) => {
            out.text(format!("{role} {name} said")).append(&tail);
        }
        None => {
            out.text(format!("{name} said")).append(&tail);
        }
    }
    if let Some(source) = source.reporter() {
        out.text(", ");
        source.write(&mut out);
        out.text(" reported");
    }
    out.end_sentence();
    out
}
