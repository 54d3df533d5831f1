//! The senders: [`SENDERS`] tasks on every replica, each taking one due message at a time
//! from the outbox with a lease, rendering it, handing it to the relay and recording how
//! that went.
//!
//! - A lease lasts longer than the longest a send can take ([`Relay::longest_send`]), so no
//!   other sender takes a message still being sent; only the lease's holder may record its
//!   outcome.
//! - A failure the relay may get over (no answer, a refused connection, a 4xx) is retried
//!   after 10 s, 20 s, 40 s, ... up to 15 minutes, until the message's time is up; then, or
//!   at once for a 5xx, the message is marked failed, logged and audited, and admins see it.
//!   A sender that met a failing relay rests for a poll interval before taking more work,
//!   so a relay that is down costs a few attempts, not the whole queue's.
//! - Stopping (a graceful shutdown) takes no more work; a send under way gets
//!   [`SHUTDOWN_GRACE`] to finish, then its message is released, due at once, for whichever
//!   server runs next.
//!
//! A message is sent at least once, never knowingly twice: if the relay took it but its
//! answer was lost, the retry sends it again, with the same Message-ID so that mail systems
//! can fold the two.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;
use tokio::task::JoinHandle;

use super::Outbox;
use super::compose::{self, Composition};
use super::relay::{Connection, SendError};
use crate::clock::Clock;
use crate::config::Config;
use crate::store::{LeasedMail, MailOutcome, Store};
use crate::tokens;

/// Sender tasks per replica: how many messages one replica sends at once, and so the most
/// connections it holds open to the relay.
pub const SENDERS: usize = 4;
/// The first retry's delay; each failure doubles it, up to [`MAX_BACKOFF_SECONDS`].
pub const FIRST_BACKOFF_SECONDS: i64 = 10;
pub const MAX_BACKOFF_SECONDS: i64 = 15 * 60;
/// How long a send under way may still take once the server is asked to stop.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(3);
/// A lease's margin over the longest send (rendering reads the database too).
const LEASE_MARGIN_SECONDS: i64 = 60;

/// Seconds to wait after the `attempts`-th failure.
pub fn backoff(attempts: i64) -> i64 {
    let doublings = attempts.clamp(1, 20) - 1;
    (FIRST_BACKOFF_SECONDS << doublings).min(MAX_BACKOFF_SECONDS)
}

/// What a failed attempt means for the message: retried after its backoff, or given up on
/// (the relay refused it for good, or the next try would come after its time is up).
pub fn after_failure(mail: &LeasedMail, error: SendError, now: i64) -> MailOutcome {
    let retry_at = now + backoff(mail.attempts);
    if error.permanent {
        MailOutcome::Failed { error: error.reason }
    } else if retry_at > mail.give_up_at {
        MailOutcome::Failed {
            error: format!(
                "gave up after {} attempts; the last: {}",
                mail.attempts, error.reason
            ),
        }
    } else {
        MailOutcome::Retry {
            at: retry_at,
            error: error.reason,
        }
    }
}

/// The running senders of one server.
pub struct Senders {
    stop: Arc<watch::Sender<bool>>,
    tasks: Vec<JoinHandle<()>>,
}

/// Asks the senders to stop; cheap to clone into a shutdown future.
#[derive(Clone)]
pub struct StopSenders(Arc<watch::Sender<bool>>);

impl StopSenders {
    pub fn stop(&self) {
        self.0.send_replace(true);
    }
}

/// What every sender of a server shares.
struct Shared {
    store: Store,
    config: Arc<Config>,
    clock: Clock,
    outbox: Outbox,
}

impl Senders {
    /// Starts [`SENDERS`] sender tasks.
    pub fn spawn(store: Store, config: Arc<Config>, clock: Clock, outbox: Outbox) -> Senders {
        let (stop, stopped) = watch::channel(false);
        let shared = Arc::new(Shared {
            store,
            config,
            clock,
            outbox,
        });
        let tasks = (0..SENDERS)
            .map(|_| tokio::spawn(run(shared.clone(), stopped.clone())))
            .collect();
        Senders {
            stop: Arc::new(stop),
            tasks,
        }
    }

    /// A handle that stops these senders.
    pub fn stopper(&self) -> StopSenders {
        StopSenders(self.stop.clone())
    }

    /// Stops the senders and waits for them: at most [`SHUTDOWN_GRACE`] for a send under way,
    /// then a moment to put its message back.
    pub async fn stop(self) {
        self.stop.send_replace(true);
        for task in self.tasks {
            if let Err(err) = task.await {
                tracing::error!(error = %err, "a mail sender ended abnormally");
            }
        }
    }
}

/// Waits until the senders are asked to stop, then `grace` more.
async fn stopped_then(mut stopped: watch::Receiver<bool>, grace: Duration) {
    let _ = stopped.wait_for(|stop| *stop).await;
    tokio::time::sleep(grace).await;
}

/// One sender: takes due messages one at a time until asked to stop.
async fn run(shared: Arc<Shared>, mut stopped: watch::Receiver<bool>) {
    let relay = shared.outbox.relay();
    let poll = shared.config.mail.poll_every;
    let lease_seconds = relay.longest_send().as_secs() as i64 + LEASE_MARGIN_SECONDS;
    let host = shared
        .config
        .base_url
        .host_str()
        .unwrap_or("keydrop.invalid")
        .to_string();
    let mut connection: Option<Connection> = None;
    while !*stopped.borrow() {
        // Listen for a wake-up before looking, so that mail queued meanwhile is not missed.
        let woken = shared.outbox.woken();
        tokio::pin!(woken);
        woken.as_mut().enable();
        let now = shared.clock.unix();
        let message_id = format!("<{}@{host}>", &tokens::new_token()[..32]);
        let lease = shared
            .store
            .lease_mail(now, now + lease_seconds, &tokens::new_token(), &message_id)
            .await;
        let mail = match lease {
            Ok(Some(mail)) => mail,
            Ok(None) => {
                relay.close(connection.take()).await;
                tokio::select! {
                    () = &mut woken => {}
                    () = tokio::time::sleep(poll) => {}
                    _ = stopped.changed() => {}
                }
                continue;
            }
            Err(err) => {
                tracing::warn!(error = %err, "mail sender: the outbox could not be read");
                rest(&mut stopped, poll).await;
                continue;
            }
        };
        let outcome = {
            let attempt = attempt(&shared, &mail, &mut connection);
            tokio::select! {
                outcome = attempt => outcome,
                () = stopped_then(stopped.clone(), SHUTDOWN_GRACE) => MailOutcome::Released,
            }
        };
        if outcome == MailOutcome::Released {
            // The conversation was cut short: the connection's state is unknown.
            connection = None;
        }
        report(&mail, &outcome);
        record(&shared, &mail, &outcome).await;
        if matches!(outcome, MailOutcome::Retry { .. }) {
            rest(&mut stopped, poll).await;
        }
    }
    let quit = relay.close(connection.take());
    let _ = tokio::time::timeout(SHUTDOWN_GRACE, quit).await;
}

/// Tries this often to record an outcome while the database is busy.
const RECORD_TRIES: u32 = 3;

/// Records an attempt's outcome, trying again for a while if the database is busy: a sent
/// message not recorded as such would be sent again once its lease runs out.
async fn record(shared: &Shared, mail: &LeasedMail, outcome: &MailOutcome) {
    for try_number in 1..=RECORD_TRIES {
        match shared.store.finish_mail(mail, outcome, shared.clock.unix()).await {
            Ok(true) => return,
            Ok(false) => {
                tracing::warn!(
                    id = mail.id,
                    "mail sender: the lease ran out before the outcome was recorded"
                );
                return;
            }
            Err(err) if try_number < RECORD_TRIES => {
                tracing::warn!(id = mail.id, error = %err, "mail sender: recording the outcome failed; trying again");
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
            // The lease runs out and the message is tried again: sent twice rather than lost.
            Err(err) => {
                tracing::error!(id = mail.id, error = %err, "mail sender: the outcome could not be recorded")
            }
        }
    }
}

/// Waits `poll`, or until asked to stop.
async fn rest(stopped: &mut watch::Receiver<bool>, poll: Duration) {
    tokio::select! {
        () = tokio::time::sleep(poll) => {}
        _ = stopped.changed() => {}
    }
}

/// Renders and sends one leased message.
async fn attempt(shared: &Shared, mail: &LeasedMail, connection: &mut Option<Connection>) -> MailOutcome {
    let composer = compose::Context {
        store: &shared.store,
        config: &shared.config,
        clock: &shared.clock,
    };
    let composition = match composer.compose(mail).await {
        Ok(composition) => composition,
        // The database was busy, say: the message waits its turn like any other failure.
        Err(err) => {
            let error = SendError {
                permanent: false,
                reason: format!("the message could not be made: {err}"),
            };
            return after_failure(mail, error, shared.clock.unix());
        }
    };
    match composition {
        Composition::Cancelled(reason) => MailOutcome::Cancelled { reason },
        Composition::Ready {
            message,
            unsubscribe_hash,
        } => match shared.outbox.relay().send(connection, &message).await {
            Ok(()) => MailOutcome::Sent { unsubscribe_hash },
            Err(error) => after_failure(mail, error, shared.clock.unix()),
        },
    }
}

/// Logs an attempt's outcome (the message's id and kind; the address stays in the database).
fn report(mail: &LeasedMail, outcome: &MailOutcome) {
    let (id, kind, attempt) = (mail.id, mail.kind.as_str(), mail.attempts);
    match outcome {
        MailOutcome::Sent { .. } => tracing::info!(id, kind, attempt, "mail sent"),
        MailOutcome::Retry { at, error } => {
            tracing::warn!(id, kind, attempt, retry_at = at, %error, "mail not sent; it will be tried again")
        }
        MailOutcome::Failed { error } => tracing::error!(id, kind, attempt, %error, "mail given up on"),
        MailOutcome::Cancelled { reason } => tracing::info!(id, kind, %reason, "mail no longer to be sent"),
        MailOutcome::Released => tracing::info!(id, kind, "mail sender stopping: the message stays queued"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leased(attempts: i64, give_up_at: i64) -> LeasedMail {
        LeasedMail {
            id: 1,
            kind: "invitation".into(),
            user_id: 1,
            campaign_id: Some(1),
            attempts,
            message_id: "<x@y>".into(),
            created_at: 0,
            give_up_at,
            lease_token: "t".into(),
        }
    }

    #[test]
    fn retries_back_off_then_give_up() {
        assert_eq!(
            (1..=9).map(backoff).collect::<Vec<_>>(),
            [10, 20, 40, 80, 160, 320, 640, 900, 900]
        );
        let transient = || SendError {
            permanent: false,
            reason: "connecting: refused".into(),
        };
        assert_eq!(
            after_failure(&leased(2, 1_000), transient(), 100),
            MailOutcome::Retry {
                at: 120,
                error: "connecting: refused".into()
            }
        );
        assert_eq!(
            after_failure(&leased(3, 1_000), transient(), 990),
            MailOutcome::Failed {
                error: "gave up after 3 attempts; the last: connecting: refused".into()
            }
        );
        let refused = SendError {
            permanent: true,
            reason: "RCPT TO: permanent error (550): no such mailbox".into(),
        };
        assert_eq!(
            after_failure(&leased(1, 1_000), refused.clone(), 100),
            MailOutcome::Failed {
                error: refused.reason
            }
        );
    }
}
