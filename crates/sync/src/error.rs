//! What can go wrong talking to a shared library, each with a stable code
//! the app shows without parsing messages.

use quotebook_core::store::StoreError;
use serde::Serialize;

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error(
        "no shared library is set: give --url postgres://..., set QUOTEBOOK_SHARED_URL, \
         or sync once with --url (it is remembered)"
    )]
    NoUrl,
    #[error("{url:?} is not a shared-library address: {detail} (expected postgres://user@host:port/database)")]
    BadUrl { url: String, detail: String },
    #[error("the shared library at {server} cannot be reached: {detail}. Your work stays on this machine; sync again when it is back")]
    Offline { server: String, detail: String },
    #[error("the shared library at {server} refused the login as {role:?}: {detail}")]
    Login {
        server: String,
        role: String,
        detail: String,
    },
    #[error("the connection to {server} was lost during the sync ({detail}). What was sent or received so far is kept; run the sync again to finish")]
    Interrupted { server: String, detail: String },
    #[error("the database at {server} is not a Quotebook shared library yet: run `quotebook shared init URL` once (as a role allowed to create tables)")]
    NotInitialised { server: String },
    #[error("the shared library at {server} is newer (schema {found}) than this Quotebook knows (schema {known}): update Quotebook to sync with it. Nothing was changed")]
    UpdateQuotebook {
        server: String,
        found: i64,
        known: i64,
    },
    #[error("the shared library at {server} has an older schema ({found}) than this Quotebook (schema {known}): run `quotebook shared init URL` to upgrade it")]
    SchemaOutdated {
        server: String,
        found: i64,
        known: i64,
    },
    #[error("your role {role:?} can read the shared library but not change it: {pending} of your changes stay on this machine (ask for write access to share them)")]
    ReadOnlyRole { role: String, pending: u64 },
    #[error("the shared library at {server} reported a problem: {detail}")]
    Server { server: String, detail: String },
    #[error("the system keyring could not {action}: {detail}")]
    Keyring {
        action: &'static str,
        detail: String,
    },
    #[error(transparent)]
    Library(#[from] StoreError),
}

/// A stable, machine-readable name for a kind of sync failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum SyncErrorCode {
    SyncNoUrl,
    SyncBadUrl,
    SyncOffline,
    SyncLogin,
    SyncInterrupted,
    SyncNotInitialised,
    SyncUpdateQuotebook,
    SyncSchemaOutdated,
    SyncReadOnlyRole,
    SyncServer,
    SyncKeyring,
    SyncLibrary,
}

impl SyncError {
    pub fn code(&self) -> SyncErrorCode {
        use SyncErrorCode as C;
        match self {
            SyncError::NoUrl => C::SyncNoUrl,
            SyncError::BadUrl { .. } => C::SyncBadUrl,
            SyncError::Offline { .. } => C::SyncOffline,
            SyncError::Login { .. } => C::SyncLogin,
            SyncError::Interrupted { .. } => C::SyncInterrupted,
            SyncError::NotInitialised { .. } => C::SyncNotInitialised,
            SyncError::UpdateQuotebook { .. } => C::SyncUpdateQuotebook,
            SyncError::SchemaOutdated { .. } => C::SyncSchemaOutdated,
            SyncError::ReadOnlyRole { .. } => C::SyncReadOnlyRole,
            SyncError::Server { .. } => C::SyncServer,
            SyncError::Keyring { .. } => C::SyncKeyring,
            SyncError::Library(_) => C::SyncLibrary,
        }
    }

    /// The code as the CLI prints it and the app receives it.
    pub fn code_str(&self) -> String {
        serde_json::to_value(self.code())
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    }
}

/// Names what went wrong with a statement or the connection, for `server`.
pub(crate) fn from_pg(server: &str, role: &str, e: postgres::Error) -> SyncError {
    use postgres::error::SqlState;
    if let Some(db) = e.as_db_error() {
        let code = db.code();
        if *code == SqlState::INSUFFICIENT_PRIVILEGE {
            return SyncError::ReadOnlyRole {
                role: role.to_string(),
                pending: 0,
            };
        }
        if *code == SqlState::INVALID_PASSWORD
            || *code == SqlState::INVALID_AUTHORIZATION_SPECIFICATION
        {
            return SyncError::Login {
                server: server.to_string(),
                role: role.to_string(),
                detail: db.message().to_string(),
            };
        }
        if *code == SqlState::ADMIN_SHUTDOWN
            || *code == SqlState::CRASH_SHUTDOWN
            || *code == SqlState::CANNOT_CONNECT_NOW
        {
            return SyncError::Interrupted {
                server: server.to_string(),
                detail: db.message().to_string(),
            };
        }
        return SyncError::Server {
            server: server.to_string(),
            detail: db.message().to_string(),
        };
    }
    if e.is_closed() || std::error::Error::source(&e).is_some() {
        return SyncError::Interrupted {
            server: server.to_string(),
            detail: e.to_string(),
        };
    }
    SyncError::Server {
        server: server.to_string(),
        detail: e.to_string(),
    }
}
