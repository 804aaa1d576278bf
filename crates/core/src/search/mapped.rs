//! The saved index file, memory-mapped, and the arrays read from it.
//!
//! A one-off CLI query at a million quotes must not read a 270 MB file: it
//! needs the vocabulary, the posting lists of its words and the records of
//! the quotes it ranks. So the file is mapped, not read, and the index keeps
//! views into it. Integrity is checked per block of [`BLOCK`] bytes (each
//! with its BLAKE3 hash in the file's footer) the first time a block is
//! touched, so a query pays for checking only what it reads. A block that
//! fails its check marks the file damaged: its reader gets an empty answer,
//! never a wrong one, and the caller rebuilds the index.
//!
//! An array the index changes (a quote added) is copied into memory first
//! ([`Arr::to_mut`]); the app, which changes its index as the library does,
//! loads every array into memory at once ([`super::Index::into_memory`]).

use std::marker::PhantomData;
use std::ops::{Deref, Range};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;

use bytemuck::Pod;

/// Bytes per checked block: small enough that touching one posting list
/// checks little more than the list, large enough that the table of hashes
/// (32 bytes a block) stays small.
pub const BLOCK: usize = 64 * 1024;

/// A mapped index file with its block hashes and which blocks passed.
pub struct MappedFile {
    map: memmap2::Mmap,
    /// The blocks cover `data`; the header and footer are checked at open.
    data: Range<usize>,
    hashes: Vec<[u8; 32]>,
    verified: Vec<AtomicU64>,
    damaged: AtomicBool,
}

impl MappedFile {
    pub fn new(map: memmap2::Mmap, data: Range<usize>, hashes: Vec<[u8; 32]>) -> Self {
        let words = hashes.len().div_ceil(64);
        MappedFile {
            map,
            data,
            hashes,
            verified: (0..words).map(|_| AtomicU64::new(0)).collect(),
            damaged: AtomicBool::new(false),
        }
    }

    /// How many blocks `data` of `len` bytes needs.
    pub fn blocks_for(len: usize) -> usize {
        len.div_ceil(BLOCK)
    }

    /// Whether every block holding `bytes` matches its hash (checked once per
    /// block). False, and the file marked damaged, otherwise.
    pub fn verify(&self, bytes: Range<usize>) -> bool {
        if bytes.start > bytes.end || bytes.start < self.data.start || bytes.end > self.data.end {
            self.damaged.store(true, Ordering::Relaxed);
            return false;
        }
        if bytes.is_empty() {
            return true;
        }
        let first = (bytes.start - self.data.start) / BLOCK;
        let last = (bytes.end - 1 - self.data.start) / BLOCK;
        for block in first..=last {
            let (word, bit) = (block / 64, 1u64 << (block % 64));
            if self.verified[word].load(Ordering::Relaxed) & bit != 0 {
                continue;
            }
            let start = self.data.start + block * BLOCK;
            let end = (start + BLOCK).min(self.data.end);
            if blake3::hash(&self.map[start..end]).as_bytes() != &self.hashes[block] {
                self.damaged.store(true, Ordering::Relaxed);
                return false;
            }
            self.verified[word].fetch_or(bit, Ordering::Relaxed);
        }
        true
    }

    /// Checks every block: what loading the whole index into memory needs.
    pub fn verify_all(&self) -> bool {
        self.verify(self.data.clone())
    }

    /// Whether a block failed its check.
    pub fn is_damaged(&self) -> bool {
        self.damaged.load(Ordering::Relaxed)
    }
}

/// `len` values of `T` at byte `start` of a mapped file.
pub struct Section<T> {
    file: Arc<MappedFile>,
    start: usize,
    len: usize,
    kind: PhantomData<T>,
}

impl<T: Pod> Section<T> {
    /// A section of the file, if it lies inside its data and is aligned for
    /// `T` (the writer aligns every section to 8 bytes).
    pub fn new(file: &Arc<MappedFile>, start: usize, bytes: usize) -> Option<Self> {
        let size = std::mem::size_of::<T>();
        let end = start.checked_add(bytes)?;
        let inside = start >= file.data.start && end <= file.data.end;
        let aligned =
            (file.map.as_ptr() as usize + start).is_multiple_of(std::mem::align_of::<T>());
        (inside && aligned && bytes.is_multiple_of(size)).then(|| Section {
            file: Arc::clone(file),
            start,
            len: bytes / size,
            kind: PhantomData,
        })
    }

    pub fn len(&self) -> usize {
        self.len
    }

    fn byte_range(&self, values: Range<usize>) -> Range<usize> {
        let size = std::mem::size_of::<T>();
        self.start + values.start * size..self.start + values.end * size
    }

    fn cast(&self, bytes: Range<usize>) -> Option<&[T]> {
        bytemuck::try_cast_slice(&self.file.map[bytes]).ok()
    }

    /// The values in `values`, after checking their blocks; None when out
    /// of range or damaged.
    pub fn checked(&self, values: Range<usize>) -> Option<&[T]> {
        if values.start > values.end || values.end > self.len {
            self.file.damaged.store(true, Ordering::Relaxed);
            return None;
        }
        let bytes = self.byte_range(values);
        if !self.file.verify(bytes.clone()) {
            return None;
        }
        self.cast(bytes)
    }

    /// Every value, without checking blocks again: for sections checked
    /// whole when the file was opened.
    fn trusted(&self) -> &[T] {
        self.cast(self.byte_range(0..self.len)).unwrap_or(&[])
    }
}

/// An array in memory, or a section of the file checked whole when it was
/// opened: small arrays every query reads (the vocabulary's).
pub enum Arr<T> {
    Owned(Vec<T>),
    Mapped(Section<T>),
}

impl<T> Default for Arr<T> {
    fn default() -> Self {
        Arr::Owned(Vec::new())
    }
}

impl<T: Pod> Arr<T> {
    /// The section, checked whole now; None when damaged.
    pub fn checked(section: Section<T>) -> Option<Self> {
        section.checked(0..section.len())?;
        Some(Arr::Mapped(section))
    }

    /// The array in memory, for changing it (copied from the file once).
    pub fn to_mut(&mut self) -> &mut Vec<T> {
        if let Arr::Mapped(section) = self {
            *self = Arr::Owned(section.trusted().to_vec());
        }
        match self {
            Arr::Owned(values) => values,
            Arr::Mapped(_) => unreachable!("copied into memory above"),
        }
    }

    /// Bytes held in memory (a mapped section holds none).
    pub fn heap_bytes(&self) -> usize {
        match self {
            Arr::Owned(values) => values.capacity() * std::mem::size_of::<T>(),
            Arr::Mapped(_) => 0,
        }
    }
}

impl<T: Pod> Deref for Arr<T> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        match self {
            Arr::Owned(values) => values,
            Arr::Mapped(section) => section.trusted(),
        }
    }
}

/// An array in memory, or a large section of the file read piece by piece,
/// each piece checked when first read (the quote texts, their records and
/// the posting lists).
pub enum Lazy<T> {
    Owned(Vec<T>),
    Mapped(Section<T>),
}

impl<T> Default for Lazy<T> {
    fn default() -> Self {
        Lazy::Owned(Vec::new())
    }
}

impl<T: Pod> Lazy<T> {
    pub fn len(&self) -> usize {
        match self {
            Lazy::Owned(values) => values.len(),
            Lazy::Mapped(section) => section.len(),
        }
    }

    /// The values in `values`; empty when out of range or damaged (a mapped
    /// file is then marked damaged, and its owner rebuilds).
    pub fn range(&self, values: Range<usize>) -> &[T] {
        match self {
            Lazy::Owned(all) => all.get(values).unwrap_or(&[]),
            Lazy::Mapped(section) => section.checked(values).unwrap_or(&[]),
        }
    }

    /// Every value (checked, for a mapped section).
    pub fn all(&self) -> &[T] {
        self.range(0..self.len())
    }

    /// The array in memory, for changing it. A damaged section becomes
    /// empty: [`super::Index::into_memory`] checks the file first.
    pub fn to_mut(&mut self) -> &mut Vec<T> {
        if let Lazy::Mapped(section) = self {
            let values = section.checked(0..section.len()).unwrap_or(&[]).to_vec();
            *self = Lazy::Owned(values);
        }
        match self {
            Lazy::Owned(values) => values,
            Lazy::Mapped(_) => unreachable!("copied into memory above"),
        }
    }

    pub fn heap_bytes(&self) -> usize {
        match self {
            Lazy::Owned(values) => values.capacity() * std::mem::size_of::<T>(),
            Lazy::Mapped(_) => 0,
        }
    }
}

/// Many lists of doc numbers (a word's quotes, a speaker's): one list per
/// entry in memory, or offsets into one mapped array of all of them.
pub enum Lists {
    Owned(Vec<Vec<u32>>),
    Mapped {
        /// Entry `i` is `values[offsets[i]..offsets[i + 1]]`.
        offsets: Arr<u64>,
        values: Lazy<u32>,
    },
}

impl Default for Lists {
    fn default() -> Self {
        Lists::Owned(Vec::new())
    }
}

impl Lists {
    /// A mapped form, if the offsets climb from 0 to the length of values.
    pub fn mapped(offsets: Arr<u64>, values: Lazy<u32>) -> Option<Self> {
        let climbing = offsets.windows(2).all(|p| p[0] <= p[1]);
        let spans = offsets.first() == Some(&0)
            && offsets.last().map(|&l| l as usize) == Some(values.len());
        (climbing && spans).then_some(Lists::Mapped { offsets, values })
    }

    pub fn len(&self) -> usize {
        match self {
            Lists::Owned(lists) => lists.len(),
            Lists::Mapped { offsets, .. } => offsets.len().saturating_sub(1),
        }
    }

    pub fn get(&self, i: usize) -> &[u32] {
        match self {
            Lists::Owned(lists) => lists.get(i).map_or(&[], Vec::as_slice),
            Lists::Mapped { offsets, values } => match (offsets.get(i), offsets.get(i + 1)) {
                (Some(&start), Some(&end)) => values.range(start as usize..end as usize),
                _ => &[],
            },
        }
    }

    /// The lists in memory, for changing them.
    pub fn to_mut(&mut self) -> &mut Vec<Vec<u32>> {
        if let Lists::Mapped { .. } = self {
            let lists = (0..self.len()).map(|i| self.get(i).to_vec()).collect();
            *self = Lists::Owned(lists);
        }
        match self {
            Lists::Owned(lists) => lists,
            Lists::Mapped { .. } => unreachable!("copied into memory above"),
        }
    }

    pub fn heap_bytes(&self) -> usize {
        match self {
            Lists::Owned(lists) => lists.iter().map(|l| l.capacity() * 4 + 24).sum(),
            Lists::Mapped { offsets, values } => offsets.heap_bytes() + values.heap_bytes(),
        }
    }

    /// Writes the lists as offsets and one array of values.
    pub fn write_sections<W: std::io::Write>(
        &self,
        out: &mut super::blocks::SectionWriter<W>,
    ) -> std::io::Result<()> {
        let mut offsets = Vec::with_capacity(self.len() + 1);
        let mut at = 0u64;
        offsets.push(0);
        for i in 0..self.len() {
            at += self.get(i).len() as u64;
            offsets.push(at);
        }
        out.u64s(&offsets)?;
        out.begin()?;
        for i in 0..self.len() {
            out.u32s_continued(self.get(i))?;
        }
        out.end();
        Ok(())
    }
}
