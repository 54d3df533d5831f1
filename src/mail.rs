//! Outgoing mail: one seam, [`Mailer::send`], for every message the service sends.
//!
//! Messages are rendered from templates (subject and body both), and delivered by SMTP when
//! KEYDROP_SMTP_URL is set. Without it they are written to the log, one line per message
//! holding its link, so that the demo needs no mail server.

use askama::Template;
use lettre::message::{Mailbox, header::ContentType};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

/// A message ready to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub body: String,
    /// The link the message is about, written to the log when mail is not sent.
    pub link: Option<String>,
}

impl Mail {
    /// Renders a mail template whose first line is `Subject: ...`, followed by a blank line
    /// and the body.
    pub fn render(to: &str, template: &impl Template, link: Option<String>) -> anyhow::Result<Mail> {
        let rendered = template.render()?;
        let (first, body) = rendered.split_once('\n').unwrap_or((&rendered, ""));
        let subject = first
            .strip_prefix("Subject:")
            .ok_or_else(|| anyhow::anyhow!("a mail template must start with a Subject: line"))?
            .trim();
        Ok(Mail {
            to: to.to_string(),
            subject: subject.to_string(),
            body: body.trim_start_matches('\n').to_string(),
            link,
        })
    }
}

/// Where mail goes.
#[derive(Clone)]
pub enum Mailer {
    Smtp {
        transport: AsyncSmtpTransport<Tokio1Executor>,
        from: Mailbox,
    },
    Log,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Mailer::Smtp { from, .. } => write!(f, "Mailer::Smtp(from {from})"),
            Mailer::Log => write!(f, "Mailer::Log"),
        }
    }
}

impl Mailer {
    /// SMTP to `smtp_url` (`smtp://host:port`, `smtps://...`, or `smtp://...?tls=required`),
    /// or the log when there is none.
    pub fn new(smtp_url: Option<&str>, from: &str) -> anyhow::Result<Mailer> {
        let Some(url) = smtp_url else {
            return Ok(Mailer::Log);
        };
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| anyhow::anyhow!("KEYDROP_SMTP_URL is not a usable SMTP URL: {e}"))?
            .build();
        let from = from
            .parse()
            .map_err(|e| anyhow::anyhow!("KEYDROP_MAIL_FROM {from:?} is not an address: {e}"))?;
        Ok(Mailer::Smtp { transport, from })
    }

    /// Sends one message.
    pub async fn send(&self, mail: Mail) -> anyhow::Result<()> {
        match self {
            Mailer::Smtp { transport, from } => {
                let message = Message::builder()
                    .from(from.clone())
                    .to(mail.to.parse()?)
                    .subject(mail.subject)
                    .header(ContentType::TEXT_PLAIN)
                    .body(mail.body)?;
                transport.send(message).await?;
            }
            Mailer::Log => {
                tracing::info!(
                    to = %mail.to,
                    subject = %mail.subject,
                    "mail not sent (KEYDROP_SMTP_URL is not set); its link: {}",
                    mail.link.as_deref().unwrap_or("(none)")
                );
            }
        }
        Ok(())
    }
}
