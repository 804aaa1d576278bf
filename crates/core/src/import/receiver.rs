//! The loopback receiver the browser extension sends pages to ("Send to
//! Quotebook"), as Zotero's connector talks to Zotero.
//!
//! Why it is safe to listen at all:
//! - It binds 127.0.0.1 only: nothing off the machine can reach it.
//! - Every request must carry the per-install token (`Authorization: Bearer
//!   ...`), compared in constant time. The token lives in a file readable by
//!   the user only and in the extension's own storage, which no web page's
//!   scripts can read.
//! - A request from a web page (an `Origin` that is not a browser
//!   extension's) is refused before the token is even looked at, and no
//!   response allows a web page to read it (no CORS grant but to extensions).
//! - The `Host` header must name the loopback address, so a DNS-rebinding
//!   page that resolves its own name to 127.0.0.1 is refused too.
//! - Requests are bounded: the head to 16 KiB, the body to
//!   `MAX_REQUEST_BYTES`, reading to `READ_TIMEOUT`; one at a time.
//!
//! The protocol: `GET /ping` answers `{"app":"quotebook","version":...}`;
//! `POST /import` with `{"url": ..., "html": ..., "title": ...}` imports the
//! page and answers the import summary of that one page (as `quotebook
//! import --format json` prints it).

mod http;
mod token;

use std::io::Write;
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use serde::Deserialize;

pub use token::{token_path, Token};

use super::batch::BatchSummary;
use super::{read_bytes, Format, ImportError};
use crate::model::Article;

/// The port the app listens on unless told otherwise (and the extension's
/// default). Unassigned by IANA; Zotero's 23119 is taken by Zotero.
pub const DEFAULT_PORT: u16 = 23_177;

/// The largest request accepted: a page at the import size limit, with
/// room for the JSON escaping of its HTML.
pub const MAX_REQUEST_BYTES: usize = 2 * super::MAX_FILE_BYTES as usize + 64 * 1024;

/// How long a client may take to send its request.
pub const READ_TIMEOUT: Duration = Duration::from_secs(15);

/// What the extension sends.
#[derive(Debug, Deserialize)]
pub struct SentPage {
    pub url: String,
    pub html: String,
    #[serde(default)]
    pub title: Option<String>,
}

impl SentPage {
    /// The page read as an article, its address recorded as its URL.
    pub fn into_article(self) -> Result<Article, ImportError> {
        let mut article = read_bytes(&self.url, self.html.as_bytes(), Some(Format::Html))?;
        article.meta.url = Some(self.url);
        if article.meta.title.is_none() {
            article.meta.title = self.title.filter(|t| !t.trim().is_empty());
        }
        Ok(article)
    }
}

/// A receiver bound to its port, ready to serve.
pub struct Receiver {
    listener: TcpListener,
    token: Token,
}

impl Receiver {
    /// Binds 127.0.0.1:`port` (0 for any free port).
    pub fn bind(port: u16, token: Token) -> std::io::Result<Receiver> {
        let listener = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, port)))?;
        Ok(Receiver { listener, token })
    }

    pub fn port(&self) -> u16 {
        self.listener.local_addr().map(|a| a.port()).unwrap_or(0)
    }

    /// Answers requests one at a time until `stop` is set (checked after
    /// each request). `import` stores one page and returns its summary.
    pub fn serve(
        &self,
        stop: &AtomicBool,
        mut import: impl FnMut(SentPage) -> BatchSummary,
    ) -> std::io::Result<()> {
        for stream in self.listener.incoming() {
            match stream {
                Ok(stream) => self.answer(stream, &mut import),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
            if stop.load(Ordering::Relaxed) {
                break;
            }
        }
        Ok(())
    }

    fn answer(&self, mut stream: TcpStream, import: &mut impl FnMut(SentPage) -> BatchSummary) {
        let _ = stream.set_read_timeout(Some(READ_TIMEOUT));
        let _ = stream.set_write_timeout(Some(READ_TIMEOUT));
        let port = self.port();
        let response = match http::read_request(&mut stream, MAX_REQUEST_BYTES) {
            Ok(request) => self.respond(&request, port, import),
            Err(refusal) => refusal.into_response(None),
        };
        let _ = stream.write_all(&response);
        let _ = stream.flush();
    }

    fn respond(
        &self,
        request: &http::Request,
        port: u16,
        import: &mut impl FnMut(SentPage) -> BatchSummary,
    ) -> Vec<u8> {
        let origin = request.header("origin");
        let extension_origin = origin.filter(|o| is_extension_origin(o));
        let reply = |status: u16, body: serde_json::Value| {
            http::response(status, extension_origin, &body.to_string())
        };
        if origin.is_some() && extension_origin.is_none() {
            return reply(403, error_json("requests from web pages are refused"));
        }
        if !host_is_loopback(request.header("host"), port) {
            return reply(403, error_json("the Host must be the loopback address"));
        }
        if request.method == "OPTIONS" {
            // A CORS preflight from the extension (never from a page: those
            // were refused above).
            return http::preflight(extension_origin);
        }
        let given = request
            .header("authorization")
            .and_then(|v| v.strip_prefix("Bearer "))
            .unwrap_or("");
        if !self.token.matches(given.trim()) {
            return reply(
                401,
                error_json("a missing or wrong token: paste the token `quotebook receive --token` prints into the extension's options"),
            );
        }
        match (request.method.as_str(), request.path.as_str()) {
            ("GET", "/ping") => reply(
                200,
                serde_json::json!({"app": "quotebook", "version": env!("CARGO_PKG_VERSION")}),
            ),
            ("POST", "/import") => match serde_json::from_slice::<SentPage>(&request.body) {
                Ok(page) => {
                    let summary = import(page);
                    let status = if summary.failed > 0 { 422 } else { 200 };
                    reply(status, serde_json::to_value(&summary).unwrap_or_default())
                }
                Err(e) => reply(400, error_json(&format!("not a page: {e}"))),
            },
            _ => reply(404, error_json("unknown request; use POST /import")),
        }
    }
}

fn error_json(message: &str) -> serde_json::Value {
    serde_json::json!({ "error": message })
}

/// The origins browser extensions send from (Chromium's and Firefox's).
fn is_extension_origin(origin: &str) -> bool {
    origin.starts_with("chrome-extension://") || origin.starts_with("moz-extension://")
}

/// Whether the Host header names this receiver on the loopback address.
fn host_is_loopback(host: Option<&str>, port: u16) -> bool {
    let Some(host) = host else {
        return true; // HTTP/1.0 clients send none; they are not browsers
    };
    let host = host.trim().to_ascii_lowercase();
    let expected_port = port.to_string();
    let (name, host_port) = match host.rsplit_once(':') {
        Some((name, p)) if !name.ends_with(':') && !name.is_empty() => (name, Some(p)),
        _ => (host.as_str(), None),
    };
    matches!(name, "127.0.0.1" | "localhost" | "[::1]")
        && host_port.is_none_or(|p| p == expected_port)
}

/// Imports one received page into `library`, as `quotebook import` would
/// import a file, and returns the summary of that page.
pub fn import_page(library: &mut crate::store::Library, page: SentPage) -> BatchSummary {
    use super::batch::{import_sources, Overrides, Source};
    let name = page.url.clone();
    let mut summary = BatchSummary::default();
    let source = match page.into_article() {
        Ok(article) => Source::Text { name, article },
        Err(e) => return failure(name, e.to_string()),
    };
    let never = AtomicBool::new(false);
    import_sources(
        library,
        vec![source],
        &Overrides::default(),
        &mut summary,
        &never,
        |_| {},
    );
    summary
}

/// The summary of a page that could not be imported, `error` naming it.
pub fn failure(name: String, error: String) -> BatchSummary {
    BatchSummary {
        failed: 1,
        files: vec![super::batch::FileResult {
            file: name,
            article_id: None,
            status: None,
            quotes_found: None,
            quotes_new: None,
            error: Some(error),
        }],
        ..BatchSummary::default()
    }
}

#[cfg(test)]
mod tests;
