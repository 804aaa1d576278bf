//! A citation as a short run of styled pieces, rendered three ways.
//!
//! Every style builds one [`Rich`]; the renderers decide escaping, so no style
//! has to remember that quote text is untrusted.

use super::escape::{escape_html, escape_markdown, safe_link_target};

/// One piece of a citation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Span {
    /// Ordinary words and punctuation.
    Text(String),
    /// A publication's name: italic in rich text.
    Italic(String),
    /// A web address, linked where the format allows, shown as `label`
    /// (MLA prints it without "https://").
    Link { href: String, label: String },
}

/// A citation before it is rendered.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rich {
    spans: Vec<Span>,
}

impl Rich {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn text(&mut self, s: impl AsRef<str>) -> &mut Self {
        let s = s.as_ref();
        if s.is_empty() {
            return self;
        }
        // Neighbouring plain pieces are merged so `ends_with` sees the whole tail.
        if let Some(Span::Text(last)) = self.spans.last_mut() {
            last.push_str(s);
        } else {
            self.spans.push(Span::Text(s.to_string()));
        }
        self
    }

    pub fn italic(&mut self, s: impl Into<String>) -> &mut Self {
        let s = s.into();
        if s.is_empty() {
            return self;
        }
        // One italic run renders as one `<i>`, however it was built.
        if let Some(Span::Italic(last)) = self.spans.last_mut() {
            last.push_str(&s);
        } else {
            self.spans.push(Span::Italic(s));
        }
        self
    }

    /// Removes white space at both ends (a CSL layout may leave some).
    pub fn trim(&mut self) -> &mut Self {
        if let Some(Span::Text(first) | Span::Italic(first)) = self.spans.first_mut() {
            *first = first.trim_start().to_string();
        }
        if let Some(Span::Text(last) | Span::Italic(last)) = self.spans.last_mut() {
            *last = last.trim_end().to_string();
        }
        self.spans
            .retain(|s| !matches!(s, Span::Text(t) | Span::Italic(t) if t.is_empty()));
        self
    }

    pub fn link(&mut self, url: impl Into<String>) -> &mut Self {
        let url = url.into();
        self.link_labelled(url.clone(), url)
    }

    pub fn link_labelled(
        &mut self,
        href: impl Into<String>,
        label: impl Into<String>,
    ) -> &mut Self {
        let (href, label) = (href.into(), label.into());
        if !href.is_empty() {
            self.spans.push(Span::Link { href, label });
        }
        self
    }

    /// Appends everything in `other`.
    pub fn append(&mut self, other: &Rich) -> &mut Self {
        for span in &other.spans {
            match span {
                Span::Text(s) => self.text(s),
                Span::Italic(s) => self.italic(s.clone()),
                Span::Link { href, label } => self.link_labelled(href.clone(), label.clone()),
            };
        }
        self
    }

    /// The pieces, for a pass that rewrites their text.
    pub(crate) fn spans_mut(&mut self) -> &mut Vec<Span> {
        &mut self.spans
    }

    /// Joins neighbouring pieces of the same kind and drops empty ones, as
    /// building with [`Rich::text`] and [`Rich::italic`] would have.
    pub(crate) fn merge_neighbours(&mut self) {
        let spans = std::mem::take(&mut self.spans);
        let mut merged = Rich::new();
        for span in spans {
            match span {
                Span::Text(s) => merged.text(s),
                Span::Italic(s) => merged.italic(s),
                Span::Link { href, label } => merged.link_labelled(href, label),
            };
        }
        *self = merged;
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    pub fn spans(&self) -> &[Span] {
        &self.spans
    }

    /// The rendered plain text (used to decide punctuation, e.g. whether a
    /// period is already there).
    pub fn plain(&self) -> String {
        self.to_text()
    }

    /// Ends the citation with a period unless it already ends with one (or with
    /// a question or exclamation mark, which a period would double).
    pub fn end_sentence(&mut self) -> &mut Self {
        let plain = self.plain();
        if !super::punct::ends_sentence(&plain) {
            self.text(".");
        }
        self
    }

    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for span in &self.spans {
            match span {
                Span::Text(s) | Span::Italic(s) | Span::Link { label: s, .. } => out.push_str(s),
            }
        }
        out
    }

    pub fn to_html(&self) -> String {
        let mut out = String::new();
        for span in &self.spans {
            match span {
                Span::Text(s) => out.push_str(&escape_html(s)),
                Span::Italic(s) => {
                    out.push_str("<i>");
                    out.push_str(&escape_html(s));
                    out.push_str("</i>");
                }
                Span::Link { href, label } => match safe_link_target(href) {
                    Some(href) => {
                        out.push_str("<a href=\"");
                        out.push_str(&escape_html(href));
                        out.push_str("\">");
                        out.push_str(&escape_html(label));
                        out.push_str("</a>");
                    }
                    // A javascript: or data: address from an article must never
                    // become a live link in the user's word processor.
                    None => out.push_str(&escape_html(label)),
                },
            }
        }
        out
    }

    pub fn to_markdown(&self) -> String {
        let mut out = String::new();
        for span in &self.spans {
            match span {
                Span::Text(s) => out.push_str(&escape_markdown(s)),
                Span::Italic(s) => {
                    out.push('*');
                    out.push_str(&escape_markdown(s));
                    out.push('*');
                }
                Span::Link { href, label } => match safe_link_target(href) {
                    Some(target) if !target.contains(['<', '>', ' ']) && target == label => {
                        out.push('<');
                        out.push_str(target);
                        out.push('>');
                    }
                    Some(target) if !target.contains(['<', '>', ' ', '(', ')']) => {
                        out.push('[');
                        out.push_str(&escape_markdown(label));
                        out.push_str("](");
                        out.push_str(target);
                        out.push(')');
                    }
                    _ => out.push_str(&escape_markdown(label)),
                },
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_text_is_escaped_in_html() {
        let mut r = Rich::new();
        r.text("<script>alert(\"x\")</script> & co");
        assert_eq!(
            r.to_html(),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co"
        );
    }

    #[test]
    fn outlets_are_italic_and_addresses_linked() {
        let mut r = Rich::new();
        r.text("(").italic("The Daily Ledger").text(", ");
        r.link("https://example.org/a?b=1&c=2").text(")");
        assert_eq!(
            r.to_html(),
            "(<i>The Daily Ledger</i>, <a href=\"https://example.org/a?b=1&amp;c=2\">https://example.org/a?b=1&amp;c=2</a>)"
        );
        assert_eq!(
            r.to_markdown(),
            "(*The Daily Ledger*, <https://example.org/a?b=1&c=2>)"
        );
        assert_eq!(
            r.to_text(),
            "(The Daily Ledger, https://example.org/a?b=1&c=2)"
        );
    }

    #[test]
    fn a_script_address_is_never_a_live_link() {
        let mut r = Rich::new();
        r.link("javascript:alert(1)");
        assert_eq!(r.to_html(), "javascript:alert(1)");
        assert_eq!(r.to_markdown(), "javascript:alert(1)");
    }

    #[test]
    fn end_sentence_does_not_double_terminal_punctuation() {
        let mut r = Rich::new();
        r.text("Who pays?").end_sentence();
        assert_eq!(r.to_text(), "Who pays?");
        let mut r = Rich::new();
        r.text("Done").end_sentence();
        assert_eq!(r.to_text(), "Done.");
    }
}
