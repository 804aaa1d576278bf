//! Reads files (plain text, Markdown, HTML, PDF, DOCX), folders, web
//! addresses and standard input into articles: decoded text plus whatever
//! metadata the file carries.
//!
//! Every failure names the file and the problem in one line, so a batch can
//! report it and go on.

pub mod batch;
mod body;
mod dates;
mod decode;
mod docx;
mod error;
mod fetch;
mod files;
mod html;
pub mod limits;
mod meta;
mod pdf;
mod properties;
pub mod receiver;
mod text;
mod wire;

use std::io::Read;
use std::path::Path;

pub use dates::find_date;
pub use decode::MAX_FILE_BYTES;
pub use error::ImportError;
pub use fetch::{is_url, read_url, FetchOptions};
pub use files::{collect_files, FileListing};
pub use meta::{Found, PageMeta};

use crate::model::Article;

/// How a file's content is to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
    /// A PDF with a text layer.
    Pdf,
    /// A Word document (Office Open XML).
    Docx,
}

impl Format {
    /// The format a file name promises, if it is one Quotebook reads.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "pdf" => Some(Format::Pdf),
            "docx" => Some(Format::Docx),
            _ => None,
        }
    }

    /// The binary format whose signature `bytes` start with, if any: a file
    /// named `.txt` that is really a PDF is read as the PDF it is.
    fn from_signature(bytes: &[u8]) -> Option<Format> {
        if bytes.starts_with(b"%PDF-") {
            Some(Format::Pdf)
        } else if bytes.starts_with(b"PK\x03\x04") && docx::is_docx(bytes) {
            Some(Format::Docx)
        } else {
            None
        }
    }

    /// Guesses the format of content whose name says nothing (stdin).
    fn sniff(text: &str) -> Format {
        let head: String = text
            .trim_start()
            .chars()
            .take(512)
            .collect::<String>()
            .to_lowercase();
        if head.starts_with("<!doctype html") || head.starts_with("<html") || head.contains("<body")
        {
            Format::Html
        } else {
            Format::Text
        }
    }
}

/// Reads one file into an article.
pub fn read_file(path: &Path) -> Result<Article, ImportError> {
    let name = path.display().to_string();
    let bytes = decode::read_limited_file(path)?;
    let mut article = read_any(&name, &bytes, Format::from_path(path))?;
    article.meta.source_path = Some(name);
    Ok(article)
}

/// Whether `text` holds any tag, comment or doctype: `<` before a letter,
/// `/` or `!`. "a < b" in prose is none.
fn has_markup(text: &str) -> bool {
    text.as_bytes()
        .windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!'))
}

/// Reads bytes in any format Quotebook knows: PDF and DOCX by their own
/// parsers (by name or by signature), the rest decoded as text, checked
/// against the limits and parsed.
fn read_any(name: &str, bytes: &[u8], format: Option<Format>) -> Result<Article, ImportError> {
    let format = Format::from_signature(bytes).or(format);
    match format {
        Some(Format::Pdf) => pdf::parse(name, bytes),
        Some(Format::Docx) => docx::parse(name, bytes),
        _ => {
            let text = decode::decode(name, bytes)?;
            let format = match format {
                // A page saved as its text alone under an `.html` name: read
                // as HTML, its blank lines would be spaces and the whole
                // article one paragraph, so every quote's context the page.
                Some(Format::Html) if !has_markup(&text) => Format::Text,
                Some(format) => format,
                None => Format::sniff(&text),
            };
            limits::check_before_parse(name, &text, format)?;
            parse(name, &text, format)
        }
    }
}

/// Reads an article from bytes already in memory (a page from an archive, a
/// download), named `name` in messages. Without a format, it is guessed from
/// the name's extension, then from the content.
pub fn read_bytes(
    name: &str,
    bytes: &[u8],
    format: Option<Format>,
) -> Result<Article, ImportError> {
    let format = format.or_else(|| Format::from_path(Path::new(name)));
    let mut article = read_any(name, bytes, format)?;
    article.meta.source_path = Some(name.to_string());
    Ok(article)
}

/// What an HTML page says about itself (title, outlet, byline, dates, URL,
/// language), each value with the tag or element it was read from.
pub fn html_metadata(content: &str) -> PageMeta {
    html::metadata(content)
}

/// The metadata of an HTML page given as bytes in any encoding.
pub fn read_page_metadata(name: &str, bytes: &[u8]) -> Result<PageMeta, ImportError> {
    Ok(html::metadata(&decode::decode(name, bytes)?))
}

/// Reads an article from standard input (named "-" in messages).
pub fn read_stdin() -> Result<Article, ImportError> {
    read_reader("-", std::io::stdin().lock())
}

/// Reads an article from any reader, named `name` in messages.
pub fn read_reader(name: &str, reader: impl Read) -> Result<Article, ImportError> {
    let bytes = decode::read_limited(name, reader)?;
    let mut article = read_any(name, &bytes, None)?;
    article.meta.source_path = Some(name.to_string());
    Ok(article)
}

/// Turns decoded content into an article.
pub fn parse(name: &str, content: &str, format: Format) -> Result<Article, ImportError> {
    let article = match format {
        Format::Html => html::parse(content),
        Format::Text => text::parse(content, false),
        Format::Markdown => text::parse(content, true),
        Format::Pdf | Format::Docx => {
            return Err(ImportError::Unsupported {
                path: name.to_string(),
                reason: "a PDF or DOCX file is read from its bytes, not from text".to_string(),
            })
        }
    };
    if article.text.trim().is_empty() {
        return Err(ImportError::Empty {
            path: name.to_string(),
            detail: match format {
                Format::Html => "no article text in the page",
                _ => "nothing but blank space",
            },
        });
    }
    Ok(article)
}
