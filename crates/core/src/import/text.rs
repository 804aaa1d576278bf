//! Plain text and Markdown: the text is the article; its opening lines may
//! carry a title, a "Published:" line, a byline or a dateline, and Markdown
//! may open with a front-matter block of `key: value` lines.

use std::sync::LazyLock;

use regex::Regex;

use super::{dates, wire};
use crate::model::{Article, ArticleMeta};

/// How many non-blank opening lines may hold metadata.
const HEADER_LINES: usize = 12;

static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(title|headline|published(?: on| at)?|updated|posted|date|by|author|byline|source|outlet|publication|publisher|url|link|canonical)\s*:\s*(.+?)\s*$").unwrap()
});
static BYLINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*[Bb]y\s+([A-Z][^\n]{1,80})$").unwrap());
/// "WASHINGTON, Feb. 8, 2024 —": a place in capitals, then the date.
static DATELINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Za-z .]{2,30})?,\s").unwrap());

pub(super) fn parse(content: &str, markdown: bool) -> Article {
    let mut meta = ArticleMeta::default();
    let text = if markdown {
        front_matter(content, &mut meta)
    } else {
        content
    };
    read_header(text, markdown, &mut meta);
    if meta.published.is_none() {
        // The extractor's reading of "Published:" lines and datelines, so
        // `import` and `extract` agree on an article's date.
        meta.published = crate::extract::publication_date(text);
    }
    if meta.wire.is_none() {
        meta.wire = wire::detect(text, meta.byline.as_deref());
    }
    Article {
        text: text.to_string(),
        meta,
    }
}

fn set(slot: &mut Option<String>, value: &str) {
    let value = value.trim().trim_matches(['"', '\'']).trim();
    if slot.is_none() && !value.is_empty() {
        *slot = Some(value.to_string());
    }
}

fn apply_label(key: &str, value: &str, meta: &mut ArticleMeta) {
    match key.to_ascii_lowercase().as_str() {
        "title" | "headline" => set(&mut meta.title, value),
        "by" | "author" | "byline" => set(&mut meta.byline, value),
        "source" | "outlet" | "publication" | "publisher" | "site" => set(&mut meta.outlet, value),
        "url" | "link" | "canonical" => set(&mut meta.url, value),
        "wire" | "agency" => set(&mut meta.wire, value),
        key if (key.starts_with("published") || matches!(key, "updated" | "posted" | "date"))
            && meta.published.is_none() =>
        {
            meta.published = dates::find_date(value);
        }
        _ => {}
    }
}

/// Reads a leading `---` block of `key: value` lines and returns the text
/// after it.
fn front_matter<'a>(content: &'a str, meta: &mut ArticleMeta) -> &'a str {
    let Some(rest) = content
        .strip_prefix("---\n")
        .or_else(|| content.strip_prefix("---\r\n"))
    else {
        return content;
    };
    let mut offset = content.len() - rest.len();
    for line in rest.split_inclusive('\n') {
        offset += line.len();
        let trimmed = line.trim();
        if trimmed == "---" {
            return &content[offset..];
        }
        if let Some((key, value)) = trimmed.split_once(':') {
            apply_label(key.trim(), value, meta);
        }
    }
    // No closing line: not front matter after all.
    *meta = ArticleMeta::default();
    content
}

fn read_header(text: &str, markdown: bool, meta: &mut ArticleMeta) {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(HEADER_LINES)
        .collect();
    for (i, line) in lines.iter().enumerate() {
        if let Some(c) = LABEL.captures(line) {
            apply_label(&c[1], &c[2], meta);
            continue;
        }
        if let Some(c) = BYLINE.captures(line) {
            set(&mut meta.byline, &c[1]);
            continue;
        }
        if markdown {
            if let Some(heading) = line.strip_prefix("# ") {
                set(&mut meta.title, heading);
                continue;
            }
        }
        if meta.published.is_none() && DATELINE.is_match(line) {
            if let Some((at, date)) = dates::find_date_at(line) {
                if at < 60 {
                    meta.published = Some(date);
                }
            }
        }
        // A line that is only a date ("8 February 2024").
        if meta.published.is_none() && line.len() < 40 {
            if let Some((at, date)) = dates::find_date_at(line) {
                if at < 12 {
                    meta.published = Some(date);
                    continue;
                }
            }
        }
        // Plain text: a short first line without a closing stop is the title.
        if i == 0 && !markdown && lines.len() > 1 && looks_like_title(line) {
            set(&mut meta.title, line);
        }
    }
}

fn looks_like_title(line: &str) -> bool {
    line.chars().count() <= 200
        && !line.ends_with(['.', ':', ','])
        && !line.starts_with(['"', '“', '\'', '‘', '«'])
        && !DATELINE.is_match(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_header_gives_title_date_and_byline() {
        let a = parse(
            "Harbour bridge to reopen\nBy Mara Quist\nPublished: March 3, 2024\n\n\"Soon,\" she said.\n",
            false,
        );
        assert_eq!(a.meta.title.as_deref(), Some("Harbour bridge to reopen"));
        assert_eq!(a.meta.byline.as_deref(), Some("Mara Quist"));
        assert_eq!(a.meta.published, Some("2024-03-03".parse().unwrap()));
        assert!(a.text.starts_with("Harbour"), "the text is kept whole");
    }

    #[test]
    fn a_dateline_gives_the_date() {
        let a = parse(
            "PORT ELLEN, Scotland, May 2, 2023 — The ferry ran late.",
            false,
        );
        assert_eq!(a.meta.published, Some("2023-05-02".parse().unwrap()));
        assert_eq!(a.meta.title, None);
    }

    #[test]
    fn a_date_in_the_story_is_not_the_publication_date() {
        let a = parse(
            "Council meets\n\nThe council, which first met on 4 June 1998, voted again.",
            false,
        );
        assert_eq!(a.meta.published, None);
    }

    #[test]
    fn markdown_front_matter_and_heading() {
        let a = parse(
            "---\ntitle: \"Tide tables\"\ndate: 2024-01-05\noutlet: Coast Weekly\nurl: https://coast.example/tides\n---\n# Ignored heading\n\nBody.\n",
            true,
        );
        assert_eq!(a.meta.title.as_deref(), Some("Tide tables"));
        assert_eq!(a.meta.outlet.as_deref(), Some("Coast Weekly"));
        assert_eq!(a.meta.url.as_deref(), Some("https://coast.example/tides"));
        assert_eq!(a.meta.published, Some("2024-01-05".parse().unwrap()));
        assert!(a.text.starts_with("# Ignored heading"));
    }

    #[test]
    fn markdown_heading_is_the_title() {
        let a = parse("# Tide tables\n\nBody text.", true);
        assert_eq!(a.meta.title.as_deref(), Some("Tide tables"));
    }
}
