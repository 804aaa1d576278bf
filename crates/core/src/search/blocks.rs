//! Writing the saved index as aligned sections, hashed block by block.
//!
//! Every section starts on an 8-byte boundary, so a mapped file can be read
//! as arrays of numbers in place; every [`BLOCK`] bytes of the data get their
//! own BLAKE3 hash, so a reader checks only the blocks it reads
//! ([`super::mapped`]).

use std::io::{self, Write};

use super::mapped::BLOCK;

/// Where each section lies, in the order written: (byte offset, length).
pub type SectionTable = Vec<(u64, u64)>;

pub struct SectionWriter<W: Write> {
    out: W,
    /// Absolute offset in the file of the next byte.
    pos: usize,
    block: blake3::Hasher,
    in_block: usize,
    hashes: Vec<[u8; 32]>,
    sections: SectionTable,
    open: Option<usize>,
}

/// What a finished writer hands back: the output, where the data ends, the
/// blocks' hashes and the sections.
pub struct Written<W> {
    pub out: W,
    pub data_end: usize,
    pub hashes: Vec<[u8; 32]>,
    pub sections: SectionTable,
}

impl<W: Write> SectionWriter<W> {
    /// A writer whose data starts at `start` bytes into the file (the
    /// caller wrote what comes before, unhashed). `start` must be 8-aligned.
    pub fn new(out: W, start: usize) -> Self {
        SectionWriter {
            out,
            pos: start,
            block: blake3::Hasher::new(),
            in_block: 0,
            hashes: Vec::new(),
            sections: Vec::new(),
            open: None,
        }
    }

    fn raw(&mut self, mut buf: &[u8]) -> io::Result<()> {
        self.out.write_all(buf)?;
        self.pos += buf.len();
        while !buf.is_empty() {
            let take = buf.len().min(BLOCK - self.in_block);
            self.block.update(&buf[..take]);
            self.in_block += take;
            buf = &buf[take..];
            if self.in_block == BLOCK {
                self.hashes.push(*self.block.finalize().as_bytes());
                self.block.reset();
                self.in_block = 0;
            }
        }
        Ok(())
    }

    /// Starts a section on the next 8-byte boundary.
    pub fn begin(&mut self) -> io::Result<()> {
        let pad = (8 - self.pos % 8) % 8;
        self.raw(&[0u8; 8][..pad])?;
        self.open = Some(self.pos);
        Ok(())
    }

    /// Ends the section begun last.
    pub fn end(&mut self) {
        let start = self.open.take().expect("a section was begun");
        self.sections
            .push((start as u64, (self.pos - start) as u64));
    }

    pub fn bytes(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.begin()?;
        self.raw(bytes)?;
        self.end();
        Ok(())
    }

    pub fn u32s(&mut self, values: &[u32]) -> io::Result<()> {
        self.begin()?;
        self.u32s_continued(values)?;
        self.end();
        Ok(())
    }

    pub fn u64s(&mut self, values: &[u64]) -> io::Result<()> {
        self.begin()?;
        for chunk in values.chunks(8 * 1024) {
            let buf: Vec<u8> = chunk.iter().flat_map(|v| v.to_le_bytes()).collect();
            self.raw(&buf)?;
        }
        self.end();
        Ok(())
    }

    /// Values added to the open section.
    pub fn u32s_continued(&mut self, values: &[u32]) -> io::Result<()> {
        for chunk in values.chunks(16 * 1024) {
            let buf: Vec<u8> = chunk.iter().flat_map(|v| v.to_le_bytes()).collect();
            self.raw(&buf)?;
        }
        Ok(())
    }

    /// Raw bytes added to the open section.
    pub fn bytes_continued(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.raw(bytes)
    }

    pub fn finish(mut self) -> Written<W> {
        if self.in_block > 0 {
            self.hashes.push(*self.block.finalize().as_bytes());
        }
        Written {
            out: self.out,
            data_end: self.pos,
            hashes: self.hashes,
            sections: self.sections,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_are_aligned_and_every_block_is_hashed() {
        let mut w = SectionWriter::new(Vec::new(), 16);
        w.bytes(b"abc").unwrap();
        w.u32s(&vec![7u32; BLOCK / 4 + 3]).unwrap();
        let written = w.finish();
        assert_eq!(written.sections[0], (16, 3));
        assert_eq!(written.sections[1], (24, (BLOCK + 12) as u64));
        let data = &written.out;
        assert_eq!(written.data_end, 16 + data.len());
        assert_eq!(written.hashes.len(), data.len().div_ceil(BLOCK));
        assert_eq!(&written.hashes[0], blake3::hash(&data[..BLOCK]).as_bytes());
        assert_eq!(&written.hashes[1], blake3::hash(&data[BLOCK..]).as_bytes());
    }
}
