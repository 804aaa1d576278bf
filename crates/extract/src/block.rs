//! Quotes without quote marks: a pull quote (a paragraph followed by a
//! credit line, "Ann Lee, Mayor, Springfield", that names who said it), and
//! a block quote (an indented paragraph after a sentence that ends with a
//! colon and whose subject is a name: "Judge Lee rejected this argument:").

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
    /// What attributes it: "credit line", "colon before a block" or "post".
    pub cue: &'static str,
    /// The paragraph whose day dates it (a post's credit line), if any.
    pub dated_by: Option<usize>,
}

/// An embedded post's credit line: "— Ann Lee (@annlee) March 2, 2026",
/// the name between the dash and the handle.
fn post_credit(doc: &Document, para: usize) -> Option<(Vec<String>, Option<String>)> {
    let p = &doc.paras[para];
    let line = &doc.text[p.start..p.end];
    let rest = line
        .strip_prefix('—')
        .or_else(|| line.strip_prefix('–'))
        .or_else(|| line.strip_prefix("--"))
        .or_else(|| line.strip_prefix('-'))?;
    let handle = rest.find("(@")?;
    let name_end = p.end - rest.len() + handle;
    let (first, end) = doc.para_tokens[para];
    let (a, b) = mentions::run_starting_at(doc, first + 1, end)
        .filter(|&(_, b)| b <= end && doc.tokens[b - 1].end <= name_end)?;
    let m = mentions::parse_run(doc, a, b)?;
    Some((m.name, m.role))
}

/// A credit line: a name, then comma-separated roles or places, no sentence.
fn credit(doc: &Document, para: usize) -> Option<(Vec<String>, Option<String>)> {
    let p = &doc.paras[para];
    let line = &doc.text[p.start..p.end];
    if line.ends_with(['.', '!', '?', '"', '”'])
        // Words counted only as far as the limit: a paragraph may be long.
        || line.split_whitespace().nth(14).is_some()
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
    // "Ryan Lee, ESPN Staff Writer" is a byline; "Tom Park, 24, died at the
    // scene (Image: handout)" a caption: neither credits words.
    const BYLINE_WORDS: &[&str] = &[
        "writer",
        "reporter",
        "correspondent",
        "editor",
        "staff",
        "contributor",
        "columnist",
        "image",
        "photo",
        "credit",
        "getty",
    ];
    let byline_or_caption = rest.starts_with(|c: char| c.is_ascii_digit())
        || rest.contains('(')
        || rest
            .split(|c: char| !c.is_alphabetic())
            .any(|w| BYLINE_WORDS.iter().any(|b| b.eq_ignore_ascii_case(w)));
    if byline_or_caption {
        return None;
    }
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
    let has_quote = doc.paras_with_quotes();
    for i in 1..doc.paras.len() {
        let body = &doc.paras[i - 1];
        if body.noise || has_quote[i - 1] {
            continue;
        }
        let line = &doc.text[body.start..body.end];
        if line.split_whitespace().nth(4).is_none() {
            continue;
        }
        // Words said are a sentence: "10:31, 4 MAR 2026 Updated 11:02" is
        // a time stamp.
        let lower_words = line
            .split_whitespace()
            .filter(|w| {
                w.chars()
                    .all(|c| c.is_lowercase() || c.is_ascii_punctuation())
                    && w.len() > 1
            })
            .take(3)
            .count();
        if lower_words < 3 {
            continue;
        }
        // "The four chosen suppliers are:" then "Redwing Aero, Tulsa,
        // Oklahoma": a list's lead-in and its items, no quote and credit.
        if line.ends_with(':') || credit(doc, i - 1).is_some() {
            continue;
        }
        // "Please keep these families in your prayers.\n\n— Ann Lee
        // (@annlee) March 2, 2026": a post embedded in the page, dated by
        // its credit line.
        let credited = credit(doc, i)
            .map(|c| (c, "credit line", None))
            .or_else(|| post_credit(doc, i).map(|c| (c, "post", Some(i))));
        if let Some(((speaker, role), cue, dated_by)) = credited {
            // A post written over several lines ("Sharing my letter.\nWe
            // must do better.\nWho are we? pic.twitter.com/…" above its
            // credit line): each line is its author's words.
            let mut first = i - 1;
            while dated_by.is_some() && first > 0 {
                let prev = &doc.paras[first - 1];
                let gap = &doc.text[prev.end..doc.paras[first].start];
                if gap.matches('\n').count() != 1 || prev.noise || has_quote[first - 1] {
                    break;
                }
                first -= 1;
            }
            for para in first..i {
                out.push(PullQuote {
                    para,
                    start: doc.paras[para].start,
                    end: doc.paras[para].end,
                    speaker: speaker.clone(),
                    role: role.clone(),
                    cue,
                    dated_by,
                });
            }
        }
    }
    out.extend(colon_blocks(doc, &has_quote));
    out
}

/// Whether paragraph `para` is indented in the text (spaces or a tab before
/// it on its line): how plain text keeps a block quote.
fn indented(doc: &Document, para: usize) -> bool {
    let start = doc.paras[para].start;
    doc.text[..start].ends_with([' ', '\t'])
}

/// "Judge Lee rejected this argument:" then an indented paragraph (or a run
/// of them) with no quote marks: the words are the named subject's. The
/// colon's sentence must open with a name, the block be prose.
fn colon_blocks(doc: &Document, has_quote: &[bool]) -> Vec<PullQuote> {
    /// A block quote is prose, not a list item.
    const MIN_WORDS: usize = 8;
    let mut out = Vec::new();
    let mut speaker: Option<Vec<String>> = None;
    for (i, (para, &quoted)) in doc.paras.iter().zip(has_quote).enumerate().skip(1) {
        let block = !para.noise
            && !quoted
            && indented(doc, i)
            && doc.text[para.start..para.end]
                .split_whitespace()
                .nth(MIN_WORDS - 1)
                .is_some();
        if !block {
            speaker = None;
            continue;
        }
        // A run of indented paragraphs keeps the speaker of its first.
        if speaker.is_none() {
            speaker = colon_subject(doc, i - 1);
        }
        if let Some(words) = &speaker {
            out.push(PullQuote {
                para: i,
                start: para.start,
                end: para.end,
                speaker: words.clone(),
                role: None,
                cue: "colon before a block",
                dated_by: None,
            });
        }
    }
    out
}

/// The name that opens the last sentence of paragraph `para`, when that
/// sentence ends with a colon.
fn colon_subject(doc: &Document, para: usize) -> Option<Vec<String>> {
    let p = &doc.paras[para];
    if p.noise || !doc.text[p.start..p.end].ends_with(':') {
        return None;
    }
    let (first, end) = doc.para_tokens[para];
    if first >= end {
        return None;
    }
    let sentence = doc.sentences[doc.sentence_of[end - 1]];
    let (a, b) = mentions::run_starting_at(doc, sentence.first, end)?;
    let m = mentions::parse_run(doc, a, b)?;
    // The name is the subject: a verb in lower case follows it.
    let next = doc.word(b);
    let verb_next = b < end && doc.tokens[b].is_word && next.chars().all(|c| c.is_lowercase());
    verb_next.then_some(m.name)
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
    fn an_indented_paragraph_after_a_named_colon_is_a_block_quote() {
        let text = "Court rules on the toll\n\nJudge Ann Lee rejected the town's argument:\n\n  The town may not charge a toll on a bridge that the state paid for, and its reading of the law has no support.\n\n  Nor may it keep the tolls already taken.\n\nThe town will appeal.";
        let d = Document::new(text);
        let p = pull_quotes(&d);
        // The run of indented paragraphs is one quote per paragraph.
        assert_eq!(p.len(), 2, "{p:?}");
        assert!(text[p[0].start..p[0].end].starts_with("The town may not"));
        assert_eq!(p[0].speaker, ["Ann", "Lee"]);
        assert_eq!(p[0].cue, "colon before a block");
        assert_eq!(p[1].speaker, ["Ann", "Lee"]);
        assert_eq!(
            &text[p[1].start..p[1].end],
            "Nor may it keep the tolls already taken."
        );

        // Not indented, or after a colon with no named subject: no quote.
        let flat = text.replace("\n  ", "\n");
        assert!(pull_quotes(&Document::new(&flat)).is_empty());
        let unnamed = text.replace("Judge Ann Lee rejected", "The judge rejected");
        assert!(pull_quotes(&Document::new(&unnamed)).is_empty());
    }

    #[test]
    fn a_list_of_names_and_places_is_no_pull_quote() {
        let text = "Suppliers\n\nThe agency picked four new suppliers this week.\n\nThe four chosen suppliers are:\n\nRedwing Aero, Tulsa, Oklahoma\nMarlow Dynamics, Palo Alto, California\nKestrel Works, Dayton, Ohio\nAshby Labs, Provo, Utah";
        let doc = Document::new(text);
        assert!(pull_quotes(&doc).is_empty());
    }

    #[test]
    fn a_byline_a_caption_or_a_time_stamp_makes_no_pull_quote() {
        for text in [
            "Title\n\nThe champions were beaten again on Sunday night at home.\n\nRyan Lee, ESPN Staff Writer\n\nMore text.",
            "Title\n\n10:31, 4 MAR 2026 Updated 11:02, 4 MAR 2026\n\nTom Park, 24, died at the scene (Image: Family handout)\n\nMore text.",
        ] {
            assert!(pull_quotes(&Document::new(text)).is_empty(), "{text}");
        }
    }

    #[test]
    fn an_embedded_post_over_several_lines_is_its_authors_words() {
        let text = "Mayor asks for mercy\n\nThe mayor wrote to the judge.\n\nSharing my letter on the sentencing of a man who threatened my staff.\nWe must bring compassion to our courts.\nWhat kind of town answers threats with threats? pic.twitter.com/abc123\n\n\u{2014} Ada Finch (@adafinch) March 3, 2020";
        let q = crate::extract_quotes(text, None);
        assert_eq!(q.len(), 3, "{q:?}");
        assert!(q.iter().all(|q| q.speaker.as_deref() == Some("Ada Finch")));
    }

    #[test]
    fn an_embedded_post_is_its_authors_words() {
        let text = "Storm hits the coast\n\nThe governor toured the damage on Tuesday.\n\nPlease keep these families in your prayers tonight.\n\n— Gov. Ann Lee (@GovAnnLee) March 2, 2026\n\nCrews worked through the night.";
        let p = pull_quotes(&Document::new(text));
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!(p[0].speaker, ["Ann", "Lee"]);
        assert_eq!(p[0].cue, "post");
        assert_eq!(
            &text[p[0].start..p[0].end],
            "Please keep these families in your prayers tonight."
        );
    }

    #[test]
    fn an_ordinary_paragraph_is_no_credit() {
        let text = "We will build the bridge before winter comes.\n\nAnn Lee, the mayor, said so.";
        assert!(pull_quotes(&Document::new(text)).is_empty());
    }
}
