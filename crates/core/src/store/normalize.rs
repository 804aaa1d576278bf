//! The normal forms that decide identity: two quotes with the same normalised
//! text are the same words; two speakers with the same normalised name are the
//! same speaker; two URLs with the same key are the same article.

use unicode_normalization::UnicodeNormalization;

/// Quote text compared without case, quote-mark style, spacing or the
/// punctuation at its ends ("We will win," and "we will win" are one quote).
pub fn quote_text(text: &str) -> String {
    let folded = fold(text);
    folded
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

/// A name compared without case, spacing or dots ("Sen. J. Smith" and
/// "sen j smith" are one name).
pub fn name(text: &str) -> String {
    fold(&text.replace('.', " "))
}

/// An article URL without scheme, "www.", query, fragment or trailing slash.
pub fn url(url: &str) -> Option<String> {
    let url = url.trim();
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url);
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    let rest = rest.split(['?', '#']).next().unwrap_or("");
    let rest = rest.trim_end_matches('/').to_lowercase();
    (!rest.is_empty()).then_some(rest)
}

/// "outlet|title" when both are known.
pub fn outlet_title(outlet: Option<&str>, title: Option<&str>) -> Option<String> {
    match (outlet, title) {
        (Some(o), Some(t)) if !o.trim().is_empty() && !t.trim().is_empty() => {
            Some(format!("{}|{}", name(o), quote_text(t)))
        }
        _ => None,
    }
}

/// NFKC, lowercase, straight quotes, single spaces.
fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.nfkc().flat_map(char::to_lowercase) {
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}' => '"',
            '\u{2013}' | '\u{2014}' => '-',
            c => c,
        };
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_text_ignores_case_marks_spacing_and_end_punctuation() {
        assert_eq!(quote_text("We’ll  win,"), quote_text("we'll win"));
        assert_eq!(quote_text("  Hello\nthere. "), "hello there");
    }

    #[test]
    fn names_ignore_dots_and_case() {
        assert_eq!(name("Sen. J. Smith"), name("sen j  smith"));
        assert_ne!(name("John Smith"), name("Jane Smith"));
    }

    #[test]
    fn urls_ignore_scheme_www_query_and_trailing_slash() {
        assert_eq!(
            url("https://www.Example.com/a/b/?utm=1#top"),
            url("http://example.com/a/b")
        );
        assert_eq!(url("  "), None);
    }

    #[test]
    fn outlet_title_needs_both() {
        assert!(outlet_title(Some("Daily"), None).is_none());
        assert_eq!(
            outlet_title(Some("The Daily"), Some("Big News!")),
            outlet_title(Some("the daily"), Some("big news"))
        );
    }
}
