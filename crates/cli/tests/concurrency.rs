//! Two processes writing to one library at once: both finish, neither sees
//! "database is locked".

mod common;

use common::*;

#[test]
fn two_imports_at_once_both_succeed() {
    let lib = Lib::new();
    lib.ok(&["info"]); // create the library first, as the app would have
    let mut folders = Vec::new();
    for writer in 0..2 {
        let folder = lib.path(&format!("batch{writer}"));
        std::fs::create_dir(&folder).unwrap();
        for i in 0..25 {
            std::fs::write(
                folder.join(format!("a{i}.txt")),
                format!(
                    "Report {i} from desk {writer}\n\n\"Item {i} is ready,\" said Clerk Number{writer}.\n"
                ),
            )
            .unwrap();
        }
        folders.push(folder);
    }
    let children: Vec<_> = folders
        .iter()
        .map(|folder| {
            std::process::Command::new(assert_cmd::cargo::cargo_bin("quotebook"))
                .arg("--db")
                .arg(&lib.db)
                .arg("import")
                .arg(folder)
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{stderr}");
        assert!(!stderr.contains("locked"), "{stderr}");
    }
    assert!(lib.ok(&["info"]).contains("articles: 50"));
}
