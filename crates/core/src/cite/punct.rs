//! Small punctuation rules shared by the styles.

/// Whether `s` already ends a sentence (so no period is added after it).
pub fn ends_sentence(s: &str) -> bool {
    let trimmed = s.trim_end_matches(['”', '’', '"', '\'', ')']);
    trimmed.ends_with(['.', '?', '!', '…'])
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

/// Straight apostrophes and single quote marks made curly, as they stand
/// inside curly double quotes: ’ after a letter or before a digit ("don’t",
/// "the ’90s"), ‘ where a single quote opens ("‘tis", "‘a disgrace’").
pub fn curl_apostrophes(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c != '\'' {
            out.push(c);
            continue;
        }
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1).copied();
        let after_word = prev.is_some_and(|p| p.is_alphanumeric() || ".,!?;:".contains(p));
        let before_digit = next.is_some_and(|n| n.is_ascii_digit());
        out.push(if after_word || before_digit {
            '’'
        } else {
            '‘'
        });
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
    }

    #[test]
    fn apostrophes_are_curled() {
        assert_eq!(curl_apostrophes("it's the '90s"), "it’s the ’90s");
        assert_eq!(
            curl_apostrophes("the students' 'plan'"),
            "the students’ ‘plan’"
        );
    }

    #[test]
    fn blank_values_are_missing() {
        assert_eq!(present(Some("  ")), None);
        assert_eq!(present(Some(" X ")), Some("X"));
        assert_eq!(present(None), None);
    }
}
