//! What this library has to send to the shared library: articles imported
//! or changed since they were last sent, and the changes made here, each
//! with the fields it set (worked out from the change log's before-states).

use std::collections::BTreeMap;

use rusqlite::{params, Connection, OptionalExtension};

use super::article_edit::edit_state;
use super::history::{quote_state, QuoteState, UndoData};
use super::{Library, PendingArticle, SharedArticle, SharedChange, SharedQuote, SharedTarget};
use super::{SharedVersion, StoreError};

/// The article-correction fields a change can set, in `ArticleEditState` order.
pub(super) const ARTICLE_FIELDS: [&str; 5] = ["title", "outlet", "byline", "published", "url"];

impl Library {
    /// Up to `limit` articles imported or changed since they were last sent.
    pub fn pending_articles(&self, limit: usize) -> Result<Vec<PendingArticle>, StoreError> {
        let conn = self.conn();
        let err = |e| self.err(e);
        let mut stmt = conn
            .prepare(
                "SELECT a.id, a.sync_dirty, a.shared_id, a.title, a.outlet, a.wire, a.url,
                    a.byline, a.published, a.source_path, a.url_key, a.outlet_title_key,
                    a.imported_at, a.updated_at, a.deleted_at, v.content_hash
                 FROM articles a LEFT JOIN article_versions v ON v.id = a.current_version_id
                 WHERE a.sync_dirty <> 0 ORDER BY a.id LIMIT ?1",
            )
            .map_err(err)?;
        let mut pending: Vec<PendingArticle> = stmt
            .query_map([limit as i64], |r| {
                Ok(PendingArticle {
                    local_id: r.get(0)?,
                    dirty: r.get(1)?,
                    article: SharedArticle {
                        shared_id: r.get(2)?,
                        title: r.get(3)?,
                        outlet: r.get(4)?,
                        wire: r.get(5)?,
                        url: r.get(6)?,
                        byline: r.get(7)?,
                        published: r.get(8)?,
                        source_path: r.get(9)?,
                        url_key: r.get(10)?,
                        outlet_title_key: r.get(11)?,
                        imported_at: r.get(12)?,
                        updated_at: r.get(13)?,
                        deleted_at: r.get(14)?,
                        current_hash: r.get(15)?,
                        versions: Vec::new(),
                    },
                })
            })
            .and_then(|rows| rows.collect())
            .map_err(err)?;
        let mut versions = conn
            .prepare(
                "SELECT content_hash, text, source_path, imported_at FROM article_versions
                 WHERE article_id = ?1 ORDER BY id",
            )
            .map_err(err)?;
        for p in &mut pending {
            p.article.versions = versions
                .query_map([p.local_id], |r| {
                    Ok(SharedVersion {
                        content_hash: r.get(0)?,
                        text: r.get(1)?,
                        source_path: r.get(2)?,
                        imported_at: r.get(3)?,
                    })
                })
                .and_then(|rows| rows.collect())
                .map_err(err)?;
        }
        Ok(pending)
    }

    /// Every quote of article `local_id` as extracted, named by `shared_id`.
    pub fn article_quotes(
        &self,
        local_id: i64,
        shared_id: &str,
    ) -> Result<Vec<SharedQuote>, StoreError> {
        let mut stmt = self
            .conn()
            .prepare_cached(
                "SELECT q.norm_text, q.occurrence, q.text, q.start, q.\"end\", q.kind, q.speaker,
                    q.speaker_mention, q.speaker_kind, q.role, q.date, q.venue, q.cue,
                    q.confidence, q.paragraph, q.paragraph_start, q.paragraph_end,
                    v.content_hash, q.present
                 FROM quotes q LEFT JOIN article_versions v ON v.id = q.version_id
                 WHERE q.article_id = ?1 ORDER BY q.id",
            )
            .map_err(|e| self.err(e))?;
        stmt.query_map([local_id], |r| {
            Ok(SharedQuote {
                article: shared_id.to_string(),
                norm_text: r.get(0)?,
                occurrence: r.get(1)?,
                text: r.get(2)?,
                start: r.get(3)?,
                end: r.get(4)?,
                kind: r.get(5)?,
                speaker: r.get(6)?,
                speaker_mention: r.get(7)?,
                speaker_kind: r.get(8)?,
                role: r.get(9)?,
                date: r.get(10)?,
                venue: r.get(11)?,
                cue: r.get(12)?,
                confidence: r.get(13)?,
                paragraph: r.get(14)?,
                paragraph_start: r.get(15)?,
                paragraph_end: r.get(16)?,
                version_hash: r.get(17)?,
                present: r.get(18)?,
            })
        })
        .and_then(|rows| rows.collect())
        .map_err(|e| self.err(e))
    }

    /// Records that article `local_id` is in the shared library as
    /// `shared_id`; it counts as sent only if it has not changed since it
    /// was read at count `dirty` (a change made meanwhile is sent next time).
    pub fn mark_article_sent(
        &mut self,
        local_id: i64,
        dirty: i64,
        shared_id: &str,
    ) -> Result<(), StoreError> {
        let path = self.path.clone();
        let err = |e| StoreError::from_sqlite(&path, e);
        let tx = self.write_tx()?;
        tx.execute(
            "UPDATE articles SET shared_id = ?2,
                sync_dirty = CASE WHEN sync_dirty = ?3 THEN 0 ELSE sync_dirty END
             WHERE id = ?1",
            params![local_id, shared_id, dirty],
        )
        .map_err(err)?;
        tx.commit().map_err(err)
    }

    /// Up to `limit` changes made here and not yet sent, oldest first, as
    /// `author` on this machine. A change whose article was never sent, or
    /// whose quote is gone, cannot be named in the shared library: it is
    /// marked local-only (`shared_seq` -1) and left out.
    pub fn pending_changes(
        &mut self,
        limit: usize,
        author: &str,
    ) -> Result<Vec<SharedChange>, StoreError> {
        let machine = self.machine_id()?;
        let path = self.path.clone();
        let err = |e| StoreError::from_sqlite(&path, e);
        let tx = self.write_tx()?;
        let rows: Vec<(i64, String, String, String, String)> = tx
            .prepare(
                "SELECT id, at, action, summary, undo_data FROM changes
                 WHERE machine IS NULL AND shared_seq IS NULL ORDER BY id LIMIT ?1",
            )
            .and_then(|mut s| {
                s.query_map([limit as i64], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
                })?
                .collect()
            })
            .map_err(err)?;
        let mut out = Vec::new();
        for (id, at, action, summary, undo) in rows {
            let Ok(undo) = serde_json::from_str::<UndoData>(&undo) else {
                mark_local_only(&tx, id).map_err(err)?;
                continue;
            };
            match exported(&tx, id, &undo).map_err(err)? {
                Some((target, fields, base_seq)) => out.push(SharedChange {
                    seq: 0,
                    machine: machine.clone(),
                    local_id: id,
                    author: author.to_string(),
                    at,
                    action,
                    summary,
                    target,
                    fields,
                    base_seq,
                    conflict: false,
                }),
                None => mark_local_only(&tx, id).map_err(err)?,
            }
        }
        tx.commit().map_err(err)?;
        Ok(out)
    }

    /// Records where the shared library put changes sent from here
    /// (`(local id, seq, conflict)`); a conflict flags the quote for review.
    pub fn mark_changes_sent(
        &mut self,
        sent: &[(i64, i64, bool)],
        author: &str,
    ) -> Result<(), StoreError> {
        let path = self.path.clone();
        let err = |e| StoreError::from_sqlite(&path, e);
        let tx = self.write_tx()?;
        for &(local_id, seq, conflict) in sent {
            tx.prepare_cached(
                "UPDATE changes SET shared_seq = ?2, author = ?3 WHERE id = ?1 AND machine IS NULL",
            )
            .and_then(|mut s| s.execute(params![local_id, seq, author]))
            .map_err(err)?;
            if conflict {
                tx.prepare_cached(
                    "UPDATE quotes SET needs_review = 1
                     WHERE id = (SELECT quote_id FROM changes WHERE id = ?1)",
                )
                .and_then(|mut s| s.execute([local_id]))
                .map_err(err)?;
            }
        }
        tx.commit().map_err(err)
    }
}

fn mark_local_only(conn: &Connection, id: i64) -> rusqlite::Result<()> {
    conn.execute("UPDATE changes SET shared_seq = -1 WHERE id = ?1", [id])?;
    Ok(())
}

type Exported = (SharedTarget, BTreeMap<String, Option<String>>, i64);

/// The shared target of change `id`, the fields it set (its before-state
/// against the state after it: the next change of the same thing's
/// before-state, or the current one) and the last shared change of that
/// target this library had seen.
fn exported(conn: &Connection, id: i64, undo: &UndoData) -> rusqlite::Result<Option<Exported>> {
    let mut fields = BTreeMap::new();
    let mut diff = |name: &str, before: Option<String>, after: Option<String>| {
        if before != after {
            fields.insert(name.to_string(), after);
        }
    };
    let (target, base_column, key) = match undo {
        UndoData::Quote { quote_id, state } => {
            let Some(after) = next_state(conn, id, "quote_id", *quote_id, |u| match u {
                UndoData::Quote { quote_id: q, state } if q == quote_id => Some(state),
                _ => None,
            })?
            .or(quote_state(conn, *quote_id)?) else {
                return Ok(None);
            };
            for (name, b, a) in quote_fields(state, &after) {
                diff(name, b, a);
            }
            let Some(target) = quote_target(conn, *quote_id)? else {
                return Ok(None);
            };
            (target, "quote_id", *quote_id)
        }
        UndoData::Article {
            article_id,
            deleted_at,
        } => {
            let after = match next_state(conn, id, "article_id", *article_id, |u| match u {
                UndoData::Article {
                    article_id: a,
                    deleted_at,
                } if a == article_id => Some(deleted_at),
                _ => None,
            })? {
                Some(after) => after,
                None => conn
                    .query_row(
                        "SELECT deleted_at FROM articles WHERE id = ?1",
                        [article_id],
                        |r| r.get(0),
                    )
                    .optional()?
                    .flatten(),
            };
            diff("deleted_at", deleted_at.clone(), after);
            let Some(article) = shared_id(conn, *article_id)? else {
                return Ok(None);
            };
            (SharedTarget::Article { article }, "article_id", *article_id)
        }
        UndoData::ArticleMeta { article_id, state } => {
            let after = match next_state(conn, id, "article_id", *article_id, |u| match u {
                UndoData::ArticleMeta {
                    article_id: a,
                    state,
                } if a == article_id => Some(state),
                _ => None,
            })? {
                Some(after) => Some(after),
                None => edit_state(conn, *article_id)?,
            };
            let corrections =
                |s: &super::article_edit::ArticleEditState| s.edits.clone().unwrap_or_default();
            let before = corrections(state);
            let after = after.as_ref().map(corrections).unwrap_or_default();
            for (i, name) in ARTICLE_FIELDS.iter().enumerate() {
                let b = before.get(i).cloned().flatten();
                let a = after.get(i).cloned().flatten();
                diff(name, b, a);
            }
            let Some(article) = shared_id(conn, *article_id)? else {
                return Ok(None);
            };
            (SharedTarget::Article { article }, "article_id", *article_id)
        }
        UndoData::Relink {
            speaker_id,
            merged_into,
        } => {
            let after = match next_state(conn, id, "speaker_id", *speaker_id, |u| match u {
                UndoData::Relink {
                    speaker_id: s,
                    merged_into,
                } if s == speaker_id => Some(merged_into),
                _ => None,
            })? {
                Some(after) => after,
                None => conn
                    .query_row(
                        "SELECT merged_into FROM speakers WHERE id = ?1",
                        [speaker_id],
                        |r| r.get(0),
                    )
                    .optional()?
                    .flatten(),
            };
            let before = merged_into.map(|s| speaker_name(conn, s)).transpose()?;
            let after = after.map(|s| speaker_name(conn, s)).transpose()?;
            diff("merged_into", before.flatten(), after.flatten());
            let Some(name) = speaker_name(conn, *speaker_id)? else {
                return Ok(None);
            };
            (SharedTarget::Speaker { name }, "speaker_id", *speaker_id)
        }
    };
    let base: Option<i64> = conn.query_row(
        &format!("SELECT max(shared_seq) FROM changes WHERE {base_column} = ?1 AND id < ?2"),
        params![key, id],
        |r| r.get(0),
    )?;
    Ok(Some((target, fields, base.unwrap_or(0).max(0))))
}

/// The before-state of the first change after `id` to the same thing.
fn next_state<T: Clone>(
    conn: &Connection,
    id: i64,
    column: &str,
    key: i64,
    pick: impl Fn(&UndoData) -> Option<&T>,
) -> rusqlite::Result<Option<T>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT undo_data FROM changes WHERE id > ?1 AND {column} = ?2 ORDER BY id"
    ))?;
    let mut rows = stmt.query(params![id, key])?;
    while let Some(row) = rows.next()? {
        let data: String = row.get(0)?;
        if let Ok(undo) = serde_json::from_str::<UndoData>(&data) {
            if let Some(state) = pick(&undo) {
                return Ok(Some(state.clone()));
            }
        }
    }
    Ok(None)
}

/// A quote's user-owned fields, before and after, by their shared names.
pub(super) fn quote_fields(
    before: &QuoteState,
    after: &QuoteState,
) -> [(&'static str, Option<String>, Option<String>); 7] {
    [
        (
            "edit_speaker",
            before.edit_speaker.clone(),
            after.edit_speaker.clone(),
        ),
        (
            "edit_role",
            before.edit_role.clone(),
            after.edit_role.clone(),
        ),
        (
            "edit_date",
            before.edit_date.clone(),
            after.edit_date.clone(),
        ),
        (
            "edit_venue",
            before.edit_venue.clone(),
            after.edit_venue.clone(),
        ),
        (
            "status",
            Some(before.status.clone()),
            Some(after.status.clone()),
        ),
        ("note", before.note.clone(), after.note.clone()),
        (
            "deleted_at",
            before.deleted_at.clone(),
            after.deleted_at.clone(),
        ),
    ]
}

fn quote_target(conn: &Connection, quote_id: i64) -> rusqlite::Result<Option<SharedTarget>> {
    conn.query_row(
        "SELECT a.shared_id, q.norm_text, q.occurrence FROM quotes q
         JOIN articles a ON a.id = q.article_id WHERE q.id = ?1",
        [quote_id],
        |r| {
            Ok(r.get::<_, Option<String>>(0)?
                .map(|article| SharedTarget::Quote {
                    article,
                    norm_text: r.get(1).unwrap_or_default(),
                    occurrence: r.get(2).unwrap_or_default(),
                }))
        },
    )
    .optional()
    .map(Option::flatten)
}

fn shared_id(conn: &Connection, article_id: i64) -> rusqlite::Result<Option<String>> {
    conn.query_row(
        "SELECT shared_id FROM articles WHERE id = ?1",
        [article_id],
        |r| r.get(0),
    )
    .optional()
    .map(Option::flatten)
}

fn speaker_name(conn: &Connection, id: i64) -> rusqlite::Result<Option<String>> {
    conn.query_row("SELECT name FROM speakers WHERE id = ?1", [id], |r| {
        r.get(0)
    })
    .optional()
}
