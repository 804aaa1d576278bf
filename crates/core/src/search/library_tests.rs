//! The index following a real library file, with writes from "another
//! process" (a second connection to the same file).

use super::library::{
    index_path, prune_change_log, update_saved_index, LibraryIndex, Readiness, MOST_LAYERED,
};
use super::Filters;
use crate::store::test_support::{article, library, quotes_in};
use crate::store::{Library, QuoteEdit};

fn ids(index: &mut LibraryIndex, library: &Library, query: &str) -> Vec<i64> {
    let found = index
        .search(library, query, &Filters::default(), 20)
        .unwrap();
    found.hits.iter().map(|h| h.id).collect()
}

fn texts(library: &Library, ids: &[i64]) -> Vec<String> {
    ids.iter()
        .map(|&id| library.quote(id).unwrap().quote.text)
        .collect()
}

const BRIDGE: &str = "\"We will rebuild the harbour bridge by spring,\" said Ada Lovelace. \
    Then \"The ferry budget is fixed,\" said Grace Hopper.";
/// A new library holding the BRIDGE article, from the Daily.
fn library_with_bridge() -> (tempfile::TempDir, Library) {
    let (dir, mut library) = library();
    library
        .import_article_with(&article(BRIDGE, "Daily", "2024-02-08"), quotes_in)
        .unwrap();
    (dir, library)
}

const SCHOOLS: &str = "\"Every school gets a new library,\" said Grace Hopper.";

#[test]
fn the_index_is_built_from_the_library_and_finds_a_typo() {
    let (_dir, library) = library_with_bridge();
    let (mut index, how, _) = LibraryIndex::open(&library).unwrap();
    assert!(matches!(how, Readiness::Built { .. }), "{how:?}");
    let found = ids(&mut index, &library, "harbuor bridge");
    assert_eq!(
        texts(&library, &found),
        ["We will rebuild the harbour bridge by spring,"]
    );
    assert_eq!(ids(&mut index, &library, "ferry speaker:hopper").len(), 1);
    assert_eq!(
        ids(
            &mut index,
            &library,
            "ferry outlet:daily from:2024-02 to:2024-02"
        )
        .len(),
        1
    );
    assert!(ids(&mut index, &library, "ferry from:2025").is_empty());
}

#[test]
fn writes_by_another_process_are_seen_at_the_next_query() {
    let (dir, library) = library_with_bridge();
    let (mut index, _, _) = LibraryIndex::open(&library).unwrap();
    let mut other = Library::open(&dir.path().join("library.sqlite3")).unwrap();

    other
        .import_article_with(&article(SCHOOLS, "Weekly", "2024-03-01"), quotes_in)
        .unwrap();
    let school = ids(&mut index, &library, "school library");
    assert_eq!(school.len(), 1);

    // An edited quote text (as a re-extraction writes it) is found by its new words at once.
    other
        .conn()
        .execute(
            "UPDATE quotes SET text = 'Every pupil gets a laptop' WHERE id = ?1",
            [school[0]],
        )
        .unwrap();
    assert_eq!(ids(&mut index, &library, "pupil laptop"), school);
    assert!(ids(&mut index, &library, "school library").is_empty());

    // A new speaker through an edit, then a merge making the old name an alias.
    let ferry = ids(&mut index, &library, "ferry budget")[0];
    let edit = QuoteEdit {
        speaker: Some(Some("Margaret Hamilton".into())),
        ..QuoteEdit::default()
    };
    other.edit_quote(ferry, &edit).unwrap();
    assert_eq!(ids(&mut index, &library, "ferry speaker:hamilton"), [ferry]);
    other
        .merge_speakers("Margaret Hamilton", "Ada Lovelace")
        .unwrap();
    assert_eq!(ids(&mut index, &library, "ferry speaker:lovelace"), [ferry]);
    assert_eq!(
        ids(&mut index, &library, "ferry speaker:hamilton"),
        [ferry],
        "the alias still finds it"
    );

    other.delete_quote(ferry).unwrap();
    assert!(ids(&mut index, &library, "ferry").is_empty());
    other.undo().unwrap();
    assert_eq!(ids(&mut index, &library, "ferry"), [ferry]);
}

#[test]
fn a_saved_index_is_loaded_and_caught_up_on_the_next_start() {
    let (dir, mut library) = library_with_bridge();
    drop(LibraryIndex::open(&library).unwrap());
    assert!(index_path(library.path()).exists());

    let (_, how, _) = LibraryIndex::open(&library).unwrap();
    assert_eq!(how, Readiness::Loaded { applied: 0 });

    library
        .import_article_with(&article(SCHOOLS, "Weekly", "2024-03-01"), quotes_in)
        .unwrap();
    let (mut index, how, _) = LibraryIndex::open(&library).unwrap();
    assert_eq!(how, Readiness::Loaded { applied: 1 });
    assert_eq!(ids(&mut index, &library, "school").len(), 1);

    // The catch-up was saved, so the next start has nothing to apply.
    let (_, how, _) = LibraryIndex::open(&library).unwrap();
    assert_eq!(how, Readiness::Loaded { applied: 0 });
    drop(dir);
}

#[test]
fn an_index_older_than_the_pruned_log_or_damaged_is_rebuilt() {
    let (_dir, mut library) = library_with_bridge();
    drop(LibraryIndex::open(&library).unwrap());
    library
        .import_article_with(&article(SCHOOLS, "Weekly", "2024-03-01"), quotes_in)
        .unwrap();
    assert!(prune_change_log(&library, 0).unwrap() > 0);
    let (mut index, how, _) = LibraryIndex::open(&library).unwrap();
    assert!(matches!(how, Readiness::Built { .. }), "{how:?}");
    assert_eq!(ids(&mut index, &library, "school").len(), 1);

    std::fs::write(index_path(library.path()), b"garbage").unwrap();
    let (mut index, how, _) = LibraryIndex::open(&library).unwrap();
    match how {
        Readiness::Built { reason } => assert!(reason.contains("could not be read"), "{reason}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(ids(&mut index, &library, "harbour").len(), 1);
}

#[test]
fn a_saved_index_damaged_inside_is_caught_by_its_checksum_and_rebuilt() {
    let (_dir, library) = library_with_bridge();
    drop(LibraryIndex::open(&library).unwrap());
    let path = index_path(library.path());
    let mut bytes = std::fs::read(&path).unwrap();
    // A byte of a quote's text: the structure stays valid, the words change.
    let at = bytes
        .windows(7)
        .position(|w| w == b"harbour")
        .expect("the text is stored as is");
    bytes[at] = b'X';
    std::fs::write(&path, &bytes).unwrap();
    let (mut index, how, _) = LibraryIndex::open(&library).unwrap();
    match how {
        Readiness::Built { reason } => assert!(reason.contains("checksum"), "{reason}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(ids(&mut index, &library, "harbour").len(), 1);
    // And the rebuilt file loads again.
    let (_, how, _) = LibraryIndex::open(&library).unwrap();
    assert_eq!(how, Readiness::Loaded { applied: 0 });
}

#[test]
fn saving_prunes_the_change_log_but_keeps_enough_for_a_lagging_process() {
    let (_dir, mut library) = library_with_bridge();
    // Another process's index stamped now, before a long history of writes.
    let (mut lagging, _, _) = LibraryIndex::open(&library).unwrap();
    let count_rows = |library: &Library| -> i64 {
        library
            .conn()
            .query_row("SELECT count(*) FROM search_changes", [], |r| r.get(0))
            .unwrap()
    };
    // Many writes that change no quote search sees (rows without ids), then
    // one that does.
    library
        .conn()
        .execute_batch(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 25000)
             INSERT INTO search_changes (quote_id) SELECT NULL FROM n;",
        )
        .unwrap();
    library
        .import_article_with(&article(SCHOOLS, "Weekly", "2024-03-01"), quotes_in)
        .unwrap();
    assert!(count_rows(&library) > 25_000);

    // This start catches up and saves, which prunes the log to its newest rows.
    let (_, how, _) = LibraryIndex::open(&library).unwrap();
    assert_eq!(how, Readiness::Loaded { applied: 1 });
    assert_eq!(count_rows(&library), 10_000);

    // The lagging index is older than what was pruned: it rebuilds and is right.
    assert_eq!(ids(&mut lagging, &library, "school").len(), 1);
    // The saved one is not: the next start loads it.
    let (_, how, _) = LibraryIndex::open(&library).unwrap();
    assert_eq!(how, Readiness::Loaded { applied: 0 });
}

#[test]
fn a_start_that_applies_a_few_changes_leaves_the_saved_file_alone() {
    let (_dir, mut library) = library();
    let buoys: String = (0..300)
        .map(|i| format!("\"Buoy number {i} is lit,\" said Ada Lovelace. "))
        .collect();
    library
        .import_article_with(&article(&buoys, "Daily", "2024-02-08"), quotes_in)
        .unwrap();
    drop(LibraryIndex::open(&library).unwrap());
    library
        .import_article_with(&article(SCHOOLS, "Weekly", "2024-03-01"), quotes_in)
        .unwrap();
    let (mut index, how, _) = LibraryIndex::open(&library).unwrap();
    assert_eq!(how, Readiness::Loaded { applied: 1 });
    assert_eq!(ids(&mut index, &library, "school").len(), 1);
    // One change in 301 quotes is cheaper to apply again than to rewrite the
    // file for: the next start applies it again, and finds the quote.
    let (mut index, how, _) = LibraryIndex::open(&library).unwrap();
    assert_eq!(how, Readiness::Loaded { applied: 1 });
    assert_eq!(ids(&mut index, &library, "school").len(), 1);
}

/// The ids a fresh index built from the library answers `query` with.
fn rebuilt_ids(library: &Library, query: &str) -> Vec<i64> {
    let mut fresh = LibraryIndex::build(library).unwrap();
    ids(&mut fresh, library, query)
}

#[test]
fn a_mapped_index_layers_changes_over_the_saved_file_and_ranks_as_if_rebuilt() {
    let (_dir, mut library) = library();
    let buoys: String = (0..300)
        .map(|i| format!("\"Buoy number {i} is lit by the harbour,\" said Ada Lovelace. "))
        .collect();
    library
        .import_article_with(&article(&buoys, "Daily", "2024-02-08"), quotes_in)
        .unwrap();
    drop(LibraryIndex::open(&library).unwrap());
    let path = index_path(library.path());
    let saved = std::fs::read(&path).unwrap();

    // An import, an edit and a delete after the file was saved.
    library
        .import_article_with(&article(BRIDGE, "Weekly", "2024-03-01"), quotes_in)
        .unwrap();
    let buoy_7 = rebuilt_ids(&library, "buoy number 7 is lit")[0];
    library
        .conn()
        .execute(
            "UPDATE quotes SET text = 'The lighthouse keeper rows out at dawn' WHERE id = ?1",
            [buoy_7],
        )
        .unwrap();
    let buoy_8 = rebuilt_ids(&library, "buoy number 8 is lit")[0];
    library.delete_quote(buoy_8).unwrap();

    let (mut index, how, _) = LibraryIndex::open_for_query(&library).unwrap();
    assert_eq!(how, Readiness::Loaded { applied: 4 });
    assert!(
        index.index().is_mapped(),
        "the file is not copied into memory"
    );
    assert_eq!(index.layered(), 3, "two new quotes and the edited one");
    for query in [
        "harbour bridge",
        "harbuor",
        "lighthouse keper",
        "buoy number 7",
        "buoy number 8",
        "buoy lit speaker:lovelace",
        "ferry outlet:weekly",
        "number of buoy",
        "",
    ] {
        assert_eq!(
            ids(&mut index, &library, query),
            rebuilt_ids(&library, query),
            "{query:?}"
        );
    }
    assert!(ids(&mut index, &library, "rows dawn").contains(&buoy_7));
    assert!(!ids(&mut index, &library, "buoy number 8 is lit").contains(&buoy_8));
    let found = index
        .search(&library, "buoy", &Filters::default(), 20)
        .unwrap();
    assert_eq!(
        found.total, 298,
        "two buoys are gone: one edited, one deleted"
    );
    // A later write is layered too, at the next query.
    library
        .import_article_with(&article(SCHOOLS, "Gazette", "2024-03-02"), quotes_in)
        .unwrap();
    assert_eq!(ids(&mut index, &library, "school library").len(), 1);
    assert_eq!(index.layered(), 4);
    assert_eq!(
        std::fs::read(&path).unwrap(),
        saved,
        "the file is left alone"
    );

    // Saving folds the layers into the file; the next start applies nothing.
    index.save(&library).unwrap();
    assert_ne!(std::fs::read(&path).unwrap(), saved);
    let (mut index, how, _) = LibraryIndex::open_for_query(&library).unwrap();
    assert_eq!(how, Readiness::Loaded { applied: 0 });
    assert_eq!(index.layered(), 0);
    assert_eq!(ids(&mut index, &library, "school library").len(), 1);
    assert_eq!(ids(&mut index, &library, "rows dawn"), [buoy_7]);
}

#[test]
fn after_an_import_the_saved_index_is_rewritten_only_when_too_much_to_layer_changed() {
    let (_dir, mut library) = library_with_bridge();
    assert_eq!(
        update_saved_index(&library).unwrap(),
        None,
        "nothing saved yet"
    );
    drop(LibraryIndex::open(&library).unwrap());
    let path = index_path(library.path());
    let saved = std::fs::read(&path).unwrap();

    // A small import: left for queries to layer.
    library
        .import_article_with(&article(SCHOOLS, "Weekly", "2024-03-01"), quotes_in)
        .unwrap();
    assert_eq!(
        update_saved_index(&library).unwrap(),
        Some(Readiness::Loaded { applied: 1 })
    );
    assert_eq!(std::fs::read(&path).unwrap(), saved);

    // More than a query layers: folded into the file at once.
    let many: String = (0..=MOST_LAYERED)
        .map(|i| format!("\"Buoy number {i} is lit,\" said Ada Lovelace. "))
        .collect();
    library
        .import_article_with(&article(&many, "Daily", "2024-02-09"), quotes_in)
        .unwrap();
    // (Loaded and caught up, or rebuilt: here the change is most of the
    // library, which rebuilds faster.)
    assert!(update_saved_index(&library).unwrap().is_some());
    assert_ne!(std::fs::read(&path).unwrap(), saved, "rewritten");
    let (mut index, how, _) = LibraryIndex::open_for_query(&library).unwrap();
    assert_eq!(how, Readiness::Loaded { applied: 0 });
    assert!(index.index().is_mapped());
    let found = ids(&mut index, &library, "buoy number 4321 is lit");
    assert_eq!(texts(&library, &found[..1]), ["Buoy number 4321 is lit,"]);
    assert_eq!(ids(&mut index, &library, "school library").len(), 1);
}
