//! A reference to an article rendered by a CSL style with hayagriva (Typst's
//! CSL processor), from the same CSL-JSON record the CSL-JSON export writes
//! and citeproc-js reads.

use std::panic::{catch_unwind, AssertUnwindSafe};

use hayagriva::citationberg::{json, FontStyle};
use hayagriva::{
    BibliographyDriver, BibliographyRequest, CitationItem, CitationRequest, ElemChild, ElemChildren,
};

use super::csl::CslItem;
use super::csl_polish::polish;
use super::csl_style::{locales, CslStyle, StyleKind};
use super::punct::nest_quotes;
use super::rich::Rich;
use super::style_error::StyleError;

/// What a style makes of one article: a note style (Chicago) gives a note
/// and a bibliography entry, an author-date style (APA, MLA) its reference
/// list entry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reference {
    /// The first (full) note, for note styles.
    pub note: Option<Rich>,
    /// The bibliography or reference list entry.
    pub bibliography: Option<Rich>,
}

/// Renders `item` with `style`. A style without a bibliography still gives
/// its note; one that gives neither is an error that names it.
pub fn render_reference(item: &CslItem, style: &CslStyle) -> Result<Reference, StyleError> {
    let failed = |message: String| StyleError::RenderFailed {
        origin: style.origin().to_string(),
        message,
    };
    let mut value = serde_json::to_value(item).map_err(|e| failed(e.to_string()))?;
    // Quotes inside a title become single quotes, as they stand inside the
    // quotes a style puts around the title (citeproc-js does this itself;
    // hayagriva merges the two closing marks).
    if let Some(title) = value.get_mut("title") {
        if let Some(t) = title.as_str() {
            *title = serde_json::Value::String(nest_quotes(t));
        }
    }
    let entry: json::Item = serde_json::from_value(value).map_err(|e| failed(e.to_string()))?;
    // hayagriva asserts on some unusual CSL constructs; a user's house style
    // must give an error, never take the app down.
    let rendered = catch_unwind(AssertUnwindSafe(|| {
        let locales = locales();
        let mut driver = BibliographyDriver::new();
        driver.citation(CitationRequest::new(
            vec![CitationItem::with_entry(&entry)],
            &style.csl,
            None,
            locales,
            Some(1),
        ));
        driver.finish(BibliographyRequest::new(&style.csl, None, locales))
    }))
    .map_err(|panic| {
        let message = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "the CSL processor stopped".to_string());
        failed(message)
    })?;

    let finish = |children: &ElemChildren| {
        let mut rich = to_rich(children);
        let sources: Vec<&str> = [&item.title, &item.container_title]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        polish(&mut rich, item.title.as_deref(), &sources);
        Some(rich).filter(|r| !r.is_empty())
    };
    let note = (style.kind() == StyleKind::Note)
        .then(|| rendered.citations.first().and_then(|c| finish(&c.citation)))
        .flatten();
    let bibliography = rendered
        .bibliography
        .and_then(|b| b.items.into_iter().next())
        .and_then(|item| finish(&item.content));
    if note.is_none() && bibliography.is_none() {
        return Err(StyleError::NothingToRender {
            origin: style.origin().to_string(),
        });
    }
    Ok(Reference { note, bibliography })
}

/// hayagriva's tree of formatted pieces as our [`Rich`]: italics and links
/// kept, other formatting (bold, small caps) as plain text.
fn to_rich(children: &ElemChildren) -> Rich {
    let mut out = Rich::new();
    write_children(children, &mut out);
    out.trim();
    out
}

fn write_children(children: &ElemChildren, out: &mut Rich) {
    for child in &children.0 {
        match child {
            ElemChild::Text(t) if t.formatting.font_style == FontStyle::Italic => {
                out.italic(t.text.clone());
            }
            ElemChild::Text(t) => {
                out.text(&t.text);
            }
            ElemChild::Elem(e) => {
                // A block (some styles put the entry's parts on lines of
                // their own) reads as one line in a citation.
                let block = e.display.is_some();
                if block && !out.is_empty() && !out.plain().ends_with(' ') {
                    out.text(" ");
                }
                write_children(&e.children, out);
            }
            ElemChild::Markup(m) => {
                out.text(m);
            }
            ElemChild::Link { text, url } => {
                out.link_labelled(url.clone(), text.text.clone());
            }
            ElemChild::Transparent { .. } => {}
        }
    }
}
