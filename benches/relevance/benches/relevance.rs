//! Relevance of quotebook's search beside tantivy, per query type: recall@1,
//! recall@10 and MRR@10 on about 10,000 real quotes (PolNeAR train and
//! Wikinews dev, read at run time from `shared/eval`, never copied), with
//! queries generated from a fixed seed; then quotebook's latency per type on
//! that corpus.
//!
//!     cargo bench --manifest-path benches/relevance/Cargo.toml
//!
//! `QUOTEBOOK_RELEVANCE_QUERIES` sets the queries per type (default 200);
//! `QUOTEBOOK_RELEVANCE_MISSES=N` prints up to N of quotebook's misses per type.

use std::time::{Duration, Instant};

use quotebook_core::search::{Filters, Index};
use quotebook_relevance::metrics::{rank_of, Ranks};
use quotebook_relevance::queries::{generate, Kind, Query};
use quotebook_relevance::tantivy_engine::{Engine, Variant};
use quotebook_relevance::{corpus, metrics};

const SEED: u64 = 0x5EED_2026;
const LIMIT: usize = 10;

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i].as_secs_f64() * 1e3
}

fn row(name: &str, engine: &str, r: &Ranks) {
    println!(
        "{name:<20} {engine:<20} {:>6.3} {:>6.3} {:>6.3}",
        r.recall_at_1(),
        r.recall_at_10(),
        r.mrr_at_10()
    );
}

fn main() {
    let Some(eval) = corpus::eval_dir() else {
        eprintln!(
            "relevance: no shared/eval folder above {} (set QUOTEBOOK_EVAL_DIR): nothing measured",
            env!("CARGO_MANIFEST_DIR")
        );
        return;
    };
    let docs = match corpus::load(&eval) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("relevance: {e}");
            std::process::exit(1);
        }
    };
    let per_type = env_number("QUOTEBOOK_RELEVANCE_QUERIES", 200);
    let show_misses = env_number("QUOTEBOOK_RELEVANCE_MISSES", 0);
    let sets: Vec<(Kind, Vec<Query>)> = Kind::ALL
        .iter()
        .map(|&k| (k, generate(&docs, k, per_type, SEED)))
        .collect();
    let texts: std::collections::HashMap<i64, String> =
        docs.iter().map(|d| (d.id, d.text.clone())).collect();
    let tantivy = Engine::build(&docs).expect("tantivy indexes in memory");
    let index = Index::build(docs);
    println!(
        "== {} quotes, {per_type} queries per type (seed {SEED:#x}) ==",
        index.len()
    );
    println!(
        "{:<20} {:<20} {:>6} {:>6} {:>6}",
        "type", "engine", "R@1", "R@10", "MRR@10"
    );
    let mut latency = Vec::new();
    for (kind, queries) in &sets {
        let mut ours = Ranks::default();
        let mut times = Vec::with_capacity(queries.len());
        let mut misses = 0;
        for q in queries {
            let started = Instant::now();
            let found = index
                .search(&q.text(), &Filters::default(), LIMIT)
                .expect("generated queries parse");
            times.push(started.elapsed());
            let ids: Vec<i64> = found.hits.iter().map(|h| h.id).collect();
            let rank = rank_of(&ids, q.wanted);
            if rank.is_none_or(|r| r > 1) && misses < show_misses {
                misses += 1;
                eprintln!(
                    "[{}] {:?} -> rank {rank:?}\n  wanted: {}\n  first:  {}",
                    kind.name(),
                    q.text(),
                    texts[&q.wanted],
                    ids.first().map_or("-", |id| texts[id].as_str())
                );
            }
            ours.push(rank);
        }
        row(kind.name(), "quotebook", &ours);
        for variant in Variant::ALL {
            let mut theirs = Ranks::default();
            for q in queries {
                theirs.push(metrics::rank_of(
                    &tantivy.search(q, variant, LIMIT),
                    q.wanted,
                ));
            }
            row("", variant.name(), &theirs);
        }
        times.sort();
        latency.push((
            kind.name(),
            percentile(&times, 0.5),
            percentile(&times, 0.95),
        ));
    }
    println!("\nquotebook latency on this corpus");
    println!("{:<20} {:>8} {:>8}", "type", "p50 ms", "p95 ms");
    for (name, p50, p95) in latency {
        println!("{name:<20} {p50:>8.3} {p95:>8.3}");
    }
}
