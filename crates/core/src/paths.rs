//! Where the library lives unless the user says otherwise.
//!
//! One function decides it, so the CLI and the desktop app open the same file.

use std::path::PathBuf;

/// File name of the library database inside the data folder.
pub const LIBRARY_FILE_NAME: &str = "library.sqlite3";

/// Environment variable that points both shells at another library; tests use
/// it to run the real app against a database in a temporary folder.
pub const LIBRARY_ENV: &str = "QUOTEBOOK_DB";

/// The default library: `$QUOTEBOOK_DB` when set, else `library.sqlite3` in the
/// user's data folder (`~/.local/share/quotebook` on Linux).
pub fn default_library_path() -> PathBuf {
    if let Some(path) = std::env::var_os(LIBRARY_ENV).filter(|p| !p.is_empty()) {
        return PathBuf::from(path);
    }
    match directories::ProjectDirs::from("", "", "quotebook") {
        Some(dirs) => dirs.data_dir().join(LIBRARY_FILE_NAME),
        // No home directory at all (a bare container): fall back to the
        // working directory rather than failing to start.
        None => PathBuf::from(LIBRARY_FILE_NAME),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_path_is_the_library_file_in_a_quotebook_folder() {
        if std::env::var_os(LIBRARY_ENV).is_some() {
            return; // the environment chose another library on purpose
        }
        let path = default_library_path();
        assert_eq!(path.file_name().unwrap(), LIBRARY_FILE_NAME);
        assert_eq!(path.parent().unwrap().file_name().unwrap(), "quotebook");
    }
}
