//! Runs Quotebook's HTML import over the public article-extraction benchmark
//! (Zyte's 181 pages, MIT) and writes the bodies in the form its `evaluate.py`
//! reads. The pages are read from where they lie, never copied into the repo.
//!
//! ```text
//! cargo run --release -p quotebook-core --example article_bench -- \
//!     /work/shared/bench/article-extraction OUT.json
//! ```
//!
//! Also prints how many of the quotes the extractor finds in the stored bodies
//! lie outside the true body (page clutter turned into false quotes).
//! `scripts/article-bench` runs this and the benchmark's own scorer.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::PathBuf;

use quotebook_core::import::{self, Format};
use serde_json::{json, Value};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let bench = PathBuf::from(
        args.next()
            .ok_or("usage: article_bench BENCH_DIR [OUT.json]")?,
    );
    let out = args.next().map(PathBuf::from);
    let truth: BTreeMap<String, Value> =
        serde_json::from_str(&std::fs::read_to_string(bench.join("ground-truth.json"))?)?;

    let mut predictions = BTreeMap::new();
    let (mut quotes, mut outside, mut failed) = (0usize, 0usize, 0usize);
    for (id, page) in &truth {
        let path = bench.join("html").join(format!("{id}.html.gz"));
        let mut bytes = Vec::new();
        flate2::read::GzDecoder::new(std::fs::File::open(&path)?).read_to_end(&mut bytes)?;
        let body = match import::read_bytes(&path.display().to_string(), &bytes, Some(Format::Html))
        {
            Ok(article) => article.text,
            Err(e) => {
                eprintln!("{e}");
                failed += 1;
                String::new()
            }
        };
        let true_body = squash(page["articleBody"].as_str().unwrap_or(""));
        for q in quotebook_core::extract::extract_quotes(&body, None) {
            quotes += 1;
            if !true_body.contains(&squash(&q.text)) {
                outside += 1;
                if std::env::var_os("ARTICLE_BENCH_SHOW_OUTSIDE").is_some() {
                    eprintln!("outside {}: {:?}", &id[..10], q.text);
                }
            }
        }
        predictions.insert(id.clone(), json!({ "articleBody": body }));
    }
    let out_json = serde_json::to_string(
        &json!({ "version": env!("CARGO_PKG_VERSION"), "output": predictions }),
    )?;
    match out {
        Some(p) => std::fs::write(p, out_json)?,
        None => println!("{out_json}"),
    }
    eprintln!(
        "pages: {} (failed: {failed}); quotes found: {quotes}, outside the true body: {outside} ({:.1}%)",
        truth.len(),
        100.0 * outside as f64 / quotes.max(1) as f64
    );
    Ok(())
}

/// Text compared without regard to spacing, the way a reader would.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
