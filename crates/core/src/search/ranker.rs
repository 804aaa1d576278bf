//! Ranking candidates by a key read from the words each quote really has,
//! and the highlight ranges (SkimMatcherV2's matched letters).
//!
//! The key orders by, in turn: how many of the query's words the quote holds
//! (a fallback holds fewer; a missing common word such as "of" is forgiven
//! when the other words stand together in order, see `COMMON_SHARE` in the
//! engine); how far they are from the words as
//! typed (exact and prefix, then another inflection, then one edit, then
//! two); how many of the query's neighbouring words stand next to each other
//! in the quote, in order, in the best alignment (not at each word's first
//! occurrence: "anger and anxiety" finds the phrase after an earlier "and");
//! how many common words it holds; whether the first word opens the quote;
//! and how much of the quote the words cover (a short quote that is mostly
//! the query beats a long one). The caller breaks ties newest first.

use std::ops::Range;

use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;
use rustc_hash::FxHashMap;

use super::engine::Term;
use super::index::Index;
use super::tokenize::for_each_word;
use super::vocab::{MatchKind, Variant};

/// Bit positions of the parts of the packed key, most significant first.
const MATCHED_SHIFT: u32 = 48;
const COST_SHIFT: u32 = 36;
const ADJACENT_SHIFT: u32 = 28;
const RUN_SHIFT: u32 = 24;
const COMMON_SHIFT: u32 = 20;
const START_SHIFT: u32 = 19;
const COVERAGE_SHIFT: u32 = 9;
const MAX_RUN: usize = (1 << (ADJACENT_SHIFT - RUN_SHIFT)) - 1;
const MAX_COMMON: usize = (1 << (RUN_SHIFT - COMMON_SHIFT)) - 1;
const MAX_COST: u32 = (1 << (MATCHED_SHIFT - COST_SHIFT)) - 1;
const MAX_ADJACENT: usize = (1 << (COST_SHIFT - ADJACENT_SHIFT)) - 1;
/// Coverage in thousandths (fits the bits below the start flag).
const COVERAGE_SCALE: usize = 1000;

/// A candidate's place in the ranking, and the parts a person can read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Ranked {
    /// The packed key: higher is better.
    pub score: i64,
    pub matched: usize,
    pub edits: usize,
}

/// How a term was found in a quote: its best match and every position.
#[derive(Default)]
struct Found {
    /// Kind of the best (cheapest) match and its word's position.
    best: Option<(MatchKind, usize, usize)>,
    positions: Vec<usize>,
}

/// Scores and highlights candidates; built once per query.
pub(super) struct Ranker<'t> {
    index: &'t Index,
    terms: &'t [Term<'t>],
    /// Every variant's word by its text, with the terms it is a variant of
    /// and its place among each one's variants: recognising the query's
    /// words in a quote through this small map, once a word for all the
    /// terms, costs far less than looking every word of the quote up in
    /// the whole vocabulary, or in a map per term.
    known: FxHashMap<&'t str, Vec<(usize, usize)>>,
    /// The terms of a word being typed, with the word as typed.
    typed: Vec<(usize, &'t str)>,
    /// The terms of the freely typed words, in query order.
    free: Vec<usize>,
    /// Per term: whether it is a common word, whose absence is forgiven.
    common: Vec<bool>,
    matcher: SkimMatcherV2,
}

impl<'t> Ranker<'t> {
    /// `common` says, per term, whether it is a common word.
    pub(super) fn new(index: &'t Index, terms: &'t [Term<'t>], common: Vec<bool>) -> Self {
        let mut known: FxHashMap<&str, Vec<(usize, usize)>> = FxHashMap::default();
        for (ti, t) in terms.iter().enumerate() {
            for (vi, v) in t.variants.iter().enumerate() {
                // The words starting with the word being typed are
                // recognised by that (see `find`): a short prefix has
                // thousands, and putting each in the map was a tenth of a
                // query's time.
                if t.typed_prefix.is_some()
                    && matches!(v.kind, MatchKind::Exact | MatchKind::Prefix)
                {
                    continue;
                }
                let word = index.vocab.word(v.word);
                if t.typed_prefix.is_some_and(|p| word.starts_with(p)) {
                    continue;
                }
                known.entry(word).or_default().push((ti, vi));
            }
        }
        let typed = terms
            .iter()
            .enumerate()
            .filter_map(|(ti, t)| t.typed_prefix.map(|p| (ti, p)))
            .collect();
        let mut free: Vec<(usize, usize)> = terms
            .iter()
            .enumerate()
            .filter_map(|(i, t)| t.position.map(|p| (p, i)))
            .collect();
        free.sort_unstable();
        Ranker {
            index,
            terms,
            known,
            typed,
            common,
            free: free.into_iter().map(|(_, i)| i).collect(),
            matcher: SkimMatcherV2::default().ignore_case(),
        }
    }

    /// Where each term stands in `text`, and how many words the text has;
    /// with `spans`, the words' byte ranges are put there.
    fn find(&self, text: &str, mut spans: Option<&mut Vec<Range<usize>>>) -> (Vec<Found>, usize) {
        let mut found: Vec<Found> = self.terms.iter().map(|_| Found::default()).collect();
        let mut pos = 0;
        let mut record = |ti: usize, kind: MatchKind, vi: usize, pos: usize| {
            let f = &mut found[ti];
            f.positions.push(pos);
            if f.best.is_none_or(|(k, _, _)| kind < k) {
                f.best = Some((kind, vi, pos));
            }
        };
        for_each_word(text, |word, span| {
            if let Some(spans) = spans.as_deref_mut() {
                spans.push(span);
            }
            // A term has one variant a word at most, and a word starting
            // with the word being typed is none of its variants in the map.
            if let Some(matches) = self.known.get(word) {
                for &(ti, vi) in matches {
                    record(ti, self.terms[ti].variants[vi].kind, vi, pos);
                }
            }
            // A word being typed matches every word it starts (a short one
            // keeps only its most frequent words as variants; the rarer
            // ones it starts match it too).
            for &(ti, typed) in &self.typed {
                if word.starts_with(typed) {
                    let kind = if word.len() == typed.len() {
                        MatchKind::Exact
                    } else {
                        MatchKind::Prefix
                    };
                    record(ti, kind, usize::MAX, pos);
                }
            }
            pos += 1;
        });
        (found, pos)
    }

    /// The candidate's ranking key (see the module's comment).
    pub(super) fn rank(&self, doc: u32) -> Ranked {
        let (found, words) = self.find(self.index.text(doc), None);
        let mut matched = 0;
        let mut cost = 0u32;
        let mut edits = 0;
        // A common word missing ("of") counts as matched in the first part
        // of the key (see `together` below), and only after the adjacency
        // of the others: the quote with the words meant, together, beats
        // one that also holds "of".
        let mut forgiven = 0;
        let mut common_held = 0;
        for (ti, f) in found.iter().enumerate() {
            if let Some((kind, _, _)) = f.best {
                matched += 1;
                cost += kind.cost();
                edits += kind.edits();
                common_held += usize::from(self.common[ti]);
            } else if self.common[ti] {
                forgiven += 1;
            }
        }
        let in_order: Vec<&[usize]> = self
            .free
            .iter()
            .map(|&ti| found[ti].positions.as_slice())
            .filter(|p| !p.is_empty())
            .collect();
        let adjacent = best_adjacent_pairs(&in_order).min(MAX_ADJACENT);
        // Missing common words are forgiven only when the quote holds the
        // other words (three or more: a phrase, where two words together
        // are often chance) together and in order: then it is the passage
        // meant with a word misremembered, not a quote holding one rare word
        // and none of the rest.
        let together = in_order.len() >= 3 && adjacent + 1 == in_order.len();
        let forgiven = if together { forgiven } else { 0 };
        let at_start = in_order.first().is_some_and(|p| p[0] == 0);
        let coverage = (matched * COVERAGE_SCALE / words.max(1)).min(COVERAGE_SCALE);
        let score = (((matched + forgiven) as i64) << MATCHED_SHIFT)
            | (i64::from(MAX_COST - cost.min(MAX_COST)) << COST_SHIFT)
            | ((adjacent as i64) << ADJACENT_SHIFT)
            | ((longest_run(&found).min(MAX_RUN) as i64) << RUN_SHIFT)
            | ((common_held.min(MAX_COMMON) as i64) << COMMON_SHIFT)
            | (i64::from(at_start) << START_SHIFT)
            | ((coverage as i64) << COVERAGE_SHIFT);
        Ranked {
            score,
            matched,
            edits,
        }
    }

    /// Highlight ranges: the letters SkimMatcherV2 matches in each matched
    /// word of the quote, or the whole word when accents kept the matcher
    /// from seeing it ("Café" for "cafe").
    pub(super) fn highlights(&self, doc: u32) -> Vec<(usize, usize)> {
        let index = self.index;
        let text = index.text(doc);
        let mut spans = Vec::with_capacity(32);
        let (found, _) = self.find(text, Some(&mut spans));
        let mut ranges: Vec<Range<usize>> = Vec::new();
        for (ti, f) in found.iter().enumerate() {
            let Some((_, vi, pos)) = f.best else { continue };
            let span = spans[pos].clone();
            let original = &text[span.clone()];
            let pattern = match self.terms[ti].variants.get(vi) {
                Some(v) => variant_pattern(index, v),
                None => self.terms[ti].typed_prefix.unwrap_or(""),
            };
            match self.matcher.fuzzy_indices(original, pattern) {
                Some((_, indices)) => {
                    let starts: Vec<usize> = original.char_indices().map(|(i, _)| i).collect();
                    for i in indices {
                        let start = span.start + starts[i];
                        let end = span.start + starts.get(i + 1).copied().unwrap_or(original.len());
                        ranges.push(start..end);
                    }
                }
                None => ranges.push(span),
            }
        }
        merge_ranges(ranges)
    }
}

/// The part of a variant's word the query matched.
fn variant_pattern<'a>(index: &'a Index, v: &Variant) -> &'a str {
    let word = index.vocab.word(v.word);
    word.get(..v.pattern_len).unwrap_or(word)
}

/// The most pairs of neighbouring query words that can stand next to each
/// other, in order, in one alignment of the query's words to the quote's:
/// `positions[i]` lists (ascending) where the i-th matched query word occurs.
/// A dynamic programme over the words: for each occurrence, the best count
/// of an alignment ending there.
fn best_adjacent_pairs(positions: &[&[usize]]) -> usize {
    let Some(first) = positions.first() else {
        return 0;
    };
    let mut previous: Vec<(usize, usize)> = first.iter().map(|&p| (p, 0)).collect();
    for list in &positions[1..] {
        let best_so_far = previous.iter().map(|&(_, v)| v).max().unwrap_or(0);
        previous = list
            .iter()
            .map(|&p| {
                let follows = p
                    .checked_sub(1)
                    .and_then(|before| {
                        previous
                            .binary_search_by_key(&before, |&(q, _)| q)
                            .ok()
                            .map(|i| previous[i].1 + 1)
                    })
                    .unwrap_or(0);
                (p, follows.max(best_so_far))
            })
            .collect();
    }
    previous.iter().map(|&(_, v)| v).max().unwrap_or(0)
}

/// The most consecutive words of the quote that are each a different query
/// word, in any order: a query typed out of order still finds the passage
/// it came from ("money makes it" for "It makes money").
fn longest_run(found: &[Found]) -> usize {
    let mut at: Vec<(usize, usize)> = found
        .iter()
        .enumerate()
        .flat_map(|(term, f)| f.positions.iter().map(move |&p| (p, term)))
        .collect();
    at.sort_unstable();
    // A word matching two query words counts for the first.
    at.dedup_by_key(|&mut (p, _)| p);
    let mut best = 0;
    let mut run: Vec<usize> = Vec::new();
    let mut last: Option<usize> = None;
    for (p, term) in at {
        if last.is_some_and(|l| l + 1 == p) {
            if let Some(i) = run.iter().position(|&t| t == term) {
                // The same query word again: the run restarts after it.
                run.drain(..=i);
            }
        } else {
            run.clear();
        }
        run.push(term);
        last = Some(p);
        best = best.max(run.len());
    }
    best
}

/// Sorts and merges touching or overlapping ranges.
fn merge_ranges(mut ranges: Vec<Range<usize>>) -> Vec<(usize, usize)> {
    ranges.sort_by_key(|r| r.start);
    let mut out: Vec<(usize, usize)> = Vec::new();
    for r in ranges {
        match out.last_mut() {
            Some(last) if r.start <= last.1 => last.1 = last.1.max(r.end),
            _ => out.push((r.start, r.end)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{best_adjacent_pairs, longest_run, Found};

    #[test]
    fn the_longest_run_counts_neighbouring_query_words_in_any_order() {
        let found = |lists: &[&[usize]]| -> Vec<Found> {
            lists
                .iter()
                .map(|p| Found {
                    best: None,
                    positions: p.to_vec(),
                })
                .collect()
        };
        // "money makes it" in "It makes money. It's the No.1 ...": 0, 1, 2.
        assert_eq!(longest_run(&found(&[&[2], &[1], &[0, 3]])), 3);
        // The same word twice is not a longer run.
        assert_eq!(longest_run(&found(&[&[0, 1], &[5]])), 1);
        assert_eq!(longest_run(&found(&[&[0, 2], &[1]])), 2);
        assert_eq!(longest_run(&found(&[])), 0);
    }

    #[test]
    fn the_best_alignment_counts_adjacent_pairs_not_first_occurrences() {
        // "anger and anxiety" in "and then anger and anxiety": the first
        // "and" (0) is not next to "anger" (2); the second (3) is.
        assert_eq!(best_adjacent_pairs(&[&[2], &[0, 3], &[4]]), 2);
        // Out of order: no pair.
        assert_eq!(best_adjacent_pairs(&[&[5], &[4]]), 0);
        assert_eq!(best_adjacent_pairs(&[]), 0);
        assert_eq!(best_adjacent_pairs(&[&[1, 7], &[8], &[2]]), 1);
    }
}
