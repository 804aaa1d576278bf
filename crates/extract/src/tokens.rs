//! Words and punctuation with their byte offsets, the unit the later passes read.

/// One word or punctuation mark of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub is_word: bool,
}

impl Token {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// Combining marks written after a letter ("Ọládiípọ̀" in decomposed form,
/// as Yoruba and Vietnamese names often are): part of the word, never a
/// break in it.
fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE20}'..='\u{FE2F}')
}

/// Characters that may sit inside a word when a word character follows
/// ("don't", "U.S", "well-known", "Clinton’s").
fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '.' | '-' | '‐' | '&')
}

/// Splits `text[start..end]` into tokens. A word keeps a trailing period when it
/// is an abbreviation (a single capital, or a capitalised word of up to four
/// letters followed by a period and not ending the text): "Mr.", "Sen.", "J.".
#[cfg(test)]
pub fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_into(text, start, end, &mut out);
    out
}

/// [`tokenize`], appending to `out`: the document tokenizes paragraph after
/// paragraph into one vector. Walks bytes and decodes a character only off the
/// ASCII path, since most news text is ASCII.
pub fn tokenize_into(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let slice = &text[start..end];
    let bytes = slice.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // ASCII letters, spaces and punctuation, the most common bytes,
        // settled without decoding a char.
        let (c, len) = if ASCII_ALPHANUMERIC[usize::from(b)] {
            (b as char, 1)
        } else if b == b' ' || b == b'\n' || b == b'\t' || b == b'\r' {
            i += 1;
            continue;
        } else if b.is_ascii_punctuation() {
            out.push(Token {
                start: start + i,
                end: start + i + 1,
                is_word: false,
            });
            i += 1;
            continue;
        } else if b.is_ascii() {
            (b as char, 1)
        } else {
            let c = slice[i..]
                .chars()
                .next()
                .unwrap_or(char::REPLACEMENT_CHARACTER);
            (c, c.len_utf8())
        };
        if c.is_whitespace() {
            i += len;
            continue;
        }
        if !is_word_char(c) {
            out.push(Token {
                start: start + i,
                end: start + i + len,
                is_word: false,
            });
            i += len;
            continue;
        }
        let mut j = word_end(slice, i + len);
        if bytes.get(j) == Some(&b'.') && is_abbreviation(&slice[i..j]) {
            j += 1;
        }
        j += plural_possessive_mark(slice, i, j);
        out.push(Token {
            start: start + i,
            end: start + j,
            is_word: true,
        });
        i = j;
    }
}

/// "the National Farmers’ Union", "Tenants' Rights Coalition": the
/// apostrophe of a capitalised plural's possessive, when a capital follows,
/// stays with its word, so a body's name can run on over it as it does
/// over "Women’s". Elsewhere an apostrophe after a word is punctuation (it
/// may close a quote). Returns the bytes to add to the word `slice[i..j]`.
fn plural_possessive_mark(slice: &str, i: usize, j: usize) -> usize {
    let rest = &slice[j..];
    let mark = if rest.starts_with('’') {
        '’'.len_utf8()
    } else if rest.starts_with('\'') {
        1
    } else {
        return 0;
    };
    let word = &slice[i..j];
    let capital_follows = rest[mark..]
        .strip_prefix(' ')
        .and_then(|r| r.chars().next())
        .is_some_and(char::is_uppercase);
    let capitalised_plural = word.ends_with('s') && word.starts_with(char::is_uppercase);
    if capital_follows && capitalised_plural {
        mark
    } else {
        0
    }
}

/// Whether each byte is an ASCII letter or digit: the tokenizer's inner
/// loop reads one entry per byte of a word, where the test itself takes
/// three range checks.
static ASCII_ALPHANUMERIC: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < table.len() {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// The end of the word of `slice` whose first character ends at `j`: word
/// characters, and joiners between two of them.
fn word_end(slice: &str, mut j: usize) -> usize {
    let bytes = slice.as_bytes();
    loop {
        // ASCII letters and digits, the bulk of a word, skipped as a run;
        // other ASCII bytes but joiners end the word; the rest goes by chars.
        while bytes
            .get(j)
            .is_some_and(|&b| ASCII_ALPHANUMERIC[usize::from(b)])
        {
            j += 1;
        }
        match bytes.get(j) {
            None => return j,
            Some(&b) if b.is_ascii() && !matches!(b, b'\'' | b'.' | b'-' | b'&') => return j,
            _ => {}
        }
        let mut it = slice[j..].chars();
        match it.next() {
            Some(n) if is_word_char(n) => j += n.len_utf8(),
            Some(n) if is_joiner(n) && it.next().is_some_and(is_word_char) => j += n.len_utf8(),
            _ => return j,
        }
    }
}

/// Abbreviations written with a full stop, without it.
const ABBR: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Adm",
    "Rev", "St", "Jr", "Sr", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
    "Nov", "Dec", "No", "Mt", "Ft", "Inc", "Corp", "Co", "Ltd", "Atty", "Supt", "Calif", "Fla",
    "Mich", "Penn", "Va", "Wis", "Mo", "Ore", "Ga", "Ala", "Ariz", "Ark", "Colo", "Conn", "Del",
    "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Minn", "Miss", "Mont", "Neb", "Nev", "Okla",
    "Pa", "Tenn", "Tex", "Vt", "Wash", "Wyo", "U.S", "U.N", "D.C", "U.K", "E.U", "Engr", "Hon",
    "Smt", "Mme", "Insp", "Det", "Maj", "Brig", "Cmdr", "Fr",
];

/// The length of the longest word of `ABBR`.
const ABBR_MAX_LEN: usize = {
    let (mut max, mut i) = (0, 0);
    while i < ABBR.len() {
        if ABBR[i].len() > max {
            max = ABBR[i].len();
        }
        i += 1;
    }
    max
};

/// Words that are written with a period that does not end the sentence.
pub fn is_abbreviation(word: &str) -> bool {
    let mut chars = word.chars();
    // Every abbreviation opens with a capital (a test below checks the
    // list): most words before a full stop ("said.", "year.") are answered
    // here, without reading the list.
    if !chars.next().is_some_and(char::is_uppercase) {
        return false;
    }
    let single_capital = chars.next().is_none();
    single_capital
        // A capitalised word longer than any listed is answered without
        // reading the list either.
        || (word.len() <= ABBR_MAX_LEN && ABBR.contains(&word))
        || (word.contains('.') && word.chars().all(|c| c == '.' || c.is_uppercase()))
}

/// A lower-case word of five letters or more ending in "-ing": the shape of
/// a participle ("selling", "sheltering"), which callers test further.
pub fn looks_like_participle(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ing") && w.bytes().all(|b| b.is_ascii_lowercase())
}

#[inline]
pub fn is_capitalized(word: &str) -> bool {
    // Most words open with an ASCII byte: answered without decoding a char.
    match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => word.chars().next().is_some_and(char::is_uppercase),
    }
}

/// "X." at a sentence's end: a lone capital keeps the full stop in its
/// token, as an initial would. The letter alone, when `word` is one.
pub fn lone_capital(word: &str) -> Option<&str> {
    (word.len() == 2 && word.starts_with(|c: char| c.is_ascii_uppercase()) && word.ends_with('.'))
        .then(|| &word[..1])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokenize(s, 0, s.len()).iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn keeps_abbreviations_and_inner_marks() {
        assert_eq!(
            words("Mr. Park’s dog, Sen. Lee said."),
            ["Mr.", "Park’s", "dog", ",", "Sen.", "Lee", "said", "."]
        );
        assert_eq!(words("the U.S. won't"), ["the", "U.S.", "won't"]);
    }

    #[test]
    fn abbreviations_open_with_a_capital() {
        // `is_abbreviation` turns away a word without one before the list.
        for w in ["Mr", "Sen", "U.S", "Calif", "J", "É"] {
            assert!(is_abbreviation(w), "{w}");
        }
        for w in ["mr", "said", "u.s", "", "1"] {
            assert!(!is_abbreviation(w), "{w}");
        }
        for w in ABBR {
            assert!(w.starts_with(|c: char| c.is_ascii_uppercase()), "{w}");
        }
    }

    #[test]
    fn a_capitalised_plurals_possessive_keeps_its_mark_before_a_capital() {
        assert_eq!(
            words("the Farmers\u{2019} Union, the Tenants' Rights"),
            [
                "the",
                "Farmers\u{2019}",
                "Union",
                ",",
                "the",
                "Tenants'",
                "Rights"
            ]
        );
        // Before a lower-case word, or closing a quote, the mark is its own.
        assert_eq!(
            words("the farmers\u{2019} union, \u{2018}the Saints\u{2019} he"),
            [
                "the", "farmers", "\u{2019}", "union", ",", "\u{2018}", "the", "Saints",
                "\u{2019}", "he"
            ]
        );
    }

    #[test]
    fn offsets_point_into_the_text() {
        let s = "é “Hi” ok";
        for t in tokenize(s, 0, s.len()) {
            assert!(s.is_char_boundary(t.start) && s.is_char_boundary(t.end));
        }
    }
}
