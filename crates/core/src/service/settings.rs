//! The user's settings, remembered between runs in a small JSON file in the
//! user's configuration folder (`~/.config/quotebook/settings.json` on
//! Linux), shared by the app and the CLI.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::ErrorCode;

/// Points both shells at another settings folder; tests use it.
pub const CONFIG_ENV: &str = "QUOTEBOOK_CONFIG";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct Settings {
    /// The citation style as [`StyleChoice::resolve`](crate::cite::StyleChoice::resolve)
    /// takes it: our own "ap" or "line", a bundled CSL style's name ("apa",
    /// "chicago", "ieee", ...), or the path of a house style's .csl file.
    /// Kept as text so a style added later is kept.
    pub citation_style: String,
    /// The library to open; None for the default one. `$QUOTEBOOK_DB` wins.
    pub library_path: Option<String>,
    /// Whether the lists show quoted terms with nobody saying them (scare
    /// quotes, titles) beside attributed quotes.
    pub show_terms: bool,
    /// The day AP-style dates are written against ("Tuesday" within a week
    /// of it); None for the real today. Set it to cite as of a draft's day.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub today: Option<NaiveDate>,
    /// The newsroom's shared library (`postgres://user@host/database`), never
    /// with a password (that goes to the system keyring); None when this
    /// library is not shared. `$QUOTEBOOK_SHARED_URL` serves when it is unset.
    pub shared_url: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            citation_style: "ap".to_owned(),
            library_path: None,
            show_terms: true,
            today: None,
            shared_url: None,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("could not read the settings {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("the settings {path} are not valid: {detail}")]
    Invalid { path: String, detail: String },
    #[error("could not save the settings {path}: {source}")]
    Write {
        path: String,
        source: std::io::Error,
    },
}

impl SettingsError {
    pub fn code(&self) -> ErrorCode {
        match self {
            SettingsError::Invalid { .. } => ErrorCode::InvalidInput,
            SettingsError::Read { .. } | SettingsError::Write { .. } => ErrorCode::DatabaseError,
        }
    }
}

/// Where the settings live: `$QUOTEBOOK_CONFIG/settings.json`, else the
/// user's configuration folder.
pub fn settings_path() -> PathBuf {
    let folder = match std::env::var_os(CONFIG_ENV).filter(|p| !p.is_empty()) {
        Some(folder) => PathBuf::from(folder),
        None => directories::ProjectDirs::from("", "", "quotebook")
            .map(|dirs| dirs.config_dir().to_path_buf())
            .unwrap_or_default(),
    };
    folder.join("settings.json")
}

impl Settings {
    /// The saved settings, or the defaults when none were saved yet. A file
    /// that cannot be read is an error naming it (never silently replaced).
    pub fn load(path: &Path) -> Result<Settings, SettingsError> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Settings::default()),
            Err(source) => {
                return Err(SettingsError::Read {
                    path: path.display().to_string(),
                    source,
                })
            }
        };
        serde_json::from_str(&text).map_err(|e| SettingsError::Invalid {
            path: path.display().to_string(),
            detail: e.to_string(),
        })
    }

    /// Saves the settings whole: written beside the file, then renamed over
    /// it, so a crash never leaves half a file.
    pub fn save(&self, path: &Path) -> Result<(), SettingsError> {
        let err = |source| SettingsError::Write {
            path: path.display().to_string(),
            source,
        };
        if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(folder).map_err(err)?;
        }
        let text = serde_json::to_string_pretty(self).expect("settings always serialise");
        let partial = path.with_extension("json.partial");
        std::fs::write(&partial, text).map_err(err)?;
        std::fs::rename(&partial, path).map_err(err)
    }

    /// The library to open: `$QUOTEBOOK_DB`, else the one chosen here, else
    /// the default.
    pub fn library(&self) -> PathBuf {
        let from_env = std::env::var_os(crate::paths::LIBRARY_ENV).is_some_and(|p| !p.is_empty());
        match &self.library_path {
            Some(path) if !from_env && !path.trim().is_empty() => PathBuf::from(path),
            _ => crate::paths::default_library_path(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_round_trip_and_default_when_missing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nested/settings.json");
        assert_eq!(Settings::load(&path).unwrap(), Settings::default());
        let chosen = Settings {
            citation_style: "apa".into(),
            library_path: Some("/tmp/other.sqlite3".into()),
            show_terms: false,
            today: Some("2024-05-01".parse().unwrap()),
            shared_url: Some("postgres://ada@news.example/quotes".into()),
        };
        chosen.save(&path).unwrap();
        assert_eq!(Settings::load(&path).unwrap(), chosen);
        assert!(!path.with_extension("json.partial").exists());
    }

    #[test]
    fn a_file_from_an_older_version_keeps_what_it_has() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        std::fs::write(&path, r#"{"citation_style": "mla"}"#).unwrap();
        let settings = Settings::load(&path).unwrap();
        assert_eq!(settings.citation_style, "mla");
        assert!(settings.show_terms, "missing keys take their defaults");
    }

    #[test]
    fn a_broken_file_is_an_error_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        std::fs::write(&path, "{not json").unwrap();
        let err = Settings::load(&path).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidInput);
        assert!(err.to_string().contains("settings.json"), "{err}");
    }
}
