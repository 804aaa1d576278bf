//! The compact line:
//! `— Benjamin Netanyahu, Israeli Prime Minister, press conference, Feb. 7,
//! 2024 (China Daily/Xinhua, URL)`.

use super::punct::present;
use super::rich::Rich;
use super::source::Source;
use super::speaker::Speaker;
use super::{dates, QuoteRef};

pub fn line(q: &QuoteRef<'_>) -> Rich {
    let speaker = Speaker::new(q.quote.speaker.as_deref(), q.quote.role.as_deref());
    let mut parts: Vec<String> = Vec::new();
    parts.extend(speaker.name.map(str::to_string));
    parts.extend(speaker.role.map(str::to_string));
    parts.extend(present(q.quote.venue.as_deref()).map(compact_venue));
    // A reference line is read long after it is written: the year is always given.
    parts.extend(q.quote.date.map(dates::ap_with_year));

    let mut source = Rich::new();
    let credited = Source::of(q.article).write_credit(&mut source);
    if let Some(url) = present(q.article.url.as_deref()) {
        if credited {
            source.text(", ");
        }
        source.link(url);
    }

    let mut out = Rich::new();
    if parts.is_empty() && source.is_empty() {
        // Nothing known to attribute: no dash standing alone.
        return out;
    }
    out.text("— ").text(parts.join(", "));
    if !source.is_empty() {
        if parts.is_empty() {
            out.append(&source);
        } else {
            out.text(" (").append(&source).text(")");
        }
    }
    out
}

/// The kind of setting without the place it was in: "press conference in
/// Jerusalem" becomes "press conference", the line being compact.
fn compact_venue(venue: &str) -> String {
    let words: Vec<&str> = venue.split_whitespace().collect();
    let place_at = words.iter().enumerate().skip(1).position(|(i, w)| {
        *w == "in"
            && words
                .get(i + 1)
                .is_some_and(|next| next.chars().next().is_some_and(char::is_uppercase))
    });
    match place_at {
        Some(p) => words[..p + 1].join(" "),
        None => words.join(" "),
    }
}

#[cfg(test)]
mod tests {
    use super::compact_venue;

    #[test]
    fn the_place_is_dropped_from_the_venue() {
        assert_eq!(
            compact_venue("press conference in Jerusalem"),
            "press conference"
        );
        assert_eq!(compact_venue("interview with CNN"), "interview with CNN");
        assert_eq!(compact_venue("rally in the rain"), "rally in the rain");
        assert_eq!(compact_venue("in Brussels"), "in Brussels");
    }
}
