//! Running the service: listener, background upkeep, graceful shutdown.

use std::sync::Arc;
use std::time::Duration;

use tokio::net::TcpListener;

use crate::clock::Clock;
use crate::config::Config;
use crate::mail::Mailer;
use crate::secrets::SecretKey;
use crate::store::Store;
use crate::stripe::Stripe;
use crate::stripe::publisher::{self, RoundScope};
use crate::web::{AppState, app};

/// Builds the state a server runs with.
pub fn state(store: Store, config: Config, clock: Clock) -> anyhow::Result<AppState> {
    let secrets = match config.secret_key.as_deref() {
        Some(hex_key) => SecretKey::from_hex(hex_key)?,
        None => anyhow::bail!(
            "KEYDROP_SECRET_KEY is not set: the admins' second factors are kept encrypted under it \
             (64 hex characters; make one with `openssl rand -hex 32` and give every replica the same)"
        ),
    };
    let mailer = Mailer::new(config.smtp_url.as_deref(), &config.mail_from)?;
    let stripe = config.stripe.as_ref().map(Stripe::connect).transpose()?;
    Ok(AppState {
        store,
        config: Arc::new(config),
        mailer,
        secrets,
        clock,
        stripe,
    })
}

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

/// Marks expired codes and deletes dead sessions, sign-in tokens and abandoned uploads now,
/// then every ten minutes while the server runs. Several replicas may all do it: each statement is
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

/// Serves on `listener` until Ctrl-C or SIGTERM, then finishes the requests under way.
pub async fn serve(listener: TcpListener, state: AppState) -> anyhow::Result<()> {
    seal_plaintext_totp_secrets(&state).await?;
    let upkeep = spawn_upkeep(&state);
    let publisher = spawn_stripe_publisher(&state);
    let store = state.store.clone();
    axum::serve(listener, app(state))
        .with_graceful_shutdown(shutdown_signal())
        .await?;
    upkeep.abort();
    if let Some(publisher) = publisher {
        publisher.abort();
    }
    store.close().await;
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
