//! Speakers and outlets as the filters see them: each distinct identity
//! (a name with its aliases) interned once, with the quotes that carry it.

use rustc_hash::FxHashMap;

use super::tokenize::words;

pub const NO_NAME: u32 = u32::MAX;

struct Entry {
    /// Normalized words of the name and of every alias.
    words: Vec<String>,
    docs: Vec<u32>,
}

#[derive(Default)]
pub struct Names {
    ids: FxHashMap<String, u32>,
    entries: Vec<Entry>,
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
        self.entries.push(Entry {
            words: all_words,
            docs: Vec::new(),
        });
        self.ids.insert(key, id);
        id
    }

    pub fn add_doc(&mut self, id: u32, doc: u32) {
        if id != NO_NAME {
            self.entries[id as usize].docs.push(doc);
        }
    }

    pub fn docs(&self, id: u32) -> &[u32] {
        &self.entries[id as usize].docs
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
        for e in &mut self.entries {
            e.docs.retain(|&d| live(d));
        }
    }

    pub fn renumber_docs(&mut self, map: &[u32]) {
        for e in &mut self.entries {
            for d in e.docs.iter_mut() {
                *d = map[*d as usize];
            }
        }
    }

    pub fn write<W: std::io::Write>(&self, w: &mut super::codec::Writer<W>) -> std::io::Result<()> {
        let mut keys: Vec<(&String, &u32)> = self.ids.iter().collect();
        keys.sort_by_key(|(_, &id)| id);
        w.u64(self.entries.len() as u64)?;
        for ((key, _), entry) in keys.into_iter().zip(&self.entries) {
            w.str(key)?;
            w.u64(entry.words.len() as u64)?;
            for word in &entry.words {
                w.str(word)?;
            }
            w.u32s(&entry.docs)?;
        }
        Ok(())
    }

    pub fn read<R: std::io::Read>(
        r: &mut super::codec::Reader<R>,
        docs: usize,
    ) -> std::io::Result<Self> {
        let mut names = Names::default();
        let n = r.len(8)?;
        for id in 0..n as u32 {
            let key = r.string()?;
            let count = r.len(8)?;
            let words = (0..count)
                .map(|_| r.string())
                .collect::<std::io::Result<Vec<_>>>()?;
            let list = r.u32s()?;
            if list.iter().any(|&d| d as usize >= docs) {
                return Err(super::codec::invalid("name postings out of range"));
            }
            names.ids.insert(key, id);
            names.entries.push(Entry { words, docs: list });
        }
        Ok(names)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn heap_bytes(&self) -> usize {
        self.entries
            .iter()
            .map(|e| {
                e.docs.capacity() * 4
                    + e.words.iter().map(|w| w.capacity() + 24).sum::<usize>()
                    + 48
            })
            .sum::<usize>()
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
