//! Helpers shared by the CLI integration tests: the real binary, a library
//! in a temporary folder, the project's own fixture articles.

#![allow(dead_code)] // each test file uses its own subset

use std::path::{Path, PathBuf};

use assert_cmd::Command;

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/articles")
}

pub fn fixture(name: &str) -> PathBuf {
    fixtures().join(name)
}

/// A library in its own temporary folder, and the binary pointed at it.
pub struct Lib {
    pub dir: tempfile::TempDir,
    pub db: PathBuf,
}

impl Lib {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("library.sqlite3");
        Lib { dir, db }
    }

    pub fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("quotebook").unwrap();
        cmd.arg("--db").arg(&self.db);
        cmd
    }

    /// Runs with `args`, expecting success, and returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).output().unwrap();
        assert!(
            out.status.success(),
            "quotebook {args:?} failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// Runs with `args` and `--format json`, parsing stdout.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut all = args.to_vec();
        all.extend(["--format", "json"]);
        serde_json::from_str(&self.ok(&all)).unwrap()
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

pub fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}
