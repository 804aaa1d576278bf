//! One CSL-JSON `article-newspaper` record per article: the single source the
//! APA, MLA and Chicago references are written from, and what the CSL-JSON
//! export holds (Zotero, Pandoc and citeproc read it).

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::names::{authors_from_byline, CslName};
use super::punct::present;
use super::source::Source;
use crate::model::ArticleMeta;

/// The CSL type of every record Quotebook writes.
pub const ARTICLE_NEWSPAPER: &str = "article-newspaper";

/// A CSL date: `{"date-parts": [[2024, 2, 7]]}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CslDate {
    #[serde(rename = "date-parts")]
    pub date_parts: Vec<Vec<i32>>,
}

impl CslDate {
    pub fn from_date(d: NaiveDate) -> Self {
        CslDate {
            date_parts: vec![vec![d.year(), d.month() as i32, d.day() as i32]],
        }
    }

    /// The day, when the record gives a full one.
    pub fn to_date(&self) -> Option<NaiveDate> {
        match self.date_parts.first().map(Vec::as_slice) {
            Some([y, m, d, ..]) => {
                NaiveDate::from_ymd_opt(*y, (*m).try_into().ok()?, (*d).try_into().ok()?)
            }
            _ => None,
        }
    }
}

/// A CSL-JSON item. Missing values are left out of the JSON, as CSL expects.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CslItem {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The outlet ("China Daily").
    #[serde(
        rename = "container-title",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_title: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub author: Vec<CslName>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued: Option<CslDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessed: Option<CslDate>,
    #[serde(rename = "URL", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl CslItem {
    /// The record of an article. Its authors are the byline's; an article
    /// without a byline that credits a wire service has the agency as author,
    /// as APA and MLA cite agency copy. `accessed` is the day of citing.
    pub fn from_article(id: impl Into<String>, meta: &ArticleMeta, accessed: NaiveDate) -> Self {
        let mut author = present(meta.byline.as_deref())
            .map(authors_from_byline)
            .unwrap_or_default();
        if author.is_empty() {
            if let Some(wire) = Source::of(meta).wire {
                author.push(CslName::literal(wire));
            }
        }
        CslItem {
            id: id.into(),
            kind: ARTICLE_NEWSPAPER.to_string(),
            title: present(meta.title.as_deref()).map(str::to_string),
            container_title: present(meta.outlet.as_deref()).map(str::to_string),
            author,
            issued: meta.published.map(CslDate::from_date),
            accessed: Some(CslDate::from_date(accessed)),
            url: present(meta.url.as_deref()).map(str::to_string),
        }
    }

    pub fn issued_date(&self) -> Option<NaiveDate> {
        self.issued.as_ref().and_then(CslDate::to_date)
    }

    pub fn accessed_date(&self) -> Option<NaiveDate> {
        self.accessed.as_ref().and_then(CslDate::to_date)
    }
}

/// A stable id for an article the library has not numbered (a citation made
/// straight from a file): the same article always gets the same id.
pub fn article_key(meta: &ArticleMeta) -> String {
    let mut hasher = blake3::Hasher::new();
    for part in [&meta.url, &meta.title, &meta.outlet, &meta.byline] {
        hasher.update(part.as_deref().unwrap_or("").as_bytes());
        hasher.update(b"\x1f");
    }
    if let Some(p) = meta.published {
        hasher.update(p.to_string().as_bytes());
    }
    let hex = hasher.finalize().to_hex();
    format!("article-{}", &hex[..12])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta() -> ArticleMeta {
        ArticleMeta {
            title: Some("Harbour bridge to reopen in spring".into()),
            outlet: Some("The Coastal Herald".into()),
            wire: Some("Nordic Press Agency".into()),
            url: Some("https://herald.example/bridge".into()),
            byline: None,
            published: NaiveDate::from_ymd_opt(2025, 3, 9),
            source_path: None,
        }
    }

    #[test]
    fn the_wire_is_the_author_when_there_is_no_byline() {
        let item =
            CslItem::from_article("a1", &meta(), NaiveDate::from_ymd_opt(2026, 1, 2).unwrap());
        assert_eq!(item.author, vec![CslName::literal("Nordic Press Agency")]);
        let json = serde_json::to_value(&item).unwrap();
        assert_eq!(json["type"], "article-newspaper");
        assert_eq!(json["container-title"], "The Coastal Herald");
        assert_eq!(json["issued"]["date-parts"][0][1], 3);
        assert_eq!(json["URL"], "https://herald.example/bridge");
    }

    #[test]
    fn missing_values_are_left_out_of_the_json() {
        let item = CslItem::from_article(
            "a2",
            &ArticleMeta::default(),
            NaiveDate::from_ymd_opt(2026, 1, 2).unwrap(),
        );
        let json = serde_json::to_value(&item).unwrap();
        let keys: Vec<&String> = json.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["accessed", "id", "type"]);
    }

    #[test]
    fn records_read_back() {
        let item =
            CslItem::from_article("a3", &meta(), NaiveDate::from_ymd_opt(2026, 1, 2).unwrap());
        let back: CslItem = serde_json::from_str(&serde_json::to_string(&item).unwrap()).unwrap();
        assert_eq!(back, item);
        assert_eq!(back.issued_date(), meta().published);
    }

    #[test]
    fn the_key_is_stable_and_depends_on_the_article() {
        assert_eq!(article_key(&meta()), article_key(&meta()));
        assert_ne!(article_key(&meta()), article_key(&ArticleMeta::default()));
    }
}
