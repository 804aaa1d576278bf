//! Runs the search benchmark's query sets over a saved index, for profiling
//! with perf or callgrind without rebuilding the index every run:
//!
//! ```sh
//! cargo run --release -p quotebook-core --example search_profile -- 1000000 [rounds] [len]
//! ```
//!
//! The first run builds the index of the generated corpus and saves it to
//! `$TMPDIR/quotebook-profile-index-N`; later runs load it (and print how long
//! that took). Prints p50/p95/max per query class, like the benchmark.

#[path = "../benches/corpus/mod.rs"]
mod corpus;

use std::time::{Duration, Instant};

use corpus::{generate, queries, QueryKind};
use quotebook_core::search::{Filters, Index, Stamp};

const SEED: u64 = 0x5EED_2026;
const QUERIES_PER_SET: usize = 200;
const LIMIT: usize = 50;

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let n: usize = args.first().and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let rounds: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(1);
    let only_len: Option<usize> = args.get(2).and_then(|a| a.parse().ok());
    let file = std::env::temp_dir().join(format!("quotebook-profile-index-{n}"));
    let started = Instant::now();
    let index = match Index::load(&file) {
        Ok((index, _)) => {
            println!("loaded in {:.0} ms", ms(started.elapsed()));
            index
        }
        Err(_) => {
            let docs = generate(n, SEED).docs;
            let started = Instant::now();
            let index = Index::build(docs);
            println!("built in {:.0} ms", ms(started.elapsed()));
            let stamp = Stamp {
                library_id: "profile".into(),
                seq: 0,
            };
            index.save(&file, &stamp).expect("save the index");
            index
        }
    };
    println!("index {:.0} MB counted", index.heap_bytes() as f64 / 1e6);
    if rounds == 0 {
        return;
    }
    let corpus = generate(n, SEED);
    for len in [3, 6, 12, 25] {
        if only_len.is_some_and(|l| l != len) {
            continue;
        }
        for kind in QueryKind::ALL {
            let set = queries(&corpus, len, kind, QUERIES_PER_SET, SEED);
            let mut times = Vec::new();
            for _ in 0..rounds {
                for q in &set {
                    let t = Instant::now();
                    std::hint::black_box(index.search(q, &Filters::default(), LIMIT).unwrap());
                    times.push((t.elapsed(), q));
                }
            }
            times.sort();
            let at = |p: f64| times[((times.len() as f64 * p) as usize).min(times.len() - 1)];
            let (max, worst) = times[times.len() - 1];
            println!(
                "{len:>3} {:>8} p50 {:>7.3} p95 {:>7.3} max {:>7.3} ms  worst {worst:?}",
                kind.name(),
                ms(at(0.5).0),
                ms(at(0.95).0),
                ms(max),
            );
        }
    }
}
