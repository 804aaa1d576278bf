//! Putting an article and its quotes into the library: one transaction per
//! article, idempotent by content hash, a new version (not a new article) when
//! the same article comes back changed, and the user's edits kept across
//! re-extraction because a quote's identity does not depend on the extractor.

use std::collections::HashMap;
use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};

use super::speakers::speaker_id_for;
use super::{normalize, now, ImportOutcome, ImportStatus, Library, StoreError};
use crate::extract::extract_quotes;
use crate::model::{Article, ArticleMeta, ExtractedQuote};

/// The extractor as the store calls it: the article's text and its stored
/// metadata (of which it reads the publication date).
fn extract_article(text: &str, meta: &ArticleMeta) -> Vec<ExtractedQuote> {
    extract_quotes(text, meta.published)
}

impl Library {
    /// Stores `article` and the quotes the extractor finds in it.
    pub fn import_article(&mut self, article: &Article) -> Result<ImportOutcome, StoreError> {
        self.import_article_with(article, extract_article)
    }

    /// Stores `article` with the quotes `extract` finds in it, given the
    /// article's text and its metadata as stored (a new version's metadata
    /// completed by the earlier version's). One transaction.
    pub fn import_article_with(
        &mut self,
        article: &Article,
        extract: impl FnOnce(&str, &ArticleMeta) -> Vec<ExtractedQuote>,
    ) -> Result<ImportOutcome, StoreError> {
        let path = self.path.clone();
        let err = |e| StoreError::from_sqlite(&path, e);
        let tx = self.write_tx().map_err(err)?;
        let outcome = import_into(&tx, &path, article, extract)?;
        tx.commit().map_err(err)?;
        Ok(outcome)
    }

    /// Stores many articles in one transaction; each article is atomic: one
    /// that fails leaves nothing behind and the others go on. Committing once
    /// per batch instead of once per article saves rewriting the same index
    /// pages to the WAL for every article. Results come in the order of
    /// `articles`.
    pub fn import_articles(
        &mut self,
        articles: &[Article],
    ) -> Result<Vec<Result<ImportOutcome, StoreError>>, StoreError> {
        self.import_articles_with(articles, extract_article)
    }

    /// [`Library::import_articles`] with the given extractor.
    ///
    /// The batch is first stored without savepoints, because a savepoint
    /// makes SQLite copy every page an article touches before changing it
    /// (a fifth of an import's instructions, profiled). Articles almost never
    /// fail; when one does, that attempt is rolled back whole and the batch
    /// is stored again with a savepoint per article, so the failing article
    /// alone is left out.
    pub fn import_articles_with(
        &mut self,
        articles: &[Article],
        extract: impl Fn(&str, &ArticleMeta) -> Vec<ExtractedQuote>,
    ) -> Result<Vec<Result<ImportOutcome, StoreError>>, StoreError> {
        if let Some(outcomes) = self.import_all_or_nothing(articles, &extract)? {
            return Ok(outcomes.into_iter().map(Ok).collect());
        }
        self.import_each_in_a_savepoint(articles, &extract)
    }

    /// Stores every article in one transaction, or nothing (and `None`) when
    /// any of them fails.
    fn import_all_or_nothing(
        &mut self,
        articles: &[Article],
        extract: &impl Fn(&str, &ArticleMeta) -> Vec<ExtractedQuote>,
    ) -> Result<Option<Vec<ImportOutcome>>, StoreError> {
        let path = self.path.clone();
        let err = |e| StoreError::from_sqlite(&path, e);
        let tx = self.write_tx().map_err(err)?;
        let mut outcomes = Vec::with_capacity(articles.len());
        for article in articles {
            match import_into(&tx, &path, article, extract) {
                Ok(outcome) => outcomes.push(outcome),
                // Dropping the transaction rolls the whole attempt back.
                Err(_) => return Ok(None),
            }
        }
        tx.commit().map_err(err)?;
        Ok(Some(outcomes))
    }

    /// Stores each article inside a savepoint of its own, in one transaction.
    fn import_each_in_a_savepoint(
        &mut self,
        articles: &[Article],
        extract: &impl Fn(&str, &ArticleMeta) -> Vec<ExtractedQuote>,
    ) -> Result<Vec<Result<ImportOutcome, StoreError>>, StoreError> {
        let path = self.path.clone();
        let err = |e| StoreError::from_sqlite(&path, e);
        let mut tx = self.write_tx().map_err(err)?;
        let mut results = Vec::with_capacity(articles.len());
        for article in articles {
            let sp = tx.savepoint().map_err(err)?;
            let result = import_into(&sp, &path, article, extract);
            if result.is_ok() {
                sp.commit().map_err(err)?;
            } // else dropping the savepoint rolls this article back
            results.push(result);
        }
        tx.commit().map_err(err)?;
        Ok(results)
    }

    /// Runs the current extractor again over an article's latest text. Quotes
    /// found again keep their id, edits, status and note.
    pub fn reextract(&mut self, article_id: i64) -> Result<ImportOutcome, StoreError> {
        self.reextract_with(article_id, extract_article)
    }

    /// [`Library::reextract`] with the given extractor.
    pub fn reextract_with(
        &mut self,
        article_id: i64,
        extract: impl FnOnce(&str, &ArticleMeta) -> Vec<ExtractedQuote>,
    ) -> Result<ImportOutcome, StoreError> {
        let path = self.path.clone();
        let err = |e| StoreError::from_sqlite(&path, e);
        let tx = self.write_tx().map_err(err)?;
        let text: Option<String> = tx
            .query_row(
                "SELECT v.text FROM articles a JOIN article_versions v ON v.id = a.current_version_id
                 WHERE a.id = ?1 AND a.deleted_at IS NULL",
                [article_id],
                |r| r.get(0),
            )
            .optional()
            .map_err(err)?;
        let text = text.ok_or(StoreError::NotFound {
            what: "article",
            id: article_id.to_string(),
        })?;
        let meta = stored_meta(&tx, article_id).map_err(err)?;
        let quotes = extract(&text, &meta);
        let (found, new) = store_quotes(&tx, article_id, &text, &quotes).map_err(err)?;
        tx.commit().map_err(err)?;
        Ok(ImportOutcome {
            article_id,
            status: ImportStatus::Updated,
            quotes_found: found,
            quotes_new: new,
        })
    }

    /// The ids of every article in the library (deleted ones aside).
    pub fn article_ids(&self) -> Result<Vec<i64>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT id FROM articles WHERE deleted_at IS NULL ORDER BY id")
            .map_err(|e| self.err(e))?;
        let ids = stmt
            .query_map([], |r| r.get(0))
            .and_then(|rows| rows.collect::<Result<Vec<i64>, _>>())
            .map_err(|e| self.err(e))?;
        Ok(ids)
    }
}

/// One article's import inside the caller's transaction or savepoint.
fn import_into(
    tx: &Connection,
    path: &Path,
    article: &Article,
    extract: impl FnOnce(&str, &ArticleMeta) -> Vec<ExtractedQuote>,
) -> Result<ImportOutcome, StoreError> {
    let hash = blake3::hash(article.text.as_bytes()).to_hex().to_string();
    let err = |e| StoreError::from_sqlite(path, e);

    let known: Option<(i64, Option<String>)> = tx
        .prepare_cached(
            "SELECT a.id, a.deleted_at FROM article_versions v
             JOIN articles a ON a.id = v.article_id WHERE v.content_hash = ?1",
        )
        .map_err(err)?
        .query_row([&hash], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()
        .map_err(err)?;
    if let Some((article_id, deleted_at)) = known {
        if deleted_at.is_none() {
            let found = present_quotes(tx, article_id).map_err(err)?;
            return Ok(ImportOutcome {
                article_id,
                status: ImportStatus::Unchanged,
                quotes_found: found,
                quotes_new: 0,
            });
        }
        // The user deleted this article and imports it again: bring it back.
        tx.prepare_cached("UPDATE articles SET deleted_at = NULL WHERE id = ?1")
            .map_err(err)?
            .execute([article_id])
            .map_err(err)?;
        let found = present_quotes(tx, article_id).map_err(err)?;
        return Ok(ImportOutcome {
            article_id,
            status: ImportStatus::Added,
            quotes_found: found,
            quotes_new: found,
        });
    }

    let meta = &article.meta;
    let url_key = meta.url.as_deref().and_then(normalize::url);
    let ot_key = normalize::outlet_title(meta.outlet.as_deref(), meta.title.as_deref());
    let existing = find_same_article(tx, url_key.as_deref(), ot_key.as_deref()).map_err(err)?;
    let at = now();
    let (article_id, status) = match existing {
        Some(id) => {
            let keys = (url_key.as_deref(), ot_key.as_deref());
            update_article_meta(tx, id, meta, keys, &at).map_err(err)?;
            (id, ImportStatus::Updated)
        }
        None => {
            tx.prepare_cached(
                "INSERT INTO articles (title, outlet, wire, url, byline, published,
                    source_path, url_key, outlet_title_key, imported_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
            )
            .map_err(err)?
            .execute(params![
                meta.title,
                meta.outlet,
                meta.wire,
                meta.url,
                meta.byline,
                meta.published.map(|d| d.to_string()),
                meta.source_path,
                url_key,
                ot_key,
                at
            ])
            .map_err(err)?;
            (tx.last_insert_rowid(), ImportStatus::Added)
        }
    };
    tx.prepare_cached(
        "INSERT INTO article_versions (article_id, content_hash, text, source_path, imported_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )
    .map_err(err)?
    .execute(params![
        article_id,
        hash,
        article.text,
        meta.source_path,
        at
    ])
    .map_err(err)?;
    let version_id = tx.last_insert_rowid();
    tx.prepare_cached("UPDATE articles SET current_version_id = ?1 WHERE id = ?2")
        .map_err(err)?
        .execute(params![version_id, article_id])
        .map_err(err)?;

    let merged_meta = stored_meta(tx, article_id).map_err(err)?;
    let quotes = extract(&article.text, &merged_meta);
    let (found, new) = store_quotes(tx, article_id, &article.text, &quotes).map_err(err)?;
    Ok(ImportOutcome {
        article_id,
        status,
        quotes_found: found,
        quotes_new: new,
    })
}

fn present_quotes(tx: &Connection, article_id: i64) -> rusqlite::Result<usize> {
    tx.prepare_cached(
        "SELECT count(*) FROM quotes WHERE article_id = ?1 AND present = 1 AND deleted_at IS NULL",
    )?
    .query_row([article_id], |r| r.get::<_, i64>(0))
    .map(|n| n as usize)
}

fn find_same_article(
    tx: &Connection,
    url_key: Option<&str>,
    ot_key: Option<&str>,
) -> rusqlite::Result<Option<i64>> {
    if let Some(key) = url_key {
        let found = tx
            .prepare_cached(
                "SELECT id FROM articles WHERE url_key = ?1 AND deleted_at IS NULL
                 ORDER BY id LIMIT 1",
            )?
            .query_row([key], |r| r.get(0))
            .optional()?;
        if found.is_some() {
            return Ok(found);
        }
    }
    match ot_key {
        Some(key) => tx
            .prepare_cached(
                "SELECT id FROM articles WHERE outlet_title_key = ?1 AND deleted_at IS NULL
                 ORDER BY id LIMIT 1",
            )?
            .query_row([key], |r| r.get(0))
            .optional(),
        None => Ok(None),
    }
}

/// A new version brings new metadata; what it does not say, the old one keeps.
/// `keys` are the URL and outlet-and-title keys of `meta`, as the caller
/// computed them to find the article.
fn update_article_meta(
    tx: &Connection,
    id: i64,
    meta: &ArticleMeta,
    (url_key, ot_key): (Option<&str>, Option<&str>),
    at: &str,
) -> rusqlite::Result<()> {
    tx.prepare_cached(
        "UPDATE articles SET
            title = COALESCE(?2, title), outlet = COALESCE(?3, outlet),
            wire = COALESCE(?4, wire), url = COALESCE(?5, url),
            byline = COALESCE(?6, byline), published = COALESCE(?7, published),
            source_path = COALESCE(?8, source_path),
            url_key = COALESCE(?9, url_key), outlet_title_key = COALESCE(?10, outlet_title_key),
            updated_at = ?11
         WHERE id = ?1",
    )?
    .execute(params![
        id,
        meta.title,
        meta.outlet,
        meta.wire,
        meta.url,
        meta.byline,
        meta.published.map(|d| d.to_string()),
        meta.source_path,
        url_key,
        ot_key,
        at
    ])?;
    Ok(())
}

pub(super) fn stored_meta(tx: &Connection, id: i64) -> rusqlite::Result<ArticleMeta> {
    tx.prepare_cached("SELECT title, outlet, wire, url, byline, published, source_path FROM articles WHERE id = ?1")?.query_row(
        [id],
        |r| {
            Ok(ArticleMeta {
                title: r.get(0)?,
                outlet: r.get(1)?,
                wire: r.get(2)?,
                url: r.get(3)?,
                byline: r.get(4)?,
                published: r
                    .get::<_, Option<String>>(5)?
                    .and_then(|d| d.parse().ok()),
                source_path: r.get(6)?,
            })
        },
    )
}

struct Existing {
    id: i64,
    keep: bool,
    seen: bool,
}

/// Writes the extracted quotes of one article version: a quote found before
/// (same normalised text, same occurrence) is updated in place, keeping its id
/// and the user's edits; a new one is inserted; one no longer found is removed
/// unless the user touched it, in which case it stays, marked not present.
/// Returns (quotes found, quotes new).
fn store_quotes(
    tx: &Connection,
    article_id: i64,
    text: &str,
    quotes: &[ExtractedQuote],
) -> rusqlite::Result<(usize, usize)> {
    let mut existing: HashMap<(String, i64), Existing> = HashMap::new();
    {
        let mut stmt = tx.prepare_cached(
            "SELECT id, norm_text, occurrence,
                (edit_speaker IS NOT NULL OR edit_role IS NOT NULL OR edit_date IS NOT NULL
                 OR edit_venue IS NOT NULL OR status <> 'unverified' OR note IS NOT NULL
                 OR deleted_at IS NOT NULL)
             FROM quotes WHERE article_id = ?1",
        )?;
        let rows = stmt.query_map([article_id], |r| {
            Ok((
                (r.get::<_, String>(1)?, r.get::<_, i64>(2)?),
                Existing {
                    id: r.get(0)?,
                    keep: r.get(3)?,
                    seen: false,
                },
            ))
        })?;
        for row in rows {
            let (key, value) = row?;
            existing.insert(key, value);
        }
    }

    let mut occurrences: HashMap<String, i64> = HashMap::new();
    let mut new = 0;
    for quote in quotes {
        let norm = normalize::quote_text(&quote.text);
        let occurrence = occurrences.entry(norm.clone()).or_insert(0);
        *occurrence += 1;
        let key = (norm, *occurrence);
        match existing.get_mut(&key) {
            Some(found) => {
                found.seen = true;
                update_extracted(tx, found.id, text, quote)?;
            }
            None => {
                insert_quote(tx, article_id, &key.0, key.1, text, quote)?;
                new += 1;
            }
        }
    }

    if new > 0 {
        log_new_quotes_for_search(tx, article_id)?;
    }
    for gone in existing.values().filter(|e| !e.seen) {
        if gone.keep {
            tx.prepare_cached("UPDATE quotes SET present = 0 WHERE id = ?1")?
                .execute([gone.id])?;
        } else {
            tx.prepare_cached("DELETE FROM quotes WHERE id = ?1")?
                .execute([gone.id])?;
        }
    }
    Ok((quotes.len(), new))
}

/// Tells the search index that `article_id` has new quotes: one change-log
/// row for the article, which the index expands to all its quotes. (A trigger
/// per inserted quote used to do this; see migration 0004 for why it went.)
/// Every insert into `quotes` goes through [`store_quotes`], which calls this.
fn log_new_quotes_for_search(tx: &Connection, article_id: i64) -> rusqlite::Result<()> {
    tx.prepare_cached("INSERT INTO search_changes (article_id) VALUES (?1)")?
        .execute([article_id])?;
    Ok(())
}

fn insert_quote(
    tx: &Connection,
    article_id: i64,
    norm: &str,
    occurrence: i64,
    text: &str,
    q: &ExtractedQuote,
) -> rusqlite::Result<()> {
    let speaker_id = match &q.speaker {
        Some(name) => speaker_id_for(tx, name)?,
        None => None,
    };
    tx.prepare_cached(
        "INSERT INTO quotes (article_id, norm_text, occurrence, speaker_id, text, start, \"end\",
            kind, speaker, speaker_mention, role, date, venue, cue, confidence, paragraph,
            norm_key, speaker_kind, paragraph_start, paragraph_end)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
            ?19, ?20)",
    )?
    .execute(params![
        article_id,
        norm,
        occurrence,
        speaker_id,
        q.text,
        q.start as i64,
        q.end as i64,
        q.kind.as_str(),
        q.speaker,
        q.speaker_mention,
        q.role,
        q.date.map(|d| d.to_string()),
        q.venue,
        q.cue,
        f64::from(q.confidence),
        q.paragraph(text),
        normalize::text_key(norm),
        q.speaker_kind.map(|k| k.as_str()),
        q.paragraph_start as i64,
        q.paragraph_end as i64
    ])?;
    Ok(())
}

/// Rewrites what the extractor found; the edit columns, status and note are
/// not touched. The speaker link follows the extraction unless the user
/// edited the speaker.
fn update_extracted(
    tx: &Connection,
    id: i64,
    text: &str,
    q: &ExtractedQuote,
) -> rusqlite::Result<()> {
    let speaker_id = match &q.speaker {
        Some(name) => speaker_id_for(tx, name)?,
        None => None,
    };
    tx.prepare_cached(
        "UPDATE quotes SET text = ?2, start = ?3, \"end\" = ?4, kind = ?5, speaker = ?6,
            speaker_mention = ?7, role = ?8, date = ?9, venue = ?10, cue = ?11,
            confidence = ?12, paragraph = ?13, present = 1,
            speaker_id = CASE WHEN edit_speaker IS NULL THEN ?14 ELSE speaker_id END,
            speaker_kind = ?15, paragraph_start = ?16, paragraph_end = ?17
         WHERE id = ?1",
    )?
    .execute(params![
        id,
        q.text,
        q.start as i64,
        q.end as i64,
        q.kind.as_str(),
        q.speaker,
        q.speaker_mention,
        q.role,
        q.date.map(|d| d.to_string()),
        q.venue,
        q.cue,
        f64::from(q.confidence),
        q.paragraph(text),
        speaker_id,
        q.speaker_kind.map(|k| k.as_str()),
        q.paragraph_start as i64,
        q.paragraph_end as i64
    ])?;
    Ok(())
}
