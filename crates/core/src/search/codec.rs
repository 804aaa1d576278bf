//! A tiny little-endian binary codec for the small parts of the persisted
//! index (its footer, the speakers' and outlets' names).

use std::io::{self, Read, Write};

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

    /// Bytes without a length (a fixed-size hash).
    pub fn raw(&mut self, b: &[u8]) -> io::Result<()> {
        self.out.write_all(b)
    }

    pub fn str(&mut self, s: &str) -> io::Result<()> {
        self.bytes(s.as_bytes())
    }

    pub fn u64(&mut self, v: u64) -> io::Result<()> {
        self.out.write_all(&v.to_le_bytes())
    }

    pub fn i64(&mut self, v: i64) -> io::Result<()> {
        self.out.write_all(&v.to_le_bytes())
    }
}

/// Reading fails with `InvalidData` on anything malformed; the caller then
/// rebuilds the index instead of trusting the file.
pub struct Reader<R: Read> {
    input: R,
    /// Lengths above this are taken as corruption rather than allocated.
    max_len: u64,
}

pub fn invalid(what: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, what.to_owned())
}

impl<R: Read> Reader<R> {
    pub fn new(input: R, max_len: u64) -> Self {
        Reader { input, max_len }
    }

    pub fn array<const N: usize>(&mut self) -> io::Result<[u8; N]> {
        let mut b = [0u8; N];
        self.input.read_exact(&mut b)?;
        Ok(b)
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

    pub fn string(&mut self) -> io::Result<String> {
        String::from_utf8(self.bytes()?).map_err(|_| invalid("text is not UTF-8"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip_and_truncation_is_an_error() {
        let mut w = Writer::new(Vec::new());
        w.str("héllo").unwrap();
        w.u64(40_000).unwrap();
        w.i64(-7).unwrap();
        let bytes = w.into_inner();
        let mut r = Reader::new(&bytes[..], bytes.len() as u64);
        assert_eq!(r.string().unwrap(), "héllo");
        assert_eq!(r.u64().unwrap(), 40_000);
        assert_eq!(r.i64().unwrap(), -7);
        let mut short = Reader::new(&bytes[..bytes.len() - 3], bytes.len() as u64);
        short.string().unwrap();
        short.u64().unwrap();
        assert!(short.i64().is_err());
        let mut huge = Reader::new(&[255u8; 16][..], 16);
        assert!(huge.bytes().is_err());
    }
}
