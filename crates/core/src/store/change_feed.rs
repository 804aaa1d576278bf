//! How readers learn that the library changed under them.
//!
//! A window: SQLite's `data_version` is a number, private to each
//! connection, that changes whenever another connection (in this process or
//! another, such as the CLI importing while the app is open) commits to the
//! database. Reading it costs no I/O beyond what SQLite already checks, so it
//! can be polled a few times a second. The connection's own writes leave it
//! as it is: their caller already knows about them.
//!
//! The search index: migration 0002 keeps a change log filled by triggers
//! (`search_changes`): every write that changes what search sees, by this
//! process or another, adds a row with a growing sequence number. The index
//! remembers the last number it includes and asks here for the quotes
//! changed since ([`Library::quotes_changed_since`]), so search runs no SQL
//! of its own on the library's tables.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};

use super::{Library, StoreError};

/// A quote as search indexes it (search calls it `SearchDoc`): effective
/// text, speaker (after merges) with its aliases, outlet and wire, and the
/// date it is filed under (said, else published), as the library's listings
/// define them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IndexedQuote {
    /// The quote's id in the library.
    pub id: i64,
    pub text: String,
    pub speaker: Option<String>,
    /// Other names the speaker goes by; `speaker:` filters match them too.
    pub speaker_aliases: Vec<String>,
    pub outlet: Option<String>,
    /// The wire service credited; `outlet:` filters match it too.
    pub wire: Option<String>,
    pub date: Option<NaiveDate>,
}

/// Where the change log stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedPosition {
    /// A random id the library was given when the log was set up: a saved
    /// index of another library (or an older copy) is told apart by it.
    pub library_id: String,
    /// The newest change's number (0 in a library never written to).
    pub seq: i64,
}

/// What changed since a position in the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeedDelta {
    /// The log no longer reaches back that far (pruned), or the library is
    /// an older copy than the position: start again from [`Library::indexed_quotes`].
    Lost,
    /// More quotes changed than the caller's limit: reading everything again
    /// is faster.
    TooMany,
    /// The quotes changed through `newest` (sorted ids), and those of them
    /// still in the library, read again; the ids not among `live` are gone.
    Changed {
        newest: i64,
        changed: Vec<i64>,
        live: Vec<IndexedQuote>,
    },
}

const QUOTE_SELECT: &str =
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

/// Every speaker's aliases (the names merged into it), by the speaker kept.
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

/// The quotes matching `QUOTE_SELECT` plus `extra` SQL with `param`.
fn read_quotes(
    conn: &Connection,
    extra: &str,
    param: Option<&str>,
) -> rusqlite::Result<Vec<IndexedQuote>> {
    let aliases = aliases(conn)?;
    let mut stmt = conn.prepare(&format!("{QUOTE_SELECT} {extra}"))?;
    let map = |r: &rusqlite::Row| {
        let root: Option<i64> = r.get(2)?;
        let date: Option<String> = r.get(4)?;
        Ok(IndexedQuote {
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

fn position(conn: &Connection) -> rusqlite::Result<FeedPosition> {
    Ok(FeedPosition {
        library_id: meta(conn, "library_id")?.unwrap_or_default(),
        seq: newest_seq(conn)?,
    })
}

fn json_ids(ids: &[i64]) -> String {
    let list: Vec<String> = ids.iter().map(|i| i.to_string()).collect();
    format!("[{}]", list.join(","))
}

impl Library {
    /// The newest change's number: one indexed lookup, made before every
    /// search to see whether anything changed.
    pub fn newest_change(&self) -> Result<i64, StoreError> {
        newest_seq(&self.conn).map_err(|e| self.err(e))
    }

    /// Where the change log stands now.
    pub fn feed_position(&self) -> Result<FeedPosition, StoreError> {
        position(&self.conn).map_err(|e| self.err(e))
    }

    /// Every quote as search indexes it, with the log's position they are
    /// current as of (read in one snapshot).
    pub fn indexed_quotes(&self) -> Result<(FeedPosition, Vec<IndexedQuote>), StoreError> {
        let err = |e| self.err(e);
        let tx = self.conn.unchecked_transaction().map_err(err)?;
        let at = position(&tx).map_err(err)?;
        let quotes = read_quotes(&tx, "", None).map_err(err)?;
        tx.finish().map_err(err)?;
        Ok((at, quotes))
    }

    /// The quotes changed after change `seq`, read again (in one snapshot);
    /// [`FeedDelta::TooMany`] when more than `most` changed.
    pub fn quotes_changed_since(&self, seq: i64, most: usize) -> Result<FeedDelta, StoreError> {
        let err = |e| self.err(e);
        let tx = self.conn.unchecked_transaction().map_err(err)?;
        let newest = newest_seq(&tx).map_err(err)?;
        let pruned: i64 = meta(&tx, "pruned_through")
            .map_err(err)?
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        if newest < seq || seq < pruned {
            return Ok(FeedDelta::Lost);
        }
        let mut changed: Vec<i64> = tx
            .prepare(CHANGED_QUOTES)
            .and_then(|mut stmt| stmt.query_map(params![seq], |r| r.get(0))?.collect())
            .map_err(err)?;
        if changed.len() > most {
            return Ok(FeedDelta::TooMany);
        }
        changed.sort_unstable();
        let mut live = Vec::with_capacity(changed.len());
        for chunk in changed.chunks(10_000) {
            live.extend(
                read_quotes(
                    &tx,
                    "AND q.id IN (SELECT value FROM json_each(?1))",
                    Some(&json_ids(chunk)),
                )
                .map_err(err)?,
            );
        }
        tx.finish().map_err(err)?;
        Ok(FeedDelta::Changed {
            newest,
            changed,
            live,
        })
    }

    /// Drops change-log rows older than the newest `keep`, so the log does
    /// not grow forever; a reader behind what was dropped gets
    /// [`FeedDelta::Lost`]. Returns how many rows were dropped.
    pub fn prune_change_log(&self, keep: i64) -> Result<usize, StoreError> {
        let err = |e| self.err(e);
        let tx = self.conn.unchecked_transaction().map_err(err)?;
        let through = newest_seq(&tx).map_err(err)? - keep;
        if through <= 0 {
            return Ok(0);
        }
        let removed = tx
            .execute("DELETE FROM search_changes WHERE seq <= ?1", [through])
            .map_err(err)?;
        tx.execute(
            "UPDATE search_meta SET value = ?1 WHERE key = 'pruned_through' AND CAST(value AS INTEGER) < ?1",
            [through],
        )
        .map_err(err)?;
        tx.commit().map_err(err)?;
        Ok(removed)
    }
    /// A number that differs from the last one read whenever another
    /// connection committed to the library since.
    pub fn data_version(&self) -> Result<i64, StoreError> {
        self.conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))
            .map_err(|e| self.err(e))
    }
}

#[cfg(test)]
mod tests {
    use crate::store::test_support::{article, library, quotes_in};
    use crate::store::{FeedDelta, Library};

    #[test]
    fn the_feed_gives_the_quotes_changed_since_a_position() {
        let (_dir, mut library) = library();
        let start = library.feed_position().unwrap();
        assert!(!start.library_id.is_empty());
        library
            .import_article_with(
                &article(
                    "\"One,\" said Ann Lee. \"Two,\" said Bo Ek.",
                    "Daily",
                    "2024-01-02",
                ),
                quotes_in,
            )
            .unwrap();
        let (at, all) = library.indexed_quotes().unwrap();
        assert_eq!(all.len(), 2);
        assert_eq!(at.seq, library.newest_change().unwrap());
        assert!(at.seq > start.seq);
        let FeedDelta::Changed {
            newest,
            changed,
            live,
        } = library.quotes_changed_since(start.seq, 100).unwrap()
        else {
            panic!("the import is in the feed");
        };
        assert_eq!(newest, at.seq);
        assert_eq!(changed.len(), 2);
        assert_eq!(live, all);
        // A merge changes both speakers' quotes as search sees them.
        library.merge_speakers("Bo Ek", "Ann Lee").unwrap();
        let FeedDelta::Changed { live, .. } = library.quotes_changed_since(at.seq, 100).unwrap()
        else {
            panic!("the merge is in the feed");
        };
        assert!(live.iter().all(|q| q.speaker.as_deref() == Some("Ann Lee")));
        assert!(live.iter().all(|q| q.speaker_aliases == ["Bo Ek"]));
        assert_eq!(
            library.quotes_changed_since(start.seq, 1).unwrap(),
            FeedDelta::TooMany
        );
        // Pruned past a position, the feed cannot say what changed since it.
        assert!(library.prune_change_log(0).unwrap() > 0);
        assert_eq!(
            library.quotes_changed_since(start.seq, 100).unwrap(),
            FeedDelta::Lost
        );
    }

    #[test]
    fn another_connection_s_commit_changes_the_data_version() {
        let (dir, mut watcher) = library();
        let before = watcher.data_version().unwrap();
        assert_eq!(watcher.data_version().unwrap(), before, "nothing happened");
        // The watcher's own write does not count...
        watcher
            .import_article_with(
                &article("\"Own,\" said Ann Lee.", "Daily", "2024-01-02"),
                quotes_in,
            )
            .unwrap();
        assert_eq!(watcher.data_version().unwrap(), before);
        // ...another process's does.
        let mut cli = Library::open(&dir.path().join("library.sqlite3")).unwrap();
        cli.import_article_with(
            &article("\"Other,\" said Bo Ek.", "Daily", "2024-01-03"),
            quotes_in,
        )
        .unwrap();
        assert_ne!(watcher.data_version().unwrap(), before);
    }
}
