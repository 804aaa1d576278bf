//! Connecting to the shared library: a standard `postgres://` URL, TLS when
//! the URL or server asks for it, the password from the URL or the system
//! keyring, and a bounded wait so an unreachable server is said at once.

use std::str::FromStr;
use std::time::Duration;

use postgres::config::{Host, SslMode};
use postgres::{Client, Config, NoTls};

use crate::error::from_pg;
use crate::{password, SyncError};

/// How long to wait for the server before calling it offline.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// An open connection to a shared library.
pub struct Shared {
    pub(crate) client: Client,
    /// host:port/database, for messages (never the password).
    pub(crate) server: String,
    /// The PostgreSQL role connected as.
    pub(crate) role: String,
}

impl Shared {
    /// Connects to the shared library at `url`.
    pub fn connect(url: &str) -> Result<Shared, SyncError> {
        let mut config = parse(url)?;
        let server = describe(&config);
        let role = config.get_user().unwrap_or_default().to_string();
        if config.get_password().is_none() {
            if let Some(secret) = password::lookup(url)? {
                config.password(secret);
            }
        }
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(CONNECT_TIMEOUT);
        }
        config.application_name("quotebook");
        let connected = if config.get_ssl_mode() == SslMode::Disable {
            config.connect(NoTls)
        } else {
            let tls = native_tls::TlsConnector::new().map_err(|e| SyncError::Offline {
                server: server.clone(),
                detail: format!("TLS is not available on this system: {e}"),
            })?;
            config.connect(postgres_native_tls::MakeTlsConnector::new(tls))
        };
        let client = connected.map_err(|e| match from_pg(&server, &role, e) {
            SyncError::Interrupted { server, detail } | SyncError::Server { server, detail } => {
                SyncError::Offline { server, detail }
            }
            other => other,
        })?;
        Ok(Shared {
            client,
            server,
            role,
        })
    }

    /// host:port/database of this connection.
    pub fn server(&self) -> &str {
        &self.server
    }

    /// The role connected as.
    pub fn role(&self) -> &str {
        &self.role
    }

    pub(crate) fn pg(&self, e: postgres::Error) -> SyncError {
        from_pg(&self.server, &self.role, e)
    }

    /// Whether this role may add to the shared library (a read-only role
    /// can pull, search and cite, not send edits).
    pub fn can_write(&mut self) -> Result<bool, SyncError> {
        let row = self
            .client
            .query_one(
                "SELECT has_table_privilege(current_user, 'changes', 'INSERT')
                    AND has_table_privilege(current_user, 'quotes', 'INSERT')",
                &[],
            )
            .map_err(|e| self.pg(e))?;
        Ok(row.get(0))
    }
}

fn parse(url: &str) -> Result<Config, SyncError> {
    let bad = |detail: String| SyncError::BadUrl {
        url: without_password(url),
        detail,
    };
    if !(url.starts_with("postgres://") || url.starts_with("postgresql://")) {
        return Err(bad("it does not start with postgres://".to_string()));
    }
    let config = Config::from_str(url).map_err(|e| bad(e.to_string()))?;
    if config.get_user().is_none() {
        return Err(bad(
            "it names no user (postgres://USER@host/database)".to_string()
        ));
    }
    Ok(config)
}

fn describe(config: &Config) -> String {
    let host = match config.get_hosts().first() {
        Some(Host::Tcp(h)) => h.clone(),
        #[cfg(unix)]
        Some(Host::Unix(p)) => p.display().to_string(),
        None => "localhost".to_string(),
    };
    let port = config.get_ports().first().copied().unwrap_or(5432);
    let db = config
        .get_dbname()
        .or(config.get_user())
        .unwrap_or_default();
    format!("{host}:{port}/{db}")
}

/// `url` without the password it may hold, as remembered and shown.
pub fn without_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let (authority, tail) = match rest.find(['/', '?']) {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    let Some((userinfo, host)) = authority.rsplit_once('@') else {
        return url.to_string();
    };
    let user = userinfo.split(':').next().unwrap_or_default();
    format!("{scheme}://{user}@{host}{tail}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_is_never_remembered_or_shown() {
        assert_eq!(
            without_password("postgres://ann:s3cret@db.example:5433/news?sslmode=require"),
            "postgres://ann@db.example:5433/news?sslmode=require"
        );
        assert_eq!(
            without_password("postgres://ann@db/news"),
            "postgres://ann@db/news"
        );
    }

    #[test]
    fn an_address_that_is_not_postgres_is_refused_by_name() {
        let err = parse("mysql://ann@db/news").unwrap_err();
        assert_eq!(err.code(), crate::SyncErrorCode::SyncBadUrl);
        let err = parse("postgres://db.example/news").unwrap_err();
        assert!(err.to_string().contains("no user"), "{err}");
    }
}
