//! The index kept in step with a library database.
//!
//! The library's migration 0002 adds a change log filled by triggers
//! (`search_changes`): every write that changes what search sees, by this
//! process or another, adds a row with a growing sequence number. The index
//! remembers the last number it includes ([`Stamp`]); before each query it
//! reads the newest number (one indexed lookup) and, when behind, re-reads
//! just the quotes that changed. The index is saved beside the library so
//! that the next start loads it instead of rebuilding.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use rusqlite::{params, Connection, OptionalExtension};

use super::{Filters, Index, SearchDoc, SearchResults, Stamp};
use crate::store::{Library, StoreError};
use crate::Error;

/// More changed quotes than this fraction of the index: rebuilding is faster.
const REBUILD_FRACTION: usize = 4;

/// After a save, the change log keeps at least this many of its newest rows
/// (and at least a [`REBUILD_FRACTION`] of the index's size): another process
/// whose index lags behind by fewer changes, such as the app while the CLI
/// imports, still catches up instead of rebuilding. Older rows only serve
/// indexes so far behind that rebuilding is about as fast.
const PRUNE_KEEP_MIN: usize = 10_000;

/// A start that caught up with fewer changed quotes than this (1% of the
/// index, at most 2,000) leaves the saved file as it is: applying them again
/// at the next start takes milliseconds, rewriting the file (270 MB at a
/// million quotes) a second or more, and it would be rewritten after every
/// single edit. The file stays usable: the log is only pruned right after a
/// save, which leaves the file the newest.
fn save_threshold(index_len: usize) -> usize {
    (index_len / 100).clamp(1, 2_000)
}

/// How the index was made ready.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Readiness {
    /// Loaded from the saved file; `applied` later changes applied on top.
    Loaded { applied: usize },
    /// Built from the database, and why the saved file was not used.
    Built { reason: String },
}

/// A search index that follows one library.
pub struct LibraryIndex {
    index: Index,
    stamp: Stamp,
    /// Changes applied since the index was last loaded or saved.
    unsaved: usize,
}

/// Where the saved index of the library at `library_path` lives: beside it,
/// as SQLite keeps its own `-wal` and `-shm` files.
pub fn index_path(library_path: &Path) -> PathBuf {
    let mut name = library_path.file_name().unwrap_or_default().to_os_string();
    name.push("-search");
    library_path.with_file_name(name)
}

/// The quote as search sees it: effective text, speaker (after merges) with
/// its aliases, outlet and wire, and the date it is filed under (said, else
/// published), as the library's listings define them.
const DOC_SELECT: &str =
    "SELECT q.id, q.text, r.id, r.name, COALESCE(q.eff_date, a.published), a.outlet, a.wire
    FROM quotes q
    JOIN articles a ON a.id = q.article_id
    LEFT JOIN speakers s ON s.id = q.speaker_id
    LEFT JOIN speakers r ON r.id = s.root_id
    WHERE q.deleted_at IS NULL AND a.deleted_at IS NULL";

/// The quotes touched by the changes after `?1`: directly, through their
/// article, or through their speaker or the speaker it was merged into.
/// Every part starts from the few new change rows (CROSS JOIN fixes that
/// order): joining from the quotes side made SQLite scan a million quotes,
/// 0.3 s per catch-up.
const CHANGED_QUOTES: &str = "
    SELECT quote_id FROM search_changes WHERE seq > ?1 AND quote_id IS NOT NULL
    UNION SELECT q.id FROM search_changes c CROSS JOIN quotes q ON q.article_id = c.article_id
        WHERE c.seq > ?1
    UNION SELECT q.id FROM search_changes c CROSS JOIN quotes q ON q.speaker_id = c.speaker_id
        WHERE c.seq > ?1
    UNION SELECT q.id FROM search_changes c CROSS JOIN speakers s ON s.root_id = c.speaker_id
        CROSS JOIN quotes q ON q.speaker_id = s.id WHERE c.seq > ?1";

fn sql_err(library: &Library) -> impl Fn(rusqlite::Error) -> Error + '_ {
    move |e| Error::Store(StoreError::from_sqlite(library.path(), e))
}

fn aliases(conn: &Connection) -> rusqlite::Result<HashMap<i64, Vec<String>>> {
    let mut out: HashMap<i64, Vec<String>> = HashMap::new();
    let mut stmt =
        conn.prepare("SELECT root_id, name FROM speakers WHERE id != root_id ORDER BY id")?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
    for row in rows {
        let (root, name) = row?;
        out.entry(root).or_default().push(name);
    }
    Ok(out)
}

/// Reads the quotes matching `DOC_SELECT` plus `extra` SQL with `param`.
fn read_docs(
    conn: &Connection,
    extra: &str,
    param: Option<&str>,
) -> rusqlite::Result<Vec<SearchDoc>> {
    let aliases = aliases(conn)?;
    let mut stmt = conn.prepare(&format!("{DOC_SELECT} {extra}"))?;
    let map = |r: &rusqlite::Row| {
        let root: Option<i64> = r.get(2)?;
        let date: Option<String> = r.get(4)?;
        Ok(SearchDoc {
            id: r.get(0)?,
            text: r.get(1)?,
            speaker: r.get(3)?,
            speaker_aliases: root
                .and_then(|id| aliases.get(&id).cloned())
                .unwrap_or_default(),
            outlet: r.get(5)?,
            wire: r.get(6)?,
            date: date.and_then(|d| d.parse().ok()),
        })
    };
    let rows = match param {
        Some(p) => stmt.query_map([p], map)?.collect(),
        None => stmt.query_map([], map)?.collect(),
    };
    rows
}

fn newest_seq(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row(
        "SELECT coalesce(max(seq), 0) FROM search_changes",
        [],
        |r| r.get(0),
    )
}

fn meta(conn: &Connection, key: &str) -> rusqlite::Result<Option<String>> {
    conn.query_row("SELECT value FROM search_meta WHERE key = ?1", [key], |r| {
        r.get(0)
    })
    .optional()
}

fn json_ids(ids: impl IntoIterator<Item = i64>) -> String {
    let list: Vec<String> = ids.into_iter().map(|i| i.to_string()).collect();
    format!("[{}]", list.join(","))
}

impl LibraryIndex {
    /// Makes the library's index ready: loads the saved file when it belongs
    /// to this library and catches up with later changes, else builds it from
    /// the database and saves it. Returns how long that took and how.
    pub fn open(library: &Library) -> Result<(Self, Readiness, Duration), Error> {
        let started = Instant::now();
        let path = index_path(library.path());
        // A save killed last time left its temporary file: gone now, even
        // when this start does not save.
        super::temp_files::remove_stale(&path, SystemTime::now());
        let loaded = match Index::load(&path) {
            Ok(found) => Ok(found),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                Err("no saved index yet".to_owned())
            }
            Err(e) => Err(format!(
                "the saved index {} could not be read ({e})",
                path.display()
            )),
        };
        let library_id = meta(library.conn(), "library_id")
            .map_err(sql_err(library))?
            .unwrap_or_default();
        let (mut this, readiness) = match loaded {
            Ok((index, stamp)) if stamp.library_id == library_id => {
                let mut this = LibraryIndex {
                    index,
                    stamp,
                    unsaved: 0,
                };
                match this.catch_up(library)? {
                    Some(applied) => (this, Readiness::Loaded { applied }),
                    None => (
                        Self::build(library)?,
                        Readiness::Built {
                            reason: "the saved index is too old".into(),
                        },
                    ),
                }
            }
            Ok(_) => (
                Self::build(library)?,
                Readiness::Built {
                    reason: "the saved index is of another library".into(),
                },
            ),
            Err(reason) => (Self::build(library)?, Readiness::Built { reason }),
        };
        let worth_saving = match readiness {
            Readiness::Built { .. } => true,
            Readiness::Loaded { applied } => applied >= save_threshold(this.index.len()),
        };
        if worth_saving {
            // Saving is an optimisation for the next start: a read-only folder
            // must not stop the search.
            let _ = this.save(library);
        }
        Ok((this, readiness, started.elapsed()))
    }

    /// Builds the index from every quote in the library.
    pub fn build(library: &Library) -> Result<Self, Error> {
        let conn = library.conn();
        let tx = conn.unchecked_transaction().map_err(sql_err(library))?;
        let seq = newest_seq(&tx).map_err(sql_err(library))?;
        let library_id = meta(&tx, "library_id")
            .map_err(sql_err(library))?
            .unwrap_or_default();
        let docs = read_docs(&tx, "", None).map_err(sql_err(library))?;
        tx.finish().map_err(sql_err(library))?;
        let unsaved = docs.len().max(1);
        Ok(LibraryIndex {
            index: Index::build(docs),
            stamp: Stamp { library_id, seq },
            unsaved,
        })
    }

    /// Saves the index beside the library, then prunes the library's change
    /// log of rows no index needs any longer (see [`PRUNE_KEEP_MIN`]).
    pub fn save(&mut self, library: &Library) -> Result<(), Error> {
        let path = index_path(library.path());
        self.index.save(&path, &self.stamp).map_err(|source| {
            Error::Store(StoreError::Io {
                path: path.display().to_string(),
                source,
            })
        })?;
        self.unsaved = 0;
        let keep = PRUNE_KEEP_MIN.max(self.index.len() / REBUILD_FRACTION);
        // Pruning only keeps the log small: a library busy with another
        // writer (or opened read-only) must not make the save fail.
        let _ = prune_change_log(library, keep as i64);
        Ok(())
    }

    /// Applies the library's changes since the index's stamp. Returns how
    /// many quotes were re-read, or None when the index cannot catch up (the
    /// change log was pruned past it, or the library is an older copy) or so
    /// much changed that rebuilding is faster.
    fn catch_up(&mut self, library: &Library) -> Result<Option<usize>, Error> {
        let err = sql_err(library);
        let conn = library.conn();
        let newest = newest_seq(conn).map_err(&err)?;
        if newest == self.stamp.seq {
            return Ok(Some(0));
        }
        let tx = conn.unchecked_transaction().map_err(&err)?;
        let newest = newest_seq(&tx).map_err(&err)?;
        let pruned: i64 = meta(&tx, "pruned_through")
            .map_err(&err)?
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        if newest < self.stamp.seq || self.stamp.seq < pruned {
            return Ok(None);
        }
        let mut changed: Vec<i64> = tx
            .prepare(CHANGED_QUOTES)
            .and_then(|mut stmt| {
                stmt.query_map(params![self.stamp.seq], |r| r.get(0))?
                    .collect()
            })
            .map_err(&err)?;
        if changed.len() > 1000 && changed.len() > self.index.len() / REBUILD_FRACTION {
            return Ok(None);
        }
        changed.sort_unstable();
        let mut docs = Vec::with_capacity(changed.len());
        for chunk in changed.chunks(10_000) {
            let ids = json_ids(chunk.iter().copied());
            docs.extend(
                read_docs(
                    &tx,
                    "AND q.id IN (SELECT value FROM json_each(?1))",
                    Some(&ids),
                )
                .map_err(&err)?,
            );
        }
        tx.finish().map_err(&err)?;
        let live: std::collections::HashSet<i64> = docs.iter().map(|d| d.id).collect();
        for id in &changed {
            if !live.contains(id) {
                self.index.remove(*id);
            }
        }
        for doc in &docs {
            self.index.update(doc);
        }
        self.stamp.seq = newest;
        self.unsaved += changed.len().max(1);
        Ok(Some(changed.len()))
    }

    /// Brings the index up to date with the library (also with writes by
    /// other processes); rebuilds when it cannot catch up. Returns how many
    /// quotes were re-read.
    pub fn refresh(&mut self, library: &Library) -> Result<usize, Error> {
        match self.catch_up(library)? {
            Some(n) => Ok(n),
            None => {
                *self = Self::build(library)?;
                Ok(self.index.len())
            }
        }
    }

    /// Refreshes, then searches.
    pub fn search(
        &mut self,
        library: &Library,
        input: &str,
        filters: &Filters,
        limit: usize,
    ) -> Result<SearchResults, Error> {
        self.refresh(library)?;
        Ok(self.index.search(input, filters, limit)?)
    }

    /// Whether changes were applied since the index was loaded or saved.
    pub fn has_unsaved_changes(&self) -> bool {
        self.unsaved > 0
    }

    pub fn index(&self) -> &Index {
        &self.index
    }

    pub fn stamp(&self) -> &Stamp {
        &self.stamp
    }
}

/// Drops change-log rows older than the newest `keep`, so the log does not
/// grow forever. A saved index older than what was dropped is rebuilt.
pub fn prune_change_log(library: &Library, keep: i64) -> Result<usize, Error> {
    let err = sql_err(library);
    let conn = library.conn();
    let tx = conn.unchecked_transaction().map_err(&err)?;
    let through = newest_seq(&tx).map_err(&err)? - keep;
    if through <= 0 {
        return Ok(0);
    }
    let removed = tx
        .execute("DELETE FROM search_changes WHERE seq <= ?1", [through])
        .map_err(&err)?;
    tx.execute(
        "UPDATE search_meta SET value = ?1 WHERE key = 'pruned_through' AND CAST(value AS INTEGER) < ?1",
        [through],
    )
    .map_err(&err)?;
    tx.commit().map_err(&err)?;
    Ok(removed)
}
