//! A light English stemmer for search: "confirm", "confirms", "confirmed" and
//! "confirming" share the stem "confirm", so a person who remembers the verb
//! in another form still finds the quote.
//!
//! Only inflections are removed (plural and third-person -s, -es, -ies,
//! past -ed, -ied, and -ing), never derivations such as -er or -ly, which
//! change the meaning ("water" is not "wat"). The stem is a key, not a word:
//! a final "e" is dropped and a final "y" becomes "i" so that "make" and
//! "making", "study" and "studies" meet, and a doubled final consonant is
//! undoubled ("stopped", "stop").

/// Words shorter than this are their own stem: "is", "was" and "bus" would
/// otherwise meet words they have nothing to do with.
const MIN_STEM_INPUT: usize = 4;
/// A stem keeps at least this many letters ("sing" is not "s" + "ing").
const MIN_STEM: usize = 3;

fn has_vowel(s: &str) -> bool {
    s.chars()
        .any(|c| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y'))
}

/// The stem of a normalized (lowercase) word.
pub fn stem(word: &str) -> String {
    if word.len() < MIN_STEM_INPUT || !word.is_ascii() {
        return word.to_owned();
    }
    let base = strip_inflection(word);
    let mut out = base.to_owned();
    // A doubled final consonant ("stopp" from "stopped", "pass").
    let bytes = out.as_bytes();
    let n = bytes.len();
    if n > MIN_STEM && bytes[n - 1] == bytes[n - 2] && !is_vowel(bytes[n - 1]) {
        out.pop();
    }
    if out.len() > MIN_STEM {
        if out.ends_with('e') {
            out.pop();
        } else if out.ends_with('y') {
            out.pop();
            out.push('i');
        }
    }
    out
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// The word without its inflectional ending, when what is left is a
/// plausible stem (long enough, with a vowel).
fn strip_inflection(word: &str) -> &str {
    let keeps = |s: &str| s.len() >= MIN_STEM && has_vowel(s);
    for suffix in ["ies", "ied"] {
        if let Some(s) = word.strip_suffix(suffix) {
            if s.len() >= 2 {
                // "studies" -> "studi" (the caller's y -> i makes "study" meet it).
                return &word[..s.len() + 1];
            }
        }
    }
    if let Some(s) = word.strip_suffix("sses") {
        return &word[..s.len() + 2];
    }
    for suffix in ["ing", "ed"] {
        if let Some(s) = word.strip_suffix(suffix) {
            if keeps(s) {
                return s;
            }
        }
    }
    if let Some(s) = word.strip_suffix("es") {
        if keeps(s) && ["s", "x", "z", "ch", "sh"].iter().any(|e| s.ends_with(e)) {
            return s;
        }
    }
    if let Some(s) = word.strip_suffix('s') {
        if keeps(s) && !["s", "u", "i"].iter().any(|e| s.ends_with(e)) {
            return s;
        }
    }
    word
}

/// A prefix every word with this stem starts with: the stem less a final
/// "i", which may stand for a "y" ("studi" for "study"). A dropped "e" or an
/// undoubled consonant only shortens the stem, so the words still start
/// with it.
pub fn stem_prefix(stem: &str) -> &str {
    stem.strip_suffix('i').unwrap_or(stem)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_of_a_verb_share_a_stem() {
        for w in ["confirm", "confirms", "confirmed", "confirming"] {
            assert_eq!(stem(w), "confirm", "{w}");
        }
        for w in ["study", "studies", "studied"] {
            assert_eq!(stem(w), "studi", "{w}");
        }
        for w in ["make", "makes", "making"] {
            assert_eq!(stem(w), "mak", "{w}");
        }
        for w in ["stop", "stops", "stopped", "stopping"] {
            assert_eq!(stem(w), "stop", "{w}");
        }
        for w in ["box", "boxes"] {
            assert_eq!(stem(w), stem("box"), "{w}");
        }
    }

    #[test]
    fn short_words_and_derivations_are_left_alone() {
        assert_eq!(stem("news"), "new");
        assert_eq!(stem("was"), "was");
        assert_eq!(stem("bus"), "bus");
        assert_ne!(stem("water"), stem("wat"));
        assert_eq!(stem("sing"), "sing");
        assert_eq!(stem("crisis"), "crisis");
    }

    #[test]
    fn every_word_with_a_stem_starts_with_its_prefix() {
        for w in [
            "studies",
            "study",
            "making",
            "make",
            "stopped",
            "passes",
            "confirmed",
        ] {
            let s = stem(w);
            assert!(w.starts_with(stem_prefix(&s)), "{w} {s}");
        }
    }
}
