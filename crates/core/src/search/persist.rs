//! Saving the index to a file, and opening it again mapped into memory, so
//! that an app or a CLI run over a million quotes is ready in milliseconds
//! instead of re-reading and re-tokenizing every quote.
//!
//! Layout: a 16-byte prefix (magic, format version), then the data as
//! 8-aligned sections (quote texts, quote records, date order, the
//! vocabulary's arrays and posting lists, speakers, outlets; see
//! [`super::blocks`]), then a footer: which library and change the file
//! reflects, where each section lies and a BLAKE3 hash per 64 KiB block of
//! the data, followed by the footer's length and a hash of prefix and
//! footer. Opening checks the prefix, the footer and the small sections
//! every query reads (a few megabytes at a million quotes); the rest is
//! checked block by block as queries read it ([`super::mapped`]). A file cut
//! short or damaged is refused at open or marked damaged when read, and
//! the caller rebuilds it; nothing panics.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::sync::Arc;
use std::time::SystemTime;

use super::blocks::SectionWriter;
use super::codec::{invalid, Reader, Writer};
use super::ids::IdMap;
use super::index::{Arena, Index, Slots, SLOT_BYTES};
use super::mapped::{Arr, Lazy, Lists, MappedFile, Section, BLOCK};
use super::names::Names;
use super::temp_files;
use super::vocab::{VocabSections, Vocabulary};

const MAGIC: &[u8; 8] = b"QBSEARCH";
/// Bump whenever the layout or the tokenizer changes: old files are rebuilt.
const FORMAT_VERSION: u32 = 4;
/// Magic, version and padding: the data starts 8-aligned after it.
const PREFIX_LEN: usize = 16;
/// The footer's length and the hash ending the file.
const TAIL_LEN: usize = 8 + 32;
/// Sections in the order [`Index::write_sections`] writes them.
const SECTIONS: usize = 18;

/// Which library state a saved index reflects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    /// A random id stored in the library when search was first set up.
    pub library_id: String,
    /// The last change (in the library's search change log) included.
    pub seq: i64,
}

fn prefix() -> [u8; PREFIX_LEN] {
    let mut p = [0u8; PREFIX_LEN];
    p[..8].copy_from_slice(MAGIC);
    p[8..12].copy_from_slice(&FORMAT_VERSION.to_le_bytes());
    p
}

/// The hash closing the file: of the prefix, the footer and its length.
fn tail_hash(prefix: &[u8], footer: &[u8]) -> [u8; 32] {
    let mut hasher = blake3::Hasher::new();
    hasher.update(prefix);
    hasher.update(footer);
    hasher.update(&(footer.len() as u64).to_le_bytes());
    *hasher.finalize().as_bytes()
}

impl Index {
    /// Writes the index to `path` atomically (a temporary file renamed over
    /// it), so a reader never sees half a file and an index mapped from the
    /// old file keeps reading it. The temporary files that killed saves left
    /// beside it are removed first. A mapped index is checked whole first:
    /// damage is never copied into a file with fresh checksums.
    pub fn save(&self, path: &Path, stamp: &Stamp) -> io::Result<()> {
        if let Some(file) = &self.file {
            if !file.verify_all() {
                return Err(invalid("checksum mismatch: the file is damaged"));
            }
        }
        temp_files::remove_stale(path, SystemTime::now());
        let tmp = temp_files::temp_path(path);
        let result = (|| {
            let mut file = BufWriter::with_capacity(1 << 20, temp_files::create_locked(&tmp)?);
            let prefix = prefix();
            file.write_all(&prefix)?;
            let mut sections = SectionWriter::new(file, PREFIX_LEN);
            self.write_sections(&mut sections)?;
            let written = sections.finish();
            let mut footer = Writer::new(Vec::new());
            footer.str(&stamp.library_id)?;
            footer.i64(stamp.seq)?;
            footer.u64(BLOCK as u64)?;
            footer.u64(written.data_end as u64)?;
            footer.u64(self.dead as u64)?;
            footer.u64(written.sections.len() as u64)?;
            for &(start, len) in &written.sections {
                footer.u64(start)?;
                footer.u64(len)?;
            }
            footer.u64(written.hashes.len() as u64)?;
            for hash in &written.hashes {
                footer.raw(hash)?;
            }
            let footer = footer.into_inner();
            let mut file = written.out;
            file.write_all(&footer)?;
            file.write_all(&(footer.len() as u64).to_le_bytes())?;
            file.write_all(&tail_hash(&prefix, &footer))?;
            let file = file.into_inner().map_err(|e| e.into_error())?;
            file.sync_all()?;
            std::fs::rename(&tmp, path)
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result
    }

    /// Opens an index saved by [`Index::save`], with its stamp, mapped:
    /// only what queries read is read (and checked). A file cut short, of
    /// another version or library format, or damaged where open checks is
    /// an error; damage found later marks the index [damaged]
    /// (Index::is_damaged). The caller rebuilds either way. For an index
    /// that changes, follow with [`Index::into_memory`].
    pub fn load(path: &Path) -> io::Result<(Index, Stamp)> {
        if cfg!(target_endian = "big") {
            // Sections are little-endian arrays read in place.
            return Err(invalid(
                "saved indexes are read on little-endian machines only",
            ));
        }
        let file = File::open(path)?;
        // SAFETY: the map is only read. Quotebook never changes a saved
        // index in place (a save writes a new file and renames it over),
        // so the bytes cannot change under the map while it is in use; a
        // third party truncating the file in place could make a read fault,
        // as with any mapped file.
        let map = unsafe { memmap2::Mmap::map(&file)? };
        let len = map.len();
        if len < PREFIX_LEN + TAIL_LEN || map[..PREFIX_LEN] != prefix() {
            if len >= 8 && map[..8] == MAGIC[..] {
                return Err(invalid("search index of another version, or cut short"));
            }
            return Err(invalid("not a Quotebook search index"));
        }
        let footer_len = u64::from_le_bytes(map[len - TAIL_LEN..len - 32].try_into().expect("8"));
        let footer_start = usize::try_from(footer_len)
            .ok()
            .and_then(|l| (len - TAIL_LEN).checked_sub(l))
            .filter(|&start| start >= PREFIX_LEN)
            .ok_or_else(|| invalid("cut short: the footer is missing"))?;
        let footer = &map[footer_start..len - TAIL_LEN];
        if tail_hash(&map[..PREFIX_LEN], footer) != map[len - 32..] {
            return Err(invalid(
                "checksum mismatch: the file is damaged or cut short",
            ));
        }
        let mut r = Reader::new(footer, footer.len() as u64);
        let stamp = Stamp {
            library_id: r.string()?,
            seq: r.i64()?,
        };
        let (block, data_end, dead) = (r.u64()?, r.u64()?, r.u64()?);
        let count = r.len(16)?;
        let table = (0..count)
            .map(|_| Ok((r.u64()?, r.u64()?)))
            .collect::<io::Result<Vec<(u64, u64)>>>()?;
        let hashes = (0..r.len(32)?)
            .map(|_| r.array::<32>())
            .collect::<io::Result<Vec<[u8; 32]>>>()?;
        if block != BLOCK as u64
            || data_end != footer_start as u64
            || count != SECTIONS
            || hashes.len() != MappedFile::blocks_for(footer_start - PREFIX_LEN)
        {
            return Err(invalid("the footer disagrees with the file"));
        }
        let file = Arc::new(MappedFile::new(map, PREFIX_LEN..footer_start, hashes));
        let index = Self::open_sections(&file, &table, dead as usize).ok_or_else(|| {
            invalid("checksum mismatch or sections out of range: the file is damaged")
        })?;
        Ok((index, stamp))
    }

    /// Writes every part as its own section; [`Index::open_sections`] reads
    /// them in this order.
    fn write_sections<W: Write>(&self, out: &mut SectionWriter<W>) -> io::Result<()> {
        out.begin()?;
        for doc in 0..self.slots.len() as u32 {
            out.bytes_continued(self.text(doc).as_bytes())?;
        }
        out.end();
        out.begin()?;
        let mut at = 0usize;
        for doc in 0..self.slots.len() as u32 {
            // Texts are written back to back in doc order: ranges follow.
            let mut slot = self.slot(doc);
            let len = self.text(doc).len();
            slot.text = at..at + len;
            at += len;
            out.bytes_continued(&slot.to_record())?;
        }
        out.end();
        out.u32s(self.by_date.all())?;
        self.vocab.write_sections(out)?;
        self.speakers.write_sections(out)?;
        self.outlets.write_sections(out)
    }

    /// The index over the sections of a mapped file, with the small ones
    /// checked now; None if one is damaged or out of place.
    fn open_sections(file: &Arc<MappedFile>, table: &[(u64, u64)], dead: usize) -> Option<Index> {
        let mut at = table.iter();
        let mut next = || {
            let &(start, len) = at.next()?;
            Some((usize::try_from(start).ok()?, usize::try_from(len).ok()?))
        };
        fn lazy<T: bytemuck::Pod>(
            file: &Arc<MappedFile>,
            (start, len): (usize, usize),
        ) -> Option<Lazy<T>> {
            Some(Lazy::Mapped(Section::new(file, start, len)?))
        }
        fn checked<T: bytemuck::Pod>(
            file: &Arc<MappedFile>,
            (start, len): (usize, usize),
        ) -> Option<Arr<T>> {
            Arr::checked(Section::new(file, start, len)?)
        }
        let arena = lazy::<u8>(file, next()?)?;
        let slots = lazy::<u8>(file, next()?)?;
        let by_date = lazy::<u32>(file, next()?)?;
        let vocab = Vocabulary::mapped(VocabSections {
            text: checked(file, next()?)?,
            word_offsets: checked(file, next()?)?,
            postings: Lists::mapped(checked(file, next()?)?, lazy(file, next()?)?)?,
            counts: checked(file, next()?)?,
            sorted: checked(file, next()?)?,
            sorted_keys: checked(file, next()?)?,
            masks: checked(file, next()?)?,
            char_lens: checked(file, next()?)?,
        })?;
        let mut names = || -> Option<Names> {
            let blob: Arr<u8> = checked(file, next()?)?;
            let offsets = checked(file, next()?)?;
            let docs = lazy(file, next()?)?;
            Names::mapped(&blob, offsets, docs).ok()
        };
        let speakers = names()?;
        let outlets = names()?;
        if slots.len() % SLOT_BYTES != 0 {
            return None;
        }
        Some(Index {
            vocab,
            arena: Arena::Mapped(arena),
            slots: Slots::Mapped(slots),
            by_id: IdMap::default(),
            by_date,
            speakers,
            outlets,
            dead,
            file: Some(Arc::clone(file)),
            hidden: Default::default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Filters, SearchDoc};
    use super::*;

    fn doc(i: i64) -> SearchDoc {
        SearchDoc {
            id: i,
            text: format!("Quote number {i} about the Café harbour and the lighthouse keeper."),
            speaker: Some(format!("Speaker {}", i % 3)),
            speaker_aliases: vec!["Alias".into()],
            outlet: Some("Gazette".into()),
            wire: Some("Wire Service".into()),
            date: chrono::NaiveDate::from_ymd_opt(2020, 1, 1 + (i % 28) as u32),
        }
    }

    /// `n` quotes, one removed: with 3,000 the texts and records span
    /// several blocks, apart from the vocabulary's.
    fn sample(n: i64) -> Index {
        let mut index = Index::build((0..n).map(doc).collect());
        index.remove(7);
        index
    }

    fn stamp() -> Stamp {
        Stamp {
            library_id: "lib-1".into(),
            seq: 42,
        }
    }

    const QUERIES: [&str; 7] = [
        "number 2999",
        "harbuor",
        "cafe number 12",
        "speaker:\"speaker 1\" quote",
        "",
        "alias",
        "lighthouse keep",
    ];

    #[test]
    fn a_saved_index_opens_mapped_and_in_memory_and_answers_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("index");
        let index = sample(3000);
        index.save(&path, &stamp()).unwrap();
        let (mapped, got) = Index::load(&path).unwrap();
        assert_eq!(got, stamp());
        assert!(mapped.is_mapped());
        assert_eq!(mapped.len(), 2999);
        assert!(mapped.contains(8) && !mapped.contains(7));
        for q in QUERIES {
            let expected = index.search(q, &Filters::default(), 100).unwrap();
            assert_eq!(
                mapped.search(q, &Filters::default(), 100).unwrap(),
                expected,
                "{q}"
            );
        }
        assert!(!mapped.is_damaged());
        // Saved again from the mapped index, the file is the same.
        let again = dir.path().join("again");
        mapped.save(&again, &stamp()).unwrap();
        assert_eq!(
            std::fs::read(&again).unwrap(),
            std::fs::read(&path).unwrap()
        );

        let mut in_memory = mapped.into_memory().unwrap();
        assert!(!in_memory.is_mapped());
        for q in QUERIES {
            let expected = index.search(q, &Filters::default(), 100).unwrap();
            assert_eq!(
                in_memory.search(q, &Filters::default(), 100).unwrap(),
                expected,
                "{q}"
            );
        }
        // It changes like an index built in memory.
        in_memory.add(&SearchDoc {
            text: "A brand new sentence about semaphores.".into(),
            ..doc(5000)
        });
        in_memory.remove(8);
        let found = in_memory
            .search("semaphore", &Filters::default(), 10)
            .unwrap();
        assert_eq!(found.hits.iter().map(|h| h.id).collect::<Vec<_>>(), [5000]);
        assert!(!in_memory.contains(8));
    }

    #[test]
    fn a_mapped_index_changes_once_copied_into_memory() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("index");
        sample(50).save(&path, &stamp()).unwrap();
        let (mut mapped, _) = Index::load(&path).unwrap();
        mapped.add(&SearchDoc {
            text: "Semaphores everywhere.".into(),
            ..doc(77)
        });
        assert!(!mapped.is_mapped());
        assert_eq!(mapped.len(), 50);
        let found = mapped
            .search("semaphores", &Filters::default(), 10)
            .unwrap();
        assert_eq!(found.hits.len(), 1);
        assert_eq!(
            mapped
                .search("harbour", &Filters::default(), 100)
                .unwrap()
                .total,
            49
        );
    }

    #[test]
    fn a_damaged_or_foreign_file_is_refused_at_open_or_when_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("index");
        sample(3000).save(&path, &stamp()).unwrap();
        let bytes = std::fs::read(&path).unwrap();
        std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
        assert!(Index::load(&path).is_err());
        std::fs::write(&path, b"not an index at all").unwrap();
        assert!(Index::load(&path).is_err());
        std::fs::write(&path, b"").unwrap();
        assert!(Index::load(&path).is_err());
        // A flipped byte anywhere is caught: at open, or by the check of
        // every block that loading into memory makes; never a panic, and
        // the queries a damaged mapped index answers before do not panic.
        for at in (0..bytes.len()).step_by(509).chain([bytes.len() - 1]) {
            let mut damaged = bytes.clone();
            damaged[at] ^= 0x5A;
            std::fs::write(&path, &damaged).unwrap();
            let Ok((index, _)) = Index::load(&path) else {
                continue;
            };
            for q in QUERIES {
                index.search(q, &Filters::default(), 100).unwrap();
            }
            assert!(index.into_memory().is_err(), "byte {at} flipped");
        }
        // Cut anywhere, even just before the last hash.
        for keep in [bytes.len() - 1, bytes.len() - 32, bytes.len() - 41, 20] {
            std::fs::write(&path, &bytes[..keep]).unwrap();
            assert!(Index::load(&path).is_err(), "cut at {keep}");
        }
    }

    #[test]
    fn damage_in_a_block_a_query_reads_marks_the_index_damaged() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("index");
        let index = sample(3000);
        index.save(&path, &stamp()).unwrap();
        let mut bytes = std::fs::read(&path).unwrap();
        // The first quote's text, in the first block: far from the
        // vocabulary, which open checks.
        let at = bytes
            .windows(7)
            .position(|w| w == b"harbour")
            .expect("the text is stored as is");
        assert!(at < BLOCK);
        bytes[at] = b'X';
        std::fs::write(&path, &bytes).unwrap();
        let (mapped, _) = Index::load(&path).expect("open checks only the small sections");
        // A query that reads only other blocks sees no damage ...
        let newest = mapped
            .search("lighthouse keeper", &Filters::default(), 1)
            .unwrap();
        assert_eq!(
            newest.hits[0].id, 2995,
            "the newest: 27 January, the highest id"
        );
        assert!(!mapped.is_damaged());
        // ... one that reads the damaged quote does, and answers without it.
        let first_day = Filters {
            from: chrono::NaiveDate::from_ymd_opt(2020, 1, 1),
            to: chrono::NaiveDate::from_ymd_opt(2020, 1, 1),
            ..Filters::default()
        };
        let oldest = mapped.search("lighthouse keeper", &first_day, 200).unwrap();
        assert!(mapped.is_damaged());
        // Those quotes' texts all lie in the damaged block: none is said to
        // hold a word (the caller rebuilds and asks again).
        assert!(
            oldest.hits.iter().all(|h| h.matched_words == 0),
            "{oldest:?}"
        );
        assert!(mapped.save(&dir.path().join("copy"), &stamp()).is_err());
    }
}
