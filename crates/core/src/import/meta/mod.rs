//! An HTML page's metadata, each value with the source it was read from.
//!
//! Every field has one fixed precedence over the places pages put it: JSON-LD
//! and meta tags (in their many spellings) first, then what the page shows
//! (`<title>`, the byline element, `<time>`). The modified date is read
//! separately and never stands in for the published one.

mod json_ld;
mod tags;
mod title;
mod visible;

use chrono::NaiveDate;
use scraper::Html;

use json_ld::JsonLd;
use tags::MetaTags;

pub(crate) use visible::clean_byline;

/// A value and where it was found ("og:title", "json-ld headline", "<title>").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found<T> {
    pub value: T,
    pub source: &'static str,
}

fn found<T>(value: T, source: &'static str) -> Option<Found<T>> {
    Some(Found { value, source })
}

/// What a page says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    pub title: Option<Found<String>>,
    pub outlet: Option<Found<String>>,
    /// The byline as written, without "By " (split into people elsewhere).
    pub byline: Option<Found<String>>,
    pub published: Option<Found<NaiveDate>>,
    pub modified: Option<Found<NaiveDate>>,
    /// The canonical URL.
    pub url: Option<Found<String>>,
    /// The page's language tag ("en", "fr-FR").
    pub language: Option<Found<String>>,
    /// The body as JSON-LD gives it, for pages that render theirs by script.
    pub json_ld_body: Option<String>,
}

const TITLE_KEYS: &[&str] = &[
    "dc:title",
    "dcterm:title",
    "og:title",
    "twitter:title",
    "parsely-title",
    "sailthru.title",
    "headline",
];
const OUTLET_KEYS: &[&str] = &[
    "og:site_name",
    "dc:publisher",
    "dcterm:publisher",
    "article:publisher",
    "publisher",
    "cre",
];
const AUTHOR_KEYS: &[&str] = &[
    "dc:creator",
    "dcterm:creator",
    "author",
    "parsely-author",
    "article:author",
    "byl",
    "sailthru.author",
    "citation_author",
    "twitter:creator:name",
];
const PUBLISHED_KEYS: &[&str] = &[
    "article:published_time",
    "article:published",
    "og:article:published_time",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "dcterm:issued",
    "dc:date.issued",
    "dc:date.created",
    "dcterm:created",
    "dc:date",
    "citation_publication_date",
    "citation_date",
    "publish-date",
    "publish_date",
    "pubdate",
    "date",
    "og:pubdate",
];
const MODIFIED_KEYS: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterm:modified",
    "last-modified",
];
const URL_KEYS: &[&str] = &["og:url", "twitter:url"];
const LANGUAGE_KEYS: &[&str] = &["content-language", "dc:language", "language", "og:locale"];

/// Reads a parsed page's metadata.
pub fn read(doc: &Html) -> PageMeta {
    let tags = MetaTags::read(doc);
    let ld = JsonLd::read(doc);
    let mut meta = PageMeta {
        json_ld_body: json_ld::article_body(&ld),
        ..PageMeta::default()
    };

    meta.url = visible::canonical(doc)
        .and_then(|u| found(u, "link rel=canonical"))
        .or_else(|| {
            tags.first(URL_KEYS)
                .and_then(|(v, k)| found(v.to_string(), k))
        })
        .or_else(|| ld.text("url").and_then(|u| found(u, "json-ld url")));

    meta.outlet = ld
        .publisher()
        .and_then(|p| found(p, "json-ld publisher"))
        .or_else(|| {
            tags.first(OUTLET_KEYS)
                .filter(|(v, _)| !v.contains("://") && !v.starts_with('@'))
                .and_then(|(v, k)| found(v.to_string(), k))
        });

    meta.title = title(doc, &tags, &ld, &meta);

    meta.byline = ld
        .authors()
        .and_then(|a| clean_byline(&a))
        .and_then(|a| found(a, "json-ld author"))
        .or_else(|| meta_byline(&tags))
        .or_else(|| visible::byline(doc).and_then(|b| found(b, "visible byline")));

    meta.published = ld
        .text("datePublished")
        .and_then(|d| super::dates::find_date(&d))
        .and_then(|d| found(d, "json-ld datePublished"))
        .or_else(|| date_from_tags(&tags, PUBLISHED_KEYS))
        .or_else(|| {
            ld.text("dateCreated")
                .and_then(|d| super::dates::find_date(&d))
                .and_then(|d| found(d, "json-ld dateCreated"))
        })
        .or_else(|| visible::published(doc).and_then(|(d, s)| found(d, s)));
    meta.modified = ld
        .text("dateModified")
        .and_then(|d| super::dates::find_date(&d))
        .and_then(|d| found(d, "json-ld dateModified"))
        .or_else(|| date_from_tags(&tags, MODIFIED_KEYS));

    meta.language = visible::lang(doc)
        .and_then(|l| found(l, "html lang"))
        .or_else(|| {
            tags.first(LANGUAGE_KEYS)
                .and_then(|(v, k)| found(v.replace('_', "-"), k))
        })
        .or_else(|| {
            ld.text("inLanguage")
                .and_then(|l| found(l, "json-ld inLanguage"))
        });
    meta
}

fn date_from_tags(tags: &MetaTags, keys: &'static [&'static str]) -> Option<Found<NaiveDate>> {
    keys.iter().find_map(|k| {
        let d = tags
            .all(k)
            .iter()
            .find_map(|v| super::dates::find_date(v))?;
        found(d, k)
    })
}

/// Author meta tags: the first key that holds names; several values under
/// one key (one tag per author) are joined.
fn meta_byline(tags: &MetaTags) -> Option<Found<String>> {
    AUTHOR_KEYS.iter().find_map(|k| {
        let names: Vec<String> = tags.all(k).iter().filter_map(|v| clean_byline(v)).collect();
        let mut unique: Vec<String> = Vec::new();
        for n in names {
            if !unique.contains(&n) {
                unique.push(n);
            }
        }
        // "Park, Lena" written family name first keeps its comma; the
        // names are then told apart by semicolons.
        let separator = if unique.iter().any(|n| n.contains(',')) {
            "; "
        } else {
            ", "
        };
        (!unique.is_empty()).then(|| Found {
            value: unique.join(separator),
            source: k,
        })
    })
}

/// The article's title: declared titles first, then `<title>`, then the
/// first `<h1>` (which on many pages names a section, not the story); the
/// site's name is dropped from either end.
fn title(doc: &Html, tags: &MetaTags, ld: &JsonLd, meta: &PageMeta) -> Option<Found<String>> {
    let mut site_names: Vec<String> = meta.outlet.iter().map(|o| o.value.clone()).collect();
    site_names.extend(meta.url.as_ref().and_then(|u| title::domain_name(&u.value)));
    let clean = |t: &str| title::drop_site_name(t, &site_names);
    let page_title = visible::title(doc);
    title::json_ld_title(
        ld.text("headline"),
        ld.article.as_ref().and_then(|_| ld.text("name")),
        page_title.as_deref(),
    )
    .and_then(|t| found(clean(&t), "json-ld headline"))
    .or_else(|| tags.first(TITLE_KEYS).and_then(|(v, k)| found(clean(v), k)))
    .or_else(|| {
        let t = page_title.as_deref()?;
        let cleaned = clean(t);
        // No site name recognised: drop the last " | part" as browsers'
        // reader views do, when enough of the title remains.
        let cleaned = if cleaned == t {
            title::drop_last_part(t)
        } else {
            cleaned
        };
        found(cleaned, "<title>")
    })
    .or_else(|| {
        visible::h1s(doc)
            .into_iter()
            .next()
            .and_then(|h| found(h, "<h1>"))
    })
}
