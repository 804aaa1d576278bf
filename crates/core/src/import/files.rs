//! Which files an import covers: those named, and inside folders (recursively)
//! those whose extension says they are articles.

use std::path::{Path, PathBuf};

use super::{Format, ImportError};

/// The files to read, in a stable order, and what was passed over.
#[derive(Debug, Default)]
pub struct FileListing {
    pub files: Vec<PathBuf>,
    /// Files inside folders that are not articles (images, PDFs...), skipped.
    pub skipped: Vec<PathBuf>,
    /// Paths that could not be listed (missing, unreadable folders).
    pub errors: Vec<ImportError>,
}

/// Expands `paths`: a file is taken as given (its content decides whether it
/// is readable); a folder contributes its article files, recursively, sorted.
pub fn collect_files(paths: &[PathBuf]) -> FileListing {
    let mut listing = FileListing::default();
    for path in paths {
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk(path, &mut listing),
            Ok(_) => listing.files.push(path.clone()),
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
        // Follow the entry itself (not symlinks to folders, which could loop).
        match std::fs::symlink_metadata(&path) {
            Ok(meta) if meta.is_dir() => walk(&path, listing),
            Ok(_) if Format::from_path(&path).is_some() => listing.files.push(path),
            Ok(_) => listing.skipped.push(path),
            Err(source) => listing.errors.push(ImportError::Io {
                path: path.display().to_string(),
                source,
            }),
        }
    }
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
}
