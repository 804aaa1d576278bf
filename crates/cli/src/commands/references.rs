//! `quotebook references FILE.json [--style NAME|FILE.csl] [--today DATE]`:
//! references to articles described in a JSON file (an array of `{"id",
//! "title", "outlet", "wire", "url", "byline", "published"}`), printed as
//! JSON: each article's CSL-JSON record (authors read from its byline) and
//! what the style makes of it. For checking a house style against a batch of
//! sources, and what the citeproc-js comparison in `scripts/test` reads.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use quotebook_core::cite::{render_reference, Citation, CslItem, CslStyle, Rich};
use quotebook_core::ArticleMeta;
use serde::{Deserialize, Serialize};

#[derive(clap::Args)]
pub struct Args {
    /// A JSON array of articles, each with an "id".
    file: PathBuf,
    /// A bundled CSL style by name (see `quotebook styles`) or a CSL file.
    #[arg(long, default_value = "apa", value_name = "STYLE")]
    style: String,
    /// The access date written into the records. Default: today.
    #[arg(long, value_name = "DATE")]
    today: Option<NaiveDate>,
}

#[derive(Deserialize)]
struct ArticleEntry {
    id: String,
    #[serde(flatten)]
    meta: ArticleMeta,
}

#[derive(Serialize)]
struct Rendered {
    id: String,
    csl: CslItem,
    note: Option<Citation>,
    bibliography: Option<Citation>,
}

pub fn run(args: Args) -> Result<ExitCode, quotebook_core::Error> {
    let style = CslStyle::resolve(&args.style)?;
    let invalid = |problem: String| {
        quotebook_core::Error::InvalidInput(format!("{}: {problem}", args.file.display()))
    };
    let text = std::fs::read_to_string(&args.file).map_err(|e| invalid(e.to_string()))?;
    let articles: Vec<ArticleEntry> = serde_json::from_str(&text)
        .map_err(|e| invalid(format!("not a JSON array of articles: {e}")))?;
    let today = args
        .today
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let mut out = Vec::with_capacity(articles.len());
    for article in articles {
        let csl = CslItem::from_article(article.id.clone(), &article.meta, today);
        let reference = render_reference(&csl, &style)?;
        let citation = |r: Option<Rich>| r.map(|r| Citation::from_rich(&r));
        out.push(Rendered {
            id: article.id,
            csl,
            note: citation(reference.note),
            bibliography: citation(reference.bibliography),
        });
    }
    let json = serde_json::to_string_pretty(&out)
        .map_err(|e| quotebook_core::Error::InvalidInput(e.to_string()))?;
    println!("{json}");
    Ok(ExitCode::SUCCESS)
}
