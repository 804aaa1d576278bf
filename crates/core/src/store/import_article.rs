//! Putting an article and its quotes into the library: one transaction per
//! article, idempotent by content hash, a new version (not a new article) when
//! the same article comes back changed, and the user's edits kept across
//! re-extraction because a quote's identity does not depend on the extractor.
//!
//! An import runs in two steps: the article is keyed and its quotes extracted
//! with plain reads (no write lock, so a slow article never keeps other
//! writers waiting), then everything is written in one short transaction.
//! Two articles are one only when their URL keys match (query string kept),
//! or when outlet and title match and the bodies share most of their
//! sentences; a new version never deletes a quote the earlier one had: the
//! quote stays, marked no longer in the article, with its own version's text.

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
        let prepared = prepare(&self.conn, &path, article, extract)?;
        let tx = self.write_tx()?;
        let outcome = write_prepared(&tx, &path, prepared)?;
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
        // Extraction first, with plain reads: the write lock is then held
        // only while rows are written.
        let path = self.path.clone();
        let prepared: Vec<Result<Prepared, StoreError>> = articles
            .iter()
            .map(|article| prepare(&self.conn, &path, article, &extract))
            .collect();
        if let Some(outcomes) = self.import_all_or_nothing(&prepared)? {
            return Ok(outcomes.into_iter().map(Ok).collect());
        }
        self.import_each_in_a_savepoint(prepared)
    }

    /// Stores every article in one transaction, or nothing (and `None`) when
    /// any of them fails.
    fn import_all_or_nothing(
        &mut self,
        prepared: &[Result<Prepared, StoreError>],
    ) -> Result<Option<Vec<ImportOutcome>>, StoreError> {
        if prepared.iter().any(Result::is_err) {
            return Ok(None);
        }
        let path = self.path.clone();
        let err = |e| StoreError::from_sqlite(&path, e);
        let tx = self.write_tx()?;
        let mut outcomes = Vec::with_capacity(prepared.len());
        for one in prepared.iter().flatten() {
            match write_prepared(&tx, &path, one.clone()) {
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
        prepared: Vec<Result<Prepared, StoreError>>,
    ) -> Result<Vec<Result<ImportOutcome, StoreError>>, StoreError> {
        let path = self.path.clone();
        let err = |e| StoreError::from_sqlite(&path, e);
        let mut tx = self.write_tx()?;
        let mut results = Vec::with_capacity(prepared.len());
        for one in prepared {
            let one = match one {
                Ok(one) => one,
                Err(e) => {
                    results.push(Err(e));
                    continue;
                }
            };
            let sp = tx.savepoint().map_err(err)?;
            let result = write_prepared(&sp, &path, one);
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
        // Read and extract without the write lock; write in a short
        // transaction, which checks the article has not changed meanwhile.
        let (version_id, text) =
            current_text(&self.conn, article_id)
                .map_err(err)?
                .ok_or(StoreError::NotFound {
                    what: "article",
                    id: article_id.to_string(),
                })?;
        let meta = stored_meta(&self.conn, article_id).map_err(err)?;
        let quotes = extract(&text, &meta);
        check_quote_limit(&quotes)?;
        drop(text);
        let tx = self.write_tx()?;
        let now_current = current_text(&tx, article_id).map_err(err)?.map(|(v, _)| v);
        if now_current != Some(version_id) {
            return Err(StoreError::Invalid(format!(
                "article {article_id} changed while it was being re-extracted; run it again"
            )));
        }
        let (found, new) = store_quotes(
            &tx,
            article_id,
            version_id,
            &quotes,
            Dropped::DeleteUnedited,
        )
        .map_err(err)?;
        // The quotes changed: the shared library must hear of it (the
        // `sync_article_dirty` trigger of migration 0008 counts this).
        tx.prepare_cached("UPDATE articles SET updated_at = ?2 WHERE id = ?1")
            .map_err(err)?
            .execute(params![article_id, now()])
            .map_err(err)?;
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

/// The most quotes one article may bring: past this the file is refused by
/// name, before anything is written (a generated or broken file, not news).
pub const MAX_QUOTES_PER_ARTICLE: usize = 200_000;

fn check_quote_limit(quotes: &[ExtractedQuote]) -> Result<(), StoreError> {
    if quotes.len() > MAX_QUOTES_PER_ARTICLE {
        return Err(StoreError::Limit {
            limit: "max-quotes-per-article",
            detail: format!(
                "{} quotes found; the limit is {MAX_QUOTES_PER_ARTICLE}",
                quotes.len()
            ),
        });
    }
    Ok(())
}

/// Where an article goes, as found by reading the library.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    /// The same text is stored already (deleted or not).
    Known {
        article_id: i64,
        deleted: bool,
    },
    /// A new version of this article.
    Version(i64),
    New,
}

/// An article keyed and extracted, ready to be written.
#[derive(Clone)]
struct Prepared<'a> {
    article: &'a Article,
    hash: String,
    url_key: Option<String>,
    ot_key: Option<String>,
    quotes: Vec<ExtractedQuote>,
}

/// The read-only step of an import: keys the article, finds where it goes and
/// runs the extractor, all without the write lock.
fn prepare<'a>(
    conn: &Connection,
    path: &Path,
    article: &'a Article,
    extract: impl FnOnce(&str, &ArticleMeta) -> Vec<ExtractedQuote>,
) -> Result<Prepared<'a>, StoreError> {
    let err = |e| StoreError::from_sqlite(path, e);
    let hash = blake3::hash(article.text.as_bytes()).to_hex().to_string();
    let meta = &article.meta;
    let url_key = meta.url.as_deref().and_then(normalize::url);
    let ot_key = normalize::outlet_title(meta.outlet.as_deref(), meta.title.as_deref());
    let target = find_target(
        conn,
        &hash,
        url_key.as_deref(),
        ot_key.as_deref(),
        &article.text,
    )
    .map_err(err)?;
    let quotes = match target {
        Target::Known { .. } => Vec::new(),
        Target::Version(id) => {
            // What the new version does not say, the old one keeps.
            let old = stored_meta(conn, id).map_err(err)?;
            extract(&article.text, &completed_meta(meta, old))
        }
        Target::New => extract(&article.text, meta),
    };
    check_quote_limit(&quotes)?;
    Ok(Prepared {
        article,
        hash,
        url_key,
        ot_key,
        quotes,
    })
}

/// `new` with what it leaves out taken from `old`.
fn completed_meta(new: &ArticleMeta, old: ArticleMeta) -> ArticleMeta {
    ArticleMeta {
        title: new.title.clone().or(old.title),
        outlet: new.outlet.clone().or(old.outlet),
        wire: new.wire.clone().or(old.wire),
        url: new.url.clone().or(old.url),
        byline: new.byline.clone().or(old.byline),
        published: new.published.or(old.published),
        source_path: new.source_path.clone().or(old.source_path),
    }
}

fn find_target(
    conn: &Connection,
    hash: &str,
    url_key: Option<&str>,
    ot_key: Option<&str>,
    text: &str,
) -> rusqlite::Result<Target> {
    let known: Option<(i64, Option<String>)> = conn
        .prepare_cached(
            "SELECT a.id, a.deleted_at FROM article_versions v
             JOIN articles a ON a.id = v.article_id WHERE v.content_hash = ?1",
        )?
        .query_row([hash], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    if let Some((article_id, deleted_at)) = known {
        return Ok(Target::Known {
            article_id,
            deleted: deleted_at.is_some(),
        });
    }
    Ok(match find_same_article(conn, url_key, ot_key, text)? {
        Some(id) => Target::Version(id),
        None => Target::New,
    })
}

/// The write step of an import, inside the caller's transaction or
/// savepoint. The target is looked up again (another process may have
/// written since); the quotes extracted in [`prepare`] are kept.
fn write_prepared(
    tx: &Connection,
    path: &Path,
    prepared: Prepared,
) -> Result<ImportOutcome, StoreError> {
    let err = |e| StoreError::from_sqlite(path, e);
    let Prepared {
        article,
        hash,
        url_key,
        ot_key,
        quotes,
    } = prepared;
    let target = find_target(
        tx,
        &hash,
        url_key.as_deref(),
        ot_key.as_deref(),
        &article.text,
    )
    .map_err(err)?;
    let meta = &article.meta;
    let at = now();
    let (article_id, status) = match target {
        Target::Known {
            article_id,
            deleted: false,
        } => {
            let found = present_quotes(tx, article_id).map_err(err)?;
            return Ok(ImportOutcome {
                article_id,
                status: ImportStatus::Unchanged,
                quotes_found: found,
                quotes_new: 0,
            });
        }
        Target::Known {
            article_id,
            deleted: true,
        } => {
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
        Target::Version(id) => {
            let keys = (url_key.as_deref(), ot_key.as_deref());
            update_article_meta(tx, id, meta, keys, &at).map_err(err)?;
            (id, ImportStatus::Updated)
        }
        Target::New => {
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

    let (found, new) =
        store_quotes(tx, article_id, version_id, &quotes, Dropped::KeepNotPresent).map_err(err)?;
    Ok(ImportOutcome {
        article_id,
        status,
        quotes_found: found,
        quotes_new: new,
    })
}

/// The current version of a live article: its id and text.
fn current_text(conn: &Connection, article_id: i64) -> rusqlite::Result<Option<(i64, String)>> {
    conn.query_row(
        "SELECT v.id, v.text FROM articles a JOIN article_versions v ON v.id = a.current_version_id
         WHERE a.id = ?1 AND a.deleted_at IS NULL",
        [article_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()
}

fn present_quotes(tx: &Connection, article_id: i64) -> rusqlite::Result<usize> {
    tx.prepare_cached(
        "SELECT count(*) FROM quotes WHERE article_id = ?1 AND present = 1 AND deleted_at IS NULL",
    )?
    .query_row([article_id], |r| r.get::<_, i64>(0))
    .map(|n| n as usize)
}

/// The article `text` is a new version of: the one with the same URL key;
/// else one with the same outlet and title (a weak sign: "Live updates") whose
/// body shares most sentences with `text`, and whose URL, when both have one,
/// is not another.
pub(super) fn find_same_article(
    tx: &Connection,
    url_key: Option<&str>,
    ot_key: Option<&str>,
    text: &str,
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
    let Some(key) = ot_key else {
        return Ok(None);
    };
    // The latest few candidates are enough: a revision follows closely.
    let mut stmt = tx.prepare_cached(
        "SELECT a.id, a.url_key, v.text FROM articles a
         JOIN article_versions v ON v.id = a.current_version_id
         WHERE a.outlet_title_key = ?1 AND a.deleted_at IS NULL
         ORDER BY a.id DESC LIMIT 20",
    )?;
    let mut rows = stmt.query([key])?;
    while let Some(row) = rows.next()? {
        let other_url: Option<String> = row.get(1)?;
        if url_key.is_some() && other_url.is_some() {
            continue; // two different URLs: two articles
        }
        let other_text: String = row.get(2)?;
        if super::identity::same_body(text, &other_text) {
            return Ok(Some(row.get(0)?));
        }
    }
    Ok(None)
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

/// What becomes of a stored quote the extraction no longer finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dropped {
    /// A new version of the article: every quote stays, marked no longer in
    /// the article, so nothing the earlier text said is lost.
    KeepNotPresent,
    /// The same text extracted again: a quote the user never touched was the
    /// old extractor's mistake and goes; a touched one stays, not present.
    DeleteUnedited,
}

/// Writes the extracted quotes of one article version: a quote found before
/// (same normalised text, same occurrence) is updated in place, keeping its id
/// and the user's edits; a new one is inserted; one no longer found is dealt
/// with as `dropped` says. Returns (quotes found, quotes new).
fn store_quotes(
    tx: &Connection,
    article_id: i64,
    version_id: i64,
    quotes: &[ExtractedQuote],
    dropped: Dropped,
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
                update_extracted(tx, found.id, version_id, quote)?;
            }
            None => {
                insert_quote(tx, article_id, version_id, &key.0, key.1, quote)?;
                new += 1;
            }
        }
    }

    if new > 0 {
        log_new_quotes_for_search(tx, article_id)?;
    }
    for gone in existing.values().filter(|e| !e.seen) {
        if gone.keep || dropped == Dropped::KeepNotPresent {
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

/// Inserts a quote. Its paragraph is not copied (a copy per quote made a
/// dense article's import quadratic in memory): `paragraph` is left empty
/// and readers cut it out of the version's text by `paragraph_start/end`.
fn insert_quote(
    tx: &Connection,
    article_id: i64,
    version_id: i64,
    norm: &str,
    occurrence: i64,
    q: &ExtractedQuote,
) -> rusqlite::Result<()> {
    let speaker_id = match &q.speaker {
        Some(name) => speaker_id_for(tx, name)?,
        None => None,
    };
    tx.prepare_cached(
        "INSERT INTO quotes (article_id, norm_text, occurrence, speaker_id, text, start, \"end\",
            kind, speaker, speaker_mention, role, date, venue, cue, confidence, paragraph,
            norm_key, speaker_kind, paragraph_start, paragraph_end, version_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, '', ?16, ?17,
            ?18, ?19, ?20)",
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
        normalize::text_key(norm),
        q.speaker_kind.map(|k| k.as_str()),
        q.paragraph_start as i64,
        q.paragraph_end as i64,
        version_id
    ])?;
    Ok(())
}

/// Rewrites what the extractor found; the edit columns, status and note are
/// not touched. The speaker link follows the extraction unless the user
/// edited the speaker.
fn update_extracted(
    tx: &Connection,
    id: i64,
    version_id: i64,
    q: &ExtractedQuote,
) -> rusqlite::Result<()> {
    let speaker_id = match &q.speaker {
        Some(name) => speaker_id_for(tx, name)?,
        None => None,
    };
    tx.prepare_cached(
        "UPDATE quotes SET text = ?2, start = ?3, \"end\" = ?4, kind = ?5, speaker = ?6,
            speaker_mention = ?7, role = ?8, date = ?9, venue = ?10, cue = ?11,
            confidence = ?12, paragraph = '', version_id = ?13, present = 1,
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
        version_id,
        speaker_id,
        q.speaker_kind.map(|k| k.as_str()),
        q.paragraph_start as i64,
        q.paragraph_end as i64
    ])?;
    Ok(())
}
