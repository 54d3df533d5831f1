//! HTTP/1.1 written by hand: the corpus sends what no well-behaved client would (a request
//! target with `..`, `%00` or raw non-UTF-8 bytes, a body that is not what its header says),
//! which reqwest and the `url` crate would normalise or refuse before sending.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// How long one exchange may take: every case is answered well within it.
const EXCHANGE_TIMEOUT: Duration = Duration::from_secs(30);

/// A request as bytes on the wire, before the headers every request gets (`Host`,
/// `Connection: close`, and `Content-Length` unless the request names its own).
#[derive(Debug, Clone, Default)]
pub struct RawRequest {
    pub method: String,
    /// The request target exactly as sent, e.g. `/admin/codes/%00`.
    pub target: Vec<u8>,
    pub headers: Vec<(String, Vec<u8>)>,
    pub body: Vec<u8>,
}

impl RawRequest {
    pub fn new(method: &str, target: impl Into<Vec<u8>>) -> RawRequest {
        RawRequest {
            method: method.to_string(),
            target: target.into(),
            ..RawRequest::default()
        }
    }

    pub fn header(mut self, name: &str, value: impl Into<Vec<u8>>) -> RawRequest {
        self.headers.push((name.to_string(), value.into()));
        self
    }

    /// A urlencoded form body (its fields already encoded, or deliberately not).
    pub fn form(self, body: impl Into<Vec<u8>>) -> RawRequest {
        self.header("Content-Type", "application/x-www-form-urlencoded")
            .body(body)
    }

    pub fn body(mut self, body: impl Into<Vec<u8>>) -> RawRequest {
        self.body = body.into();
        self
    }

    fn has_header(&self, name: &str) -> bool {
        self.headers.iter().any(|(n, _)| n.eq_ignore_ascii_case(name))
    }

    fn to_bytes(&self, host: &str) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(self.body.len() + 512);
        bytes.extend_from_slice(self.method.as_bytes());
        bytes.push(b' ');
        bytes.extend_from_slice(&self.target);
        bytes.extend_from_slice(b" HTTP/1.1\r\n");
        let mut line = |name: &str, value: &[u8]| {
            bytes.extend_from_slice(name.as_bytes());
            bytes.extend_from_slice(b": ");
            bytes.extend_from_slice(value);
            bytes.extend_from_slice(b"\r\n");
        };
        line("Host", host.as_bytes());
        line("Connection", b"close");
        if !self.has_header("Content-Length") && !self.has_header("Transfer-Encoding") {
            line("Content-Length", self.body.len().to_string().as_bytes());
        }
        for (name, value) in &self.headers {
            line(name, value);
        }
        bytes.extend_from_slice(b"\r\n");
        bytes.extend_from_slice(&self.body);
        bytes
    }
}

/// An answer as it came.
#[derive(Debug, Clone)]
pub struct RawResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl RawResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// What a reader sees: tags removed, entities of quotes and ampersands decoded, white
    /// space folded.
    pub fn text(&self) -> String {
        crate::common::Page {
            status: self.status,
            url: String::new(),
            body: self.body.clone(),
            headers: Default::default(),
        }
        .text()
    }
}

/// Sends `request` to `address` (host:port) on a connection of its own and reads the whole
/// answer. The server may close before reading all of a body it refused: what it answered
/// is still read.
pub async fn send(address: &str, request: &RawRequest) -> Result<RawResponse, String> {
    let exchange = async {
        let mut stream = TcpStream::connect(address).await.map_err(|e| e.to_string())?;
        // A refused body may be cut short by the server's close: the answer still counts.
        let _ = stream.write_all(&request.to_bytes(address)).await;
        let mut received = Vec::new();
        let mut buffer = [0u8; 16 * 1024];
        loop {
            match stream.read(&mut buffer).await {
                Ok(0) => break,
                Ok(n) => received.extend_from_slice(&buffer[..n]),
                Err(_) if !received.is_empty() => break,
                Err(err) => return Err(format!("no answer: {err}")),
            }
        }
        parse(&received)
    };
    tokio::time::timeout(EXCHANGE_TIMEOUT, exchange)
        .await
        .map_err(|_| format!("no answer within {EXCHANGE_TIMEOUT:?}"))?
}

fn parse(received: &[u8]) -> Result<RawResponse, String> {
    let head_end = received
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or_else(|| format!("no complete answer: {:?}", String::from_utf8_lossy(received)))?;
    let head = String::from_utf8_lossy(&received[..head_end]);
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|line| line.split(' ').nth(1))
        .and_then(|code| code.parse().ok())
        .ok_or_else(|| format!("no status line: {head:?}"))?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_string(), value.trim().to_string()))
        .collect();
    let raw_body = &received[head_end + 4..];
    let chunked = headers.iter().any(|(name, value)| {
        name.eq_ignore_ascii_case("transfer-encoding") && value.eq_ignore_ascii_case("chunked")
    });
    let body = if chunked {
        dechunk(raw_body)
    } else {
        raw_body.to_vec()
    };
    Ok(RawResponse {
        status,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    })
}

/// A chunked body's data (as much of it as arrived).
fn dechunk(mut raw: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    while let Some(line_end) = raw.windows(2).position(|w| w == b"\r\n") {
        let size_text = String::from_utf8_lossy(&raw[..line_end]);
        let size_text = size_text.split(';').next().unwrap_or_default().trim();
        let Ok(size) = usize::from_str_radix(size_text, 16) else {
            break;
        };
        raw = &raw[line_end + 2..];
        if size == 0 || raw.len() < size {
            body.extend_from_slice(&raw[..size.min(raw.len())]);
            break;
        }
        body.extend_from_slice(&raw[..size]);
        raw = raw.get(size + 2..).unwrap_or_default();
    }
    body
}
