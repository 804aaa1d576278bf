//! The library through the real binary: import twice, query, correct, undo,
//! re-import. These use the real extractor on the project's own fixtures.

mod common;

use common::*;
use predicates::prelude::*;
use serde_json::Value;

fn quotes(lib: &Lib, args: &[&str]) -> Vec<Value> {
    let mut all = vec!["quotes"];
    all.extend(args);
    lib.json(&all)["quotes"].as_array().unwrap().clone()
}

/// This file's own fixtures (the folder also holds other tests' articles).
const OURS: [&str; 3] = [
    "ferry-strike.md",
    "harbour-bridge.txt",
    "library-funding.html",
];

fn our_fixtures() -> Vec<String> {
    OURS.iter()
        .map(|name| s(&fixture(name)).to_string())
        .collect()
}

fn import_fixtures(lib: &Lib) {
    let files = our_fixtures();
    let mut args = vec!["import", "--outlet", "Fixture Press"];
    args.extend(files.iter().map(String::as_str));
    lib.ok(&args);
}

#[test]
fn importing_twice_leaves_one_copy_and_says_so() {
    let lib = Lib::new();
    import_fixtures(&lib);
    let count = quotes(&lib, &[]).len();
    assert!(count > 0, "the extractor found no quote in the fixtures");
    lib.cmd()
        .arg("import")
        .args(our_fixtures())
        .assert()
        .success()
        .stdout(predicate::str::contains("0 added, 0 updated, 3 unchanged"))
        .stdout(predicate::str::contains("already in the library"));
    assert_eq!(quotes(&lib, &[]).len(), count);
    assert!(lib.ok(&["info"]).contains("articles: 3"));
}

#[test]
fn quotes_by_speaker_and_by_date_range() {
    let lib = Lib::new();
    import_fixtures(&lib);
    let reyes = quotes(&lib, &["--speaker", "reyes"]);
    assert!(!reyes.is_empty());
    for q in &reyes {
        assert_eq!(q["speaker"], "Tomas Reyes", "{q}");
    }
    assert_eq!(quotes(&lib, &["--speaker", "tomas rey"]).len(), reyes.len());

    let march = quotes(&lib, &["--from", "2024-03-01", "--to", "2024-03-31"]);
    assert!(!march.is_empty());
    for q in &march {
        assert_eq!(q["title"], "Harbour bridge to reopen after repairs", "{q}");
    }
    let none = quotes(&lib, &["--from", "2030-01-01"]);
    assert!(none.is_empty());
}

#[test]
fn the_quote_object_has_the_extract_fields_and_the_library_fields() {
    let lib = Lib::new();
    import_fixtures(&lib);
    let q = &quotes(&lib, &["--speaker", "Harriet Boyle"])[0];
    for key in [
        "id",
        "text",
        "start",
        "end",
        "kind",
        "speaker",
        "speaker_mention",
        "role",
        "date",
        "venue",
        "cue",
        "confidence",
        "paragraph",
        "status",
        "note",
        "article_id",
        "title",
        "outlet",
        "wire",
        "url",
        "published",
    ] {
        assert!(q.get(key).is_some(), "{key} missing from {q}");
    }
    assert_eq!(q["status"], "unverified");
    assert!(q["note"].is_null(), "unknown values are null, never \"\"");
    assert_eq!(q["outlet"], "Fixture Press");
    assert_eq!(
        q["url"],
        "https://valleycourier.example/2024/01/library-funding"
    );
    assert_eq!(q["published"], "2024-01-19");
}

#[test]
fn an_edit_survives_reimport_of_a_new_version_and_reextract() {
    let lib = Lib::new();
    let article = lib.path("bridge.txt");
    let original = std::fs::read_to_string(fixture("harbour-bridge.txt")).unwrap();
    std::fs::write(&article, &original).unwrap();
    lib.ok(&["import", s(&article), "--outlet", "Arden Gazette"]);
    let first = quotes(&lib, &["--speaker", "Reyes"])[0].clone();
    let id = first["id"].as_i64().unwrap().to_string();
    lib.ok(&[
        "edit",
        &id,
        "--role",
        "Mayor of Port Arden",
        "--venue",
        "City Hall briefing",
    ]);
    lib.ok(&["verify", &id]);

    // The outlet corrects the story: same title and outlet, one more line.
    std::fs::write(
        &article,
        format!("{original}\nThis story was updated to correct the date of a council vote.\n"),
    )
    .unwrap();
    lib.cmd()
        .args(["import", s(&article), "--outlet", "Arden Gazette"])
        .assert()
        .success()
        .stdout(predicate::str::contains("1 updated"));
    lib.ok(&["reextract"]);

    let after: Value = lib.json(&["show", &id]);
    let q = &after["quote"];
    assert_eq!(q["role"], "Mayor of Port Arden");
    assert_eq!(q["venue"], "City Hall briefing");
    assert_eq!(q["status"], "verified");
    assert_eq!(q["text"], first["text"]);
    assert_eq!(after["article"]["versions"], 2);
    assert!(lib.ok(&["info"]).contains("articles: 1"));
}

#[test]
fn history_and_undo_through_the_cli() {
    let lib = Lib::new();
    import_fixtures(&lib);
    let id = quotes(&lib, &["--speaker", "Calloway"])[0]["id"]
        .as_i64()
        .unwrap()
        .to_string();
    lib.ok(&["dispute", &id, "--note", "the statement says otherwise"]);
    lib.ok(&["edit", &id, "--date", "2024-03-05"]);
    let history = lib.json(&["history", &id]);
    let actions: Vec<&str> = history["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["dispute", "edit"]);
    lib.cmd()
        .arg("undo")
        .assert()
        .success()
        .stdout(predicate::str::contains("undid change"));
    let q = &lib.json(&["show", &id])["quote"];
    assert_eq!(q["status"], "disputed");
    assert_eq!(q["note"], "the statement says otherwise");
    assert_ne!(q["date"], "2024-03-05");
}

#[test]
fn delete_and_delete_article_then_undo() {
    let lib = Lib::new();
    import_fixtures(&lib);
    let all = quotes(&lib, &[]);
    let id = all[0]["id"].as_i64().unwrap().to_string();
    let article_id = all[0]["article_id"].as_i64().unwrap();
    let article = article_id.to_string();
    lib.ok(&["delete", &id]);
    assert_eq!(quotes(&lib, &[]).len(), all.len() - 1);
    lib.ok(&["delete-article", &article]);
    assert!(quotes(&lib, &[])
        .iter()
        .all(|q| q["article_id"].as_i64() != Some(article_id)));
    lib.ok(&["undo"]);
    lib.ok(&["undo"]);
    assert_eq!(quotes(&lib, &[]).len(), all.len());
    lib.cmd()
        .args(["delete", "999999"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("quote 999999 does not exist"));
}

#[test]
fn speakers_merge_split_and_suggestions() {
    let lib = Lib::new();
    import_fixtures(&lib);
    let article = lib.path("short.txt");
    std::fs::write(
        &article,
        "Bridge tolls\n\n\"Tolls will stay the same,\" said Reyes on Friday.\n",
    )
    .unwrap();
    lib.ok(&["import", s(&article), "--published", "2024-03-09"]);
    let speakers = lib.json(&["speakers"]);
    let names: Vec<&str> = speakers["speakers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"Tomas Reyes"), "{names:?}");
    if names.contains(&"Reyes") {
        let suggestions = lib.ok(&["speakers", "--suggest-merges"]);
        assert!(
            suggestions.contains("\"Reyes\" \"Tomas Reyes\""),
            "{suggestions}"
        );
        lib.ok(&["merge-speakers", "Reyes", "Tomas Reyes"]);
        let merged = lib.json(&["speakers"]);
        let reyes = merged["speakers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["name"] == "Tomas Reyes")
            .unwrap()
            .clone();
        assert_eq!(reyes["aliases"], serde_json::json!(["Reyes"]));
        lib.ok(&["split-alias", "Reyes"]);
    }
    lib.cmd()
        .args(["split-alias", "Tomas Reyes"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not an alias"));
}

#[test]
fn backup_writes_a_library_that_opens() {
    let lib = Lib::new();
    import_fixtures(&lib);
    let copy = lib.path("copy.sqlite3");
    lib.ok(&["backup", s(&copy)]);
    let out = assert_cmd::Command::cargo_bin("quotebook")
        .unwrap()
        .arg("--db")
        .arg(&copy)
        .arg("info")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("articles: 3"));
}

#[test]
fn table_output_lists_quotes_with_their_speakers() {
    let lib = Lib::new();
    import_fixtures(&lib);
    lib.cmd()
        .args(["quotes", "--speaker", "Maddox"])
        .assert()
        .success()
        .stdout(predicate::str::contains("SPEAKER").and(predicate::str::contains("Owen Maddox")));
    lib.cmd()
        .args(["quotes", "--status", "bogus"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("not a status"));
}

#[test]
fn edit_rejects_a_bad_date_and_clears_with_an_empty_one() {
    let lib = Lib::new();
    import_fixtures(&lib);
    let id = quotes(&lib, &["--speaker", "Maddox"])[0]["id"]
        .as_i64()
        .unwrap()
        .to_string();
    lib.cmd()
        .args(["edit", &id, "--date", "next week"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a date"));
    let edited = lib.json(&["edit", &id, "--date", "", "--role", ""]);
    assert!(edited["date"].is_null());
    assert!(edited["role"].is_null());
}

#[test]
fn unsure_lists_the_quotes_below_the_threshold_least_certain_first() {
    let lib = Lib::new();
    import_fixtures(&lib);
    let all = quotes(&lib, &[]);
    let conf = |q: &Value| q["confidence"].as_f64().unwrap();
    let unsure = quotes(&lib, &["--unsure"]);
    let below: Vec<&Value> = all.iter().filter(|q| conf(q) < 0.8).collect();
    assert_eq!(unsure.len(), below.len());
    assert!(unsure.iter().all(|q| conf(q) < 0.8));
    assert!(unsure.windows(2).all(|w| conf(&w[0]) <= conf(&w[1])));
    // Another threshold; everything is below 1.
    let every = quotes(&lib, &["--unsure", "1"]);
    assert_eq!(every.len(), all.iter().filter(|q| conf(q) < 1.0).count());
    assert!(quotes(&lib, &["--unsure", "0"]).is_empty());
    lib.cmd()
        .args(["quotes", "--unsure", "2"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("not a confidence from 0 to 1"));
}
