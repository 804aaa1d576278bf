//! Corrections to an article's metadata: title, outlet, authors (byline),
//! published date and URL.
//!
//! Migration 0007 keeps them in `article_edits` beside the imported values
//! and re-applies them when an import rewrites the article's columns, so the
//! corrected values are what every reader of `articles` sees (listings,
//! search, citations). Each correction is logged and can be undone.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::history::{log_change, row_to_change, UndoData};
use super::{ArticleRecord, Change, Library, StoreError};

/// The article fields a user may correct.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum ArticleField {
    Title,
    Outlet,
    /// The authors, as the byline names them.
    Byline,
    Published,
    Url,
}

impl ArticleField {
    pub const ALL: [ArticleField; 5] = [
        ArticleField::Title,
        ArticleField::Outlet,
        ArticleField::Byline,
        ArticleField::Published,
        ArticleField::Url,
    ];

    /// The column's name, in `articles` and in `article_edits`.
    pub fn column(self) -> &'static str {
        match self {
            ArticleField::Title => "title",
            ArticleField::Outlet => "outlet",
            ArticleField::Byline => "byline",
            ArticleField::Published => "published",
            ArticleField::Url => "url",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.column() == s.trim())
    }
}

/// One corrected field: what the import said and what the user made it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ArticleCorrection {
    pub field: ArticleField,
    pub imported: Option<String>,
    /// None when the user cleared the value.
    pub corrected: Option<String>,
}

/// An article's corrections and shown columns before a change, for undo.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(super) struct ArticleEditState {
    /// The `article_edits` row (corrections, then imported values), if any.
    pub(super) edits: Option<Vec<Option<String>>>,
    /// `articles`' title, outlet, byline, published and url.
    pub(super) shown: Vec<Option<String>>,
}

const EDIT_COLUMNS: &str = "title, outlet, byline, published, url, imported_title, \
    imported_outlet, imported_byline, imported_published, imported_url";
const SHOWN_COLUMNS: &str = "title, outlet, byline, published, url";

fn strings(r: &rusqlite::Row, n: usize) -> rusqlite::Result<Vec<Option<String>>> {
    (0..n).map(|i| r.get(i)).collect()
}

pub(super) fn edit_state(conn: &Connection, id: i64) -> rusqlite::Result<Option<ArticleEditState>> {
    let shown = conn
        .query_row(
            &format!("SELECT {SHOWN_COLUMNS} FROM articles WHERE id = ?1"),
            [id],
            |r| strings(r, 5),
        )
        .optional()?;
    let Some(shown) = shown else {
        return Ok(None);
    };
    let edits = conn
        .query_row(
            &format!("SELECT {EDIT_COLUMNS} FROM article_edits WHERE article_id = ?1"),
            [id],
            |r| strings(r, 10),
        )
        .optional()?;
    Ok(Some(ArticleEditState { edits, shown }))
}

/// Puts an article's corrections and shown columns back as `state` had them.
pub(super) fn restore_state(
    conn: &Connection,
    id: i64,
    state: &ArticleEditState,
) -> rusqlite::Result<()> {
    // Without an edits row the re-apply trigger stays quiet while the
    // columns are restored.
    conn.execute("DELETE FROM article_edits WHERE article_id = ?1", [id])?;
    let s = &state.shown;
    conn.execute(
        "UPDATE articles SET title = ?2, outlet = ?3, byline = ?4, published = ?5, url = ?6
         WHERE id = ?1",
        params![id, s[0], s[1], s[2], s[3], s[4]],
    )?;
    if let Some(e) = &state.edits {
        conn.execute(
            &format!(
                "INSERT INTO article_edits (article_id, {EDIT_COLUMNS})
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
            ),
            params![id, e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7], e[8], e[9]],
        )?;
    }
    Ok(())
}

/// The value as stored: trimmed, checked; None clears the field.
fn checked(field: ArticleField, value: Option<&str>) -> Result<Option<String>, StoreError> {
    let Some(value) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    match field {
        ArticleField::Published => NaiveDate::parse_from_str(value, "%Y-%m-%d")
            .map(|d| Some(d.to_string()))
            .map_err(|_| StoreError::Invalid(format!("{value:?} is not a date: write YYYY-MM-DD"))),
        _ => Ok(Some(value.to_string())),
    }
}

impl Library {
    /// Corrects one field of an article's metadata (`None` clears it). The
    /// correction outlives re-import and re-extraction, is logged, and
    /// `undo` reverts it. Returns the article as it now reads.
    pub fn correct_article(
        &mut self,
        id: i64,
        field: ArticleField,
        value: Option<&str>,
    ) -> Result<ArticleRecord, StoreError> {
        let value = checked(field, value)?;
        let path = self.path.clone();
        let err = |e| StoreError::from_sqlite(&path, e);
        let tx = self.write_tx()?;
        let before = edit_state(&tx, id)
            .map_err(err)?
            .ok_or(StoreError::NotFound {
                what: "article",
                id: id.to_string(),
            })?;
        let col = field.column();
        tx.execute(
            "INSERT OR IGNORE INTO article_edits (article_id) VALUES (?1)",
            [id],
        )
        .map_err(err)?;
        // The first correction of a field keeps what the import said.
        tx.execute(
            &format!(
                "UPDATE article_edits SET imported_{col} = (SELECT {col} FROM articles WHERE id = ?1)
                 WHERE article_id = ?1 AND {col} IS NULL"
            ),
            [id],
        )
        .map_err(err)?;
        tx.execute(
            &format!("UPDATE article_edits SET {col} = ?2 WHERE article_id = ?1"),
            params![id, value.clone().unwrap_or_default()],
        )
        .map_err(err)?;
        tx.execute(
            &format!("UPDATE articles SET {col} = ?2 WHERE id = ?1"),
            params![id, value],
        )
        .map_err(err)?;
        let was = before.shown[ArticleField::ALL
            .iter()
            .position(|f| *f == field)
            .unwrap_or(0)]
        .clone()
        .unwrap_or_else(|| "(none)".into());
        let summary = format!(
            "corrected the article's {col}: {was} → {}",
            value.as_deref().unwrap_or("(none)")
        );
        log_change(
            &tx,
            "edit_article",
            None,
            Some(id),
            None,
            &summary,
            &UndoData::ArticleMeta {
                article_id: id,
                state: before,
            },
        )
        .map_err(err)?;
        tx.commit().map_err(err)?;
        self.article(id)
    }

    /// The fields of an article the user corrected, with what the import said.
    pub fn article_corrections(&self, id: i64) -> Result<Vec<ArticleCorrection>, StoreError> {
        let row = self
            .conn
            .query_row(
                &format!("SELECT {EDIT_COLUMNS} FROM article_edits WHERE article_id = ?1"),
                [id],
                |r| strings(r, 10),
            )
            .optional()
            .map_err(|e| self.err(e))?;
        let Some(row) = row else {
            return Ok(Vec::new());
        };
        Ok(ArticleField::ALL
            .into_iter()
            .enumerate()
            .filter_map(|(i, field)| {
                let corrected = row[i].as_ref()?;
                Some(ArticleCorrection {
                    field,
                    imported: row[i + 5].clone(),
                    corrected: Some(corrected.clone()).filter(|c| !c.is_empty()),
                })
            })
            .collect())
    }

    /// Every change made to an article or its quotes, oldest first.
    pub fn article_history(&self, id: i64) -> Result<Vec<Change>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT c.id, c.at, c.action, c.quote_id, c.article_id, c.speaker_id, c.summary,
                    c.reverts, c.author, c.machine
                 FROM changes c
                 WHERE c.article_id = ?1
                    OR c.quote_id IN (SELECT id FROM quotes WHERE article_id = ?1)
                 ORDER BY c.id",
            )
            .map_err(|e| self.err(e))?;
        let changes = stmt
            .query_map([id], row_to_change)
            .and_then(|rows| rows.collect())
            .map_err(|e| self.err(e))?;
        Ok(changes)
    }
}

#[cfg(test)]
mod tests {
    use super::ArticleField;
    use crate::model::{Article, ArticleMeta};
    use crate::store::test_support::{library, quotes_in};
    use crate::store::{ImportStatus, QuoteFilter};

    fn version(text: &str, title: &str) -> Article {
        Article {
            text: text.to_string(),
            meta: ArticleMeta {
                title: Some(title.to_string()),
                outlet: Some("Daily Gazete".to_string()),
                url: Some("https://daily.example/harbour".to_string()),
                published: Some("2024-02-08".parse().unwrap()),
                ..ArticleMeta::default()
            },
        }
    }

    const TEXT: &str = "\"The harbour opens in May,\" said Ada Lovelace.";

    #[test]
    fn a_correction_is_what_quotes_and_citations_read_and_undo_reverts_it() {
        let (_dir, mut lib) = library();
        let id = lib
            .import_article_with(&version(TEXT, "Harbour news"), quotes_in)
            .unwrap()
            .article_id;
        let article = lib
            .correct_article(id, ArticleField::Outlet, Some(" Daily Gazette "))
            .unwrap();
        assert_eq!(article.meta.outlet.as_deref(), Some("Daily Gazette"));
        lib.correct_article(id, ArticleField::Published, Some("2024-02-07"))
            .unwrap();
        let quote = &lib.quotes(&QuoteFilter::default()).unwrap()[0];
        assert_eq!(quote.outlet.as_deref(), Some("Daily Gazette"));
        assert_eq!(quote.published.unwrap().to_string(), "2024-02-07");
        let corrections = lib.article_corrections(id).unwrap();
        assert_eq!(corrections.len(), 2);
        assert_eq!(corrections[0].imported.as_deref(), Some("Daily Gazete"));
        let history = lib.article_history(id).unwrap();
        assert!(
            history[0].summary.contains("Daily Gazete → Daily Gazette"),
            "{history:?}"
        );

        let undone = lib.undo().unwrap().unwrap();
        assert_eq!(undone.action, "edit_article");
        assert_eq!(
            lib.article(id).unwrap().meta.published.unwrap().to_string(),
            "2024-02-08"
        );
        assert_eq!(
            lib.article(id).unwrap().meta.outlet.as_deref(),
            Some("Daily Gazette")
        );
        lib.undo().unwrap().unwrap();
        assert_eq!(
            lib.article(id).unwrap().meta.outlet.as_deref(),
            Some("Daily Gazete")
        );
        assert!(lib.article_corrections(id).unwrap().is_empty());
    }

    #[test]
    fn corrections_outlive_a_new_version_and_identity_stays_with_the_import() {
        let (_dir, mut lib) = library();
        let id = lib
            .import_article_with(&version(TEXT, "Harbour news"), quotes_in)
            .unwrap()
            .article_id;
        lib.correct_article(id, ArticleField::Title, Some("Harbour to open in May"))
            .unwrap();
        lib.correct_article(
            id,
            ArticleField::Url,
            Some("https://daily.example/harbour-may"),
        )
        .unwrap();
        // A new version at the imported URL, with a new imported title.
        let text = format!("{TEXT} \"Ferries too,\" said Ada Lovelace.");
        let outcome = lib
            .import_article_with(&version(&text, "Harbour news, updated"), quotes_in)
            .unwrap();
        assert_eq!(
            outcome.article_id, id,
            "the imported URL still names the article"
        );
        assert_eq!(outcome.status, ImportStatus::Updated);
        let article = lib.article(id).unwrap();
        assert_eq!(
            article.meta.title.as_deref(),
            Some("Harbour to open in May")
        );
        assert_eq!(
            article.meta.url.as_deref(),
            Some("https://daily.example/harbour-may")
        );
        let title = &lib.article_corrections(id).unwrap()[0];
        assert_eq!(title.imported.as_deref(), Some("Harbour news, updated"));
        // Re-extraction keeps them too.
        lib.reextract_with(id, quotes_in).unwrap();
        assert_eq!(
            lib.article(id).unwrap().meta.title.as_deref(),
            Some("Harbour to open in May")
        );
    }

    #[test]
    fn bad_input_is_refused_with_a_reason() {
        let (_dir, mut lib) = library();
        let id = lib
            .import_article_with(&version(TEXT, "Harbour news"), quotes_in)
            .unwrap()
            .article_id;
        let err = lib
            .correct_article(id, ArticleField::Published, Some("last week"))
            .unwrap_err();
        assert_eq!(err.code(), crate::ErrorCode::InvalidInput);
        assert!(err.to_string().contains("last week"), "{err}");
        let err = lib
            .correct_article(999, ArticleField::Title, Some("x"))
            .unwrap_err();
        assert_eq!(err.code(), crate::ErrorCode::NotFound);
        // Clearing a field is a correction too.
        let article = lib.correct_article(id, ArticleField::Byline, None).unwrap();
        assert_eq!(article.meta.byline, None);
    }
}
