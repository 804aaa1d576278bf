//! Every command on every kind of damaged library: a message that names the
//! file and says what is wrong in plain words, `quotebook recover` where it
//! can help, never SQL, never a panic.
//!
//! The damaged libraries are made from a small generated library: cut short,
//! header overwritten, pages overwritten at several offsets, a WAL of
//! garbage, another program's database, a library from a newer Quotebook and
//! one whose schema version was set back.

use rusqlite::Connection;

use super::*;

/// The size of a page in the libraries made here (SQLite's default).
const PAGE: usize = 4096;

/// A whole library of a few articles, closed (its WAL checkpointed away).
fn base_library(lib: &Lib) -> Vec<u8> {
    let folder = lib.path("articles");
    std::fs::create_dir(&folder).unwrap();
    for i in 0..12 {
        let body: String = (0..12)
            .map(|j| {
                format!(
                    "\"Point {j} of story {i} is what matters,\" said Councillor Number{j} Lee.\n\n"
                )
            })
            .collect();
        write(&folder.join(format!("story-{i:02}.txt")), body);
    }
    lib.ok(&["import", s(&folder)]);
    lib.ok(&["verify", "1"]);
    std::fs::read(&lib.db).unwrap()
}

/// Writes the library damaged as `name` says into `folder`, from `good`.
fn make(folder: &Path, good: &[u8], name: &str) -> PathBuf {
    let db = folder.join("library.sqlite3");
    let pages = good.len() / PAGE;
    let overwrite = |at: usize, len: usize, byte: u8| {
        let mut bytes = good.to_vec();
        let end = (at + len).min(bytes.len());
        bytes[at..end].fill(byte);
        bytes
    };
    match name {
        "cut to 50 bytes" => write(&db, &good[..50]),
        "cut to one page" => write(&db, &good[..PAGE]),
        "cut in half" => write(&db, &good[..pages / 2 * PAGE]),
        "cut by one page" => write(&db, &good[..good.len() - PAGE]),
        "cut mid-page" => write(&db, &good[..good.len() - PAGE / 2]),
        "header overwritten" => write(&db, overwrite(0, 100, 0xA5)),
        "schema page overwritten" => write(&db, overwrite(100, PAGE - 100, 0xA5)),
        "page 2 zeroed" => write(&db, overwrite(PAGE, PAGE, 0)),
        "middle page overwritten" => write(&db, overwrite(pages / 2 * PAGE, PAGE, 0xA5)),
        "last page overwritten" => write(&db, overwrite((pages - 1) * PAGE, PAGE, 0x5A)),
        "garbage WAL" => {
            write(&db, good);
            let garbage: Vec<u8> = (0..64 * 1024u32)
                .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
                .collect();
            write(&folder.join("library.sqlite3-wal"), garbage)
        }
        "another program's database" => {
            let conn = Connection::open(&db).unwrap();
            conn.execute_batch(
                "CREATE TABLE contacts (name TEXT, phone TEXT);
                 INSERT INTO contacts VALUES ('Ann', '555-0100');",
            )
            .unwrap();
            db.clone()
        }
        "from a newer Quotebook" | "schema version set back" => {
            write(&db, good);
            let conn = Connection::open(&db).unwrap();
            let version = if name == "schema version set back" {
                3
            } else {
                99
            };
            conn.pragma_update(None, "user_version", version).unwrap();
            db.clone()
        }
        other => panic!("no damage named {other}"),
    };
    db
}

/// Words that say what is wrong with a library, one of which every failure
/// on a damaged library must use.
const PLAIN_WORDS: &[&str] = &[
    "is damaged",
    "not a Quotebook library",
    "newer Quotebook",
    "could not be upgraded",
];

/// Signs of SQL or of a debug dump in a message meant for people.
const NOT_FOR_PEOPLE: &[&str] = &[
    "CREATE ",
    "INSERT ",
    "SELECT ",
    "UPDATE ",
    "DELETE FROM",
    "PRAGMA",
    "ALTER ",
    " at offset ",
    "SqliteFailure",
    "Error {",
    "code: ",
    "panicked",
    "RUST_BACKTRACE",
    // SQLite's integrity-check findings.
    "***",
    "btree",
    "Rowid",
];

#[test]
fn every_command_on_a_damaged_library_says_which_file_and_what_is_wrong() {
    let base = Lib::new();
    let good = base_library(&base);
    assert!(good.len() / PAGE >= 6, "{} pages", good.len() / PAGE);
    let article = write(&base.path("new.txt"), GOOD_ARTICLE);
    let damages = [
        "cut to 50 bytes",
        "cut to one page",
        "cut in half",
        "cut by one page",
        "cut mid-page",
        "header overwritten",
        "schema page overwritten",
        "page 2 zeroed",
        "middle page overwritten",
        "last page overwritten",
        "garbage WAL",
        "another program's database",
        "from a newer Quotebook",
        "schema version set back",
    ];
    let commands: Vec<Vec<String>> = [
        &["info"][..],
        &["quotes"],
        &["search", "point"],
        &["speakers"],
        &["show", "1"],
        &["cite", "1"],
        &["article", "1"],
        &["history", "1"],
        &["export", "--format", "csv"],
        &["import", s(&article)],
        &["verify", "2"],
        &["edit", "3", "--speaker", "Someone Else"],
        &["delete", "4"],
        &["undo"],
        &["merge-speakers", "Number1 Lee", "Number2 Lee"],
        &["reextract", "1"],
        &["backup", "BACKUP"],
        &["recover", "RECOVERED"],
    ]
    .iter()
    .map(|args| args.iter().map(|a| a.to_string()).collect())
    .collect();

    let mut problems = Vec::new();
    let mut failures = 0;
    let mut helped = Vec::new();
    for damage in damages {
        let folder = tempfile::tempdir().unwrap();
        let db = make(folder.path(), &good, damage);
        let name = db.display().to_string();
        // Whether `recover` saves anything from this file: a message should
        // suggest it exactly then.
        let probe = folder.path().join("probe.sqlite3");
        // (It fails, making nothing, when it cannot read a single row.)
        let helps = run(&db, &["recover".into(), s(&probe).into()])
            .status
            .success();
        if helps {
            helped.push(damage);
        }
        for (n, args) in commands.iter().enumerate() {
            let args: Vec<String> = args
                .iter()
                .map(|a| match a.as_str() {
                    "BACKUP" | "RECOVERED" => {
                        s(&folder.path().join(format!("{a}-{n}"))).to_string()
                    }
                    _ => a.clone(),
                })
                .collect();
            let out = run(&db, &args);
            let stderr = text(&out.stderr);
            let mut fault = |what: &str| {
                problems.push(format!(
                    "[{damage}] quotebook {args:?}: {what}\n    {stderr}"
                ))
            };
            match out.status.code() {
                None => fault("killed (hung past its time limit?)"),
                Some(101) => fault("panicked"),
                _ => {}
            }
            if out.status.success() {
                continue;
            }
            failures += 1;
            if !stderr.contains(&name) {
                fault("does not name the library file");
            }
            if !PLAIN_WORDS.iter().any(|w| stderr.contains(w)) {
                fault("does not say in plain words what is wrong");
            }
            if stderr.trim().lines().count() != 1 {
                fault("is not one line");
            }
            if let Some(bad) = NOT_FOR_PEOPLE.iter().find(|w| stderr.contains(*w)) {
                fault(&format!("shows {bad:?}"));
            }
            let says_recover = stderr.contains("quotebook --db") && stderr.contains(" recover ");
            // A library of a newer Quotebook wants that Quotebook, not a
            // copy into this one's tables.
            let newer = stderr.contains("newer Quotebook");
            if helps && !newer && args[0] != "recover" && !says_recover {
                fault("does not suggest `quotebook recover`, which saves rows here");
            }
            if !helps && says_recover {
                fault("suggests `quotebook recover`, which cannot read anything here");
            }
        }
    }
    eprintln!("{failures} refusals; recover helps with {helped:?}");
    assert!(
        failures > 100,
        "only {failures} commands failed: is the damage real?"
    );
    assert!(helped.len() >= 3, "recover helped only with {helped:?}");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Runs the binary on the library `db`, ending it after a minute.
fn run(db: &Path, args: &[String]) -> Output {
    assert_cmd::Command::new(binary())
        .arg("--db")
        .arg(db)
        .args(args)
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap()
}
