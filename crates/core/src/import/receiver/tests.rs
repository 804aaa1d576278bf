//! The receiver on a real loopback port with a real library, spoken to by
//! raw HTTP requests, the way a browser (or a hostile page) would.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::{Arc, Mutex};

use super::*;
use crate::store::Library;

struct Running {
    port: u16,
    token: String,
    library: Arc<Mutex<Library>>,
    _dir: tempfile::TempDir,
}

fn start() -> Running {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("lib.sqlite3");
    let library = Arc::new(Mutex::new(Library::open(&db).unwrap()));
    let token = Token::load_or_create(&token_path(&db)).unwrap();
    let receiver = Receiver::bind(0, token.clone()).unwrap();
    let port = receiver.port();
    let shared = Arc::clone(&library);
    std::thread::spawn(move || {
        let never = AtomicBool::new(false);
        receiver
            .serve(&never, |page| {
                import_page(&mut shared.lock().unwrap(), page)
            })
            .unwrap();
    });
    Running {
        port,
        token: token.as_str().to_string(),
        library,
        _dir: dir,
    }
}

/// Sends `head` (request line and headers, without the blank line) and
/// `body`, and returns the status and the JSON body of the answer.
fn send(port: u16, head: &str, body: &[u8]) -> (u16, serde_json::Value) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    let mut request = format!("{head}\r\nContent-Length: {}\r\n\r\n", body.len()).into_bytes();
    request.extend_from_slice(body);
    stream.write_all(&request).unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).unwrap();
    let answer = String::from_utf8(answer).unwrap();
    let status = answer[9..12].parse().unwrap();
    let body = answer.split_once("\r\n\r\n").map_or("", |(_, b)| b);
    (status, serde_json::from_str(body).unwrap_or_default())
}

const PAGE: &str = r#"<!doctype html><html lang="en"><head><title>Ferry strike ends</title></head><body>
<nav>Home | World | Sport</nav><article><h1>Ferry strike ends</h1>
<p>The ferry strike ended on Friday after talks through the night.</p>
<p>"Nobody wins a strike, but the crossings run again tomorrow," union leader Rosa Lind said.</p>
</article></body></html>"#;

fn page_json(url: &str) -> Vec<u8> {
    serde_json::json!({ "url": url, "html": PAGE, "title": "ignored when the page has one" })
        .to_string()
        .into_bytes()
}

#[test]
fn an_extension_with_the_token_imports_a_page() {
    let r = start();
    let head = format!(
        "POST /import HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nOrigin: chrome-extension://abcdefghijklmnop\r\nAuthorization: Bearer {}\r\nContent-Type: application/json",
        r.port, r.token
    );
    let (status, summary) = send(r.port, &head, &page_json("https://news.example/ferry"));
    assert_eq!(status, 200, "{summary}");
    assert_eq!(summary["added"], 1, "{summary}");
    assert!(summary["quotes_found"].as_u64().unwrap() >= 1, "{summary}");
    let id = summary["files"][0]["article_id"].as_i64().unwrap();
    let article = r.library.lock().unwrap().article(id).unwrap();
    assert_eq!(
        article.meta.url.as_deref(),
        Some("https://news.example/ferry")
    );
    assert_eq!(article.meta.title.as_deref(), Some("Ferry strike ends"));
    assert!(!article.text.contains("Home | World"), "{}", article.text);
    // The same page again adds nothing.
    let (status, summary) = send(r.port, &head, &page_json("https://news.example/ferry"));
    assert_eq!((status, summary["unchanged"].as_u64()), (200, Some(1)));
}

#[test]
fn wrong_tokens_web_pages_and_foreign_hosts_are_refused() {
    let r = start();
    let host = format!("Host: 127.0.0.1:{}", r.port);
    let cases = [
        (format!("POST /import HTTP/1.1\r\n{host}"), 401),
        (
            format!("POST /import HTTP/1.1\r\n{host}\r\nAuthorization: Bearer {}x", r.token),
            401,
        ),
        (
            format!(
                "POST /import HTTP/1.1\r\n{host}\r\nOrigin: https://evil.example\r\nAuthorization: Bearer {}",
                r.token
            ),
            403,
        ),
        (
            format!(
                "POST /import HTTP/1.1\r\nHost: evil.example:{}\r\nAuthorization: Bearer {}",
                r.port, r.token
            ),
            403,
        ),
        (
            format!("OPTIONS /import HTTP/1.1\r\n{host}\r\nOrigin: https://evil.example"),
            403,
        ),
    ];
    for (head, expected) in cases {
        let (status, body) = send(r.port, &head, &page_json("https://news.example/x"));
        assert_eq!(status, expected, "{head}: {body}");
        assert!(body["error"].is_string(), "{body}");
    }
    assert_eq!(r.library.lock().unwrap().article_count().unwrap(), 0);
}

#[test]
fn ping_size_limit_and_bad_pages() {
    let r = start();
    let auth = format!(
        "Host: localhost:{}\r\nAuthorization: Bearer {}",
        r.port, r.token
    );
    let (status, body) = send(r.port, &format!("GET /ping HTTP/1.1\r\n{auth}"), b"");
    assert_eq!((status, body["app"].as_str()), (200, Some("quotebook")));
    // A declared length past the limit is refused before the body is read.
    let mut stream = TcpStream::connect(("127.0.0.1", r.port)).unwrap();
    write!(
        stream,
        "POST /import HTTP/1.1\r\n{auth}\r\nContent-Length: {}\r\n\r\n",
        MAX_REQUEST_BYTES + 1
    )
    .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    let (status, body) = send(
        r.port,
        &format!("POST /import HTTP/1.1\r\n{auth}"),
        b"{not json",
    );
    assert_eq!(status, 400, "{body}");
    let empty = serde_json::json!({"url": "https://news.example/empty", "html": "<html><body></body></html>"});
    let (status, body) = send(
        r.port,
        &format!("POST /import HTTP/1.1\r\n{auth}"),
        empty.to_string().as_bytes(),
    );
    assert_eq!(status, 422, "{body}");
    let error = body["files"][0]["error"].as_str().unwrap();
    assert!(error.starts_with("https://news.example/empty: "), "{error}");
}
