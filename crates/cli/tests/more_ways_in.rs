//! PDF, DOCX and web addresses through the real binary: files the test
//! makes, and a page served by the test on 127.0.0.1.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;

use common::{s, Lib};
use lopdf::content::{Content, Operation};
use lopdf::{dictionary, Document, Object, Stream};

/// A one-page PDF of `lines` (12-point Helvetica, 14 points apart, a blank
/// line's gap between paragraphs), titled `title` in its information
/// dictionary; no text at all (only an image) when `lines` is empty.
fn pdf(title: &str, paragraphs: &[&[&str]]) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    });
    let image_id = doc.add_object(Stream::new(
        dictionary! {
            "Type" => "XObject", "Subtype" => "Image", "Width" => 4, "Height" => 4,
            "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8,
        },
        vec![0x80; 16],
    ));
    let mut operations = vec![
        Operation::new("q", vec![]),
        Operation::new(
            "cm",
            vec![
                100.into(),
                0.into(),
                0.into(),
                100.into(),
                400.into(),
                600.into(),
            ],
        ),
        Operation::new("Do", vec!["Im1".into()]),
        Operation::new("Q", vec![]),
    ];
    let mut y = 720.0;
    for paragraph in paragraphs {
        for line in *paragraph {
            operations.extend([
                Operation::new("BT", vec![]),
                Operation::new("Tf", vec!["F1".into(), 12.into()]),
                Operation::new("Td", vec![72.into(), Object::Real(y)]),
                Operation::new("Tj", vec![Object::string_literal(*line)]),
                Operation::new("ET", vec![]),
            ]);
            y -= 14.0;
        }
        y -= 14.0;
    }
    let content_id = doc.add_object(Stream::new(
        dictionary! {},
        Content { operations }.encode().unwrap(),
    ));
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1,
            "Resources" => dictionary! {
                "Font" => dictionary! { "F1" => font_id },
                "XObject" => dictionary! { "Im1" => image_id },
            },
            "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
        }),
    );
    let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog_id);
    let info_id = doc.add_object(dictionary! { "Title" => Object::string_literal(title) });
    doc.trailer.set("Info", info_id);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    bytes
}

/// A DOCX of `paragraphs` with a title and creator in its core properties.
fn docx(title: &str, creator: &str, paragraphs: &[&str]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    let body: String = paragraphs
        .iter()
        .map(|p| format!("<w:p><w:r><w:t xml:space=\"preserve\">{p}</w:t></w:r></w:p>"))
        .collect();
    zip.start_file("word/document.xml", options).unwrap();
    write!(
        zip,
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    )
    .unwrap();
    zip.start_file("docProps/core.xml", options).unwrap();
    write!(
        zip,
        r#"<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>{title}</dc:title><dc:creator>{creator}</dc:creator><dcterms:created>2024-04-02T10:00:00Z</dcterms:created></cp:coreProperties>"#
    )
    .unwrap();
    zip.finish().unwrap().into_inner()
}

fn quotes(lib: &Lib) -> Vec<serde_json::Value> {
    lib.json(&["quotes"])["quotes"].as_array().unwrap().clone()
}

#[test]
fn a_folder_of_pdf_and_docx_imports_and_a_scan_is_refused_by_name() {
    let lib = Lib::new();
    let dir = lib.path("inbox");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(
        dir.join("ruling.pdf"),
        pdf(
            "Court rules on bridge",
            &[
                &["The appeals court ruled on Monday that the bridge must stay closed."],
                &[
                    "\"Public safety comes before convenience,\" Judge Amara Okafor wrote",
                    "in the ruling.",
                ],
            ],
        ),
    )
    .unwrap();
    std::fs::write(dir.join("scan.pdf"), pdf("Scanned letter", &[])).unwrap();
    std::fs::write(
        dir.join("interview.docx"),
        docx(
            "Interview with the coach",
            "Lena Brandt",
            &[
                "The coach spoke after training on Thursday.",
                "\"We trained harder this year than ever before,\" coach Marco Bellini said.",
            ],
        ),
    )
    .unwrap();
    let out = lib.cmd().args(["import", s(&dir)]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success(), "the scan fails the batch");
    assert!(
        stderr.contains("scan.pdf: a PDF without a text layer"),
        "{stderr}"
    );
    assert!(stdout.contains("2 added"), "{stdout}");

    let found = quotes(&lib);
    let speaker_of = |words: &str| {
        found
            .iter()
            .find(|q| q["text"].as_str().unwrap().contains(words))
            .map(|q| q["speaker"].as_str().unwrap_or("").to_string())
    };
    assert_eq!(
        speaker_of("Public safety").as_deref(),
        Some("Amara Okafor"),
        "{found:?}"
    );
    assert_eq!(
        speaker_of("trained harder").as_deref(),
        Some("Marco Bellini"),
        "{found:?}"
    );

    let titles: Vec<String> = (1..=2)
        .map(|id| {
            lib.json(&["article", &id.to_string()])["meta"]["title"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert!(
        titles.contains(&"Court rules on bridge".to_string()),
        "{titles:?}"
    );
    assert!(
        titles.contains(&"Interview with the coach".to_string()),
        "{titles:?}"
    );
    // Importing again adds nothing.
    let again = lib.json(&["import", s(&dir.join("ruling.pdf"))]);
    assert_eq!(again["unchanged"], 1, "{again}");
}

const STORY: &str = r#"<!doctype html><html><head><meta charset="utf-8"><title>Night trains return - Rail Daily</title>
<meta property="og:site_name" content="Rail Daily"></head><body><nav>Home | Trains</nav><article>
<p>Night trains between the two capitals return in May, the operator said on Tuesday.</p>
<p>"Travellers asked for them again and again," operator chief Nadia Kowalczyk said in a statement.</p>
</article></body></html>"#;

/// Serves `STORY` at /story, a redirect to it at /moved, 404 elsewhere.
fn serve() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut first = String::new();
            reader.read_line(&mut first).unwrap();
            let mut line = String::new();
            while reader.read_line(&mut line).unwrap() > 2 {
                line.clear();
            }
            let path = first.split(' ').nth(1).unwrap_or("/");
            let reply = match path {
                "/story" => format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\r\n{STORY}",
                    STORY.len()
                ),
                "/moved" => "HTTP/1.1 302 Found\r\nLocation: /story\r\nContent-Length: 0\r\n\r\n".to_string(),
                _ => "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n".to_string(),
            };
            let _ = stream.write_all(reply.as_bytes());
        }
    });
    port
}

#[test]
fn a_web_address_is_fetched_and_stored_with_its_final_url() {
    let lib = Lib::new();
    let port = serve();
    let moved = format!("http://127.0.0.1:{port}/moved");
    let summary = lib.json(&["import", &moved]);
    assert_eq!(summary["added"], 1, "{summary}");
    let id = summary["files"][0]["article_id"].as_i64().unwrap();
    let article = lib.json(&["article", &id.to_string()]);
    assert_eq!(
        article["meta"]["url"],
        format!("http://127.0.0.1:{port}/story")
    );
    assert_eq!(article["meta"]["title"], "Night trains return");
    assert!(!article["text"].as_str().unwrap().contains("Home | Trains"));
    let found = quotes(&lib);
    assert!(
        found.iter().any(|q| q["speaker"] == "Nadia Kowalczyk"
            && q["text"].as_str().unwrap().contains("Travellers asked")),
        "{found:?}"
    );

    let missing = format!("http://127.0.0.1:{port}/gone");
    let out = lib.cmd().args(["import", &missing]).output().unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("{missing}: the server answered HTTP 404")),
        "{stderr}"
    );
}
