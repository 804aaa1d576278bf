//! Import throughput on a generated corpus: 10 quotes per article, fixed
//! seed, into a fresh library each time. `batched` is the CLI's path
//! (extraction included); `store_only_batched` gives the store the quotes the
//! generator placed, to show what the database alone costs; `per_article`
//! commits each article on its own. Throughput is in articles; the corpus
//! has ten quotes per article.
//!
//! cargo bench -p quotebook-core --bench import            (1k and 10k)

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use quotebook_core::model::{Article, ArticleMeta, ExtractedQuote, QuoteKind};
use quotebook_core::store::Library;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

const QUOTES_PER_ARTICLE: usize = 10;

const FIRST: &[&str] = &[
    "Amara", "Bruno", "Chen", "Dalia", "Emil", "Farah", "Goran", "Hana", "Ivo", "Jana", "Kofi",
    "Lena", "Mateo", "Nadia", "Oskar", "Priya",
];
const LAST: &[&str] = &[
    "Abbott",
    "Brandt",
    "Castillo",
    "Duval",
    "Eriksen",
    "Fontaine",
    "Gallo",
    "Haddad",
    "Ibarra",
    "Jensen",
    "Kowalski",
    "Lindqvist",
    "Moreau",
    "Novak",
    "Okafor",
    "Petrov",
];
const ROLES: &[&str] = &[
    "the transport minister",
    "the city's mayor",
    "a union leader",
    "the central bank governor",
    "the opposition leader",
    "a hospital director",
];
const WORDS: &[&str] = &[
    "budget", "bridge", "schools", "tax", "river", "vote", "plan", "harbour", "wages", "trains",
    "housing", "energy", "police", "courts", "farms", "markets", "water", "roads",
];
const VERBS: &[&str] = &["said", "told reporters", "added", "warned", "insisted"];

struct Generated {
    article: Article,
    quotes: Vec<ExtractedQuote>,
}

fn sentence(rng: &mut StdRng, words: usize) -> String {
    let mut s: Vec<&str> = (0..words)
        .map(|_| WORDS[rng.random_range(0..WORDS.len())])
        .collect();
    s[0] = "The";
    format!("{} matters now", s.join(" "))
}

fn generate(n: usize, seed: u64) -> Vec<Generated> {
    let mut rng = StdRng::seed_from_u64(seed);
    (0..n)
        .map(|i| {
            let mut text = format!("Report number {i} on local affairs\n\n");
            let mut quotes = Vec::with_capacity(QUOTES_PER_ARTICLE);
            for _ in 0..QUOTES_PER_ARTICLE {
                let first = FIRST[rng.random_range(0..FIRST.len())];
                let last = LAST[rng.random_range(0..LAST.len())];
                let role = ROLES[rng.random_range(0..ROLES.len())];
                let verb = VERBS[rng.random_range(0..VERBS.len())];
                let words = rng.random_range(6..16);
                let said = format!("{} {i}", sentence(&mut rng, words));
                let filler = sentence(&mut rng, 12);
                let paragraph_start = text.len();
                text.push_str(&format!("{filler}. \""));
                let start = text.len();
                text.push_str(&said);
                let end = text.len();
                text.push_str(&format!(",\" {first} {last}, {role}, {verb}.\n\n"));
                quotes.push(ExtractedQuote {
                    text: said,
                    start,
                    end,
                    kind: QuoteKind::Direct,
                    speaker: Some(format!("{first} {last}")),
                    speaker_kind: None,
                    speaker_mention: Some(format!("{first} {last}")),
                    role: Some(role.to_string()),
                    date: None,
                    venue: None,
                    cue: Some(verb.to_string()),
                    confidence: 0.9,
                    paragraph_start,
                    paragraph_end: text.len() - 2,
                });
            }
            Generated {
                article: Article {
                    text,
                    meta: ArticleMeta {
                        title: Some(format!("Report number {i}")),
                        outlet: Some("Bench Courier".to_string()),
                        published: chrono::NaiveDate::from_ymd_opt(2024, 1 + (i % 12) as u32, 1),
                        ..ArticleMeta::default()
                    },
                },
                quotes,
            }
        })
        .collect()
}

fn fresh_library() -> (tempfile::TempDir, Library) {
    let dir = tempfile::tempdir().unwrap();
    let library = Library::open(&dir.path().join("bench.sqlite3")).unwrap();
    (dir, library)
}

fn bench_import(c: &mut Criterion) {
    let mut group = c.benchmark_group("import");
    group.sample_size(10);
    for n in [1_000usize, 10_000] {
        let corpus = generate(n, 7);
        let articles: Vec<Article> = corpus.iter().map(|g| g.article.clone()).collect();
        group.throughput(Throughput::Elements(n as u64));
        // Batches of 200 in one transaction (`Library::import_articles`),
        // extraction included.
        group.bench_function(format!("batched/{n}"), |b| {
            b.iter_batched(
                fresh_library,
                |(dir, mut library)| {
                    for chunk in articles.chunks(200) {
                        black_box(library.import_articles(chunk).unwrap());
                    }
                    (dir, library)
                },
                BatchSize::PerIteration,
            )
        });
        // The store alone, given the quotes the generator placed.
        group.bench_function(format!("store_only_batched/{n}"), |b| {
            b.iter_batched(
                fresh_library,
                |(dir, mut library)| {
                    for chunk in corpus.chunks(200) {
                        let articles: Vec<Article> =
                            chunk.iter().map(|g| g.article.clone()).collect();
                        black_box(
                            library
                                .import_articles_with(&articles, |text, _| {
                                    let g = chunk.iter().find(|g| g.article.text == text).unwrap();
                                    g.quotes.clone()
                                })
                                .unwrap(),
                        );
                    }
                    assert_eq!(
                        library.quote_count().unwrap() as usize,
                        n * QUOTES_PER_ARTICLE
                    );
                    (dir, library)
                },
                BatchSize::PerIteration,
            )
        });
        if n <= 1_000 {
            // One transaction per article (`Library::import_article`), for
            // comparison: the cost of a commit per article.
            group.bench_function(format!("per_article/{n}"), |b| {
                b.iter_batched(
                    fresh_library,
                    |(dir, mut library)| {
                        for a in &articles {
                            black_box(library.import_article(a).unwrap());
                        }
                        (dir, library)
                    },
                    BatchSize::PerIteration,
                )
            });
        }
    }
    group.finish();
}

criterion_group!(benches, bench_import);
criterion_main!(benches);
