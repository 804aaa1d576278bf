//! The vocabulary: every distinct word of the indexed quotes, interned once,
//! with the sorted list of quotes (posting list) that contain it.
//!
//! Typo tolerance works on this vocabulary rather than on the quotes: a query
//! word is expanded into the vocabulary words within one edit of it (a letter
//! wrong, missing, extra or two letters swapped), which is a few hundred hash or
//! binary-search lookups however many quotes there are. Words of
//! [`MIN_TWO_TYPO_LEN`] letters or more that are not in the vocabulary as
//! typed also match words two edits away, found by a scan of every word's
//! letter set (a few nanoseconds a word) before an edit distance on the few
//! that pass; and every word matches the words sharing its [stem].

use rustc_hash::FxHashMap;
use std::ops::Range;

use super::mapped::{Arr, Lists};

/// Words shorter than this must be typed exactly: one edit on a two- or
/// three-letter word matches too many unrelated words ("war" → "was", "far").
pub const MIN_TYPO_LEN: usize = 4;

/// Words this long may have two typos ("cojfirmex" for "confirmed"): long
/// words are hard to type and rarely two edits from another real word.
pub const MIN_TWO_TYPO_LEN: usize = 8;

/// A stem's prefix range holding more words than this is not scanned for
/// words of the same stem (only very short stems have such ranges).
const MAX_STEM_SCAN: usize = 4096;

/// A query word expanding to more vocabulary words than this (a one-letter
/// prefix) keeps only the most frequent ones; the result is then approximate.
pub const MAX_VARIANTS: usize = 2048;

/// How a vocabulary word matched a query word; earlier is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchKind {
    Exact,
    Prefix,
    /// Another inflection of the word ("confirmed" for "confirms").
    Stem,
    /// One edit away.
    Typo,
    /// Two edits away (long words only).
    TwoTypos,
}

impl MatchKind {
    /// Letters typed wrong (edits) this kind of match forgives.
    pub fn edits(self) -> usize {
        match self {
            MatchKind::Exact | MatchKind::Prefix | MatchKind::Stem => 0,
            MatchKind::Typo => 1,
            MatchKind::TwoTypos => 2,
        }
    }

    /// How far the match is from the word as typed, for ranking: exact and
    /// prefix matches first, then stems, then one edit, then two.
    pub fn cost(self) -> u32 {
        match self {
            MatchKind::Exact | MatchKind::Prefix => 0,
            MatchKind::Stem => 1,
            MatchKind::Typo => 2,
            MatchKind::TwoTypos => 4,
        }
    }
}

/// One vocabulary word a query word matched.
#[derive(Debug, Clone, Copy)]
pub struct Variant {
    pub word: u32,
    pub kind: MatchKind,
    /// The matched part of the word is its first `pattern_len` bytes: the
    /// whole word, or the typed prefix (as corrected) when matched as a prefix.
    pub pattern_len: usize,
}

#[derive(Default)]
pub struct Vocabulary {
    /// Word → id; empty while the vocabulary is mapped from a saved file
    /// (a lookup then searches the sorted words instead of building a map
    /// of every word for a query of three).
    ids: FxHashMap<Box<str>, u32>,
    words: Words,
    postings: Lists,
    /// Each word's posting count, kept apart from the lists: ranking the
    /// thousands of words a one-letter prefix starts by frequency then reads
    /// a small array instead of a list header per word scattered in memory.
    counts: Arr<u32>,
    /// Word ids in the order of their text, for prefix ranges.
    sorted: Arr<u32>,
    /// The first eight bytes of each word of `sorted`, big-endian, padded
    /// with zeros: a prefix search compares these in one small array
    /// instead of following a pointer to each word's text (two thirds of a
    /// typo'd prefix's time at a million quotes).
    sorted_keys: Arr<u64>,
    /// Per word: the set of its letters as bits ([`letter_mask`]) and its
    /// length in characters (at most 255): the two-typo scan reads only these.
    masks: Arr<u32>,
    char_lens: Arr<u8>,
}

/// The words' text: one string each in memory, or one mapped text with
/// offsets.
enum Words {
    Owned(Vec<Box<str>>),
    Mapped { text: Arr<u8>, offsets: Arr<u64> },
}

impl Default for Words {
    fn default() -> Self {
        Words::Owned(Vec::new())
    }
}

impl Words {
    fn get(&self, id: u32) -> &str {
        match self {
            Words::Owned(words) => &words[id as usize],
            Words::Mapped { text, offsets } => {
                let (start, end) = (offsets[id as usize], offsets[id as usize + 1]);
                std::str::from_utf8(&text[start as usize..end as usize]).unwrap_or("")
            }
        }
    }
}

/// The letters of a word as a set of bits: a to z each their own, digits
/// one, any other character one of five by its code. Two words two edits
/// apart differ by at most two bits each way.
fn letter_mask(word: &str) -> u32 {
    word.chars().fold(0u32, |m, c| {
        m | match c {
            'a'..='z' => 1 << (c as u32 - 'a' as u32),
            '0'..='9' => 1 << 26,
            _ => 1 << (27 + c as u32 % 5),
        }
    })
}

impl Vocabulary {
    pub fn len(&self) -> usize {
        self.counts.len()
    }

    pub fn word(&self, id: u32) -> &str {
        self.words.get(id)
    }

    pub fn id(&self, word: &str) -> Option<u32> {
        match self.words {
            Words::Owned(_) => self.ids.get(word).copied(),
            Words::Mapped { .. } => self.id_by_search(word),
        }
    }

    /// The id of `word` by binary search of the sorted words: their keys
    /// first, then the text of the few sharing the key.
    fn id_by_search(&self, word: &str) -> Option<u32> {
        let key = sort_key(word);
        let start = self.sorted_keys.partition_point(|&k| k < key);
        let len = self.sorted_keys[start..].partition_point(|&k| k == key);
        let ids = &self.sorted[start..start + len];
        ids.binary_search_by(|&w| self.word(w).cmp(word))
            .ok()
            .map(|at| ids[at])
    }

    pub fn postings(&self, id: u32) -> &[u32] {
        self.postings.get(id as usize)
    }

    /// Turns a vocabulary mapped from a file into one in memory, before it
    /// changes.
    fn make_owned(&mut self) {
        if let Words::Mapped { .. } = self.words {
            let words: Vec<Box<str>> = (0..self.len() as u32)
                .map(|w| self.word(w).into())
                .collect();
            self.ids = words
                .iter()
                .enumerate()
                .map(|(id, w)| (w.clone(), id as u32))
                .collect();
            self.words = Words::Owned(words);
        }
        self.postings.to_mut();
        self.counts.to_mut();
        self.sorted.to_mut();
        self.sorted_keys.to_mut();
        self.masks.to_mut();
        self.char_lens.to_mut();
    }

    /// How many quotes contain the word: `postings(id).len()`, faster.
    pub fn count(&self, id: u32) -> usize {
        self.counts[id as usize] as usize
    }

    /// The id of `word`, adding it if new. With `keep_sorted` false (a bulk
    /// build) the sorted order is left for [`Vocabulary::sort`] to make once.
    pub fn intern(&mut self, word: &str, keep_sorted: bool) -> u32 {
        self.make_owned();
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = self.len() as u32;
        if let Words::Owned(words) = &mut self.words {
            words.push(word.into());
        }
        self.postings.to_mut().push(Vec::new());
        self.counts.to_mut().push(0);
        self.ids.insert(word.into(), id);
        self.masks.to_mut().push(letter_mask(word));
        self.char_lens
            .to_mut()
            .push(word.chars().count().min(u8::MAX as usize) as u8);
        if keep_sorted {
            let at = self.sorted.partition_point(|&w| self.word(w) < word);
            self.sorted.to_mut().insert(at, id);
            self.sorted_keys.to_mut().insert(at, sort_key(word));
        }
        id
    }

    /// Puts every word into the sorted order after a bulk build.
    pub fn sort(&mut self) {
        let mut sorted: Vec<u32> = (0..self.len() as u32).collect();
        sorted.sort_unstable_by(|&a, &b| self.word(a).cmp(self.word(b)));
        self.sorted = Arr::Owned(sorted);
        self.make_sorted_keys();
    }

    fn make_sorted_keys(&mut self) {
        self.sorted_keys = Arr::Owned(
            self.sorted
                .iter()
                .map(|&w| sort_key(self.word(w)))
                .collect(),
        );
    }

    /// Records that quote `doc` contains word `id`. Docs are numbered in the
    /// order they are added, so pushing keeps each list sorted.
    pub fn add_posting(&mut self, id: u32, doc: u32) {
        let list = &mut self.postings.to_mut()[id as usize];
        if list.last() != Some(&doc) {
            debug_assert!(list.last().is_none_or(|&last| last < doc));
            list.push(doc);
            self.counts.to_mut()[id as usize] += 1;
        }
    }

    /// Drops the postings of quotes no longer live, after many deletions.
    pub fn retain_postings(&mut self, mut live: impl FnMut(u32) -> bool) {
        self.make_owned();
        let counts = self.counts.to_mut();
        for (list, count) in self.postings.to_mut().iter_mut().zip(counts) {
            list.retain(|&d| live(d));
            *count = list.len() as u32;
        }
    }

    /// Renumbers every posting through `map` (old doc number → new), which must
    /// keep the order; used when the index compacts its doc numbers.
    pub fn renumber_postings(&mut self, map: &[u32]) {
        self.make_owned();
        for list in self.postings.to_mut() {
            for d in list.iter_mut() {
                *d = map[*d as usize];
            }
        }
    }

    /// Word ids in the order of their text.
    pub(super) fn sorted_ids(&self) -> &[u32] {
        &self.sorted
    }

    /// Word ids whose text starts with `prefix`.
    fn prefix_range<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = u32> + 'a {
        let range = self.prefix_range_within(0..self.sorted.len(), prefix);
        self.sorted[range].iter().copied()
    }

    /// The positions in [`Self::sorted_ids`], within `within`, of the words
    /// starting with `prefix`. `within` must hold every such word of the
    /// vocabulary or none (a range of a shorter prefix of it, say).
    pub(super) fn prefix_range_within(&self, within: Range<usize>, prefix: &str) -> Range<usize> {
        let keys = &self.sorted_keys[within.clone()];
        let bytes = prefix.as_bytes();
        let (low, high) = key_bounds(bytes);
        let start = keys.partition_point(|&k| k < low);
        let end = start + keys[start..].partition_point(|&k| k <= high);
        if bytes.len() <= 8 {
            // The key holds the whole prefix: equal keys, equal prefixes.
            return within.start + start..within.start + end;
        }
        // Words sharing the first eight bytes: compare the rest as text.
        let ids = &self.sorted[within.start + start..within.start + end];
        let from = ids.partition_point(|&w| self.word(w) < prefix);
        let len = ids[from..].partition_point(|&w| self.word(w).starts_with(prefix));
        let at = within.start + start + from;
        at..at + len
    }

    /// The vocabulary words a query word matches: itself, the words it starts
    /// (when `as_prefix`), and those within one edit (words of
    /// [`MIN_TYPO_LEN`] letters or more). Returns the variants and whether
    /// some were dropped for being too many.
    pub fn expand(&self, query_word: &str, as_prefix: bool) -> (Vec<Variant>, bool) {
        if as_prefix && query_word.chars().count() < MIN_TYPO_LEN {
            return self.expand_short_prefix(query_word);
        }
        let mut found: FxHashMap<u32, Variant> = FxHashMap::default();
        let mut offer = |v: Variant| {
            found
                .entry(v.word)
                .and_modify(|old| {
                    if v.kind < old.kind {
                        *old = v
                    }
                })
                .or_insert(v);
        };
        if as_prefix {
            for w in self.prefix_range(query_word) {
                let kind = if self.word(w).len() == query_word.len() {
                    MatchKind::Exact
                } else {
                    MatchKind::Prefix
                };
                offer(Variant {
                    word: w,
                    kind,
                    pattern_len: query_word.len(),
                });
            }
        } else if let Some(w) = self.id(query_word) {
            offer(Variant {
                word: w,
                kind: MatchKind::Exact,
                pattern_len: query_word.len(),
            });
        }
        if query_word.chars().count() >= MIN_TYPO_LEN {
            super::typo_walk::one_edit_matches(self, query_word, as_prefix, |w, pattern_len| {
                offer(Variant {
                    word: w,
                    kind: MatchKind::Typo,
                    pattern_len,
                })
            });
        }
        for w in self.same_stem(query_word) {
            offer(Variant {
                word: w,
                kind: MatchKind::Stem,
                pattern_len: self.word(w).len(),
            });
        }
        let typed_as_is = self.id(query_word).is_some();
        if !typed_as_is && query_word.chars().count() >= MIN_TWO_TYPO_LEN {
            for w in self.two_edits_away(query_word) {
                offer(Variant {
                    word: w,
                    kind: MatchKind::TwoTypos,
                    pattern_len: self.word(w).len(),
                });
            }
        }
        let variants: Vec<Variant> = found.into_values().collect();
        self.keep_most_frequent(variants)
    }

    /// The words of [`MIN_TYPO_LEN`] letters that are `word` (one letter
    /// shorter) with a letter added: "this" for "tis", "long" for "lng".
    /// A letter dropped from a four-letter word is one of the most common
    /// slips, and words that short are otherwise matched only as typed.
    /// Only insertions: substituting a letter of a three-letter word finds
    /// too many unrelated words ("war" for "was", "far").
    pub fn one_letter_added(&self, word: &str) -> Vec<u32> {
        if word.chars().count() + 1 != MIN_TYPO_LEN {
            return Vec::new();
        }
        let mut out = Vec::new();
        super::typo_walk::one_edit_matches(self, word, false, |w, pattern_len| {
            if pattern_len > word.len() {
                out.push(w);
            }
        });
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The words sharing the stem of `word` ("confirmed", "confirms" for
    /// "confirm"), itself included when it is in the vocabulary.
    fn same_stem(&self, word: &str) -> Vec<u32> {
        if word.chars().count() < MIN_TYPO_LEN {
            return Vec::new();
        }
        let key = super::stem::stem(word);
        let range: Vec<u32> = self
            .prefix_range(super::stem::stem_prefix(&key))
            .take(MAX_STEM_SCAN + 1)
            .collect();
        if range.len() > MAX_STEM_SCAN {
            return Vec::new();
        }
        // An inflection is at most a few letters longer than its stem: the
        // lengths, read from one small array, pass over most of the range
        // without reading the words' text.
        let key_len = key.chars().count();
        range
            .into_iter()
            .filter(|&w| {
                // (Lengths are kept up to 255: a longer word is read.)
                let len = self.char_lens[w as usize] as usize;
                len == u8::MAX as usize
                    || (len >= key_len && len <= key_len + super::stem::MAX_INFLECTION)
            })
            .filter(|&w| super::stem::has_stem(self.word(w), &key))
            .collect()
    }

    /// The words exactly two edits from `word` (or one: the caller keeps the
    /// better kind), by a scan of every word's length and letter set, then
    /// the edit distance of the few that pass.
    fn two_edits_away(&self, word: &str) -> Vec<u32> {
        let chars: Vec<char> = word.chars().collect();
        let ascii = word.is_ascii();
        let len = chars.len() as i32;
        let mask = letter_mask(word);
        let mut out = Vec::new();
        // One set of buffers for the words that pass the filters: an
        // allocation per word was most of this scan's time.
        let mut other: Vec<char> = Vec::with_capacity(32);
        let mut rows = EditRows::default();
        // The filters, 64 words at a time, without a branch per word: each
        // test alone is a coin toss the processor cannot predict, while
        // nearly every word fails one (a branch per test was most of the
        // scan's time); written so that the compiler makes vector code of
        // it. Two edits add at most two letters to the set and take away
        // at most two, and change the length by at most two.
        const CHUNK: usize = 64;
        let mut near_enough: Vec<u32> = Vec::new();
        let mut keep = [0u8; CHUNK];
        for (chunk, (masks, lens)) in self
            .masks
            .chunks(CHUNK)
            .zip(self.char_lens.chunks(CHUNK))
            .enumerate()
        {
            for ((keep, &m), &l) in keep.iter_mut().zip(masks).zip(lens) {
                let far = ((l as i32 - len).unsigned_abs() > 2)
                    | more_than_two_bits(m & !mask)
                    | more_than_two_bits(mask & !m);
                *keep = u8::from(!far);
            }
            for (k, _) in keep[..masks.len()]
                .iter()
                .enumerate()
                .filter(|(_, &k)| k != 0)
            {
                let (m, l) = (masks[k], lens[k]);
                // The letters added and taken away and the change of length
                // come to at most four: an inserted or deleted letter
                // changes the length, a substituted one adds a letter and
                // takes one away.
                let (added, taken) = (m & !mask, mask & !m);
                if added.count_ones() + taken.count_ones() + (l as i32 - len).unsigned_abs() <= 4 {
                    near_enough.push((chunk * CHUNK + k) as u32);
                }
            }
        }
        // The words' texts lie scattered in memory: fetched all first (the
        // processor overlaps the independent loads), then compared.
        let texts: Vec<&str> = near_enough.iter().map(|&id| self.word(id)).collect();
        let first_bytes: usize = texts
            .iter()
            .map(|t| usize::from(t.as_bytes().first().copied().unwrap_or(0)))
            .sum();
        std::hint::black_box(first_bytes);
        for (&id, text) in near_enough.iter().zip(texts) {
            // Most words are ASCII: compared as bytes, with no decoding.
            let near = if ascii && text.is_ascii() {
                rows.within(word.as_bytes(), text.as_bytes(), 2)
            } else {
                other.clear();
                other.extend(text.chars());
                rows.within(&chars, &other, 2)
            };
            if near {
                out.push(id);
            }
        }
        out
    }

    /// A word being typed that is too short for typos ("s", "cle"): exactly
    /// the words it starts, which are distinct, so no set is needed to
    /// merge duplicates (a one-letter prefix starts tens of thousands).
    fn expand_short_prefix(&self, prefix: &str) -> (Vec<Variant>, bool) {
        // Only the prefix itself can be an exact match: no need to read the
        // text of every word in the range.
        let exact = self.id(prefix);
        let variants = self
            .prefix_range(prefix)
            .map(|w| Variant {
                word: w,
                kind: if Some(w) == exact {
                    MatchKind::Exact
                } else {
                    MatchKind::Prefix
                },
                pattern_len: prefix.len(),
            })
            .collect();
        self.keep_most_frequent(variants)
    }

    /// At most [`MAX_VARIANTS`] variants, the best kinds and most frequent
    /// words first; and whether some were dropped. Selects rather than sorts:
    /// the caller orders what is kept.
    fn keep_most_frequent(&self, mut variants: Vec<Variant>) -> (Vec<Variant>, bool) {
        let truncated = variants.len() > MAX_VARIANTS;
        if truncated {
            variants.select_nth_unstable_by_key(MAX_VARIANTS - 1, |v| {
                (v.kind, std::cmp::Reverse(self.count(v.word)))
            });
            variants.truncate(MAX_VARIANTS);
        }
        (variants, truncated)
    }
}

/// The vocabulary's sections in a saved file, in the order written.
pub struct VocabSections {
    pub text: Arr<u8>,
    pub word_offsets: Arr<u64>,
    pub postings: Lists,
    pub counts: Arr<u32>,
    pub sorted: Arr<u32>,
    pub sorted_keys: Arr<u64>,
    pub masks: Arr<u32>,
    pub char_lens: Arr<u8>,
}

impl Vocabulary {
    /// Writes the words as one text with offsets, the posting lists as
    /// offsets into one array, and the derived arrays (counts, sorted order
    /// and keys, letter sets, lengths) as they are, so that a mapped file
    /// is searched without computing anything at open.
    pub fn write_sections<W: std::io::Write>(
        &self,
        out: &mut super::blocks::SectionWriter<W>,
    ) -> std::io::Result<()> {
        let mut offsets = Vec::with_capacity(self.len() + 1);
        offsets.push(0u64);
        out.begin()?;
        let mut at = 0u64;
        for w in 0..self.len() as u32 {
            let word = self.word(w);
            out.bytes_continued(word.as_bytes())?;
            at += word.len() as u64;
            offsets.push(at);
        }
        out.end();
        out.u64s(&offsets)?;
        self.postings.write_sections(out)?;
        out.u32s(&self.counts)?;
        out.u32s(&self.sorted)?;
        out.u64s(&self.sorted_keys)?;
        out.u32s(&self.masks)?;
        out.bytes(&self.char_lens)
    }

    /// A vocabulary over a mapped file's sections, if their sizes agree
    /// and every offset and id stays in range (what a lookup relies on not
    /// to fail; the blocks' hashes vouch for the rest).
    pub fn mapped(parts: VocabSections) -> Option<Self> {
        let n = parts.counts.len();
        let offsets = &parts.word_offsets;
        let words_fit = offsets.len() == n + 1
            && offsets.first() == Some(&0)
            && offsets.last().map(|&l| l as usize) == Some(parts.text.len())
            && offsets.windows(2).all(|p| p[0] <= p[1]);
        let sizes_agree = parts.postings.len() == n
            && parts.sorted.len() == n
            && parts.sorted_keys.len() == n
            && parts.masks.len() == n
            && parts.char_lens.len() == n;
        let ids_fit = parts.sorted.iter().all(|&w| (w as usize) < n);
        (words_fit && sizes_agree && ids_fit).then(|| Vocabulary {
            ids: FxHashMap::default(),
            words: Words::Mapped {
                text: parts.text,
                offsets: parts.word_offsets,
            },
            postings: parts.postings,
            counts: parts.counts,
            sorted: parts.sorted,
            sorted_keys: parts.sorted_keys,
            masks: parts.masks,
            char_lens: parts.char_lens,
        })
    }

    /// Bytes held in memory: the words (twice: list and map), their posting
    /// lists and the sorted order; nothing for what is mapped.
    pub fn heap_bytes(&self) -> usize {
        let words: usize = match &self.words {
            Words::Owned(words) => words.iter().map(|w| 2 * (w.len() + 16) + 8).sum(),
            Words::Mapped { text, offsets } => text.heap_bytes() + offsets.heap_bytes(),
        };
        words
            + self.postings.heap_bytes()
            + self.sorted.heap_bytes()
            + self.sorted_keys.heap_bytes()
            + self.counts.heap_bytes()
            + self.masks.heap_bytes()
            + self.char_lens.heap_bytes()
    }

    pub fn shrink_to_fit(&mut self) {
        if let Lists::Owned(lists) = &mut self.postings {
            for list in lists {
                list.shrink_to_fit();
            }
        }
    }

    /// Loads whatever is mapped into memory (the app's index changes).
    pub fn load_into_memory(&mut self) {
        self.make_owned();
    }
}

/// Whether `x` has more than two bits set: clearing the lowest set bit
/// twice leaves one (a few cheap operations, where a population count
/// without the processor's instruction, which a build for any x86-64
/// cannot assume, is a dozen).
#[inline]
fn more_than_two_bits(x: u32) -> bool {
    let x = x & x.wrapping_sub(1);
    let x = x & x.wrapping_sub(1);
    x != 0
}

/// The first eight bytes of `word` as a big-endian number, zero-padded: keys
/// sort as their words do (words hold no NUL byte).
fn sort_key(word: &str) -> u64 {
    let mut key = [0u8; 8];
    let n = word.len().min(8);
    key[..n].copy_from_slice(&word.as_bytes()[..n]);
    u64::from_be_bytes(key)
}

/// The smallest and largest key of a word starting with `prefix`.
fn key_bounds(prefix: &[u8]) -> (u64, u64) {
    let n = prefix.len().min(8);
    let mut low = [0u8; 8];
    let mut high = [0xFFu8; 8];
    low[..n].copy_from_slice(&prefix[..n]);
    high[..n].copy_from_slice(&prefix[..n]);
    (u64::from_be_bytes(low), u64::from_be_bytes(high))
}

/// Whether `a` and `b` are at most `max` edits apart (a letter wrong,
/// missing, extra, or two neighbours swapped: the optimal string alignment
/// distance), with an early stop once every alignment costs more.
#[cfg(test)]
pub fn within_edits(a: &[char], b: &[char], max: usize) -> bool {
    EditRows::default().within(a, b, max)
}

/// The rows of the edit-distance table, kept between calls: a scan of the
/// vocabulary compares thousands of words and allocates them once.
#[derive(Default)]
struct EditRows {
    before: Vec<usize>,
    prev: Vec<usize>,
    row: Vec<usize>,
}

impl EditRows {
    /// [`within_edits`] for letters of any kind (bytes of ASCII words,
    /// chars otherwise). Only the cells at most `max` from the diagonal are
    /// computed: any alignment through another costs more than `max`, so
    /// the cells beyond the band hold `max + 1` ("too far").
    fn within<T: PartialEq>(&mut self, a: &[T], b: &[T], max: usize) -> bool {
        if a.len().abs_diff(b.len()) > max {
            return false;
        }
        let far = max + 1;
        let width = b.len() + 1;
        let (before, prev, row) = (&mut self.before, &mut self.prev, &mut self.row);
        before.clear();
        before.resize(width, far);
        prev.clear();
        prev.extend((0..width).map(|j| j.min(far)));
        row.clear();
        row.resize(width, far);
        for i in 1..=a.len() {
            let lo = i.saturating_sub(max).max(1);
            let hi = (i + max).min(b.len());
            row[0] = i.min(far);
            // The cells either side of the band, which the next row reads.
            row[lo - 1] = if lo == 1 { row[0] } else { far };
            if hi < b.len() {
                row[hi + 1] = far;
            }
            let mut best = row[lo - 1];
            for j in lo..=hi {
                let substitution = prev[j - 1] + usize::from(a[i - 1] != b[j - 1]);
                let mut d = substitution.min(prev[j] + 1).min(row[j - 1] + 1);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    d = d.min(before[j - 2] + 1);
                }
                let d = d.min(far);
                row[j] = d;
                best = best.min(d);
            }
            if best > max {
                return false;
            }
            std::mem::swap(before, prev);
            std::mem::swap(prev, row);
        }
        prev[width - 1] <= max
    }
}

/// Every distinct string one edit from `word` (deletion, adjacent swap,
/// substitution or insertion of a letter from `alphabet`), without `word`:
/// the reference the sorted-vocabulary walk ([`super::typo_walk`]) is tested
/// against.
#[cfg(test)]
pub fn one_edit_away(word: &str, alphabet: &[char]) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let n = chars.len();
    let mut out: rustc_hash::FxHashSet<String> = Default::default();
    let build = |parts: &[&[char]]| -> String { parts.iter().flat_map(|p| p.iter()).collect() };
    for i in 0..n {
        out.insert(build(&[&chars[..i], &chars[i + 1..]]));
        if i + 1 < n {
            let mut swapped = chars.clone();
            swapped.swap(i, i + 1);
            out.insert(swapped.into_iter().collect());
        }
        for &c in alphabet {
            if c != chars[i] {
                out.insert(build(&[&chars[..i], &[c], &chars[i + 1..]]));
            }
        }
    }
    for i in 0..=n {
        for &c in alphabet {
            out.insert(build(&[&chars[..i], &[c], &chars[i..]]));
        }
    }
    out.remove(word);
    out.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocab(words: &[&str]) -> Vocabulary {
        let mut v = Vocabulary::default();
        for (doc, w) in words.iter().enumerate() {
            let id = v.intern(w, true);
            v.add_posting(id, doc as u32);
        }
        v
    }

    fn matched(v: &Vocabulary, q: &str, prefix: bool) -> Vec<(String, MatchKind)> {
        let mut out: Vec<_> = v
            .expand(q, prefix)
            .0
            .iter()
            .map(|x| (v.word(x.word).to_owned(), x.kind))
            .collect();
        out.sort();
        out
    }

    #[test]
    fn every_kind_of_single_typo_is_one_edit_away() {
        let alphabet: Vec<char> = ('a'..='z').collect();
        let edits = one_edit_away("victory", &alphabet);
        for typo in ["victroy", "vicory", "victoory", "vixtory"] {
            assert!(edits.contains(&typo.to_owned()), "{typo}");
        }
        assert!(!edits.contains(&"victory".to_owned()));
    }

    #[test]
    fn a_whole_word_matches_itself_and_its_one_edit_neighbours() {
        let v = vocab(&["victory", "victors", "history", "war", "was"]);
        assert_eq!(
            matched(&v, "victroy", false),
            [("victory".to_owned(), MatchKind::Typo)]
        );
        assert_eq!(
            matched(&v, "victory", false),
            [
                ("victors".to_owned(), MatchKind::Typo),
                ("victory".to_owned(), MatchKind::Exact)
            ]
        );
        // Short words get no typo: "war" must not find "was".
        assert_eq!(
            matched(&v, "war", false),
            [("war".to_owned(), MatchKind::Exact)]
        );
    }

    #[test]
    fn the_last_word_matches_as_a_prefix_also_with_a_typo() {
        let v = vocab(&["victory", "victors", "vicious", "history", "vi"]);
        let got = matched(&v, "vict", true);
        assert_eq!(
            got,
            [
                // "vici" is "vict" with its last letter wrong.
                ("vicious".to_owned(), MatchKind::Typo),
                ("victors".to_owned(), MatchKind::Prefix),
                ("victory".to_owned(), MatchKind::Prefix)
            ]
        );
        let got = matched(&v, "vitco", true);
        assert!(
            got.contains(&("victory".to_owned(), MatchKind::Typo)),
            "{got:?}"
        );
    }

    #[test]
    fn a_long_word_not_in_the_vocabulary_matches_words_two_edits_away() {
        let v = vocab(&["confirmed", "conformed", "confined", "war"]);
        let got = matched(&v, "cojfirmex", false);
        assert!(
            got.contains(&("confirmed".to_owned(), MatchKind::TwoTypos)),
            "{got:?}"
        );
        assert!(!got.iter().any(|(w, _)| w == "war"), "{got:?}");
        // A shorter word gets one edit only.
        assert!(matched(&v, "cojfirm", false).is_empty());
        // A long word typed as it is keeps to one edit.
        assert!(!matched(&v, "conformed", false)
            .iter()
            .any(|(_, k)| *k == MatchKind::TwoTypos));
    }

    #[test]
    fn a_word_matches_the_other_inflections_of_its_stem() {
        let v = vocab(&["confirmed", "confirms", "confirmation", "conform"]);
        let got = matched(&v, "confirm", false);
        assert_eq!(
            got,
            [
                ("confirmed".to_owned(), MatchKind::Stem),
                ("confirms".to_owned(), MatchKind::Stem),
                // One edit away, not an inflection.
                ("conform".to_owned(), MatchKind::Typo)
            ]
        );
    }

    #[test]
    fn edit_distance_counts_swaps_as_one_edit() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        assert!(within_edits(&c("confirmed"), &c("cojfirmex"), 2));
        assert!(!within_edits(&c("confirmed"), &c("cojfirmex"), 1));
        assert!(within_edits(&c("victory"), &c("victroy"), 1));
        assert!(!within_edits(&c("victory"), &c("history"), 1));
    }

    /// The optimal string alignment distance, every cell computed.
    fn osa_distance(a: &[u8], b: &[u8]) -> usize {
        let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, cell) in d[0].iter_mut().enumerate() {
            *cell = j;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut v = (d[i - 1][j] + 1)
                    .min(d[i][j - 1] + 1)
                    .min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    v = v.min(d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        d[a.len()][b.len()]
    }

    #[test]
    fn the_banded_edit_distance_agrees_with_the_full_table() {
        // Random words over a small alphabet (many near each other), fixed
        // seed; one set of rows reused throughout, as the scan does.
        let mut state: u64 = 0x0DD5;
        let mut next = |m: usize| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) as usize % m
        };
        let mut rows = EditRows::default();
        for _ in 0..20_000 {
            let word = |next: &mut dyn FnMut(usize) -> usize| -> Vec<u8> {
                let len = next(11);
                (0..len).map(|_| b"abc"[next(3)]).collect()
            };
            let (a, b) = (word(&mut next), word(&mut next));
            let distance = osa_distance(&a, &b);
            for max in 0..4 {
                assert_eq!(
                    rows.within(&a, &b, max),
                    distance <= max,
                    "{:?} {:?} max {max}",
                    String::from_utf8_lossy(&a),
                    String::from_utf8_lossy(&b)
                );
            }
        }
    }

    #[test]
    fn the_two_edit_scan_finds_what_comparing_every_word_finds() {
        let list = [
            "confirmed",
            "conformed",
            "confined",
            "confirms",
            "cojfirmex",
            "confirmedly",
            "onfirmed",
            "cnofirmed",
            "confrimde",
            "xonfirmxd",
            "war",
            "cafés",
            "café",
            "caffés",
            "naïveté",
            "naivete",
            "naïvetés",
            "abcdefgh",
            "abcdefghij",
            "abcdef",
            "bacdefhg",
        ];
        let v = vocab(&list);
        for q in [
            "confirmed",
            "cojfirmex",
            "naïveté",
            "abcdefgh",
            "cafés",
            "zzzzzzzz",
        ] {
            let chars: Vec<char> = q.chars().collect();
            let mut got = v.two_edits_away(q);
            got.sort_unstable();
            let mut want: Vec<u32> = (0..v.len() as u32)
                .filter(|&w| {
                    let other: Vec<char> = v.word(w).chars().collect();
                    within_edits(&chars, &other, 2)
                })
                .collect();
            want.sort_unstable();
            assert_eq!(got, want, "{q}");
        }
    }

    #[test]
    fn words_added_later_are_found_by_prefix() {
        let mut v = vocab(&["beta", "alpha"]);
        v.intern("alphabet", true);
        assert_eq!(matched(&v, "alph", true).len(), 2);
    }
}
