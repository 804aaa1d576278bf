//! Where hayagriva's output departs from the CSL specification and the
//! style guides, put right after rendering (each rule is checked against
//! citeproc-js by `tests/citeproc/compare.mjs`):
//!
//! - American punctuation (the en-US locale's `punctuation-in-quote`, CMOS
//!   6.9): a period or comma after a closing quote mark goes inside it
//!   (`“Title.”`, not `“Title”.`);
//! - no period after a question or exclamation mark (CMOS 6.119):
//!   `“Who Pays?” The Courier`, not `“Who Pays?.”` (a comma stays, as
//!   CMOS 6.134 allows and citeproc-js writes: `“Who Pays?,” The Courier`);
//! - quotes inside a title are single inside the quotes a style puts around
//!   it, double where the style quotes nothing (APA);
//! - title case changes only a word's first letter: hayagriva lowercases
//!   the rest after an apostrophe ("d’Ørsted" as "D’ørsted"), so such a
//!   word gets its source letters back;
//! - title case keeps lowercase the prepositions the source wrote in
//!   lowercase that hayagriva's word list lacks ("after", "off"; CMOS 8.159:
//!   prepositions are lowercased regardless of length).

use super::rich::{Rich, Span};

/// Prepositions CMOS and MLA lowercase in titles that hayagriva capitalises.
const LOWER_PREPOSITIONS: &[&str] = &[
    "about",
    "after",
    "along",
    "alongside",
    "amid",
    "amidst",
    "among",
    "amongst",
    "atop",
    "before",
    "beyond",
    "despite",
    "except",
    "off",
    "out",
    "past",
    "per",
    "than",
    "through",
    "throughout",
    "toward",
    "towards",
    "upon",
    "versus",
    "without",
];

/// Puts right what hayagriva renders differently from the guides; `title`
/// is the source's title, to know which words it wrote in lowercase.
pub fn polish(rich: &mut Rich, title: Option<&str>, sources: &[&str]) {
    let title_had_quotes = title.is_some_and(|t| t.contains(['“', '"']));
    let lowercase_in_source: Vec<&str> = title
        .map(|t| {
            t.split_whitespace()
                .skip(1)
                .filter(|w| LOWER_PREPOSITIONS.contains(w))
                .collect()
        })
        .unwrap_or_default();
    let spans = rich.spans_mut();
    for span in spans.iter_mut() {
        if let Span::Text(s) | Span::Italic(s) = span {
            if title_had_quotes {
                *s = unnest_outside_quotes(s);
            }
            *s = punctuation_inside_quotes(s);
            *s = restore_lowercase(s, &lowercase_in_source);
            *s = restore_inner_letters(s, sources);
        }
    }
    // A period or comma that begins a piece after one ending in ? or !.
    for i in 1..spans.len() {
        let ends_with_mark = match &spans[i - 1] {
            Span::Text(s) | Span::Italic(s) | Span::Link { label: s, .. } => {
                s.trim_end_matches(['”', '’']).ends_with(['?', '!'])
            }
        };
        if let (true, Span::Text(s)) = (ends_with_mark, &mut spans[i]) {
            if s.starts_with('.') {
                s.remove(0);
            }
        }
    }
    rich.merge_neighbours();
}

/// A title's quotes were made single for styles that quote the title
/// (see `csl_render`); where the style did not (‘…’ with no “ open before
/// it), they are double again.
fn unnest_outside_quotes(s: &str) -> String {
    let mut chars: Vec<char> = s.chars().collect();
    let mut open_doubles = 0usize;
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '“' => open_doubles += 1,
            '”' => open_doubles = open_doubles.saturating_sub(1),
            '‘' if open_doubles == 0 => {
                // Its closing mark: the first ’ not followed by a letter
                // (an apostrophe is: "it’s").
                let close = (i + 1..chars.len()).find(|&j| {
                    chars[j] == '’' && !chars.get(j + 1).is_some_and(|c| c.is_alphanumeric())
                });
                if let Some(j) = close {
                    chars[i] = '“';
                    chars[j] = '”';
                    i = j;
                }
            }
            _ => {}
        }
        i += 1;
    }
    chars.into_iter().collect()
}

/// `”.` becomes `.”` (also after a run of closing marks, `’”.` to `.’”`),
/// `’.”` becomes `.’”` inside a quotation, and `?.` loses its period.
fn punctuation_inside_quotes(s: &str) -> String {
    let mut chars: Vec<char> = s.chars().collect();
    // `‘a Moment’.”`: the mark goes inside the inner quote too.
    for i in 0..chars.len().saturating_sub(2) {
        let inner_close = chars[i] == '’' && chars[..i].contains(&'‘');
        if inner_close && matches!(chars[i + 1], '.' | ',') && chars[i + 2] == '”' {
            chars.swap(i, i + 1);
        }
    }
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '”' || c == '’' {
            // A run of closing marks that ends in a double one.
            let mut j = i;
            while j < chars.len() && (chars[j] == '”' || chars[j] == '’') {
                j += 1;
            }
            let run = &chars[i..j];
            let closes_quote = run.last() == Some(&'”');
            if closes_quote && j < chars.len() && (chars[j] == '.' || chars[j] == ',') {
                out.push(chars[j]);
                out.extend_from_slice(run);
                i = j + 1;
                continue;
            }
            out.extend_from_slice(run);
            i = j;
            continue;
        }
        out.push(c);
        i += 1;
    }
    // "?.", also with closing marks between: the question mark ends it.
    let mut cleaned: Vec<char> = Vec::with_capacity(out.len());
    for (k, &c) in out.iter().enumerate() {
        if c == '.' {
            let before = out[..k].iter().rev().find(|p| **p != '”' && **p != '’');
            let only_marks_between = out[..k]
                .iter()
                .rev()
                .take_while(|p| **p == '”' || **p == '’')
                .count();
            let prev = out[..k]
                .len()
                .checked_sub(only_marks_between + 1)
                .map(|p| out[p]);
            if before.is_some() && matches!(prev, Some('?' | '!')) {
                continue;
            }
        }
        cleaned.push(c);
    }
    cleaned.into_iter().collect()
}

/// Words whose letters after the first differ from the source's only in
/// case get the source's letters back (the first letter keeps the style's
/// case).
fn restore_inner_letters(s: &str, sources: &[&str]) -> String {
    let source_words: Vec<&str> = sources.iter().flat_map(|t| t.split_whitespace()).collect();
    if source_words.is_empty() {
        return s.to_string();
    }
    let is_edge = |c: char| "“”‘’\"',.;:()[]".contains(c);
    s.split(' ')
        .map(|token| {
            let core = token.trim_matches(is_edge);
            let Some(source) = source_words
                .iter()
                .map(|w| w.trim_matches(is_edge))
                .find(|w| w.to_lowercase() == core.to_lowercase() && *w != core)
            else {
                return token.to_string();
            };
            let mut first = core.chars();
            let Some(head) = first.next() else {
                return token.to_string();
            };
            let tail: String = source.chars().skip(1).collect();
            if first.as_str() == tail {
                return token.to_string();
            }
            token.replacen(core, &format!("{head}{tail}"), 1)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "Ends After Three Days" as "Ends after Three Days" where the source wrote
/// "after" in lowercase.
fn restore_lowercase(s: &str, words: &[&str]) -> String {
    if words.is_empty() {
        return s.to_string();
    }
    let mut out = s.to_string();
    for word in words {
        let mut capitalised = word.to_string();
        if let Some(first) = capitalised.get_mut(0..1) {
            first.make_ascii_uppercase();
        }
        // Only mid-title: a space before, a space after.
        out = out.replace(&format!(" {capitalised} "), &format!(" {word} "));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_and_commas_go_inside_closing_quotes() {
        assert_eq!(
            punctuation_inside_quotes("“Title”. Outlet"),
            "“Title.” Outlet"
        );
        assert_eq!(
            punctuation_inside_quotes("“Title”, Outlet"),
            "“Title,” Outlet"
        );
        assert_eq!(
            punctuation_inside_quotes("“Talks at ‘a Moment’”."),
            "“Talks at ‘a Moment.’”"
        );
        // An apostrophe alone is no closing quote.
        assert_eq!(
            punctuation_inside_quotes("the students’."),
            "the students’."
        );
    }

    #[test]
    fn a_question_mark_takes_no_period() {
        assert_eq!(punctuation_inside_quotes("“Who Pays?”."), "“Who Pays?”");
        assert_eq!(
            punctuation_inside_quotes("“Who Pays?,” X"),
            "“Who Pays?,” X"
        );
        assert_eq!(punctuation_inside_quotes("Who pays?. X"), "Who pays? X");
    }

    #[test]
    fn inner_quotes_go_back_to_double_where_nothing_quotes_the_title() {
        assert_eq!(
            unnest_outside_quotes("Talks at ‘a moment’. Ledger"),
            "Talks at “a moment”. Ledger"
        );
        assert_eq!(
            unnest_outside_quotes("“Talks at ‘a moment’”"),
            "“Talks at ‘a moment’”"
        );
        assert_eq!(
            punctuation_inside_quotes("“Talks at ‘a Moment’.”"),
            "“Talks at ‘a Moment.’”"
        );
    }

    #[test]
    fn letters_after_an_apostrophe_keep_their_case() {
        assert_eq!(
            restore_inner_letters("Le Quotidien D’ørsted, March", &["Le Quotidien d’Ørsted"]),
            "Le Quotidien D’Ørsted, March"
        );
        assert_eq!(
            restore_inner_letters("The Daily", &["the daily"]),
            "The Daily"
        );
    }

    #[test]
    fn lowercase_prepositions_of_the_source_stay_lowercase() {
        let mut r = Rich::new();
        r.text("“Rail Strike Ends After Three Days.”");
        polish(&mut r, Some("Rail strike ends after three days"), &[]);
        assert_eq!(r.to_text(), "“Rail Strike Ends after Three Days.”");
    }
}
