//! A real HTTP server on 127.0.0.1 for the fetch tests: each request is
//! answered by a function of its path, on a thread of its own.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::time::Duration;

pub(crate) enum Reply {
    Full {
        status: u16,
        reason: &'static str,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    },
    /// Headers at once, then nothing for this long.
    Slow(Duration),
}

impl Reply {
    pub(crate) fn ok(content_type: &str, body: Vec<u8>) -> Reply {
        Reply::Full {
            status: 200,
            reason: "OK",
            headers: vec![("Content-Type".into(), content_type.into())],
            body,
        }
    }

    pub(crate) fn redirect(location: &str) -> Reply {
        Reply::Full {
            status: 301,
            reason: "Moved Permanently",
            headers: vec![("Location".into(), location.into())],
            body: Vec::new(),
        }
    }

    pub(crate) fn status(status: u16, reason: &'static str) -> Reply {
        Reply::Full {
            status,
            reason,
            headers: vec![("Content-Type".into(), "text/html".into())],
            body: b"<p>no</p>".to_vec(),
        }
    }
}

pub(crate) struct TestServer {
    port: u16,
}

impl TestServer {
    pub(crate) fn start(route: fn(&str) -> Reply) -> TestServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a free port");
        let port = listener.local_addr().unwrap().port();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                std::thread::spawn(move || answer(stream, route));
            }
        });
        TestServer { port }
    }

    pub(crate) fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }
}

fn answer(mut stream: TcpStream, route: fn(&str) -> Reply) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    loop {
        let mut line = String::new();
        match reader.read_line(&mut line) {
            Ok(0) | Err(_) => return,
            Ok(_) if line == "\r\n" || line == "\n" => break,
            Ok(_) => {}
        }
    }
    let path = request_line.split(' ').nth(1).unwrap_or("/").to_string();
    match route(&path) {
        Reply::Full {
            status,
            reason,
            headers,
            body,
        } => {
            let mut head = format!("HTTP/1.1 {status} {reason}\r\nConnection: close\r\n");
            for (name, value) in headers {
                head.push_str(&format!("{name}: {value}\r\n"));
            }
            head.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&body);
        }
        Reply::Slow(wait) => {
            let _ = stream.write_all(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100\r\n\r\n<p>",
            );
            std::thread::sleep(wait);
        }
    }
}
