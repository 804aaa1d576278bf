//! Quote id → doc number.
//!
//! Library quote ids are SQLite rowids: they count up from 1 with few gaps.
//! A table indexed by id then costs 4 bytes a quote and fills in a few
//! milliseconds, where a hash map of a million entries costs 13 bytes a
//! quote and about 100 ms to fill when a saved index is loaded. Ids too
//! sparse for a table (or negative) fall back to a hash map.

use rustc_hash::FxHashMap;

const EMPTY: u32 = u32::MAX;

/// A table entry is allowed per this many ids held (plus some slack) before
/// the map turns into a hash map.
const MAX_TABLE_PER_ID: usize = 4;
const TABLE_SLACK: usize = 4096;

pub enum IdMap {
    /// `table[id]` is the doc number of quote `id`, or `EMPTY`.
    Table {
        table: Vec<u32>,
        len: usize,
    },
    Hashed(FxHashMap<i64, u32>),
}

impl Default for IdMap {
    fn default() -> Self {
        IdMap::Table {
            table: Vec::new(),
            len: 0,
        }
    }
}

impl IdMap {
    /// An empty map for `count` ids up to `max_id`: a table when they are
    /// dense enough, so that inserting them in any order keeps the table.
    pub fn for_ids(max_id: i64, count: usize) -> Self {
        match usize::try_from(max_id) {
            Ok(max) if max < count * MAX_TABLE_PER_ID + TABLE_SLACK => IdMap::Table {
                table: vec![EMPTY; max + 1],
                len: 0,
            },
            _ => IdMap::Hashed(FxHashMap::with_capacity_and_hasher(
                count,
                Default::default(),
            )),
        }
    }

    #[cfg(test)]
    pub fn len(&self) -> usize {
        match self {
            IdMap::Table { len, .. } => *len,
            IdMap::Hashed(map) => map.len(),
        }
    }

    pub fn get(&self, id: i64) -> Option<u32> {
        match self {
            IdMap::Table { table, .. } => usize::try_from(id)
                .ok()
                .and_then(|i| table.get(i))
                .copied()
                .filter(|&d| d != EMPTY),
            IdMap::Hashed(map) => map.get(&id).copied(),
        }
    }

    pub fn contains(&self, id: i64) -> bool {
        self.get(id).is_some()
    }

    /// Maps `id` to `doc`; returns the doc it mapped to before.
    pub fn insert(&mut self, id: i64, doc: u32) -> Option<u32> {
        if let IdMap::Table { table, len } = self {
            let fits = usize::try_from(id)
                .ok()
                .filter(|&i| i < table.len().max((*len + 1) * MAX_TABLE_PER_ID + TABLE_SLACK));
            match fits {
                Some(i) => {
                    if i >= table.len() {
                        table.resize(i + 1, EMPTY);
                    }
                    let old = std::mem::replace(&mut table[i], doc);
                    if old == EMPTY {
                        *len += 1;
                        return None;
                    }
                    return Some(old);
                }
                None => self.switch_to_hashing(),
            }
        }
        match self {
            IdMap::Hashed(map) => map.insert(id, doc),
            IdMap::Table { .. } => unreachable!("turned into a hash map above"),
        }
    }

    pub fn remove(&mut self, id: i64) -> Option<u32> {
        match self {
            IdMap::Table { table, len } => {
                let entry = usize::try_from(id).ok().and_then(|i| table.get_mut(i))?;
                let old = std::mem::replace(entry, EMPTY);
                (old != EMPTY).then(|| {
                    *len -= 1;
                    old
                })
            }
            IdMap::Hashed(map) => map.remove(&id),
        }
    }

    /// Renumbers every doc through `map` (old doc number → new).
    pub fn renumber(&mut self, map: &[u32]) {
        match self {
            IdMap::Table { table, .. } => {
                for d in table.iter_mut().filter(|d| **d != EMPTY) {
                    *d = map[*d as usize];
                }
            }
            IdMap::Hashed(m) => {
                for d in m.values_mut() {
                    *d = map[*d as usize];
                }
            }
        }
    }

    pub fn heap_bytes(&self) -> usize {
        match self {
            IdMap::Table { table, .. } => table.capacity() * 4,
            IdMap::Hashed(map) => map.capacity() * (std::mem::size_of::<(i64, u32)>() + 1),
        }
    }

    fn switch_to_hashing(&mut self) {
        if let IdMap::Table { table, .. } = self {
            let map = table
                .iter()
                .enumerate()
                .filter(|(_, &d)| d != EMPTY)
                .map(|(id, &d)| (id as i64, d))
                .collect();
            *self = IdMap::Hashed(map);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dense_ids_use_a_table_and_sparse_ones_a_map_with_the_same_answers() {
        let mut ids = IdMap::default();
        for id in 1..=100 {
            assert_eq!(ids.insert(id, id as u32 * 2), None);
        }
        assert!(matches!(ids, IdMap::Table { .. }));
        assert_eq!(ids.insert(7, 1), Some(14));
        assert_eq!(ids.remove(8), Some(16));
        assert_eq!(ids.remove(8), None);
        assert_eq!(ids.len(), 99);
        assert!(!ids.contains(0) && !ids.contains(-3) && !ids.contains(1000));
        // A far-off and a negative id turn it into a hash map, keeping all.
        ids.insert(10_000_000_000, 5);
        ids.insert(-4, 6);
        assert!(matches!(ids, IdMap::Hashed(_)));
        assert_eq!(ids.len(), 101);
        assert_eq!(ids.get(7), Some(1));
        assert_eq!(ids.get(8), None);
        assert_eq!(ids.get(10_000_000_000), Some(5));
        assert_eq!(ids.get(-4), Some(6));
    }

    #[test]
    fn a_map_made_for_dense_ids_stays_a_table_whatever_the_order() {
        let mut ids = IdMap::for_ids(100_000, 100_000);
        for id in (1..=100_000).rev() {
            ids.insert(id, 0);
        }
        assert!(matches!(ids, IdMap::Table { .. }));
        assert_eq!(ids.len(), 100_000);
        assert!(matches!(IdMap::for_ids(1 << 40, 10), IdMap::Hashed(_)));
    }
}
