//! The normal forms that decide identity: two quotes with the same normalised
//! text are the same words; two speakers with the same normalised name are the
//! same speaker; two URLs with the same key are the same article.

use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// Quote text compared without case, quote-mark style, spacing or the
/// punctuation at its ends ("We will win," and "we will win" are one quote).
pub fn quote_text(text: &str) -> String {
    let mut folded = fold(text);
    // Trimmed in place: this runs for every quote an import stores.
    let end = folded
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .len();
    folded.truncate(end);
    let start = folded.len()
        - folded
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .len();
    folded.drain(..start);
    folded
}

/// The indexed form of a normalised quote text: the first 8 bytes of its
/// BLAKE3 hash. An index of these is a sixth the size of one of the texts
/// (migration 0004); equal texts have equal keys, and lookups compare the
/// text too, so a collision costs a row read, never a wrong match.
pub fn text_key(norm: &str) -> i64 {
    let hash = blake3::hash(norm.as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&hash.as_bytes()[..8]);
    i64::from_le_bytes(first)
}

/// A name compared without case, spacing or dots ("Sen. J. Smith" and
/// "sen j smith" are one name).
pub fn name(text: &str) -> String {
    fold(&text.replace('.', " "))
}

/// The words of a [`name`] ("Sen.  Benjamin NET" -> ["sen", "benjamin", "net"]).
pub fn name_words(text: &str) -> Vec<String> {
    name(text)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The key that identifies an article by its URL: no scheme, "www.",
/// fragment or trailing slash, host and path in lower case, and the query
/// string kept (sorted) less the tracking parameters of
/// `tracking_params.txt`, because `?id=101` and `?id=202` are two articles.
/// A site's home page (no path) names no article: `None`, so pages that all
/// give the home page as their canonical URL are never merged by it.
pub fn url(url: &str) -> Option<String> {
    let url = url.trim();
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url);
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    let rest = rest.split('#').next().unwrap_or("");
    let (place, query) = rest.split_once('?').unwrap_or((rest, ""));
    let place = place.trim_end_matches('/').to_lowercase();
    if place.is_empty() || is_home_page(&place) {
        return None;
    }
    let mut params: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty() && !is_tracking(p.split('=').next().unwrap_or("")))
        .collect();
    params.sort_unstable();
    params.dedup();
    if params.is_empty() {
        Some(place)
    } else {
        Some(format!("{place}?{}", params.join("&")))
    }
}

/// A host alone, or a host and an index file: a site's front page.
fn is_home_page(place: &str) -> bool {
    match place.split_once('/') {
        None => true,
        Some((_, path)) => matches!(
            path,
            "index.html" | "index.htm" | "index.php" | "index.asp" | "index.aspx" | "default.aspx"
        ),
    }
}

/// True for a query parameter that only tracks the reader.
fn is_tracking(name: &str) -> bool {
    static LIST: &str = include_str!("tracking_params.txt");
    let name = name.to_ascii_lowercase();
    LIST.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .any(|pattern| match pattern.strip_suffix('*') {
            Some(prefix) => name.starts_with(prefix),
            None => name == pattern,
        })
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
///
/// Runs for every quote and speaker name an import stores, so the common
/// case is kept cheap: ASCII text is folded byte by byte, and other text
/// already in NFKC (most news text, with its curly quotes and dashes) skips
/// the NFKC pass, whose buffering made this function a sixth of an import's
/// instructions. The result is the same on every path (tests compare them
/// with the definition).
fn fold(text: &str) -> String {
    if text.is_ascii() {
        fold_ascii(text)
    } else if is_nfkc_quick(text.chars()) == IsNormalized::Yes {
        fold_chars(text.chars(), text.len())
    } else {
        fold_chars(text.nfkc(), text.len())
    }
}

/// [`fold_chars`] for ASCII text, byte by byte: no quote or dash to
/// straighten, and ASCII is always in NFKC.
fn fold_ascii(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for b in text.bytes() {
        let c = char::from(b);
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// Lowercases, straightens quotes and dashes and collapses whitespace in
/// already NFKC-normalised characters, into a string of `capacity` bytes
/// (the input's length: the result is rarely longer).
fn fold_chars(chars: impl Iterator<Item = char>, capacity: usize) -> String {
    let mut out = String::with_capacity(capacity);
    let mut space = false;
    let mut push = |out: &mut String, c: char| {
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}' => '"',
            '\u{2013}' | '\u{2014}' => '-',
            c => c,
        };
        if c.is_whitespace() {
            space = !out.is_empty();
            return;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
    };
    for c in chars {
        if c.is_ascii() {
            push(&mut out, c.to_ascii_lowercase());
        } else {
            for lower in c.to_lowercase() {
                push(&mut out, lower);
            }
        }
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

    /// The definition `fold` must keep (its code before the fast paths):
    /// NFKC first, then lowercase, then quotes, dashes and spaces.
    fn fold_by_definition(text: &str) -> String {
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

    #[test]
    fn fold_of_text_not_in_nfkc_normalises_it_first() {
        // A ligature, a full-width letter and a decomposed accent.
        assert_eq!(fold("\u{FB01}ne \u{FF21}"), "fine a");
        assert_eq!(fold("Cafe\u{301}"), fold("Caf\u{E9}"));
        assert_eq!(
            fold("\u{201C}It\u{2019}s  \u{2014} \u{130}\u{131}\u{201D}"),
            fold_by_definition("\u{201C}It\u{2019}s  \u{2014} \u{130}\u{131}\u{201D}")
        );
    }

    proptest::proptest! {
        #[test]
        fn quote_text_trims_what_is_not_a_letter_or_digit_from_both_ends(text in "\\PC{0,40}") {
            let folded = fold_by_definition(&text);
            let expected = folded.trim_matches(|c: char| !c.is_alphanumeric());
            proptest::prop_assert_eq!(quote_text(&text), expected);
        }

        #[test]
        fn fold_equals_its_definition(text in "\\PC{0,40}") {
            proptest::prop_assert_eq!(fold(&text), fold_by_definition(&text));
        }

        #[test]
        fn fold_equals_its_definition_on_ascii_text(text in "[\\x00-\\x7f]{0,60}") {
            proptest::prop_assert_eq!(fold(&text), fold_by_definition(&text));
        }

        #[test]
        fn fold_equals_its_definition_on_mostly_ascii_text(
            text in "[a-zA-Z .,'\"\t\n\u{b}\u{c}\u{2019}\u{201c}\u{2014}\u{e9}\u{301}\u{130}]{0,40}"
        ) {
            proptest::prop_assert_eq!(fold(&text), fold_by_definition(&text));
        }
    }

    #[test]
    fn names_ignore_dots_and_case() {
        assert_eq!(name("Sen. J. Smith"), name("sen j  smith"));
        assert_ne!(name("John Smith"), name("Jane Smith"));
    }

    #[test]
    fn urls_ignore_scheme_www_fragment_trailing_slash_and_tracking() {
        assert_eq!(
            url("https://www.Example.com/a/b/?utm_source=x&fbclid=1#top"),
            url("http://example.com/a/b")
        );
        assert_eq!(url("  "), None);
    }

    #[test]
    fn urls_keep_the_query_that_names_the_article() {
        assert_ne!(
            url("https://example.com/story?id=101"),
            url("https://example.com/story?id=202")
        );
        assert_eq!(
            url("https://example.com/story?id=101&page=2&gclid=zz"),
            url("https://example.com/story?page=2&id=101")
        );
        assert_eq!(
            url("https://example.com/story?ID=AbC").as_deref(),
            Some("example.com/story?ID=AbC")
        );
    }

    #[test]
    fn a_home_page_url_names_no_article() {
        assert_eq!(url("https://www.example.com/"), None);
        assert_eq!(url("https://example.com/index.html?utm_medium=x"), None);
        assert!(url("https://example.com/news").is_some());
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
