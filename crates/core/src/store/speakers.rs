//! Speakers across articles: one speaker per normalised name; merging and
//! splitting by pointing a speaker at another (`merged_into`), so quotes are
//! never rewritten and every step can be undone.

use std::collections::HashMap;

use rusqlite::{params, Connection, OptionalExtension};

use super::history::{log_change, UndoData};
use super::{normalize, now, Library, StoreError};

/// The speaker named `name`, created if the library has never seen it.
pub(super) fn speaker_id_for(conn: &Connection, name: &str) -> rusqlite::Result<Option<i64>> {
    let norm = normalize::name(name);
    if norm.is_empty() {
        return Ok(None);
    }
    let found: Option<i64> = conn
        .prepare_cached("SELECT id FROM speakers WHERE norm_name = ?1")?
        .query_row([&norm], |r| r.get(0))
        .optional()?;
    if found.is_some() {
        return Ok(found);
    }
    conn.prepare_cached(
        "INSERT INTO speakers (name, norm_name, root_id, created_at) VALUES (?1, ?2, 0, ?3)",
    )?
    .execute(params![name.trim(), norm, now()])?;
    let id = conn.last_insert_rowid();
    conn.prepare_cached("UPDATE speakers SET root_id = ?1 WHERE id = ?1")?
        .execute([id])?;
    Ok(Some(id))
}

/// Makes every speaker's `root_id` the end of its `merged_into` chain again.
pub(super) fn recompute_roots(conn: &Connection) -> rusqlite::Result<()> {
    let mut links: HashMap<i64, (Option<i64>, i64)> = HashMap::new();
    {
        let mut stmt = conn.prepare("SELECT id, merged_into, root_id FROM speakers")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))?;
        for row in rows {
            let (id, link) = row?;
            links.insert(id, link);
        }
    }
    let mut update = conn.prepare("UPDATE speakers SET root_id = ?2 WHERE id = ?1")?;
    for (&id, &(_, old_root)) in &links {
        let mut root = id;
        // The chain length is bounded by the table size; a cycle (which merge
        // refuses to create) cannot loop forever.
        for _ in 0..links.len() {
            match links.get(&root).and_then(|l| l.0) {
                Some(next) => root = next,
                None => break,
            }
        }
        if root != old_root {
            update.execute([id, root])?;
        }
    }
    Ok(())
}

impl Library {
    /// The speaker a user means: a name (any alias) or a numeric id.
    pub fn find_speaker(&self, name_or_id: &str) -> Result<(i64, String), StoreError> {
        let by_name = self
            .conn
            .query_row(
                "SELECT id, name FROM speakers WHERE norm_name = ?1",
                [normalize::name(name_or_id)],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(|e| self.err(e))?;
        if let Some(found) = by_name {
            return Ok(found);
        }
        if let Ok(id) = name_or_id.trim().parse::<i64>() {
            let by_id = self
                .conn
                .query_row("SELECT id, name FROM speakers WHERE id = ?1", [id], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })
                .optional()
                .map_err(|e| self.err(e))?;
            if let Some(found) = by_id {
                return Ok(found);
            }
        }
        Err(StoreError::NotFound {
            what: "speaker",
            id: name_or_id.to_string(),
        })
    }

    fn root_of(&self, id: i64) -> Result<(i64, String), StoreError> {
        self.conn
            .query_row(
                "SELECT r.id, r.name FROM speakers s JOIN speakers r ON r.id = s.root_id
                 WHERE s.id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(|e| self.err(e))
    }

    /// Merges speaker `from` (and its aliases) into `into`: `from`'s name
    /// becomes an alias of `into` and its quotes are listed under `into`.
    pub fn merge_speakers(&mut self, from: &str, into: &str) -> Result<(), StoreError> {
        let (from_id, from_name) = self.find_speaker(from)?;
        let (from_root, _) = self.root_of(from_id)?;
        let (into_id, _) = self.find_speaker(into)?;
        let (into_root, into_name) = self.root_of(into_id)?;
        if from_root == into_root {
            return Err(StoreError::Invalid(format!(
                "{from_name} is already {into_name}"
            )));
        }
        let path = self.path.clone();
        let err = |e| StoreError::from_sqlite(&path, e);
        let tx = self.write_tx()?;
        tx.execute(
            "UPDATE speakers SET merged_into = ?2 WHERE id = ?1",
            params![from_root, into_root],
        )
        .map_err(err)?;
        recompute_roots(&tx).map_err(err)?;
        log_change(
            &tx,
            "merge-speakers",
            None,
            None,
            Some(from_root),
            &format!("merged {from_name} into {into_name}"),
            &UndoData::Relink {
                speaker_id: from_root,
                merged_into: None,
            },
        )
        .map_err(err)?;
        tx.commit().map_err(err)
    }

    /// Takes an alias back out of the speaker it was merged into, with its
    /// quotes: the undo of a merge, at any later time.
    pub fn split_alias(&mut self, alias: &str) -> Result<(), StoreError> {
        let (id, name) = self.find_speaker(alias)?;
        let merged_into: Option<i64> = self
            .conn
            .query_row(
                "SELECT merged_into FROM speakers WHERE id = ?1",
                [id],
                |r| r.get(0),
            )
            .map_err(|e| self.err(e))?;
        let Some(previous) = merged_into else {
            return Err(StoreError::Invalid(format!(
                "{name} is a speaker's own name, not an alias merged into another"
            )));
        };
        let (_, root_name) = self.root_of(id)?;
        let path = self.path.clone();
        let err = |e| StoreError::from_sqlite(&path, e);
        let tx = self.write_tx()?;
        tx.execute("UPDATE speakers SET merged_into = NULL WHERE id = ?1", [id])
            .map_err(err)?;
        recompute_roots(&tx).map_err(err)?;
        log_change(
            &tx,
            "split-alias",
            None,
            None,
            Some(id),
            &format!("split {name} from {root_name}"),
            &UndoData::Relink {
                speaker_id: id,
                merged_into: Some(previous),
            },
        )
        .map_err(err)?;
        tx.commit().map_err(err)
    }
}
