//! Bytes to text, refusing what is not an article (too large, binary) and
//! reading legacy encodings as well as UTF-8.

use std::io::Read;
use std::path::Path;
use std::sync::LazyLock;

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};
use regex::bytes::Regex;

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

/// Text from a file's bytes, in whatever encoding it is written: a
/// byte-order mark decides first (UTF-8, UTF-16LE, UTF-16BE), then an HTML
/// page's own `<meta charset>` or `http-equiv` declaration, then UTF-8 if the
/// bytes are valid UTF-8, and otherwise the encoding `chardetng` detects
/// (Windows-1252 for most Western text). Binary content is an error naming
/// the file.
pub(super) fn decode(name: &str, bytes: &[u8]) -> Result<String, ImportError> {
    decode_declared(name, bytes, None)
}

/// As `decode`, with the charset a server declared in its Content-Type
/// header: it outranks the page's own `<meta charset>` (as browsers rank
/// them), a byte-order mark outranks both. An unknown label is ignored.
pub(super) fn decode_declared(
    name: &str,
    bytes: &[u8],
    charset: Option<&str>,
) -> Result<String, ImportError> {
    let declared = charset.and_then(|label| Encoding::for_label(label.trim().as_bytes()));
    let (encoding, body) = match Encoding::for_bom(bytes) {
        Some((encoding, bom_len)) => (Some(encoding), &bytes[bom_len..]),
        None => (None, bytes),
    };
    let utf16 = encoding.is_some_and(|e| e == UTF_16LE || e == UTF_16BE);
    if body.iter().all(|b| b.is_ascii_whitespace()) && !utf16 {
        return Err(empty(name, body));
    }
    if !utf16 && looks_binary(body) {
        return Err(ImportError::Binary {
            path: name.to_string(),
        });
    }
    let encoding = encoding
        .or(declared.map(Encoding::output_encoding))
        .unwrap_or_else(|| choose_encoding(body));
    let (text, malformed) = encoding.decode_without_bom_handling(body);
    if utf16 && text.trim().is_empty() {
        return Err(empty(name, body));
    }
    // Bytes after a UTF-16 mark that are not UTF-16 (an odd count, lone
    // surrogates) are some other binary format that starts alike.
    if utf16 && (malformed || looks_binary(text.as_bytes())) {
        return Err(ImportError::Binary {
            path: name.to_string(),
        });
    }
    Ok(text.into_owned())
}

fn empty(name: &str, body: &[u8]) -> ImportError {
    ImportError::Empty {
        path: name.to_string(),
        detail: if body.is_empty() {
            "0 bytes"
        } else {
            "nothing but blank space"
        },
    }
}

/// The encoding of bytes that carry no byte-order mark.
fn choose_encoding(bytes: &[u8]) -> &'static Encoding {
    let valid_utf8 = std::str::from_utf8(bytes).is_ok();
    if let Some(declared) = declared_charset(bytes) {
        // A page saved as UTF-8 often keeps its server's old declaration;
        // valid multi-byte UTF-8 is practically never legacy text by chance,
        // so such bytes are read as UTF-8 whatever the page claims.
        let multibyte = !bytes.is_ascii();
        if !(valid_utf8 && multibyte && declared != UTF_8) {
            return declared;
        }
    }
    if valid_utf8 {
        return UTF_8;
    }
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    detector.guess(None, Utf8Detection::Allow)
}

/// How far into a page its charset declaration is looked for. The HTML
/// standard says 1024 bytes; saved pages often put comments and scripts
/// first, so a little more is read.
const PRESCAN_BYTES: usize = 8192;

static META_CHARSET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i-u)<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"#)
        .expect("valid pattern")
});

/// The encoding a page declares in `<meta charset>` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=...">`
/// (both forms end in `charset=NAME`). A declared UTF-16 is read as UTF-8, as
/// browsers do: bytes readable as ASCII cannot be UTF-16.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let label = META_CHARSET.captures(head)?.get(1)?.as_bytes();
    let encoding = Encoding::for_label(label)?;
    Some(if encoding == UTF_16LE || encoding == UTF_16BE {
        UTF_8
    } else {
        encoding.output_encoding()
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
    fn binary_error_names_the_file() {
        let err = decode("clip.mp4", b"\0\0\0\x18ftypmp42\0\0\0\0").unwrap_err();
        assert_eq!(err.to_string(), "clip.mp4: a binary file, not text");
    }

    #[test]
    fn a_utf16_mark_before_bytes_that_are_not_utf16_is_binary() {
        assert!(matches!(
            decode("odd.txt", b"\xff\xfe\x00bad!"),
            Err(ImportError::Binary { .. })
        ));
    }

    #[test]
    fn plain_text_in_windows_1252_is_read() {
        let text = decode("a.txt", b"Caf\xe9 au lait, \x93quoted\x94 \x96 na\xefve").unwrap();
        assert_eq!(
            text,
            "Caf\u{e9} au lait, \u{201C}quoted\u{201D} \u{2013} na\u{ef}ve"
        );
    }

    #[test]
    fn a_declared_charset_is_honoured() {
        let page = b"<html><head><meta charset=\"windows-1250\"></head><body>\x8ailer \xe8esk\xfd</body></html>";
        assert!(decode("p.html", page)
            .unwrap()
            .contains("\u{160}iler \u{10D}esk\u{FD}"));
        let page = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>na\xefve</p>";
        assert!(decode("p.html", page).unwrap().contains("na\u{ef}ve"));
    }

    #[test]
    fn utf8_bytes_win_over_a_stale_legacy_declaration() {
        let page = "<meta charset=iso-8859-1><p>caf\u{e9}</p>";
        assert!(decode("p.html", page.as_bytes())
            .unwrap()
            .contains("caf\u{e9}"));
    }

    #[test]
    fn utf16_with_a_byte_order_mark_is_text() {
        for bom_le in [true, false] {
            let mut bytes = if bom_le {
                vec![0xFF, 0xFE]
            } else {
                vec![0xFE, 0xFF]
            };
            for unit in "Hello \u{201C}w\u{f6}rld\u{201D}".encode_utf16() {
                let pair = if bom_le {
                    unit.to_le_bytes()
                } else {
                    unit.to_be_bytes()
                };
                bytes.extend_from_slice(&pair);
            }
            assert_eq!(
                decode("u.txt", &bytes).unwrap(),
                "Hello \u{201C}w\u{f6}rld\u{201D}"
            );
        }
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
