//! Splitting text into the words the index knows.
//!
//! Quote text and queries go through the same function, so "Don't" in a quote
//! and "dont" typed in the search box meet as the same word. A word is a run of
//! letters and digits; an apostrophe inside a word joins it (so "don't" is one
//! word, "dont"); letters are lowercased and stripped of accents ("Café" and
//! "cafe" are the same word), because people type queries without accents.

use std::ops::Range;

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// One word of a text: its normalized form and where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The lowercased, accent-free form used as the index key.
    pub word: String,
    /// UTF-8 byte range of the word in the original text.
    pub span: Range<usize>,
}

/// The marks people and typesetters use as an apostrophe: ' ’ ‘ (a
/// left quote mark set by mistake, or by an autocorrect) and ʼ (the modifier
/// letter some keyboards produce). All are one character for search.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}')
}

/// Appends the normalized form of `c` to `out`.
fn push_normalized(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    for lower in c.to_lowercase() {
        decompose_canonical(lower, |d| {
            if !is_combining_mark(d) {
                out.push(d);
            }
        });
    }
}

/// Calls `f` with every word of `text`, reusing one buffer so that indexing a
/// million quotes does not allocate a string per word.
pub fn for_each_word(text: &str, mut f: impl FnMut(&str, Range<usize>)) {
    let mut word = String::new();
    let mut start = 0;
    let mut end = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        // Before the letter test: ʼ (U+02BC) counts as a letter in Unicode.
        if is_apostrophe(c) {
            if !word.is_empty() && chars.peek().is_some_and(|(_, next)| next.is_alphanumeric()) {
                // "don't": the apostrophe joins the word and is dropped from it.
                continue;
            }
            if !word.is_empty() {
                f(&word, start..end);
                word.clear();
            }
        } else if c.is_alphanumeric() {
            if word.is_empty() {
                start = i;
            }
            push_normalized(c, &mut word);
            end = i + c.len_utf8();
        } else if !word.is_empty() {
            f(&word, start..end);
            word.clear();
        }
    }
    if !word.is_empty() {
        f(&word, start..end);
    }
}

/// The words of `text` with their spans.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    for_each_word(text, |word, span| {
        tokens.push(Token {
            word: word.to_owned(),
            span,
        })
    });
    tokens
}

/// The normalized words of `text`, without spans.
pub fn words(text: &str) -> Vec<String> {
    tokenize(text).into_iter().map(|t| t.word).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_lowercased_and_split_on_punctuation() {
        assert_eq!(
            words("Total victory, he said."),
            ["total", "victory", "he", "said"]
        );
    }

    #[test]
    fn an_apostrophe_inside_a_word_joins_it() {
        assert_eq!(
            words("We don’t know, and 'nobody' can't say"),
            ["we", "dont", "know", "and", "nobody", "cant", "say"]
        );
    }

    #[test]
    fn every_kind_of_apostrophe_joins_a_word_the_same_way() {
        for text in ["don't", "don’t", "don‘t", "donʼt"] {
            assert_eq!(words(text), ["dont"], "{text}");
        }
        // Quote marks around a word are not part of it.
        assert_eq!(words("‘nobody’ ʼtis"), ["nobody", "tis"]);
    }

    #[test]
    fn accents_are_folded_and_spans_point_into_the_original() {
        let text = "Le Café Zürich";
        let tokens = tokenize(text);
        assert_eq!(tokens[1].word, "cafe");
        assert_eq!(&text[tokens[1].span.clone()], "Café");
        assert_eq!(tokens[2].word, "zurich");
        assert_eq!(&text[tokens[2].span.clone()], "Zürich");
    }

    #[test]
    fn empty_and_punctuation_only_text_has_no_words() {
        assert!(words("").is_empty());
        assert!(words(" -- ... !!").is_empty());
    }
}
