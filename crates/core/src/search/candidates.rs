//! Finding candidates: the rarest term's quotes walked from the newest down,
//! each checked against the other terms, the exclusions and the filters.

use rustc_hash::FxHashSet;

use super::engine::{Conditions, Term, RERANK_CAP};
use super::index::Index;
use super::postings::{DescendingCursor, DescendingUnion};
use super::query::Query;
use super::tokenize::for_each_word;
use super::vocab::MatchKind;

/// A term may be checked with one galloping cursor per list up to this many
/// lists, and with a bitmap of its quotes up to this many postings; it can
/// always be checked by reading the candidate's words. Which of these costs
/// least decides (see `READ_QUOTE_COST`).
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

/// Relative costs of checking a term, in units of marking one posting in a
/// bitmap: reading a quote's words (about 140 characters, tokenized),
/// asking one galloping cursor about a doc, and clearing 64 docs of a new
/// bitmap.
const READ_QUOTE_COST: f64 = 300.0;
const CURSOR_PROBE_COST: f64 = 4.0;
const MARK_POSTING_COST: f64 = 1.0;
const CLEAR_WORD_COST: f64 = 1.0;

/// How a term other than the walked one is checked for each candidate.
enum Check<'a> {
    /// One galloping cursor per variant's posting list.
    Cursors(Vec<DescendingCursor<'a>>),
    /// A bitmap of the quotes holding any variant, marked as the walk
    /// goes down: the [`SharedBits`] of the term with this key.
    Bits(usize),
    /// A short last word: some word of the quote starts with it, or is one
    /// of its few typo'd variants ([`super::vocab::Vocabulary::one_letter_added`]).
    Prefix(&'a str, Vec<&'a str>),
    /// Some word of the quote is one of these (read from the quote, and
    /// looked up among the term's few words rather than in the whole
    /// vocabulary: that lookup, for every word of the quote, cost several
    /// microseconds a quote).
    Words(FxHashSet<&'a str>),
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

/// The bitmaps of a query's terms ([`LazyBits`]), by the terms' keys: the
/// passes of one query (every word, the uncommon ones, missing one, missing
/// two) check the same terms, and each pass walks from the newest quote
/// down again, so a bitmap marked by one pass answers the next for free.
pub(super) struct SharedBits<'a> {
    bits: Vec<Option<LazyBits<'a>>>,
}

impl<'a> SharedBits<'a> {
    /// Room for the bitmaps of `terms` terms (keys `0..terms`).
    pub(super) fn new(terms: usize) -> Self {
        SharedBits {
            bits: (0..terms).map(|_| None).collect(),
        }
    }

    fn has(&self, key: usize) -> bool {
        self.bits.get(key).is_some_and(Option::is_some)
    }

    /// Makes the bitmap of the term with `key` if no pass made it yet.
    fn make(&mut self, key: usize, lists: impl FnOnce() -> Vec<&'a [u32]>, docs: usize) {
        if key >= self.bits.len() {
            self.bits.resize_with(key + 1, || None);
        }
        self.bits[key].get_or_insert_with(|| LazyBits::new(lists(), docs));
    }

    fn contains(&mut self, key: usize, doc: u32) -> bool {
        self.bits[key]
            .as_mut()
            .is_some_and(|bits| bits.contains(doc))
    }
}

/// The share of the quotes a walk meets that are still asked about terms,
/// by how many of the words they missed so far (at most the number a pass
/// allows): what the cost of the next term's check is weighed by.
struct Survivors {
    by_misses: Vec<f64>,
}

impl Survivors {
    fn new(allowed: usize) -> Self {
        let mut by_misses = vec![0.0; allowed + 1];
        by_misses[0] = 1.0;
        Survivors { by_misses }
    }

    fn share(&self) -> f64 {
        self.by_misses.iter().sum()
    }

    /// After a term held with chance `held`; a quote missing a `mandatory`
    /// one (a phrase's word) is out whatever the allowance.
    fn ask(&mut self, held: f64, mandatory: bool) {
        for m in (0..self.by_misses.len()).rev() {
            let missed_one_more = if m > 0 && !mandatory {
                self.by_misses[m - 1] * (1.0 - held)
            } else {
                0.0
            };
            self.by_misses[m] = self.by_misses[m] * held + missed_one_more;
        }
    }
}

impl Check<'_> {
    /// Checks that read the quote's text go last: they cost the most per
    /// quote asked.
    fn reads_text(&self) -> bool {
        matches!(self, Check::Prefix(..) | Check::Words(_))
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
    #[allow(clippy::too_many_arguments)]
    pub(super) fn candidates<'a>(
        &'a self,
        query: &Query,
        terms: &[Term],
        conditions: &Conditions,
        missing: usize,
        skip: &FxHashSet<u32>,
        pass: Pass,
        shared: &mut SharedBits<'a>,
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
        // The chance that a quote the walk meets holds the term: its share
        // of the quotes, or for one of several driver terms, its share of
        // theirs.
        let held = |i: usize| {
            let t = &terms[i];
            let of = if !single_driver && driver_at.contains(&i) {
                driver_total.max(1) as f64
            } else {
                live
            };
            (t.total as f64 / of).min(1.0)
        };
        let mut survivors = Survivors::new(allowed);
        for &i in &checked {
            survivors.ask(held(i), terms[i].position.is_none());
        }
        let pass_rate = survivors.share();
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
        // How many quotes the walk likely visits, and how far down the doc
        // numbers it goes (a bitmap is marked only that far): each tier
        // starts again from the newest quote, so a short first tier, which
        // does not fill the cap, goes all the way down.
        let pass_rate = pass_rate.max(f64::MIN_POSITIVE);
        let (mut expected_walk, mut depth) = (0.0f64, 0.0f64);
        let (mut wanted, mut walk_left) = (cap as f64, budget as f64);
        for tier in &tiers {
            let postings = tier.iter().map(|l| l.len()).sum::<usize>() as f64;
            if postings == 0.0 {
                continue;
            }
            let walk = postings.min(walk_left).min(wanted / pass_rate);
            expected_walk += walk;
            depth = depth.max(walk / postings);
            wanted -= walk * pass_rate;
            walk_left -= walk;
            if wanted <= 0.0 || walk_left <= 0.0 {
                break;
            }
        }
        let docs = self.slots.len();
        // Each term is checked the way that costs least for the quotes that
        // reach its check: the rarer terms are asked first (`checked` is in
        // order of rarity), and a quote that missed more words than allowed
        // is not asked the rest.
        let mut survivors = Survivors::new(allowed);
        let mut checks: Vec<TermCheck> = checked
            .iter()
            .map(|&i| {
                let t = &terms[i];
                let reach = expected_walk * survivors.share();
                let cursors = (t.variants.len() <= MAX_CURSOR_LISTS)
                    .then_some(reach * t.variants.len() as f64 * CURSOR_PROBE_COST);
                let bits = (t.total <= MAX_BITMAP_POSTINGS).then(|| {
                    let clear = if shared.has(t.key) {
                        0.0
                    } else {
                        docs as f64 / 64.0 * CLEAR_WORD_COST
                    };
                    clear + t.total as f64 * depth * MARK_POSTING_COST
                });
                let read = reach * READ_QUOTE_COST;
                let cheapest = [cursors, bits].into_iter().flatten().fold(read, f64::min);
                let check = if cursors == Some(cheapest) {
                    Check::Cursors(lists(t).into_iter().map(DescendingCursor::new).collect())
                } else if bits == Some(cheapest) {
                    shared.make(t.key, || lists(t), docs);
                    Check::Bits(t.key)
                } else if let Some(prefix) = t.pure_prefix {
                    // A one- or two-letter prefix has millions of postings:
                    // reading the few quotes that reach it costs less than
                    // marking them.
                    Check::Prefix(prefix, self.typo_words(t))
                } else {
                    Check::Words(t.variants.iter().map(|v| self.vocab.word(v.word)).collect())
                };
                survivors.ask(held(i), t.position.is_none());
                TermCheck {
                    check,
                    mandatory: t.position.is_none(),
                }
            })
            .collect();
        // The checks reading the quote's text last (the sort is stable: the
        // others stay in order of rarity).
        checks.sort_by_key(|c| c.check.reads_text());
        let mut excluded_words: Vec<DescendingCursor> = query
            .excluded
            .iter()
            .filter(|e| e.len() == 1)
            .filter_map(|e| self.vocab.id(&e[0]))
            .map(|w| DescendingCursor::new(self.vocab.postings(w)))
            .collect();
        let excluded_phrases: Vec<&Vec<String>> =
            query.excluded.iter().filter(|e| e.len() > 1).collect();
        let needs_phrases = !query.phrases.is_empty() || !excluded_phrases.is_empty();

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
                        Check::Bits(key) => shared.contains(*key, doc),
                        Check::Prefix(prefix, typos) => {
                            let mut found = false;
                            for_each_word(self.text(doc), |word, _| {
                                found |= word.starts_with(*prefix) || typos.contains(&word)
                            });
                            found
                        }
                        Check::Words(words) => {
                            let mut found = false;
                            for_each_word(self.text(doc), |word, _| found |= words.contains(word));
                            found
                        }
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
                if needs_phrases && !self.phrases_pass(doc, query, &excluded_phrases) {
                    continue;
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

    /// Whether the quote holds every phrase of the query and none of the
    /// excluded ones (checks that need the quote's words in order).
    fn phrases_pass(&self, doc: u32, query: &Query, excluded_phrases: &[&Vec<String>]) -> bool {
        let words = self.word_ids(doc);
        query
            .phrases
            .iter()
            .all(|phrase| contains_sequence(&self.vocab, &words, phrase))
            && !excluded_phrases
                .iter()
                .any(|phrase| contains_sequence(&self.vocab, &words, phrase))
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
