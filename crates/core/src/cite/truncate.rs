//! Shortening a long quote at a word boundary.

/// The ellipsis put where words were cut.
pub const ELLIPSIS: char = '…';

/// `text` if it has at most `max_chars` characters; otherwise its longest run
/// of whole words that fits with an ellipsis, the ellipsis counted. A single
/// word longer than the limit is cut inside the word, as nothing else fits.
pub fn shorten(text: &str, max_chars: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    if max_chars == 0 {
        return String::new();
    }
    let budget = max_chars - 1;
    // The byte offset just after the `budget`-th character.
    let cut = text
        .char_indices()
        .nth(budget)
        .map_or(text.len(), |(i, _)| i);
    let head = &text[..cut];
    // Keep whole words: if the cut falls inside a word, drop that word.
    let next_is_space = text[cut..].starts_with(char::is_whitespace);
    let kept = if next_is_space {
        head
    } else {
        match head.rfind(char::is_whitespace) {
            Some(space) => &head[..space],
            None => head,
        }
    };
    // A comma or dash before the ellipsis reads as a stray mark.
    let kept = kept.trim_end_matches(|c: char| c.is_whitespace() || ",;:—–-".contains(c));
    format!("{kept}{ELLIPSIS}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn short_text_is_unchanged() {
        assert_eq!(shorten("Small words.", 40), "Small words.");
    }

    #[test]
    fn cuts_at_a_word_boundary() {
        assert_eq!(
            shorten("We will rebuild every bridge, road and school.", 30),
            "We will rebuild every bridge…"
        );
    }

    #[test]
    fn counts_characters_not_bytes() {
        assert_eq!(shorten("Ça va très bien, merci à tous", 13), "Ça va très…");
    }

    #[test]
    fn one_long_word_is_cut_inside() {
        assert_eq!(shorten("Supercalifragilistic", 6), "Super…");
    }

    proptest! {
        #[test]
        fn never_longer_than_the_limit(text in "\\PC{0,200}", max in 1usize..120) {
            let out = shorten(&text, max);
            prop_assert!(out.chars().count() <= max);
        }

        #[test]
        fn the_kept_words_are_a_prefix_of_the_quote(text in "[a-zé ,.]{0,200}", max in 1usize..120) {
            let out = shorten(&text, max);
            let kept = out.trim_end_matches(ELLIPSIS);
            prop_assert!(text.trim().starts_with(kept));
        }
    }
}
