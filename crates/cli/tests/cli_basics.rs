//! The real `quotebook` binary, run against real library files.

use assert_cmd::Command;
use predicates::prelude::*;

fn quotebook() -> Command {
    Command::cargo_bin("quotebook").unwrap()
}

#[test]
fn version_names_the_program_and_its_version() {
    quotebook()
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "quotebook {}",
            env!("CARGO_PKG_VERSION")
        )));
}

#[test]
fn help_lists_the_subcommands() {
    quotebook()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("info"));
}

#[test]
fn info_creates_the_library_and_reports_it_empty() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("lib.sqlite3");
    quotebook()
        .arg("--db")
        .arg(&db)
        .arg("info")
        .assert()
        .success()
        .stdout(predicate::str::contains("quotes:   0"));
    assert!(db.exists());
}

#[test]
fn the_environment_variable_chooses_the_default_library() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("from-env.sqlite3");
    quotebook()
        .env("QUOTEBOOK_DB", &db)
        .arg("info")
        .assert()
        .success()
        .stdout(predicate::str::contains("from-env.sqlite3"));
}
