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

/// Whether `stem(word) == key`, without building the stem: a word's
/// inflections are looked for among thousands of words sharing a prefix.
pub fn has_stem(word: &str, key: &str) -> bool {
    if word.len() < MIN_STEM_INPUT || !word.is_ascii() {
        return word == key;
    }
    let base = strip_inflection(word).as_bytes();
    let mut n = base.len();
    if n > MIN_STEM && base[n - 1] == base[n - 2] && !is_vowel(base[n - 1]) {
        n -= 1;
    }
    let key = key.as_bytes();
    if n > MIN_STEM && base[n - 1] == b'e' {
        key == &base[..n - 1]
    } else if n > MIN_STEM && base[n - 1] == b'y' {
        key.len() == n && key[n - 1] == b'i' && key[..n - 1] == base[..n - 1]
    } else {
        key == &base[..n]
    }
}

/// How many letters longer than its stem a word can be: an inflection of
/// three ("ing") after a doubled consonant or a dropped "e" ("stopping",
/// "making").
pub const MAX_INFLECTION: usize = 4;

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
    fn has_stem_agrees_with_stem_and_inflections_stay_short() {
        let words = [
            "confirm",
            "confirms",
            "confirmed",
            "confirming",
            "study",
            "studies",
            "studied",
            "studying",
            "make",
            "makes",
            "making",
            "stop",
            "stops",
            "stopped",
            "stopping",
            "box",
            "boxes",
            "passes",
            "pass",
            "news",
            "was",
            "bus",
            "water",
            "sing",
            "crisis",
            "café",
            "buzz",
            "buzzing",
            "fizzes",
            "agree",
            "agreed",
            "eye",
            "eyes",
            "toyy",
            "sayyed",
            "ii",
            "ieee",
            "abcdes",
            "played",
            "plays",
        ];
        for w in words {
            for key in words.iter().map(|k| stem(k)).chain([stem(w)]) {
                assert_eq!(has_stem(w, &key), stem(w) == key, "{w} {key}");
            }
            let key = stem(w);
            assert!(
                key.len() <= w.len() && w.len() <= key.len() + MAX_INFLECTION,
                "{w}"
            );
        }
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
