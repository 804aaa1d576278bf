//! This library's side of sharing: its machine id, how far it has pulled
//! from the shared library, and what is waiting to be sent.

use rusqlite::{params, Connection, OptionalExtension};

use super::{now, Library, LocalSyncState, PullCursors, StoreError};

pub(super) fn get(conn: &Connection, key: &str) -> rusqlite::Result<Option<String>> {
    conn.prepare_cached("SELECT value FROM sync_state WHERE key = ?1")?
        .query_row([key], |r| r.get(0))
        .optional()
}

pub(super) fn set(conn: &Connection, key: &str, value: &str) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO sync_state (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )?
    .execute(params![key, value])?;
    Ok(())
}

fn get_i64(conn: &Connection, key: &str) -> rusqlite::Result<i64> {
    Ok(get(conn, key)?.and_then(|v| v.parse().ok()).unwrap_or(0))
}

pub(super) fn cursors(conn: &Connection) -> rusqlite::Result<PullCursors> {
    Ok(PullCursors {
        articles: get_i64(conn, "pulled_articles")?,
        quotes: get_i64(conn, "pulled_quotes")?,
        changes: get_i64(conn, "pulled_changes")?,
    })
}

impl Library {
    /// This library's machine id, made when the library was created: every
    /// change sent from here carries it.
    pub fn machine_id(&self) -> Result<String, StoreError> {
        get(self.conn(), "machine_id")
            .map_err(|e| self.err(e))?
            .ok_or_else(|| StoreError::Corrupt {
                path: self.path.display().to_string(),
                detail: "the library has no machine id".to_string(),
            })
    }

    /// How far this library has pulled from the shared library.
    pub fn pull_cursors(&self) -> Result<PullCursors, StoreError> {
        cursors(self.conn()).map_err(|e| self.err(e))
    }

    /// The shared library this one syncs with, as last used (no password).
    pub fn shared_url(&self) -> Result<Option<String>, StoreError> {
        get(self.conn(), "shared_url").map_err(|e| self.err(e))
    }

    /// Remembers the shared library this one syncs with. Pull cursors belong
    /// to one shared library: another one starts from the beginning.
    pub fn set_shared_library(&mut self, url: &str, library_id: &str) -> Result<(), StoreError> {
        let path = self.path.clone();
        let err = |e| StoreError::from_sqlite(&path, e);
        let tx = self.write_tx()?;
        let known = get(&tx, "shared_library_id").map_err(err)?;
        if known.as_deref() != Some(library_id) {
            if known.is_some() {
                // Another shared library: everything is sent and pulled anew.
                tx.execute_batch(
                    "UPDATE articles SET shared_id = NULL, sync_dirty = sync_dirty + 1;
                     UPDATE changes SET shared_seq = NULL WHERE machine IS NULL;
                     DELETE FROM sync_state
                     WHERE key IN ('pulled_articles', 'pulled_quotes', 'pulled_changes',
                        'last_synced');",
                )
                .map_err(err)?;
            }
            set(&tx, "shared_library_id", library_id).map_err(err)?;
        }
        set(&tx, "shared_url", url).map_err(err)?;
        tx.commit().map_err(err)
    }

    /// Records that a sync completed now.
    pub fn mark_synced(&mut self) -> Result<(), StoreError> {
        let path = self.path.clone();
        let tx = self.write_tx()?;
        set(&tx, "last_synced", &now()).map_err(|e| StoreError::from_sqlite(&path, e))?;
        tx.commit().map_err(|e| StoreError::from_sqlite(&path, e))
    }

    /// What the status line shows: last sync, what waits to be sent, what
    /// needs review.
    pub fn local_sync_state(&self) -> Result<LocalSyncState, StoreError> {
        let conn = self.conn();
        let err = |e| self.err(e);
        let count = |sql: &str| -> Result<u64, StoreError> {
            conn.query_row(sql, [], |r| r.get::<_, i64>(0))
                .map(|n| n.max(0) as u64)
                .map_err(err)
        };
        Ok(LocalSyncState {
            last_synced: get(conn, "last_synced").map_err(err)?,
            pending_changes: count(
                "SELECT count(*) FROM changes WHERE machine IS NULL AND shared_seq IS NULL",
            )?,
            pending_articles: count("SELECT count(*) FROM articles WHERE sync_dirty <> 0")?,
            needs_review: count(
                "SELECT count(*) FROM quotes WHERE needs_review <> 0 AND deleted_at IS NULL",
            )?,
            shared_url: get(conn, "shared_url").map_err(err)?,
        })
    }
}

impl Library {
    /// The quotes flagged for review after a conflict, by id.
    pub fn quotes_needing_review(&self) -> Result<Vec<i64>, StoreError> {
        let mut stmt = self
            .conn()
            .prepare(
                "SELECT id FROM quotes WHERE needs_review <> 0 AND deleted_at IS NULL ORDER BY id",
            )
            .map_err(|e| self.err(e))?;
        stmt.query_map([], |r| r.get(0))
            .and_then(|rows| rows.collect())
            .map_err(|e| self.err(e))
    }

    /// Clears a quote's conflict flag once the user has looked at it (the
    /// value shown is the one they keep; an edit of their own is a change
    /// like any other).
    pub fn mark_reviewed(&mut self, id: i64) -> Result<(), StoreError> {
        let path = self.path.clone();
        let err = |e| StoreError::from_sqlite(&path, e);
        let tx = self.write_tx()?;
        let n = tx
            .execute("UPDATE quotes SET needs_review = 0 WHERE id = ?1", [id])
            .map_err(err)?;
        if n == 0 {
            return Err(StoreError::NotFound {
                what: "quote",
                id: id.to_string(),
            });
        }
        tx.commit().map_err(err)
    }
}
