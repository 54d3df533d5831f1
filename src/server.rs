//! Running the service: listener, background upkeep, mail senders, graceful shutdown.

use std::sync::Arc;
use std::time::Duration;

use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

use crate::config::HttpLimits;
use crate::mail::sender::Senders;
use crate::stripe::publisher::{self, RoundScope};
use crate::web::{AppState, app};

/// Publishes promotion codes to Stripe every `config.stripe_publish_every`, when Stripe is
/// set up. Replicas may all run it: a promotion is leased before it is published.
pub fn spawn_stripe_publisher(state: &AppState) -> Option<tokio::task::JoinHandle<()>> {
    let stripe = state.stripe.clone()?;
    let every = state.config.stripe_publish_every?;
    let (store, clock) = (state.store.clone(), state.clock.clone());
    Some(tokio::spawn(async move {
        let mut ticks = tokio::time::interval(every);
        loop {
            ticks.tick().await;
            let round =
                publisher::run_round(&store, stripe.api.as_ref(), clock.unix(), RoundScope::default());
            match round.await {
                Ok(report) if report != publisher::RoundReport::default() => {
                    tracing::info!(?report, "Stripe publication round")
                }
                Ok(_) => {}
                Err(err) => tracing::warn!(error = %err, "Stripe publication round failed"),
            }
        }
    }))
}

/// Starts the outbox's senders (see [`crate::mail::sender`]).
pub fn spawn_mail_senders(state: &AppState) -> Senders {
    Senders::spawn(
        state.store.clone(),
        state.config.clone(),
        state.clock.clone(),
        state.outbox.clone(),
    )
}

/// Queues the reminders that are due every `config.mail.reminders_every`, and wakes the
/// senders when there are some. Replicas may all run it: each reminder is queued once.
pub fn spawn_reminders(state: &AppState) -> Option<tokio::task::JoinHandle<()>> {
    let every = state.config.mail.reminders_every?;
    let state = state.clone();
    Some(tokio::spawn(async move {
        let mut ticks = tokio::time::interval(every);
        loop {
            ticks.tick().await;
            let (today, now) = (state.clock.today(), state.clock.unix());
            match crate::mail::queue::queue_reminders(&state.store, &state.config.mail, today, now).await {
                Ok(round) if round != Default::default() => {
                    tracing::info!(?round, "reminders queued");
                    state.outbox.wake();
                }
                Ok(_) => {}
                Err(err) => tracing::warn!(error = %err, "queueing reminders failed"),
            }
        }
    }))
}

/// Marks expired codes and deletes dead sessions, sign-in tokens, rate-limit counters of
/// ended windows, abandoned loads and uploads and finished sign-in mail now, then every ten
/// minutes while the server runs. Several replicas may all do it: each statement is
/// idempotent.
pub fn spawn_upkeep(state: &AppState) -> tokio::task::JoinHandle<()> {
    let (store, clock) = (state.store.clone(), state.clock.clone());
    let session_idle = state.config.session_idle;
    tokio::spawn(async move {
        let mut every = tokio::time::interval(Duration::from_secs(600));
        loop {
            every.tick().await;
            if let Err(err) = store.expire_codes(clock.today(), clock.unix()).await {
                tracing::warn!(error = %err, "upkeep: expiring codes failed");
            }
            if let Err(err) = store.purge_expired_credentials(clock.unix(), session_idle).await {
                tracing::warn!(error = %err, "upkeep: purging sessions failed");
            }
            // A load whose process died leaves an unpublished batch: it goes, codes and all.
            if let Err(err) = store.remove_abandoned_loads(clock.unix()).await {
                tracing::warn!(error = %err, "upkeep: removing abandoned loads failed");
            }
            if let Err(err) = store.purge_rate_limits(clock.unix()).await {
                tracing::warn!(error = %err, "upkeep: purging rate-limit counters failed");
            }
            // A preview nobody confirmed within a day will not be: its staged codes go.
            if let Err(err) = store.discard_abandoned_uploads(clock.unix() - 24 * 3600).await {
                tracing::warn!(error = %err, "upkeep: discarding abandoned uploads failed");
            }
            // A sign-in message a week old is of no more use to anybody.
            if let Err(err) = store.purge_old_sign_in_mail(clock.unix() - 7 * 24 * 3600).await {
                tracing::warn!(error = %err, "upkeep: deleting old sign-in mail failed");
            }
        }
    })
}

/// Drops the reads kept in process past their time every few seconds
/// ([`crate::store::READS_KEPT_FOR`]), so that what a storm of page views kept does not stay
/// in memory after it when no later read of that kind comes to sweep it.
pub fn spawn_read_sweeper(state: &AppState) -> tokio::task::JoinHandle<()> {
    let store = state.store.clone();
    tokio::spawn(async move {
        let mut every = tokio::time::interval(crate::store::READS_KEPT_FOR * 5);
        loop {
            every.tick().await;
            store.sweep_kept_reads();
        }
    })
}

/// Seals TOTP secrets stored in clear by a version of keydrop from before secrets were sealed
/// (each is replaced only if unchanged meanwhile, so replicas starting together agree).
pub async fn seal_plaintext_totp_secrets(state: &AppState) -> anyhow::Result<u64> {
    let mut sealed = 0;
    for (user_id, plaintext) in state.store.plaintext_totp_secrets().await? {
        let new = state
            .secrets
            .seal(&plaintext, &crate::secrets::totp_context(user_id));
        if state.store.reseal_totp_secret(user_id, &plaintext, &new).await? {
            sealed += 1;
        }
    }
    if sealed > 0 {
        tracing::info!(sealed, "TOTP secrets kept in clear are sealed now");
    }
    Ok(sealed)
}

/// Serves on `listener` until Ctrl-C or SIGTERM, then finishes the requests under way; the
/// mail senders stop taking work at the same moment, and mail not sent yet stays in the
/// outbox for the next start.
pub async fn serve(listener: TcpListener, state: AppState) -> anyhow::Result<()> {
    seal_plaintext_totp_secrets(&state).await?;
    let upkeep = spawn_upkeep(&state);
    let sweeper = spawn_read_sweeper(&state);
    let publisher = spawn_stripe_publisher(&state);
    let reminders = spawn_reminders(&state);
    let senders = spawn_mail_senders(&state);
    let stop_senders = senders.stopper();
    let store = state.store.clone();
    let limits = state.config.http;
    let shutdown = async move {
        shutdown_signal().await;
        stop_senders.stop();
    };
    serve_http(listener, app(state), limits, shutdown).await;
    senders.stop().await;
    upkeep.abort();
    sweeper.abort();
    for task in [publisher, reminders].into_iter().flatten() {
        task.abort();
    }
    store.close().await;
    Ok(())
}

/// How long a shutdown waits for the requests under way before it closes their connections.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(30);

/// Serves `app` over HTTP/1.1 on `listener` until `shutdown` completes, then lets the
/// requests under way finish (for up to [`SHUTDOWN_GRACE`]).
///
/// Unlike `axum::serve`, it bounds what clients can hold (see [`HttpLimits`]): at most
/// `max_connections` connections are open at once (more wait in the listen queue, costing
/// the process nothing, until one closes), and a client has `header_timeout` to send a
/// request's headers, counted from the connection's opening or from the end of the previous
/// answer, so a connection left idle between requests closes after it too. Request bodies
/// are timed by the route table (`web::limits`), which knows the upload routes.
pub async fn serve_http(
    listener: TcpListener,
    app: axum::Router,
    limits: HttpLimits,
    shutdown: impl std::future::Future<Output = ()>,
) {
    let permits = Arc::new(Semaphore::new(limits.max_connections));
    let graceful = GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .keep_alive(true);
    tokio::pin!(shutdown);
    loop {
        // At the limit, the next connection waits in the listen queue until one closes
        // (idle ones close after `header_timeout`): nobody is turned away.
        let permit = tokio::select! {
            permit = permits.clone().acquire_owned() => permit.expect("the semaphore is never closed"),
            () = &mut shutdown => break,
        };
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            () = &mut shutdown => break,
        };
        let stream = match accepted {
            Ok((stream, _)) => stream,
            Err(err) => {
                // Out of file descriptors, say: wait a moment rather than spin.
                tracing::warn!(error = %err, "accepting a connection failed");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let service = TowerToHyperService::new(app.clone());
        let connection = http.serve_connection(TokioIo::new(stream), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            if let Err(err) = connection.await {
                tracing::debug!(error = %err, "connection ended with an error");
            }
            drop(permit);
        });
    }
    drop(listener);
    if tokio::time::timeout(SHUTDOWN_GRACE, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!("requests still under way after {SHUTDOWN_GRACE:?}: closing them");
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
