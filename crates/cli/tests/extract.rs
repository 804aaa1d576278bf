//! `quotebook extract` through the real binary: the JSON contract the scorer
//! reads, jsonl over several files, and clear errors for bad files.

use assert_cmd::Command;
use predicates::prelude::*;

const ARTICLE: &str = "Published: 09:00, March 16, 2023\nA headline about a bridge\n\nMayor Ann Lee opened the bridge on Wednesday.\n\n\"This bridge joins two towns,\" Lee said at a news conference.\n";

fn quotebook() -> Command {
    Command::cargo_bin("quotebook").expect("binary is built")
}

fn write(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let p = dir.path().join(name);
    std::fs::write(&p, bytes).expect("temp file");
    p
}

/// `quotebook extract --format json FILE`, which must succeed, parsed.
fn extract_json(file: &std::path::Path) -> serde_json::Value {
    let out = quotebook()
        .args(["extract", "--format", "json"])
        .arg(file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn json_prints_the_quote_object_with_nulls_for_unknowns() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(&dir, "a.txt", ARTICLE.as_bytes());
    let v = extract_json(&file);
    let q = &v["quotes"][0];
    assert_eq!(q["text"], "This bridge joins two towns,");
    assert_eq!(q["speaker"], "Ann Lee");
    assert_eq!(q["role"], "Mayor");
    // Read from the "Published:" line: 2023-03-16 is a Thursday.
    assert_eq!(q["date"], "2023-03-15");
    assert_eq!(q["venue"], "a news conference");
    assert_eq!(q["kind"], "direct");
    let start = q["start"].as_u64().unwrap() as usize;
    let end = q["end"].as_u64().unwrap() as usize;
    assert_eq!(&ARTICLE[start..end], "This bridge joins two towns,");
}

#[test]
fn the_published_flag_wins_over_the_article() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(&dir, "a.txt", ARTICLE.as_bytes());
    let out = quotebook()
        .args(["extract", "--format", "json", "--published", "2023-03-24"])
        .arg(&file)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["quotes"][0]["date"], "2023-03-22");
}

#[test]
fn jsonl_reports_each_file_and_errors_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(&dir, "good.txt", ARTICLE.as_bytes());
    let empty = write(&dir, "empty.txt", b"");
    let binary = write(&dir, "bin.txt", &[0x89, b'P', b'N', b'G', 0, 0, 1]);
    let latin1 = write(&dir, "latin1.txt", b"caf\xe9 \"ol\xe9\" said Ann");
    let out = quotebook()
        .args(["extract", "--format", "jsonl"])
        .args([&good, &empty, &binary, &latin1])
        .output()
        .unwrap();
    assert!(
        !out.status.success(),
        "a failed file makes the exit code non-zero"
    );
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["quotes"].as_array().unwrap().len(), 1);
    assert!(lines[1]["error"].as_str().unwrap().contains("empty.txt"));
    assert!(lines[1]["error"].as_str().unwrap().contains("empty"));
    assert!(lines[2]["error"].as_str().unwrap().contains("binary"));
    // Windows-1252 text is read, not refused.
    assert!(lines[3].get("error").is_none(), "{}", lines[3]);
}

#[test]
fn json_names_the_bad_file_on_stderr() {
    let dir = tempfile::tempdir().unwrap();
    // Binary (NUL bytes, no byte-order mark). "\xff\xfe\x00bad" is no longer
    // bad input: it is two CJK characters in UTF-16 with its mark.
    let bad = write(&dir, "broken.txt", b"\x00\x01\x02bad\x00");
    quotebook()
        .args(["extract", "--format", "json"])
        .arg(&bad)
        .assert()
        .failure()
        .stderr(predicate::str::contains("broken.txt"));
}

#[test]
fn html_files_have_their_tags_removed() {
    let dir = tempfile::tempdir().unwrap();
    let html = "<html><head><style>p{}</style></head><body><p>Mayor Ann Lee spoke.</p><p>&quot;We are ready,&quot; Lee said.</p></body></html>";
    let file = write(&dir, "a.html", html.as_bytes());
    let v = extract_json(&file);
    assert_eq!(v["quotes"][0]["text"], "We are ready,");
    assert_eq!(v["quotes"][0]["speaker"], "Ann Lee");
}

#[test]
fn html_is_read_as_import_reads_it_with_its_date_and_without_navigation() {
    // 2023-03-16 is a Thursday: "on Wednesday" needs the page's own date.
    let dir = tempfile::tempdir().unwrap();
    let html = r#"<html><head><meta property="article:published_time" content="2023-03-16T09:00:00Z"></head>
<body><nav><p>"Subscribe now," the banner says.</p></nav>
<article><p>Mayor Ann Lee opened the bridge on Wednesday.</p><p>&quot;We are ready,&quot; Lee said.</p></article></body></html>"#;
    let file = write(&dir, "page.html", html.as_bytes());
    let v = extract_json(&file);
    let quotes = v["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), 1, "{quotes:?}");
    assert_eq!(quotes[0]["text"], "We are ready,");
    assert_eq!(quotes[0]["date"], "2023-03-15");
}

#[test]
fn table_is_for_people() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(&dir, "a.txt", ARTICLE.as_bytes());
    quotebook()
        .args(["extract"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("Ann Lee").and(predicate::str::contains("1 quotes")));
}
