//! The quoted words as an attribution sentence prints them.

use super::punct::{curl_apostrophes, nest_quotes};
use super::truncate::shorten;

/// The quote ready to stand between curly quotes before an attribution:
/// inner double quotes made single and apostrophes curly, its first letter
/// capitalised (it opens the sentence, partial quote or not), shortened past
/// `max_chars`, and its final punctuation moved inside as AP does: a period
/// becomes a comma, a question or exclamation mark stays, a missing one
/// becomes a comma, and an ellipsis keeps the comma after it.
pub fn before_attribution(text: &str, max_chars: Option<usize>) -> String {
    let text = strip_outer_marks(text.trim());
    let text = capitalise_opening(&curl_apostrophes(&nest_quotes(text)));
    let text = match max_chars {
        Some(max) => shorten(&text, max),
        None => text,
    };
    let (body, closers) = split_inner_close(&text);
    let body = body.trim_end();
    if body.is_empty() {
        return String::new();
    }
    let last = body.chars().last().unwrap_or(' ');
    let settled = match last {
        '?' | '!' | '—' | '–' => body.to_string(),
        _ if last == '…' || body.ends_with("...") => format!("{body},"),
        '.' | ',' | ';' | ':' => format!("{},", &body[..body.len() - last.len_utf8()]),
        _ => format!("{body},"),
    };
    format!("{settled}{closers}")
}

/// The quote ready to stand alone between curly quotes (as in a Markdown
/// export): inner quotes made single, apostrophes curly.
pub fn standing_alone(text: &str) -> String {
    curl_apostrophes(&nest_quotes(strip_outer_marks(text.trim())))
}

/// The first letter in upper case: a partial quote ("delusional demands")
/// that opens the sentence starts with a capital, as AP writes it. Marks
/// before it (an ellipsis, an inner quote) are passed over.
fn capitalise_opening(text: &str) -> String {
    // Only opening marks may stand before the letter; a quote that opens
    // with anything else ("<b>", a digit) is left as it is.
    let Some((i, c)) = text
        .char_indices()
        .find(|(_, c)| !matches!(c, '‘' | '\'' | '"' | '…' | '.' | ' ' | '(' | '['))
    else {
        return text.to_string();
    };
    if !c.is_lowercase() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..i]);
    out.extend(c.to_uppercase());
    out.push_str(&text[i + c.len_utf8()..]);
    out
}

/// Splits off a closing inner quote mark (’) so punctuation can go inside
/// it. A final ’ only closes a quote when one was opened (‘); otherwise it is
/// an apostrophe ("the students’") and stays with its word.
pub fn split_inner_close(text: &str) -> (&str, &str) {
    if !text.contains('‘') {
        return (text, "");
    }
    let body = text.trim_end_matches('’');
    (body, &text[body.len()..])
}

/// A quote stored with its own marks ("“Yes.”") is printed without them, so
/// the citation does not double them.
fn strip_outer_marks(text: &str) -> &str {
    let pairs = [('“', '”'), ('"', '"'), ('«', '»'), ('„', '“')];
    for (open, close) in pairs {
        if let Some(inner) = text
            .strip_prefix(open)
            .and_then(|rest| rest.strip_suffix(close))
        {
            if !inner.contains([open, close]) {
                return inner.trim();
            }
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_final_period_becomes_a_comma() {
        assert_eq!(before_attribution("We are ready.", None), "We are ready,");
        assert_eq!(before_attribution("We are ready", None), "We are ready,");
    }

    #[test]
    fn question_and_exclamation_marks_stay() {
        assert_eq!(before_attribution("Who pays?", None), "Who pays?");
        assert_eq!(before_attribution("Never!", None), "Never!");
    }

    #[test]
    fn the_comma_goes_inside_a_closing_inner_quote() {
        assert_eq!(
            before_attribution("He called it “a disgrace.”", None),
            "He called it ‘a disgrace,’"
        );
        assert_eq!(
            before_attribution("He called it \"a disgrace\"", None),
            "He called it ‘a disgrace,’"
        );
    }

    #[test]
    fn apostrophes_and_brackets_are_not_closing_quotes() {
        assert_eq!(
            before_attribution("It belongs to the students’", None),
            "It belongs to the students’,"
        );
        assert_eq!(
            before_attribution("We won (laughs)", None),
            "We won (laughs),"
        );
    }

    #[test]
    fn a_shortened_quote_keeps_its_comma_after_the_ellipsis() {
        assert_eq!(
            before_attribution("We will rebuild every bridge, road and school.", Some(30)),
            "We will rebuild every bridge…,"
        );
        assert_eq!(before_attribution("And so...", None), "And so...,");
    }

    #[test]
    fn a_partial_quote_opening_the_sentence_is_capitalised() {
        assert_eq!(
            before_attribution("delusional demands", None),
            "Delusional demands,"
        );
        assert_eq!(before_attribution("…and then", None), "…And then,");
    }

    #[test]
    fn apostrophes_inside_curly_quotes_are_curly() {
        assert_eq!(
            before_attribution("We won't back down.", None),
            "We won’t back down,"
        );
    }

    #[test]
    fn outer_marks_are_not_doubled() {
        assert_eq!(before_attribution("“Yes.”", None), "Yes,");
        assert_eq!(standing_alone("\"Yes.\""), "Yes.");
    }

    #[test]
    fn empty_text_stays_empty() {
        assert_eq!(before_attribution("  ", None), "");
    }
}
