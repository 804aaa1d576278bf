//! Answering a query: candidates from the vocabulary and posting lists,
//! checked against every condition, then re-ranked with fuzzy-matcher.

use std::cell::Cell;
use std::ops::Range;

use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;
use rustc_hash::{FxHashMap, FxHashSet};

use super::index::Index;
use super::postings::{DescendingCursor, DescendingUnion};
use super::query::{Filters, Query};
use super::tokenize::{for_each_word, tokenize};
use super::vocab::{MatchKind, Variant};

/// At most this many candidates are re-ranked; more are counted by estimate.
/// Scoring one candidate costs a few microseconds, so this keeps a query of a
/// common prefix within one frame.
pub const RERANK_CAP: usize = 300;

/// A term checked with one galloping cursor per list up to this many lists;
/// beyond, with a bitmap of its quotes (or, when even that would cost more
/// than reading candidates, by reading the candidate's words).
const MAX_CURSOR_LISTS: usize = 16;
const MAX_BITMAP_POSTINGS: usize = 8_000_000;

/// The walk over the rarest term stops after this many posting entries even
/// if fewer than [`RERANK_CAP`] candidates passed every check (many common
/// words that rarely meet): the count is then estimated. This bounds the
/// worst query's time.
const WALK_BUDGET: usize = 60_000;

/// Relative costs of checking a term: reading a quote's words (about 140
/// characters, tokenized) against marking one posting in a bitmap.
const READ_QUOTE_COST: f64 = 100.0;
const MARK_POSTING_COST: f64 = 1.0;

/// Listing the newest quotes through filters stops counting after this many
/// quotes were looked at, and estimates the rest.
const LISTING_SCAN_BUDGET: usize = 200_000;

/// Ranking weights, in units of SkimMatcherV2's score (about 16 per letter).
const TYPO_PENALTY: i64 = 40;
const EXACT_WORD_BONUS: i64 = 10;
const ADJACENT_PAIR_BONUS: i64 = 30;
const WHOLE_QUERY_BONUS: i64 = 100;

/// One quote found.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Hit {
    pub id: i64,
    /// Higher is better; 0 for a listing without query text.
    pub score: i64,
    /// Matched parts of the quote's text as UTF-8 byte ranges `[start, end)`,
    /// ascending and not overlapping (the same kind of offsets as
    /// `ExtractedQuote::start`/`end`).
    #[cfg_attr(feature = "ts", ts(type = "Array<[number, number]>"))]
    pub highlights: Vec<(usize, usize)>,
}

/// The answer to a query.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SearchResults {
    /// Best first; ties newest first.
    pub hits: Vec<Hit>,
    /// How many quotes match.
    pub total: usize,
    /// True when `total` is an estimate because the index stopped looking
    /// (only the newest candidates were re-ranked).
    pub approximate: bool,
}

/// A query word or a phrase word: the vocabulary words it may be.
struct Term<'a> {
    variants: Vec<Variant>,
    /// Sum of the variants' posting list lengths: the cost of walking it.
    total: usize,
    /// Position among the free words, for the adjacency bonus (None for
    /// phrase words).
    position: Option<usize>,
    /// Set when the term is a word being typed too short for typos: its
    /// variants are exactly the words starting with it.
    pure_prefix: Option<&'a str>,
}

/// How a term other than the walked one is checked for each candidate.
enum Check<'a> {
    /// One galloping cursor per variant's posting list.
    Cursors(Vec<DescendingCursor<'a>>),
    /// A bitmap of the quotes holding any variant.
    Bits(Vec<u64>),
    /// A short last word: some word of the quote starts with it.
    Prefix(&'a str),
    /// Some word of the quote is one of these (read from the quote).
    Words(FxHashSet<u32>),
}

impl Check<'_> {
    fn cost_rank(&self) -> u8 {
        match self {
            Check::Bits(_) => 0,
            Check::Cursors(_) => 1,
            Check::Prefix(_) => 2,
            Check::Words(_) => 3,
        }
    }
}

/// What must hold for each candidate besides the terms.
struct Conditions {
    speakers: Option<FxHashSet<u32>>,
    outlets: Option<FxHashSet<u32>>,
    from: i32,
    to: i32,
}

impl Conditions {
    fn new(index: &Index, filters: &Filters) -> Self {
        let matching = |names: &super::names::Names, values: &[String]| -> Option<FxHashSet<u32>> {
            let mut set: Option<FxHashSet<u32>> = None;
            for v in values {
                let ids: FxHashSet<u32> = names.matching(v).into_iter().collect();
                set = Some(match set {
                    None => ids,
                    Some(s) => s.intersection(&ids).copied().collect(),
                });
            }
            set
        };
        let day = |d: chrono::NaiveDate| chrono::Datelike::num_days_from_ce(&d);
        Conditions {
            speakers: matching(&index.speakers, &filters.speakers),
            outlets: matching(&index.outlets, &filters.outlets),
            from: filters.from.map_or(i32::MIN, day),
            to: filters.to.map_or(i32::MAX, day),
        }
    }

    fn passes(&self, index: &Index, doc: u32) -> bool {
        let s = &index.slots[doc as usize];
        s.live
            && s.day >= self.from
            && s.day <= self.to
            && self
                .speakers
                .as_ref()
                .is_none_or(|set| set.contains(&s.speaker))
            && self
                .outlets
                .as_ref()
                .is_none_or(|set| set.contains(&s.outlet))
            && !(s.day == super::index::UNDATED && (self.from != i32::MIN || self.to != i32::MAX))
    }

    /// The smallest doc list a filter allows, when a filter names speakers or
    /// outlets: a listing can walk it instead of every quote.
    fn narrowest_lists<'a>(&self, index: &'a Index) -> Option<Vec<&'a [u32]>> {
        let speakers = self.speakers.as_ref().map(|set| {
            set.iter()
                .filter(|&&id| id != Index::no_name())
                .map(|&id| index.speaker_docs(id))
                .collect::<Vec<_>>()
        });
        let outlets = self.outlets.as_ref().map(|set| {
            set.iter()
                .filter(|&&id| id != Index::no_name())
                .map(|&id| index.outlet_docs(id))
                .collect::<Vec<_>>()
        });
        let size = |l: &Vec<&[u32]>| l.iter().map(|x| x.len()).sum::<usize>();
        match (speakers, outlets) {
            (Some(s), Some(o)) => Some(if size(&s) <= size(&o) { s } else { o }),
            (s, o) => s.or(o),
        }
    }
}

impl Index {
    /// Searches with the text of the search box plus the UI's filters.
    pub fn search(
        &self,
        input: &str,
        filters: &Filters,
        limit: usize,
    ) -> Result<SearchResults, super::SearchError> {
        let mut query = super::query::parse(input)?;
        query.filters = query.filters.and(filters);
        Ok(self.search_query(&query, limit))
    }

    /// Searches with a parsed query.
    pub fn search_query(&self, query: &Query, limit: usize) -> SearchResults {
        let conditions = Conditions::new(self, &query.filters);
        if query.has_no_text() {
            return self.newest(&conditions, limit);
        }
        let Some((terms, mut approximate)) = self.terms(query) else {
            return SearchResults::default();
        };
        let (candidates, total, capped) = self.candidates(query, &terms, &conditions);
        approximate |= capped;
        let ranker = Ranker::new(self, &terms);
        let single_word = terms.len() == 1 && query.words.len() == 1;
        let mut scored: Vec<(i64, u32)> = candidates
            .iter()
            .map(|&(d, variant)| {
                // One word: its score is that of the best variant the walk
                // met the quote in; no need to read the quote.
                let score = if single_word {
                    ranker.variant_score(0, variant)
                } else {
                    ranker.score(d, query)
                };
                (score, d)
            })
            .collect();
        scored.sort_unstable_by(|a, b| {
            b.0.cmp(&a.0)
                .then_with(|| self.date_key(b.1).cmp(&self.date_key(a.1)))
        });
        scored.truncate(limit);
        let hits = scored
            .into_iter()
            .map(|(score, d)| Hit {
                id: self.slots[d as usize].id,
                score,
                highlights: ranker.highlights(d),
            })
            .collect();
        SearchResults {
            hits,
            total,
            approximate,
        }
    }

    /// The query's words and phrase words as terms; None when one of them is
    /// in no quote at all (nothing can match).
    fn terms<'q>(&self, query: &'q Query) -> Option<(Vec<Term<'q>>, bool)> {
        let mut terms = Vec::new();
        let mut truncated = false;
        let last = query.words.len().saturating_sub(1);
        for (i, word) in query.words.iter().enumerate() {
            let as_prefix = query.last_is_prefix && i == last;
            let (variants, cut) = self.vocab.expand(word, as_prefix);
            truncated |= cut;
            let pure_prefix = as_prefix && word.chars().count() < super::vocab::MIN_TYPO_LEN;
            terms.push(Term {
                variants,
                total: 0,
                position: Some(i),
                pure_prefix: pure_prefix.then_some(word.as_str()),
            });
        }
        let mut phrase_words: Vec<&String> = query.phrases.iter().flatten().collect();
        phrase_words.sort();
        phrase_words.dedup();
        for word in phrase_words {
            let variants = self
                .vocab
                .id(word)
                .map(|w| {
                    vec![Variant {
                        word: w,
                        kind: MatchKind::Exact,
                        pattern_len: word.len(),
                    }]
                })
                .unwrap_or_default();
            terms.push(Term {
                variants,
                total: 0,
                position: None,
                pure_prefix: None,
            });
        }
        for t in &mut terms {
            // Best first, so a walk over the union knows which list matched best.
            t.variants
                .sort_by_key(|v| (v.kind, std::cmp::Reverse(v.pattern_len), v.word));
            t.total = t
                .variants
                .iter()
                .map(|v| self.vocab.postings(v.word).len())
                .sum();
            if t.total == 0 {
                return None;
            }
        }
        Some((terms, truncated))
    }

    /// Walks the rarest term's quotes from the newest down, keeping those that
    /// pass every condition, up to [`RERANK_CAP`]. Returns them, the number of
    /// matches (estimated if the walk stopped early) and whether it did.
    fn candidates(
        &self,
        query: &Query,
        terms: &[Term],
        conditions: &Conditions,
    ) -> (Vec<(u32, usize)>, usize, bool) {
        let driver_at = (0..terms.len())
            .min_by_key(|&i| terms[i].total)
            .unwrap_or(0);
        let driver = &terms[driver_at];
        let lists = |t: &Term| {
            t.variants
                .iter()
                .map(|v| self.vocab.postings(v.word))
                .collect::<Vec<_>>()
        };
        let mut walk = DescendingUnion::new(lists(driver));

        // How many of the driver's quotes the walk will likely visit: all of
        // them, unless the other terms are common enough that the cap of
        // candidates is reached sooner. It decides how to check each term.
        let live = self.len().max(1) as f64;
        let pass_rate: f64 = terms
            .iter()
            .enumerate()
            .filter(|&(i, _)| i != driver_at)
            .map(|(_, t)| (t.total as f64 / live).min(1.0))
            .product();
        let expected_walk = (driver.total.min(WALK_BUDGET) as f64)
            .min(RERANK_CAP as f64 / pass_rate.max(f64::MIN_POSITIVE));
        let docs = self.slots.len();
        let mut checks: Vec<Check> = terms
            .iter()
            .enumerate()
            .filter(|&(i, _)| i != driver_at)
            .map(|(_, t)| {
                let reading_costs_less =
                    expected_walk * READ_QUOTE_COST < t.total as f64 * MARK_POSTING_COST;
                if t.variants.len() <= MAX_CURSOR_LISTS {
                    Check::Cursors(lists(t).into_iter().map(DescendingCursor::new).collect())
                } else if let Some(prefix) = t.pure_prefix.filter(|_| reading_costs_less) {
                    // A one- or two-letter prefix has millions of postings:
                    // reading the few quotes visited costs less than marking them.
                    Check::Prefix(prefix)
                } else if t.total <= MAX_BITMAP_POSTINGS {
                    let mut bits = vec![0u64; docs.div_ceil(64)];
                    for list in lists(t) {
                        for &d in list {
                            bits[d as usize / 64] |= 1 << (d % 64);
                        }
                    }
                    Check::Bits(bits)
                } else if let Some(prefix) = t.pure_prefix {
                    Check::Prefix(prefix)
                } else {
                    Check::Words(t.variants.iter().map(|v| v.word).collect())
                }
            })
            .collect();
        // Cheapest checks first: a quote failing one is not asked the rest.
        checks.sort_by_key(Check::cost_rank);
        let mut excluded_words: Vec<DescendingCursor> = query
            .excluded
            .iter()
            .filter(|e| e.len() == 1)
            .filter_map(|e| self.vocab.id(&e[0]))
            .map(|w| DescendingCursor::new(self.vocab.postings(w)))
            .collect();
        let excluded_phrases: Vec<&Vec<String>> =
            query.excluded.iter().filter(|e| e.len() > 1).collect();
        let needs_words = checks.iter().any(|c| matches!(c, Check::Words(_)))
            || !query.phrases.is_empty()
            || !excluded_phrases.is_empty();

        let mut found = Vec::new();
        let mut capped = false;
        'docs: while let Some(doc) = walk.next() {
            if walk.consumed > WALK_BUDGET {
                capped = true;
                break;
            }
            for check in &mut checks {
                let passes = match check {
                    // Cursors only need the docs asked about to descend; a
                    // doc skipped by short-circuiting is simply not asked.
                    Check::Cursors(cursors) => cursors.iter_mut().any(|c| c.contains(doc)),
                    Check::Bits(bits) => bits[doc as usize / 64] & (1 << (doc % 64)) != 0,
                    Check::Prefix(prefix) => {
                        let mut found = false;
                        for_each_word(self.text(doc), |word, _| found |= word.starts_with(*prefix));
                        found
                    }
                    Check::Words(_) => true,
                };
                if !passes {
                    continue 'docs;
                }
            }
            if excluded_words.iter_mut().any(|c| c.contains(doc)) {
                continue;
            }
            // After the term checks: they read small lists and bitmaps, this
            // reads the quote's slot in a table of a million.
            if !conditions.passes(self, doc) {
                continue;
            }
            if needs_words {
                let words = self.word_ids(doc);
                for check in &checks {
                    if let Check::Words(set) = check {
                        if !words.iter().any(|w| w.is_some_and(|w| set.contains(&w))) {
                            continue 'docs;
                        }
                    }
                }
                for phrase in &query.phrases {
                    if !contains_sequence(&self.vocab, &words, phrase) {
                        continue 'docs;
                    }
                }
                for phrase in &excluded_phrases {
                    if contains_sequence(&self.vocab, &words, phrase) {
                        continue 'docs;
                    }
                }
            }
            found.push((doc, walk.best_list));
            if found.len() >= RERANK_CAP {
                capped = !walk.is_exhausted();
                break;
            }
        }
        let total = if capped {
            let ratio = driver.total as f64 / walk.consumed.max(1) as f64;
            ((found.len() as f64 * ratio).round() as usize).max(found.len())
        } else {
            found.len()
        };
        (found, total, capped)
    }

    /// The vocabulary ids of a quote's words, in order.
    fn word_ids(&self, doc: u32) -> Vec<Option<u32>> {
        let mut ids = Vec::with_capacity(32);
        for_each_word(self.text(doc), |word, _| ids.push(self.vocab.id(word)));
        ids
    }

    /// The newest quotes passing the filters (a query without text).
    fn newest(&self, conditions: &Conditions, limit: usize) -> SearchResults {
        let hit = |d: u32| Hit {
            id: self.slots[d as usize].id,
            score: 0,
            highlights: Vec::new(),
        };
        if let Some(lists) = conditions.narrowest_lists(self) {
            let mut docs: Vec<u32> = DescendingUnion::new(lists)
                .filter(|&d| conditions.passes(self, d))
                .collect();
            let total = docs.len();
            docs.sort_unstable_by_key(|&d| std::cmp::Reverse(self.date_key(d)));
            return SearchResults {
                hits: docs.into_iter().take(limit).map(hit).collect(),
                total,
                approximate: false,
            };
        }
        let mut hits = Vec::new();
        let mut total = 0;
        let mut scanned = 0;
        for &d in self.by_date.iter().rev() {
            scanned += 1;
            if conditions.passes(self, d) {
                total += 1;
                if hits.len() < limit {
                    hits.push(hit(d));
                }
            }
            if scanned >= LISTING_SCAN_BUDGET && hits.len() >= limit {
                let estimate =
                    (total as f64 * self.by_date.len() as f64 / scanned as f64).round() as usize;
                let exact = scanned == self.by_date.len();
                return SearchResults {
                    hits,
                    total: if exact { total } else { estimate },
                    approximate: !exact,
                };
            }
        }
        SearchResults {
            hits,
            total,
            approximate: false,
        }
    }
}

/// Scores and highlights candidates; built once per query.
struct Ranker<'t> {
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
    fn new(index: &'t Index, terms: &'t [Term<'t>]) -> Self {
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

    fn variant_score(&self, term: usize, variant: usize) -> i64 {
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
    fn score(&self, doc: u32, query: &Query) -> i64 {
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
    fn highlights(&self, doc: u32) -> Vec<(usize, usize)> {
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

/// Whether the quote's words contain `phrase` as consecutive words.
fn contains_sequence(
    vocab: &super::vocab::Vocabulary,
    words: &[Option<u32>],
    phrase: &[String],
) -> bool {
    let ids: Option<Vec<u32>> = phrase.iter().map(|w| vocab.id(w)).collect();
    let Some(ids) = ids else { return false };
    words
        .windows(ids.len())
        .any(|w| w.iter().zip(&ids).all(|(a, b)| *a == Some(*b)))
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
