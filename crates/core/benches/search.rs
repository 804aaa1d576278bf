//! Search speed over generated corpora of 10k, 100k and 1M quotes.
//!
//! Prints, per size: index build time, index memory (bytes counted in its
//! structures, and process RSS), then the p50/p95/max latency of single
//! queries of 3, 6, 12 and 25 characters, as typed, with a typo, matching
//! nothing, with an extra word (falling back to quotes missing one word) and
//! with two typos in the longest word; then criterion's means for the same
//! query sets.
//!
//! `QUOTEBOOK_BENCH_SIZES=10000,100000` limits the sizes (default: all three).
//! The "cpu" columns count only the time the query's thread was on a core
//! (Linux scheduler statistics): on a machine shared with builds, the wall
//! time's tail is mostly other processes holding the core.

mod corpus;

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::Criterion;
use quotebook_core::search::{Filters, Index};

use corpus::{generate, queries, QueryKind};

const SEED: u64 = 0x5EED_2026;
const QUERY_LENGTHS: [usize; 4] = [3, 6, 12, 25];
const QUERIES_PER_SET: usize = 200;
const LIMIT: usize = 50;

fn sizes() -> Vec<usize> {
    std::env::var("QUOTEBOOK_BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![10_000, 100_000, 1_000_000])
}

fn rss_mb() -> f64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: f64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0.0);
    pages * 4096.0 / 1e6
}

/// Time this thread has spent on a CPU (Linux: the thread's CPU-time
/// clock, through the C library std already links; zero elsewhere). On a
/// machine shared with builds, a query's wall time includes the time others
/// held the core; this does not.
fn cpu_time() -> Duration {
    #[cfg(target_os = "linux")]
    {
        #[repr(C)]
        struct Timespec {
            tv_sec: i64,
            tv_nsec: i64,
        }
        extern "C" {
            fn clock_gettime(clock: i32, time: *mut Timespec) -> i32;
        }
        const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
        let mut t = Timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: `t` is a valid timespec for the call to fill in.
        if unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut t) } == 0 {
            return Duration::new(t.tv_sec as u64, t.tv_nsec as u32);
        }
    }
    Duration::ZERO
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    let mut criterion = Criterion::default().configure_from_args().without_plots();
    for n in sizes() {
        let corpus = generate(n, SEED);
        let text_mb = corpus.docs.iter().map(|d| d.text.len()).sum::<usize>() as f64 / 1e6;
        let sets: Vec<(usize, QueryKind, Vec<String>)> = QUERY_LENGTHS
            .iter()
            .flat_map(|&len| {
                QueryKind::ALL.map(|kind| {
                    (
                        len,
                        kind,
                        queries(&corpus, len, kind, QUERIES_PER_SET, SEED),
                    )
                })
            })
            .collect();
        let rss_before = rss_mb();
        let started = Instant::now();
        let index = Index::build(corpus.docs);
        let build = started.elapsed();
        println!(
            "\n== {n} quotes ({text_mb:.0} MB of text, {} distinct words) ==\nbuild {:.0} ms; index {:.0} MB counted; RSS {:.0} MB (+{:.0} MB over the corpus)",
            index.vocabulary_len(),
            ms(build),
            index.heap_bytes() as f64 / 1e6,
            rss_mb(),
            rss_mb() - rss_before,
        );
        let file = std::env::temp_dir().join(format!("quotebook-bench-index-{n}"));
        let stamp = quotebook_core::search::Stamp {
            library_id: "bench".into(),
            seq: 0,
        };
        let started = Instant::now();
        index.save(&file, &stamp).unwrap();
        let save = started.elapsed();
        // Opened mapped (what a CLI query pays), with one query on it (the
        // first reads and checks the blocks it touches), then read whole
        // into memory (what the app pays).
        let started = Instant::now();
        let (mapped, _) = Index::load(&file).unwrap();
        let open = started.elapsed();
        let started = Instant::now();
        black_box(
            mapped
                .search(&sets[0].2[0], &Filters::default(), LIMIT)
                .unwrap(),
        );
        let first_query = started.elapsed();
        let started = Instant::now();
        let loaded = mapped.into_memory().unwrap();
        let into_memory = started.elapsed();
        let file_mb = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0) as f64 / 1e6;
        let _ = std::fs::remove_file(&file);
        assert_eq!(loaded.len(), index.len());
        drop(loaded);
        println!(
            "saved {file_mb:.0} MB in {:.0} ms; opened mapped in {:.1} ms, first query on it {:.1} ms; read into memory in {:.0} ms",
            ms(save),
            ms(open),
            ms(first_query),
            ms(into_memory)
        );
        println!(
            "{:>4} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8}  example",
            "len", "kind", "p50 ms", "p95 ms", "max ms", "cpu p50", "cpu p95", "hits>0"
        );
        for (len, kind, set) in &sets {
            for q in set.iter().take(20) {
                black_box(index.search(q, &Filters::default(), LIMIT).unwrap());
            }
            let mut times = Vec::with_capacity(set.len());
            let mut cpu = Vec::with_capacity(set.len());
            let mut found = 0;
            for q in set {
                let (t, c) = (Instant::now(), cpu_time());
                let r = black_box(index.search(q, &Filters::default(), LIMIT).unwrap());
                times.push(t.elapsed());
                cpu.push(cpu_time().saturating_sub(c));
                found += usize::from(!r.hits.is_empty());
            }
            times.sort();
            cpu.sort();
            println!(
                "{len:>4} {:>8} {:>8.3} {:>8.3} {:>8.3} {:>8.3} {:>8.3} {:>7}%  {:?}",
                kind.name(),
                ms(percentile(&times, 0.5)),
                ms(percentile(&times, 0.95)),
                ms(*times.last().unwrap()),
                ms(percentile(&cpu, 0.5)),
                ms(percentile(&cpu, 0.95)),
                found * 100 / set.len(),
                set[0]
            );
        }
        let mut group = criterion.benchmark_group(format!("search_{n}"));
        group
            .sample_size(10)
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(2));
        for &len in &QUERY_LENGTHS {
            let mixed: Vec<&String> = sets
                .iter()
                .filter(|s| s.0 == len)
                .flat_map(|s| s.2.iter().take(50))
                .collect();
            let mut next = 0;
            group.bench_function(format!("{len}_chars"), |b| {
                b.iter(|| {
                    next = (next + 1) % mixed.len();
                    index
                        .search(mixed[next], &Filters::default(), LIMIT)
                        .unwrap()
                })
            });
        }
        group.finish();
    }
    criterion.final_summary();
}
