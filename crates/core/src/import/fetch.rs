//! `quotebook import https://...`: a web page fetched and read like a saved
//! one.
//!
//! The fetch is bounded three ways so a bad address costs seconds, not the
//! import: a timeout for the whole exchange, a limit on the bytes read (the
//! same as for a file) and a limit on redirects. The server's Content-Type
//! decides how the bytes are read (HTML, plain text, PDF, DOCX) and its
//! charset how they are decoded; anything else (an image, a video) is
//! refused. The address the last redirect led to is recorded as the
//! article's URL.

use std::time::Duration;

use ureq::ResponseExt;

use super::{decode, limits, pdf, Format, ImportError, MAX_FILE_BYTES};
use crate::model::Article;

/// How long, how large and how far a fetch may go.
#[derive(Debug, Clone)]
pub struct FetchOptions {
    /// For the whole exchange: connecting, redirects, headers and body.
    pub timeout: Duration,
    pub max_bytes: u64,
    pub max_redirects: u32,
}

impl Default for FetchOptions {
    fn default() -> Self {
        FetchOptions {
            timeout: Duration::from_secs(30),
            max_bytes: MAX_FILE_BYTES,
            max_redirects: 5,
        }
    }
}

/// Whether `arg` is a web address (http or https) rather than a path.
pub fn is_url(arg: &str) -> bool {
    let lower = arg.get(..8).unwrap_or(arg).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// Fetches `url` and reads it into an article whose URL is the address the
/// page was finally served from.
pub fn read_url(url: &str, options: &FetchOptions) -> Result<Article, ImportError> {
    let fail = |problem: String| ImportError::Fetch {
        path: url.to_string(),
        problem,
    };
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(options.timeout))
        .max_redirects(options.max_redirects)
        // Status codes are reported by us, with the address.
        .http_status_as_error(false)
        .user_agent(concat!("Quotebook/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let mut response = agent
        .get(url)
        .header(
            "Accept",
            "text/html,application/xhtml+xml,text/plain;q=0.8,application/pdf;q=0.7,*/*;q=0.1",
        )
        .call()
        .map_err(|e| fail(describe(&e, options)))?;
    let status = response.status();
    if !status.is_success() {
        return Err(fail(
            format!(
                "the server answered HTTP {} {}",
                status.as_u16(),
                status.canonical_reason().unwrap_or("")
            )
            .trim_end()
            .to_string(),
        ));
    }
    let final_url = response.get_uri().to_string();
    let body = response.body_mut();
    let mime = body.mime_type().map(str::to_ascii_lowercase);
    let charset = body.charset().map(str::to_string);
    let format = match mime.as_deref() {
        None => None,
        Some(mime) => Some(format_of(mime).ok_or_else(|| ImportError::Unsupported {
            path: url.to_string(),
            reason: format!("not a web page or a document (the server sent {mime})"),
        })?),
    };
    let bytes = body
        .with_config()
        .limit(options.max_bytes)
        .read_to_vec()
        .map_err(|e| match e {
            ureq::Error::BodyExceedsLimit(_) => ImportError::Limit {
                path: url.to_string(),
                limit: "max-download-bytes",
                detail: format!("the page is larger than {} bytes", options.max_bytes),
            },
            other => fail(describe(&other, options)),
        })?;
    let mut article = read_fetched(url, &bytes, format, charset.as_deref())?;
    article.meta.url = Some(final_url);
    article.meta.source_path = Some(url.to_string());
    Ok(article)
}

/// How the bytes of a response of type `mime` are read.
fn format_of(mime: &str) -> Option<Format> {
    Some(match mime {
        "text/html" | "application/xhtml+xml" => Format::Html,
        "text/plain" => Format::Text,
        "text/markdown" | "text/x-markdown" => Format::Markdown,
        "application/pdf" => Format::Pdf,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => Format::Docx,
        _ => return None,
    })
}

fn read_fetched(
    name: &str,
    bytes: &[u8],
    format: Option<Format>,
    charset: Option<&str>,
) -> Result<Article, ImportError> {
    match format {
        Some(Format::Pdf) => pdf::parse(name, bytes),
        Some(Format::Docx) | None => super::read_any(name, bytes, format),
        Some(format) => {
            let text = decode::decode_declared(name, bytes, charset)?;
            limits::check_before_parse(name, &text, format)?;
            super::parse(name, &text, format)
        }
    }
}

/// A fetch failure in words a journalist can act on.
fn describe(error: &ureq::Error, options: &FetchOptions) -> String {
    match error {
        ureq::Error::Timeout(_) => format!(
            "no complete answer within {} s (timed out)",
            options.timeout.as_secs_f64()
        ),
        ureq::Error::TooManyRedirects => format!(
            "more than {} redirects; the address may loop",
            options.max_redirects
        ),
        ureq::Error::HostNotFound => "the server's name was not found (DNS)".to_string(),
        ureq::Error::ConnectionFailed => "the server could not be reached".to_string(),
        ureq::Error::BadUri(detail) => format!("not a valid web address ({detail})"),
        ureq::Error::BodyExceedsLimit(limit) => {
            format!("the page is larger than {limit} bytes")
        }
        ureq::Error::Io(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock
            ) =>
        {
            format!(
                "no complete answer within {} s (timed out)",
                options.timeout.as_secs_f64()
            )
        }
        other => format!("the page could not be fetched ({other})"),
    }
}

#[cfg(test)]
pub(crate) mod test_server;

#[cfg(test)]
mod tests {
    use super::test_server::{Reply, TestServer};
    use super::*;

    const STORY: &[u8] = b"<html><head><title>Harbour reopens</title></head><body><article>\
        <p>The harbour reopened on Tuesday after the storm.</p>\
        <p>\x93We are open for business again,\x94 harbour master Ilse Varga said at the quay. \
        The caf\xe9 on the pier reopened too.</p></article></body></html>";

    fn server() -> TestServer {
        TestServer::start(|path| match path {
            "/story" => Reply::ok("text/html; charset=windows-1252", STORY.to_vec()),
            "/old" => Reply::redirect("/story"),
            "/loop" => Reply::redirect("/loop"),
            "/slow" => Reply::Slow(Duration::from_secs(5)),
            "/big" => Reply::ok("text/html", vec![b'a'; 5000]),
            "/photo" => Reply::ok("image/png", b"\x89PNG\r\n".to_vec()),
            _ => Reply::status(404, "Not Found"),
        })
    }

    fn quick() -> FetchOptions {
        FetchOptions {
            timeout: Duration::from_secs(1),
            max_bytes: 4000,
            max_redirects: 3,
        }
    }

    #[test]
    fn a_page_is_read_in_its_declared_charset_with_the_final_address() {
        let server = server();
        let article = read_url(&server.url("/old"), &FetchOptions::default()).unwrap();
        assert_eq!(
            article.meta.url.as_deref(),
            Some(server.url("/story").as_str())
        );
        assert_eq!(
            article.meta.source_path.as_deref(),
            Some(server.url("/old").as_str())
        );
        assert_eq!(article.meta.title.as_deref(), Some("Harbour reopens"));
        assert!(
            article.text.contains("The caf\u{e9} on the pier"),
            "{}",
            article.text
        );
        let quotes = crate::extract::extract_quotes(&article.text, None);
        assert!(
            quotes.iter().any(|q| q.text.contains("open for business")
                && q.speaker.as_deref() == Some("Ilse Varga")),
            "{quotes:?}"
        );
    }

    #[test]
    fn failures_name_the_address_and_the_problem() {
        let server = server();
        let cases = [
            ("/missing", "HTTP 404 Not Found"),
            ("/slow", "timed out"),
            ("/big", "max-download-bytes"),
            ("/loop", "redirects"),
            ("/photo", "not a web page"),
        ];
        for (path, expected) in cases {
            let url = server.url(path);
            let err = read_url(&url, &quick()).unwrap_err();
            let message = err.to_string();
            assert!(message.starts_with(&format!("{url}: ")), "{message}");
            assert!(message.contains(expected), "{path}: {message}");
        }
    }

    #[test]
    fn nothing_listening_is_a_clear_error() {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let url = format!("http://127.0.0.1:{port}/story");
        let err = read_url(&url, &quick()).unwrap_err();
        assert!(err.to_string().starts_with(&url), "{err}");
    }

    #[test]
    fn addresses_are_told_from_paths() {
        assert!(is_url("https://example.org/a"));
        assert!(is_url("HTTP://example.org"));
        assert!(!is_url("story.html"));
        assert!(!is_url("http"));
    }
}
