//! Speakers and outlets as the filters see them: each distinct identity
//! (a name with its aliases) interned once, with the quotes that carry it.

use rustc_hash::FxHashMap;

use super::mapped::{Arr, Lazy, Lists};
use super::tokenize::words;

pub const NO_NAME: u32 = u32::MAX;

struct Entry {
    /// Normalized words of the name and of every alias.
    words: Vec<String>,
}

#[derive(Default)]
pub struct Names {
    ids: FxHashMap<String, u32>,
    entries: Vec<Entry>,
    /// Per identity, its quotes (a list per entry, or mapped from a file).
    docs: Lists,
}

impl Names {
    /// The id of the identity `name` + `aliases`, adding it if new.
    pub fn intern(&mut self, name: Option<&str>, aliases: &[String]) -> u32 {
        let Some(name) = name else { return NO_NAME };
        let mut key = name.to_owned();
        for alias in aliases {
            key.push('\u{0}');
            key.push_str(alias);
        }
        if let Some(&id) = self.ids.get(&key) {
            return id;
        }
        let mut all_words = words(name);
        for alias in aliases {
            all_words.extend(words(alias));
        }
        let id = self.entries.len() as u32;
        self.entries.push(Entry { words: all_words });
        self.docs.to_mut().push(Vec::new());
        self.ids.insert(key, id);
        id
    }

    pub fn add_doc(&mut self, id: u32, doc: u32) {
        if id != NO_NAME {
            self.docs.to_mut()[id as usize].push(doc);
        }
    }

    pub fn docs(&self, id: u32) -> &[u32] {
        self.docs.get(id as usize)
    }

    /// The identities matching a filter value: each of its words begins a word
    /// of the name or of an alias ("netanyahu", "benjamin net", "bibi").
    pub fn matching(&self, filter: &str) -> Vec<u32> {
        let wanted = words(filter);
        if wanted.is_empty() {
            return Vec::new();
        }
        (0..self.entries.len() as u32)
            .filter(|&id| {
                let have = &self.entries[id as usize].words;
                wanted
                    .iter()
                    .all(|w| have.iter().any(|h| h.starts_with(w.as_str())))
            })
            .collect()
    }

    pub fn retain_docs(&mut self, mut live: impl FnMut(u32) -> bool) {
        for docs in self.docs.to_mut() {
            docs.retain(|&d| live(d));
        }
    }

    pub fn renumber_docs(&mut self, map: &[u32]) {
        for docs in self.docs.to_mut() {
            for d in docs.iter_mut() {
                *d = map[*d as usize];
            }
        }
    }

    /// Loads the quote lists into memory, before they change.
    pub fn load_into_memory(&mut self) {
        self.docs.to_mut();
    }

    /// Writes the names and their words as one section, then the quote
    /// lists as offsets and values.
    pub fn write_sections<W: std::io::Write>(
        &self,
        out: &mut super::blocks::SectionWriter<W>,
    ) -> std::io::Result<()> {
        let mut keys: Vec<(&String, &u32)> = self.ids.iter().collect();
        keys.sort_by_key(|(_, &id)| id);
        let mut w = super::codec::Writer::new(Vec::new());
        w.u64(self.entries.len() as u64)?;
        for ((key, _), entry) in keys.into_iter().zip(&self.entries) {
            w.str(key)?;
            w.u64(entry.words.len() as u64)?;
            for word in &entry.words {
                w.str(word)?;
            }
        }
        out.bytes(&w.into_inner())?;
        self.docs.write_sections(out)
    }

    /// The names read from a mapped file: their words in memory (a filter
    /// scans them all), their quote lists left in the file.
    pub fn mapped(blob: &[u8], offsets: Arr<u64>, docs: Lazy<u32>) -> std::io::Result<Self> {
        use super::codec::invalid;
        let mut r = super::codec::Reader::new(blob, blob.len() as u64);
        let mut names = Names::default();
        let n = r.len(8)?;
        for id in 0..n as u32 {
            let key = r.string()?;
            let count = r.len(8)?;
            let words = (0..count)
                .map(|_| r.string())
                .collect::<std::io::Result<Vec<_>>>()?;
            names.ids.insert(key, id);
            names.entries.push(Entry { words });
        }
        names.docs =
            Lists::mapped(offsets, docs).ok_or_else(|| invalid("name lists out of range"))?;
        if names.docs.len() != n {
            return Err(invalid("name lists disagree with the names"));
        }
        Ok(names)
    }

    pub fn heap_bytes(&self) -> usize {
        self.entries
            .iter()
            .map(|e| e.words.iter().map(|w| w.capacity() + 24).sum::<usize>() + 24)
            .sum::<usize>()
            + self.docs.heap_bytes()
            + self.ids.keys().map(|k| k.capacity() + 32).sum::<usize>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_filter_matches_by_name_words_and_aliases() {
        let mut names = Names::default();
        let bibi = names.intern(Some("Benjamin Netanyahu"), &["Bibi".to_owned()]);
        let other = names.intern(Some("Benny Gantz"), &[]);
        assert_eq!(
            names.intern(Some("Benjamin Netanyahu"), &["Bibi".to_owned()]),
            bibi
        );
        assert_eq!(names.matching("netanyahu"), [bibi]);
        assert_eq!(names.matching("bibi"), [bibi]);
        assert_eq!(names.matching("Ben"), [bibi, other]);
        assert!(names.matching("Lapid").is_empty());
        assert_eq!(names.intern(None, &[]), NO_NAME);
    }
}
