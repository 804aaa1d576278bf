//! The reliability suite: nothing a journalist stored is ever lost, whatever
//! the input. Each case runs the real binary on generated input (never the
//! evaluation data); the imports of pathological files run under a memory
//! cap (`prlimit --as`), so a regression fails a test instead of exhausting
//! the machine.

#[path = "../common/mod.rs"]
mod common;
mod corrupt_messages;
mod index_save;
mod read_only;

use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Output, Stdio};
use std::time::{Duration, Instant};

use common::*;
use quotebook_core::store::Library;

/// The memory an import of one pathological file may use.
const MEMORY_CAP_BYTES: u64 = 500 * 1024 * 1024;

const GOOD_ARTICLE: &str = "Mayor Dana Whitfield opened the new library on Monday.\n\n\
    \"Every child in this city deserves a quiet place to read,\" Whitfield said.\n";

fn binary() -> PathBuf {
    assert_cmd::cargo::cargo_bin("quotebook")
}

/// Runs the binary on `lib` with `args` under the memory cap, reporting the
/// time it took on stderr (a figure, not an assertion: speed is measured in
/// benchmarks).
fn capped(lib: &Lib, args: &[&str]) -> Output {
    let started = Instant::now();
    let out = StdCommand::new("prlimit")
        .arg(format!("--as={MEMORY_CAP_BYTES}"))
        .arg("--")
        .arg(binary())
        .arg("--db")
        .arg(&lib.db)
        .args(args)
        .output()
        .expect("prlimit (util-linux) runs the binary under a memory cap");
    eprintln!(
        "quotebook {args:?} under a {} MB cap: {:.2} s, {}",
        MEMORY_CAP_BYTES >> 20,
        started.elapsed().as_secs_f64(),
        out.status
    );
    out
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn write(path: &Path, body: impl AsRef<[u8]>) -> PathBuf {
    std::fs::write(path, body).unwrap();
    path.to_path_buf()
}

fn counts(db: &Path) -> (u64, u64) {
    let library = Library::open(db).unwrap();
    (
        library.article_count().unwrap(),
        library.quote_count().unwrap(),
    )
}

#[test]
fn a_two_megabyte_line_of_100000_quotes_imports_under_the_memory_cap() {
    let lib = Lib::new();
    let folder = lib.path("batch");
    std::fs::create_dir(&folder).unwrap();
    let line: String = (0..100_000)
        .map(|i| format!("\"Ok {i:05},\" he said. "))
        .collect();
    assert!(line.len() >= 2_000_000, "{}", line.len());
    write(&folder.join("a-dense.txt"), &line);
    write(&folder.join("b-good.txt"), GOOD_ARTICLE);
    let out = capped(&lib, &["import", s(&folder)]);
    let stderr = text(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(out.status.code().is_some(), "killed: {:?}", out.status);
    let (articles, quotes) = counts(&lib.db);
    // The dense file is stored, or refused by a named limit; the good file
    // beside it is stored either way.
    if out.status.success() {
        assert_eq!(articles, 2, "{stderr}");
        assert!(quotes > 1, "{quotes}");
    } else {
        assert!(
            stderr.contains("a-dense.txt") && stderr.contains("limit"),
            "{stderr}"
        );
        assert_eq!(articles, 1, "{stderr}");
    }
    // The dense article's quotes list without a copy of the line each, and
    // one of them shows the part of the line around it.
    let out = capped(&lib, &["quotes"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = capped(&lib, &["show", "2"]);
    let shown = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(shown.len() < 10_000, "{}", shown.len());
}

#[test]
fn deeply_nested_html_is_refused_by_a_named_limit_and_the_batch_goes_on() {
    let lib = Lib::new();
    let folder = lib.path("batch");
    std::fs::create_dir(&folder).unwrap();
    let levels = 100_000;
    let nests = [
        ("div", "<div>", ""),
        ("span", "<span>", ""),
        ("b", "<b>", ""),
        ("table", "<table><tr><td>", "</td></tr></table>"),
    ];
    for (name, open, close) in nests {
        let page = format!(
            "<html><body>{}<p>\"Deep words,\" he said.</p>{}</body></html>",
            open.repeat(levels),
            close.repeat(levels)
        );
        write(&folder.join(format!("nested-{name}.html")), page);
    }
    write(&folder.join("z-good.txt"), GOOD_ARTICLE);
    let out = capped(&lib, &["import", s(&folder)]);
    let stderr = text(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(out.status.code().is_some(), "killed: {:?}", out.status);
    for (name, _, _) in nests {
        assert!(
            stderr.contains(&format!(
                "nested-{name}.html: refused by the max-html-depth limit"
            )),
            "{stderr}"
        );
    }
    assert_eq!(counts(&lib.db).0, 1, "the good file is stored: {stderr}");
}

#[test]
fn a_named_pipe_in_a_folder_is_skipped_by_name_and_never_opened() {
    let lib = Lib::new();
    let folder = lib.path("batch");
    std::fs::create_dir(&folder).unwrap();
    let fifo = folder.join("waiting.txt");
    let made = StdCommand::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    write(&folder.join("good.txt"), GOOD_ARTICLE);
    // A blocking open() of the pipe would hang here: the timeout fails the
    // test instead.
    let out = lib
        .cmd()
        .args(["import", s(&folder)])
        .timeout(Duration::from_secs(120))
        .output()
        .unwrap();
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", text(&out.stderr));
    assert!(
        stdout.contains("waiting.txt: a named pipe (FIFO), not a regular file: skipped"),
        "{stdout}"
    );
    assert_eq!(counts(&lib.db).0, 1);
}

/// A page with the given canonical URL, outlet and title around `body`.
fn page(canonical: &str, outlet: &str, title: &str, body: &str) -> String {
    format!(
        "<html><head><title>{title}</title>\
         <meta property=\"og:site_name\" content=\"{outlet}\">\
         <meta property=\"og:title\" content=\"{title}\">\
         <link rel=\"canonical\" href=\"{canonical}\"></head>\
         <body><article><h1>{title}</h1>{body}</article></body></html>"
    )
}

#[test]
fn articles_that_differ_only_by_query_home_page_or_shared_title_stay_distinct() {
    let lib = Lib::new();
    let bodies: Vec<String> = (0..6)
        .map(|i| {
            format!(
                "<p>Story number {i} opened with news from district {i} on Monday morning.</p>\
                 <p>\"We expected {i} hundred people at the hall tonight,\" organiser \
                 Kim Park said.</p><p>The event number {i} ended before ten at night.</p>"
            )
        })
        .collect();
    let pages = [
        page(
            "https://news.example/story?id=101",
            "News Example",
            "Council vote",
            &bodies[0],
        ),
        page(
            "https://news.example/story?id=202",
            "News Example",
            "Budget cuts",
            &bodies[1],
        ),
        page(
            "https://news.example/",
            "News Example",
            "Harbour closes",
            &bodies[2],
        ),
        page(
            "https://news.example/",
            "News Example",
            "Rail strike",
            &bodies[3],
        ),
        page(
            "https://live.example/a1",
            "Live Example",
            "Live updates",
            &bodies[4],
        ),
        page(
            "https://live.example/b2",
            "Live Example",
            "Live updates",
            &bodies[5],
        ),
    ];
    let mut files = Vec::new();
    for (i, p) in pages.iter().enumerate() {
        files.push(write(&lib.path(&format!("page-{i}.html")), p));
    }
    // One by one, in separate imports, as a reader saves them.
    for file in &files {
        lib.ok(&["import", s(file)]);
    }
    // Verify a quote of the first article: a later import must not move it.
    let quotes = lib.json(&["quotes"]);
    let quotes = quotes["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), 6, "{quotes:#?}");
    let (articles, _) = counts(&lib.db);
    assert_eq!(articles, 6);

    // The same outlet and title with no URL is a weak signal: two different
    // bodies stay two articles; a revised body is a new version.
    let lib = Lib::new();
    let no_url = |body: &str| {
        format!(
            "<html><head><meta property=\"og:site_name\" content=\"Live Example\">\
             <title>Live updates</title></head><body><article>{body}</article></body></html>"
        )
    };
    let first = write(&lib.path("first.html"), no_url(&bodies[4]));
    let other = write(&lib.path("other.html"), no_url(&bodies[5]));
    let revised = write(
        &lib.path("revised.html"),
        no_url(&(bodies[4].clone() + "<p>An update added later in the evening by the desk.</p>")),
    );
    lib.ok(&["import", s(&first)]);
    lib.ok(&["import", s(&other)]);
    let out = lib.ok(&["import", s(&revised)]);
    assert!(out.contains("updated"), "{out}");
    assert_eq!(counts(&lib.db).0, 2);
}

#[test]
fn a_new_version_that_drops_a_quote_keeps_it() {
    let lib = Lib::new();
    let url = "https://news.example/story?id=7";
    let v1 = write(
        &lib.path("v1.txt"),
        "The mayor spoke on Monday.\n\n\"We will rebuild the bridge,\" Mayor Dana Whitfield said.\n\n\
         \"The money is there,\" Whitfield said.\n",
    );
    let v2 = write(
        &lib.path("v2.txt"),
        "The mayor spoke on Monday.\n\n\"We will rebuild the bridge,\" Mayor Dana Whitfield said.\n",
    );
    lib.ok(&["import", "--url", url, s(&v1)]);
    let before = lib.json(&["quotes"])["quotes"].as_array().unwrap().len();
    assert_eq!(before, 2);
    let out = lib.ok(&["import", "--url", url, s(&v2)]);
    assert!(out.contains("updated"), "{out}");
    let quotes = lib.json(&["quotes"]);
    let quotes = quotes["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), 2, "nothing deleted: {quotes:#?}");
    let money = quotes
        .iter()
        .find(|q| q["text"].as_str().unwrap().contains("money"))
        .unwrap();
    // Its paragraph still reads from the version it was found in.
    assert!(money["paragraph"]
        .as_str()
        .unwrap()
        .contains("The money is there"));
}

#[test]
fn export_refuses_to_write_over_a_library_or_any_database() {
    let lib = Lib::new();
    let article = write(&lib.path("a.txt"), GOOD_ARTICLE);
    lib.ok(&["import", s(&article)]);
    let before = std::fs::read(&lib.db).unwrap();
    let out = lib
        .cmd()
        .args(["export", "--format", "csv", "-o", s(&lib.db)])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("--force"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(
        std::fs::read(&lib.db).unwrap(),
        before,
        "the library is untouched"
    );
    assert_eq!(counts(&lib.db), (1, 1));

    // Another database: refused too, unless --force.
    let other = lib.path("other.sqlite3");
    std::fs::copy(&lib.db, &other).unwrap();
    let refused = lib
        .cmd()
        .args(["export", "--format", "markdown", "-o", s(&other)])
        .output()
        .unwrap();
    assert!(!refused.status.success());
    lib.ok(&["export", "--format", "markdown", "--force", "-o", s(&other)]);
    assert!(std::fs::read_to_string(&other)
        .unwrap()
        .contains("quiet place"));
}

/// Overwrites the root page of index `name` with garbage.
fn damage_index(db: &Path, name: &str) {
    let out = StdCommand::new("python3")
        .arg("-c")
        .arg(
            "import sqlite3,sys\n\
             c=sqlite3.connect(sys.argv[1]); c.execute('PRAGMA journal_mode=DELETE')\n\
             p=c.execute('SELECT rootpage FROM sqlite_master WHERE name=?',(sys.argv[2],)).fetchone()[0]\n\
             s=c.execute('PRAGMA page_size').fetchone()[0]; c.close()\n\
             f=open(sys.argv[1],'r+b'); f.seek((p-1)*s); f.write(b'\\xa5'*s); f.close()",
        )
        .arg(db)
        .arg(name)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
}

#[test]
fn a_damaged_library_is_read_only_never_backed_up_and_can_be_recovered() {
    let lib = Lib::new();
    for i in 0..30 {
        let body = GOOD_ARTICLE.replace("Monday", &format!("day {i}"));
        let file = write(&lib.path(&format!("a{i}.txt")), body);
        lib.ok(&["import", s(&file)]);
    }
    let backup = lib.path("backup.sqlite3");
    lib.ok(&["backup", s(&backup)]);
    damage_index(&lib.db, "quotes_norm_key");

    // Writes are refused with a message that says how to recover.
    let out = lib.cmd().args(["verify", "1"]).output().unwrap();
    let stderr = text(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("damaged") && stderr.contains("quotebook --db"),
        "{stderr}"
    );
    assert!(stderr.contains("recover"), "{stderr}");
    // Reads go on.
    assert!(lib.ok(&["info"]).contains("quotes:   30"));
    // The good backup is not replaced by the damaged library.
    let out = lib.cmd().args(["backup", s(&backup)]).output().unwrap();
    assert!(!out.status.success());
    assert_eq!(counts(&backup), (30, 30));
    assert!(!lib.path("backup.sqlite3.partial").exists());

    let recovered = lib.path("recovered.sqlite3");
    let out = lib.ok(&["recover", s(&recovered)]);
    assert!(out.contains("quotes"), "{out}");
    assert_eq!(counts(&recovered), (30, 30));
    let mut library = Library::open(&recovered).unwrap();
    assert!(library.check_health().is_ok());
}

#[test]
fn an_empty_file_or_another_programs_database_is_refused_unless_init() {
    let lib = Lib::new();
    write(&lib.db, b"");
    let out = lib.cmd().args(["info"]).output().unwrap();
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("--init"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(std::fs::metadata(&lib.db).unwrap().len(), 0);
    let out = lib.cmd().args(["--init", "info"]).output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
}

#[test]
fn terminal_escapes_in_article_text_never_reach_the_output_raw() {
    let lib = Lib::new();
    let evil = "Evil\x1b]0;owned\x07 title, with enough plain words around it to read as text.\n\n\
        \"We \x1b]52;c;aGVsbG8=\x07will \x1b[2J\u{202E}win\u{202C} today,\" said Dana Whitfield.\n";
    let file = write(&lib.path("evil.txt"), evil);
    lib.ok(&["import", "--outlet", "Bad\x1b[31mOutlet", s(&file)]);
    let markdown_file = lib.path("out.md");
    let outputs = [
        lib.ok(&["quotes"]),
        lib.ok(&["show", "1"]),
        lib.ok(&["search", "will"]),
        lib.ok(&["cite", "1"]),
        lib.ok(&["speakers"]),
        lib.ok(&["export", "--format", "markdown"]),
        {
            lib.ok(&["export", "--format", "markdown", "-o", s(&markdown_file)]);
            std::fs::read_to_string(&markdown_file).unwrap()
        },
    ];
    for out in &outputs {
        for bad in ['\x1b', '\x07', '\u{202E}', '\u{202C}'] {
            assert!(!out.contains(bad), "{bad:?} in {out:?}");
        }
    }
    assert!(
        outputs[1].contains("\\u{1b}"),
        "escapes are shown: {}",
        outputs[1]
    );
    // CSV keeps the text as stored; JSON escapes control characters itself.
    let csv = lib.ok(&["export", "--format", "csv"]);
    assert!(csv.contains('\u{202E}'), "{csv}");
    let json = lib.ok(&["quotes", "--format", "json"]);
    assert!(!json.contains('\x1b'));
}

#[test]
fn a_closed_pipe_ends_every_command_quietly_with_exit_zero() {
    let lib = Lib::new();
    let body: String = (0..400)
        .map(|i| format!("\"Line {i} of a long story,\" said Speaker Number{i}.\n\n"))
        .collect();
    let file = write(&lib.path("long.txt"), body);
    lib.ok(&["import", s(&file)]);
    let commands: [&[&str]; 9] = [
        &["quotes"],
        &["quotes", "--format", "json"],
        &["search", "story"],
        &["speakers"],
        &["show", "1"],
        &["cite", "1"],
        &["info"],
        &["extract", s(&file)],
        &["export", "--format", "csv"],
    ];
    for args in commands {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader); // the reader is gone before the command writes
        let out = StdCommand::new(binary())
            .arg("--db")
            .arg(&lib.db)
            .args(args)
            .stdout(writer)
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}

#[test]
fn an_import_killed_at_random_leaves_a_whole_library_and_resumes() {
    let folder_lib = Lib::new();
    let folder = folder_lib.path("batch");
    std::fs::create_dir(&folder).unwrap();
    for i in 0..150 {
        let body: String = (0..20)
            .map(|j| format!("\"Point {j} of story {i} stands,\" said Reporter Number{j}.\n\n"))
            .collect();
        write(&folder.join(format!("story-{i:03}.txt")), body);
    }
    // What a clean import stores.
    let clean = Lib::new();
    clean.ok(&["import", s(&folder)]);
    let expected = counts(&clean.db);
    assert_eq!(expected.0, 150);

    let lib = Lib::new();
    lib.ok(&["info"]); // the library exists before the first kill
    let per_article = expected.1 / expected.0;
    for delay_ms in [150, 400, 900] {
        let mut child = StdCommand::new(binary())
            .arg("--db")
            .arg(&lib.db)
            .args(["import", s(&folder)])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        {
            let mut library = Library::open(&lib.db).unwrap();
            assert!(library.check_health().is_ok(), "integrity after kill -9");
            let (articles, quotes) = (
                library.article_count().unwrap(),
                library.quote_count().unwrap(),
            );
            // All or nothing per article: every stored article has all its quotes.
            assert_eq!(quotes, articles * per_article, "after {delay_ms} ms");
        }
    }
    lib.ok(&["import", s(&folder)]);
    assert_eq!(counts(&lib.db), expected, "nothing lost, nothing twice");
}
