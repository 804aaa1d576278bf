//! `quotebook search`: fuzzy search over quote text, ranked, with highlights.

use std::process::ExitCode;
use std::time::Instant;

use chrono::NaiveDate;
use quotebook_core::search::{Filters, LibraryIndex, Readiness};
use quotebook_core::service::{self, FindRequest, FoundQuote};
use quotebook_core::store::QuoteRecord;
use serde_json::{json, Value};

use super::output::{
    dash, filed_date, fit, print_json, print_table, OutputFormat, HIGHLIGHT_END, HIGHLIGHT_START,
};
use super::Context;

#[derive(clap::Args)]
pub struct Args {
    /// What to look for: words (one typo each is forgiven), "an exact phrase",
    /// -excluded, speaker:NAME, outlet:NAME, from:DATE, to:DATE. Empty lists
    /// the newest quotes.
    #[arg(value_name = "QUERY", num_args = 0..)]
    query: Vec<String>,
    /// Speaker: every word must begin a word of the name or an alias.
    #[arg(long, value_name = "NAME")]
    speaker: Option<String>,
    /// Outlet or wire service: every word must begin a word of its name.
    #[arg(long, value_name = "NAME")]
    outlet: Option<String>,
    /// First day (inclusive) of the date said, or published when unknown.
    #[arg(long, value_name = "YYYY-MM-DD")]
    from: Option<NaiveDate>,
    /// Last day (inclusive).
    #[arg(long, value_name = "YYYY-MM-DD")]
    to: Option<NaiveDate>,
    #[arg(long, value_name = "N", default_value_t = 20)]
    limit: usize,
    #[arg(long, value_enum, default_value_t)]
    format: OutputFormat,
}

/// The quote text with its highlight ranges wrapped in `open`/`close`.
fn mark(text: &str, highlights: &[(usize, usize)], open: &str, close: &str) -> String {
    let mut out = String::with_capacity(text.len() + highlights.len() * 8);
    let mut at = 0;
    for &(start, end) in highlights {
        if start < at
            || end > text.len()
            || !text.is_char_boundary(start)
            || !text.is_char_boundary(end)
        {
            continue;
        }
        out.push_str(&text[at..start]);
        out.push_str(open);
        out.push_str(&text[start..end]);
        out.push_str(close);
        at = end;
    }
    out.push_str(&text[at..]);
    out
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode, quotebook_core::Error> {
    let library = ctx.open_library()?;
    // One query: the saved index is mapped, and only what it reads is read.
    let (mut index, readiness, ready_in) = LibraryIndex::open_for_query(&library)?;
    let filters = Filters {
        speakers: args.speaker.into_iter().collect(),
        outlets: args.outlet.into_iter().collect(),
        from: args.from,
        to: args.to,
    };
    let input = args.query.join(" ");
    let started = Instant::now();
    // The app's search too: one composition of index hits and records.
    let request = FindRequest {
        input: &input,
        filters,
        limit: args.limit,
        attributed_only: false,
        // `--format json` prints each record whole, paragraph included.
        paragraphs: true,
    };
    let page = service::find_quotes(&library, &mut index, &request)?;
    let took = started.elapsed();
    let records: Vec<(&FoundQuote, &QuoteRecord)> = page
        .quotes
        .iter()
        .map(|found| (found, &found.record))
        .collect();

    match args.format {
        OutputFormat::Json => {
            let quotes: Vec<Value> = records
                .iter()
                .map(|(hit, record)| {
                    let mut object =
                        serde_json::to_value(record).expect("library records always serialise");
                    object["highlights"] = json!(hit.highlights);
                    object["score"] = json!(hit.score);
                    // Why it ranked here: a fallback holds fewer words.
                    object["match"] = json!({
                        "matched_words": hit.matched_words,
                        "query_words": hit.query_words,
                        "edits": hit.edits,
                        "explanation": hit.explanation(),
                    });
                    object
                })
                .collect();
            print_json(&json!({
                "quotes": quotes,
                "total": page.total,
                "approximate": page.approximate,
            }));
        }
        OutputFormat::Table if records.is_empty() => say!("no quotes match"),
        OutputFormat::Table => {
            let (open, close) = (HIGHLIGHT_START.to_string(), HIGHLIGHT_END.to_string());
            let rows: Vec<Vec<String>> = records
                .iter()
                .map(|(hit, q)| {
                    let text = mark(&q.quote.text, &hit.highlights, &open, &close);
                    vec![
                        q.id.to_string(),
                        filed_date(q),
                        fit(&dash(q.quote.speaker.as_deref()), 24),
                        fit(&dash(q.source_name()), 16),
                        text.split_whitespace().collect::<Vec<_>>().join(" "),
                    ]
                })
                .collect();
            print_table(&["ID", "DATE", "SPEAKER", "OUTLET", "QUOTE"], &rows);
        }
    }
    let how = match readiness {
        Readiness::Loaded { applied: 0 } => "loaded".to_owned(),
        // Layered over the saved file rather than copied into it.
        Readiness::Loaded { applied } if index.index().is_mapped() => format!(
            "loaded, {applied} changed quotes applied ({} layered over it)",
            index.layered()
        ),
        Readiness::Loaded { applied } => format!("loaded, {applied} changed quotes applied"),
        Readiness::Built { reason } => format!("built: {reason}"),
    };
    esay!(
        "{} of {}{} matches in {:.1} ms (index of {} quotes ready in {:.0} ms, {how})",
        records.len(),
        if page.approximate { "about " } else { "" },
        page.total,
        took.as_secs_f64() * 1e3,
        index.index().len(),
        ready_in.as_secs_f64() * 1e3,
    );
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::mark;

    #[test]
    fn highlights_are_wrapped_and_bad_ranges_skipped() {
        assert_eq!(
            mark("total victory", &[(0, 5), (6, 13)], "[", "]"),
            "[total] [victory]"
        );
        // (3, 4) cuts "é" in half and is skipped; "au" starts at byte 6.
        assert_eq!(
            mark("café au lait", &[(3, 4), (6, 8)], "[", "]"),
            "café [au] lait"
        );
    }
}
