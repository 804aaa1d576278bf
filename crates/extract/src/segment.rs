//! Paragraphs (lines of text) with byte offsets kept from the input, and the
//! lines that are page furniture rather than prose.

use super::lexicon;

/// One non-empty line of the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// Byte offsets of the trimmed line.
    pub start: usize,
    pub end: usize,
    /// A headline, byline, caption or "READ MORE" line: quotes in it are not reported.
    pub noise: bool,
    /// A line that only divides the story ("___", "* * *") or stamps the
    /// time of a live update ("2:35 p.m."): what follows is another scene.
    pub scene_break: bool,
}

/// Splits `text` at line breaks; each non-blank line is a paragraph.
pub fn paragraphs(text: &str) -> Vec<Paragraph> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let lead = body.len() - body.trim_start().len();
        let trimmed = body.trim();
        if !trimmed.is_empty() {
            let start = offset + lead;
            out.push(Paragraph {
                start,
                end: start + trimmed.len(),
                noise: false,
                scene_break: is_scene_break(trimmed),
            });
        }
        offset += line.len();
    }
    mark_noise(text, &mut out);
    out
}

fn mark_noise(text: &str, paras: &mut [Paragraph]) {
    let first_prose = paras
        .iter()
        .position(|p| looks_like_prose(&text[p.start..p.end]));
    let count = paras.len();
    for (i, p) in paras.iter_mut().enumerate() {
        let line = &text[p.start..p.end];
        // Everything before the first line of prose is a title block (headline,
        // byline, dates), except a line that itself opens with a quote.
        let before_prose = first_prose.is_some_and(|f| i < f);
        // A headline needs a body below it.
        let headline = i == 0 && (before_prose || (count > 1 && is_title_case(line)));
        p.noise = lexicon::is_noise_line(line) || is_caption(line) || headline;
    }
}

/// A divider made of symbols alone ("___", "* * *", "—"), or the time stamp
/// that opens an entry of a live report ("2:35 p.m.", "10:15 a.m. EDT").
fn is_scene_break(line: &str) -> bool {
    // Both are short: a paragraph of prose is answered without reading it.
    if line.len() > 24 {
        return false;
    }
    if !line.chars().any(char::is_alphanumeric) {
        return true;
    }
    let mut words = line.split_whitespace();
    let Some(clock) = words.next() else {
        return false;
    };
    let clock_ok = clock.split(':').count() <= 2
        && clock
            .split(':')
            .all(|p| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()));
    let Some(meridiem) = words.next() else {
        return false;
    };
    let meridiem_ok = matches!(
        meridiem.trim_end_matches('.').to_ascii_lowercase().as_str(),
        "a.m" | "p.m" | "am" | "pm"
    );
    // At most a time zone after it.
    clock_ok && meridiem_ok && words.count() <= 1
}

/// A prose line ends a sentence and has a few words.
pub fn looks_like_prose(line: &str) -> bool {
    let ends = line
        .trim_end_matches(['"', '”', '’', '\'', ')'])
        .ends_with(['.', '!', '?', ':']);
    ends && line.split_whitespace().nth(7).is_some()
}

/// A headline capitalises most of its words ("Mayor Opens The New Bridge").
fn is_title_case(line: &str) -> bool {
    let words: Vec<&str> = line
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    let capitals = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    words.len() >= 5 && capitals * 10 >= words.len() * 7
}

/// Photo captions carry a credit in parentheses or brackets.
fn is_caption(line: &str) -> bool {
    // Checked at each bracket, found by a fast search for the bracket,
    // without an upper-case copy of every line.
    let credit_after = |at: usize, credits: &[&[u8]]| {
        let after = &line.as_bytes()[at + 1..];
        credits
            .iter()
            .any(|word| after.len() >= word.len() && after[..word.len()].eq_ignore_ascii_case(word))
    };
    line.match_indices('(')
        .any(|(at, _)| credit_after(at, &[b"photo", b"ap photo"]))
        || line
            .match_indices('[')
            .any(|(at, _)| credit_after(at, &[b"photo"]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_are_those_of_the_trimmed_lines() {
        let text = "Title here\n\n  A line of prose that ends with a full stop.  \nREAD MORE: x\n";
        let p = paragraphs(text);
        assert_eq!(p.len(), 3);
        assert_eq!(
            &text[p[1].start..p[1].end],
            "A line of prose that ends with a full stop."
        );
        assert!(p[0].noise, "the headline is furniture");
        assert!(!p[0].scene_break);
        assert!(!p[1].noise);
        assert!(p[2].noise);
    }

    #[test]
    fn captions_are_told_by_their_photo_credit_in_any_case() {
        assert!(is_caption("The mayor at the bridge. (Photo: Ann Lee)"));
        assert!(is_caption("The mayor at the bridge [photo by Ann Lee]"));
        assert!(is_caption("The mayor at the bridge. (AP Photo/Tom Park)"));
        assert!(!is_caption("The mayor (who was photographed) spoke."));
        assert!(!is_caption("A photo (of the bridge) was shown."));
    }

    #[test]
    fn a_title_cased_first_line_is_a_headline_even_with_a_full_stop() {
        let text = "Mayor Opens The New Bridge Over The River In Style.

The mayor opened the bridge today, and the crowd cheered loudly.";
        let p = paragraphs(text);
        assert!(p[0].noise);
        assert!(!p[1].noise);
    }

    #[test]
    fn dividers_and_time_stamps_of_live_updates_break_the_scene() {
        for line in [
            "___.",
            "* * *",
            "—",
            "2:35 p.m.",
            "1 p.m.",
            "10:15 a.m. EDT",
        ] {
            assert!(is_scene_break(line), "{line}");
        }
        for line in [
            "2:35 p.m. was when she spoke.",
            "1 in 5 said no.",
            "Lee spoke.",
        ] {
            assert!(!is_scene_break(line), "{line}");
        }
    }
}
