//! Citations of one quote and exports of many (issue 6).
//!
//! [`cite`] turns a quote and its article into a [`Citation`] in one of the
//! [`Style`]s, rendered at once as plain text, HTML and Markdown, so the app
//! can put both clipboard flavours down together. The academic styles (APA,
//! MLA, Chicago) are references to the article, written from the same
//! CSL-JSON record ([`CslItem`]) that the CSL-JSON export holds.

mod ap;
mod apa;
mod chicago;
mod csl;
mod dates;
pub(crate) mod escape;
pub mod export;
pub(crate) mod line;
mod mla;
mod names;
mod punct;
pub(crate) mod quote_text;
mod rich;
mod source;
mod speaker;
mod stored;
mod truncate;
mod venue;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::{ArticleMeta, ExtractedQuote};

pub use csl::{article_key, CslDate, CslItem, ARTICLE_NEWSPAPER};
pub use names::CslName;
pub use rich::{Rich, Span};
pub use stored::cite_stored;
pub use truncate::shorten;
pub use venue::venue_phrase;

/// A quote with the article it was read in.
#[derive(Debug, Clone, Copy)]
pub struct QuoteRef<'a> {
    pub quote: &'a ExtractedQuote,
    pub article: &'a ArticleMeta,
}

/// Citation styles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum Style {
    /// The AP attribution sentence around the quote.
    Ap,
    /// The compact "— Name, Role, venue, date (Outlet/Wire, URL)" line.
    Line,
    /// APA 7 reference to the article.
    Apa,
    /// MLA 9 works-cited entry for the article.
    Mla,
    /// Chicago footnote for the article.
    ChicagoNote,
    /// Chicago bibliography entry for the article.
    ChicagoBibliography,
}

impl Style {
    pub const ALL: [Style; 6] = [
        Style::Ap,
        Style::Line,
        Style::Apa,
        Style::Mla,
        Style::ChicagoNote,
        Style::ChicagoBibliography,
    ];
}

/// The renderings a citation comes in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Html,
    Markdown,
}

/// What a citation depends on besides the quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CiteOptions {
    /// The day of citing: AP leaves out the current year, and references
    /// give it as the access date. A parameter, so output never depends on
    /// the clock.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub today: NaiveDate,
    /// Quotes longer than this many characters are shortened at a word
    /// boundary with an ellipsis. `None` keeps every word.
    #[cfg_attr(feature = "ts", ts(type = "number | null"))]
    pub max_quote_chars: Option<usize>,
}

impl CiteOptions {
    pub fn new(today: NaiveDate) -> Self {
        CiteOptions {
            today,
            max_quote_chars: None,
        }
    }
}

/// One citation in every rendering: what the clipboard carries (plain text
/// and HTML) and the Markdown a user may ask for instead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Citation {
    pub text: String,
    pub html: String,
    pub markdown: String,
}

impl Citation {
    pub fn from_rich(rich: &Rich) -> Self {
        Citation {
            text: rich.to_text(),
            html: rich.to_html(),
            markdown: rich.to_markdown(),
        }
    }

    pub fn get(&self, format: Format) -> &str {
        match format {
            Format::Text => &self.text,
            Format::Html => &self.html,
            Format::Markdown => &self.markdown,
        }
    }
}

/// Cites one quote in one style.
pub fn cite(q: QuoteRef<'_>, style: Style, options: &CiteOptions) -> Citation {
    Citation::from_rich(&cite_rich(q, style, options))
}

/// The styled pieces of a citation, for callers that render it themselves.
/// Empty when nothing is known to cite (a reference to an article with no
/// author, title, outlet or address), rather than a lone date or dash.
pub fn cite_rich(q: QuoteRef<'_>, style: Style, options: &CiteOptions) -> Rich {
    let is_reference = !matches!(style, Style::Ap | Style::Line);
    if is_reference && !has_reference_details(q.article) {
        return Rich::new();
    }
    match style {
        Style::Ap => ap::ap(&q, options),
        Style::Line => line::line(&q),
        Style::Apa => apa::apa(&article_record(q.article, options)),
        Style::Mla => mla::mla(&article_record(q.article, options)),
        Style::ChicagoNote => chicago::note(&article_record(q.article, options)),
        Style::ChicagoBibliography => chicago::bibliography(&article_record(q.article, options)),
    }
}

/// Whether an article has anything a reference could name it by.
fn has_reference_details(a: &ArticleMeta) -> bool {
    [&a.title, &a.outlet, &a.wire, &a.byline, &a.url]
        .iter()
        .any(|v| punct::present(v.as_deref()).is_some())
}

/// The CSL-JSON record of an article not yet numbered by a library.
fn article_record(article: &ArticleMeta, options: &CiteOptions) -> CslItem {
    CslItem::from_article(article_key(article), article, options.today)
}
