//! A library on read-only media opens for reading and refuses writes by
//! name. The tests run as root in CI, and root writes through file modes:
//! the immutable flag (`chattr +i`) holds for root too, and is undone when
//! the test ends, passed or failed.

use std::fs::OpenOptions;
use std::path::{Path, PathBuf};
use std::process::Command as StdCommand;

use super::*;

/// `path` made read-only for this process, until dropped.
struct ReadOnlyGuard {
    path: PathBuf,
    immutable: bool,
}

fn is_writable(path: &Path) -> bool {
    if path.is_dir() {
        let probe = path.join(".write-probe");
        let made = std::fs::File::create(&probe).is_ok();
        let _ = std::fs::remove_file(&probe);
        made
    } else {
        OpenOptions::new().append(true).open(path).is_ok()
    }
}

impl ReadOnlyGuard {
    /// Makes `path` immutable (`chattr +i`), or where that is not possible
    /// (another file system, not root) takes its write permissions away;
    /// fails the test when neither stops this process writing it.
    fn set(path: &Path) -> Self {
        let immutable = StdCommand::new("chattr")
            .arg("+i")
            .arg(path)
            .status()
            .is_ok_and(|s| s.success());
        let guard = ReadOnlyGuard {
            path: path.to_path_buf(),
            immutable,
        };
        if !immutable {
            let mut perms = std::fs::metadata(path).unwrap().permissions();
            perms.set_readonly(true);
            std::fs::set_permissions(path, perms).unwrap();
        }
        assert!(
            !is_writable(path),
            "neither chattr +i nor chmod makes {} read-only here",
            path.display()
        );
        guard
    }
}

impl Drop for ReadOnlyGuard {
    fn drop(&mut self) {
        if self.immutable {
            let _ = StdCommand::new("chattr").arg("-i").arg(&self.path).status();
        } else if let Ok(meta) = std::fs::metadata(&self.path) {
            let mut perms = meta.permissions();
            #[allow(clippy::permissions_set_readonly_false)]
            perms.set_readonly(false);
            let _ = std::fs::set_permissions(&self.path, perms);
        }
    }
}

/// A library of two articles, in its own folder.
fn library_of_two() -> Lib {
    let lib = Lib::new();
    let second = "The harbour reopened on Tuesday.\n\n\
        \"Boats are moving again,\" harbour master Lena Ortiz said.\n";
    let a = write(&lib.path("a.txt"), GOOD_ARTICLE);
    let b = write(&lib.path("b.txt"), second);
    lib.ok(&["import", s(&a), s(&b)]);
    lib
}

/// Every read works on the read-only library, and every write is refused
/// with the library's name and the words "read-only"; the file is unchanged.
fn reads_work_and_writes_are_refused(lib: &Lib, outside: &Path) {
    let before = std::fs::read(&lib.db).unwrap();
    let reads: [(&[&str], &str); 9] = [
        (&["info"], "quotes:   2"),
        (&["quotes"], "Whitfield"),
        (&["search", "quiet", "place"], "quiet place"),
        (&["show", "1"], "quiet place"),
        (&["cite", "1"], "Whitfield"),
        (&["speakers"], "Ortiz"),
        (&["article", "2"], "harbour"),
        (&["export", "--format", "csv"], "Boats are moving"),
        (&["export", "--format", "json"], "Boats are moving"),
    ];
    for (args, expected) in reads {
        let out = lib.cmd().args(args).output().unwrap();
        let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
        assert!(out.status.success(), "{args:?}: {stderr}");
        assert!(stdout.contains(expected), "{args:?}: {stdout}");
    }
    // A copy off the read-only media is a read too.
    let copy = outside.join("copy.sqlite3");
    lib.ok(&["backup", s(&copy)]);
    assert_eq!(counts(&copy), (2, 2));
    let recovered = outside.join("recovered.sqlite3");
    lib.ok(&["recover", s(&recovered)]);
    assert_eq!(counts(&recovered), (2, 2));

    let article = write(
        &outside.join("new.txt"),
        GOOD_ARTICLE.replace("Monday", "Friday"),
    );
    let writes: [&[&str]; 7] = [
        &["import", s(&article)],
        &["verify", "1"],
        &["dispute", "1", "--note", "unsure"],
        &["edit", "1", "--speaker", "Someone Else"],
        &["delete", "1"],
        &["merge-speakers", "Lena Ortiz", "Dana Whitfield"],
        &["reextract"],
    ];
    let name = lib.db.display().to_string();
    for args in writes {
        let out = lib.cmd().args(args).output().unwrap();
        let stderr = text(&out.stderr);
        assert!(!out.status.success(), "{args:?} was allowed");
        assert!(
            stderr.contains(&name) && stderr.contains("is read-only"),
            "{args:?}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
    assert_eq!(
        std::fs::read(&lib.db).unwrap(),
        before,
        "the file is unchanged"
    );
}

#[test]
fn a_library_in_a_read_only_folder_reads_and_refuses_writes_by_name() {
    let lib = library_of_two();
    let outside = tempfile::tempdir().unwrap();
    // No saved search index yet: search builds one in memory and cannot
    // save it, which must not stop it.
    assert!(!quotebook_core::search::index_path(&lib.db).exists());
    let _guard = ReadOnlyGuard::set(lib.dir.path());
    reads_work_and_writes_are_refused(&lib, outside.path());
    let left: Vec<String> = std::fs::read_dir(lib.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("sqlite3-"))
        .collect();
    assert!(left.is_empty(), "nothing was added: {left:?}");
}

#[test]
fn a_read_only_library_file_reads_and_refuses_writes_by_name() {
    let lib = library_of_two();
    let outside = tempfile::tempdir().unwrap();
    lib.ok(&["search", "boats"]); // the saved index is there too
    let _guard = ReadOnlyGuard::set(&lib.db);
    reads_work_and_writes_are_refused(&lib, outside.path());
}
