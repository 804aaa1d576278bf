//! The in-memory index: quote texts, the vocabulary with its posting lists,
//! and what the filters need (speaker, outlet, date) for each quote.

use super::ids::IdMap;
use super::names::{Names, NO_NAME};
use super::tokenize::for_each_word;
use super::vocab::Vocabulary;
use chrono::NaiveDate;

/// A quote as the search index sees it: the store's change feed hands these
/// over as they are.
pub type SearchDoc = crate::store::IndexedQuote;

/// `date` as days since 1 January of year 1; undated quotes sort oldest.
pub(super) const UNDATED: i32 = i32::MIN;

fn day_number(date: Option<NaiveDate>) -> i32 {
    date.map_or(UNDATED, |d| chrono::Datelike::num_days_from_ce(&d))
}

/// One indexed quote, addressed by its doc number.
pub(super) struct Slot {
    pub id: i64,
    /// Byte range of its text in the shared text arena.
    pub text: std::ops::Range<usize>,
    pub speaker: u32,
    pub outlet: u32,
    pub day: i32,
    pub live: bool,
}

/// The search index. Build it with [`Index::build`] (fastest for many quotes)
/// or [`Index::add`], keep it current with [`Index::update`] and
/// [`Index::remove`], query it with [`Index::search`].
#[derive(Default)]
pub struct Index {
    pub(super) vocab: Vocabulary,
    /// Every quote text, back to back: one allocation instead of a million.
    pub(super) arena: String,
    pub(super) slots: Vec<Slot>,
    pub(super) by_id: IdMap,
    /// Live doc numbers from the oldest quote to the newest (date, then id),
    /// for listing the newest quotes.
    pub(super) by_date: Vec<u32>,
    pub(super) speakers: Names,
    pub(super) outlets: Names,
    dead: usize,
}

impl Index {
    pub fn new() -> Self {
        Self::default()
    }

    /// Builds an index of `docs` at once. Quotes are numbered oldest first, so
    /// that walking posting lists downwards meets the newest quotes first.
    pub fn build(mut docs: Vec<SearchDoc>) -> Self {
        docs.sort_by_key(|d| (day_number(d.date), d.id));
        docs.dedup_by_key(|d| d.id);
        let mut index = Index::default();
        let max_id = docs.iter().map(|d| d.id).max().unwrap_or(0);
        index.by_id = IdMap::for_ids(max_id, docs.len());
        index.arena.reserve(docs.iter().map(|d| d.text.len()).sum());
        for doc in &docs {
            index.insert(doc, false);
        }
        index.vocab.sort();
        index.vocab.shrink_to_fit();
        index.by_date = (0..index.slots.len() as u32).collect();
        index
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn from_parts(
        arena: String,
        slots: Vec<Slot>,
        by_id: IdMap,
        by_date: Vec<u32>,
        vocab: Vocabulary,
        speakers: Names,
        outlets: Names,
        dead: usize,
    ) -> Self {
        Index {
            vocab,
            arena,
            slots,
            by_id,
            by_date,
            speakers,
            outlets,
            dead,
        }
    }

    /// How many quotes the index holds.
    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }

    /// How many distinct words the quotes use.
    pub fn vocabulary_len(&self) -> usize {
        self.vocab.len()
    }

    pub fn contains(&self, id: i64) -> bool {
        self.by_id.contains(id)
    }

    /// Adds a quote, or replaces the one with the same id (an edit): its new
    /// words find it at once and its old words no longer do.
    pub fn add(&mut self, doc: &SearchDoc) {
        self.remove(doc.id);
        let slot = self.insert(doc, true);
        let key = self.date_key(slot);
        let at = self.by_date.partition_point(|&d| self.date_key(d) < key);
        self.by_date.insert(at, slot);
    }

    /// Same as [`Index::add`]; the name says what the caller means.
    pub fn update(&mut self, doc: &SearchDoc) {
        self.add(doc);
    }

    /// Removes a quote; returns whether it was there.
    pub fn remove(&mut self, id: i64) -> bool {
        let Some(slot) = self.by_id.remove(id) else {
            return false;
        };
        self.slots[slot as usize].live = false;
        self.dead += 1;
        // Its postings stay until compaction (searches skip dead quotes):
        // removing from a list of a common word would shift megabytes.
        let key = self.date_key(slot);
        let at = self.by_date.partition_point(|&d| self.date_key(d) < key);
        if self.by_date.get(at) == Some(&slot) {
            self.by_date.remove(at);
        }
        if self.dead > 1024 && self.dead > self.len() / 4 {
            self.compact();
        }
        true
    }

    pub(super) fn date_key(&self, slot: u32) -> (i32, i64) {
        let s = &self.slots[slot as usize];
        (s.day, s.id)
    }

    pub(super) fn text(&self, slot: u32) -> &str {
        &self.arena[self.slots[slot as usize].text.clone()]
    }

    fn insert(&mut self, doc: &SearchDoc, keep_sorted: bool) -> u32 {
        let slot = self.slots.len() as u32;
        let start = self.arena.len();
        self.arena.push_str(&doc.text);
        let speaker = self
            .speakers
            .intern(doc.speaker.as_deref(), &doc.speaker_aliases);
        let wire: Vec<String> = doc.wire.iter().cloned().collect();
        let outlet = self
            .outlets
            .intern(doc.outlet.as_deref().or(doc.wire.as_deref()), &wire);
        self.speakers.add_doc(speaker, slot);
        self.outlets.add_doc(outlet, slot);
        let vocab = &mut self.vocab;
        for_each_word(&doc.text, |word, _| {
            let id = vocab.intern(word, keep_sorted);
            vocab.add_posting(id, slot);
        });
        self.slots.push(Slot {
            id: doc.id,
            text: start..self.arena.len(),
            speaker,
            outlet,
            day: day_number(doc.date),
            live: true,
        });
        self.by_id.insert(doc.id, slot);
        slot
    }

    /// Drops dead quotes: renumbers the live ones densely (keeping their
    /// order) and rewrites the text arena and every posting list.
    pub fn compact(&mut self) {
        let mut map = vec![u32::MAX; self.slots.len()];
        let mut next = 0u32;
        for (old, s) in self.slots.iter().enumerate() {
            if s.live {
                map[old] = next;
                next += 1;
            }
        }
        let slots = &self.slots;
        self.vocab.retain_postings(|d| slots[d as usize].live);
        self.speakers.retain_docs(|d| slots[d as usize].live);
        self.outlets.retain_docs(|d| slots[d as usize].live);
        self.vocab.renumber_postings(&map);
        self.speakers.renumber_docs(&map);
        self.outlets.renumber_docs(&map);
        let mut arena = String::with_capacity(self.arena.len());
        let old_slots = std::mem::take(&mut self.slots);
        for s in old_slots.into_iter().filter(|s| s.live) {
            let start = arena.len();
            arena.push_str(&self.arena[s.text.clone()]);
            self.slots.push(Slot {
                text: start..arena.len(),
                ..s
            });
        }
        self.arena = arena;
        self.by_id.renumber(&map);
        for slot in &mut self.by_date {
            *slot = map[*slot as usize];
        }
        self.dead = 0;
    }

    /// Bytes held by the index's structures (capacity, not just length), an
    /// estimate of its memory without allocator overhead.
    pub fn heap_bytes(&self) -> usize {
        self.arena.capacity()
            + self.slots.capacity() * std::mem::size_of::<Slot>()
            + self.by_id.heap_bytes()
            + self.by_date.capacity() * 4
            + self.vocab.heap_bytes()
            + self.speakers.heap_bytes()
            + self.outlets.heap_bytes()
    }

    pub(super) fn speaker_docs(&self, id: u32) -> &[u32] {
        self.speakers.docs(id)
    }

    pub(super) fn outlet_docs(&self, id: u32) -> &[u32] {
        self.outlets.docs(id)
    }

    pub(super) fn no_name() -> u32 {
        NO_NAME
    }
}
