//! The mail relay: SMTP, with every wait bounded, or the log when no relay is set.
//!
//! lettre's pooled transport bounds only the TCP connect: a relay that accepts the connection
//! and never answers held a socket and a task forever. So the conversation is run here, one
//! step at a time, each under a time limit: opening the connection (the connect timeout, plus
//! the command timeout for each of the greeting and the EHLO answer), STARTTLS, AUTH, MAIL,
//! RCPT, DATA and the message (the command timeout each). A step that runs out drops the
//! connection, which closes its socket; nothing is left behind. A sender keeps its
//! connection for the messages that follow (up to [`MESSAGES_PER_CONNECTION`]) and closes it
//! when it runs out of work.

use std::borrow::Cow;
use std::future::Future;
use std::time::Duration;

use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{AsyncSmtpConnection, TlsParameters};
use lettre::transport::smtp::commands::{Data, Mail, Quit, Rcpt};
use lettre::transport::smtp::extension::{ClientId, Extension, MailBodyParameter, MailParameter};
use lettre::{Address, Message};

use super::compose::Composed;
use crate::config::MailSettings;

/// Messages sent over one connection before it is closed and a new one opened (relays limit
/// them).
pub const MESSAGES_PER_CONNECTION: u32 = 100;

/// Why a message was not sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendError {
    /// The relay refused it for good (a 5xx answer, or an address that is no address):
    /// trying again will not help.
    pub permanent: bool,
    pub reason: String,
}

impl SendError {
    fn transient(reason: impl Into<String>) -> SendError {
        SendError {
            permanent: false,
            reason: reason.into(),
        }
    }

    fn from_smtp(step: &str, err: lettre::transport::smtp::Error) -> SendError {
        SendError {
            permanent: err.is_permanent(),
            reason: format!("{step}: {err}"),
        }
    }
}

/// Where mail goes.
#[derive(Debug)]
pub enum Relay {
    Smtp(Box<SmtpRelay>),
    /// No relay set: each message is written to the log, with its link.
    Log,
}

/// How the connection is encrypted.
#[derive(Clone)]
enum Encryption {
    None,
    /// TLS from the first byte (`smtps://`).
    Wrapper(TlsParameters),
    /// STARTTLS: `?tls=required` refuses a relay without it, `?tls=opportunistic` uses it
    /// when offered.
    StartTls {
        tls: TlsParameters,
        required: bool,
    },
}

/// An SMTP relay and the limits its conversations keep to.
pub struct SmtpRelay {
    host: String,
    port: u16,
    encryption: Encryption,
    credentials: Option<Credentials>,
    hello: ClientId,
    from: Mailbox,
    connect_timeout: Duration,
    command_timeout: Duration,
}

impl std::fmt::Debug for SmtpRelay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the credentials.
        write!(f, "SmtpRelay({}:{}, from {})", self.host, self.port, self.from)
    }
}

/// An open connection to the relay, kept by one sender between messages.
pub struct Connection {
    smtp: AsyncSmtpConnection,
    sent: u32,
}

/// Runs one step of the conversation within `limit`.
async fn step<T>(
    limit: Duration,
    what: &str,
    future: impl Future<Output = Result<T, lettre::transport::smtp::Error>>,
) -> Result<T, SendError> {
    match tokio::time::timeout(limit, future).await {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(err)) => Err(SendError::from_smtp(what, err)),
        Err(_) => Err(SendError::transient(format!(
            "{what}: the relay did not answer within {} s",
            limit.as_secs_f64()
        ))),
    }
}

impl Relay {
    /// SMTP to `smtp_url` (`smtp://host:port`, `smtps://...`, `smtp://...?tls=required`, with
    /// `user:password@` when the relay asks for them), or the log when there is none.
    pub fn new(smtp_url: Option<&str>, from: &str, settings: &MailSettings) -> anyhow::Result<Relay> {
        let from: Mailbox = from
            .parse()
            .map_err(|e| anyhow::anyhow!("KEYDROP_MAIL_FROM {from:?} is not an address: {e}"))?;
        let Some(url) = smtp_url else {
            return Ok(Relay::Log);
        };
        let relay = SmtpRelay::from_url(url, from, settings)
            .map_err(|e| anyhow::anyhow!("KEYDROP_SMTP_URL is not a usable SMTP URL: {e}"))?;
        Ok(Relay::Smtp(Box::new(relay)))
    }

    /// Sends one message, over `connection` when it is open (else it opens one and keeps it
    /// there). After a failure the connection is dropped: its state is unknown.
    pub async fn send(
        &self,
        connection: &mut Option<Connection>,
        message: &Composed,
    ) -> Result<(), SendError> {
        match self {
            Relay::Smtp(relay) => {
                let result = relay.send(connection, message).await;
                if result.is_err() {
                    *connection = None;
                }
                result
            }
            Relay::Log => {
                tracing::info!(
                    to = %message.to,
                    subject = %message.subject,
                    "mail not sent (KEYDROP_SMTP_URL is not set); its link: {}",
                    message.link.as_deref().unwrap_or("(none)")
                );
                Ok(())
            }
        }
    }

    /// Says goodbye on a kept connection (within the command timeout) and closes it.
    pub async fn close(&self, connection: Option<Connection>) {
        if let (Relay::Smtp(relay), Some(mut connection)) = (self, connection) {
            let _ = tokio::time::timeout(relay.command_timeout, connection.smtp.command(Quit)).await;
        }
    }

    /// The longest one message can take, every step running out its time: a lease on a
    /// message must outlast it, so that no other sender takes a message still being sent.
    pub fn longest_send(&self) -> Duration {
        match self {
            // Greeting, EHLO, STARTTLS, EHLO, two AUTH exchanges, MAIL, RCPT, DATA, message.
            Relay::Smtp(relay) => relay.connect_timeout + relay.command_timeout * 10,
            Relay::Log => Duration::ZERO,
        }
    }
}

impl SmtpRelay {
    /// Reads a relay URL the way lettre does (same schemes, ports and `tls` parameter).
    fn from_url(url: &str, from: Mailbox, settings: &MailSettings) -> anyhow::Result<SmtpRelay> {
        let url = url::Url::parse(url)?;
        let host = url
            .host_str()
            .ok_or_else(|| anyhow::anyhow!("it names no host"))?
            .to_string();
        let tls = || TlsParameters::new(host.clone());
        let tls_mode = url
            .query_pairs()
            .find(|(k, _)| k == "tls")
            .map(|(_, v)| v.into_owned());
        let (encryption, default_port) = match (url.scheme(), tls_mode.as_deref()) {
            ("smtp", None | Some("none")) => (Encryption::None, 25),
            ("smtp", Some("required")) => (
                Encryption::StartTls {
                    tls: tls()?,
                    required: true,
                },
                587,
            ),
            ("smtp", Some("opportunistic")) => (
                Encryption::StartTls {
                    tls: tls()?,
                    required: false,
                },
                587,
            ),
            ("smtps", _) => (Encryption::Wrapper(tls()?), 465),
            (scheme, tls) => anyhow::bail!(
                "scheme {scheme:?} with tls={tls:?}: use smtp://, smtps://, or smtp://...?tls=required|opportunistic"
            ),
        };
        let decode = |s: &str| -> anyhow::Result<String> {
            Ok(percent_encoding::percent_decode_str(s)
                .decode_utf8()
                .map(Cow::into_owned)?)
        };
        let credentials = match url.password() {
            Some(password) => Some(Credentials::new(decode(url.username())?, decode(password)?)),
            None => None,
        };
        let hello = match url.path().trim_matches('/') {
            "" => ClientId::default(),
            name => ClientId::Domain(name.to_string()),
        };
        Ok(SmtpRelay {
            port: url.port().unwrap_or(default_port),
            host,
            encryption,
            credentials,
            hello,
            from,
            connect_timeout: settings.connect_timeout,
            command_timeout: settings.command_timeout,
        })
    }

    /// Opens a connection: TCP (and TLS), greeting, EHLO, STARTTLS, AUTH.
    async fn open(&self) -> Result<Connection, SendError> {
        let wrapper = match &self.encryption {
            Encryption::Wrapper(tls) => Some(tls.clone()),
            _ => None,
        };
        let connect = AsyncSmtpConnection::connect_tokio1(
            (self.host.as_str(), self.port),
            Some(self.connect_timeout),
            &self.hello,
            wrapper,
            None,
        );
        let limit = self.connect_timeout + self.command_timeout * 2;
        let mut smtp = step(limit, "connecting", connect).await?;
        if let Encryption::StartTls { tls, required } = &self.encryption {
            if smtp.can_starttls() {
                let upgrade = smtp.starttls(tls.clone(), &self.hello);
                step(self.command_timeout * 2, "STARTTLS", upgrade).await?;
            } else if *required {
                return Err(SendError::transient(
                    "the relay does not offer STARTTLS, which tls=required asks for",
                ));
            }
        }
        if let Some(credentials) = &self.credentials {
            let login = smtp.auth(&[Mechanism::Plain, Mechanism::Login], credentials);
            step(self.command_timeout * 2, "AUTH", login).await?;
        }
        Ok(Connection { smtp, sent: 0 })
    }

    async fn send(&self, connection: &mut Option<Connection>, message: &Composed) -> Result<(), SendError> {
        let email = self.message(message)?;
        let envelope = email.envelope().clone();
        let bytes = email.formatted();
        if connection
            .as_ref()
            .is_some_and(|c| c.sent >= MESSAGES_PER_CONNECTION)
        {
            let used = connection.take();
            let _ = tokio::time::timeout(self.command_timeout, async move {
                if let Some(mut used) = used {
                    let _ = used.smtp.command(Quit).await;
                }
            })
            .await;
        }
        if connection.is_none() {
            *connection = Some(self.open().await?);
        }
        let conn = connection.as_mut().expect("a connection was just opened");
        let smtp = &mut conn.smtp;
        // What lettre's own `send` asks of the relay, one command at a time.
        let mut options = Vec::new();
        let non_ascii = |address: &Address| !AsRef::<str>::as_ref(address).is_ascii();
        if envelope.from().is_some_and(non_ascii) || envelope.to().iter().any(non_ascii) {
            if !smtp.server_info().supports_feature(Extension::SmtpUtfEight) {
                return Err(SendError {
                    permanent: true,
                    reason: "the address is not ASCII and the relay does not take SMTPUTF8".into(),
                });
            }
            options.push(MailParameter::SmtpUtfEight);
        }
        if !bytes.is_ascii() {
            options.push(MailParameter::Body(MailBodyParameter::EightBitMime));
        }
        let limit = self.command_timeout;
        step(
            limit,
            "MAIL FROM",
            smtp.command(Mail::new(envelope.from().cloned(), options)),
        )
        .await?;
        for to in envelope.to() {
            step(limit, "RCPT TO", smtp.command(Rcpt::new(to.clone(), Vec::new()))).await?;
        }
        step(limit, "DATA", smtp.command(Data)).await?;
        step(limit, "sending the message", smtp.message(&bytes)).await?;
        conn.sent += 1;
        Ok(())
    }

    /// The message as it goes out: both parts, its Message-ID, its language, and its
    /// List-Unsubscribe headers when it has an unsubscribe link.
    fn message(&self, message: &Composed) -> Result<Message, SendError> {
        let to: Address = message.to.parse().map_err(|e| SendError {
            permanent: true,
            reason: format!(
                "the address on record {:?} is not a mail address: {e}",
                message.to
            ),
        })?;
        let header =
            |name: &'static str, value: String| HeaderValue::new(HeaderName::new_from_ascii_str(name), value);
        let mut builder = Message::builder()
            .from(self.from.clone())
            .to(Mailbox::new(None, to))
            .subject(message.subject.clone())
            .message_id(Some(message.message_id.clone()))
            // Out-of-office replies and the like stay away (RFC 3834).
            .raw_header(header("Auto-Submitted", "auto-generated".into()))
            .raw_header(header("Content-Language", message.lang.code().into()));
        if let Some(url) = &message.unsubscribe_url {
            // RFC 2369, and RFC 8058's one-click POST.
            builder = builder
                .raw_header(header("List-Unsubscribe", format!("<{url}>")))
                .raw_header(header(
                    "List-Unsubscribe-Post",
                    "List-Unsubscribe=One-Click".into(),
                ));
        }
        builder
            .multipart(MultiPart::alternative_plain_html(
                message.text.clone(),
                message.html.clone(),
            ))
            .map_err(|e| SendError {
                permanent: true,
                reason: format!("the message could not be built: {e}"),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn relay(url: &str) -> anyhow::Result<SmtpRelay> {
        SmtpRelay::from_url(
            url,
            "keydrop <k@example.org>".parse().unwrap(),
            &MailSettings::default(),
        )
    }

    #[test]
    fn relay_urls_read_as_lettre_reads_them() {
        let plain = relay("smtp://relay.internal").unwrap();
        assert_eq!((plain.host.as_str(), plain.port), ("relay.internal", 25));
        assert!(matches!(plain.encryption, Encryption::None) && plain.credentials.is_none());
        let submission = relay("smtp://user%40x:p%3Ass@mail.example.org?tls=required").unwrap();
        assert_eq!(submission.port, 587);
        assert!(matches!(
            submission.encryption,
            Encryption::StartTls { required: true, .. }
        ));
        assert_eq!(
            submission.credentials,
            Some(Credentials::new("user@x".into(), "p:ss".into()))
        );
        let wrapped = relay("smtps://mail.example.org:2465/keys.example.org").unwrap();
        assert_eq!(wrapped.port, 2465);
        assert!(matches!(wrapped.encryption, Encryption::Wrapper(_)));
        assert_eq!(wrapped.hello, ClientId::Domain("keys.example.org".into()));
        for bad in [
            "http://mail.example.org",
            "smtp://mail.example.org?tls=maybe",
            "smtp:///nohost",
        ] {
            assert!(relay(bad).is_err(), "{bad}");
        }
        // The credentials never show in the debug form.
        assert!(!format!("{submission:?}").contains("p:ss"));
    }

    #[test]
    fn a_lease_outlasts_the_longest_send() {
        let relay = Relay::Smtp(Box::new(relay("smtp://relay.internal").unwrap()));
        // 10 s to connect, ten answers of 30 s each.
        assert_eq!(relay.longest_send(), Duration::from_secs(310));
    }

    #[tokio::test]
    async fn a_relay_that_never_answers_is_given_up_on_in_time() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        // Accepts, then says nothing.
        let held = tokio::spawn(async move {
            let (socket, _) = listener.accept().await.unwrap();
            let mut buffer = [0u8; 64];
            let mut socket = socket;
            // Returns when the client closes its end.
            use tokio::io::AsyncReadExt;
            while socket.read(&mut buffer).await.is_ok_and(|n| n > 0) {}
        });
        let settings = MailSettings {
            connect_timeout: Duration::from_millis(200),
            command_timeout: Duration::from_millis(200),
            ..MailSettings::default()
        };
        let relay = Relay::new(
            Some(&format!("smtp://127.0.0.1:{port}")),
            "k@example.org",
            &settings,
        )
        .unwrap();
        let message = Composed {
            to: "a@example.org".into(),
            lang: crate::i18n::Lang::En,
            subject: "s".into(),
            text: "t".into(),
            html: "<p>t</p>".into(),
            message_id: "<1@example.org>".into(),
            unsubscribe_url: None,
            link: None,
        };
        let mut connection = None;
        let started = std::time::Instant::now();
        let err = relay.send(&mut connection, &message).await.unwrap_err();
        assert!(!err.permanent && err.reason.contains("did not answer"), "{err:?}");
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "{:?}",
            started.elapsed()
        );
        // The socket was closed: the relay's side sees the end of the stream.
        tokio::time::timeout(Duration::from_secs(2), held)
            .await
            .unwrap()
            .unwrap();
    }
}
