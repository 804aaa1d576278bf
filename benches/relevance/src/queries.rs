//! Queries of each type, generated from a fixed seed: a window of a random
//! quote's words, changed the way people misremember or mistype.

use quotebook_core::search::{tokenize, SearchDoc};

/// SplitMix64: tiny and the same on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// A number in `lo..=hi`.
    pub fn between(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
}

/// What a query is meant to test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Three to five consecutive words of the quote.
    Exact,
    /// The same with one typo in a word of four letters or more.
    OneTypo,
    /// Two typos, each in its own word.
    TwoTyposTwoWords,
    /// The words shuffled.
    OutOfOrder,
    /// The last word half typed.
    HalfTyped,
    /// Two or three words and `speaker:` with the speaker's last name.
    Speaker,
    /// Two typos in one word of eight letters or more.
    TwoTyposLongWord,
    /// One small word the quote does not have, added.
    ExtraWord,
}

impl Kind {
    pub const ALL: [Kind; 8] = [
        Kind::Exact,
        Kind::OneTypo,
        Kind::TwoTyposTwoWords,
        Kind::OutOfOrder,
        Kind::HalfTyped,
        Kind::Speaker,
        Kind::TwoTyposLongWord,
        Kind::ExtraWord,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Exact => "exact",
            Kind::OneTypo => "one typo",
            Kind::TwoTyposTwoWords => "2 typos, 2 words",
            Kind::OutOfOrder => "out of order",
            Kind::HalfTyped => "half-typed",
            Kind::Speaker => "speaker filter",
            Kind::TwoTyposLongWord => "2 typos, long word",
            Kind::ExtraWord => "one extra word",
        }
    }
}

/// One generated query and the quote it is after.
#[derive(Debug, Clone)]
pub struct Query {
    pub kind: Kind,
    /// The words as typed, lowercase, in the order typed.
    pub words: Vec<String>,
    /// The speaker's last name, for the speaker filter.
    pub speaker: Option<String>,
    pub wanted: i64,
}

impl Query {
    /// The text typed in quotebook's search box (no space after the last
    /// word, so it is still being typed, as in the box and the CLI).
    pub fn text(&self) -> String {
        let words = self.words.join(" ");
        match &self.speaker {
            Some(s) => format!("speaker:{s} {words}"),
            None => words,
        }
    }
}

/// Small words people add by mistake.
const SMALL_WORDS: [&str; 16] = [
    "of", "the", "and", "to", "in", "a", "that", "is", "for", "it", "on", "with", "as", "at", "by",
    "we",
];

fn letters(word: &str) -> usize {
    word.chars().filter(|c| c.is_alphabetic()).count()
}

/// One letter swapped with the next, dropped, doubled or replaced, never the
/// first letter (people rarely mistype it).
fn typo(rng: &mut Rng, word: &str, avoid: Option<usize>) -> (String, usize) {
    let mut chars: Vec<char> = word.chars().collect();
    let mut at = 1 + rng.below(chars.len() - 1);
    if let Some(a) = avoid {
        // A second typo away from the first, so it does not undo it.
        for _ in 0..8 {
            if at.abs_diff(a) >= 2 {
                break;
            }
            at = 1 + rng.below(chars.len() - 1);
        }
    }
    match rng.below(4) {
        0 if at + 1 < chars.len() => chars.swap(at, at + 1),
        1 => {
            chars.remove(at);
        }
        2 => chars.insert(at, chars[at]),
        _ => {
            let mut c = (b'a' + rng.below(26) as u8) as char;
            while c == chars[at] {
                c = (b'a' + rng.below(26) as u8) as char;
            }
            chars[at] = c;
        }
    }
    (chars.into_iter().collect(), at)
}

/// `count` queries of `kind` over `docs`.
pub fn generate(docs: &[SearchDoc], kind: Kind, count: usize, seed: u64) -> Vec<Query> {
    let mut rng = Rng::new(seed ^ ((kind as u64 + 1) << 32));
    let mut out = Vec::with_capacity(count);
    while out.len() < count {
        let doc = &docs[rng.below(docs.len())];
        if let Some(q) = one(&mut rng, doc, kind) {
            out.push(q);
        }
    }
    out
}

/// A query of `kind` from `doc`, or None when the quote does not lend itself
/// to one (too short, no long word, no speaker).
fn one(rng: &mut Rng, doc: &SearchDoc, kind: Kind) -> Option<Query> {
    let all: Vec<String> = tokenize(&doc.text)
        .into_iter()
        .map(|t| doc.text[t.span].to_lowercase())
        .collect();
    let k = match kind {
        Kind::Speaker => rng.between(2, 3),
        _ => rng.between(3, 5),
    };
    if all.len() < k {
        return None;
    }
    let start = rng.below(all.len() - k + 1);
    let mut words: Vec<String> = all[start..start + k].to_vec();
    let mut speaker = None;
    match kind {
        Kind::Exact => {}
        Kind::OneTypo | Kind::TwoTyposTwoWords => {
            let typos = if kind == Kind::OneTypo { 1 } else { 2 };
            let mut long: Vec<usize> = (0..k).filter(|&i| letters(&words[i]) >= 4).collect();
            if long.len() < typos {
                return None;
            }
            for _ in 0..typos {
                let i = long.remove(rng.below(long.len()));
                words[i] = typo(rng, &words[i], None).0;
            }
        }
        Kind::OutOfOrder => {
            let original = words.clone();
            for _ in 0..8 {
                for i in (1..k).rev() {
                    words.swap(i, rng.below(i + 1));
                }
                if words != original {
                    break;
                }
            }
            if words == original {
                return None;
            }
        }
        Kind::HalfTyped => {
            let last = &words[k - 1];
            let n = last.chars().count();
            if letters(last) < 4 {
                return None;
            }
            words[k - 1] = last.chars().take(n.div_ceil(2)).collect();
        }
        Kind::Speaker => {
            let name = doc.speaker.as_deref()?;
            let parts: Vec<&str> = name.split_whitespace().collect();
            if parts.len() < 2 {
                return None;
            }
            speaker = Some(parts[parts.len() - 1].to_lowercase());
        }
        Kind::TwoTyposLongWord => {
            let long: Vec<usize> = (0..k).filter(|&i| letters(&words[i]) >= 8).collect();
            if long.is_empty() {
                return None;
            }
            let i = long[rng.below(long.len())];
            let (once, at) = typo(rng, &words[i], None);
            words[i] = typo(rng, &once, Some(at)).0;
        }
        Kind::ExtraWord => {
            let candidates: Vec<&str> = SMALL_WORDS
                .iter()
                .copied()
                .filter(|w| !all.iter().any(|a| a == w))
                .collect();
            if candidates.is_empty() {
                return None;
            }
            let extra = candidates[rng.below(candidates.len())];
            words.insert(rng.below(k + 1), extra.to_owned());
        }
    }
    Some(Query {
        kind,
        words,
        speaker,
        wanted: doc.id,
    })
}
