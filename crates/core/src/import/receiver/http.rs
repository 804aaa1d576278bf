//! Just enough HTTP/1.1 for the receiver: one request per connection, its
//! head parsed by `httparse`, its body read to its Content-Length, both
//! bounded; every response closes the connection.

use std::io::Read;

/// The most a request's head (request line and headers) may take.
const MAX_HEAD_BYTES: usize = 16 * 1024;

pub(super) struct Request {
    pub method: String,
    pub path: String,
    headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Request {
    /// The first value of header `name` (lower case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Why a request was not read, as the response that says so.
pub(super) struct Refusal {
    status: u16,
    message: String,
}

impl Refusal {
    fn new(status: u16, message: impl Into<String>) -> Refusal {
        Refusal {
            status,
            message: message.into(),
        }
    }

    pub fn into_response(self, origin: Option<&str>) -> Vec<u8> {
        let body = serde_json::json!({ "error": self.message }).to_string();
        response(self.status, origin, &body)
    }
}

pub(super) fn read_request(stream: &mut impl Read, max_body: usize) -> Result<Request, Refusal> {
    let mut buf = Vec::with_capacity(4096);
    let mut chunk = [0u8; 4096];
    let head_len = loop {
        let n = stream
            .read(&mut chunk)
            .map_err(|e| Refusal::new(408, format!("the request was not read ({e})")))?;
        if n == 0 {
            return Err(Refusal::new(400, "the request ended early"));
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(end) = find(&buf, b"\r\n\r\n") {
            break end + 4;
        }
        if buf.len() > MAX_HEAD_BYTES {
            return Err(Refusal::new(431, "the request's head is too large"));
        }
    };
    let mut header_slots = [httparse::EMPTY_HEADER; 64];
    let mut parsed = httparse::Request::new(&mut header_slots);
    match parsed.parse(&buf[..head_len]) {
        Ok(httparse::Status::Complete(_)) => {}
        _ => return Err(Refusal::new(400, "not an HTTP request")),
    }
    let method = parsed.method.unwrap_or("").to_string();
    let path = parsed.path.unwrap_or("/").to_string();
    let headers: Vec<(String, String)> = parsed
        .headers
        .iter()
        .map(|h| {
            (
                h.name.to_ascii_lowercase(),
                String::from_utf8_lossy(h.value).into_owned(),
            )
        })
        .collect();
    let length = match headers.iter().find(|(n, _)| n == "content-length") {
        Some((_, v)) => v
            .trim()
            .parse::<usize>()
            .map_err(|_| Refusal::new(400, "a Content-Length that is not a number"))?,
        None if headers.iter().any(|(n, _)| n == "transfer-encoding") => {
            return Err(Refusal::new(411, "send a Content-Length"))
        }
        None => 0,
    };
    if length > max_body {
        return Err(Refusal::new(
            413,
            format!("the page is too large ({length} bytes; the limit is {max_body} bytes)"),
        ));
    }
    let mut body = buf[head_len..].to_vec();
    body.truncate(length);
    if body.len() < length {
        stream
            .take((length - body.len()) as u64)
            .read_to_end(&mut body)
            .map_err(|e| Refusal::new(408, format!("the page was not read whole ({e})")))?;
        if body.len() < length {
            return Err(Refusal::new(
                400,
                "the request ended before its Content-Length",
            ));
        }
    }
    Ok(Request {
        method,
        path,
        headers,
        body,
    })
}

/// A JSON response. Only a browser extension's origin is allowed to read it.
pub(super) fn response(status: u16, origin: Option<&str>, body: &str) -> Vec<u8> {
    let mut head = format!(
        "HTTP/1.1 {status} {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\nCache-Control: no-store\r\n",
        reason(status),
        body.len()
    );
    if let Some(origin) = origin {
        head.push_str(&format!(
            "Access-Control-Allow-Origin: {origin}\r\nVary: Origin\r\n"
        ));
    }
    head.push_str("\r\n");
    let mut bytes = head.into_bytes();
    bytes.extend_from_slice(body.as_bytes());
    bytes
}

/// The answer to a CORS preflight from a browser extension.
pub(super) fn preflight(origin: Option<&str>) -> Vec<u8> {
    let origin = origin.unwrap_or("null");
    format!(
        "HTTP/1.1 204 No Content\r\nAccess-Control-Allow-Origin: {origin}\r\nAccess-Control-Allow-Methods: GET, POST\r\nAccess-Control-Allow-Headers: Authorization, Content-Type\r\nAccess-Control-Max-Age: 600\r\nVary: Origin\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    )
    .into_bytes()
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        204 => "No Content",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        408 => "Request Timeout",
        411 => "Length Required",
        413 => "Content Too Large",
        422 => "Unprocessable Content",
        431 => "Request Header Fields Too Large",
        _ => "Error",
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}
