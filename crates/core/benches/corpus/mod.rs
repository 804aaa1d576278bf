#![allow(dead_code)] // the generate_library example uses only the generator

//! A generated quote corpus for the search benchmarks: fixed seed, Zipf-like
//! word frequencies, quotes of about 140 characters, a long tail of rare words
//! (names, numbers), a few thousand speakers and dozens of outlets.

use chrono::NaiveDate;
use quotebook_core::search::SearchDoc;

/// SplitMix64: tiny, fast and the same on every machine, so the corpus and
/// the queries are identical from run to run.
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
        (self.next_u64() % n as u64) as usize
    }

    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Words drawn with probability proportional to 1 / rank^exponent.
pub struct Zipf {
    words: Vec<String>,
    cumulative: Vec<f64>,
}

impl Zipf {
    pub fn new(words: Vec<String>, exponent: f64) -> Self {
        let mut total = 0.0;
        let cumulative = (1..=words.len())
            .map(|rank| {
                total += 1.0 / (rank as f64).powf(exponent);
                total
            })
            .collect();
        Zipf { words, cumulative }
    }

    pub fn draw<'a>(&'a self, rng: &mut Rng) -> &'a str {
        let target = rng.unit() * self.cumulative.last().unwrap();
        let at = self.cumulative.partition_point(|&c| c < target);
        &self.words[at.min(self.words.len() - 1)]
    }
}

const ONSETS: &[&str] = &[
    "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "br",
    "ch", "cl", "dr", "fl", "gr", "pl", "pr", "sh", "st", "th", "tr", "",
];
const VOWELS: &[&str] = &["a", "e", "i", "o", "u", "ai", "ea", "ou", "io", "y"];
const CODAS: &[&str] = &["", "", "", "n", "r", "s", "t", "l", "nd", "st", "ck", "m"];

/// A pronounceable made-up word of `syllables` syllables.
fn made_up_word(rng: &mut Rng, syllables: usize) -> String {
    let mut w = String::new();
    for _ in 0..syllables {
        w.push_str(ONSETS[rng.below(ONSETS.len())]);
        w.push_str(VOWELS[rng.below(VOWELS.len())]);
    }
    w.push_str(CODAS[rng.below(CODAS.len())]);
    w
}

/// `count` distinct made-up words, short ones more likely (as in English,
/// where the most frequent words are the shortest, the list is ordered so).
fn vocabulary(rng: &mut Rng, count: usize) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    let mut words = Vec::with_capacity(count);
    while words.len() < count {
        let syllables = 1 + (words.len() * 4 / count).min(3) + rng.below(2);
        let w = made_up_word(rng, syllables);
        if seen.insert(w.clone()) {
            words.push(w);
        }
    }
    words
}

pub struct Corpus {
    pub docs: Vec<SearchDoc>,
}

/// `n` quotes generated from `seed`.
pub fn generate(n: usize, seed: u64) -> Corpus {
    let mut rng = Rng::new(seed);
    let common = Zipf::new(vocabulary(&mut rng, 30_000), 1.0);
    // The long tail: names, places, numbers: most appear in a handful of quotes.
    let rare = Zipf::new(vocabulary(&mut rng, 150_000), 0.6);
    let people: Vec<String> = (0..5_000)
        .map(|_| {
            let mut first = made_up_word(&mut rng, 2);
            let mut last = made_up_word(&mut rng, 3);
            capitalize(&mut first);
            capitalize(&mut last);
            format!("{first} {last}")
        })
        .collect();
    let speakers = Zipf::new(people, 1.0);
    let outlets: Vec<String> = (0..60)
        .map(|_| {
            let mut w = made_up_word(&mut rng, 3);
            capitalize(&mut w);
            format!("The {w} Times")
        })
        .collect();
    let outlets = Zipf::new(outlets, 1.0);
    let first_day = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap();
    let docs = (0..n)
        .map(|i| {
            // Lengths roughly normal around 140 characters.
            let target =
                (60.0 + 80.0 * (rng.unit() + rng.unit() + rng.unit()) * 2.0 / 3.0) as usize;
            let mut text = String::with_capacity(target + 16);
            while text.len() < target {
                if !text.is_empty() {
                    text.push_str(if rng.below(9) == 0 { ", " } else { " " });
                }
                let word = if rng.below(12) == 0 {
                    rare.draw(&mut rng)
                } else {
                    common.draw(&mut rng)
                };
                text.push_str(word);
            }
            text.push('.');
            capitalize(&mut text);
            SearchDoc {
                id: i as i64 + 1,
                text,
                speaker: Some(speakers.draw(&mut rng).to_owned()),
                speaker_aliases: Vec::new(),
                outlet: Some(outlets.draw(&mut rng).to_owned()),
                wire: None,
                date: Some(first_day + chrono::Days::new(rng.below(9_500) as u64)),
            }
        })
        .collect();
    Corpus { docs }
}

fn capitalize(s: &mut String) {
    if let Some(first) = s.get(0..1) {
        let upper = first.to_uppercase();
        s.replace_range(0..1, &upper);
    }
}

/// What a benchmark query is meant to exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueryKind {
    /// Cut from a quote as typed: the last word may be unfinished.
    Typed,
    /// The same with one typo in a word of four letters or more.
    Typo,
    /// Letters that match no quote.
    Nothing,
    /// As typed, plus a word of another quote: few quotes hold every word,
    /// so search falls back to quotes missing one.
    ExtraWord,
    /// Two typos in the longest word (of eight letters or more when there
    /// is one): the two-edit expansion.
    LongTypos,
}

impl QueryKind {
    pub const ALL: [QueryKind; 5] = [
        QueryKind::Typed,
        QueryKind::Typo,
        QueryKind::Nothing,
        QueryKind::ExtraWord,
        QueryKind::LongTypos,
    ];

    pub fn name(self) -> &'static str {
        match self {
            QueryKind::Typed => "typed",
            QueryKind::Typo => "typo",
            QueryKind::Nothing => "nothing",
            QueryKind::ExtraWord => "extra",
            QueryKind::LongTypos => "longtypo",
        }
    }
}

/// `count` queries of `len` characters of the given kind.
pub fn queries(
    corpus: &Corpus,
    len: usize,
    kind: QueryKind,
    count: usize,
    seed: u64,
) -> Vec<String> {
    let mut rng = Rng::new(seed ^ (len as u64) << 8 ^ kind as u64);
    (0..count)
        .map(|_| match kind {
            QueryKind::Nothing => nonsense(&mut rng, len),
            QueryKind::Typed | QueryKind::Typo => {
                let mut q = cut_from_quote(corpus, &mut rng, len);
                if kind == QueryKind::Typo {
                    q = with_typo(&mut rng, &q);
                }
                q
            }
            QueryKind::ExtraWord => {
                let q = cut_from_quote(corpus, &mut rng, len);
                let other = cut_from_quote(corpus, &mut rng, 12);
                let extra = other.split(' ').max_by_key(|w| w.len()).unwrap_or("");
                let mut words: Vec<&str> = q.split(' ').collect();
                let at = rng.below(words.len());
                words.insert(at, extra);
                words.join(" ")
            }
            QueryKind::LongTypos => {
                let q = cut_from_quote(corpus, &mut rng, len.max(12));
                with_two_typos_in_longest_word(&mut rng, &q)
            }
        })
        .collect()
}

/// Two letters replaced in the longest word of the query, apart.
fn with_two_typos_in_longest_word(rng: &mut Rng, query: &str) -> String {
    let words: Vec<&str> = query.split(' ').collect();
    let pick = (0..words.len())
        .max_by_key(|&i| words[i].chars().count())
        .unwrap_or(0);
    let mut chars: Vec<char> = words[pick].chars().collect();
    if chars.len() >= 5 {
        let first = 1 + rng.below(chars.len() / 2 - 1);
        let second = (first + 2 + rng.below(chars.len() - first - 2)).min(chars.len() - 1);
        for at in [first, second] {
            chars[at] = if chars[at] == 'x' { 'q' } else { 'x' };
        }
    }
    let typo: String = chars.into_iter().collect();
    words
        .iter()
        .enumerate()
        .map(|(i, w)| if i == pick { typo.as_str() } else { w })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `len` characters of a random quote, starting at a word.
fn cut_from_quote(corpus: &Corpus, rng: &mut Rng, len: usize) -> String {
    loop {
        let text = &corpus.docs[rng.below(corpus.docs.len())].text;
        let starts: Vec<usize> = std::iter::once(0)
            .chain(text.match_indices(' ').map(|(i, _)| i + 1))
            .filter(|&s| s + len <= text.len())
            .collect();
        if starts.is_empty() {
            continue;
        }
        let start = starts[rng.below(starts.len())];
        let q = text[start..start + len].to_lowercase();
        if q.trim().len() == len {
            return q;
        }
    }
}

/// One letter swapped, dropped, doubled or replaced in a long enough word.
fn with_typo(rng: &mut Rng, query: &str) -> String {
    let words: Vec<&str> = query.split(' ').collect();
    let long: Vec<usize> = (0..words.len())
        .filter(|&i| words[i].chars().filter(|c| c.is_alphabetic()).count() >= 5)
        .collect();
    let Some(&pick) = long.get(rng.below(long.len().max(1))) else {
        return query.to_owned();
    };
    let mut chars: Vec<char> = words[pick].chars().collect();
    let at = 1 + rng.below(chars.len() - 2);
    match rng.below(4) {
        0 => chars.swap(at, at + 1),
        1 => {
            chars.remove(at);
        }
        2 => chars.insert(at, chars[at]),
        _ => chars[at] = if chars[at] == 'x' { 'q' } else { 'x' },
    }
    let typo: String = chars.into_iter().collect();
    words
        .iter()
        .enumerate()
        .map(|(i, w)| if i == pick { typo.as_str() } else { w })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Consonant clusters the generator never produces.
fn nonsense(rng: &mut Rng, len: usize) -> String {
    const LETTERS: &[u8] = b"qxzvkj";
    let mut s = String::new();
    while s.len() < len {
        if s.len() % 6 == 5 {
            s.push(' ');
        } else {
            s.push(LETTERS[rng.below(LETTERS.len())] as char);
        }
    }
    s.trim_end().to_owned()
}
