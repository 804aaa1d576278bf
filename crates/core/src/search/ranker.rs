//! Ranking candidates: SkimMatcherV2's score of each query word against the
//! word the quote really has, bonuses for words standing as typed, and the
//! highlight ranges.

use std::cell::Cell;
use std::ops::Range;

use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;
use rustc_hash::FxHashMap;

use super::engine::Term;
use super::index::Index;
use super::query::Query;
use super::tokenize::{for_each_word, tokenize};
use super::vocab::{MatchKind, Variant};

/// Ranking weights, in units of SkimMatcherV2's score (about 16 per letter).
const TYPO_PENALTY: i64 = 40;
const EXACT_WORD_BONUS: i64 = 10;
const ADJACENT_PAIR_BONUS: i64 = 30;
const WHOLE_QUERY_BONUS: i64 = 100;

/// Scores and highlights candidates; built once per query.
pub(super) struct Ranker<'t> {
    index: &'t Index,
    terms: &'t [Term<'t>],
    /// Per term: the position of each variant's word among its variants.
    by_word: Vec<FxHashMap<u32, usize>>,
    /// Every variant's word by its text: recognising the query's words in a
    /// quote through this small map costs far less than looking every word
    /// of the quote up in the whole vocabulary.
    known: FxHashMap<&'t str, u32>,
    /// Per term and variant: SkimMatcherV2's score of the matched pattern
    /// against the word plus the kind's bonus (the same in every quote), made
    /// when first needed: a short prefix has thousands of variants and only
    /// those in the candidates are met. `NOT_SCORED` until then.
    scores: Vec<Vec<Cell<i64>>>,
    matcher: SkimMatcherV2,
}

const NOT_SCORED: i64 = i64::MIN;

impl<'t> Ranker<'t> {
    pub(super) fn new(index: &'t Index, terms: &'t [Term<'t>]) -> Self {
        let mut known = FxHashMap::default();
        let by_word = terms
            .iter()
            .map(|t| {
                t.variants
                    .iter()
                    .enumerate()
                    .map(|(i, v)| {
                        known.insert(index.vocab.word(v.word), v.word);
                        (v.word, i)
                    })
                    .collect()
            })
            .collect();
        let scores = terms
            .iter()
            .map(|t| {
                (0..t.variants.len())
                    .map(|_| Cell::new(NOT_SCORED))
                    .collect()
            })
            .collect();
        Ranker {
            index,
            terms,
            by_word,
            known,
            scores,
            matcher: SkimMatcherV2::default().ignore_case(),
        }
    }

    pub(super) fn variant_score(&self, term: usize, variant: usize) -> i64 {
        let cell = &self.scores[term][variant];
        if cell.get() == NOT_SCORED {
            let v = &self.terms[term].variants[variant];
            let word = self.index.vocab.word(v.word);
            let skim = self
                .matcher
                .fuzzy_match(word, &word[..v.pattern_len])
                .unwrap_or(0);
            let bonus = match v.kind {
                MatchKind::Exact => EXACT_WORD_BONUS,
                MatchKind::Prefix => 0,
                MatchKind::Typo => -TYPO_PENALTY,
            };
            cell.set(skim + bonus);
        }
        cell.get()
    }

    /// The vocabulary ids of the quote's words that some term may be, in
    /// order; None for the others.
    fn word_ids(&self, text: &str) -> Vec<Option<u32>> {
        let mut ids = Vec::with_capacity(32);
        for_each_word(text, |word, _| ids.push(self.known.get(word).copied()));
        ids
    }

    /// The best variant of each term found among the quote's words: the
    /// term's index, the variant, its score and the word's position.
    fn matched(&self, words: &[Option<u32>]) -> Vec<(usize, &'t Variant, i64, usize)> {
        let mut out = Vec::with_capacity(self.terms.len());
        for (ti, by_word) in self.by_word.iter().enumerate() {
            let mut best: Option<(usize, i64, usize)> = None;
            for (pos, w) in words.iter().enumerate() {
                if let Some(&vi) = w.and_then(|w| by_word.get(&w)) {
                    let score = self.variant_score(ti, vi);
                    if best.is_none_or(|(_, b, _)| score > b) {
                        best = Some((vi, score, pos));
                    }
                }
            }
            if let Some((vi, score, pos)) = best {
                out.push((ti, &self.terms[ti].variants[vi], score, pos));
            }
        }
        out
    }

    /// SkimMatcherV2's score of each term against the word the quote really
    /// has, less a penalty per typo, plus bonuses when the query words stand
    /// next to each other in the quote as typed.
    pub(super) fn score(&self, doc: u32, query: &Query) -> i64 {
        let ids = self.word_ids(self.index.text(doc));
        let mut score = 0;
        let mut word_positions: Vec<Option<usize>> = vec![None; query.words.len()];
        for (ti, _, term_score, pos) in self.matched(&ids) {
            score += term_score;
            if let Some(p) = self.terms[ti].position {
                word_positions[p] = Some(pos);
            }
        }
        let adjacent = word_positions
            .windows(2)
            .filter(|w| matches!(w, [Some(a), Some(b)] if *b == *a + 1))
            .count() as i64;
        score += adjacent * ADJACENT_PAIR_BONUS;
        if query.words.len() > 1 && adjacent as usize == query.words.len() - 1 {
            score += WHOLE_QUERY_BONUS;
        }
        score
    }

    /// Highlight ranges: the letters SkimMatcherV2 matches in each matched
    /// word of the quote, or the whole word when accents kept the matcher
    /// from seeing it ("Café" for "cafe").
    pub(super) fn highlights(&self, doc: u32) -> Vec<(usize, usize)> {
        let index = self.index;
        let text = index.text(doc);
        let tokens = tokenize(text);
        let ids: Vec<Option<u32>> = tokens
            .iter()
            .map(|t| self.known.get(t.word.as_str()).copied())
            .collect();
        let mut ranges: Vec<Range<usize>> = Vec::new();
        for (_, v, _, pos) in self.matched(&ids) {
            let span = tokens[pos].span.clone();
            let original = &text[span.clone()];
            let pattern = &index.vocab.word(v.word)[..v.pattern_len];
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
