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
    ids: FxHashMap<Box<str>, u32>,
    words: Vec<Box<str>>,
    postings: Vec<Vec<u32>>,
    /// Each word's posting count, kept apart from the lists: ranking the
    /// thousands of words a one-letter prefix starts by frequency then reads
    /// a small array instead of a list header per word scattered in memory.
    counts: Vec<u32>,
    /// Word ids in the order of their text, for prefix ranges.
    sorted: Vec<u32>,
    /// The first eight bytes of each word of `sorted`, big-endian, padded
    /// with zeros: a prefix search compares these in one small array
    /// instead of following a pointer to each word's text (two thirds of a
    /// typo'd prefix's time at a million quotes).
    sorted_keys: Vec<u64>,
    /// Per word: the set of its letters as bits ([`letter_mask`]) and its
    /// length in characters (at most 255): the two-typo scan reads only these.
    masks: Vec<u32>,
    char_lens: Vec<u8>,
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
        self.words.len()
    }

    pub fn word(&self, id: u32) -> &str {
        &self.words[id as usize]
    }

    pub fn id(&self, word: &str) -> Option<u32> {
        self.ids.get(word).copied()
    }

    pub fn postings(&self, id: u32) -> &[u32] {
        &self.postings[id as usize]
    }

    /// How many quotes contain the word: `postings(id).len()`, faster.
    pub fn count(&self, id: u32) -> usize {
        self.counts[id as usize] as usize
    }

    /// The id of `word`, adding it if new. With `keep_sorted` false (a bulk
    /// build) the sorted order is left for [`Vocabulary::sort`] to make once.
    pub fn intern(&mut self, word: &str, keep_sorted: bool) -> u32 {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = self.words.len() as u32;
        self.words.push(word.into());
        self.postings.push(Vec::new());
        self.counts.push(0);
        self.ids.insert(word.into(), id);
        self.masks.push(letter_mask(word));
        self.char_lens
            .push(word.chars().count().min(u8::MAX as usize) as u8);
        if keep_sorted {
            let at = self.sorted.partition_point(|&w| self.word(w) < word);
            self.sorted.insert(at, id);
            self.sorted_keys.insert(at, sort_key(word));
        }
        id
    }

    /// Puts every word into the sorted order after a bulk build.
    pub fn sort(&mut self) {
        let words = &self.words;
        self.sorted = (0..words.len() as u32).collect();
        self.sorted
            .sort_unstable_by(|&a, &b| words[a as usize].cmp(&words[b as usize]));
        self.make_sorted_keys();
    }

    fn make_sorted_keys(&mut self) {
        self.sorted_keys = self
            .sorted
            .iter()
            .map(|&w| sort_key(self.word(w)))
            .collect();
    }

    /// Records that quote `doc` contains word `id`. Docs are numbered in the
    /// order they are added, so pushing keeps each list sorted.
    pub fn add_posting(&mut self, id: u32, doc: u32) {
        let list = &mut self.postings[id as usize];
        if list.last() != Some(&doc) {
            debug_assert!(list.last().is_none_or(|&last| last < doc));
            list.push(doc);
            self.counts[id as usize] += 1;
        }
    }

    /// Drops the postings of quotes no longer live, after many deletions.
    pub fn retain_postings(&mut self, mut live: impl FnMut(u32) -> bool) {
        for (list, count) in self.postings.iter_mut().zip(&mut self.counts) {
            list.retain(|&d| live(d));
            *count = list.len() as u32;
        }
    }

    /// Renumbers every posting through `map` (old doc number → new), which must
    /// keep the order; used when the index compacts its doc numbers.
    pub fn renumber_postings(&mut self, map: &[u32]) {
        for list in &mut self.postings {
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
        range
            .into_iter()
            .filter(|&w| super::stem::stem(self.word(w)) == key)
            .collect()
    }

    /// The words exactly two edits from `word` (or one: the caller keeps the
    /// better kind), by a scan of every word's length and letter set, then
    /// the edit distance of the few that pass.
    fn two_edits_away(&self, word: &str) -> Vec<u32> {
        let chars: Vec<char> = word.chars().collect();
        let len = chars.len() as i32;
        let mask = letter_mask(word);
        let mut out = Vec::new();
        // One buffer for the words that pass the filters: an allocation per
        // word was most of this scan's time.
        let mut other: Vec<char> = Vec::with_capacity(32);
        for (id, (&m, &l)) in self.masks.iter().zip(&self.char_lens).enumerate() {
            if (l as i32 - len).abs() > 2
                || (mask & !m).count_ones() > 2
                || (m & !mask).count_ones() > 2
            {
                continue;
            }
            other.clear();
            other.extend(self.words[id].chars());
            if within_edits(&chars, &other, 2) {
                out.push(id as u32);
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

impl Vocabulary {
    /// Writes the words as one text with their lengths, and the posting
    /// lists as one array with theirs: a load then makes a few large reads
    /// instead of two small ones per word.
    pub fn write<W: std::io::Write>(&self, w: &mut super::codec::Writer<W>) -> std::io::Result<()> {
        w.u64(self.words.len() as u64)?;
        w.str(&self.words.concat())?;
        let word_lens: Vec<u32> = self.words.iter().map(|x| x.len() as u32).collect();
        w.u32s(&word_lens)?;
        let list_lens: Vec<u32> = self.postings.iter().map(|l| l.len() as u32).collect();
        w.u32s(&list_lens)?;
        w.u32_lists(&self.postings)?;
        w.u32s(&self.sorted)
    }

    /// Reads a vocabulary, checking that every posting names one of `docs`
    /// quotes and that the sorted order is a permutation of the words.
    pub fn read<R: std::io::Read>(
        r: &mut super::codec::Reader<R>,
        docs: usize,
    ) -> std::io::Result<Self> {
        use super::codec::invalid;
        let n = r.len(12)?;
        let text = r.string()?;
        let word_lens = r.u32s()?;
        let list_lens = r.u32s()?;
        let total = r.len(4)?;
        if word_lens.len() != n
            || list_lens.len() != n
            || list_lens.iter().map(|&l| l as usize).sum::<usize>() != total
        {
            return Err(invalid("word counts disagree"));
        }
        let mut v = Vocabulary::default();
        v.words.reserve_exact(n);
        v.postings.reserve_exact(n);
        v.ids.reserve(n);
        let mut at_text = 0usize;
        for (&word_len, &list_len) in word_lens.iter().zip(&list_lens) {
            let word = text
                .get(at_text..at_text + word_len as usize)
                .ok_or_else(|| invalid("word out of range"))?;
            at_text += word_len as usize;
            // Read straight into the list: no copy of all postings at once.
            let list = r.u32s_exact(list_len as usize)?;
            let ascending = list.windows(2).all(|p| p[0] < p[1]);
            if !ascending || list.last().is_some_and(|&d| d as usize >= docs) {
                return Err(invalid("posting list out of order or range"));
            }
            let id = v.intern(word, false);
            if id as usize + 1 != v.words.len() {
                return Err(invalid("repeated word"));
            }
            v.counts[id as usize] = list.len() as u32;
            v.postings[id as usize] = list;
        }
        if at_text != text.len() {
            return Err(invalid("words or postings left over"));
        }
        v.sorted = r.u32s()?;
        let mut seen = vec![false; n];
        for &w in &v.sorted {
            if w as usize >= n || std::mem::replace(&mut seen[w as usize], true) {
                return Err(invalid("sorted words out of range"));
            }
        }
        if v.sorted.len() != n {
            return Err(invalid("sorted words incomplete"));
        }
        if v.sorted.windows(2).any(|p| v.word(p[0]) >= v.word(p[1])) {
            return Err(invalid("sorted words out of order"));
        }
        v.make_sorted_keys();
        Ok(v)
    }

    /// Bytes held: the words (twice: list and map), their posting lists and
    /// the sorted order.
    pub fn heap_bytes(&self) -> usize {
        let words: usize = self.words.iter().map(|w| 2 * (w.len() + 16) + 8).sum();
        let postings: usize = self.postings.iter().map(|l| l.capacity() * 4 + 24).sum();
        words
            + postings
            + self.sorted.capacity() * 4
            + self.sorted_keys.capacity() * 8
            + self.counts.capacity() * 4
    }

    pub fn shrink_to_fit(&mut self) {
        for list in &mut self.postings {
            list.shrink_to_fit();
        }
    }
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
pub fn within_edits(a: &[char], b: &[char], max: usize) -> bool {
    if a.len().abs_diff(b.len()) > max {
        return false;
    }
    let width = b.len() + 1;
    let mut before: Vec<usize> = vec![0; width];
    let mut prev: Vec<usize> = (0..width).collect();
    let mut row: Vec<usize> = vec![0; width];
    for i in 1..=a.len() {
        row[0] = i;
        let mut best = row[0];
        for j in 1..width {
            let substitution = prev[j - 1] + usize::from(a[i - 1] != b[j - 1]);
            let mut d = substitution.min(prev[j] + 1).min(row[j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            row[j] = d;
            best = best.min(d);
        }
        if best > max {
            return false;
        }
        std::mem::swap(&mut before, &mut prev);
        std::mem::swap(&mut prev, &mut row);
    }
    prev[width - 1] <= max
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

    #[test]
    fn words_added_later_are_found_by_prefix() {
        let mut v = vocab(&["beta", "alpha"]);
        v.intern("alphabet", true);
        assert_eq!(matched(&v, "alph", true).len(), 2);
    }
}
