//! A small migration runner: numbered SQL files, applied in order, with the
//! schema version kept in SQLite's `user_version`. Before any migration runs
//! on an existing library, the file is copied aside, so a failed or unwanted
//! migration never costs the user their library.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, TransactionBehavior};

use super::{backup, error, normalize, StoreError};

/// Each migration's SQL starts with a comment saying why it exists.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_initial.sql"),
    include_str!("migrations/0002_search_changes.sql"),
    include_str!("migrations/0003_plain_version_indexes.sql"),
    include_str!("migrations/0004_cheaper_quote_inserts.sql"),
    include_str!("migrations/0005_speaker_kind.sql"),
    include_str!("migrations/0006_quote_version.sql"),
    include_str!("migrations/0007_article_edits.sql"),
    include_str!("migrations/0008_sync.sql"),
];

#[cfg(test)]
pub(super) fn latest_version() -> usize {
    MIGRATIONS.len()
}

/// True when the library's schema is older than this program's.
pub(super) fn pending(conn: &Connection) -> rusqlite::Result<bool> {
    let version: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    Ok((version.max(0) as usize) < MIGRATIONS.len())
}

pub(super) fn run(conn: &mut Connection, path: &Path) -> Result<(), StoreError> {
    run_these(conn, path, MIGRATIONS, after_migration)
}

/// The part of a migration SQL cannot do, run in the same transaction right
/// after migration number `version`.
fn after_migration(tx: &Connection, version: usize) -> rusqlite::Result<()> {
    if version == 4 {
        fill_norm_keys(tx)?;
    }
    Ok(())
}

/// Gives every quote the `norm_key` migration 4 added, a few thousand rows
/// at a time (a big library's texts are not all held in memory at once).
fn fill_norm_keys(tx: &Connection) -> rusqlite::Result<()> {
    let mut next = tx.prepare(
        "SELECT id, norm_text FROM quotes WHERE norm_key IS NULL AND id > ?1 ORDER BY id LIMIT 5000",
    )?;
    let mut update = tx.prepare("UPDATE quotes SET norm_key = ?2 WHERE id = ?1")?;
    let mut after = i64::MIN;
    loop {
        let chunk: Vec<(i64, String)> = next
            .query_map([after], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        let Some(&(last, _)) = chunk.last() else {
            return Ok(());
        };
        for (id, norm) in &chunk {
            update.execute(rusqlite::params![id, normalize::text_key(norm)])?;
        }
        after = last;
    }
}

/// Where the copy made before migrating from `version` goes.
pub(super) fn backup_path(path: &Path, version: usize) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".before-migration-from-v{version}.bak"));
    path.with_file_name(name)
}

fn run_these(
    conn: &mut Connection,
    path: &Path,
    migrations: &[&str],
    after: impl Fn(&Connection, usize) -> rusqlite::Result<()>,
) -> Result<(), StoreError> {
    let err = |e| StoreError::from_sqlite(path, e);
    let version = |conn: &Connection| {
        conn.query_row("PRAGMA user_version", [], |row| row.get::<_, i64>(0))
            .map(|v| v.max(0) as usize)
    };
    let current = version(conn).map_err(err)?;
    check_not_newer(current, migrations.len(), path)?;
    if current == migrations.len() {
        return Ok(());
    }
    if current > 0 {
        backup::copy_to(conn, &backup_path(path, current), path)?;
    }
    // Two processes may open a library that needs migrating at the same
    // time: the write lock is taken first and the version read again under
    // it, so each migration runs once.
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(err)?;
    let current = version(&tx).map_err(err)?;
    check_not_newer(current, migrations.len(), path)?;
    for (index, sql) in migrations.iter().enumerate().skip(current) {
        // A migration that fails on this library's tables (damaged, or not
        // what that version had) rolls back whole; the user reads which
        // upgrade failed and why, never the migration's SQL.
        let failed = |e: rusqlite::Error| match StoreError::from_sqlite(path, e) {
            StoreError::Sqlite { source, .. } => StoreError::MigrationFailed {
                path: path.display().to_string(),
                from: current,
                to: migrations.len(),
                detail: format!("step {} failed: {}", index + 1, error::plain_words(&source)),
                copy: (current > 0).then(|| backup_path(path, current).display().to_string()),
            },
            other => other,
        };
        tx.execute_batch(sql).map_err(failed)?;
        after(&tx, index + 1).map_err(failed)?;
        tx.pragma_update(None, "user_version", (index + 1) as i64)
            .map_err(err)?;
    }
    tx.commit().map_err(err)
}

fn check_not_newer(current: usize, known: usize, path: &Path) -> Result<(), StoreError> {
    if current > known {
        return Err(StoreError::TooNew {
            path: path.display().to_string(),
            found: current,
            known,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_existing_library_is_copied_aside_before_a_migration() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lib.sqlite3");
        let mut conn = Connection::open(&path).unwrap();
        run_these(
            &mut conn,
            &path,
            &["CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (7);"],
            no_code,
        )
        .unwrap();
        assert!(
            !backup_path(&path, 0).exists(),
            "a new library needs no copy"
        );

        let second = [
            "CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (7);",
            "DELETE FROM t;",
        ];
        run_these(&mut conn, &path, &second, no_code).unwrap();
        let copy = Connection::open(backup_path(&path, 1)).unwrap();
        let kept: i64 = copy.query_row("SELECT x FROM t", [], |r| r.get(0)).unwrap();
        assert_eq!(kept, 7);
    }

    fn no_code(_: &Connection, _: usize) -> rusqlite::Result<()> {
        Ok(())
    }

    /// Every column migration 4 found of every quote, in id order, as text.
    fn all_quotes(conn: &Connection) -> Vec<Vec<Option<String>>> {
        let mut stmt = conn
            .prepare(
                "SELECT id, article_id, norm_text, occurrence, speaker_id, text, start, \"end\",
                    kind, speaker, speaker_mention, role, date, venue, cue, confidence,
                    paragraph, edit_speaker, edit_role, edit_date, edit_venue, status, note,
                    present, deleted_at, eff_date
                 FROM quotes ORDER BY id",
            )
            .unwrap();
        let width = stmt.column_count();
        stmt.query_map([], |r| {
            (0..width)
                .map(|i| {
                    r.get::<_, rusqlite::types::Value>(i).map(|v| match v {
                        rusqlite::types::Value::Null => None,
                        other => Some(format!("{other:?}")),
                    })
                })
                .collect()
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
    }

    #[test]
    fn migration_4_rebuilds_quotes_keeping_every_row_index_and_trigger() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lib.sqlite3");
        let mut conn = Connection::open(&path).unwrap();
        conn.execute_batch("PRAGMA foreign_keys = ON").unwrap();
        run_these(&mut conn, &path, &MIGRATIONS[..3], no_code).unwrap();
        conn.execute_batch(
            "INSERT INTO articles (id, imported_at, updated_at) VALUES (1, 't', 't');
             INSERT INTO speakers (id, name, norm_name, root_id, created_at)
                 VALUES (5, 'Ada', 'ada', 5, 't');
             INSERT INTO quotes (id, article_id, norm_text, occurrence, speaker_id, text,
                 start, \"end\", kind, date, confidence, paragraph)
                 VALUES (7, 1, 'a', 1, 5, 'A', 0, 1, 'direct', '2024-01-02', 0.5, 'p');
             INSERT INTO quotes (id, article_id, norm_text, occurrence, text, start, \"end\",
                 kind, confidence, paragraph, edit_date, status, note, present, deleted_at)
                 VALUES (9, 1, 'b', 1, 'B', 2, 3, 'indirect', 0.25, 'p', '', 'disputed',
                 'why', 0, 'then');",
        )
        .unwrap();
        let before = all_quotes(&conn);

        run(&mut conn, &path).unwrap();
        assert_eq!(all_quotes(&conn), before);
        let keyed: i64 = conn
            .query_row("SELECT norm_key FROM quotes WHERE id = 9", [], |r| r.get(0))
            .unwrap();
        assert_eq!(keyed, normalize::text_key("b"));
        let objects: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_schema WHERE tbl_name = 'quotes' ORDER BY name")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(
            objects,
            [
                "quotes",
                "quotes_eff_date",
                // 0008: the review queue's conflicts.
                "quotes_needs_review",
                "quotes_norm_key",
                "quotes_speaker",
                "search_quote_delete",
                "search_quote_update",
                "sqlite_autoindex_quotes_1",
            ]
        );
        let bad = conn.execute("UPDATE quotes SET status = 'maybe' WHERE id = 7", []);
        assert!(bad.unwrap_err().to_string().contains("CHECK"));
        let logged = |conn: &Connection| -> i64 {
            conn.query_row(
                "SELECT count(*) FROM search_changes WHERE quote_id = 7",
                [],
                |r| r.get(0),
            )
            .unwrap()
        };
        let logged_before = logged(&conn);
        conn.execute(
            "UPDATE quotes SET status = 'verified', text = 'A!' WHERE id = 7",
            [],
        )
        .unwrap();
        assert_eq!(logged(&conn), logged_before + 1);
        conn.execute("DELETE FROM quotes WHERE id = 7", []).unwrap();
        assert_eq!(logged(&conn), logged_before + 2);
        let fk: i64 = conn
            .query_row(
                "SELECT count(*) FROM pragma_foreign_key_check('quotes')",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(fk, 0);
    }

    #[test]
    fn a_library_from_a_newer_program_is_refused_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lib.sqlite3");
        let mut conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        let err = run_these(&mut conn, &path, &["CREATE TABLE t (x);"], no_code).unwrap_err();
        assert!(err.to_string().contains("newer"), "{err}");
    }
}
