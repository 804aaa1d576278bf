//! Fills a library file with generated quotes (the search benchmark's
//! corpus), to time `quotebook search` end to end on a big library:
//!
//! ```sh
//! cargo run --release -p quotebook-core --example generate_library -- /tmp/big.sqlite3 1000000
//! time quotebook --db /tmp/big.sqlite3 search "some words"
//! ```

#[path = "../benches/corpus/mod.rs"]
mod corpus;

use std::path::PathBuf;
use std::time::Instant;

use quotebook_core::model::{Article, ArticleMeta, ExtractedQuote, QuoteKind};
use quotebook_core::store::Library;

const QUOTES_PER_ARTICLE: usize = 50;

/// Each line "speaker\tquote" of the generated article is one quote.
fn lines_as_quotes(text: &str, _meta: &ArticleMeta) -> Vec<ExtractedQuote> {
    let mut offset = 0;
    let mut out = Vec::new();
    for line in text.split_inclusive('\n') {
        if let Some((speaker, quote)) = line.trim_end().split_once('\t') {
            let start = offset + speaker.len() + 1;
            out.push(ExtractedQuote {
                text: quote.to_owned(),
                start,
                end: start + quote.len(),
                kind: QuoteKind::Direct,
                speaker: Some(speaker.to_owned()),
                speaker_kind: None,
                speaker_mention: None,
                role: None,
                date: None,
                venue: None,
                cue: None,
                confidence: 1.0,
                paragraph_start: 0,
                paragraph_end: 0,
            });
        }
        offset += line.len();
    }
    out
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = PathBuf::from(args.next().expect("usage: generate_library PATH [N]"));
    let n: usize = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let corpus = corpus::generate(n, 0x5EED_2026);
    let mut library = Library::open(&path).expect("open the library");
    let started = Instant::now();
    for (i, chunk) in corpus.docs.chunks(QUOTES_PER_ARTICLE).enumerate() {
        let text: String = chunk
            .iter()
            .map(|d| {
                format!(
                    "{}\t{}\n",
                    d.speaker.as_deref().unwrap_or("Unknown"),
                    d.text
                )
            })
            .collect();
        let article = Article {
            text,
            meta: ArticleMeta {
                title: Some(format!("Generated article {i}")),
                outlet: chunk[0].outlet.clone(),
                published: chunk[0].date,
                ..ArticleMeta::default()
            },
        };
        library
            .import_article_with(&article, lines_as_quotes)
            .expect("import");
        if i % 2000 == 0 {
            eprintln!(
                "{} quotes in {:.0} s",
                i * QUOTES_PER_ARTICLE,
                started.elapsed().as_secs_f64()
            );
        }
    }
    eprintln!("{n} quotes in {:.0} s", started.elapsed().as_secs_f64());
}
