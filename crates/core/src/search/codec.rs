//! A tiny little-endian binary codec for the persisted index: streamed in and
//! out so a 300 MB index is never held twice in memory.

use std::io::{self, Read, Write};

/// Passes bytes through to `inner` and hashes them (BLAKE3), so a saved
/// index can end with a checksum of everything before it and a damaged file
/// is told apart from a good one however it was damaged.
pub struct Hashing<T> {
    inner: T,
    hasher: blake3::Hasher,
}

impl<T> Hashing<T> {
    pub fn new(inner: T) -> Self {
        Hashing {
            inner,
            hasher: blake3::Hasher::new(),
        }
    }

    /// The hash of the bytes passed so far, and the inner reader or writer.
    pub fn finish(self) -> ([u8; 32], T) {
        (*self.hasher.finalize().as_bytes(), self.inner)
    }
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
}

impl<W: Write> Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

pub struct Writer<W: Write> {
    out: W,
}

impl<W: Write> Writer<W> {
    pub fn new(out: W) -> Self {
        Writer { out }
    }

    pub fn into_inner(self) -> W {
        self.out
    }

    pub fn bytes(&mut self, b: &[u8]) -> io::Result<()> {
        self.u64(b.len() as u64)?;
        self.out.write_all(b)
    }

    pub fn str(&mut self, s: &str) -> io::Result<()> {
        self.bytes(s.as_bytes())
    }

    pub fn u8(&mut self, v: u8) -> io::Result<()> {
        self.out.write_all(&[v])
    }

    pub fn u32(&mut self, v: u32) -> io::Result<()> {
        self.out.write_all(&v.to_le_bytes())
    }

    pub fn i32(&mut self, v: i32) -> io::Result<()> {
        self.out.write_all(&v.to_le_bytes())
    }

    pub fn u64(&mut self, v: u64) -> io::Result<()> {
        self.out.write_all(&v.to_le_bytes())
    }

    pub fn i64(&mut self, v: i64) -> io::Result<()> {
        self.out.write_all(&v.to_le_bytes())
    }

    pub fn u32s(&mut self, values: &[u32]) -> io::Result<()> {
        self.u64(values.len() as u64)?;
        self.u32s_unprefixed(values)
    }

    /// Several lists written as one, read back with [`Reader::u32s`].
    pub fn u32_lists(&mut self, lists: &[Vec<u32>]) -> io::Result<()> {
        self.u64(lists.iter().map(|l| l.len() as u64).sum())?;
        for list in lists {
            self.u32s_unprefixed(list)?;
        }
        Ok(())
    }

    fn u32s_unprefixed(&mut self, values: &[u32]) -> io::Result<()> {
        let mut buf = Vec::with_capacity(values.len().min(16 * 1024) * 4);
        for chunk in values.chunks(16 * 1024) {
            buf.clear();
            for v in chunk {
                buf.extend_from_slice(&v.to_le_bytes());
            }
            self.out.write_all(&buf)?;
        }
        Ok(())
    }
}

/// Reading fails with `InvalidData` on anything malformed; the caller then
/// rebuilds the index instead of trusting the file.
pub struct Reader<R: Read> {
    input: R,
    /// Lengths above this are taken as corruption rather than allocated.
    max_len: u64,
    /// Reused for decoding: most posting lists are a few values long.
    scratch: Vec<u8>,
}

pub fn invalid(what: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, what.to_owned())
}

impl<R: Read> Reader<R> {
    pub fn new(input: R, max_len: u64) -> Self {
        Reader {
            input,
            max_len,
            scratch: Vec::new(),
        }
    }

    pub fn into_inner(self) -> R {
        self.input
    }

    fn array<const N: usize>(&mut self) -> io::Result<[u8; N]> {
        let mut b = [0u8; N];
        self.input.read_exact(&mut b)?;
        Ok(b)
    }

    pub fn u32(&mut self) -> io::Result<u32> {
        Ok(u32::from_le_bytes(self.array()?))
    }

    pub fn u64(&mut self) -> io::Result<u64> {
        Ok(u64::from_le_bytes(self.array()?))
    }

    pub fn i64(&mut self) -> io::Result<i64> {
        Ok(i64::from_le_bytes(self.array()?))
    }

    /// A length prefix, checked against the file size.
    pub fn len(&mut self, unit: u64) -> io::Result<usize> {
        let n = self.u64()?;
        if n.saturating_mul(unit) > self.max_len {
            return Err(invalid("length beyond the end of the file"));
        }
        Ok(n as usize)
    }

    pub fn bytes(&mut self) -> io::Result<Vec<u8>> {
        let n = self.len(1)?;
        let mut b = vec![0u8; n];
        self.input.read_exact(&mut b)?;
        Ok(b)
    }

    /// Exactly `n` raw bytes (the caller checked `n` against the file size).
    pub fn exact(&mut self, n: usize) -> io::Result<Vec<u8>> {
        let mut b = vec![0u8; n];
        self.input.read_exact(&mut b)?;
        Ok(b)
    }

    pub fn string(&mut self) -> io::Result<String> {
        String::from_utf8(self.bytes()?).map_err(|_| invalid("text is not UTF-8"))
    }

    pub fn u32s(&mut self) -> io::Result<Vec<u32>> {
        let n = self.len(4)?;
        self.u32s_exact(n)
    }

    /// `n` values without a length prefix (the caller checked `n`).
    pub fn u32s_exact(&mut self, n: usize) -> io::Result<Vec<u32>> {
        let mut out = Vec::with_capacity(n);
        let mut left = n;
        while left > 0 {
            let take = left.min(16 * 1024);
            if self.scratch.len() < take * 4 {
                self.scratch.resize(take * 4, 0);
            }
            let chunk = &mut self.scratch[..take * 4];
            self.input.read_exact(chunk)?;
            out.extend(
                chunk
                    .chunks_exact(4)
                    .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]])),
            );
            left -= take;
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip_and_truncation_is_an_error() {
        let mut w = Writer::new(Vec::new());
        w.str("héllo").unwrap();
        w.u32s(&[1, 2, 40_000]).unwrap();
        w.i64(-7).unwrap();
        let bytes = w.into_inner();
        let mut r = Reader::new(&bytes[..], bytes.len() as u64);
        assert_eq!(r.string().unwrap(), "héllo");
        assert_eq!(r.u32s().unwrap(), [1, 2, 40_000]);
        assert_eq!(r.i64().unwrap(), -7);
        let mut short = Reader::new(&bytes[..bytes.len() - 3], bytes.len() as u64);
        short.string().unwrap();
        short.u32s().unwrap();
        assert!(short.i64().is_err());
        let mut huge = Reader::new(&[255u8; 16][..], 16);
        assert!(huge.bytes().is_err());
    }
}
