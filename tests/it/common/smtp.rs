//! A real SMTP server for tests: aiosmtpd (Python), storing what it receives in a Maildir.
//! The test command installs it; see the README. [`FlakyRelay`] stands in front of it to be
//! down, silent or refusing when a test says so.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub struct SmtpServer {
    child: Child,
    maildir: tempfile::TempDir,
    pub port: u16,
}

impl SmtpServer {
    /// Starts a server on a free port of 127.0.0.1 and waits until it accepts connections.
    pub async fn start() -> SmtpServer {
        let maildir = tempfile::tempdir().unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = Command::new("python3")
            .args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{port}"), "-c", "aiosmtpd.handlers.Mailbox"])
            .arg(maildir.path().join("mail"))
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("python3 -m aiosmtpd: install it with `pip install aiosmtpd` (the README's test command does)");
        let server = SmtpServer { child, maildir, port };
        let deadline = Instant::now() + Duration::from_secs(20);
        while tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_err() {
            assert!(
                Instant::now() < deadline,
                "aiosmtpd did not start listening on port {port}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        server
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    fn messages_dir(&self) -> PathBuf {
        self.maildir.path().join("mail").join("new")
    }

    /// Every message received so far, decoded to text.
    pub fn messages(&self) -> Vec<String> {
        self.raw_messages()
            .iter()
            .map(|raw| {
                // A message mostly in another script comes in base64: its headers and its
                // parts decoded, so that what a test looks for (a link) is found in it.
                if raw.contains("Content-Transfer-Encoding: base64") {
                    let mail = Delivered::read(raw);
                    format!("{}\n\n{}\n\n{}", mail.headers, mail.text, mail.html)
                } else {
                    decode_quoted_printable(raw)
                }
            })
            .collect()
    }

    /// Every message received so far, as it arrived.
    fn raw_messages(&self) -> Vec<String> {
        let Ok(entries) = std::fs::read_dir(self.messages_dir()) else {
            return Vec::new();
        };
        entries
            .filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
            .collect()
    }

    /// Waits (up to a deadline) for a message to `address` whose subject contains `subject`,
    /// and reads it as a mail program would: its headers, subject and both parts decoded.
    pub async fn wait_for_mail_to(&self, address: &str, subject: &str) -> Delivered {
        let to = format!("To: {address}");
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let found = self
                .raw_messages()
                .iter()
                .filter(|m| m.lines().any(|l| l.trim_end() == to))
                .map(|m| Delivered::read(m))
                .find(|m| m.subject.contains(subject));
            if let Some(mail) = found {
                return mail;
            }
            assert!(
                Instant::now() < deadline,
                "no mail to {address} about {subject:?} arrived"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

/// A message as its reader's mail program shows it: encoded words, base64 and
/// quoted-printable undone.
#[derive(Debug)]
pub struct Delivered {
    /// The top-level headers, unfolded, raw.
    pub headers: String,
    pub subject: String,
    pub text: String,
    pub html: String,
}

impl Delivered {
    /// Reads a `multipart/alternative` message of a plain-text and an HTML part.
    pub fn read(raw: &str) -> Delivered {
        let raw = raw.replace("\r\n", "\n");
        let (headers, body) = raw.split_once("\n\n").expect("headers, then a body");
        let headers = headers.replace("\n ", " ").replace("\n\t", " ");
        let value = |name: &str| header(&headers, name);
        let subject = decode_encoded_words(&value("Subject").expect("a Subject"));
        let content_type = value("Content-Type").expect("a Content-Type");
        let boundary = content_type
            .split("boundary=")
            .nth(1)
            .expect("a multipart message")
            .trim_matches(|c| c == '"' || c == ';' || c == ' ');
        let (mut text, mut html) = (String::new(), String::new());
        for part in body.split(&format!("--{boundary}")).skip(1) {
            let Some((part_headers, content)) = part.trim_start_matches('\n').split_once("\n\n") else {
                continue;
            };
            let part_headers = part_headers.replace("\n ", " ");
            let decoded = match header(&part_headers, "Content-Transfer-Encoding").as_deref() {
                Some("base64") => {
                    use base64::Engine as _;
                    let joined: String = content.split_whitespace().collect();
                    let bytes = base64::engine::general_purpose::STANDARD
                        .decode(joined)
                        .expect("base64");
                    String::from_utf8(bytes).expect("UTF-8")
                }
                Some("quoted-printable") => decode_quoted_printable(content),
                _ => content.to_string(),
            };
            let kind = header(&part_headers, "Content-Type").unwrap_or_default();
            if kind.starts_with("text/plain") {
                text = decoded;
            } else if kind.starts_with("text/html") {
                html = decoded;
            }
        }
        Delivered {
            headers,
            subject,
            text,
            html,
        }
    }

    /// The value of a top-level header.
    pub fn header(&self, name: &str) -> Option<String> {
        header(&self.headers, name)
    }
}

/// Undoes RFC 2047 encoded words (`=?utf-8?b?...?=`, `=?utf-8?q?...?=`); the white space
/// between two of them is not part of the text.
fn decode_encoded_words(value: &str) -> String {
    let mut out = String::new();
    let mut last_was_word = false;
    for token in value.split_whitespace() {
        let word = token
            .strip_prefix("=?")
            .and_then(|t| t.strip_suffix("?="))
            .and_then(|t| {
                let mut parts = t.splitn(3, '?');
                let (_charset, encoding, text) = (parts.next()?, parts.next()?, parts.next()?);
                Some((encoding.to_ascii_lowercase(), text.to_string()))
            });
        match word {
            Some((encoding, text)) => {
                let bytes = if encoding == "b" {
                    use base64::Engine as _;
                    base64::engine::general_purpose::STANDARD
                        .decode(text)
                        .expect("base64 word")
                } else {
                    decode_quoted_printable(&text.replace('_', " ")).into_bytes()
                };
                if !last_was_word && !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(&String::from_utf8(bytes).expect("UTF-8 word"));
                last_was_word = true;
            }
            None => {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(token);
                last_was_word = false;
            }
        }
    }
    out
}

impl SmtpServer {
    /// Waits (up to a deadline) for a message whose text contains `needle`.
    pub async fn wait_for(&self, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(message) = self.messages().into_iter().find(|m| m.contains(needle)) {
                return message;
            }
            assert!(Instant::now() < deadline, "no mail containing {needle:?} arrived");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

impl SmtpServer {
    /// Waits (up to 60 s) until at least `n` messages arrived; answers them all.
    pub async fn wait_for_count(&self, n: usize) -> Vec<String> {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let messages = self.messages();
            if messages.len() >= n {
                return messages;
            }
            assert!(
                Instant::now() < deadline,
                "{} of {n} messages arrived",
                messages.len()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Undoes quoted-printable soft line breaks and `=XX` escapes (lettre may encode long lines).
fn decode_quoted_printable(raw: &str) -> String {
    let joined = raw.replace("=\r\n", "").replace("=\n", "");
    let mut out = Vec::with_capacity(joined.len());
    let bytes = joined.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'='
            && i + 2 < bytes.len()
            && bytes[i + 1].is_ascii_hexdigit()
            && bytes[i + 2].is_ascii_hexdigit()
        {
            out.push(u8::from_str_radix(&joined[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The first sign-in link (`.../login/<64 hex digits>`) in a message.
pub fn login_link_in(message: &str) -> Option<String> {
    let start = message.find("http")?;
    let rest = &message[start..];
    let end = rest.find(|c: char| c.is_whitespace()).unwrap_or(rest.len());
    let link = &rest[..end];
    link.contains("/login/").then(|| link.to_string())
}

/// How a [`FlakyRelay`] treats new connections.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelayMode {
    /// Down: the connection is reset at once.
    Down,
    /// Accepts the connection and never says a word.
    Silent,
    /// Answers like a relay but refuses every recipient (550).
    Refusing,
    /// Passes the conversation to the real SMTP server behind it.
    Working,
}

/// A relay whose behaviour a test switches: in front of a real SMTP server (aiosmtpd), on a
/// port of its own that stays the same whatever the mode. Counts the connections it holds
/// open in silence, and the most it ever held at once.
pub struct FlakyRelay {
    pub server: SmtpServer,
    pub port: u16,
    state: Arc<RelayState>,
    task: tokio::task::JoinHandle<()>,
}

#[derive(Debug)]
struct RelayState {
    mode: Mutex<RelayMode>,
    silent_now: AtomicUsize,
    silent_most: AtomicUsize,
    connections: AtomicUsize,
}

impl FlakyRelay {
    pub async fn start(mode: RelayMode) -> FlakyRelay {
        let server = SmtpServer::start().await;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let state = Arc::new(RelayState {
            mode: Mutex::new(mode),
            silent_now: AtomicUsize::new(0),
            silent_most: AtomicUsize::new(0),
            connections: AtomicUsize::new(0),
        });
        let (shared, upstream) = (state.clone(), server.port);
        let task = tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                shared.connections.fetch_add(1, Ordering::SeqCst);
                let mode = *shared.mode.lock().unwrap();
                tokio::spawn(serve_connection(socket, mode, shared.clone(), upstream));
            }
        });
        FlakyRelay {
            server,
            port,
            state,
            task,
        }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Changes how new connections are treated (open ones keep their treatment).
    pub fn set(&self, mode: RelayMode) {
        *self.state.mode.lock().unwrap() = mode;
    }

    /// Silent connections still open (the client has not closed them).
    pub fn silent_now(&self) -> usize {
        self.state.silent_now.load(Ordering::SeqCst)
    }

    /// The most silent connections that were ever open at once.
    pub fn silent_most(&self) -> usize {
        self.state.silent_most.load(Ordering::SeqCst)
    }

    /// Connections accepted so far, in any mode.
    pub fn connections(&self) -> usize {
        self.state.connections.load(Ordering::SeqCst)
    }
}

impl Drop for FlakyRelay {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn serve_connection(
    mut socket: tokio::net::TcpStream,
    mode: RelayMode,
    state: Arc<RelayState>,
    upstream: u16,
) {
    use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt};
    match mode {
        RelayMode::Down => {
            // A reset, as from a port nobody listens on.
            let _ = socket.set_zero_linger();
        }
        RelayMode::Silent => {
            let now = state.silent_now.fetch_add(1, Ordering::SeqCst) + 1;
            state.silent_most.fetch_max(now, Ordering::SeqCst);
            let mut buffer = [0u8; 1024];
            // Reads (and ignores) until the client closes its end.
            while socket.read(&mut buffer).await.is_ok_and(|n| n > 0) {}
            state.silent_now.fetch_sub(1, Ordering::SeqCst);
        }
        RelayMode::Refusing => {
            let (reader, mut writer) = socket.split();
            let mut lines = tokio::io::BufReader::new(reader).lines();
            let _ = writer.write_all(b"220 refusing.test ESMTP\r\n").await;
            while let Ok(Some(line)) = lines.next_line().await {
                let verb = line.get(..4).unwrap_or_default().to_ascii_uppercase();
                let answer: &[u8] = match verb.as_str() {
                    "RCPT" => b"550 5.1.1 no such mailbox here\r\n",
                    "QUIT" => b"221 bye\r\n",
                    _ => b"250 ok\r\n",
                };
                if writer.write_all(answer).await.is_err() || verb == "QUIT" {
                    break;
                }
            }
        }
        RelayMode::Working => {
            if let Ok(mut server) = tokio::net::TcpStream::connect(("127.0.0.1", upstream)).await {
                let _ = tokio::io::copy_bidirectional(&mut socket, &mut server).await;
            }
        }
    }
}

/// How many of `messages` are addressed to `address`.
pub fn count_to(messages: &[String], address: &str) -> usize {
    let header = format!("To: {address}");
    messages.iter().filter(|m| m.lines().any(|l| l == header)).count()
}

/// The value of header `name` in a message (unfolded), if it has it.
pub fn header(message: &str, name: &str) -> Option<String> {
    let prefix = format!("{name}: ");
    let mut lines = message.lines().take_while(|l| !l.is_empty()).peekable();
    while let Some(line) = lines.next() {
        if let Some(value) = line.strip_prefix(&prefix) {
            let mut value = value.to_string();
            // A long header goes on over lines that start with white space (RFC 5322).
            while let Some(more) = lines.next_if(|l| l.starts_with([' ', '\t'])) {
                value.push_str(more);
            }
            return Some(value);
        }
    }
    None
}
