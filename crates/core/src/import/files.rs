//! Which files an import covers: those named, and inside folders (recursively)
//! those whose extension says they are articles.

use std::path::{Path, PathBuf};

use super::{Format, ImportError};

/// The files to read, in a stable order, and what was passed over.
#[derive(Debug, Default)]
pub struct FileListing {
    pub files: Vec<PathBuf>,
    /// Files inside folders that are not articles (images, spreadsheets...), skipped.
    pub skipped: Vec<PathBuf>,
    /// Paths that could not be listed (missing, unreadable folders).
    pub errors: Vec<ImportError>,
    /// Special files (named pipes, devices, sockets), never opened: opening
    /// a named pipe waits for a writer forever and would hang the import.
    /// Each with what it is.
    pub special: Vec<(PathBuf, &'static str)>,
}

/// What a path that is neither a file nor a folder is, in words.
fn special_kind(file_type: std::fs::FileType) -> Option<&'static str> {
    use std::os::unix::fs::FileTypeExt;
    if file_type.is_fifo() {
        Some("a named pipe (FIFO), not a regular file")
    } else if file_type.is_char_device() || file_type.is_block_device() {
        Some("a device, not a regular file")
    } else if file_type.is_socket() {
        Some("a socket, not a regular file")
    } else {
        None
    }
}

/// Expands `paths`: a file is taken as given (its content decides whether it
/// is readable); a folder contributes its article files, recursively, sorted.
pub fn collect_files(paths: &[PathBuf]) -> FileListing {
    let mut listing = FileListing::default();
    for path in paths {
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk(path, &mut listing),
            Ok(meta) => match special_kind(meta.file_type()) {
                Some(kind) => listing.special.push((path.clone(), kind)),
                None => listing.files.push(path.clone()),
            },
            Err(source) => listing.errors.push(ImportError::Io {
                path: path.display().to_string(),
                source,
            }),
        }
    }
    listing
}

fn walk(dir: &Path, listing: &mut FileListing) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(source) => {
            listing.errors.push(ImportError::Io {
                path: dir.display().to_string(),
                source,
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') {
            continue; // hidden files and folders (.git, .DS_Store)
        }
        // Follow the entry itself (not symlinks to folders, which could loop);
        // a symlink to a file is judged by what it points to.
        let meta = std::fs::symlink_metadata(&path).and_then(|m| {
            if m.file_type().is_symlink() {
                std::fs::metadata(&path)
            } else {
                Ok(m)
            }
        });
        match meta {
            Ok(meta) if meta.is_dir() && !is_symlink(&path) => walk(&path, listing),
            Ok(meta) if special_kind(meta.file_type()).is_some() => {
                let kind = special_kind(meta.file_type()).expect("checked just above");
                listing.special.push((path, kind));
            }
            Ok(meta) if meta.is_file() && Format::from_path(&path).is_some() => {
                listing.files.push(path)
            }
            Ok(_) => listing.skipped.push(path),
            Err(source) => listing.errors.push(ImportError::Io {
                path: path.display().to_string(),
                source,
            }),
        }
    }
}

fn is_symlink(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_are_walked_recursively_keeping_article_files() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("a/b")).unwrap();
        std::fs::write(root.join("one.txt"), "x").unwrap();
        std::fs::write(root.join("a/two.md"), "x").unwrap();
        std::fs::write(root.join("a/b/three.html"), "x").unwrap();
        std::fs::write(root.join("a/photo.jpg"), "x").unwrap();
        std::fs::write(root.join(".hidden.txt"), "x").unwrap();
        let listing = collect_files(&[root.to_path_buf(), root.join("missing.txt")]);
        let names: Vec<_> = listing
            .files
            .iter()
            .map(|p| p.strip_prefix(root).unwrap().to_str().unwrap().to_string())
            .collect();
        assert_eq!(names, ["a/b/three.html", "a/two.md", "one.txt"]);
        assert_eq!(listing.skipped.len(), 1);
        assert_eq!(listing.errors.len(), 1);
        assert!(listing.errors[0].to_string().contains("missing.txt"));
    }

    #[test]
    fn a_named_pipe_is_listed_as_special_and_never_opened() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe.txt");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !made.is_ok_and(|s| s.success()) {
            eprintln!("mkfifo is not available; skipping");
            return;
        }
        std::fs::write(dir.path().join("story.txt"), "x").unwrap();
        std::os::unix::fs::symlink(&fifo, dir.path().join("link.txt")).unwrap();
        // Walking the folder and naming the pipe itself both pass it over
        // (a blocking open() would hang this test).
        let listing = collect_files(&[dir.path().to_path_buf(), fifo.clone()]);
        assert_eq!(listing.files, [dir.path().join("story.txt")]);
        assert_eq!(listing.special.len(), 3, "{:?}", listing.special);
        assert!(listing
            .special
            .iter()
            .all(|(_, kind)| kind.contains("FIFO")));
    }
}
