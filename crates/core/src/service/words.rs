//! Highlights that cover whole words.
//!
//! The ranker marks the letters a query matched: for a typo ("pandemc") or a
//! word still being typed ("pand") that is part of a word, and a reader sees
//! "pandemi" marked in "pandemic" and wonders what matched. A highlight is
//! widened to the word it falls in, so the word the search took is marked
//! whole.

/// True for the characters that make up a word (letters, digits, and an
/// apostrophe between letters, as in "don't").
fn in_word(text: &str, at: usize, ch: char) -> bool {
    if ch.is_alphanumeric() {
        return true;
    }
    if ch == '\'' || ch == '\u{2019}' {
        let before = text[..at].chars().next_back();
        let after = text[at + ch.len_utf8()..].chars().next();
        return before.is_some_and(char::is_alphanumeric)
            && after.is_some_and(char::is_alphanumeric);
    }
    false
}

/// `ranges` (UTF-8 byte ranges into `text`) widened to the words they touch,
/// ascending and merged where they meet. Ranges that are out of bounds or cut
/// a character are dropped.
pub fn whole_words(text: &str, ranges: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut widened: Vec<(usize, usize)> = ranges
        .iter()
        .filter(|&&(s, e)| {
            s < e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e)
        })
        .map(|&(mut start, mut end)| {
            while let Some(ch) = text[..start].chars().next_back() {
                if !in_word(text, start - ch.len_utf8(), ch) {
                    break;
                }
                start -= ch.len_utf8();
            }
            while let Some(ch) = text[end..].chars().next() {
                if !in_word(text, end, ch) {
                    break;
                }
                end += ch.len_utf8();
            }
            (start, end)
        })
        .collect();
    widened.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(widened.len());
    for (start, end) in widened {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::whole_words;

    fn marked(text: &str, ranges: &[(usize, usize)]) -> Vec<String> {
        whole_words(text, ranges)
            .into_iter()
            .map(|(s, e)| text[s..e].to_string())
            .collect()
    }

    #[test]
    fn part_of_a_word_becomes_the_word() {
        let text = "The pandemic changed us.";
        // What the ranker marks for "pandemc": p-a-n-d-e-m and the c.
        assert_eq!(marked(text, &[(4, 10), (11, 12)]), ["pandemic"]);
        assert_eq!(marked(text, &[(4, 8)]), ["pandemic"]);
    }

    #[test]
    fn words_stay_apart_and_apostrophes_inside_words_count() {
        let text = "We don't rebuild bridges";
        assert_eq!(marked(text, &[(3, 5), (12, 14)]), ["don't", "rebuild"]);
        assert_eq!(marked(text, &[(0, 2), (17, 20)]), ["We", "bridges"]);
    }

    #[test]
    fn accented_words_and_bad_ranges() {
        let text = "Señor Müller said";
        assert_eq!(marked(text, &[(0, 2)]), ["Señor"]);
        // (8, 9) cuts "ü" in half; (90, 95) is out of bounds.
        assert_eq!(marked(text, &[(8, 9), (90, 95)]), Vec::<String>::new());
        assert_eq!(marked(text, &[(7, 8)]), ["Müller"]);
    }
}
