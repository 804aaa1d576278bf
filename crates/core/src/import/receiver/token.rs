//! The per-install token the extension must present: 32 random bytes as
//! hex, kept in a file beside the library that only the user may read.

use std::io::Write;
use std::path::{Path, PathBuf};

/// The token file for the library at `library_path`: a library has its own.
pub fn token_path(library_path: &Path) -> PathBuf {
    let name = library_path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "library".to_string());
    library_path.with_file_name(format!("{name}.receiver-token"))
}

#[derive(Clone)]
pub struct Token(String);

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Token(…)") // never in logs
    }
}

impl Token {
    /// The token stored at `path`, made and stored first if there is none.
    pub fn load_or_create(path: &Path) -> std::io::Result<Token> {
        if let Ok(text) = std::fs::read_to_string(path) {
            let text = text.trim();
            if text.len() >= 32 && text.chars().all(|c| c.is_ascii_hexdigit()) {
                return Ok(Token(text.to_string()));
            }
        }
        let token = Token::random()?;
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(path)?;
        file.write_all(token.0.as_bytes())?;
        file.write_all(b"\n")?;
        Ok(token)
    }

    /// A fresh token from the operating system's random source.
    pub fn random() -> std::io::Result<Token> {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).map_err(std::io::Error::other)?;
        Ok(Token(bytes.iter().map(|b| format!("{b:02x}")).collect()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether `given` is this token, compared in constant time (a wrong
    /// guess takes as long whatever its first wrong character).
    pub fn matches(&self, given: &str) -> bool {
        constant_time_eq::constant_time_eq(self.0.as_bytes(), given.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_is_made_once_kept_private_and_compared() {
        let dir = tempfile::tempdir().unwrap();
        let path = token_path(&dir.path().join("lib.sqlite3"));
        assert!(path.ends_with("lib.sqlite3.receiver-token"));
        let first = Token::load_or_create(&path).unwrap();
        let again = Token::load_or_create(&path).unwrap();
        assert_eq!(first.as_str(), again.as_str());
        assert_eq!(first.as_str().len(), 64);
        assert!(first.matches(again.as_str()));
        assert!(!first.matches(&first.as_str()[..63]));
        assert!(!first.matches(""));
        assert_ne!(Token::random().unwrap().as_str(), first.as_str());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o077, 0, "only the user may read the token");
        }
    }
}
