//! JSON-LD (`<script type="application/ld+json">`): the object that describes
//! the article, found among arrays, `@graph` lists and several scripts, with
//! `<![CDATA[ ... ]]>` wrappers removed and `@id` references followed to the
//! people they name.

use std::collections::HashMap;
use std::sync::LazyLock;

use scraper::{Html, Selector};
use serde_json::Value;

static JSON_LD: LazyLock<Selector> = LazyLock::new(|| {
    Selector::parse(r#"script[type="application/ld+json"]"#).expect("valid selector")
});

/// Types that describe one article (or a post, a report, a review).
const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "SocialMediaPosting",
    "TechArticle",
    "ScholarlyArticle",
    "Report",
    "Review",
];

/// The page's JSON-LD: the article object (if any) and every object by `@id`.
#[derive(Debug, Default)]
pub(super) struct JsonLd {
    pub(super) article: Option<Value>,
    /// The page as a whole (`WebPage`), which some sites describe instead.
    pub(super) page: Option<Value>,
    pub(super) website: Option<Value>,
    by_id: HashMap<String, Value>,
}

impl JsonLd {
    pub(super) fn read(doc: &Html) -> JsonLd {
        let mut objects = Vec::new();
        for script in doc.select(&JSON_LD) {
            let raw: String = script.text().collect();
            let Ok(value) = serde_json::from_str::<Value>(strip_cdata(&raw)) else {
                continue; // broken JSON-LD is common and costs only itself
            };
            collect(value, &mut objects);
        }
        let mut ld = JsonLd::default();
        for o in &objects {
            if let Some(id) = o.get("@id").and_then(Value::as_str) {
                ld.by_id.entry(id.to_string()).or_insert_with(|| o.clone());
            }
        }
        // The first article object, preferring one that carries the body or
        // a headline (a page may describe related articles too).
        let articles: Vec<&Value> = objects
            .iter()
            .filter(|o| has_type(o, ARTICLE_TYPES))
            .collect();
        ld.article = articles
            .iter()
            .find(|o| o.get("articleBody").is_some())
            .or_else(|| articles.iter().find(|o| o.get("headline").is_some()))
            .or_else(|| articles.first())
            .map(|o| (*o).clone());
        ld.page = objects.iter().find(|o| has_type(o, &["WebPage"])).cloned();
        ld.website = objects.iter().find(|o| has_type(o, &["WebSite"])).cloned();
        ld
    }

    /// A string field of the article (or else the page) object.
    pub(super) fn text(&self, field: &str) -> Option<String> {
        [&self.article, &self.page]
            .into_iter()
            .flatten()
            .find_map(|o| o.get(field).and_then(|v| self.plain(v)))
    }

    /// The names of the article's authors, joined with ", ".
    pub(super) fn authors(&self) -> Option<String> {
        let author = [&self.article, &self.page]
            .into_iter()
            .flatten()
            .find_map(|o| o.get("author").or_else(|| o.get("creator")))?;
        self.names(author)
    }

    /// The publisher's name, or the website's.
    pub(super) fn publisher(&self) -> Option<String> {
        let from_article = [&self.article, &self.page]
            .into_iter()
            .flatten()
            .find_map(|o| o.get("publisher").and_then(|p| self.names(p)));
        from_article.or_else(|| {
            self.website
                .as_ref()
                .and_then(|w| w.get("name"))
                .and_then(|v| self.plain(v))
        })
    }

    /// A plain string, or the first of a list of strings.
    fn plain(&self, v: &Value) -> Option<String> {
        match v {
            Value::String(s) => Some(super::tags::squash(s)).filter(|s| !s.is_empty()),
            Value::Array(items) => items.iter().find_map(|i| self.plain(i)),
            Value::Object(o) => o.get("@value").and_then(|v| self.plain(v)),
            _ => None,
        }
    }

    /// Names of people or organisations: strings, objects with a name, `@id`
    /// references, or lists of them.
    fn names(&self, v: &Value) -> Option<String> {
        let mut out: Vec<String> = Vec::new();
        let mut stack = vec![v];
        // A stack rather than recursion: JSON-LD is page content.
        while let Some(v) = stack.pop() {
            match v {
                Value::String(s) => out.push(super::tags::squash(s)),
                Value::Array(items) => stack.extend(items.iter().rev()),
                Value::Object(o) => {
                    let name = o.get("name").and_then(|n| self.plain(n));
                    match name {
                        Some(n) => out.push(n),
                        None => {
                            let target = o
                                .get("@id")
                                .and_then(Value::as_str)
                                .and_then(|id| self.by_id.get(id))
                                .and_then(|t| t.get("name"))
                                .and_then(|n| self.plain(n));
                            out.extend(target);
                        }
                    }
                }
                _ => {}
            }
        }
        out.retain(|n| !n.is_empty() && !n.contains("://"));
        out.dedup();
        (!out.is_empty()).then(|| out.join(", "))
    }
}

fn has_type(o: &Value, types: &[&str]) -> bool {
    match o.get("@type") {
        Some(Value::String(t)) => types.contains(&t.as_str()),
        Some(Value::Array(ts)) => ts
            .iter()
            .any(|t| t.as_str().is_some_and(|t| types.contains(&t))),
        _ => false,
    }
}

/// The script's JSON without `<![CDATA[`/`]]>` wrappers (also commented as
/// `//<![CDATA[`), which some sites put around it.
fn strip_cdata(raw: &str) -> &str {
    let mut s = raw.trim();
    for open in ["//<![CDATA[", "/*<![CDATA[*/", "<![CDATA["] {
        if let Some(rest) = s.strip_prefix(open) {
            s = rest.trim_start();
        }
    }
    for close in ["//]]>", "/*]]>*/", "]]>"] {
        if let Some(rest) = s.strip_suffix(close) {
            s = rest.trim_end();
        }
    }
    s
}

/// Objects of a JSON-LD value, walked with a stack (no recursion), `@graph`
/// lists opened.
fn collect(value: Value, out: &mut Vec<Value>) {
    let mut stack = vec![value];
    while let Some(v) = stack.pop() {
        match v {
            Value::Array(items) => stack.extend(items.into_iter().rev()),
            Value::Object(mut map) => {
                let graph = map.remove("@graph");
                out.push(Value::Object(map));
                if let Some(g) = graph {
                    stack.push(g);
                }
            }
            _ => {}
        }
    }
}

/// The article body some pages keep only in JSON-LD (rendered by scripts).
pub(super) fn article_body(ld: &JsonLd) -> Option<String> {
    ld.article
        .as_ref()?
        .get("articleBody")?
        .as_str()
        .map(|s| s.trim().to_string())
}
