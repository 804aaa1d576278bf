//! Saving the index to a file and loading it back, so an app or a CLI run
//! over a million quotes is ready in well under a second instead of
//! re-reading and re-tokenizing every quote.
//!
//! The file starts with a header naming the library it was built from and
//! the library's change sequence number it includes, so a loader can tell
//! whether it belongs to this library and which changes to apply on top. It
//! ends with a BLAKE3 checksum of everything before it: a file damaged on
//! disk, or cut short by a full disk, is refused (and rebuilt by the caller)
//! even where its structure still looks plausible.

use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::Path;
use std::time::SystemTime;

use super::codec::{invalid, Hashing, Reader, Writer};
use super::ids::IdMap;
use super::index::{Index, Slot};
use super::names::{Names, NO_NAME};
use super::temp_files;
use super::vocab::Vocabulary;

const MAGIC: &[u8; 8] = b"QBSEARCH";
/// Bump whenever the layout or the tokenizer changes: old files are rebuilt.
const FORMAT_VERSION: u32 = 3;
/// id, text start and end, speaker, outlet, day, live.
const SLOT_BYTES: usize = 8 + 8 + 8 + 4 + 4 + 4 + 1;

/// Which library state a saved index reflects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    /// A random id stored in the library when search was first set up.
    pub library_id: String,
    /// The last change (in the library's search change log) included.
    pub seq: i64,
}

impl Index {
    /// Writes the index to `path` atomically (a temporary file renamed over
    /// it), so a reader never sees half a file. The temporary files that
    /// killed saves left beside it are removed first.
    pub fn save(&self, path: &Path, stamp: &Stamp) -> io::Result<()> {
        temp_files::remove_stale(path, SystemTime::now());
        let tmp = temp_files::temp_path(path);
        let result = (|| {
            let file = BufWriter::with_capacity(1 << 20, temp_files::create_locked(&tmp)?);
            let mut w = Writer::new(Hashing::new(file));
            w.u64(u64::from_le_bytes(*MAGIC))?;
            w.u32(FORMAT_VERSION)?;
            w.str(&stamp.library_id)?;
            w.i64(stamp.seq)?;
            self.write_body(&mut w)?;
            let (checksum, mut file) = w.into_inner().finish();
            file.write_all(&checksum)?;
            let file = file.into_inner().map_err(|e| e.into_error())?;
            file.sync_all()?;
            std::fs::rename(&tmp, path)
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result
    }

    /// Reads an index saved by [`Index::save`], with its stamp. Any damage
    /// (truncation, a foreign file, an older format) is an error; the caller
    /// rebuilds.
    pub fn load(path: &Path) -> io::Result<(Index, Stamp)> {
        let file = File::open(path)?;
        let size = file.metadata()?.len();
        let mut r = Reader::new(Hashing::new(BufReader::with_capacity(1 << 20, file)), size);
        if r.u64()? != u64::from_le_bytes(*MAGIC) {
            return Err(invalid("not a Quotebook search index"));
        }
        if r.u32()? != FORMAT_VERSION {
            return Err(invalid("search index of another version"));
        }
        let stamp = Stamp {
            library_id: r.string()?,
            seq: r.i64()?,
        };
        let index = Index::read_body(&mut r)?;
        let (computed, mut rest) = r.into_inner().finish();
        let mut stored = [0u8; 32];
        rest.read_exact(&mut stored)?;
        if computed != stored {
            return Err(invalid("checksum mismatch: the file is damaged"));
        }
        Ok((index, stamp))
    }

    fn write_body<W: Write>(&self, w: &mut Writer<W>) -> io::Result<()> {
        w.str(&self.arena)?;
        w.u64(self.slots.len() as u64)?;
        for s in &self.slots {
            w.i64(s.id)?;
            w.u64(s.text.start as u64)?;
            w.u64(s.text.end as u64)?;
            w.u32(s.speaker)?;
            w.u32(s.outlet)?;
            w.i32(s.day)?;
            w.u8(s.live as u8)?;
        }
        w.u32s(&self.by_date)?;
        self.vocab.write(w)?;
        self.speakers.write(w)?;
        self.outlets.write(w)
    }

    fn read_body<R: io::Read>(r: &mut Reader<R>) -> io::Result<Index> {
        let arena = r.bytes()?;
        // Checking 150 MB of text is UTF-8 takes a good part of the load:
        // it runs on a second core while the rest of the file is read.
        std::thread::scope(|scope| {
            let arena = scope
                .spawn(move || String::from_utf8(arena).map_err(|_| invalid("text is not UTF-8")));
            let rest = Self::read_tables(r);
            let arena = arena
                .join()
                .unwrap_or_else(|_| Err(invalid("text could not be checked")))?;
            let (slots, by_date, vocab, speakers, outlets) = rest?;
            Self::assemble(arena, slots, by_date, vocab, speakers, outlets)
        })
    }

    /// Everything after the text, read while the text is being checked.
    fn read_tables<R: io::Read>(r: &mut Reader<R>) -> io::Result<Tables> {
        let count = r.len(SLOT_BYTES as u64)?;
        // The slot table is read in one piece and parsed from memory: a million
        // small reads would cost more than the parsing.
        let table = r.exact(count * SLOT_BYTES)?;
        let slots = table
            .chunks_exact(SLOT_BYTES)
            .map(|raw| {
                let u64_at =
                    |i: usize| u64::from_le_bytes(raw[i..i + 8].try_into().expect("8 bytes"));
                let u32_at =
                    |i: usize| u32::from_le_bytes(raw[i..i + 4].try_into().expect("4 bytes"));
                Slot {
                    id: u64_at(0) as i64,
                    text: u64_at(8) as usize..u64_at(16) as usize,
                    speaker: u32_at(24),
                    outlet: u32_at(28),
                    day: u32_at(32) as i32,
                    live: raw[36] != 0,
                }
            })
            .collect();
        let by_date = r.u32s()?;
        let vocab = Vocabulary::read(r, count)?;

        let speakers = Names::read(r, count)?;
        let outlets = Names::read(r, count)?;
        Ok((slots, by_date, vocab, speakers, outlets))
    }

    /// Checks that the parts agree and puts them together.
    fn assemble(
        arena: String,
        slots: Vec<Slot>,
        by_date: Vec<u32>,
        vocab: Vocabulary,
        speakers: Names,
        outlets: Names,
    ) -> io::Result<Index> {
        let count = slots.len();
        let text_ok = |s: &Slot| {
            s.text.start <= s.text.end
                && s.text.end <= arena.len()
                && arena.is_char_boundary(s.text.start)
                && arena.is_char_boundary(s.text.end)
        };
        if !slots.iter().all(text_ok) {
            return Err(invalid("quote text out of range"));
        }
        let name_ok = |id: u32, names: &Names| id == NO_NAME || (id as usize) < names.len();
        if slots
            .iter()
            .any(|s| !name_ok(s.speaker, &speakers) || !name_ok(s.outlet, &outlets))
        {
            return Err(invalid("speaker or outlet out of range"));
        }
        let max_id = slots.iter().map(|s| s.id).max().unwrap_or(0);
        let mut by_id = IdMap::for_ids(max_id, count);
        let mut dead = 0;
        for (n, s) in slots.iter().enumerate() {
            if s.live {
                if by_id.insert(s.id, n as u32).is_some() {
                    return Err(invalid("a quote appears twice"));
                }
            } else {
                dead += 1;
            }
        }
        if by_date.len() != by_id.len()
            || by_date
                .iter()
                .any(|&d| d as usize >= count || !slots[d as usize].live)
        {
            return Err(invalid("date order out of range"));
        }
        Ok(Index::from_parts(
            arena, slots, by_id, by_date, vocab, speakers, outlets, dead,
        ))
    }
}

/// The parts of a saved index after its text.
type Tables = (Vec<Slot>, Vec<u32>, Vocabulary, Names, Names);

#[cfg(test)]
mod tests {
    use super::super::{Filters, SearchDoc};
    use super::*;

    fn sample() -> Index {
        let mut index = Index::build(
            (0..50)
                .map(|i| SearchDoc {
                    id: i,
                    text: format!("Quote number {i} about the Café harbour."),
                    speaker: Some(format!("Speaker {}", i % 3)),
                    speaker_aliases: vec!["Alias".into()],
                    outlet: Some("Gazette".into()),
                    wire: Some("Wire Service".into()),
                    date: chrono::NaiveDate::from_ymd_opt(2020, 1, 1 + (i % 28) as u32),
                })
                .collect(),
        );
        index.remove(7);
        index
    }

    fn stamp() -> Stamp {
        Stamp {
            library_id: "lib-1".into(),
            seq: 42,
        }
    }

    #[test]
    fn a_saved_index_loads_back_and_answers_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("index");
        let index = sample();
        index.save(&path, &stamp()).unwrap();
        let (loaded, got) = Index::load(&path).unwrap();
        assert_eq!(got, stamp());
        assert_eq!(loaded.len(), 49);
        for q in [
            "harbuor",
            "cafe number 12",
            "speaker:\"speaker 1\" quote",
            "",
            "alias",
        ] {
            assert_eq!(
                loaded.search(q, &Filters::default(), 100).unwrap(),
                index.search(q, &Filters::default(), 100).unwrap(),
                "{q}"
            );
        }
    }

    #[test]
    fn a_damaged_or_foreign_file_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("index");
        sample().save(&path, &stamp()).unwrap();
        let bytes = std::fs::read(&path).unwrap();
        std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
        assert!(Index::load(&path).is_err());
        std::fs::write(&path, b"not an index at all").unwrap();
        assert!(Index::load(&path).is_err());
        // A flipped byte anywhere is caught (by the checksum where the
        // structure still looks right), never a panic.
        for at in (0..bytes.len()).step_by(97).chain([bytes.len() - 1]) {
            let mut damaged = bytes.clone();
            damaged[at] ^= 0x5A;
            std::fs::write(&path, &damaged).unwrap();
            assert!(Index::load(&path).is_err(), "byte {at} flipped");
        }
        // Cut anywhere, even just before the checksum.
        for keep in [bytes.len() - 1, bytes.len() - 32, 20] {
            std::fs::write(&path, &bytes[..keep]).unwrap();
            assert!(Index::load(&path).is_err(), "cut at {keep}");
        }
    }
}
