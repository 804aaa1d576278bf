//! Escaping for the rich renderings. Quote text, titles and addresses come
//! from articles, so they are untrusted everywhere they are written.

/// Escapes text for HTML element content and double-quoted attributes.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Escapes the characters that Markdown (CommonMark and GFM tables) would read
/// as formatting, so a quote containing `*` or `|` prints as written.
pub fn escape_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '#'
        ) {
            out.push('\\');
        }
        // A line break inside a table cell or a list item would end it.
        if c == '\n' || c == '\r' {
            out.push(' ');
            continue;
        }
        out.push(c);
    }
    out
}

/// The address to link to, if it is a web address. Anything else (including
/// `javascript:` and `data:`) is shown as text only.
pub fn safe_link_target(url: &str) -> Option<&str> {
    let url = url.trim();
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let web = lower.starts_with("https://") || lower.starts_with("http://");
    (web && !url.chars().any(char::is_control)).then_some(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_specials_are_escaped() {
        assert_eq!(escape_markdown("a*b_c|d"), "a\\*b\\_c\\|d");
        assert_eq!(escape_markdown("line\nbreak"), "line break");
    }

    #[test]
    fn only_web_addresses_are_linkable() {
        assert_eq!(
            safe_link_target(" https://a.example/x "),
            Some("https://a.example/x")
        );
        assert_eq!(
            safe_link_target("HTTP://A.EXAMPLE"),
            Some("HTTP://A.EXAMPLE")
        );
        assert_eq!(safe_link_target("javascript:alert(1)"), None);
        assert_eq!(safe_link_target("data:text/html,hi"), None);
        assert_eq!(safe_link_target("héllo"), None);
    }
}
