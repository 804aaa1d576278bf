//! Bad input never costs data and never stops a batch: each bad file gets a
//! one-line error naming it, the rest imports, the exit code says so.

mod common;

use common::*;
use predicates::prelude::*;

#[test]
fn a_binary_file_in_the_batch_is_reported_and_skipped_while_the_rest_import() {
    let lib = Lib::new();
    let png = lib.path("photo.txt");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10").unwrap();
    let harbour = fixture("harbour-bridge.txt");
    lib.cmd()
        .args(["import", s(&png), s(&harbour)])
        .assert()
        .failure()
        .stderr(predicate::str::contains("photo.txt: a binary file"))
        .stdout(predicate::str::contains("1 added"));
    let info = lib.ok(&["info"]);
    assert!(info.contains("articles: 1"), "{info}");
}

#[test]
fn every_bad_input_gets_one_line_naming_the_file() {
    let lib = Lib::new();
    let empty = lib.path("empty.txt");
    std::fs::write(&empty, b"").unwrap();
    let blank = lib.path("blank.md");
    std::fs::write(&blank, b"  \n\n\t\n").unwrap();
    let huge = lib.path("huge.txt");
    let file = std::fs::File::create(&huge).unwrap();
    file.set_len(quotebook_core::import::MAX_FILE_BYTES + 1)
        .unwrap();
    let broken = lib.path("broken.html");
    std::fs::write(&broken, "<html><body><nav>menu</nav><script>x</script>").unwrap();
    let missing = lib.path("missing.txt");

    let out = lib
        .cmd()
        .args([
            "import",
            s(&empty),
            s(&blank),
            s(&huge),
            s(&broken),
            s(&missing),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 5, "one line per bad file:\n{stderr}");
    for (name, problem) in [
        ("empty.txt", "empty"),
        ("blank.md", "empty"),
        ("huge.txt", "too large"),
        ("broken.html", "no article text"),
        ("missing.txt", "No such file"),
    ] {
        assert!(
            lines
                .iter()
                .any(|l| l.contains(name) && l.contains(problem)),
            "no line says {name}: {problem}:\n{stderr}"
        );
    }
}

#[test]
fn an_unreadable_file_is_reported() {
    use std::os::unix::fs::PermissionsExt;
    let lib = Lib::new();
    let secret = lib.path("secret.txt");
    std::fs::write(&secret, "\"Words,\" said Someone.").unwrap();
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&secret).is_ok() {
        // Running as root: permissions do not stop reading, nothing to test.
        return;
    }
    lib.cmd()
        .args(["import", s(&secret)])
        .assert()
        .failure()
        .stderr(predicate::str::contains("secret.txt: Permission denied"));
}

#[test]
fn a_folder_is_imported_recursively_and_other_files_are_skipped() {
    let lib = Lib::new();
    let folder = lib.path("articles");
    std::fs::create_dir_all(folder.join("deep")).unwrap();
    std::fs::copy(fixture("ferry-strike.md"), folder.join("deep/ferry.md")).unwrap();
    std::fs::copy(fixture("library-funding.html"), folder.join("library.html")).unwrap();
    std::fs::write(folder.join("cover.jpg"), b"\xff\xd8\xff\xe0\0\x10JFIF").unwrap();
    lib.cmd()
        .args(["import", s(&folder)])
        .assert()
        .success()
        .stdout(predicate::str::contains("2 added").and(predicate::str::contains("1 skipped")));
}

#[test]
fn a_corrupt_library_is_reported_and_left_as_it_was() {
    let lib = Lib::new();
    let garbage = b"SQLite format 3\0 but then nothing sensible at all, just words words words";
    std::fs::write(&lib.db, garbage).unwrap();
    lib.cmd()
        .args(["import", s(&fixture("harbour-bridge.txt"))])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("library.sqlite3").and(predicate::str::contains("damaged")),
        );
    assert_eq!(
        std::fs::read(&lib.db).unwrap(),
        garbage,
        "the file is untouched"
    );
}

#[test]
fn standard_input_is_an_article_with_the_metadata_given_on_the_command_line() {
    let lib = Lib::new();
    let text = std::fs::read_to_string(fixture("harbour-bridge.txt")).unwrap();
    lib.cmd()
        .args([
            "import",
            "-",
            "--outlet",
            "Arden Gazette",
            "--url",
            "https://gazette.example/bridge",
        ])
        .write_stdin(text)
        .assert()
        .success()
        .stdout(predicate::str::contains("-: added"));
    lib.cmd()
        .args(["import", "-"])
        .write_stdin(Vec::<u8>::new())
        .assert()
        .failure()
        .stderr(predicate::str::contains("-: empty"));
}

#[test]
fn url_with_several_files_is_refused() {
    let lib = Lib::new();
    lib.cmd()
        .args(["import", "--url", "https://x.example/a"])
        .arg(fixture("harbour-bridge.txt"))
        .arg(fixture("ferry-strike.md"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--url names one article"));
}
