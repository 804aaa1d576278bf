//! What the page shows rather than declares: `<title>` and `<h1>`, the byline
//! element, `<time>` elements and the `lang` attribute. Read with scraper's
//! selectors and ancestor iterators, which do not recurse.

use std::sync::LazyLock;

use chrono::NaiveDate;
use scraper::{ElementRef, Html, Selector};

use super::tags::squash;
use crate::import::dates;

fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("selectors in this file are valid")
}

static TITLE: LazyLock<Selector> = LazyLock::new(|| selector("title"));
static H1: LazyLock<Selector> = LazyLock::new(|| selector("h1"));
static HTML: LazyLock<Selector> = LazyLock::new(|| selector("html[lang]"));
static CANONICAL: LazyLock<Selector> =
    LazyLock::new(|| selector(r#"link[rel~="canonical"][href]"#));
static BYLINE: LazyLock<Selector> = LazyLock::new(|| {
    selector(
        r#"[rel~="author"], [itemprop~="author"], [class*="byline"], [id*="byline"], [class*="Byline"], [class*="author"], [class*="Author"], [id*="author"], [class*="writtenby"]"#,
    )
});
static ITEMPROP_NAME: LazyLock<Selector> = LazyLock::new(|| selector(r#"[itemprop~="name"]"#));
static AUTHOR_LINK: LazyLock<Selector> = LazyLock::new(|| {
    selector(
        r#"a[rel~="author"], a[href*="/author/"], a[href*="/authors/"], a[href*="/staff/"], a[href*="/people/"], a[href*="/profile/"], a[href*="/by/"]"#,
    )
});
static TIME: LazyLock<Selector> = LazyLock::new(|| selector("time"));
static DATED: LazyLock<Selector> = LazyLock::new(|| {
    selector(
        r#"[class*="date"], [id*="date"], [class*="Date"], [class*="publish"], [class*="posted"], [class*="timestamp"], [class*="time"]"#,
    )
});
static ITEMPROP_PUBLISHED: LazyLock<Selector> =
    LazyLock::new(|| selector(r#"[itemprop~="datePublished"]"#));

pub(super) fn title(doc: &Html) -> Option<String> {
    let t = squash(&doc.select(&TITLE).next()?.text().collect::<String>());
    (!t.is_empty()).then_some(t)
}

pub(super) fn h1s(doc: &Html) -> Vec<String> {
    doc.select(&H1)
        .map(|h| squash(&h.text().collect::<String>()))
        .filter(|t| !t.is_empty())
        .collect()
}

pub(super) fn lang(doc: &Html) -> Option<String> {
    let l = doc.select(&HTML).next()?.attr("lang")?.trim().to_string();
    (!l.is_empty()).then_some(l)
}

pub(super) fn canonical(doc: &Html) -> Option<String> {
    let href = doc.select(&CANONICAL).next()?.attr("href")?.trim();
    (!href.is_empty()).then(|| href.to_string())
}

/// Whether an element sits in a part of the page that is not the article's
/// own (navigation, footer, sidebar, comments, related stories).
fn outside_article(el: &ElementRef) -> bool {
    el.ancestors().filter_map(ElementRef::wrap).any(|a| {
        let v = a.value();
        // <body> classes describe the whole page ("comments-open").
        if matches!(v.name(), "body" | "html") {
            return false;
        }
        if matches!(v.name(), "nav" | "footer" | "aside") {
            return true;
        }
        let class = format!(
            "{} {}",
            v.attr("class").unwrap_or(""),
            v.attr("id").unwrap_or("")
        )
        .to_ascii_lowercase();
        [
            "comment",
            "related",
            "sidebar",
            "footer",
            "recommend",
            "promo",
        ]
        .iter()
        .any(|m| class.contains(m))
    })
}

/// The byline the page shows ("By Jane Doe"), as written, without "By ".
pub(super) fn byline(doc: &Html) -> Option<String> {
    byline_in(doc, false).or_else(|| byline_in(doc, true))
}

/// The first byline element; with `anywhere`, also the explicitly marked
/// ones (`itemprop=author`) that a blog puts in its sidebar.
fn byline_in(doc: &Html, anywhere: bool) -> Option<String> {
    doc.select(&BYLINE).find_map(|el| {
        let marked = el
            .attr("itemprop")
            .is_some_and(|p| p.split_whitespace().any(|t| t == "author"));
        if anywhere && !marked {
            return None;
        }
        if (!anywhere && outside_article(&el)) || is_container_of_much(&el) {
            return None;
        }
        // An author element may name the person in a nested itemprop=name,
        // or in links to author pages beside a job title ("Games Editor").
        let links: Vec<String> = el
            .select(&AUTHOR_LINK)
            .map(|a| squash(&a.text().collect::<String>()))
            .filter(|t| !t.is_empty())
            .collect();
        let text = el
            .select(&ITEMPROP_NAME)
            .next()
            .map(|n| n.text().collect::<String>())
            .or_else(|| el.attr("content").map(str::to_string))
            .or_else(|| (!links.is_empty()).then(|| links.join(", ")))
            .unwrap_or_else(|| el.text().collect::<String>());
        clean_byline(&text)
    })
}

/// Long blocks with "author" in their class are bios or whole articles.
fn is_container_of_much(el: &ElementRef) -> bool {
    el.text().map(str::len).sum::<usize>() > 200
}

/// "By Jane Doe and John Roe, March 2, 2024" -> "Jane Doe and John Roe".
/// What is left must look like names: letters, no colon, under 100 chars.
pub(crate) fn clean_byline(text: &str) -> Option<String> {
    static URL_IN_PARENS: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"\(\s*(?:https?://|www\.)[^)]*\)").expect("a valid pattern")
    });
    let mut s = squash(&URL_IN_PARENS.replace_all(text, " "));
    if let Some((at, _)) = dates::find_date_at(&s) {
        s.truncate(at);
    }
    let mut s = s
        .trim()
        .trim_end_matches([',', '|', '-', '—', '–', '·'])
        .trim();
    for prefix in [
        "written by ",
        "posted by ",
        "words by ",
        "by ",
        "by: ",
        "von ",
        "par ",
    ] {
        let head = s.get(..prefix.len());
        if s.len() > prefix.len() && head.is_some_and(|h| h.eq_ignore_ascii_case(prefix)) {
            s = s[prefix.len()..].trim_start();
            break;
        }
    }
    let ok = !s.is_empty()
        && s.chars().count() < 100
        && s.chars().any(char::is_alphabetic)
        && !s.contains(':')
        && !s.contains("://")
        && !s.eq_ignore_ascii_case("by")
        && !s.to_lowercase().starts_with("follow");
    ok.then(|| s.to_string())
}

/// The publication date the page shows: a `<time>` marked as the published
/// one, an `itemprop=datePublished` element, then the first `<time>` not
/// marked as an update and not in a sidebar.
pub(super) fn published(doc: &Html) -> Option<(NaiveDate, &'static str)> {
    let date_of = |el: &ElementRef| {
        el.attr("datetime")
            .or_else(|| el.attr("content"))
            .and_then(dates::find_date)
            .or_else(|| dates::find_date(&el.text().collect::<String>()))
    };
    let marked = |el: &ElementRef, words: &[&str]| {
        let mut s = String::new();
        for a in std::iter::once(*el).chain(el.ancestors().filter_map(ElementRef::wrap).take(2)) {
            for attr in ["class", "id", "itemprop"] {
                s.push_str(a.value().attr(attr).unwrap_or(""));
                s.push(' ');
            }
        }
        let s = s.to_ascii_lowercase();
        words.iter().any(|w| s.contains(w))
    };
    let updated = ["modif", "updat", "edited"];
    for el in doc.select(&TIME) {
        if (el.attr("pubdate").is_some() || marked(&el, &["publish", "posted", "pubdate"]))
            && !marked(&el, &updated)
        {
            if let Some(d) = date_of(&el) {
                return Some((d, "time[pubdate]"));
            }
        }
    }
    for el in doc.select(&ITEMPROP_PUBLISHED) {
        if let Some(d) = date_of(&el) {
            return Some((d, "itemprop=datePublished"));
        }
    }
    for el in doc.select(&TIME) {
        if !marked(&el, &updated) && !outside_article(&el) {
            if let Some(d) = date_of(&el) {
                return Some((d, "time"));
            }
        }
    }
    // A dateline the page shows in an element named for it ("Posted
    // 2016年10月14日"): short, so not a paragraph that mentions a date.
    for el in doc.select(&DATED) {
        let text = el.text().collect::<String>();
        if text.len() < 120 && !marked(&el, &updated) && !outside_article(&el) {
            if let Some(d) = dates::find_date(&text) {
                return Some((d, "visible dateline"));
            }
        }
    }
    None
}
