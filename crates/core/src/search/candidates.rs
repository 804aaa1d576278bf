//! Finding candidates: the rarest term's quotes walked from the newest down,
//! each checked against the other terms, the exclusions and the filters.

use rustc_hash::FxHashSet;

use super::engine::{Conditions, Term, RERANK_CAP};
use super::index::Index;
use super::postings::{DescendingCursor, DescendingUnion};
use super::query::Query;
use super::tokenize::for_each_word;
use super::vocab::MatchKind;

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

/// A fallback (quotes missing a word) keeps fewer candidates and walks less:
/// its quotes rank below every full match and only fill in a short list, and
/// it runs after the full-match walk within the same keystroke.
const FALLBACK_CAP: usize = 200;
const FALLBACK_WALK_BUDGET: usize = 30_000;

/// The pass over the quotes lacking only common words keeps fewer still:
/// it runs on every query with a common word, and the quote it is for
/// holds the rarer words together, so it is among the first met.
const UNCOMMON_CAP: usize = 100;
const UNCOMMON_WALK_BUDGET: usize = 15_000;

/// Which pass a walk for candidates is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Pass {
    /// Every word.
    Full,
    /// Every word but the common ones.
    Uncommon,
    /// Missing a word or two.
    Fallback,
}

/// Relative costs of checking a term: reading a quote's words (about 140
/// characters, tokenized) against marking one posting in a bitmap.
const READ_QUOTE_COST: f64 = 100.0;
const MARK_POSTING_COST: f64 = 1.0;

/// How a term other than the walked one is checked for each candidate.
enum Check<'a> {
    /// One galloping cursor per variant's posting list.
    Cursors(Vec<DescendingCursor<'a>>),
    /// A bitmap of the quotes holding any variant, marked as the walk
    /// goes down.
    Bits(LazyBits<'a>),
    /// A short last word: some word of the quote starts with it, or is one
    /// of its few typo'd variants ([`super::vocab::Vocabulary::one_letter_added`]).
    Prefix(&'a str, Vec<&'a str>),
    /// Some word of the quote is one of these (read from the quote).
    Words(FxHashSet<u32>),
}

/// Docs marked per step of a [`LazyBits`].
const MARK_STEP: u32 = 1 << 15;

/// A bitmap of the docs in any of some posting lists, marked from the
/// newest doc down a step at a time, as a walk from the newest down asks
/// about lower docs. A walk that stops at the cap of candidates (most
/// queries of common words) marks only the postings of the docs it passed:
/// marking every posting of a term with hundreds of variants up front was
/// a quarter of a long query's time at a million quotes.
struct LazyBits<'a> {
    bits: Vec<u64>,
    /// Per list, the part not marked yet: `list[..end]`.
    lists: Vec<(&'a [u32], usize)>,
    /// Every doc at or above it is marked.
    floor: u32,
}

impl<'a> LazyBits<'a> {
    fn new(lists: Vec<&'a [u32]>, docs: usize) -> Self {
        LazyBits {
            bits: vec![0u64; docs.div_ceil(64)],
            lists: lists.into_iter().map(|l| (l, l.len())).collect(),
            floor: u32::try_from(docs).unwrap_or(u32::MAX),
        }
    }

    fn contains(&mut self, doc: u32) -> bool {
        while doc < self.floor {
            let next = self.floor.saturating_sub(MARK_STEP);
            let bits = &mut self.bits;
            self.lists.retain_mut(|(list, end)| {
                while *end > 0 && list[*end - 1] >= next {
                    let d = list[*end - 1] as usize;
                    if let Some(word) = bits.get_mut(d / 64) {
                        *word |= 1 << (d % 64);
                    }
                    *end -= 1;
                }
                *end > 0
            });
            self.floor = next;
        }
        self.bits
            .get(doc as usize / 64)
            .is_some_and(|w| w & (1 << (doc % 64)) != 0)
    }
}

impl Check<'_> {
    fn cost_rank(&self) -> u8 {
        match self {
            Check::Bits(_) => 0,
            Check::Cursors(_) => 1,
            Check::Prefix(..) => 2,
            Check::Words(_) => 3,
        }
    }
}

/// How a term is checked, and whether a quote must pass it: a phrase's
/// words must always be there, a freely typed word may be missed by a
/// fallback.
struct TermCheck<'a> {
    check: Check<'a>,
    mandatory: bool,
}

impl Index {
    /// Walks the quotes from the newest down, keeping those that hold every
    /// term but at most `missing` of the freely typed words and pass every
    /// other condition, up to [`RERANK_CAP`] (fewer for a fallback); docs in
    /// `skip` (found before)
    /// are passed over. Returns them, the number of matches (estimated if the
    /// walk stopped early) and whether it did; None when no quote can have
    /// enough of the words.
    ///
    /// Any quote missing at most `missing` free words holds one of any
    /// `missing + 1` of them, so the walk goes over the union of the rarest
    /// `missing + 1` (or the rarest phrase word, which every match holds).
    pub(super) fn candidates(
        &self,
        query: &Query,
        terms: &[Term],
        conditions: &Conditions,
        missing: usize,
        skip: &FxHashSet<u32>,
        pass: Pass,
    ) -> Option<(Vec<u32>, usize, bool)> {
        let absent = terms.iter().filter(|t| t.total == 0).count();
        if terms.iter().any(|t| t.total == 0 && t.position.is_none()) || absent > missing {
            return None;
        }
        // How many present free words each candidate may still lack.
        let allowed = missing - absent;
        let (cap, budget) = match pass {
            Pass::Full => (RERANK_CAP, WALK_BUDGET),
            Pass::Uncommon => (UNCOMMON_CAP, UNCOMMON_WALK_BUDGET),
            Pass::Fallback => (FALLBACK_CAP, FALLBACK_WALK_BUDGET),
        };
        let mut by_rarity: Vec<usize> = (0..terms.len()).filter(|&i| terms[i].total > 0).collect();
        by_rarity.sort_by_key(|&i| terms[i].total);
        let mandatory = by_rarity
            .iter()
            .copied()
            .find(|&i| terms[i].position.is_none());
        let driver_at: Vec<usize> = match mandatory {
            Some(i) => vec![i],
            None => by_rarity.iter().copied().take(allowed + 1).collect(),
        };
        if driver_at.is_empty() || (mandatory.is_none() && driver_at.len() < allowed + 1) {
            // Every present word may be missed: nothing to walk.
            return None;
        }
        // A single driver term is held by every doc the walk meets: it needs
        // no check. Several are each checked like the others.
        let single_driver = driver_at.len() == 1;
        let driver_total: usize = driver_at.iter().map(|&i| terms[i].total).sum();
        let lists = |t: &Term| {
            t.variants
                .iter()
                .map(|v| self.vocab.postings(v.word))
                .collect::<Vec<_>>()
        };
        let checked: Vec<usize> = by_rarity
            .iter()
            .copied()
            .filter(|i| !(single_driver && driver_at[0] == *i))
            .collect();

        // How many of the driver's quotes the walk will likely visit: all of
        // them, unless the other terms are common enough that the cap of
        // candidates is reached sooner. It decides how to check each term.
        let live = self.len().max(1) as f64;
        let pass_rate: f64 = if allowed == 0 {
            checked
                .iter()
                .map(|&i| (terms[i].total as f64 / live).min(1.0))
                .product()
        } else {
            // Fallbacks: a guess; any check is then affordable.
            0.01
        };
        let expected_walk =
            (driver_total.min(budget) as f64).min(cap as f64 / pass_rate.max(f64::MIN_POSITIVE));
        let docs = self.slots.len();
        let mut checks: Vec<TermCheck> = checked
            .iter()
            .map(|&i| {
                let t = &terms[i];
                let reading_costs_less =
                    expected_walk * READ_QUOTE_COST < t.total as f64 * MARK_POSTING_COST;
                let check = if t.variants.len() <= MAX_CURSOR_LISTS {
                    Check::Cursors(lists(t).into_iter().map(DescendingCursor::new).collect())
                } else if let Some(prefix) = t.pure_prefix.filter(|_| reading_costs_less) {
                    // A one- or two-letter prefix has millions of postings:
                    // reading the few quotes visited costs less than marking them.
                    Check::Prefix(prefix, self.typo_words(t))
                } else if t.total <= MAX_BITMAP_POSTINGS {
                    Check::Bits(LazyBits::new(lists(t), docs))
                } else if let Some(prefix) = t.pure_prefix {
                    Check::Prefix(prefix, self.typo_words(t))
                } else {
                    Check::Words(t.variants.iter().map(|v| v.word).collect())
                };
                TermCheck {
                    check,
                    mandatory: t.position.is_none(),
                }
            })
            .collect();
        // Cheapest checks first: a quote failing one is not asked the rest.
        checks.sort_by_key(|c| c.check.cost_rank());
        let mut excluded_words: Vec<DescendingCursor> = query
            .excluded
            .iter()
            .filter(|e| e.len() == 1)
            .filter_map(|e| self.vocab.id(&e[0]))
            .map(|w| DescendingCursor::new(self.vocab.postings(w)))
            .collect();
        let excluded_phrases: Vec<&Vec<String>> =
            query.excluded.iter().filter(|e| e.len() > 1).collect();
        let needs_words = checks.iter().any(|c| matches!(c.check, Check::Words(_)))
            || !query.phrases.is_empty()
            || !excluded_phrases.is_empty();

        // The driver's variants as typed (exact or prefix) are walked before
        // its other inflections, and those before its typo'd ones: when the
        // cap is reached, the candidates kept are the best matches, newest
        // first within each tier.
        let mut tiers: [Vec<&[u32]>; 3] = [Vec::new(), Vec::new(), Vec::new()];
        for &i in &driver_at {
            for (v, list) in terms[i].variants.iter().zip(lists(&terms[i])) {
                let tier = match v.kind {
                    MatchKind::Exact | MatchKind::Prefix => 0,
                    MatchKind::Stem => 1,
                    MatchKind::Typo | MatchKind::TwoTypos => 2,
                };
                tiers[tier].push(list);
            }
        }
        let mut found: Vec<u32> = Vec::new();
        let mut found_set: FxHashSet<u32> = FxHashSet::default();
        let mut consumed = 0;
        let mut capped = false;
        let last_tier = tiers.iter().rposition(|t| !t.is_empty()).unwrap_or(0);
        let mut walked_before = false;
        for (tier_no, tier) in tiers.into_iter().enumerate() {
            if tier.is_empty() {
                continue;
            }
            if std::mem::replace(&mut walked_before, true) {
                // The cursors only go down: the next tier starts from the top.
                for c in &mut checks {
                    if let Check::Cursors(cursors) = &mut c.check {
                        cursors.iter_mut().for_each(DescendingCursor::rewind);
                    }
                }
                excluded_words.iter_mut().for_each(DescendingCursor::rewind);
            }
            let mut walk = DescendingUnion::new(tier);
            'docs: while let Some(doc) = walk.next() {
                if consumed + walk.consumed > budget {
                    capped = true;
                    break;
                }
                if skip.contains(&doc) || found_set.contains(&doc) {
                    continue;
                }
                let mut misses = 0;
                for c in &mut checks {
                    let passes = match &mut c.check {
                        // Cursors only need the docs asked about to descend; a
                        // doc skipped by short-circuiting is simply not asked.
                        Check::Cursors(cursors) => cursors.iter_mut().any(|c| c.contains(doc)),
                        Check::Bits(bits) => bits.contains(doc),
                        Check::Prefix(prefix, typos) => {
                            let mut found = false;
                            for_each_word(self.text(doc), |word, _| {
                                found |= word.starts_with(*prefix) || typos.contains(&word)
                            });
                            found
                        }
                        Check::Words(_) => true,
                    };
                    if !passes {
                        misses += 1;
                        if c.mandatory || misses > allowed {
                            continue 'docs;
                        }
                    }
                }
                if excluded_words.iter_mut().any(|c| c.contains(doc)) {
                    continue;
                }
                // After the term checks: they read small lists and bitmaps,
                // this reads the quote's slot in a table of a million.
                if !conditions.passes(self, doc) {
                    continue;
                }
                if needs_words {
                    match self.words_pass(doc, query, &checks, &excluded_phrases) {
                        Some(word_misses) if misses + word_misses <= allowed => {}
                        _ => continue,
                    }
                }
                found.push(doc);
                found_set.insert(doc);
                if found.len() >= cap {
                    capped = !walk.is_exhausted() || tier_no < last_tier;
                    break;
                }
            }
            consumed += walk.consumed;
            if capped {
                break;
            }
        }
        let total = if capped {
            let ratio = driver_total as f64 / consumed.max(1) as f64;
            ((found.len() as f64 * ratio).round() as usize).max(found.len())
        } else {
            found.len()
        };
        Some((found, total, capped))
    }

    /// The words of a term matched with a typo, as text.
    fn typo_words<'a>(&'a self, term: &Term) -> Vec<&'a str> {
        term.variants
            .iter()
            .filter(|v| v.kind == MatchKind::Typo)
            .map(|v| self.vocab.word(v.word))
            .collect()
    }

    /// The checks that need the quote's words in order: terms with too many
    /// variants for lists, phrases and excluded phrases.
    /// Returns how many free words checked this way the quote misses, or
    /// None when it misses a phrase or holds an excluded one.
    fn words_pass(
        &self,
        doc: u32,
        query: &Query,
        checks: &[TermCheck],
        excluded_phrases: &[&Vec<String>],
    ) -> Option<usize> {
        let words = self.word_ids(doc);
        let has_term =
            |set: &FxHashSet<u32>| words.iter().any(|w| w.is_some_and(|w| set.contains(&w)));
        let mut misses = 0;
        for c in checks {
            if let Check::Words(set) = &c.check {
                if !has_term(set) {
                    if c.mandatory {
                        return None;
                    }
                    misses += 1;
                }
            }
        }
        let phrases_ok = query
            .phrases
            .iter()
            .all(|phrase| contains_sequence(&self.vocab, &words, phrase))
            && !excluded_phrases
                .iter()
                .any(|phrase| contains_sequence(&self.vocab, &words, phrase));
        phrases_ok.then_some(misses)
    }

    /// The vocabulary ids of a quote's words, in order.
    fn word_ids(&self, doc: u32) -> Vec<Option<u32>> {
        let mut ids = Vec::with_capacity(32);
        for_each_word(self.text(doc), |word, _| ids.push(self.vocab.id(word)));
        ids
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

#[cfg(test)]
mod tests {
    use super::{LazyBits, MARK_STEP};

    #[test]
    fn lazy_bits_answer_like_a_full_bitmap_whatever_order_they_are_asked_in() {
        let docs = 5 * MARK_STEP as usize + 123;
        let a: Vec<u32> = (0..docs as u32).step_by(7).collect();
        let b: Vec<u32> = (3..docs as u32).step_by(1000).collect();
        let empty: Vec<u32> = Vec::new();
        let held = |d: u32| d.is_multiple_of(7) || (d >= 3 && (d - 3).is_multiple_of(1000));
        let mut bits = LazyBits::new(vec![&a, &b, &empty], docs);
        // Down from the top, then again from the top (the next tier's walk),
        // and past the ends.
        let asked = (0..docs as u32)
            .rev()
            .step_by(13)
            .chain((0..docs as u32).rev());
        for d in asked {
            assert_eq!(bits.contains(d), held(d), "doc {d}");
        }
        assert!(!bits.contains(docs as u32 + 5));
        assert!(bits.lists.is_empty(), "every list marked to its start");
    }
}
