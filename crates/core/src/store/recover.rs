//! `quotebook recover`: copies every row of a damaged library that can still
//! be read, table by table, into a new library. (The bundled SQLite has no
//! recovery extension; this reads through the damage row by row instead.)

use std::path::Path;

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection, OpenFlags};
use serde::Serialize;

use super::error::plain_words;
use super::{Library, StoreError};

/// What a recovery copied.
#[derive(Debug, Clone, Default, Serialize)]
pub struct RecoveryReport {
    pub tables: Vec<TableRecovery>,
}

/// One table's share of a recovery.
#[derive(Debug, Clone, Serialize)]
pub struct TableRecovery {
    pub table: String,
    /// Rows copied into the new library.
    pub copied: u64,
    /// Why some or all of the table could not be read, when that happened.
    pub problem: Option<String>,
}

/// Rows read per query while the table reads cleanly.
const CHUNK: i64 = 500;
/// How many unreadable stretches a table may have before the rest of it is
/// given up (each one is skipped by a growing jump in row ids).
const MAX_SKIPS: u32 = 64;

impl Library {
    /// Copies what can be read of the library at `damaged` into a new
    /// library at `dest` (which must not exist yet). The damaged file is
    /// opened read-only and never changed.
    pub fn recover(damaged: &Path, dest: &Path) -> Result<RecoveryReport, StoreError> {
        if dest.exists() {
            return Err(StoreError::Invalid(format!(
                "{}: already exists; recover into a new file",
                dest.display()
            )));
        }
        if !damaged.is_file() {
            return Err(StoreError::Invalid(format!(
                "{}: no such library file to recover",
                damaged.display()
            )));
        }
        let source = open_source(damaged).map_err(|e| StoreError::Corrupt {
            path: damaged.display().to_string(),
            detail: format!(
                "not even its list of tables can be read: {}",
                super::guard::describe_damaged_file(damaged).unwrap_or_else(|| plain_words(&e))
            ),
        })?;
        let mut library = Library::open(dest)?;
        let err = |e| StoreError::from_sqlite(dest, e);
        library
            .conn
            .execute_batch("PRAGMA foreign_keys = OFF")
            .map_err(err)?;
        let tables = table_names(&library.conn).map_err(err)?;
        let tx = library.conn.transaction().map_err(err)?;
        let mut report = RecoveryReport::default();
        for table in tables {
            report
                .tables
                .push(copy_table(&source, &tx, &table).map_err(err)?);
        }
        tx.commit().map_err(err)?;
        library
            .conn
            .execute_batch("PRAGMA foreign_keys = ON")
            .map_err(err)?;
        if report.tables.iter().all(|t| t.copied == 0) {
            // An empty new library is no recovery: it is not left behind to
            // be taken for one.
            drop(library);
            for suffix in ["", "-wal", "-shm"] {
                let mut name = dest.as_os_str().to_owned();
                name.push(suffix);
                let _ = std::fs::remove_file(std::path::PathBuf::from(name));
            }
            let why = report
                .tables
                .iter()
                .find_map(|t| t.problem.clone())
                .unwrap_or_else(|| "it holds no rows".into());
            return Err(StoreError::Corrupt {
                path: damaged.display().to_string(),
                detail: format!("no row of it could be read ({why}); no new library was made"),
            });
        }
        Ok(report)
    }
}

/// Opens a damaged library for reading only, and checks that its list of
/// tables can be read: without it, no row can be.
fn open_source(damaged: &Path) -> rusqlite::Result<Connection> {
    let source = if super::read_only::reason(damaged).is_some() {
        // On read-only media (SQLite may not create its WAL files there).
        super::read_only::open_raw(damaged)?
    } else {
        Connection::open_with_flags(
            damaged,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?
    };
    source.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    })?;
    Ok(source)
}

/// Whether `recover` would copy something out of the library at `path`: its
/// list of tables reads, and so does a first article or quote. (Checked when
/// a read meets damage, so a message suggests `recover` only where it helps.)
pub(super) fn can_help(path: &Path) -> bool {
    let Ok(source) = open_source(path) else {
        return false;
    };
    ["articles", "quotes"].iter().any(|table| {
        source
            .query_row(
                &format!("SELECT 1 FROM \"{table}\" LIMIT 1"),
                [],
                |_| Ok(()),
            )
            .is_ok()
    })
}

/// The ordinary tables of a library, in the order they were created.
fn table_names(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
           AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY rowid",
    )?;
    let names = stmt.query_map([], |r| r.get(0))?.collect();
    names
}

/// A table's columns, and the one that is its row id (INTEGER PRIMARY KEY).
fn columns(conn: &Connection, table: &str) -> rusqlite::Result<(Vec<String>, Option<String>)> {
    let mut stmt = conn.prepare(&format!("PRAGMA table_info(\"{table}\")"))?;
    let rows: Vec<(String, String, i64)> = stmt
        .query_map([], |r| Ok((r.get(1)?, r.get(2)?, r.get(5)?)))?
        .collect::<Result<_, _>>()?;
    let keys: Vec<&(String, String, i64)> = rows.iter().filter(|c| c.2 > 0).collect();
    let rowid = match keys.as_slice() {
        [only] if only.1.eq_ignore_ascii_case("INTEGER") => Some(only.0.clone()),
        _ => None,
    };
    Ok((rows.into_iter().map(|c| c.0).collect(), rowid))
}

/// Copies what can be read of `table`; a failure of the new library (not of
/// the damaged one) is an error.
fn copy_table(
    source: &Connection,
    dest: &Connection,
    table: &str,
) -> rusqlite::Result<TableRecovery> {
    let mut result = TableRecovery {
        table: table.to_string(),
        copied: 0,
        problem: None,
    };
    let (dest_columns, _) = columns(dest, table)?;
    let source_columns = match columns(source, table) {
        Ok((cols, _)) if cols.is_empty() => {
            result.problem = Some("not in the damaged library".into());
            return Ok(result);
        }
        Ok((cols, _)) => cols,
        Err(e) => {
            result.problem = Some(format!("unreadable: {e}"));
            return Ok(result);
        }
    };
    let shared: Vec<String> = dest_columns
        .into_iter()
        .filter(|c| source_columns.contains(c))
        .collect();
    let list = shared
        .iter()
        .map(|c| format!("\"{c}\""))
        .collect::<Vec<_>>()
        .join(", ");
    if dest
        .prepare(&format!("SELECT rowid FROM \"{table}\" LIMIT 0"))
        .is_err()
    {
        copy_without_rowid(source, dest, table, &list, shared.len(), &mut result)?;
        return Ok(result);
    }
    let marks = vec!["?"; shared.len() + 1].join(", ");
    let read_sql =
        format!("SELECT rowid, {list} FROM \"{table}\" WHERE rowid > ?1 ORDER BY rowid LIMIT ?2");
    let mut insert = dest.prepare(&format!(
        "INSERT OR IGNORE INTO \"{table}\" (rowid, {list}) VALUES ({marks})"
    ))?;
    let mut after = i64::MIN;
    let mut skips = 0;
    let mut jump: i64 = 1;
    loop {
        let rows = read_rows(source, &read_sql, after, CHUNK, shared.len())
            .or_else(|_| read_rows(source, &read_sql, after, 1, shared.len()));
        match rows {
            Ok(rows) if rows.is_empty() => break,
            // A damaged tree can hand back rows out of order, at or before
            // the last one read: reading on from there would loop forever,
            // so it counts as a damaged stretch and is jumped over.
            Ok(rows) if !rows.iter().any(|row| rowid(row) > Some(after)) => {
                skips += 1;
                result.problem = Some("some rows unreadable: rows out of order".into());
                if skips > MAX_SKIPS || after == i64::MAX {
                    result.problem = Some("the rest of the table is unreadable".into());
                    break;
                }
                after = after.saturating_add(jump);
                jump = jump.saturating_mul(2);
            }
            Ok(rows) => {
                jump = 1;
                for row in rows {
                    // Never backwards: each read starts past every row seen.
                    after = after.max(rowid(&row).unwrap_or(after));
                    if insert.execute(params_from_iter(row))? > 0 {
                        result.copied += 1;
                    }
                }
            }
            Err(e) => {
                skips += 1;
                result.problem = Some(format!("some rows unreadable: {e}"));
                if skips > MAX_SKIPS || after == i64::MAX {
                    result.problem = Some(format!("the rest of the table is unreadable: {e}"));
                    break;
                }
                // Past the damaged stretch: one row id further, then twice
                // as far each time the read fails again.
                after = if after == i64::MIN {
                    0
                } else {
                    after.saturating_add(jump)
                };
                jump = jump.saturating_mul(2);
            }
        }
    }
    Ok(result)
}

/// A table WITHOUT ROWID (small ones: settings) is read in one query; a
/// failure loses what is left of it.
fn copy_without_rowid(
    source: &Connection,
    dest: &Connection,
    table: &str,
    list: &str,
    width: usize,
    result: &mut TableRecovery,
) -> rusqlite::Result<()> {
    let marks = vec!["?"; width].join(", ");
    let mut insert = dest.prepare(&format!(
        "INSERT OR IGNORE INTO \"{table}\" ({list}) VALUES ({marks})"
    ))?;
    let rows: rusqlite::Result<Vec<Vec<Value>>> = source
        .prepare(&format!("SELECT {list} FROM \"{table}\""))
        .and_then(|mut stmt| {
            stmt.query_map([], |r| (0..width).map(|i| r.get::<_, Value>(i)).collect())?
                .collect()
        });
    match rows {
        Ok(rows) => {
            for row in rows {
                if insert.execute(params_from_iter(row))? > 0 {
                    result.copied += 1;
                }
            }
        }
        Err(e) => result.problem = Some(format!("unreadable: {e}")),
    }
    Ok(())
}

/// The row id a row read by `copy_table` starts with.
fn rowid(row: &[Value]) -> Option<i64> {
    match row.first() {
        Some(Value::Integer(id)) => Some(*id),
        _ => None,
    }
}

fn read_rows(
    source: &Connection,
    sql: &str,
    after: i64,
    limit: i64,
    width: usize,
) -> rusqlite::Result<Vec<Vec<Value>>> {
    let mut stmt = source.prepare_cached(sql)?;
    let rows = stmt
        .query_map([after, limit], |r| {
            (0..=width).map(|i| r.get::<_, Value>(i)).collect()
        })?
        .collect();
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::*;

    #[test]
    fn a_library_with_a_damaged_index_is_recovered_whole_and_refuses_writes() {
        let (dir, mut library) = library();
        for i in 0..40 {
            let text = format!("\"Quote number {i} is here,\" said Dana Whitfield.");
            library
                .import_article_with(&article(&text, "Daily", "2024-02-08"), quotes_in)
                .unwrap();
        }
        let path = library.path().to_path_buf();
        drop(library);
        damage_index(&path, "quotes_norm_key");

        let mut damaged = Library::open(&path).unwrap();
        let err = damaged
            .import_article_with(
                &article("\"New,\" said A B.", "Daily", "2024-02-09"),
                quotes_in,
            )
            .unwrap_err();
        assert!(matches!(err, StoreError::Damaged { .. }), "{err}");
        assert!(err.to_string().contains("quotebook --db"), "{err}");
        assert!(err.to_string().contains("recover"), "{err}");
        let backup = damaged.backup(&dir.path().join("b.sqlite3")).unwrap_err();
        assert!(matches!(backup, StoreError::Damaged { .. }), "{backup}");
        assert!(!dir.path().join("b.sqlite3").exists());
        drop(damaged);

        let dest = dir.path().join("recovered.sqlite3");
        let report = Library::recover(&path, &dest).unwrap();
        let quotes = report.tables.iter().find(|t| t.table == "quotes").unwrap();
        assert_eq!(quotes.copied, 40, "{report:?}");
        let mut recovered = Library::open(&dest).unwrap();
        assert_eq!(recovered.quote_count().unwrap(), 40);
        assert_eq!(recovered.article_count().unwrap(), 40);
        assert!(recovered.check_health().is_ok());
        assert!(
            Library::recover(&path, &dest).is_err(),
            "never over an existing file"
        );
    }

    /// Overwrites the root page of index `name` with garbage (the library
    /// closed, its WAL folded into the file).
    pub(crate) fn damage_index(path: &Path, name: &str) {
        let conn = Connection::open(path).unwrap();
        conn.execute_batch("PRAGMA journal_mode = DELETE").unwrap();
        let page: i64 = conn
            .query_row(
                "SELECT rootpage FROM sqlite_master WHERE name = ?1",
                [name],
                |r| r.get(0),
            )
            .unwrap();
        let size: i64 = conn
            .query_row("PRAGMA page_size", [], |r| r.get(0))
            .unwrap();
        drop(conn);
        let mut bytes = std::fs::read(path).unwrap();
        let at = ((page - 1) * size) as usize;
        bytes[at..at + size as usize].fill(0xA5);
        std::fs::write(path, bytes).unwrap();
    }
}
