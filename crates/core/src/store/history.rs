//! The append-only change log: every edit, verification, dispute, merge,
//! split and deletion is a row with its time and what is needed to revert it.
//! `undo` reverts the latest change not yet reverted, and is logged itself.

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::article_edit::{edit_state, restore_state, ArticleEditState};
use super::speakers::recompute_roots;
use super::{now, Change, Library, StoreError};

/// A quote's user-owned columns, as they were before a change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(super) struct QuoteState {
    pub speaker_id: Option<i64>,
    pub edit_speaker: Option<String>,
    pub edit_role: Option<String>,
    pub edit_date: Option<String>,
    pub edit_venue: Option<String>,
    pub status: String,
    pub note: Option<String>,
    pub deleted_at: Option<String>,
}

/// What puts things back as they were before a change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub(super) enum UndoData {
    Quote {
        quote_id: i64,
        state: QuoteState,
    },
    Article {
        article_id: i64,
        deleted_at: Option<String>,
    },
    Relink {
        speaker_id: i64,
        merged_into: Option<i64>,
    },
    /// A correction of an article's metadata (see `article_edit`).
    ArticleMeta {
        article_id: i64,
        state: ArticleEditState,
    },
}

pub(super) fn quote_state(conn: &Connection, id: i64) -> rusqlite::Result<Option<QuoteState>> {
    conn.query_row(
        "SELECT speaker_id, edit_speaker, edit_role, edit_date, edit_venue, status, note, deleted_at
         FROM quotes WHERE id = ?1",
        [id],
        |r| {
            Ok(QuoteState {
                speaker_id: r.get(0)?,
                edit_speaker: r.get(1)?,
                edit_role: r.get(2)?,
                edit_date: r.get(3)?,
                edit_venue: r.get(4)?,
                status: r.get(5)?,
                note: r.get(6)?,
                deleted_at: r.get(7)?,
            })
        },
    )
    .optional()
}

fn restore_quote(conn: &Connection, id: i64, s: &QuoteState) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE quotes SET speaker_id = ?2, edit_speaker = ?3, edit_role = ?4, edit_date = ?5,
            edit_venue = ?6, status = ?7, note = ?8, deleted_at = ?9 WHERE id = ?1",
        params![
            id,
            s.speaker_id,
            s.edit_speaker,
            s.edit_role,
            s.edit_date,
            s.edit_venue,
            s.status,
            s.note,
            s.deleted_at
        ],
    )?;
    Ok(())
}

pub(super) fn log_change(
    conn: &Connection,
    action: &str,
    quote_id: Option<i64>,
    article_id: Option<i64>,
    speaker_id: Option<i64>,
    summary: &str,
    undo: &UndoData,
) -> rusqlite::Result<i64> {
    let target = Target {
        quote_id,
        article_id,
        speaker_id,
    };
    insert_change(conn, action, &target, summary, undo, None)
}

struct Target {
    quote_id: Option<i64>,
    article_id: Option<i64>,
    speaker_id: Option<i64>,
}

fn insert_change(
    conn: &Connection,
    action: &str,
    target: &Target,
    summary: &str,
    undo: &UndoData,
    reverts: Option<i64>,
) -> rusqlite::Result<i64> {
    let undo = serde_json::to_string(undo).expect("undo data always serialises");
    conn.execute(
        "INSERT INTO changes (at, action, quote_id, article_id, speaker_id, summary, undo_data,
            reverts)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            now(),
            action,
            target.quote_id,
            target.article_id,
            target.speaker_id,
            summary,
            undo,
            reverts
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

pub(super) fn row_to_change(r: &rusqlite::Row) -> rusqlite::Result<Change> {
    Ok(Change {
        id: r.get(0)?,
        at: r.get(1)?,
        action: r.get(2)?,
        quote_id: r.get(3)?,
        article_id: r.get(4)?,
        speaker_id: r.get(5)?,
        summary: r.get(6)?,
        reverts: r.get(7)?,
        author: r.get(8)?,
        machine: r.get(9)?,
    })
}

const CHANGE_COLUMNS: &str =
    "id, at, action, quote_id, article_id, speaker_id, summary, reverts, author, machine";

impl Library {
    /// Every change made to one quote (and to its article), oldest first.
    pub fn history(&self, quote_id: i64) -> Result<Vec<Change>, StoreError> {
        let article_id: i64 = self
            .conn
            .query_row(
                "SELECT article_id FROM quotes WHERE id = ?1",
                [quote_id],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.err(e))?
            .ok_or(StoreError::NotFound {
                what: "quote",
                id: quote_id.to_string(),
            })?;
        let sql = format!(
            "SELECT {CHANGE_COLUMNS} FROM changes
             WHERE quote_id = ?1 OR (quote_id IS NULL AND article_id = ?2) ORDER BY id"
        );
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let changes = stmt
            .query_map(params![quote_id, article_id], row_to_change)
            .and_then(|rows| rows.collect())
            .map_err(|e| self.err(e))?;
        Ok(changes)
    }

    /// The latest changes to the whole library, newest first.
    pub fn recent_changes(&self, limit: usize) -> Result<Vec<Change>, StoreError> {
        let sql = format!("SELECT {CHANGE_COLUMNS} FROM changes ORDER BY id DESC LIMIT ?1");
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let changes = stmt
            .query_map([limit as i64], row_to_change)
            .and_then(|rows| rows.collect())
            .map_err(|e| self.err(e))?;
        Ok(changes)
    }

    /// Reverts the latest change made on this machine (a colleague's, pulled from
    /// the shared library, is theirs to undo) that is not an undo and has not
    /// been undone.
    /// Returns that change, or `None` when there is nothing left to undo.
    pub fn undo(&mut self) -> Result<Option<Change>, StoreError> {
        let path = self.path.clone();
        let err = |e| StoreError::from_sqlite(&path, e);
        let tx = self.write_tx()?;
        let sql = format!(
            "SELECT {CHANGE_COLUMNS}, undo_data FROM changes c
             WHERE c.reverts IS NULL AND c.machine IS NULL
               AND NOT EXISTS (SELECT 1 FROM changes u WHERE u.reverts = c.id)
             ORDER BY id DESC LIMIT 1"
        );
        let last = tx
            .query_row(&sql, [], |r| {
                Ok((row_to_change(r)?, r.get::<_, String>(10)?))
            })
            .optional()
            .map_err(err)?;
        let Some((change, data)) = last else {
            return Ok(None);
        };
        let data: UndoData = serde_json::from_str(&data).map_err(|e| StoreError::Corrupt {
            path: path.display().to_string(),
            detail: format!("change {} cannot be undone: {e}", change.id),
        })?;
        // What would redo the change, kept in the undo's own log row.
        let redo = match &data {
            UndoData::Quote { quote_id, state } => {
                let current = quote_state(&tx, *quote_id).map_err(err)?;
                restore_quote(&tx, *quote_id, state).map_err(err)?;
                current.map(|state| UndoData::Quote {
                    quote_id: *quote_id,
                    state,
                })
            }
            UndoData::Article {
                article_id,
                deleted_at,
            } => {
                let current: Option<String> = tx
                    .query_row(
                        "SELECT deleted_at FROM articles WHERE id = ?1",
                        [article_id],
                        |r| r.get(0),
                    )
                    .map_err(err)?;
                tx.execute(
                    "UPDATE articles SET deleted_at = ?2 WHERE id = ?1",
                    params![article_id, deleted_at],
                )
                .map_err(err)?;
                Some(UndoData::Article {
                    article_id: *article_id,
                    deleted_at: current,
                })
            }
            UndoData::Relink {
                speaker_id,
                merged_into,
            } => {
                let current: Option<i64> = tx
                    .query_row(
                        "SELECT merged_into FROM speakers WHERE id = ?1",
                        [speaker_id],
                        |r| r.get(0),
                    )
                    .map_err(err)?;
                tx.execute(
                    "UPDATE speakers SET merged_into = ?2 WHERE id = ?1",
                    params![speaker_id, merged_into],
                )
                .map_err(err)?;
                recompute_roots(&tx).map_err(err)?;
                Some(UndoData::Relink {
                    speaker_id: *speaker_id,
                    merged_into: current,
                })
            }
            UndoData::ArticleMeta { article_id, state } => {
                let current = edit_state(&tx, *article_id).map_err(err)?;
                restore_state(&tx, *article_id, state).map_err(err)?;
                current.map(|state| UndoData::ArticleMeta {
                    article_id: *article_id,
                    state,
                })
            }
        };
        let target = Target {
            quote_id: change.quote_id,
            article_id: change.article_id,
            speaker_id: change.speaker_id,
        };
        insert_change(
            &tx,
            "undo",
            &target,
            &format!("undid: {}", change.summary),
            &redo.unwrap_or(data),
            Some(change.id),
        )
        .map_err(err)?;
        tx.commit().map_err(err)?;
        Ok(Some(change))
    }
}
