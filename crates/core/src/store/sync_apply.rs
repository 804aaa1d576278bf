//! Writing what was pulled from the shared library into this one: articles
//! (matched to local ones by shared id, then by the import's identity rule),
//! the quotes extracted from them, and everyone's changes, replayed in the
//! shared library's order. Each batch is one transaction that also moves the
//! pull cursor, so an interrupted sync resumes without losing or repeating
//! anything.

use std::collections::HashMap;

use rusqlite::{params, Connection, OptionalExtension, Transaction};

use super::history::{quote_state, UndoData};
use super::import_article::find_same_article;
use super::speakers::{recompute_roots, speaker_id_for};
use super::sync_export::ARTICLE_FIELDS;
use super::{article_edit, normalize, sync_state, Library, StoreError};
use super::{SharedArticle, SharedChange, SharedQuote, SharedTarget};

impl Library {
    /// Writes pulled articles and moves the article cursor to `cursor`.
    pub fn apply_shared_articles(
        &mut self,
        articles: &[SharedArticle],
        cursor: i64,
    ) -> Result<(), StoreError> {
        self.apply_batch("pulled_articles", cursor, |tx| {
            articles
                .iter()
                .try_for_each(|article| apply_article(tx, article))
        })
    }

    /// Writes pulled quotes (what the extractor found; the user's edits come
    /// as changes) and moves the quote cursor to `cursor`.
    pub fn apply_shared_quotes(
        &mut self,
        quotes: &[SharedQuote],
        cursor: i64,
    ) -> Result<(), StoreError> {
        self.apply_batch("pulled_quotes", cursor, |tx| apply_quotes(tx, quotes))
    }

    /// Replays pulled changes in order and moves the change cursor to
    /// `cursor`. Changes from other machines join the local history with
    /// their author and machine; this machine's own are only re-applied (so
    /// that the shared order decides). A quote with changes made here and
    /// not yet sent keeps its local values: they are sent next and win.
    pub fn apply_shared_changes(
        &mut self,
        changes: &[SharedChange],
        cursor: i64,
    ) -> Result<(), StoreError> {
        let machine = self.machine_id()?;
        self.apply_batch("pulled_changes", cursor, |tx| {
            changes
                .iter()
                .try_for_each(|change| apply_change(tx, change, change.machine == machine))
        })
    }

    /// Writes one pulled batch and its cursor in one transaction, so a sync
    /// cut off anywhere resumes after the last batch written whole.
    fn apply_batch(
        &mut self,
        cursor_key: &str,
        cursor: i64,
        write: impl FnOnce(&Transaction) -> rusqlite::Result<()>,
    ) -> Result<(), StoreError> {
        let path = self.path.clone();
        let err = |e| StoreError::from_sqlite(&path, e);
        let tx = self.write_tx()?;
        write(&tx).map_err(err)?;
        sync_state::set(&tx, cursor_key, &cursor.to_string()).map_err(err)?;
        tx.commit().map_err(err)
    }
}

fn local_article(tx: &Connection, shared_id: &str) -> rusqlite::Result<Option<i64>> {
    tx.prepare_cached("SELECT id FROM articles WHERE shared_id = ?1")?
        .query_row([shared_id], |r| r.get(0))
        .optional()
}

fn apply_article(tx: &Transaction, a: &SharedArticle) -> rusqlite::Result<()> {
    let Some(shared_id) = a.shared_id.as_deref() else {
        return Ok(());
    };
    let current_text = a
        .versions
        .iter()
        .find(|v| Some(&v.content_hash) == a.current_hash.as_ref())
        .or(a.versions.last())
        .map(|v| v.text.as_str())
        .unwrap_or("");
    let mut found = local_article(tx, shared_id)?;
    for v in &a.versions {
        if found.is_some() {
            break;
        }
        found = tx
            .prepare_cached(
                "SELECT a.id FROM article_versions v JOIN articles a ON a.id = v.article_id
                 WHERE v.content_hash = ?1 AND a.shared_id IS NULL",
            )?
            .query_row([&v.content_hash], |r| r.get(0))
            .optional()?;
    }
    if found.is_none() {
        found = find_same_article(
            tx,
            a.url_key.as_deref(),
            a.outlet_title_key.as_deref(),
            current_text,
        )?
        .filter(|&id| local_shared_id(tx, id).ok().flatten().is_none());
    }
    let (id, dirty) = match found {
        Some(id) => {
            let dirty: i64 =
                tx.query_row("SELECT sync_dirty FROM articles WHERE id = ?1", [id], |r| {
                    r.get(0)
                })?;
            // Deletion travels as a change, not with the article.
            tx.prepare_cached(
                "UPDATE articles SET title = ?2, outlet = ?3, wire = ?4, url = ?5, byline = ?6,
                    published = ?7, source_path = ?8, url_key = ?9, outlet_title_key = ?10,
                    updated_at = ?11, shared_id = ?12
                 WHERE id = ?1",
            )?
            .execute(params![
                id,
                a.title,
                a.outlet,
                a.wire,
                a.url,
                a.byline,
                a.published,
                a.source_path,
                a.url_key,
                a.outlet_title_key,
                a.updated_at,
                shared_id
            ])?;
            (id, dirty)
        }
        None => {
            tx.prepare_cached(
                "INSERT INTO articles (title, outlet, wire, url, byline, published, source_path,
                    url_key, outlet_title_key, imported_at, updated_at, deleted_at, shared_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            )?
            .execute(params![
                a.title,
                a.outlet,
                a.wire,
                a.url,
                a.byline,
                a.published,
                a.source_path,
                a.url_key,
                a.outlet_title_key,
                a.imported_at,
                a.updated_at,
                a.deleted_at,
                shared_id
            ])?;
            (tx.last_insert_rowid(), 0)
        }
    };
    for v in &a.versions {
        tx.prepare_cached(
            "INSERT INTO article_versions (article_id, content_hash, text, source_path,
                imported_at)
             VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (content_hash) DO NOTHING",
        )?
        .execute(params![
            id,
            v.content_hash,
            v.text,
            v.source_path,
            v.imported_at
        ])?;
    }
    if let Some(hash) = &a.current_hash {
        tx.prepare_cached(
            "UPDATE articles SET current_version_id =
                (SELECT id FROM article_versions WHERE content_hash = ?2)
             WHERE id = ?1 AND EXISTS (SELECT 1 FROM article_versions WHERE content_hash = ?2)",
        )?
        .execute(params![id, hash])?;
    }
    // What came from the shared library need not go back to it: the article
    // is as dirty as it was before (the trigger counted the writes above).
    tx.prepare_cached("UPDATE articles SET sync_dirty = ?2 WHERE id = ?1")?
        .execute(params![id, dirty])?;
    Ok(())
}

fn local_shared_id(tx: &Connection, id: i64) -> rusqlite::Result<Option<String>> {
    tx.query_row("SELECT shared_id FROM articles WHERE id = ?1", [id], |r| {
        r.get(0)
    })
}

fn apply_quotes(tx: &Transaction, quotes: &[SharedQuote]) -> rusqlite::Result<()> {
    let mut articles: HashMap<&str, Option<i64>> = HashMap::new();
    let mut versions: HashMap<&str, Option<i64>> = HashMap::new();
    let mut speakers: HashMap<&str, Option<i64>> = HashMap::new();
    let mut touched: Vec<i64> = Vec::new();
    let mut upsert = tx.prepare_cached(
        "INSERT INTO quotes (article_id, norm_text, occurrence, norm_key, speaker_id, text, start,
            \"end\", kind, speaker, speaker_mention, speaker_kind, role, date, venue, cue,
            confidence, paragraph, paragraph_start, paragraph_end, version_id, present)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
            ?19, ?20, ?21, ?22)
         ON CONFLICT (article_id, norm_text, occurrence) DO UPDATE SET
            text = excluded.text, start = excluded.start, \"end\" = excluded.\"end\",
            kind = excluded.kind, speaker = excluded.speaker,
            speaker_mention = excluded.speaker_mention, speaker_kind = excluded.speaker_kind,
            role = excluded.role, date = excluded.date, venue = excluded.venue,
            cue = excluded.cue, confidence = excluded.confidence,
            paragraph = excluded.paragraph, paragraph_start = excluded.paragraph_start,
            paragraph_end = excluded.paragraph_end, version_id = excluded.version_id,
            present = excluded.present,
            speaker_id = CASE WHEN quotes.edit_speaker IS NULL THEN excluded.speaker_id
                ELSE quotes.speaker_id END",
    )?;
    for q in quotes {
        let article_id = match articles.get(q.article.as_str()) {
            Some(id) => *id,
            None => {
                let id = local_article(tx, &q.article)?;
                articles.insert(&q.article, id);
                if let Some(id) = id {
                    touched.push(id);
                }
                id
            }
        };
        // The article comes first in the shared order; one missing was
        // deleted from the shared library by hand.
        let Some(article_id) = article_id else {
            continue;
        };
        let version_id = match q.version_hash.as_deref() {
            None => None,
            Some(hash) => match versions.get(hash) {
                Some(id) => *id,
                None => {
                    let id = tx
                        .prepare_cached("SELECT id FROM article_versions WHERE content_hash = ?1")?
                        .query_row([hash], |r| r.get(0))
                        .optional()?;
                    versions.insert(hash, id);
                    id
                }
            },
        };
        let speaker_id = match q.speaker.as_deref() {
            None => None,
            Some(name) => match speakers.get(name) {
                Some(id) => *id,
                None => {
                    let id = speaker_id_for(tx, name)?;
                    speakers.insert(name, id);
                    id
                }
            },
        };
        upsert.execute(params![
            article_id,
            q.norm_text,
            q.occurrence,
            normalize::text_key(&q.norm_text),
            speaker_id,
            q.text,
            q.start,
            q.end,
            q.kind,
            q.speaker,
            q.speaker_mention,
            q.speaker_kind,
            q.role,
            q.date,
            q.venue,
            q.cue,
            q.confidence,
            q.paragraph,
            q.paragraph_start,
            q.paragraph_end,
            version_id,
            q.present
        ])?;
    }
    // Inserted quotes fire no trigger: tell the search index per article,
    // as an import does.
    let mut log = tx.prepare_cached("INSERT INTO search_changes (article_id) VALUES (?1)")?;
    for id in touched {
        log.execute([id])?;
    }
    Ok(())
}

/// Where a shared target is in this library: (quote, article, speaker).
type LocalTarget = (Option<i64>, Option<i64>, Option<i64>);

fn local_target(tx: &Connection, target: &SharedTarget) -> rusqlite::Result<LocalTarget> {
    Ok(match target {
        SharedTarget::Quote {
            article,
            norm_text,
            occurrence,
        } => {
            let article_id = local_article(tx, article)?;
            let quote_id = match article_id {
                Some(a) => tx
                    .prepare_cached(
                        "SELECT id FROM quotes
                         WHERE article_id = ?1 AND norm_text = ?2 AND occurrence = ?3",
                    )?
                    .query_row(params![a, norm_text, occurrence], |r| r.get(0))
                    .optional()?,
                None => None,
            };
            (quote_id, article_id, None)
        }
        SharedTarget::Article { article } => (None, local_article(tx, article)?, None),
        SharedTarget::Speaker { name } => (None, None, speaker_id_for(tx, name)?),
    })
}

fn apply_change(tx: &Transaction, change: &SharedChange, own: bool) -> rusqlite::Result<()> {
    if !own {
        let seen: bool = tx
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM changes WHERE shared_seq = ?1)")?
            .query_row([change.seq], |r| r.get(0))?;
        if seen {
            return Ok(());
        }
    }
    let (quote_id, article_id, speaker_id) = local_target(tx, &change.target)?;
    let (column, key) = match (quote_id, article_id, speaker_id) {
        (Some(q), _, _) => ("quote_id", q),
        (None, Some(a), _) if !matches!(change.target, SharedTarget::Quote { .. }) => {
            ("article_id", a)
        }
        (None, _, Some(s)) => ("speaker_id", s),
        // A quote this library does not have (re-extracted away): history only.
        _ => ("", 0),
    };
    let pending_here = !column.is_empty()
        && tx
            .prepare_cached(&format!(
                "SELECT EXISTS (SELECT 1 FROM changes
                 WHERE {column} = ?1 AND machine IS NULL AND shared_seq IS NULL)"
            ))?
            .query_row([key], |r| r.get(0))?;
    let before = match (column, pending_here) {
        ("", _) | (_, true) => None,
        ("quote_id", false) => {
            let before = quote_state(tx, key)?;
            apply_quote_fields(tx, key, change)?;
            before.map(|state| UndoData::Quote {
                quote_id: key,
                state,
            })
        }
        ("article_id", false) => apply_article_fields(tx, key, change)?,
        (_, false) => {
            let merged_into: Option<i64> = tx.query_row(
                "SELECT merged_into FROM speakers WHERE id = ?1",
                [key],
                |r| r.get(0),
            )?;
            apply_speaker_fields(tx, key, change)?;
            Some(UndoData::Relink {
                speaker_id: key,
                merged_into,
            })
        }
    };
    if change.conflict {
        if let Some(q) = quote_id {
            tx.execute("UPDATE quotes SET needs_review = 1 WHERE id = ?1", [q])?;
        }
    }
    if own {
        tx.prepare_cached("UPDATE changes SET shared_seq = ?2 WHERE id = ?1 AND machine IS NULL")?
            .execute(params![change.local_id, change.seq])?;
        return Ok(());
    }
    // Undo data that puts back the state before this change; a change not
    // applied (local edits pending, or nothing to apply to) undoes nothing.
    let undo = before.unwrap_or(UndoData::Relink {
        speaker_id: 0,
        merged_into: None,
    });
    tx.prepare_cached(
        "INSERT INTO changes (at, action, quote_id, article_id, speaker_id, summary, undo_data,
            author, machine, shared_seq)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        change.at,
        change.action,
        quote_id,
        article_id,
        speaker_id,
        change.summary,
        serde_json::to_string(&undo).expect("undo data always serialises"),
        change.author,
        change.machine,
        change.seq
    ])?;
    Ok(())
}

const QUOTE_COLUMNS: [&str; 7] = [
    "edit_speaker",
    "edit_role",
    "edit_date",
    "edit_venue",
    "status",
    "note",
    "deleted_at",
];

fn apply_quote_fields(tx: &Connection, id: i64, change: &SharedChange) -> rusqlite::Result<()> {
    for (field, value) in &change.fields {
        let Some(column) = QUOTE_COLUMNS.iter().find(|c| *c == field) else {
            continue;
        };
        if *column == "status" && value.is_none() {
            continue;
        }
        tx.execute(
            &format!("UPDATE quotes SET {column} = ?2 WHERE id = ?1"),
            params![id, value],
        )?;
    }
    if let Some(edit) = change.fields.get("edit_speaker") {
        // The speaker link follows the edit, or the extraction without one.
        let speaker_id = match edit.as_deref() {
            Some("") => None,
            Some(name) => speaker_id_for(tx, name)?,
            None => {
                let extracted: Option<String> =
                    tx.query_row("SELECT speaker FROM quotes WHERE id = ?1", [id], |r| {
                        r.get(0)
                    })?;
                match extracted {
                    Some(name) => speaker_id_for(tx, &name)?,
                    None => None,
                }
            }
        };
        tx.execute(
            "UPDATE quotes SET speaker_id = ?2 WHERE id = ?1",
            params![id, speaker_id],
        )?;
    }
    Ok(())
}

fn apply_article_fields(
    tx: &Connection,
    id: i64,
    change: &SharedChange,
) -> rusqlite::Result<Option<UndoData>> {
    let dirty: i64 = tx.query_row("SELECT sync_dirty FROM articles WHERE id = ?1", [id], |r| {
        r.get(0)
    })?;
    let undo = if let Some(deleted_at) = change.fields.get("deleted_at") {
        let before: Option<String> =
            tx.query_row("SELECT deleted_at FROM articles WHERE id = ?1", [id], |r| {
                r.get(0)
            })?;
        tx.execute(
            "UPDATE articles SET deleted_at = ?2 WHERE id = ?1",
            params![id, deleted_at],
        )?;
        Some(UndoData::Article {
            article_id: id,
            deleted_at: before,
        })
    } else {
        let corrections: Vec<_> = ARTICLE_FIELDS
            .iter()
            .filter_map(|f| change.fields.get(*f).map(|v| (*f, v)))
            .collect();
        if corrections.is_empty() {
            None
        } else {
            let before = article_edit::edit_state(tx, id)?;
            // A correction keeps what was imported beside it, as a local
            // correction does.
            tx.execute(
                "INSERT INTO article_edits (article_id, imported_title, imported_outlet,
                    imported_byline, imported_published, imported_url)
                 SELECT id, title, outlet, byline, published, url FROM articles WHERE id = ?1
                 ON CONFLICT (article_id) DO NOTHING",
                [id],
            )?;
            for (field, value) in corrections {
                tx.execute(
                    &format!("UPDATE article_edits SET {field} = ?2 WHERE article_id = ?1"),
                    params![id, value],
                )?;
                tx.execute(
                    &format!(
                        "UPDATE articles SET {field} = CASE WHEN ?2 IS NULL THEN
                            (SELECT imported_{field} FROM article_edits WHERE article_id = ?1)
                            ELSE NULLIF(?2, '') END
                         WHERE id = ?1"
                    ),
                    params![id, value],
                )?;
            }
            before.map(|state| UndoData::ArticleMeta {
                article_id: id,
                state,
            })
        }
    };
    tx.execute(
        "UPDATE articles SET sync_dirty = ?2 WHERE id = ?1",
        params![id, dirty],
    )?;
    Ok(undo)
}

fn apply_speaker_fields(tx: &Connection, id: i64, change: &SharedChange) -> rusqlite::Result<()> {
    let Some(into) = change.fields.get("merged_into") else {
        return Ok(());
    };
    let into_id = match into {
        Some(name) => speaker_id_for(tx, name)?,
        None => None,
    };
    if let Some(into_id) = into_id {
        // Never a cycle: a merge into a speaker that is (by now) merged into
        // this one is left out.
        let into_root: i64 = tx.query_row(
            "SELECT root_id FROM speakers WHERE id = ?1",
            [into_id],
            |r| r.get(0),
        )?;
        if into_root == id || into_id == id {
            return Ok(());
        }
    }
    tx.execute(
        "UPDATE speakers SET merged_into = ?2 WHERE id = ?1",
        params![id, into_id],
    )?;
    recompute_roots(tx)
}
