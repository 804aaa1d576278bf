//! Extraction throughput (MB/s on one core).
//!
//! Reads the dev articles from `shared/eval/dev/*.jsonl` at run time when a
//! parent folder holds them (or `$QUOTEBOOK_EVAL_DIR`), else generates articles
//! from a fixed seed. No evaluation text is stored in the repository.

use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use quotebook_extract::extract_quotes;

/// The allocator of the shipped binaries (the CLI and the app), so the
/// figure is the throughput they get.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn eval_dir() -> Option<PathBuf> {
    if let Ok(d) = std::env::var("QUOTEBOOK_EVAL_DIR") {
        return Some(PathBuf::from(d));
    }
    let mut dir: Option<&Path> = Some(Path::new(env!("CARGO_MANIFEST_DIR")));
    while let Some(d) = dir {
        let candidate = d.join("shared/eval");
        if candidate.join("dev").is_dir() {
            return Some(candidate);
        }
        dir = d.parent();
    }
    None
}

fn dev_articles() -> Option<Vec<String>> {
    let dev = eval_dir()?.join("dev");
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(dev).ok()? {
        let path = entry.ok()?.path();
        if path.extension().is_some_and(|e| e == "jsonl") {
            for line in std::fs::read_to_string(&path).ok()?.lines() {
                let v: serde_json::Value = serde_json::from_str(line).ok()?;
                if let Some(t) = v["text"].as_str() {
                    texts.push(t.to_string());
                }
            }
        }
    }
    (!texts.is_empty()).then_some(texts)
}

/// Articles in news style from a fixed seed: names, titles, cues, quotes.
fn generated_articles(n: usize) -> Vec<String> {
    let mut seed: u64 = 0x5eed;
    let mut next = |m: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize % m
    };
    let names = [
        "Ann Lee",
        "Tom Park",
        "Maria Ortiz",
        "Sam Okafor",
        "Ida Berg",
    ];
    let titles = ["Mayor", "Senator", "Governor", "Police Chief", "Minister"];
    let verbs = ["said", "added", "told reporters", "warned", "argued"];
    let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
    (0..n)
        .map(|_| {
            let mut a = String::from("A headline about the town council\n\n");
            for _ in 0..12 {
                let who = names[next(names.len())];
                let surname = who.split(' ').nth(1).unwrap_or(who);
                a.push_str(&format!(
                    "{} {} spoke at a news conference on {}.\n\n\"The budget will pass, and the bridge will open before winter,\" {} {}. \"We have waited long enough.\"\n\nShe said the plan was \"a fair deal\" for everyone.\n\n",
                    titles[next(titles.len())],
                    who,
                    days[next(days.len())],
                    surname,
                    verbs[next(verbs.len())],
                ));
            }
            a
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let (label, articles) = match dev_articles() {
        Some(a) => ("dev articles", a),
        None => ("generated articles", generated_articles(100)),
    };
    let bytes: usize = articles.iter().map(String::len).sum();
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function(label, |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|t| extract_quotes(t, None).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
