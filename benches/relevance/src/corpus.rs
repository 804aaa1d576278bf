//! About 10,000 real quotes: the annotated quotes of PolNeAR's train split
//! and of the Wikinews dev set, read where they lie (`shared/eval` in a parent
//! folder, or `$QUOTEBOOK_EVAL_DIR`) and never copied into the repository.
//! Wikinews check is never read: it is kept for scoring the extractor.

use std::path::{Path, PathBuf};

use quotebook_core::search::{tokenize, SearchDoc};

/// The files read, relative to the evaluation folder.
const SOURCES: [&str; 2] = ["train/polnear-train.jsonl", "dev/wikinews-dev.jsonl"];

/// Quotes with fewer words cannot give a query of three words.
const MIN_WORDS: usize = 3;

/// The evaluation folder: `$QUOTEBOOK_EVAL_DIR`, else `shared/eval` in the
/// nearest parent folder of this crate that has one.
pub fn eval_dir() -> Option<PathBuf> {
    if let Ok(d) = std::env::var("QUOTEBOOK_EVAL_DIR") {
        return Some(PathBuf::from(d));
    }
    let mut dir: Option<&Path> = Some(Path::new(env!("CARGO_MANIFEST_DIR")));
    while let Some(d) = dir {
        let candidate = d.join("shared/eval");
        if candidate.join("train").is_dir() && candidate.join("dev").is_dir() {
            return Some(candidate);
        }
        dir = d.parent();
    }
    None
}

/// Every distinct annotated quote of the source files (by their words, so
/// the same quote carried by two articles counts once), numbered from 1, with
/// its speaker and the article's outlet and date.
pub fn load(eval: &Path) -> Result<Vec<SearchDoc>, String> {
    let mut docs = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for source in SOURCES {
        let path = eval.join(source);
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("{}: cannot read ({e})", path.display()))?;
        for (n, line) in text.lines().enumerate() {
            let article: serde_json::Value = serde_json::from_str(line)
                .map_err(|e| format!("{}:{}: not JSON ({e})", path.display(), n + 1))?;
            let date = article["published"]
                .as_str()
                .and_then(|d| d.get(..10)?.parse().ok());
            let outlet = article["outlet"].as_str().map(str::to_owned);
            for quote in article["quotes"].as_array().into_iter().flatten() {
                let Some(text) = quote["text"].as_str() else {
                    continue;
                };
                let words: Vec<String> = tokenize(text).into_iter().map(|t| t.word).collect();
                if words.len() < MIN_WORDS || !seen.insert(words.join(" ")) {
                    continue;
                }
                docs.push(SearchDoc {
                    id: docs.len() as i64 + 1,
                    text: text.to_owned(),
                    speaker: quote["speaker"].as_str().map(str::to_owned),
                    speaker_aliases: Vec::new(),
                    outlet: outlet.clone(),
                    wire: None,
                    date,
                });
            }
        }
    }
    Ok(docs)
}
