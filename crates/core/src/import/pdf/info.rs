//! The document information dictionary: `/Title`, `/Author`, `/CreationDate`.

use chrono::NaiveDate;
use lopdf::{Document, Object};

use super::super::properties::DocumentProperties;

pub(super) fn read(doc: &Document) -> DocumentProperties {
    let Some(dict) = doc.trailer.get(b"Info").ok().and_then(|info| match info {
        Object::Reference(id) => doc.get_dictionary(*id).ok(),
        Object::Dictionary(dict) => Some(dict),
        _ => None,
    }) else {
        return DocumentProperties::default();
    };
    let text = |key: &[u8]| {
        dict.get(key)
            .ok()
            .and_then(|value| match value {
                Object::Reference(id) => doc.get_object(*id).ok(),
                other => Some(other),
            })
            .and_then(|value| match value {
                Object::String(bytes, _) => Some(text_string(bytes)),
                _ => None,
            })
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty() && !is_placeholder(s))
    };
    DocumentProperties {
        title: text(b"Title"),
        author: text(b"Author"),
        created: text(b"CreationDate").and_then(|d| pdf_date(&d)),
    }
}

/// A PDF text string: UTF-16BE after a byte-order mark, UTF-8 after one
/// (PDF 2.0), otherwise PDFDocEncoding, which matches Latin-1 for letters.
fn text_string(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let units: Vec<u16> = rest
            .chunks_exact(2)
            .map(|pair| u16::from_be_bytes([pair[0], pair[1]]))
            .collect();
        return String::from_utf16_lossy(&units);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return String::from_utf8_lossy(rest).into_owned();
    }
    bytes.iter().map(|&b| char::from(b)).collect()
}

/// Titles that word processors and printers fill in by themselves.
fn is_placeholder(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    lower == "untitled"
        || lower.starts_with("microsoft word - ")
        || lower.ends_with(".doc")
        || lower.ends_with(".docx")
        || lower.ends_with(".pdf")
}

/// `D:YYYYMMDDHHmmSS...` (the prefix and all but the year optional).
fn pdf_date(value: &str) -> Option<NaiveDate> {
    let digits = value.strip_prefix("D:").unwrap_or(value);
    let part = |range: std::ops::Range<usize>| {
        digits
            .get(range)
            .filter(|s| s.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|s| s.parse::<u32>().ok())
    };
    let year = i32::try_from(part(0..4)?).ok()?;
    let month = part(4..6).unwrap_or(1);
    let day = part(6..8).unwrap_or(1);
    NaiveDate::from_ymd_opt(year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_strings() {
        assert_eq!(
            pdf_date("D:20240305120000+01'00'"),
            NaiveDate::from_ymd_opt(2024, 3, 5)
        );
        assert_eq!(pdf_date("D:2021"), NaiveDate::from_ymd_opt(2021, 1, 1));
        assert_eq!(pdf_date("yesterday"), None);
        assert_eq!(text_string(b"\xFE\xFF\x00J\x00\xF6"), "J\u{f6}");
        assert_eq!(text_string(b"Caf\xe9"), "Caf\u{e9}");
        assert!(is_placeholder("Microsoft Word - draft3.docx"));
    }
}
