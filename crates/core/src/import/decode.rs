//! Bytes to text, refusing what is not an article: too large, binary, not
//! UTF-8.

use std::io::Read;
use std::path::Path;

use super::ImportError;

/// Files over 20 MB are refused: no news article is that long, and reading a
/// video by mistake should not exhaust memory.
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;

pub(super) fn read_limited_file(path: &Path) -> Result<Vec<u8>, ImportError> {
    let name = path.display().to_string();
    let io = |source| ImportError::Io {
        path: name.clone(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if meta.is_dir() {
        return Err(ImportError::Unsupported {
            path: name,
            reason: "a folder, not a file".to_string(),
        });
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            path: name,
            size: meta.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    let file = std::fs::File::open(path).map_err(io)?;
    read_limited(&name, file)
}

/// Reads at most the limit (a file may grow, a pipe has no size).
pub(super) fn read_limited(name: &str, reader: impl Read) -> Result<Vec<u8>, ImportError> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| ImportError::Io {
            path: name.to_string(),
            source,
        })?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            path: name.to_string(),
            size: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    Ok(bytes)
}

/// UTF-8 text without a byte-order mark; binary content and invalid UTF-8
/// are errors naming the file.
pub(super) fn decode(name: &str, bytes: &[u8]) -> Result<String, ImportError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ImportError::Empty {
            path: name.to_string(),
            detail: if bytes.is_empty() {
                "0 bytes"
            } else {
                "nothing but blank space"
            },
        });
    }
    if looks_binary(bytes) {
        return Err(ImportError::Binary {
            path: name.to_string(),
        });
    }
    String::from_utf8(bytes.to_vec()).map_err(|e| ImportError::InvalidUtf8 {
        path: name.to_string(),
        offset: e.utf8_error().valid_up_to(),
    })
}

/// A NUL byte, or many control characters, in the first 8 KiB: text never has
/// them, images, archives and executables always do.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C))
        .count();
    control * 20 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_content_is_refused() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        assert!(matches!(
            decode("a.png", png),
            Err(ImportError::Binary { .. })
        ));
    }

    #[test]
    fn invalid_utf8_names_the_offset() {
        let err = decode("a.txt", b"caf\xe9 au lait").unwrap_err();
        assert!(
            matches!(err, ImportError::InvalidUtf8 { offset: 3, .. }),
            "{err}"
        );
        assert!(err.to_string().starts_with("a.txt: "));
    }

    #[test]
    fn blank_content_is_empty() {
        assert!(matches!(
            decode("e.txt", b""),
            Err(ImportError::Empty { .. })
        ));
        assert!(matches!(
            decode("e.txt", b" \n\t"),
            Err(ImportError::Empty { .. })
        ));
    }

    #[test]
    fn a_byte_order_mark_is_dropped() {
        assert_eq!(decode("b.txt", b"\xEF\xBB\xBFHi").unwrap(), "Hi");
    }

    #[test]
    fn more_than_the_limit_is_refused() {
        let big = std::io::repeat(b'a').take(MAX_FILE_BYTES + 10);
        assert!(matches!(
            read_limited("-", big),
            Err(ImportError::TooLarge { .. })
        ));
    }
}
