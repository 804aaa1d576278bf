//! The shared library's schema: numbered SQL files applied in order by
//! `quotebook shared init`, its version in `quotebook_meta`. A client that
//! knows an older schema than the server's is refused before it reads or
//! writes anything, so an old Quotebook never corrupts a newer library.

use crate::{Shared, SyncError};

/// Each migration's SQL starts with a comment saying why it exists.
const MIGRATIONS: &[&str] = &[include_str!("migrations/0001_shared_library.sql")];

/// The schema this build of Quotebook reads and writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Held by every transaction that writes (sends and migrations): writers
/// take turns, so sequence numbers commit in order (see `sync_clock`), and a
/// migration never runs under a client's send.
pub(crate) const WRITE_LOCK: i64 = 0x5155_4f54_4542_4f4b;

/// What `init` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InitOutcome {
    pub from: i64,
    pub to: i64,
    pub library_id: String,
}

/// Creates the schema on an empty database, or upgrades an older one.
pub fn init(shared: &mut Shared) -> Result<InitOutcome, SyncError> {
    let server = shared.server.clone();
    let role = shared.role.clone();
    let pg = |e| crate::error::from_pg(&server, &role, e);
    let mut tx = shared.client.transaction().map_err(pg)?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])
        .map_err(pg)?;
    let exists: bool = tx
        .query_one("SELECT to_regclass('quotebook_meta') IS NOT NULL", &[])
        .map_err(pg)?
        .get(0);
    let from = if exists {
        version(&mut tx).map_err(pg)?
    } else {
        let others: i64 = tx
            .query_one(
                "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()",
                &[],
            )
            .map_err(pg)?
            .get(0);
        if others > 0 {
            return Err(SyncError::Server {
                server,
                detail: format!(
                    "the database already holds {others} tables of another program; \
                     give Quotebook an empty database of its own"
                ),
            });
        }
        tx.batch_execute(
            "-- The shared schema's version and this shared library's id.
             CREATE TABLE quotebook_meta (key text PRIMARY KEY, value text NOT NULL);",
        )
        .map_err(pg)?;
        0
    };
    if from > SCHEMA_VERSION {
        return Err(SyncError::UpdateQuotebook {
            server,
            found: from,
            known: SCHEMA_VERSION,
        });
    }
    for sql in &MIGRATIONS[from as usize..] {
        tx.batch_execute(sql).map_err(pg)?;
    }
    tx.execute(
        "INSERT INTO quotebook_meta (key, value) VALUES ('schema_version', $1)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        &[&SCHEMA_VERSION.to_string()],
    )
    .map_err(pg)?;
    tx.execute(
        "INSERT INTO quotebook_meta (key, value) VALUES ('library_id', $1)
         ON CONFLICT (key) DO NOTHING",
        &[&crate::random_id()],
    )
    .map_err(pg)?;
    let library_id: String = tx
        .query_one(
            "SELECT value FROM quotebook_meta WHERE key = 'library_id'",
            &[],
        )
        .map_err(pg)?
        .get(0);
    tx.commit().map_err(pg)?;
    Ok(InitOutcome {
        from,
        to: SCHEMA_VERSION,
        library_id,
    })
}

fn version(conn: &mut impl postgres::GenericClient) -> Result<i64, postgres::Error> {
    let row = conn.query_opt(
        "SELECT value FROM quotebook_meta WHERE key = 'schema_version'",
        &[],
    )?;
    Ok(row
        .and_then(|r| r.get::<_, String>(0).parse().ok())
        .unwrap_or(0))
}

/// Refuses a shared library this build cannot use; returns its id.
pub fn check(
    conn: &mut impl postgres::GenericClient,
    shared_server: &str,
    role: &str,
) -> Result<String, SyncError> {
    let pg = |e| crate::error::from_pg(shared_server, role, e);
    let exists: bool = conn
        .query_one("SELECT to_regclass('quotebook_meta') IS NOT NULL", &[])
        .map_err(pg)?
        .get(0);
    if !exists {
        return Err(SyncError::NotInitialised {
            server: shared_server.to_string(),
        });
    }
    let found = version(conn).map_err(pg)?;
    if found > SCHEMA_VERSION {
        return Err(SyncError::UpdateQuotebook {
            server: shared_server.to_string(),
            found,
            known: SCHEMA_VERSION,
        });
    }
    if found < SCHEMA_VERSION {
        return Err(SyncError::SchemaOutdated {
            server: shared_server.to_string(),
            found,
            known: SCHEMA_VERSION,
        });
    }
    let id: Option<String> = conn
        .query_opt(
            "SELECT value FROM quotebook_meta WHERE key = 'library_id'",
            &[],
        )
        .map_err(pg)?
        .map(|r| r.get(0));
    Ok(id.unwrap_or_default())
}
