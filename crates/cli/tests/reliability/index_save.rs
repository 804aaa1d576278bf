//! A search-index save killed half-way (kill -9) leaves its temporary file
//! beside the index; the next search removes it, and the index on disk is
//! always whole: the old one until a save's rename, the new one after.

use quotebook_core::search::{index_path, Index};

use super::*;

/// The temporary files of index saves beside the library.
fn leftovers(lib: &Lib) -> Vec<String> {
    let prefix = format!(
        "{}.tmp",
        index_path(&lib.db).file_name().unwrap().to_string_lossy()
    );
    std::fs::read_dir(lib.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(&prefix))
        .collect()
}

/// An article of `quotes` quotes, each with its own words.
fn article_of(quotes: usize, story: usize) -> String {
    (0..quotes)
        .map(|j| {
            format!(
                "\"Point {j} of story {story} stands with word{story}x{j},\" said Reporter Number{j}.\n\n"
            )
        })
        .collect()
}

/// Runs `quotebook search` and kills it (SIGKILL) the moment an index save
/// has created its temporary file. Returns whether the kill landed in a save.
fn search_killed_during_save(lib: &Lib) -> bool {
    let mut child = StdCommand::new(binary())
        .arg("--db")
        .arg(&lib.db)
        .args(["search", "point"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            return false; // the save finished before it was seen
        }
        if !leftovers(lib).is_empty() {
            let _ = child.kill();
            let _ = child.wait();
            return true;
        }
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the search never ended"
        );
    }
}

/// The saved index loads and holds every quote of the library.
fn assert_index_whole(lib: &Lib) {
    let (index, stamp) = Index::load(&index_path(&lib.db)).expect("the saved index loads");
    assert!(!stamp.library_id.is_empty());
    assert_eq!(index.len() as u64, counts(&lib.db).1);
}

#[test]
fn an_index_save_killed_mid_write_leaves_no_leftover_and_a_loadable_index() {
    let lib = Lib::new();
    let folder = lib.path("batch");
    std::fs::create_dir(&folder).unwrap();
    for story in 0..8 {
        write(
            &folder.join(format!("story-{story}.txt")),
            article_of(1500, story),
        );
    }
    lib.ok(&["import", s(&folder)]);

    let mut landed = 0;
    for round in 0..4 {
        if round > 0 {
            // Enough new quotes that the next search saves the index again,
            // over the one saved before.
            let more = write(
                &lib.path(&format!("more-{round}.txt")),
                article_of(400, 100 + round),
            );
            lib.ok(&["import", s(&more)]);
        }
        let killed = search_killed_during_save(&lib);
        let left = leftovers(&lib);
        if killed {
            assert!(!left.is_empty());
            landed += 1;
        }
        // Whatever the kill cut short, the index file is the last whole one
        // (or none yet): never half a file.
        let path = index_path(&lib.db);
        if path.exists() {
            Index::load(&path).expect("the index on disk is whole after a kill");
        }
        // The next search removes the leftover and saves a whole index.
        let out = lib.cmd().args(["search", "point"]).output().unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert_eq!(
            leftovers(&lib),
            Vec::<String>::new(),
            "round {round}: {left:?}"
        );
        assert_index_whole(&lib);
    }
    assert!(landed >= 2, "only {landed} kills landed during a save");
}
