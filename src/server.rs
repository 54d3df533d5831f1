//! Running the service: listener, background upkeep, mail senders, graceful shutdown.

use std::time::Duration;

use tokio::net::TcpListener;

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

/// Marks expired codes and deletes dead sessions, sign-in tokens, abandoned uploads and
/// finished sign-in mail now, then every ten minutes while the server runs. Several replicas may all do it: each statement is
/// idempotent.
pub fn spawn_upkeep(state: &AppState) -> tokio::task::JoinHandle<()> {
    let (store, clock) = (state.store.clone(), state.clock.clone());
    tokio::spawn(async move {
        let mut every = tokio::time::interval(Duration::from_secs(600));
        loop {
            every.tick().await;
            if let Err(err) = store.expire_codes(clock.today(), clock.unix()).await {
                tracing::warn!(error = %err, "upkeep: expiring codes failed");
            }
            if let Err(err) = store.purge_expired_credentials(clock.unix()).await {
                tracing::warn!(error = %err, "upkeep: purging sessions failed");
            }
            // A load whose process died leaves an unpublished batch: it goes, codes and all.
            if let Err(err) = store.remove_abandoned_loads(clock.unix()).await {
                tracing::warn!(error = %err, "upkeep: removing abandoned loads failed");
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
    let publisher = spawn_stripe_publisher(&state);
    let reminders = spawn_reminders(&state);
    let senders = spawn_mail_senders(&state);
    let stop_senders = senders.stopper();
    let store = state.store.clone();
    let served = axum::serve(listener, app(state))
        .with_graceful_shutdown(async move {
            shutdown_signal().await;
            stop_senders.stop();
        })
        .await;
    senders.stop().await;
    upkeep.abort();
    for task in [publisher, reminders].into_iter().flatten() {
        task.abort();
    }
    store.close().await;
    served?;
    Ok(())
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
