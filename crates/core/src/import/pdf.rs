//! PDF files with a text layer (press releases, court rulings, transcripts).
//!
//! `pdf-extract` interprets the pages' content streams and hands each glyph
//! with its position to an output device; ours (`lines::LineCollector`)
//! gathers them into lines, and `lines::paragraphs` turns lines into
//! paragraphs by the page's own layout (a larger gap, an indented first line),
//! because the extractor finds a quote's speaker within its paragraph. The
//! document information dictionary gives the title, author and creation date.
//! A PDF whose pages hold no text (a scan) is refused with a message that
//! says so: OCR is a job for another tool.

mod info;
mod lines;

use std::panic::{catch_unwind, AssertUnwindSafe};

use lopdf::Document;

use super::{text, ImportError};
use crate::model::Article;

/// Reads a PDF's bytes into an article, `name` naming it in messages.
pub(super) fn parse(name: &str, bytes: &[u8]) -> Result<Article, ImportError> {
    let problem = |reason: String| ImportError::Unsupported {
        path: name.to_string(),
        reason,
    };
    if !bytes.starts_with(b"%PDF-")
        && !bytes[..bytes.len().min(1024)]
            .windows(5)
            .any(|w| w == b"%PDF-")
    {
        return Err(problem("not a PDF file (no %PDF header)".to_string()));
    }
    // lopdf and pdf-extract panic on some malformed files; a bad file must
    // cost only that file, never the import.
    let read = catch_unwind(AssertUnwindSafe(|| read_lines(bytes)));
    let (doc, lines) = match read {
        Ok(Ok(read)) => read,
        Ok(Err(reason)) => return Err(problem(reason)),
        Err(_) => {
            return Err(problem(
                "a broken PDF (its structure or content is malformed)".to_string(),
            ))
        }
    };
    let body = lines::paragraphs(&lines);
    if body.trim().is_empty() {
        return Err(problem(
            "a PDF without a text layer (a scanned document?); run it through OCR first"
                .to_string(),
        ));
    }
    let mut article = text::parse(&body, false);
    info::read(&doc).apply(&mut article.meta);
    Ok(article)
}

/// The document and its lines of text, or why they could not be read.
fn read_lines(bytes: &[u8]) -> Result<(Document, Vec<lines::Line>), String> {
    let mut doc =
        Document::load_mem(bytes).map_err(|e| format!("a broken or unreadable PDF ({e})"))?;
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Err("a password-protected PDF; remove the password and try again".to_string());
    }
    let mut collector = lines::LineCollector::default();
    pdf_extract::output_doc(&doc, &mut collector)
        .map_err(|e| format!("the PDF's text could not be read ({e:?})"))?;
    Ok((doc, collector.finish()))
}

#[cfg(test)]
pub(crate) mod testing;

#[cfg(test)]
mod tests {
    use super::testing::{pdf_with_lines, scanned_pdf, Line};
    use super::*;

    #[test]
    fn paragraphs_and_metadata_of_a_text_pdf() {
        let lines = [
            Line::new(72.0, 720.0, "City Council Statement"),
            Line::new(
                72.0,
                690.0,
                "The council voted on Tuesday to close the old bridge.",
            ),
            Line::new(72.0, 676.0, "Repairs will take two years."),
            Line::new(
                90.0,
                650.0,
                "\"We cannot keep people safe on a bridge that is",
            ),
            Line::new(72.0, 636.0, "falling apart,\" Mayor Dana Whitfield said."),
            Line::new(90.0, 622.0, "The vote was unanimous."),
        ];
        let bytes = pdf_with_lines(
            &[&lines],
            Some(("Bridge to close", "Press Office", "D:20240305120000Z")),
        );
        let article = parse("statement.pdf", &bytes).unwrap();
        let paragraphs: Vec<&str> = article.text.split("\n\n").collect();
        assert_eq!(
            paragraphs,
            [
                "City Council Statement",
                "The council voted on Tuesday to close the old bridge. Repairs will take two years.",
                "\"We cannot keep people safe on a bridge that is falling apart,\" Mayor Dana Whitfield said.",
                "The vote was unanimous.",
            ],
            "{}",
            article.text
        );
        assert_eq!(article.meta.title.as_deref(), Some("Bridge to close"));
        assert_eq!(article.meta.byline.as_deref(), Some("Press Office"));
        assert_eq!(article.meta.published, Some("2024-03-05".parse().unwrap()));
        let quotes = crate::extract::extract_quotes(&article.text, article.meta.published);
        assert!(
            quotes.iter().any(|q| q.text.contains("keep people safe")),
            "{quotes:?}"
        );
    }

    #[test]
    fn a_scanned_pdf_is_refused_by_name() {
        let err = parse("scan.pdf", &scanned_pdf()).unwrap_err();
        let message = err.to_string();
        assert!(message.starts_with("scan.pdf: "), "{message}");
        assert!(message.contains("without a text layer"), "{message}");
    }

    #[test]
    fn a_broken_pdf_is_refused_by_name() {
        let err = parse("broken.pdf", b"%PDF-1.5\n1 0 obj << /Type /Catalog").unwrap_err();
        assert!(err.to_string().starts_with("broken.pdf: "), "{err}");
        let err = parse("fake.pdf", b"hello, not a pdf").unwrap_err();
        assert!(err.to_string().contains("not a PDF"), "{err}");
    }

    #[test]
    fn a_truncated_pdf_is_an_error_at_any_length_never_a_crash() {
        let lines = [Line::new(72.0, 700.0, "\"Short,\" she said.")];
        let whole = pdf_with_lines(&[&lines], Some(("T", "A", "D:2024")));
        for end in (8..whole.len()).step_by(whole.len() / 40 + 1) {
            if let Err(e) = parse("cut.pdf", &whole[..end]) {
                assert!(e.to_string().starts_with("cut.pdf: "), "{e}");
            }
        }
    }

    #[test]
    fn pages_run_on_and_page_numbers_are_dropped() {
        let first = [
            Line::new(72.0, 700.0, "\"The river rose faster than anyone"),
            Line::new(300.0, 40.0, "1"),
        ];
        let second = [
            Line::new(72.0, 700.0, "expected,\" the fire chief said."),
            Line::new(300.0, 40.0, "2"),
        ];
        let bytes = pdf_with_lines(&[&first, &second], None);
        let article = parse("flood.pdf", &bytes).unwrap();
        assert_eq!(
            article.text,
            "\"The river rose faster than anyone expected,\" the fire chief said."
        );
    }
}
