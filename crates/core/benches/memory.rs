//! Peak memory of extraction and of import, by article size (issue 17: it
//! must grow linearly with the article, never with the square of its quote
//! count). Each measurement runs in a fresh child process (this benchmark
//! run again with `QUOTEBOOK_MEMORY_PROBE` set), which reads its peak
//! resident memory (VmHWM in /proc/self/status, Linux) before and after the
//! work. The articles are generated with a fixed seed.
//!
//! ```sh
//! cargo bench -p quotebook-core --bench memory
//! ```
//!
//! Measured 2026-11-30 (release, 2 shared cores): growth over the start is
//! 25-29 bytes per article byte from 1 MB to 20 MB (linear; below 1 MB the
//! fixed cost dominates). Extraction of 1 / 5 / 20 MB peaks at 30 / 136 /
//! 527 MB and takes 0.3 / 2.0 / 21.8 s; import peaks at 35 / 146 / 551 MB in
//! 0.4 / 2.2 / 24.3 s. Memory is linear, time is not (4x the text, 11x the
//! time from 5 to 20 MB), and a 20 MB article does not fit the reliability
//! suite's 500 MB cap.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

use quotebook_core::extract::extract_quotes;
use quotebook_core::import::read_file;
use quotebook_core::store::Library;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

const SIZES: [usize; 5] = [10_000, 100_000, 1_000_000, 5_000_000, 20_000_000];
const PROBE: &str = "QUOTEBOOK_MEMORY_PROBE";
const SEED: u64 = 17;

const FIRST: &[&str] = &[
    "Dana", "Lena", "Tom", "Ann", "Ravi", "Mara", "Kofi", "Ines", "Yuki", "Omar", "Sven", "Lucia",
];
const LAST: &[&str] = &[
    "Whitfield",
    "Ortiz",
    "Park",
    "Lee",
    "Mehta",
    "Quist",
    "Mensah",
    "Duarte",
    "Sato",
    "Haddad",
    "Berg",
    "Romano",
];
const ROLES: &[&str] = &[
    "the mayor",
    "a council member",
    "the harbour master",
    "the finance minister",
    "a spokeswoman for the agency",
    "the union leader",
];
const WORDS: &[&str] = &[
    "budget", "harbour", "school", "vote", "bridge", "plan", "river", "workers", "tax", "city",
    "report", "money", "children", "strike", "road", "hospital", "court", "season", "rain",
    "market", "families", "trains", "council", "future",
];
const DAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

fn pick<'a>(rng: &mut StdRng, list: &[&'a str]) -> &'a str {
    list[rng.random_range(0..list.len())]
}

fn words(rng: &mut StdRng, n: usize) -> String {
    (0..n)
        .map(|_| pick(rng, WORDS))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A news-like article of about `size` bytes: narrative paragraphs and
/// quotes attributed in the usual ways, by a cast of named speakers.
fn article(size: usize, seed: u64) -> String {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut text = String::with_capacity(size + 1024);
    text.push_str("City council weighs the harbour plan\n\n");
    while text.len() < size {
        let name = format!("{} {}", pick(&mut rng, FIRST), pick(&mut rng, LAST));
        let role = pick(&mut rng, ROLES);
        let day = pick(&mut rng, DAYS);
        let n = rng.random_range(6..18);
        let said = words(&mut rng, n);
        let _ = match rng.random_range(0..5) {
            0 => writeln!(
                text,
                "The {} of the {} came up again on {day}, when {name}, {role}, spoke.\n",
                words(&mut rng, 2),
                words(&mut rng, 1)
            ),
            1 => writeln!(text, "\"The {said} matters to all of us,\" {name} said on {day}.\n"),
            2 => writeln!(text, "{name}, {role}, said: \"We will not give up the {said}.\"\n"),
            3 => writeln!(text, "\"Nobody asked about the {said},\" said {role}.\n"),
            _ => writeln!(
                text,
                "The {said} will cost more, according to {name}, who added that \"the {} is late.\"\n",
                words(&mut rng, 1)
            ),
        };
    }
    text
}

/// Peak resident memory of this process so far, in KB (VmHWM).
fn peak_kb() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("Linux /proc");
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM in /proc/self/status")
}

/// In the child: does one piece of work on the article at `path` and prints
/// "baseline_kb peak_kb quotes seconds".
fn probe(spec: &str) {
    let (work, rest) = spec.split_once(':').expect("WORK:ARTICLE[:DB]");
    let started;
    let (baseline, quotes) = match work {
        "extract" => {
            let text = std::fs::read_to_string(rest).unwrap();
            let baseline = peak_kb();
            started = Instant::now();
            (baseline, extract_quotes(&text, None).len())
        }
        "import" => {
            let (article, db) = rest.split_once(':').expect("import:ARTICLE:DB");
            let mut library = Library::open(Path::new(db)).unwrap();
            let baseline = peak_kb();
            started = Instant::now();
            let read = read_file(Path::new(article)).unwrap();
            let outcome = library.import_article(&read).unwrap();
            (baseline, outcome.quotes_found)
        }
        other => panic!("no work named {other}"),
    };
    let seconds = started.elapsed().as_secs_f64();
    println!("{baseline} {} {quotes} {seconds:.2}", peak_kb());
}

fn measure(work: &str, spec: String) -> (u64, u64, usize, f64) {
    let out = Command::new(std::env::current_exe().unwrap())
        .env(PROBE, spec)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{work}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let line = String::from_utf8(out.stdout).unwrap();
    let f: Vec<&str> = line.split_whitespace().collect();
    (
        f[0].parse().unwrap(),
        f[1].parse().unwrap(),
        f[2].parse().unwrap(),
        f[3].parse().unwrap(),
    )
}

fn main() {
    if let Ok(spec) = std::env::var(PROBE) {
        probe(&spec);
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    println!("peak memory by article size (fresh process each; generated articles, seed {SEED})");
    println!(
        "{:<8} {:>10} {:>7} {:>11} {:>11} {:>11} {:>13} {:>8}",
        "work", "article", "quotes", "start MB", "peak MB", "growth MB", "growth/byte", "seconds"
    );
    for work in ["extract", "import"] {
        for size in SIZES {
            let path = dir.path().join(format!("article-{size}.txt"));
            if !path.exists() {
                std::fs::write(&path, article(size, SEED)).unwrap();
            }
            let bytes = std::fs::metadata(&path).unwrap().len();
            let db = dir.path().join(format!("library-{size}.sqlite3"));
            let _ = std::fs::remove_file(&db);
            let spec = match work {
                "extract" => format!("extract:{}", path.display()),
                _ => format!("import:{}:{}", path.display(), db.display()),
            };
            let (baseline, peak, quotes, seconds) = measure(work, spec);
            let growth = peak.saturating_sub(baseline);
            println!(
                "{work:<8} {:>8} KB {quotes:>7} {:>11.1} {:>11.1} {:>11.1} {:>13.2} {seconds:>8.2}",
                bytes / 1000,
                baseline as f64 / 1024.0,
                peak as f64 / 1024.0,
                growth as f64 / 1024.0,
                (growth * 1024) as f64 / bytes as f64,
            );
        }
    }
}
