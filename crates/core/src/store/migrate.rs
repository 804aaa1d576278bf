//! A small migration runner: numbered SQL files, applied in order, with the
//! schema version kept in SQLite's `user_version`. Before any migration runs
//! on an existing library, the file is copied aside, so a failed or unwanted
//! migration never costs the user their library.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, TransactionBehavior};

use super::{backup, StoreError};

/// Each migration's SQL starts with a comment saying why it exists.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_initial.sql"),
    include_str!("migrations/0002_search_changes.sql"),
    include_str!("migrations/0003_plain_version_indexes.sql"),
    include_str!("migrations/0004_log_imports_per_article.sql"),
];

#[cfg(test)]
pub(super) fn latest_version() -> usize {
    MIGRATIONS.len()
}

pub(super) fn run(conn: &mut Connection, path: &Path) -> Result<(), StoreError> {
    run_these(conn, path, MIGRATIONS)
}

/// Where the copy made before migrating from `version` goes.
pub(super) fn backup_path(path: &Path, version: usize) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".before-migration-from-v{version}.bak"));
    path.with_file_name(name)
}

fn run_these(conn: &mut Connection, path: &Path, migrations: &[&str]) -> Result<(), StoreError> {
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
        tx.execute_batch(sql).map_err(err)?;
        tx.pragma_update(None, "user_version", (index + 1) as i64)
            .map_err(err)?;
    }
    tx.commit().map_err(err)
}

fn check_not_newer(current: usize, known: usize, path: &Path) -> Result<(), StoreError> {
    if current > known {
        return Err(StoreError::Corrupt {
            path: path.display().to_string(),
            detail: format!(
                "schema version {current} is newer than this program knows ({known}); update Quotebook"
            ),
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
        run_these(&mut conn, &path, &second).unwrap();
        let copy = Connection::open(backup_path(&path, 1)).unwrap();
        let kept: i64 = copy.query_row("SELECT x FROM t", [], |r| r.get(0)).unwrap();
        assert_eq!(kept, 7);
    }

    #[test]
    fn a_library_from_a_newer_program_is_refused_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lib.sqlite3");
        let mut conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        let err = run_these(&mut conn, &path, &["CREATE TABLE t (x);"]).unwrap_err();
        assert!(err.to_string().contains("newer"), "{err}");
    }
}
