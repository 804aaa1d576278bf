//! The files that used to take an import down (issue 17), timed: a 2 MB
//! line of 100,000 short quotes, read, extracted and stored; and pages nested
//! 100,000 levels deep, which are refused by the `max-html-depth` limit
//! before any parser runs. (The reliability suite checks that both finish
//! under a 500 MB memory cap; this reports how long they take.)
//!
//! ```sh
//! cargo bench -p quotebook-core --bench pathological
//! ```

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use quotebook_core::import::read_reader;
use quotebook_core::store::Library;

fn dense_line(quotes: usize) -> String {
    (0..quotes)
        .map(|i| format!("\"Ok {i:05},\" he said. "))
        .collect()
}

fn nested(open: &str, close: &str, levels: usize) -> String {
    format!(
        "<html><body>{}<p>\"Deep words,\" he said.</p>{}</body></html>",
        open.repeat(levels),
        close.repeat(levels)
    )
}

fn bench_pathological(c: &mut Criterion) {
    let mut group = c.benchmark_group("pathological");
    group.sample_size(10);
    let line = dense_line(100_000);
    group.bench_function("dense_line_100000_quotes_import", |b| {
        b.iter_batched(
            || {
                let dir = tempfile::tempdir().unwrap();
                let library = Library::open(&dir.path().join("bench.sqlite3")).unwrap();
                (dir, library)
            },
            |(dir, mut library)| {
                let article = read_reader("dense.txt", line.as_bytes()).unwrap();
                let outcome = library.import_article(&article).unwrap();
                assert!(outcome.quotes_found > 1);
                (dir, library)
            },
            BatchSize::PerIteration,
        )
    });
    for (name, open, close) in [
        ("div", "<div>", ""),
        ("table", "<table><tr><td>", "</td></tr></table>"),
    ] {
        let page = nested(open, close, 100_000);
        group.bench_function(format!("nested_{name}_100000_refused"), |b| {
            b.iter(|| {
                let refused = read_reader("nested.html", page.as_bytes()).unwrap_err();
                assert!(refused.to_string().contains("max-html-depth"));
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench_pathological);
criterion_main!(benches);
