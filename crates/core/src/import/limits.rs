//! Bounds every file is checked against before any parser runs, so one
//! pathological file is refused by a named limit instead of taking the
//! import (and the machine) down. The size limit is checked while reading
//! (`decode::MAX_FILE_BYTES`); the quote count when the store receives the
//! extraction (`store::MAX_QUOTES_PER_ARTICLE`).

use super::{Format, ImportError};

/// The deepest element nesting an HTML page may have. Real pages nest a few
/// dozen levels (a few hundred at worst); tens of thousands is an attack or a
/// broken generator, and costs the HTML parser time quadratic in the depth.
pub const MAX_HTML_DEPTH: usize = 1024;

/// Checks `content` (decoded, in `format`) against the limits that must hold
/// before it is parsed.
pub fn check_before_parse(name: &str, content: &str, format: Format) -> Result<(), ImportError> {
    if format == Format::Html {
        let depth = html_depth(content.as_bytes(), MAX_HTML_DEPTH);
        if depth > MAX_HTML_DEPTH {
            return Err(ImportError::Limit {
                path: name.to_string(),
                limit: "max-html-depth",
                detail: format!("elements nested more than {MAX_HTML_DEPTH} levels deep"),
            });
        }
    }
    Ok(())
}

/// Elements with no end tag, or whose end tag may be left out (a parser
/// closes them itself): they never deepen the nesting in this count.
const NOT_NESTING: &[&[u8]] = &[
    b"area",
    b"base",
    b"br",
    b"col",
    b"embed",
    b"hr",
    b"img",
    b"input",
    b"link",
    b"meta",
    b"param",
    b"source",
    b"track",
    b"wbr",
    b"p",
    b"li",
    b"dt",
    b"dd",
    b"tr",
    b"td",
    b"th",
    b"option",
    b"optgroup",
    b"thead",
    b"tbody",
    b"tfoot",
    b"colgroup",
    b"caption",
    b"rb",
    b"rt",
    b"rp",
    b"html",
    b"head",
    b"body",
    b"frame",
    b"keygen",
    b"command",
    b"basefont",
    b"image",
];

/// Elements whose content is raw text, skipped to their end tag: a script's
/// `a<b` is no tag.
const RAW_TEXT: &[&[u8]] = &[
    b"script",
    b"style",
    b"textarea",
    b"title",
    b"xmp",
    b"plaintext",
];

/// The deepest nesting of open elements in `html`, by a single byte scan that
/// counts start tags minus end tags (no tree is built; mismatched end tags
/// are taken as closing one level). Stops counting once past `stop`.
pub fn html_depth(html: &[u8], stop: usize) -> usize {
    let mut depth: usize = 0;
    let mut deepest = 0;
    let mut i = 0;
    while let Some(lt) = memchr(b'<', &html[i..]) {
        i += lt + 1;
        let rest = &html[i..];
        if rest.starts_with(b"!--") {
            i += find(rest, b"-->").map_or(rest.len(), |e| e + 3);
            continue;
        }
        let closing = rest.first() == Some(&b'/');
        let name_start = usize::from(closing);
        let name_len = rest[name_start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-' || **b == b':')
            .count();
        if name_len == 0 || !rest[name_start].is_ascii_alphabetic() {
            continue; // "<!doctype", "<?xml", "a < b": not an element
        }
        let name = rest[name_start..name_start + name_len].to_ascii_lowercase();
        let end = memchr(b'>', &rest[name_start + name_len..])
            .map_or(rest.len(), |e| name_start + name_len + e);
        let self_closing = end > 0 && rest.get(end - 1) == Some(&b'/');
        i += end.min(rest.len());
        if closing {
            if !NOT_NESTING.contains(&name.as_slice()) {
                depth = depth.saturating_sub(1);
            }
            continue;
        }
        if RAW_TEXT.contains(&name.as_slice()) {
            let mut close = b"</".to_vec();
            close.extend_from_slice(&name);
            let after = &html[i..];
            i += find(after, &close).unwrap_or(after.len());
            continue;
        }
        if self_closing || NOT_NESTING.contains(&name.as_slice()) {
            continue;
        }
        depth += 1;
        deepest = deepest.max(depth);
        if deepest > stop {
            break;
        }
    }
    deepest
}

fn memchr(needle: u8, haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|&b| b == needle)
}

/// Where `needle` first occurs in `haystack`, ASCII case aside.
fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ordinary_page_is_shallow() {
        let page = b"<!doctype html><html><head><title>a<b</title><script>if (a<b) {}</script>\
            </head><body><div><p>One<p>Two<br><img src=x /><ul><li>a<li>b</ul></div>\
            <!-- <div><div><div> --></body></html>";
        assert_eq!(html_depth(page, 100), 2);
    }

    #[test]
    fn deep_nesting_is_counted_and_refused_by_name() {
        let deep = "<div><span>".repeat(5000) + "text";
        assert!(html_depth(deep.as_bytes(), MAX_HTML_DEPTH) > MAX_HTML_DEPTH);
        let err = check_before_parse("deep.html", &deep, Format::Html).unwrap_err();
        let message = err.to_string();
        assert!(message.starts_with("deep.html: "), "{message}");
        assert!(message.contains("max-html-depth"), "{message}");
        // The same text as plain text is no HTML and no concern.
        assert!(check_before_parse("deep.txt", &deep, Format::Text).is_ok());
    }

    #[test]
    fn bytes_in_memory_are_bounded_like_files() {
        let deep =
            "<html><body>".to_string() + &"<table><tr><td>".repeat(5000) + "\"Deep,\" he said.";
        let err = crate::import::read_bytes("page.html", deep.as_bytes(), None).unwrap_err();
        assert!(err.to_string().contains("max-html-depth"), "{err}");
    }

    #[test]
    fn unclosed_paragraphs_and_list_items_do_not_deepen() {
        let page = "<p>para".repeat(10_000) + &"<li>item".repeat(10_000);
        assert_eq!(html_depth(page.as_bytes(), MAX_HTML_DEPTH), 0);
    }
}
