//! Pull quotes: a paragraph without quote marks followed by a credit line
//! ("Ann Lee, Mayor, Springfield") that names who said it.

use super::document::Document;
use super::lexicon;
use super::mentions;

/// A pull quote with its credit.
#[derive(Debug, Clone, PartialEq)]
pub struct PullQuote {
    pub para: usize,
    pub start: usize,
    pub end: usize,
    pub speaker: Vec<String>,
    pub role: Option<String>,
}

/// A credit line: a name, then comma-separated roles or places, no sentence.
fn credit(doc: &Document, para: usize) -> Option<(Vec<String>, Option<String>)> {
    let p = &doc.paras[para];
    let line = &doc.text[p.start..p.end];
    if line.ends_with(['.', '!', '?', '"', '”'])
        || line.split_whitespace().count() > 14
        || !line.contains(',')
    {
        return None;
    }
    let (first, end) = doc.para_tokens[para];
    if (first..end).any(|t| lexicon::is_reporting_verb(doc.word(t))) {
        return None;
    }
    let (a, b) = mentions::run_starting_at(doc, first, end)?;
    let m = mentions::parse_run(doc, a, b)?;
    if m.name.len() < 2 || b >= end || doc.word(b) != "," {
        return None;
    }
    let rest = doc.text[doc.tokens[b].end..p.end].trim();
    let role = rest
        .split(',')
        .next()
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(str::to_string);
    Some((m.name, m.role.or(role)))
}

pub fn pull_quotes(doc: &Document) -> Vec<PullQuote> {
    let mut out = Vec::new();
    let mut has_quote = vec![false; doc.paras.len()];
    for q in &doc.quotes {
        has_quote[q.para] = true;
    }
    for i in 1..doc.paras.len() {
        let body = &doc.paras[i - 1];
        if body.noise || has_quote[i - 1] {
            continue;
        }
        let line = &doc.text[body.start..body.end];
        if line.split_whitespace().count() < 5 {
            continue;
        }
        if let Some((speaker, role)) = credit(doc, i) {
            out.push(PullQuote {
                para: i - 1,
                start: body.start,
                end: body.end,
                speaker,
                role,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_credit_line_makes_the_paragraph_above_a_pull_quote() {
        let text = "Intro line of the story goes here.\n\nWe will build the bridge before winter comes.\n\nAnn Lee, Mayor, Springfield\n\nMore text.";
        let d = Document::new(text);
        let p = pull_quotes(&d);
        assert_eq!(p.len(), 1);
        assert_eq!(
            &text[p[0].start..p[0].end],
            "We will build the bridge before winter comes."
        );
        assert_eq!(p[0].speaker, ["Ann", "Lee"]);
        assert_eq!(p[0].role.as_deref(), Some("Mayor"));
    }

    #[test]
    fn an_ordinary_paragraph_is_no_credit() {
        let text = "We will build the bridge before winter comes.\n\nAnn Lee, the mayor, said so.";
        assert!(pull_quotes(&Document::new(text)).is_empty());
    }
}
