//! Reads files (plain text, Markdown, HTML), folders and standard input into
//! articles: decoded text plus whatever metadata the file carries.
//!
//! Every failure names the file and the problem in one line, so a batch can
//! report it and go on.

pub mod batch;
mod body;
mod dates;
mod decode;
mod error;
mod files;
mod html;
pub mod limits;
mod meta;
mod text;
mod wire;

use std::io::Read;
use std::path::Path;

pub use dates::find_date;
pub use decode::MAX_FILE_BYTES;
pub use error::ImportError;
pub use files::{collect_files, FileListing};
pub use meta::{Found, PageMeta};

use crate::model::Article;

/// How a file's content is to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
}

impl Format {
    /// The format a file name promises, if it is one Quotebook reads.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            _ => None,
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
    let text = decode::decode(&name, &bytes)?;
    let format = Format::from_path(path).unwrap_or_else(|| Format::sniff(&text));
    limits::check_before_parse(&name, &text, format)?;
    let mut article = parse(&name, &text, format)?;
    article.meta.source_path = Some(name);
    Ok(article)
}

/// Reads an article from bytes already in memory (a page from an archive, a
/// download), named `name` in messages. Without a format, it is guessed from
/// the name's extension, then from the content.
pub fn read_bytes(
    name: &str,
    bytes: &[u8],
    format: Option<Format>,
) -> Result<Article, ImportError> {
    let text = decode::decode(name, bytes)?;
    let format = format
        .or_else(|| Format::from_path(Path::new(name)))
        .unwrap_or_else(|| Format::sniff(&text));
    limits::check_before_parse(name, &text, format)?;
    let mut article = parse(name, &text, format)?;
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
    let text = decode::decode(name, &bytes)?;
    let format = Format::sniff(&text);
    limits::check_before_parse(name, &text, format)?;
    let mut article = parse(name, &text, format)?;
    article.meta.source_path = Some(name.to_string());
    Ok(article)
}

/// Turns decoded content into an article.
pub fn parse(name: &str, content: &str, format: Format) -> Result<Article, ImportError> {
    let article = match format {
        Format::Html => html::parse(content),
        Format::Text => text::parse(content, false),
        Format::Markdown => text::parse(content, true),
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
