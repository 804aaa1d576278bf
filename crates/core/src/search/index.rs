//! The in-memory index: quote texts, the vocabulary with its posting lists,
//! and what the filters need (speaker, outlet, date) for each quote.

use std::sync::Arc;

use rustc_hash::FxHashSet;

use super::ids::IdMap;
use super::mapped::{Lazy, MappedFile};
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
#[derive(Clone)]
pub(super) struct Slot {
    pub id: i64,
    /// Byte range of its text in the shared text arena.
    pub text: std::ops::Range<usize>,
    pub speaker: u32,
    pub outlet: u32,
    pub day: i32,
    pub live: bool,
}

/// What a doc number the file does not hold reads as: a removed quote,
/// which every search skips.
const MISSING: Slot = Slot {
    id: 0,
    text: 0..0,
    speaker: NO_NAME,
    outlet: NO_NAME,
    day: UNDATED,
    live: false,
};

/// A slot as saved: id, text start and end, speaker, outlet, day, live
/// (with padding, so records stay 8-byte aligned).
pub(super) const SLOT_BYTES: usize = 40;

impl Slot {
    pub(super) fn to_record(&self) -> [u8; SLOT_BYTES] {
        let mut r = [0u8; SLOT_BYTES];
        r[0..8].copy_from_slice(&self.id.to_le_bytes());
        r[8..16].copy_from_slice(&(self.text.start as u64).to_le_bytes());
        r[16..24].copy_from_slice(&(self.text.end as u64).to_le_bytes());
        r[24..28].copy_from_slice(&self.speaker.to_le_bytes());
        r[28..32].copy_from_slice(&self.outlet.to_le_bytes());
        r[32..36].copy_from_slice(&self.day.to_le_bytes());
        r[36] = self.live as u8;
        r
    }

    fn from_record(r: &[u8]) -> Slot {
        let u64_at = |i: usize| u64::from_le_bytes(r[i..i + 8].try_into().expect("8 bytes"));
        let u32_at = |i: usize| u32::from_le_bytes(r[i..i + 4].try_into().expect("4 bytes"));
        Slot {
            id: u64_at(0) as i64,
            text: u64_at(8) as usize..u64_at(16) as usize,
            speaker: u32_at(24),
            outlet: u32_at(28),
            day: u32_at(32) as i32,
            live: r[36] != 0,
        }
    }
}

/// The quotes' slots: in memory, or records in a mapped file.
pub(super) enum Slots {
    Owned(Vec<Slot>),
    Mapped(Lazy<u8>),
}

impl Default for Slots {
    fn default() -> Self {
        Slots::Owned(Vec::new())
    }
}

impl Slots {
    pub fn len(&self) -> usize {
        match self {
            Slots::Owned(slots) => slots.len(),
            Slots::Mapped(records) => records.len() / SLOT_BYTES,
        }
    }

    pub fn get(&self, doc: u32) -> Slot {
        match self {
            Slots::Owned(slots) => slots.get(doc as usize).cloned().unwrap_or(MISSING),
            Slots::Mapped(records) => {
                let at = doc as usize * SLOT_BYTES;
                let record = records.range(at..at + SLOT_BYTES);
                if record.len() == SLOT_BYTES {
                    Slot::from_record(record)
                } else {
                    MISSING
                }
            }
        }
    }

    pub fn to_mut(&mut self) -> &mut Vec<Slot> {
        if let Slots::Mapped(records) = self {
            let slots = records
                .all()
                .chunks_exact(SLOT_BYTES)
                .map(Slot::from_record)
                .collect();
            *self = Slots::Owned(slots);
        }
        match self {
            Slots::Owned(slots) => slots,
            Slots::Mapped(_) => unreachable!("copied into memory above"),
        }
    }
}

/// Every quote's text back to back: in memory, or in a mapped file.
pub(super) enum Arena {
    Owned(String),
    Mapped(Lazy<u8>),
}

impl Default for Arena {
    fn default() -> Self {
        Arena::Owned(String::new())
    }
}

impl Arena {
    pub fn get(&self, range: std::ops::Range<usize>) -> &str {
        match self {
            Arena::Owned(text) => text.get(range).unwrap_or(""),
            Arena::Mapped(bytes) => std::str::from_utf8(bytes.range(range)).unwrap_or(""),
        }
    }

    pub fn len(&self) -> usize {
        match self {
            Arena::Owned(text) => text.len(),
            Arena::Mapped(bytes) => bytes.len(),
        }
    }

    pub fn to_mut(&mut self) -> &mut String {
        if let Arena::Mapped(bytes) = self {
            let text = String::from_utf8(bytes.all().to_vec()).unwrap_or_default();
            *self = Arena::Owned(text);
        }
        match self {
            Arena::Owned(text) => text,
            Arena::Mapped(_) => unreachable!("copied into memory above"),
        }
    }

    fn heap_bytes(&self) -> usize {
        match self {
            Arena::Owned(text) => text.capacity(),
            Arena::Mapped(_) => 0,
        }
    }
}

/// The search index. Build it with [`Index::build`] (fastest for many quotes)
/// or [`Index::add`], keep it current with [`Index::update`] and
/// [`Index::remove`], query it with [`Index::search`].
#[derive(Default)]
pub struct Index {
    pub(super) vocab: Vocabulary,
    /// Every quote text, back to back: one allocation instead of a million.
    pub(super) arena: Arena,
    pub(super) slots: Slots,
    /// Quote id → doc number; empty while the index is mapped (only
    /// changes need it).
    pub(super) by_id: IdMap,
    /// Live doc numbers from the oldest quote to the newest (date, then id),
    /// for listing the newest quotes.
    pub(super) by_date: Lazy<u32>,
    pub(super) speakers: Names,
    pub(super) outlets: Names,
    pub(super) dead: usize,
    /// The saved file the index reads from, while it is mapped.
    pub(super) file: Option<Arc<MappedFile>>,
    /// Quotes this index must pass over: changed or removed since a mapped
    /// index was saved, their current form (if any) held by a small index
    /// layered over it ([`super::layered`]).
    pub(super) hidden: FxHashSet<i64>,
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
        index
            .arena
            .to_mut()
            .reserve(docs.iter().map(|d| d.text.len()).sum());
        for doc in &docs {
            index.insert(doc, false);
        }
        index.vocab.sort();
        index.vocab.shrink_to_fit();
        index.by_date = Lazy::Owned((0..index.slots.len() as u32).collect());
        index
    }

    /// Whether the index reads from a saved file rather than memory.
    pub fn is_mapped(&self) -> bool {
        self.file.is_some()
    }

    /// Whether a part of the saved file the index reads from failed its
    /// checksum: some answers may have missed quotes, and the index should
    /// be rebuilt.
    pub fn is_damaged(&self) -> bool {
        self.file.as_ref().is_some_and(|f| f.is_damaged())
    }

    /// The index with everything in memory: what an index that changes
    /// needs. A mapped index checks every block of its file first, and is
    /// refused if one is damaged.
    pub fn into_memory(mut self) -> std::io::Result<Index> {
        if let Some(file) = &self.file {
            if !file.verify_all() {
                return Err(super::codec::invalid(
                    "checksum mismatch: the file is damaged",
                ));
            }
        }
        self.make_owned();
        Ok(self)
    }

    /// Copies whatever is mapped into memory, before a change.
    fn make_owned(&mut self) {
        if self.file.is_none() {
            return;
        }
        self.arena.to_mut();
        let slots = self.slots.to_mut();
        let max_id = slots.iter().map(|s| s.id).max().unwrap_or(0);
        let mut by_id = IdMap::for_ids(max_id, slots.len());
        for (n, s) in slots.iter().enumerate().filter(|(_, s)| s.live) {
            by_id.insert(s.id, n as u32);
        }
        self.by_id = by_id;
        self.by_date.to_mut();
        self.vocab.load_into_memory();
        self.speakers.load_into_memory();
        self.outlets.load_into_memory();
        self.file = None;
    }

    /// How many quotes the index holds.
    pub fn len(&self) -> usize {
        // One entry per live quote, in memory or mapped.
        self.by_date.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// How many distinct words the quotes use.
    pub fn vocabulary_len(&self) -> usize {
        self.vocab.len()
    }

    pub fn contains(&self, id: i64) -> bool {
        if self.is_mapped() {
            // The id map is only made for changes: look through the records.
            return (0..self.slots.len() as u32).any(|d| {
                let s = self.slots.get(d);
                s.live && s.id == id
            });
        }
        self.by_id.contains(id)
    }

    /// Adds a quote, or replaces the one with the same id (an edit): its new
    /// words find it at once and its old words no longer do.
    pub fn add(&mut self, doc: &SearchDoc) {
        self.remove(doc.id);
        let slot = self.insert(doc, true);
        let key = self.date_key(slot);
        let at = self
            .by_date
            .all()
            .partition_point(|&d| self.date_key(d) < key);
        self.by_date.to_mut().insert(at, slot);
    }

    /// Adds (or replaces) many quotes at once: like [`Index::add`] for each,
    /// but the sorted orders (words, dates) are made once at the end
    /// instead of shifting arrays of a million entries per quote, which
    /// made bringing a saved index up to date with 10,000 imported quotes
    /// take half a minute.
    pub fn add_many(&mut self, docs: &[SearchDoc]) {
        if docs.len() < 64 {
            docs.iter().for_each(|d| self.add(d));
            return;
        }
        for doc in docs {
            self.remove(doc.id);
        }
        let first_new = self.slots.len() as u32;
        for doc in docs {
            self.insert(doc, false);
        }
        self.vocab.sort();
        let mut by_date = std::mem::take(self.by_date.to_mut());
        by_date.extend(first_new..self.slots.len() as u32);
        by_date.sort_by_key(|&d| self.date_key(d));
        self.by_date = Lazy::Owned(by_date);
    }

    /// Same as [`Index::add`]; the name says what the caller means.
    pub fn update(&mut self, doc: &SearchDoc) {
        self.add(doc);
    }

    /// Removes a quote; returns whether it was there.
    pub fn remove(&mut self, id: i64) -> bool {
        self.make_owned();
        let Some(slot) = self.by_id.remove(id) else {
            return false;
        };
        self.slots.to_mut()[slot as usize].live = false;
        self.dead += 1;
        // Its postings stay until compaction (searches skip dead quotes):
        // removing from a list of a common word would shift megabytes.
        let key = self.date_key(slot);
        let by_date = self.by_date.all();
        let at = by_date.partition_point(|&d| self.date_key(d) < key);
        if by_date.get(at) == Some(&slot) {
            self.by_date.to_mut().remove(at);
        }
        if self.dead > 1024 && self.dead > self.len() / 4 {
            self.compact();
        }
        true
    }

    pub(super) fn date_key(&self, slot: u32) -> (i32, i64) {
        let s = self.slots.get(slot);
        (s.day, s.id)
    }

    /// Whether quote `id` is passed over (see [`Index::hidden`]).
    pub(super) fn is_hidden(&self, id: i64) -> bool {
        !self.hidden.is_empty() && self.hidden.contains(&id)
    }

    pub(super) fn slot(&self, doc: u32) -> Slot {
        self.slots.get(doc)
    }

    pub(super) fn text(&self, slot: u32) -> &str {
        self.arena.get(self.slots.get(slot).text)
    }

    fn insert(&mut self, doc: &SearchDoc, keep_sorted: bool) -> u32 {
        self.make_owned();
        let slot = self.slots.len() as u32;
        let start = self.arena.len();
        self.arena.to_mut().push_str(&doc.text);
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
        self.slots.to_mut().push(Slot {
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
        self.make_owned();
        let mut map = vec![u32::MAX; self.slots.len()];
        let mut next = 0u32;
        for (old, s) in self.slots.to_mut().iter().enumerate() {
            if s.live {
                map[old] = next;
                next += 1;
            }
        }
        let slots = self.slots.to_mut();
        self.vocab.retain_postings(|d| slots[d as usize].live);
        self.speakers.retain_docs(|d| slots[d as usize].live);
        self.outlets.retain_docs(|d| slots[d as usize].live);
        self.vocab.renumber_postings(&map);
        self.speakers.renumber_docs(&map);
        self.outlets.renumber_docs(&map);
        let mut arena = String::with_capacity(self.arena.len());
        let old_slots = std::mem::take(self.slots.to_mut());
        for s in old_slots.into_iter().filter(|s| s.live) {
            let start = arena.len();
            arena.push_str(self.arena.get(s.text.clone()));
            self.slots.to_mut().push(Slot {
                text: start..arena.len(),
                ..s
            });
        }
        self.arena = Arena::Owned(arena);
        self.by_id.renumber(&map);
        for slot in self.by_date.to_mut() {
            *slot = map[*slot as usize];
        }
        self.dead = 0;
    }

    /// Bytes held by the index's structures (capacity, not just length), an
    /// estimate of its memory without allocator overhead.
    pub fn heap_bytes(&self) -> usize {
        let slots = match &self.slots {
            Slots::Owned(slots) => slots.capacity() * std::mem::size_of::<Slot>(),
            Slots::Mapped(_) => 0,
        };
        self.arena.heap_bytes()
            + slots
            + self.by_id.heap_bytes()
            + self.by_date.heap_bytes()
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
