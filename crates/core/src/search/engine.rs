//! Answering a query: candidates from the vocabulary and posting lists,
//! checked against every condition, then ranked ([`super::ranker`]); with
//! fallbacks to quotes missing a word or two when few hold them all.

use rustc_hash::FxHashSet;

use super::candidates::{Pass, SharedBits};
use super::index::Index;
use super::postings::DescendingUnion;
use super::query::{Filters, Query};
use super::ranker::{Ranked, Ranker};
use super::vocab::{MatchKind, Variant};

/// At most this many candidates are re-ranked; more are counted by estimate.
/// Scoring one candidate costs a few microseconds, so this keeps a query of a
/// common prefix within one frame.
pub const RERANK_CAP: usize = 300;

/// Listing the newest quotes through filters stops counting after this many
/// quotes were looked at, and estimates the rest.
const LISTING_SCAN_BUDGET: usize = 200_000;

/// When fewer quotes than this hold every word, quotes missing one word are
/// added below them; when those too are fewer than this, quotes missing two.
pub const FALLBACK_BELOW: usize = 10;

/// A fallback may miss at most this share of the query's words: two of four
/// or more, one of two or three.
fn most_missing(words: usize) -> usize {
    match words {
        0 | 1 => 0,
        2 | 3 => 1,
        _ => 2,
    }
}

/// One quote found.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Hit {
    pub id: i64,
    /// Higher is better; 0 for a listing without query text. It orders by,
    /// in turn: words matched, fewer edits, query words standing next to
    /// each other in order, a match at the start of the quote, and the share
    /// of the quote the words cover.
    pub score: i64,
    /// Why the quote ranked where it did: how many of the query's words it
    /// holds (fewer than `query_words` for a fallback: "matched 3 of 4
    /// words") ...
    pub matched_words: usize,
    pub query_words: usize,
    /// ... and how many letters of them were typed wrong.
    pub edits: usize,
    /// Matched parts of the quote's text as UTF-8 byte ranges `[start, end)`,
    /// ascending and not overlapping (the same kind of offsets as
    /// `ExtractedQuote::start`/`end`).
    #[cfg_attr(feature = "ts", ts(type = "Array<[number, number]>"))]
    pub highlights: Vec<(usize, usize)>,
}

/// One index's answer, each hit with its date key `(day, id)` (what merging
/// it with another index's answer needs to break ties) and whether a
/// fallback found it; and how many quotes held every word, which decides
/// whether fallbacks belong in the merged answer.
pub(super) struct Layer {
    pub hits: Vec<LayerHit>,
    pub total: usize,
    pub approximate: bool,
    pub holding_all: usize,
    /// How much of `total` the fallbacks found.
    pub fallback_total: usize,
}

pub(super) struct LayerHit {
    pub hit: Hit,
    pub date_key: (i32, i64),
    pub fallback: bool,
}

impl Layer {
    pub(super) fn into_results(self) -> SearchResults {
        SearchResults {
            hits: self.hits.into_iter().map(|h| h.hit).collect(),
            total: self.total,
            approximate: self.approximate,
        }
    }
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

impl Hit {
    /// Why the quote matched, in words: "matched 3 of 4 words, 1 edit".
    pub fn explanation(&self) -> String {
        explain_match(self.matched_words, self.query_words, self.edits)
    }
}

/// Why a quote matched, in words: "matched 3 of 4 words, 1 edit".
pub fn explain_match(matched_words: usize, query_words: usize, edits: usize) -> String {
    let mut out = if matched_words < query_words {
        format!("matched {matched_words} of {query_words} words")
    } else {
        "matched every word".to_owned()
    };
    match edits {
        0 => {}
        1 => out.push_str(", 1 edit"),
        n => out.push_str(&format!(", {n} edits")),
    }
    out
}

/// A query word in more than this share of the quotes is a common word
/// ("of", "the", "we"): one that people add or drop without noticing, and
/// that says little about which quote they mean. A quote missing it is not
/// ranked as missing a word (see [`super::ranker`]).
const COMMON_SHARE: f64 = 0.04;
/// ... and in more than this many: in a small library every word of its
/// few topics would pass the share.
const COMMON_MIN_QUOTES: usize = 100;

/// A query word or a phrase word: the vocabulary words it may be.
#[derive(Clone)]
pub(super) struct Term<'a> {
    /// Best first: exact, then prefix, then typo'd matches.
    pub variants: Vec<Variant>,
    /// Sum of the variants' posting list lengths: the cost of walking it.
    pub total: usize,
    /// Position among the free words, for the adjacency bonus (None for
    /// phrase words).
    pub position: Option<usize>,
    /// Set when the term is a word being typed too short for typos: its
    /// variants are exactly the words starting with it.
    pub pure_prefix: Option<&'a str>,
    /// The word as typed when it is being typed: every word starting with
    /// it matches it (as typed, or as a prefix), whether or not among the
    /// variants.
    pub typed_prefix: Option<&'a str>,
    /// The term's place among the query's terms, kept by a pass over some
    /// of them: the passes share what they build for a term by it.
    pub key: usize,
}

/// What must hold for each candidate besides the terms.
pub(super) struct Conditions {
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

    pub(super) fn passes(&self, index: &Index, doc: u32) -> bool {
        let s = index.slot(doc);
        s.live
            && !index.is_hidden(s.id)
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

    /// Searches with a parsed query: the quotes holding every word, then,
    /// when they are fewer than [`FALLBACK_BELOW`], those missing one word
    /// (then two), all ranked by the [`Ranker`]'s key.
    pub fn search_query(&self, query: &Query, limit: usize) -> SearchResults {
        self.search_layer(query, limit, self).into_results()
    }

    /// [`Index::search_query`], each hit with its date key for merging with
    /// another layer's; `judge` says which words are common (the larger
    /// index, when this one holds only the quotes changed since it was
    /// saved: a few hundred quotes would find no word common).
    pub(super) fn search_layer(&self, query: &Query, limit: usize, judge: &Index) -> Layer {
        let conditions = Conditions::new(self, &query.filters);
        if query.has_no_text() {
            return self.newest(&conditions, limit);
        }
        let (terms, mut approximate) = self.terms(query, judge);
        let common: Vec<bool> = terms.iter().map(|t| judge.is_common(self, t)).collect();
        let mut found: Vec<u32> = Vec::new();
        let mut seen: FxHashSet<u32> = FxHashSet::default();
        let mut total = 0;
        let mut passes: Vec<(usize, Option<Vec<Term>>)> = (0..=most_missing(query.words.len()))
            .map(|missing| (missing, None))
            .collect();
        // The quotes holding every word but the common ones, however many
        // hold them all: a misremembered "of" must not hide the quote meant.
        let uncommon: Vec<Term> = terms
            .iter()
            .zip(&common)
            .filter(|(_, &c)| !c)
            .map(|(t, _)| t.clone())
            .collect();
        if uncommon.len() < terms.len() && uncommon.iter().any(|t| t.position.is_some()) {
            passes.insert(1, (0, Some(uncommon)));
        }
        // How many quotes hold every word: the fallbacks fill in below ten
        // of those (the quotes lacking only common words do not count).
        let mut holding_all = 0;
        let mut fallback_total = 0;
        let mut fallback_from = usize::MAX;
        // Quotes found missing fewer words than the pass at hand: a quote
        // missing two words ranks below those missing one (or, when one of
        // its two is a forgiven common word, level with them), so once ten
        // miss at most one, the walk for those missing two is left out.
        let mut fallback_found = 0;
        let mut shared_bits = SharedBits::new(terms.len());
        for (missing, only) in &passes {
            let pass = match (missing, only) {
                (0, None) => Pass::Full,
                (0, Some(_)) => Pass::Uncommon,
                _ => Pass::Fallback,
            };
            if *missing > 0 && holding_all + fallback_found >= FALLBACK_BELOW {
                break;
            }
            let pass_terms = only.as_deref().unwrap_or(&terms);
            let Some((docs, count, capped)) = self.candidates(
                query,
                pass_terms,
                &conditions,
                *missing,
                &seen,
                pass,
                &mut shared_bits,
            ) else {
                continue;
            };
            total += count;
            approximate |= capped;
            if pass == Pass::Full {
                holding_all = docs.len();
            }
            if pass == Pass::Fallback {
                fallback_total += count;
                fallback_found += docs.len();
                fallback_from = fallback_from.min(found.len());
            }
            seen.extend(docs.iter().copied());
            found.extend(docs);
        }
        let ranker = Ranker::new(self, &terms, common);
        let fallbacks: FxHashSet<u32> = found
            .get(fallback_from..)
            .unwrap_or(&[])
            .iter()
            .copied()
            .collect();
        let mut scored: Vec<(Ranked, u32)> = found.iter().map(|&d| (ranker.rank(d), d)).collect();
        scored.sort_unstable_by(|a, b| {
            b.0.score
                .cmp(&a.0.score)
                .then_with(|| self.date_key(b.1).cmp(&self.date_key(a.1)))
        });
        scored.truncate(limit);
        let hits = scored
            .into_iter()
            .map(|(rank, d)| {
                let hit = Hit {
                    id: self.slot(d).id,
                    score: rank.score,
                    matched_words: rank.matched,
                    query_words: terms.len(),
                    edits: rank.edits,
                    highlights: ranker.highlights(d),
                };
                LayerHit {
                    hit,
                    date_key: self.date_key(d),
                    fallback: fallbacks.contains(&d),
                }
            })
            .collect();
        Layer {
            hits,
            total,
            approximate,
            holding_all,
            fallback_total,
        }
    }

    /// Whether `word`, typed as it is, is common ([`COMMON_SHARE`]) by this
    /// index's counts and those of `of` (this index, or one layered over it).
    pub(super) fn is_common_word(&self, of: &Index, word: &str) -> bool {
        let count = |index: &Index| index.vocab.id(word).map_or(0, |w| index.vocab.count(w));
        let typed = if std::ptr::eq(of, self) {
            count(self)
        } else {
            count(self) + count(of)
        };
        typed > COMMON_MIN_QUOTES && typed as f64 > self.len() as f64 * COMMON_SHARE
    }

    /// Whether a freely typed term of `of` (this index, or a smaller one
    /// layered over it) is a common word ([`COMMON_SHARE`],
    /// [`COMMON_MIN_QUOTES`]), judged by this index's counts.
    pub(super) fn is_common(&self, of: &Index, term: &Term) -> bool {
        // The word as typed, not its variants: "ssid" matches the common
        // "said" but is a word someone meant to type, not one dropped in.
        let Some(exact) = term.variants.iter().find(|v| v.kind == MatchKind::Exact) else {
            return false;
        };
        let typed = if std::ptr::eq(of, self) {
            self.vocab.count(exact.word)
        } else {
            let word = of.vocab.word(exact.word);
            self.vocab.id(word).map_or(0, |w| self.vocab.count(w)) + of.vocab.count(exact.word)
        };
        term.position.is_some()
            && typed > COMMON_MIN_QUOTES
            && typed as f64 > self.len() as f64 * COMMON_SHARE
    }

    /// The query's words and phrase words as terms (a word in no quote has
    /// no variants and a `total` of 0), and whether some word had too many
    /// variants to keep them all.
    fn terms<'q>(&self, query: &'q Query, judge: &Index) -> (Vec<Term<'q>>, bool) {
        let mut terms = Vec::new();
        let mut truncated = false;
        let last = query.words.len().saturating_sub(1);
        for (i, word) in query.words.iter().enumerate() {
            let as_prefix = query.last_is_prefix && i == last;
            let (mut variants, cut) = self.vocab.expand(word, as_prefix);
            truncated |= cut;
            if !judge.is_common_word(self, word) {
                // A four-letter word with a letter dropped ("tis" for
                // "this"); not for common words ("the" is rarely "then"
                // mistyped, and would cost a walk of "they" and "them").
                for w in self.vocab.one_letter_added(word) {
                    if variants.iter().all(|v| v.word != w) {
                        variants.push(Variant {
                            word: w,
                            kind: MatchKind::Typo,
                            pattern_len: self.vocab.word(w).len(),
                        });
                    }
                }
            }
            let pure_prefix = as_prefix && word.chars().count() < super::vocab::MIN_TYPO_LEN;
            terms.push(Term {
                variants,
                total: 0,
                position: Some(i),
                pure_prefix: pure_prefix.then_some(word.as_str()),
                typed_prefix: as_prefix.then_some(word.as_str()),
                key: 0,
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
                typed_prefix: None,
                key: 0,
            });
        }
        for (key, t) in terms.iter_mut().enumerate() {
            t.key = key;
            // Best first, so a walk over the union knows which list matched best.
            t.variants
                .sort_by_key(|v| (v.kind, std::cmp::Reverse(v.pattern_len), v.word));
            t.total = t.variants.iter().map(|v| self.vocab.count(v.word)).sum();
        }
        (terms, truncated)
    }

    /// The newest quotes passing the filters (a query without text).
    fn newest(&self, conditions: &Conditions, limit: usize) -> Layer {
        let hit = |d: u32| {
            let hit = Hit {
                id: self.slot(d).id,
                score: 0,
                matched_words: 0,
                query_words: 0,
                edits: 0,
                highlights: Vec::new(),
            };
            LayerHit {
                hit,
                date_key: self.date_key(d),
                fallback: false,
            }
        };
        if let Some(lists) = conditions.narrowest_lists(self) {
            let mut docs: Vec<u32> = DescendingUnion::new(lists)
                .filter(|&d| conditions.passes(self, d))
                .collect();
            let total = docs.len();
            docs.sort_unstable_by_key(|&d| std::cmp::Reverse(self.date_key(d)));
            return Layer {
                hits: docs.into_iter().take(limit).map(hit).collect(),
                total,
                approximate: false,
                holding_all: 0,
                fallback_total: 0,
            };
        }
        let mut hits = Vec::new();
        let mut total = 0;
        let mut scanned = 0;
        for &d in self.by_date.all().iter().rev() {
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
                return Layer {
                    hits,
                    total: if exact { total } else { estimate },
                    approximate: !exact,
                    holding_all: 0,
                    fallback_total: 0,
                };
            }
        }
        Layer {
            hits,
            total,
            approximate: false,
            holding_all: 0,
            fallback_total: 0,
        }
    }
}
