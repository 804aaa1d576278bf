//! Citations of one quote and exports of many (issue 6).
//!
//! [`cite`] turns a quote and its article into a [`Citation`] in one of the
//! [`Style`]s, rendered at once as plain text, HTML and Markdown, so the app
//! can put both clipboard flavours down together. The academic styles (APA,
//! MLA, Chicago 17) are references to the article, rendered by the official
//! CSL style files (bundled in `styles/`) with hayagriva, from the same
//! CSL-JSON record ([`CslItem`]) that the CSL-JSON export holds; any other
//! CSL style, bundled or a user's file, goes through [`cite_reference`]. The
//! AP sentence and the compact line are our own: no CSL style attributes a
//! quote.

mod ap;
mod choice;
mod csl;
mod csl_polish;
mod csl_render;
mod csl_style;
mod dates;
pub(crate) mod escape;
pub mod export;
pub(crate) mod line;
mod names;
mod punct;
pub(crate) mod quote_text;
mod rich;
mod source;
mod speaker;
mod stored;
mod style_error;
mod truncate;
mod venue;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::{ArticleMeta, ExtractedQuote};

pub use choice::{check_style, style_options, StyleChoice, StyleOption, StyleOrigin};
pub use csl::{article_key, CslDate, CslItem, ARTICLE_NEWSPAPER};
pub use csl_render::{render_reference, Reference};
pub use csl_style::{bundled_styles, CslStyle, StyleInfo, StyleKind};
pub use names::CslName;
pub use rich::{Rich, Span};
pub use stored::{cite_stored, cite_stored_as, cite_stored_reference};
pub use style_error::StyleError;
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
    /// Chicago (17th ed.) footnote for the article.
    ChicagoNote,
    /// Chicago (17th ed.) bibliography entry for the article.
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

    /// Several pieces as paragraphs: a blank line apart in text and
    /// Markdown, each its own `<p>` in HTML. One piece is rendered bare.
    pub fn from_paragraphs(parts: &[Rich]) -> Self {
        if let [one] = parts {
            return Citation::from_rich(one);
        }
        let join =
            |render: fn(&Rich) -> String| parts.iter().map(render).collect::<Vec<_>>().join("\n\n");
        Citation {
            text: join(Rich::to_text),
            html: parts
                .iter()
                .map(|p| format!("<p>{}</p>", p.to_html()))
                .collect::<Vec<_>>()
                .join("\n"),
            markdown: join(Rich::to_markdown),
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
    let bundled = |name: &'static str| {
        let style = csl_style::own_style(name)?;
        csl_render::render_reference(&article_record(q.article, options), style).ok()
    };
    // The bundled styles are tested to render every record we write; were
    // one ever to fail, the citation is empty (which callers report) rather
    // than a panic.
    match style {
        Style::Ap => Some(ap::ap(&q, options)),
        Style::Line => Some(line::line(&q)),
        Style::Apa => bundled("apa").and_then(|r| r.bibliography),
        Style::Mla => bundled("mla").and_then(|r| r.bibliography),
        Style::ChicagoNote => bundled("chicago").and_then(|r| r.note),
        Style::ChicagoBibliography => bundled("chicago").and_then(|r| r.bibliography),
    }
    .unwrap_or_default()
}

/// A reference to the quote's article in any CSL style: for a note style,
/// the note and then the bibliography entry, as two paragraphs (in HTML two
/// `<p>`s, so pasted into a document they stay apart); for an author-date
/// style, its reference list entry.
pub fn cite_reference(
    q: QuoteRef<'_>,
    style: &CslStyle,
    options: &CiteOptions,
) -> Result<Citation, StyleError> {
    if !has_reference_details(q.article) {
        return Ok(Citation::from_rich(&Rich::new()));
    }
    let reference = csl_render::render_reference(&article_record(q.article, options), style)?;
    let parts: Vec<Rich> = [reference.note, reference.bibliography]
        .into_iter()
        .flatten()
        .collect();
    Ok(Citation::from_paragraphs(&parts))
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
