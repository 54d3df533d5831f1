//! Outgoing mail, through a durable outbox.
//!
//! Every message is first a row of the outbox (`src/store/outbox.rs`), written in the same
//! transaction as what caused it: a sign-in request, `keydrop notify`, a reminder round
//! ([`queue`]). Senders on every replica ([`sender`]) lease due rows, render them from the
//! templates in the reader's language ([`compose`], [`messages`]) and hand them to the relay ([`relay`]): SMTP with every wait
//! bounded, or the log when KEYDROP_SMTP_URL is not set. A relay that is down or silent
//! delays mail; it loses none.

use std::sync::Arc;

use tokio::sync::Notify;

use crate::config::Config;

pub mod compose;
pub mod messages;
pub mod queue;
pub mod relay;
pub mod sender;

pub use relay::Relay;

/// The service's outbox: where its senders send, and the bell that tells them that mail was
/// just queued (senders on other replicas find it at their next look).
#[derive(Debug, Clone)]
pub struct Outbox {
    relay: Arc<Relay>,
    bell: Arc<Notify>,
}

impl Outbox {
    /// The outbox for these settings (its relay checked: a bad URL or From address is refused).
    pub fn new(config: &Config) -> anyhow::Result<Outbox> {
        let relay = Relay::new(config.smtp_url.as_deref(), &config.mail_from, &config.mail)?;
        Ok(Outbox {
            relay: Arc::new(relay),
            bell: Arc::new(Notify::new()),
        })
    }

    /// Where mail goes.
    pub fn relay(&self) -> &Relay {
        &self.relay
    }

    /// Tells this server's idle senders that mail was queued.
    pub fn wake(&self) {
        self.bell.notify_waiters();
    }

    /// Completes at the next [`Outbox::wake`] (once enabled or first polled).
    pub fn woken(&self) -> tokio::sync::futures::Notified<'_> {
        self.bell.notified()
    }
}
