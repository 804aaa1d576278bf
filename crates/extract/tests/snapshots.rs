//! Snapshots of what the extractor finds in hand-written articles. Review the
//! `.snap` files when they change: each quote's speaker, role, date and venue.

use quotebook_extract::{extract_quotes, publication_date};

fn extract(name: &str, published: Option<&str>) -> serde_json::Value {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).expect("fixture is readable");
    let published = published
        .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .or_else(|| publication_date(&text));
    let quotes = extract_quotes(&text, published);
    // The paragraph's offsets only repeat the text's layout; the rest is the contract.
    let slim: Vec<serde_json::Value> = quotes
        .iter()
        .map(|q| {
            let mut v = serde_json::to_value(q).expect("serialisable");
            let obj = v.as_object_mut().expect("an object");
            obj.remove("paragraph_start");
            obj.remove("paragraph_end");
            v
        })
        .collect();
    serde_json::Value::Array(slim)
}

#[test]
fn harbour_bridge_with_published_line() {
    insta::assert_json_snapshot!(extract("harbour-bridge.txt", None));
}

#[test]
fn council_transcript_with_labels_and_pull_quote() {
    insta::assert_json_snapshot!(extract("council-transcript.txt", Some("2023-05-05")));
}
