//! Scores Quotebook's HTML metadata (title, outlet, byline, published date,
//! language) against Mozilla Readability's expected metadata for 47 real
//! pages (Apache 2.0), read from where they lie, never copied into the repo:
//!
//! ```text
//! cargo run --release -p quotebook-core --example metadata_bench -- \
//!     /work/shared/bench/readability-pages [--verbose]
//! ```
//!
//! A field counts where Readability gives a value. Readability is a strong
//! reference, not the truth: `JUDGED` lists the values where reading the page
//! shows it wrong, with the value the page supports and why. Both scores are
//! printed: against Readability as it is, and with those judgements.

use std::path::PathBuf;

use quotebook_core::import;
use serde_json::Value;

/// (page, field, the value the page supports, why Readability's is wrong).
/// A value of "-" leaves the field out of the judged score: Readability's
/// value is wrong, and the right one is not established.
const JUDGED: &[(&str, &str, &str, &str)] = &[
    ("ebb-org", "title", "On Recent Controversial Events", "the rest is the blog's name, \"Bradley M. Kuhn ( Brad ) ( bkuhn )\""),
    ("ehow-1", "title", "How to Build a Terrarium", "\" | eHow\" is the site name (og:site_name eHow)"),
    ("ehow-2", "title", "How to Throw a Graduation Party on a Budget", "\" | eHow\" is the site name"),
    ("firefox-nightly-blog", "title", "These Weeks in Firefox: Issue 85", "\" – Firefox Nightly News\" is the site name"),
    ("iab-1", "title", "Getting LEAN with Digital Ad UX", "\" | IAB\" is the site name"),
    ("medium-3", "title", "Samantha and The Great Big Lie - John C. Welch", "\" - Medium\" is the site name"),
    ("yahoo-4", "title", "トレンドマイクロ、公衆無線LANを安全に使うためのアプリ「フリーWi-Fiプロテクション」（CNET Japan）", "\" - Yahoo!ニュース\" is the site name"),
    ("ebb-org", "byline", "Bradley M. Kuhn", "a URL in parentheses is not part of a name"),
    ("google-sre-book-1", "byline", "Rob Ewaschuk Edited by Betsy Beyer", "\"Written by\" is a label, not a name"),
    ("ietf-1", "byline", "Kooman, F.; Jong, Michiel de", "the page names two authors in two DC.Creator tags; Readability keeps the last"),
    ("lwn-1", "byline", "Nathan Willis", "the date after the name is not part of the byline"),
    ("royal-road", "byline", "-", "\"Follow Author\" is a button's label"),
    ("spiceworks", "byline", "-", "\"Last Updated: January 7, 2025\" is a date, not an author"),
    ("yahoo-4", "byline", "-", "\"個人\" (\"individuals\") is a navigation link to the site's bylines section"),
];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(
        args.next()
            .ok_or("usage: metadata_bench PAGES_DIR [--verbose]")?,
    );
    let verbose = args.any(|a| a == "--verbose");
    let pages = if dir.join("pages").is_dir() {
        dir.join("pages")
    } else {
        dir
    };
    let mut names: Vec<_> = std::fs::read_dir(&pages)?
        .filter_map(Result::ok)
        .filter(|e| e.path().join("source.html").is_file())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .collect();
    names.sort();

    let fields = ["title", "outlet", "byline", "published", "language"];
    let mut raw = [(0usize, 0usize); 5];
    let mut judged = [(0usize, 0usize); 5];
    for name in &names {
        let path = pages.join(name).join("source.html");
        let expected: Value = serde_json::from_str(&std::fs::read_to_string(
            pages.join(name).join("expected-metadata.json"),
        )?)?;
        let meta = import::read_page_metadata(&path.display().to_string(), &std::fs::read(&path)?)?;
        let ours = [
            meta.title.map(|f| f.value),
            meta.outlet.map(|f| f.value),
            meta.byline.map(|f| f.value),
            meta.published.map(|f| f.value.to_string()),
            meta.language.map(|f| f.value),
        ];
        let theirs = ["title", "siteName", "byline", "publishedTime", "lang"]
            .map(|k| expected.get(k).and_then(Value::as_str).map(str::to_string));
        for (i, field) in fields.iter().enumerate() {
            let Some(want) = theirs[i].as_deref() else {
                continue;
            };
            let want = if *field == "published" {
                want.get(..10).unwrap_or(want)
            } else {
                want
            };
            let got = ours[i].as_deref().unwrap_or("");
            let ok = same(field, got, want);
            raw[i].1 += 1;
            raw[i].0 += usize::from(ok);
            let judgement = JUDGED.iter().find(|(p, f, _, _)| p == name && f == field);
            let ok_judged = match judgement {
                Some((_, _, "-", _)) => None,
                Some((_, _, right, _)) => Some(same(field, got, right)),
                None => Some(ok),
            };
            let Some(ok_judged) = ok_judged else {
                continue;
            };
            judged[i].1 += 1;
            judged[i].0 += usize::from(ok_judged);
            if verbose && !ok {
                println!(
                    "{name:<28} {field:<9} ours {got:?}\n{:<38} readability {want:?}",
                    ""
                );
            }
        }
    }
    println!(
        "{} pages; correct where Readability gives a value:",
        names.len()
    );
    for (i, field) in fields.iter().enumerate() {
        let pct = |(ok, n): (usize, usize)| ok as f64 / n.max(1) as f64;
        println!(
            "  {field:<9} {:>2}/{:<2} = {:.3}   with judgements: {:>2}/{:<2} = {:.3}",
            raw[i].0,
            raw[i].1,
            pct(raw[i]),
            judged[i].0,
            judged[i].1,
            pct(judged[i])
        );
    }
    if !JUDGED.is_empty() {
        println!("Where Readability is judged wrong:");
        for (page, field, right, why) in JUDGED {
            println!("  {page} {field}: {right:?} ({why})");
        }
    }
    Ok(())
}

/// Equal once spacing, case, quote marks and a leading "By " are set aside.
fn same(field: &str, got: &str, want: &str) -> bool {
    let norm = |s: &str| {
        let mut s: String = s
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
            .replace(['\u{2019}', '\u{2018}'], "'")
            .replace(['\u{201C}', '\u{201D}'], "\"");
        if field == "byline" {
            if let Some(rest) = s.strip_prefix("by ") {
                s = rest.to_string();
            }
        }
        if field == "language" {
            s = s.split('-').next().unwrap_or("").to_string();
        }
        s
    };
    norm(got) == norm(want)
}
