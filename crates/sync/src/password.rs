//! Passwords for the shared library live in the system keyring (never in
//! the library, the settings or a URL that is remembered), one entry per
//! role, server and database.

use keyring::Entry;

use crate::connect::without_password;
use crate::SyncError;

const SERVICE: &str = "quotebook-shared";

fn entry(url: &str) -> Result<Entry, SyncError> {
    Entry::new(SERVICE, &without_password(url)).map_err(|e| SyncError::Keyring {
        action: "open its entry",
        detail: e.to_string(),
    })
}

/// The password stored for `url`, if any. A system with no keyring
/// service answers "none" (the server may not need one).
pub fn lookup(url: &str) -> Result<Option<String>, SyncError> {
    let Ok(entry) = entry(url) else {
        return Ok(None);
    };
    match entry.get_password() {
        Ok(secret) => Ok(Some(secret)),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(keyring::Error::PlatformFailure(_) | keyring::Error::NoStorageAccess(_)) => Ok(None),
        Err(e) => Err(SyncError::Keyring {
            action: "read the password",
            detail: e.to_string(),
        }),
    }
}

/// Stores `secret` for `url` in the system keyring.
pub fn store(url: &str, secret: &str) -> Result<(), SyncError> {
    entry(url)?
        .set_password(secret)
        .map_err(|e| SyncError::Keyring {
            action: "store the password",
            detail: e.to_string(),
        })
}

/// Forgets the password stored for `url` (none stored is not an error).
pub fn forget(url: &str) -> Result<(), SyncError> {
    match entry(url)?.delete_credential() {
        Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
        Err(e) => Err(SyncError::Keyring {
            action: "forget the password",
            detail: e.to_string(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_goes_to_the_keyring_and_back_without_the_url_holding_it() {
        keyring::set_default_credential_builder(keyring::mock::default_credential_builder());
        let url = "postgres://ann:typed@db.example/news";
        // The mock keyring keeps nothing between entries: check the round
        // trip through one entry, as the real keyrings do across entries.
        let e = entry(url).unwrap();
        e.set_password("s3cret").unwrap();
        assert_eq!(e.get_password().unwrap(), "s3cret");
        assert_eq!(lookup("postgres://nobody@db.example/news").unwrap(), None);
    }
}
