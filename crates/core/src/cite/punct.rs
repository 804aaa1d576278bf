//! Small punctuation rules shared by the styles.

/// Whether `s` already ends a sentence (so no period is added after it).
pub fn ends_sentence(s: &str) -> bool {
    let trimmed = s.trim_end_matches(['”', '’', '"', '\'', ')']);
    trimmed.ends_with(['.', '?', '!', '…'])
}

/// `s` followed by `sep` unless `s` already ends a sentence, as with a title
/// ending in a question mark inside a citation.
pub fn close_with(s: &str, sep: char) -> String {
    if ends_sentence(s) {
        s.to_string()
    } else {
        format!("{s}{sep}")
    }
}

/// Turns double quotation marks inside a quote into single ones, as a quote
/// within a quote is written. Straight marks are paired by position: one that
/// opens a word becomes ‘, any other becomes ’.
pub fn nest_quotes(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev: Option<char> = None;
    for c in s.chars() {
        let mapped = match c {
            '“' | '«' | '„' => '‘',
            '”' | '»' => '’',
            '"' => {
                let opens = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p));
                if opens {
                    '‘'
                } else {
                    '’'
                }
            }
            _ => c,
        };
        out.push(mapped);
        prev = Some(c);
    }
    out
}

/// Trims a value and treats an empty one as missing, so an empty string from
/// a user edit never prints as a dangling comma.
pub fn present(value: Option<&str>) -> Option<&str> {
    value.map(str::trim).filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inner_quotes_become_single() {
        assert_eq!(
            nest_quotes("He called it “a disgrace” twice"),
            "He called it ‘a disgrace’ twice"
        );
        assert_eq!(
            nest_quotes("He called it \"a disgrace\" twice"),
            "He called it ‘a disgrace’ twice"
        );
        assert_eq!(nest_quotes("it's fine"), "it's fine");
    }

    #[test]
    fn sentence_endings_are_seen_through_closing_marks() {
        assert!(ends_sentence("“Why?”"));
        assert!(ends_sentence("Done."));
        assert!(!ends_sentence("Done"));
        assert_eq!(close_with("Why now?", ','), "Why now?");
        assert_eq!(close_with("Title", ','), "Title,");
    }

    #[test]
    fn blank_values_are_missing() {
        assert_eq!(present(Some("  ")), None);
        assert_eq!(present(Some(" X ")), Some("X"));
        assert_eq!(present(None), None);
    }
}

/// A title in curly quotes with the following punctuation inside them, as
/// MLA and Chicago write it: “Title,” / “Title.”, but “Who Pays?” alone.
pub fn quoted_title(title: &str, sep: char) -> String {
    let title = nest_quotes(title.trim());
    if ends_sentence(&title) {
        return format!("“{title}”");
    }
    // American style puts the mark inside a closing inner quote too.
    let (body, closers) = super::quote_text::split_inner_close(&title);
    format!("“{body}{sep}{closers}”")
}

/// Joins names as prose lists do: "A", "A and B", "A, B, and C" (the serial
/// comma, as MLA and Chicago use it).
pub fn serial_list(items: &[String], conjunction: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [a, b] => format!("{a} {conjunction} {b}"),
        [rest @ .., last] => format!("{}, {conjunction} {last}", rest.join(", ")),
    }
}

/// An address without its scheme, as MLA 9 prints it.
pub fn without_scheme(url: &str) -> &str {
    url.strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url)
}

#[cfg(test)]
mod list_tests {
    use super::*;

    #[test]
    fn titles_take_the_separator_inside_the_quotes() {
        assert_eq!(quoted_title("Bridge reopens", ','), "“Bridge reopens,”");
        assert_eq!(quoted_title("Who pays?", ','), "“Who pays?”");
        assert_eq!(
            quoted_title("Mayor calls plan “reckless”", '.'),
            "“Mayor calls plan ‘reckless.’”"
        );
    }

    #[test]
    fn lists_use_the_serial_comma() {
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(serial_list(&names(&["A"]), "and"), "A");
        assert_eq!(serial_list(&names(&["A", "B"]), "and"), "A and B");
        assert_eq!(serial_list(&names(&["A", "B", "C"]), "and"), "A, B, and C");
    }
}
