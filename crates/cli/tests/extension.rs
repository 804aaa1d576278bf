//! The browser extension in a real headless Chromium (driven through
//! chromedriver's WebDriver protocol), sending a page served by the test
//! with a strict Content-Security-Policy to a real `quotebook receive`, and
//! the article landing in the library.
//!
//! Needs Debian's `chromium` and `chromium-driver` (scripts/setup installs
//! them); without them the test says so and passes over the browser part.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::Lib;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

const PAGE: &str = r#"<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Lighthouse keeper retires - Shore News</title>
<meta property="og:site_name" content="Shore News"></head><body>
<nav>Home | Local | Weather</nav>
<article><h1>Lighthouse keeper retires</h1>
<p>The last keeper of the North Point lighthouse retired on Saturday after forty years.</p>
<p>"I have watched ten thousand ships go by and never lost one," keeper Tobias Hale said at the ceremony.</p>
</article>
<script>document.title = "a script the CSP blocks";</script>
</body></html>"#;

/// The strict policy the page is served with: no scripts, no connections.
const CSP: &str =
    "default-src 'none'; script-src 'none'; connect-src 'none'; style-src 'none'; img-src 'none'";

fn find_program(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    })
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Serves `PAGE` at /story with the strict CSP.
fn serve_page() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            let mut first = String::new();
            reader.read_line(&mut first).unwrap_or(0);
            while reader.read_line(&mut line).unwrap_or(0) > 2 {
                line.clear();
            }
            let reply = if first.starts_with("GET /story ") {
                format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Security-Policy: {CSP}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{PAGE}",
                    PAGE.len()
                )
            } else {
                "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    .to_string()
            };
            let _ = stream.write_all(reply.as_bytes());
        }
    });
    port
}

/// The id Chromium gives an unpacked extension: the SHA-256 of its absolute
/// path, first 16 bytes, each hex digit written as a letter from a to p.
fn extension_id(dir: &Path) -> String {
    let digest = Sha256::digest(dir.as_os_str().as_encoded_bytes());
    digest[..16]
        .iter()
        .flat_map(|b| [b >> 4, b & 0xF])
        .map(|nibble| char::from(b'a' + nibble))
        .collect()
}

/// Ends a child process when the test ends, however it ends.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A WebDriver session, deleted (closing the browser) when dropped.
struct Browser<'a> {
    wd: &'a WebDriver,
    session: String,
}

impl Drop for Browser<'_> {
    fn drop(&mut self) {
        let url = format!("{}/session/{}", self.wd.base, self.session);
        let _ = self.wd.agent.delete(&url).call();
    }
}

struct WebDriver {
    base: String,
    agent: ureq::Agent,
}

impl WebDriver {
    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let url = format!("{}{path}", self.base);
        let response = match method {
            "GET" => self.agent.get(&url).call(),
            "DELETE" => self.agent.delete(&url).call(),
            _ => self
                .agent
                .post(&url)
                .header("Content-Type", "application/json")
                .send(body.unwrap_or(json!({})).to_string()),
        };
        let mut response = response.unwrap_or_else(|e| panic!("{method} {path}: {e}"));
        let text = response.body_mut().read_to_string().unwrap();
        serde_json::from_str::<Value>(&text).unwrap()["value"].clone()
    }

    fn element(&self, session: &str, css: &str) -> String {
        let found = self.call(
            "POST",
            &format!("/session/{session}/element"),
            Some(json!({"using": "css selector", "value": css})),
        );
        found
            .as_object()
            .and_then(|o| o.values().next())
            .and_then(Value::as_str)
            .unwrap_or_else(|| panic!("no element {css}: {found}"))
            .to_string()
    }

    fn attribute(&self, session: &str, element: &str, name: &str) -> Value {
        self.call(
            "GET",
            &format!("/session/{session}/element/{element}/attribute/{name}"),
            None,
        )
    }

    fn text(&self, session: &str, element: &str) -> String {
        self.call(
            "GET",
            &format!("/session/{session}/element/{element}/text"),
            None,
        )
        .as_str()
        .unwrap_or("")
        .to_string()
    }

    fn navigate(&self, session: &str, url: &str) {
        self.call(
            "POST",
            &format!("/session/{session}/url"),
            Some(json!({ "url": url })),
        );
    }

    /// Waits until `css`'s data-state is one of `states`; returns the state
    /// and the element's text.
    fn wait_state(&self, session: &str, css: &str, states: &[&str]) -> (String, String) {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let element = self.element(session, css);
            let state = self.attribute(session, &element, "data-state");
            if let Some(state) = state.as_str().filter(|s| states.contains(s)) {
                return (state.to_string(), self.text(session, &element));
            }
            assert!(
                Instant::now() < deadline,
                "{css} never reached {states:?} (now {state}: {})",
                self.text(session, &element)
            );
            std::thread::sleep(Duration::from_millis(200));
        }
    }
}

#[test]
fn the_extension_sends_a_strict_csp_page_to_the_library() {
    let (Some(chromium), Some(driver)) = (find_program("chromium"), find_program("chromedriver"))
    else {
        eprintln!("chromium or chromedriver is not installed (scripts/setup installs them); the browser test did not run");
        return;
    };
    let lib = Lib::new();
    let extension =
        std::fs::canonicalize(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../extension"))
            .unwrap();
    let id = extension_id(&extension);
    let token = lib.ok(&["receive", "--token"]).trim().to_string();
    assert_eq!(token.len(), 64);

    let receive_port = free_port();
    let mut receiver = Command::new(assert_cmd::cargo::cargo_bin("quotebook"))
        .arg("--db")
        .arg(&lib.db)
        .args(["receive", "--port", &receive_port.to_string()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut receiver_out = BufReader::new(receiver.stdout.take().unwrap());
    let _receiver = Running(receiver);
    let mut banner = String::new();
    receiver_out.read_line(&mut banner).unwrap();
    assert!(
        banner.contains(&format!("127.0.0.1:{receive_port}")),
        "{banner}"
    );

    let page_port = serve_page();
    let page_url = format!("http://127.0.0.1:{page_port}/story");

    let driver_port = free_port();
    let _driver = Running(
        Command::new(&driver)
            .arg(format!("--port={driver_port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let wd = WebDriver {
        base: format!("http://127.0.0.1:{driver_port}"),
        agent: ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(90)))
            .build()
            .into(),
    };
    let deadline = Instant::now() + Duration::from_secs(20);
    while wd.agent.get(format!("{}/status", wd.base)).call().is_err() {
        assert!(Instant::now() < deadline, "chromedriver did not start");
        std::thread::sleep(Duration::from_millis(100));
    }
    let profile = tempfile::tempdir().unwrap();
    let args = [
        "--headless=new".to_string(),
        "--no-sandbox".to_string(),
        "--disable-gpu".to_string(),
        "--disable-background-networking".to_string(),
        "--disable-component-update".to_string(),
        "--disable-sync".to_string(),
        "--no-first-run".to_string(),
        format!("--user-data-dir={}", profile.path().display()),
        format!("--load-extension={}", extension.display()),
        format!("--disable-extensions-except={}", extension.display()),
        // Chromium keeps --load-extension behind this switch in newer builds.
        "--disable-features=DisableLoadExtensionCommandLineSwitch".to_string(),
    ];
    let session = wd.call(
        "POST",
        "/session",
        Some(json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": chromium,
                "args": args,
                "excludeSwitches": ["disable-extensions"],
            }
        }}})),
    );
    let session = session["sessionId"]
        .as_str()
        .unwrap_or_else(|| panic!("no WebDriver session: {session}"))
        .to_string();
    // Ends the browser before the driver, also when an assertion fails.
    let browser = Browser {
        wd: &wd,
        session: session.clone(),
    };

    // The options page: paste the token and the port, save.
    wd.navigate(&session, &format!("chrome-extension://{id}/options.html"));
    // The page fills its fields from storage first; typing before that
    // would be overwritten.
    wd.wait_state(&session, "#form", &["ready"]);
    let token_field = wd.element(&session, "#token");
    wd.call(
        "POST",
        &format!("/session/{session}/element/{token_field}/value"),
        Some(json!({ "text": token })),
    );
    let port_field = wd.element(&session, "#port");
    wd.call(
        "POST",
        &format!("/session/{session}/element/{port_field}/clear"),
        None,
    );
    wd.call(
        "POST",
        &format!("/session/{session}/element/{port_field}/value"),
        Some(json!({ "text": receive_port.to_string() })),
    );
    let test_button = wd.element(&session, "#test");
    wd.call(
        "POST",
        &format!("/session/{session}/element/{test_button}/click"),
        None,
    );
    let (state, message) = wd.wait_state(&session, "#message", &["ok", "error"]);
    assert_eq!(state, "ok", "connection test: {message}");
    let save = wd.element(&session, "#save");
    wd.call(
        "POST",
        &format!("/session/{session}/element/{save}/click"),
        None,
    );
    wd.wait_state(&session, "#message", &["saved"]);

    // The page, in a tab of its own; then the popup, sending that tab.
    wd.navigate(&session, &page_url);
    let popup = wd.call(
        "POST",
        &format!("/session/{session}/window/new"),
        Some(json!({"type": "tab"})),
    );
    wd.call(
        "POST",
        &format!("/session/{session}/window"),
        Some(json!({"handle": popup["handle"]})),
    );
    let encoded: String = page_url
        .bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'.' | b'-' | b'_' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect();
    wd.navigate(
        &session,
        &format!("chrome-extension://{id}/popup.html?url={encoded}"),
    );
    let (state, message) = wd.wait_state(&session, "#status", &["done", "error"]);
    drop(browser);
    assert_eq!(state, "done", "popup: {message}");
    assert!(
        message.starts_with("Added to Quotebook as article 1:"),
        "{message}"
    );

    let mut line = String::new();
    receiver_out.read_line(&mut line).unwrap();
    assert!(line.starts_with(&page_url), "receiver said: {line}");
    drop(_receiver);

    let article = lib.json(&["article", "1"]);
    assert_eq!(article["meta"]["url"], page_url.as_str());
    // The page's own script would have renamed it: the CSP was in force.
    assert_eq!(article["meta"]["title"], "Lighthouse keeper retires");
    assert!(!article["text"].as_str().unwrap().contains("Home | Local"));
    let quotes = lib.json(&["quotes"]);
    let quotes = quotes["quotes"].as_array().unwrap();
    assert!(
        quotes.iter().any(|q| q["speaker"] == "Tobias Hale"
            && q["text"].as_str().unwrap().contains("ten thousand ships")),
        "{quotes:?}"
    );
}
