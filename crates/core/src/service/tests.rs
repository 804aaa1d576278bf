//! The service layer over real library files.

use super::find::with_records;
use super::{find_quotes, speaker_profile, FindRequest, FoundPage};
use crate::search::{Filters, LibraryIndex};
use crate::store::test_support::{article, library, quotes_in};
use crate::store::{Library, QuoteEdit};

const BRIDGE: &str = "\"The pandemic changed how we rebuild the bridge,\" said Ada Lovelace. \
    Then \"The ferry budget is fixed,\" said Grace Hopper.";

fn find(library: &Library, index: &mut LibraryIndex, input: &str, filters: Filters) -> FoundPage {
    let request = FindRequest {
        input,
        filters,
        limit: 20,
        attributed_only: false,
        paragraphs: true,
    };
    find_quotes(library, index, &request).unwrap()
}

fn library_with(texts: &[(&str, &str, &str)]) -> (tempfile::TempDir, Library) {
    let (dir, mut library) = library();
    for (text, outlet, published) in texts {
        library
            .import_article_with(&article(text, outlet, published), quotes_in)
            .unwrap();
    }
    (dir, library)
}

#[test]
fn a_typo_finds_the_record_and_marks_the_whole_word() {
    let (_dir, library) = library_with(&[(BRIDGE, "Daily", "2024-02-08")]);
    let (mut index, _, _) = LibraryIndex::open(&library).unwrap();
    let page = find(&library, &mut index, "pandemc", Filters::default());
    assert_eq!(page.total, 1);
    let found = &page.quotes[0];
    assert_eq!(found.record.quote.speaker.as_deref(), Some("Ada Lovelace"));
    assert_eq!(found.record.outlet.as_deref(), Some("Daily"));
    let text = &found.record.quote.text;
    let marked: Vec<&str> = found.highlights.iter().map(|&(s, e)| &text[s..e]).collect();
    assert_eq!(marked, ["pandemic"]);
    // A word still being typed is marked whole too.
    let page = find(&library, &mut index, "rebu", Filters::default());
    let found = &page.quotes[0];
    let text = &found.record.quote.text;
    let marked: Vec<&str> = found.highlights.iter().map(|&(s, e)| &text[s..e]).collect();
    assert_eq!(marked, ["rebuild"]);
}

#[test]
fn filters_and_listings_come_with_records() {
    let (_dir, library) = library_with(&[
        (BRIDGE, "Daily", "2024-02-08"),
        (
            "\"Schools open on Monday,\" said Grace Hopper.",
            "Herald",
            "2024-03-01",
        ),
    ]);
    let (mut index, _, _) = LibraryIndex::open(&library).unwrap();
    let hopper = Filters {
        speakers: vec!["hopper".into()],
        ..Filters::default()
    };
    let page = find(&library, &mut index, "", hopper);
    let texts: Vec<&str> = page
        .quotes
        .iter()
        .map(|q| q.record.quote.text.as_str())
        .collect();
    // A listing: newest first, no highlights.
    assert_eq!(
        texts,
        ["Schools open on Monday,", "The ferry budget is fixed,"]
    );
    assert!(page.quotes.iter().all(|q| q.highlights.is_empty()));
    let herald = Filters {
        outlets: vec!["herald".into()],
        ..Filters::default()
    };
    let page = find(&library, &mut index, "schools", herald);
    assert_eq!(page.total, 1);
    assert_eq!(
        page.quotes[0].record.published.unwrap().to_string(),
        "2024-03-01"
    );
}

#[test]
fn another_process_s_writes_are_found_and_its_deletes_skipped() {
    let (dir, library) = library_with(&[(BRIDGE, "Daily", "2024-02-08")]);
    let (mut index, _, _) = LibraryIndex::open(&library).unwrap();
    let path = dir.path().join("library.sqlite3");
    let mut cli = Library::open(&path).unwrap();
    cli.import_article_with(
        &article(
            "\"The ferry will run at night,\" said Ada Lovelace.",
            "Daily",
            "2024-02-09",
        ),
        quotes_in,
    )
    .unwrap();
    let page = find(&library, &mut index, "ferry", Filters::default());
    assert_eq!(page.total, 2, "the other process's import is found");

    // The index answers, then the quote is deleted before its record is
    // read: it is left out, not an error.
    let results = index
        .index()
        .search("ferry", &Filters::default(), 20)
        .unwrap();
    let gone = results.hits[0].id;
    cli.delete_quote(gone).unwrap();
    let page = with_records(&library, results, true).unwrap();
    assert_eq!(page.quotes.len(), 1);
    assert_eq!(page.total, 1);
    assert!(page.quotes.iter().all(|q| q.record.id != gone));
}

#[test]
fn a_speaker_profile_has_a_timeline_outlets_and_venues() {
    let (_dir, mut library) = library_with(&[
        (
            "\"Bridges first,\" said Ada Lovelace.",
            "Daily",
            "2024-01-15",
        ),
        (
            "\"Ferries next,\" said Ada Lovelace.",
            "Herald",
            "2024-04-02",
        ),
        (
            "\"And trams,\" said Ada Lovelace. \"No,\" said Bo Ek.",
            "Daily",
            "2024-04-20",
        ),
    ]);
    let ada = library
        .speakers()
        .unwrap()
        .into_iter()
        .find(|s| s.name == "Ada Lovelace")
        .unwrap();
    let ferries = library
        .quotes(&Default::default())
        .unwrap()
        .into_iter()
        .find(|q| q.quote.text.starts_with("Ferries"))
        .unwrap();
    library
        .edit_quote(
            ferries.id,
            &QuoteEdit {
                venue: Some(Some("a press conference in Leeds".into())),
                ..QuoteEdit::default()
            },
        )
        .unwrap();
    let profile = speaker_profile(&library, ada.id).unwrap();
    assert_eq!(profile.speaker.name, "Ada Lovelace");
    let months: Vec<(&str, u64)> = profile
        .months
        .iter()
        .map(|m| (m.month.as_str(), m.count))
        .collect();
    // Every month from the first to the last, the empty ones too.
    assert_eq!(
        months,
        [
            ("2024-01", 1),
            ("2024-02", 0),
            ("2024-03", 0),
            ("2024-04", 2)
        ]
    );
    let outlets: Vec<(&str, u64)> = profile
        .outlets
        .iter()
        .map(|o| (o.name.as_str(), o.count))
        .collect();
    assert_eq!(outlets, [("Daily", 2), ("Herald", 1)]);
    assert_eq!(profile.venues.len(), 1);
    assert_eq!(profile.venues[0].name, "a press conference in Leeds");
    assert_eq!(profile.undated, 0);
    let missing = speaker_profile(&library, 999_999).unwrap_err();
    assert_eq!(missing.code(), crate::ErrorCode::NotFound);
}

#[test]
fn an_article_view_has_its_text_quotes_in_place_and_corrections() {
    let (_dir, mut library) = library_with(&[(BRIDGE, "Daily", "2024-02-08")]);
    let id = library.article_ids().unwrap()[0];
    library
        .correct_article(
            id,
            crate::store::ArticleField::Title,
            Some("Bridges and ferries"),
        )
        .unwrap();
    let view = super::article_view(&library, id).unwrap();
    assert_eq!(view.article.text, BRIDGE);
    assert_eq!(
        view.article.meta.title.as_deref(),
        Some("Bridges and ferries")
    );
    let placed: Vec<&str> = view
        .quotes
        .iter()
        .map(|q| &view.article.text[q.quote.start..q.quote.end])
        .collect();
    assert_eq!(
        placed,
        [
            "The pandemic changed how we rebuild the bridge,",
            "The ferry budget is fixed,"
        ]
    );
    assert_eq!(view.corrections.len(), 1);
    assert_eq!(view.history.len(), 1);
}

#[test]
fn unattributed_quotes_can_be_left_out() {
    let (_dir, library) = library_with(&[(
        "The \"harbour tax\" returns. \"The harbour is ours,\" said Ada Lovelace.",
        "Daily",
        "2024-02-08",
    )]);
    let (mut index, _, _) = LibraryIndex::open(&library).unwrap();
    let all = find(&library, &mut index, "harbour", Filters::default());
    assert_eq!(all.total, 2);
    let request = FindRequest {
        input: "harbour",
        limit: 20,
        attributed_only: true,
        ..FindRequest::default()
    };
    let attributed = find_quotes(&library, &mut index, &request).unwrap();
    assert_eq!(attributed.total, 1);
    assert!(!attributed.approximate);
    assert_eq!(
        attributed.quotes[0].record.quote.speaker.as_deref(),
        Some("Ada Lovelace")
    );
}

#[test]
fn a_selection_is_exported_cited_verified_deleted_and_undone_as_one_step() {
    use crate::cite::export::{CsvOptions, ExportFormat, ExportOptions};
    use crate::cite::{CiteOptions, Style, StyleChoice};
    use crate::store::QuoteStatus;

    let (dir, mut library) = library_with(&[
        (BRIDGE, "Daily", "2024-02-08"),
        (
            "\"Schools open on Monday,\" said Grace Hopper.",
            "Herald",
            "2024-03-01",
        ),
    ]);
    let all = library.quotes(&Default::default()).unwrap();
    let chosen: Vec<i64> = all.iter().take(2).map(|q| q.id).collect();

    let path = dir.path().join("chosen.csv");
    let options = ExportOptions {
        csv: CsvOptions::default(),
        today: "2024-05-01".parse().unwrap(),
    };
    let n = super::export_selection(&library, &chosen, ExportFormat::Csv, &options, &path).unwrap();
    assert_eq!(n, 2);
    let csv = std::fs::read_to_string(&path).unwrap();
    assert_eq!(csv.lines().count(), 3, "a header and two quotes:\n{csv}");
    assert!(csv.contains(&all[0].quote.text) && csv.contains(&all[1].quote.text));
    assert!(!csv.contains("Schools open"));

    let cited = super::cite_selection(
        &library,
        &chosen,
        &StyleChoice::Own(Style::Ap),
        &CiteOptions::new("2024-05-01".parse().unwrap()),
    )
    .unwrap();
    assert_eq!(cited.text.split("\n\n").count(), 2);
    assert_eq!(cited.html.matches("<p>").count(), 2);

    assert_eq!(
        super::set_status_of(&mut library, &chosen, QuoteStatus::Verified).unwrap(),
        2
    );
    assert_eq!(super::delete_quotes(&mut library, &chosen).unwrap(), 2);
    assert_eq!(library.quote_count().unwrap(), 1);
    // Deleting them again changes nothing (they are gone already).
    assert_eq!(super::delete_quotes(&mut library, &chosen).unwrap(), 0);
    // One step back restores both quotes; another, their status.
    assert_eq!(super::undo_changes(&mut library, 2).unwrap().len(), 2);
    assert_eq!(library.quote_count().unwrap(), 3);
    assert!(chosen
        .iter()
        .all(|&id| library.quote(id).unwrap().status == QuoteStatus::Verified));
    super::undo_changes(&mut library, 2).unwrap();
    assert!(chosen
        .iter()
        .all(|&id| library.quote(id).unwrap().status == QuoteStatus::Unverified));
}

#[test]
fn a_speaker_page_suggests_merges_with_their_evidence_and_a_merge_undoes() {
    use super::merge_candidates;
    let (_dir, mut library) = library_with(&[
        (
            "\"The wall is overdue,\" said Helena Marsh. \"It is paid for,\" said Marsh. \
             \"Crews lost weeks,\" said H Marsh. \"Not yet,\" said Hugo Marsh. \
             \"Nobody has seen a bill,\" said Tomas Reyes.",
            "Courier",
            "2025-03-14",
        ),
        (
            "\"The vote stands,\" said Councillor Marsh.",
            "Courier",
            "2025-03-15",
        ),
    ]);
    let id_of = |library: &Library, name: &str| {
        library
            .speakers()
            .unwrap()
            .into_iter()
            .find(|s| s.name == name)
            .unwrap()
            .id
    };
    // Roles as the extractor would give them.
    for (speaker, role) in [
        ("Helena Marsh", "Mayor"),
        ("H Marsh", "mayor of Port Ellis"),
    ] {
        let quote = library
            .quotes(&Default::default())
            .unwrap()
            .into_iter()
            .find(|q| q.quote.speaker.as_deref() == Some(speaker))
            .unwrap();
        let edit = QuoteEdit {
            role: Some(Some(role.into())),
            ..QuoteEdit::default()
        };
        library.edit_quote(quote.id, &edit).unwrap();
    }
    let helena = id_of(&library, "Helena Marsh");
    let found = merge_candidates(&library, helena).unwrap();
    let named: Vec<&str> = found.iter().map(|c| c.name.as_str()).collect();
    assert!(
        named.contains(&"Marsh") && named.contains(&"H Marsh"),
        "{found:?}"
    );
    assert!(
        !named.contains(&"Hugo Marsh"),
        "another given name: another person"
    );
    assert!(!named.contains(&"Tomas Reyes"));
    let marsh = found.iter().find(|c| c.name == "Marsh").unwrap();
    assert!(
        !marsh.merge_into_other,
        "the surname alone goes into the full name"
    );
    assert_eq!(
        marsh.evidence,
        ["“Marsh” is the family name of “Helena Marsh”"]
    );
    let initial = found.iter().find(|c| c.name == "H Marsh").unwrap();
    assert!(initial.evidence[0].contains("initial"), "{initial:?}");
    assert_eq!(
        found[0].name, "H Marsh",
        "a shared role ranks it first: {found:?}"
    );
    assert_eq!(initial.evidence[1], "both quoted as “Mayor”");

    // Merged, "Marsh" is an alias of Helena Marsh, and the councillor is
    // suggested through it; undone, it is a speaker of its own again.
    library.merge_speakers("Marsh", "Helena Marsh").unwrap();
    let found = merge_candidates(&library, helena).unwrap();
    assert!(found.iter().all(|c| c.name != "Marsh"), "{found:?}");
    let councillor = found.iter().find(|c| c.name == "Councillor Marsh").unwrap();
    assert!(
        councillor.evidence[0].contains("already written for Helena Marsh"),
        "{councillor:?}"
    );
    library.undo().unwrap();
    let found = merge_candidates(&library, helena).unwrap();
    assert!(found.iter().any(|c| c.name == "Marsh"), "{found:?}");
}
