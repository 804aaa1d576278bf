//! A quote's paragraph, cut out of the text of the article version it was
//! extracted from (quotes store offsets, not a copy: migration 0006).

use std::collections::HashMap;

use rusqlite::{Connection, OptionalExtension};

use super::QuoteRecord;

/// A paragraph longer than this (a one-line file, a page without breaks) is
/// given as the part around the quote, so a listing of many quotes from one
/// huge paragraph does not hold that paragraph once per quote.
pub const MAX_PARAGRAPH_BYTES: usize = 4096;
/// How much of a long paragraph is kept on each side of the quote.
const CONTEXT_BYTES: usize = 400;

/// Fills the `paragraph` of each quote that has no stored copy, reading each
/// version's text once. `versions[i]` is the version quote `i` came from.
pub(super) fn fill(
    conn: &Connection,
    quotes: &mut [QuoteRecord],
    versions: &[Option<i64>],
) -> rusqlite::Result<()> {
    let mut wanted: HashMap<i64, Vec<usize>> = HashMap::new();
    for (i, (quote, version)) in quotes.iter().zip(versions).enumerate() {
        if let (true, Some(v)) = (quote.paragraph.is_empty(), version) {
            wanted.entry(*v).or_default().push(i);
        }
    }
    let mut stmt = conn.prepare_cached("SELECT text FROM article_versions WHERE id = ?1")?;
    for (version, indexes) in wanted {
        let Some(text) = stmt
            .query_row([version], |r| r.get::<_, String>(0))
            .optional()?
        else {
            continue;
        };
        for i in indexes {
            let q = &quotes[i].quote;
            let paragraph = excerpt(
                &text,
                (q.paragraph_start, q.paragraph_end),
                (q.start, q.end),
            );
            quotes[i].paragraph = paragraph;
        }
    }
    Ok(())
}

/// The paragraph `para` of `text` (byte offsets), or, when it is longer than
/// [`MAX_PARAGRAPH_BYTES`], the part of it around the quote at `quote`,
/// marked with "…" where cut. Offsets out of range or inside a character
/// are moved to the nearest character boundary within the text.
pub fn excerpt(text: &str, para: (usize, usize), quote: (usize, usize)) -> String {
    let (mut start, mut end) = (para.0.min(text.len()), para.1.min(text.len()));
    if end <= start {
        return String::new();
    }
    let long = end - start > MAX_PARAGRAPH_BYTES;
    let (cut_start, cut_end) = if long {
        (
            start.max(quote.0.saturating_sub(CONTEXT_BYTES)),
            end.min(quote.1.saturating_add(CONTEXT_BYTES)).max(start),
        )
    } else {
        (start, end)
    };
    let (was_start, was_end) = (start, end);
    start = ceil_boundary(text, cut_start);
    end = floor_boundary(text, cut_end).max(start);
    let mut out = String::with_capacity(end - start + 6);
    if start > was_start {
        out.push('…');
    }
    out.push_str(&text[start..end]);
    if end < was_end {
        out.push('…');
    }
    out
}

fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_paragraph_is_given_whole() {
        let text = "First para.\n\n\"Yes,\" she said.\n\nLast.";
        assert_eq!(excerpt(text, (13, 29), (14, 18)), "\"Yes,\" she said.");
    }

    #[test]
    fn a_huge_paragraph_is_cut_around_the_quote_on_character_boundaries() {
        let text = "é".repeat(5000) + "\"Yes,\" she said." + &"ü".repeat(5000);
        let q = 10_000;
        let cut = excerpt(&text, (0, text.len()), (q + 1, q + 5));
        assert!(cut.starts_with('…') && cut.ends_with('…'), "{cut}");
        assert!(cut.contains("\"Yes,\" she said."));
        assert!(cut.len() <= 2 * CONTEXT_BYTES + 40, "{}", cut.len());
    }

    #[test]
    fn offsets_past_the_text_give_what_there_is() {
        assert_eq!(excerpt("abc", (1, 99), (1, 2)), "bc");
        assert_eq!(excerpt("abc", (5, 9), (5, 6)), "");
    }
}
