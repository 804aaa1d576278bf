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
            // More changed quotes than a search layers over the saved index
            // (5,000), imported while the saved index is away, as the app or
            // a sync changes the library without saving it (an import saves
            // it itself past that many): the next search folds them in and
            // saves the index again, over the one saved before.
            let path = index_path(&lib.db);
            let aside = lib.path("index-aside");
            std::fs::rename(&path, &aside).unwrap();
            let more = lib.path(&format!("more-{round}"));
            std::fs::create_dir(&more).unwrap();
            for k in 0..4 {
                write(
                    &more.join(format!("story-{k}.txt")),
                    article_of(1300, 100 + round * 10 + k),
                );
            }
            lib.ok(&["import", s(&more)]);
            std::fs::rename(&aside, &path).unwrap();
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

/// The index file is whole and holds every quote (every block checked).
fn assert_index_checks_whole(lib: &Lib) {
    let (index, _) = Index::load(&index_path(&lib.db)).expect("the saved index opens");
    let index = index.into_memory().expect("every block of it checks");
    assert_eq!(index.len() as u64, counts(&lib.db).1);
}

#[test]
fn a_truncated_or_damaged_index_is_rebuilt_by_the_next_search() {
    let lib = Lib::new();
    // 3,000 quotes: their texts and records fill several 64 KiB blocks
    // before the vocabulary's, so damage to a text is found only by a query
    // that reads it.
    let folder = lib.path("batch");
    std::fs::create_dir(&folder).unwrap();
    for story in 0..2 {
        write(
            &folder.join(format!("story-{story}.txt")),
            article_of(1500, story),
        );
    }
    lib.ok(&["import", s(&folder)]);
    let search = |words: &str| {
        let out = lib
            .cmd()
            .args(["search", "--format", "json", words])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
        (text(&out.stdout), text(&out.stderr))
    };
    let (_, how) = search("point");
    assert!(how.contains("built"), "{how}");
    let path = index_path(&lib.db);
    let whole = std::fs::read(&path).unwrap();

    // Cut short (a full disk): refused at open, rebuilt.
    std::fs::write(&path, &whole[..whole.len() / 2]).unwrap();
    let (found, how) = search("word1x7");
    assert!(how.contains("could not be read"), "{how}");
    assert!(found.contains("word1x7"), "{found}");
    assert_index_checks_whole(&lib);

    // A letter of the oldest quote's text changed on disk: open checks only
    // the vocabulary, so the file opens; the query reads that text, finds
    // the block's hash wrong, rebuilds and answers from the rebuilt index.
    let mut damaged = std::fs::read(&path).unwrap();
    let at = damaged
        .windows(7)
        .position(|w| w == b"Point 0")
        .expect("the oldest quote's text is stored as is");
    assert!(at < 64 * 1024, "in the first block");
    damaged[at] = b'J';
    std::fs::write(&path, &damaged).unwrap();
    let (found, how) = search("word0x0");
    assert!(how.contains("loaded"), "{how}");
    assert!(found.contains("word0x0"), "{found}");
    assert_ne!(
        std::fs::read(&path).unwrap(),
        damaged,
        "the file was rebuilt"
    );
    assert_index_checks_whole(&lib);
    let (_, how) = search("word0x0");
    assert!(how.contains("loaded"), "{how}");
}
