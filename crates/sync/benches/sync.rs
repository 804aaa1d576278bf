//! Sync speed against a real PostgreSQL (a throwaway cluster started here):
//!
//! - `first_sync`: an empty desktop receives the whole shared library
//!   (quotes per second; the target is 20,000/s at 1M quotes).
//! - `incremental`: a desktop already in step sends 1,000 changes made here,
//!   or receives 1,000 made by others (target: under a second each).
//!
//! The shared library is filled server-side with deterministic rows (fixed
//! text from md5 of the row numbers), 20 quotes per article. Size:
//! QUOTEBOOK_SYNC_BENCH_QUOTES (default 100000; 1000000 for the issue's
//! figure, which takes several minutes).

#[path = "../tests/common/pg.rs"]
mod pg;

use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use quotebook_core::store::Library;

const PER_ARTICLE: i64 = 20;

fn size() -> i64 {
    std::env::var("QUOTEBOOK_SYNC_BENCH_QUOTES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000)
}

/// Fills the shared library with `quotes` quotes, deterministically.
fn seed(cluster: &pg::Cluster, db: &str, quotes: i64) {
    let articles = (quotes / PER_ARTICLE).max(1);
    cluster.sql(
        db,
        &format!(
            "INSERT INTO articles (shared_id, seq, title, outlet, url, published, url_key,
                outlet_title_key, imported_at, updated_at, current_hash, sent_by, machine)
             SELECT 'a' || a, nextval('shared_seq'), 'Story ' || a, 'The Courier',
                'https://courier.example/' || a, '2026-11-02', 'courier.example/' || a,
                'the courier|story ' || a, '2026-11-02T00:00:00Z', '2026-11-02T00:00:00Z',
                md5('v' || a), 'bench', 'seed'
             FROM generate_series(1, {articles}) a;
             INSERT INTO article_versions (content_hash, article, text, imported_at)
             SELECT md5('v' || a), 'a' || a,
                'Story ' || a || '. ' || repeat(md5('t' || a) || ' ', 30), '2026-11-02T00:00:00Z'
             FROM generate_series(1, {articles}) a;
             INSERT INTO quotes (article, norm_text, occurrence, seq, text, start_offset,
                end_offset, kind, speaker, confidence, paragraph, paragraph_start,
                paragraph_end, version_hash, present, machine)
             SELECT 'a' || a, 'quote ' || q || ' ' || md5(a || ':' || q), 1,
                nextval('shared_seq'), 'Quote ' || q || ' ' || md5(a || ':' || q), 0, 40,
                'direct', 'Speaker ' || ((a * 31 + q) % 5000), 0.9, '', 0, 100,
                md5('v' || a), true, 'seed'
             FROM generate_series(1, {articles}) a, generate_series(1, {PER_ARTICLE}) q;
             UPDATE sync_clock SET committed_seq = (SELECT last_value FROM shared_seq);
             ANALYZE;"
        ),
    );
}

fn peak_memory_mb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024)
}

fn benches(c: &mut Criterion) {
    let cluster = pg::Cluster::start();
    let url = cluster.database("newsroom");
    quotebook_sync::init(&url).unwrap();
    let quotes = size();
    seed(&cluster, "newsroom", quotes);

    let mut group = c.benchmark_group("first_sync");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(1));
    group.throughput(Throughput::Elements(quotes as u64));
    group.bench_function(format!("{quotes}_quotes_into_an_empty_desktop"), |b| {
        b.iter_custom(|iterations| {
            let mut total = Duration::ZERO;
            for _ in 0..iterations {
                let dir = tempfile::tempdir().unwrap();
                let mut library = Library::open(&dir.path().join("library.sqlite3")).unwrap();
                let started = Instant::now();
                let report = quotebook_sync::sync(&mut library, &url, &mut |_| {}).unwrap();
                total += started.elapsed();
                assert_eq!(report.received_quotes as i64, quotes);
            }
            total
        })
    });
    group.finish();
    if let Some(mb) = peak_memory_mb() {
        eprintln!("peak memory of the benchmark process after first_sync: {mb} MB");
    }

    // A desktop in step with the shared library.
    let dir = tempfile::tempdir().unwrap();
    let mut desk = Library::open(&dir.path().join("library.sqlite3")).unwrap();
    quotebook_sync::sync(&mut desk, &url, &mut |_| {}).unwrap();
    let ids: Vec<i64> = desk
        .quotes(&quotebook_core::store::QuoteFilter {
            limit: Some(1000),
            ..Default::default()
        })
        .unwrap()
        .into_iter()
        .map(|q| q.id)
        .collect();
    assert_eq!(ids.len(), 1000.min(quotes as usize));

    let mut group = c.benchmark_group("incremental");
    group.sample_size(10);
    group.throughput(Throughput::Elements(ids.len() as u64));
    let mut round = 0u64;
    group.bench_function("send_1000_changes_made_here", |b| {
        b.iter_custom(|iterations| {
            let mut total = Duration::ZERO;
            for _ in 0..iterations {
                round += 1;
                for &id in &ids {
                    if round % 2 == 1 {
                        desk.verify(id).unwrap();
                    } else {
                        desk.dispute(id, "checked again").unwrap();
                    }
                }
                let started = Instant::now();
                let report = quotebook_sync::sync(&mut desk, &url, &mut |_| {}).unwrap();
                total += started.elapsed();
                assert_eq!(report.sent_changes, ids.len() as u64);
            }
            total
        })
    });
    let mut others = 0i64;
    group.bench_function("receive_1000_changes_from_others", |b| {
        b.iter_custom(|iterations| {
            let mut total = Duration::ZERO;
            for _ in 0..iterations {
                others += 1;
                let status = if others % 2 == 1 {
                    "verified"
                } else {
                    "unverified"
                };
                cluster.sql(
                    "newsroom",
                    &format!(
                        "INSERT INTO changes (seq, machine, local_id, author, at, action, summary,
                            target_kind, article, norm_text, occurrence, fields, base_seq)
                         SELECT s, 'other', s, 'colleague', '2026-11-30T12:00:00Z', 'verify',
                            'marked {status}', 'quote', article, norm_text, occurrence,
                            jsonb_build_object('status', '{status}'), 0
                         FROM (SELECT nextval('shared_seq') AS s, article, norm_text, occurrence
                               FROM quotes ORDER BY seq DESC LIMIT 1000) picked;
                         UPDATE sync_clock SET committed_seq = (SELECT last_value FROM shared_seq);"
                    ),
                );
                let started = Instant::now();
                let report = quotebook_sync::sync(&mut desk, &url, &mut |_| {}).unwrap();
                total += started.elapsed();
                assert_eq!(report.received_changes, 1000);
            }
            total
        })
    });
    group.finish();
}

criterion_group!(sync, benches);
criterion_main!(sync);
