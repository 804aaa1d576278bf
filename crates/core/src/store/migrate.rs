//! A small migration runner: numbered SQL files, applied in order, with the
//! schema version kept in SQLite's `user_version`.

use std::path::Path;

use rusqlite::Connection;

use super::StoreError;

/// Each migration's SQL starts with a comment saying why it exists.
const MIGRATIONS: &[&str] = &[include_str!("migrations/0001_initial.sql")];

pub(super) fn run(conn: &mut Connection, path: &Path) -> Result<(), StoreError> {
    let err = |e| StoreError::from_sqlite(path, e);
    let current: usize = conn
        .query_row("PRAGMA user_version", [], |row| row.get::<_, i64>(0))
        .map_err(err)? as usize;
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(current) {
        let tx = conn.transaction().map_err(err)?;
        tx.execute_batch(sql).map_err(err)?;
        tx.pragma_update(None, "user_version", (index + 1) as i64)
            .map_err(err)?;
        tx.commit().map_err(err)?;
    }
    Ok(())
}
