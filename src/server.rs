//! Running the service: listener, background upkeep, graceful shutdown.

use std::sync::Arc;
use std::time::Duration;

use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

use crate::clock::Clock;
use crate::config::{Config, HttpLimits};
use crate::mail::Mailer;
use crate::store::Store;
use crate::stripe::Stripe;
use crate::stripe::publisher::{self, RoundScope};
use crate::web::{AppState, app};

/// Builds the state a server runs with.
pub fn state(store: Store, config: Config, clock: Clock) -> anyhow::Result<AppState> {
    let mailer = Mailer::new(config.smtp_url.as_deref(), &config.mail_from)?;
    let stripe = config.stripe.as_ref().map(Stripe::connect).transpose()?;
    Ok(AppState {
        store,
        config: Arc::new(config),
        mailer,
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

/// Marks expired codes and deletes dead sessions, sign-in tokens, rate-limit counters of
/// ended windows and abandoned uploads now, then every ten minutes while the server runs.
/// Several replicas may all do it: each statement is idempotent.
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
            if let Err(err) = store.purge_rate_limits(clock.unix()).await {
                tracing::warn!(error = %err, "upkeep: purging rate-limit counters failed");
            }
            // A preview nobody confirmed within a day will not be: its staged codes go.
            if let Err(err) = store.discard_abandoned_uploads(clock.unix() - 24 * 3600).await {
                tracing::warn!(error = %err, "upkeep: discarding abandoned uploads failed");
            }
        }
    })
}

/// Serves on `listener` until Ctrl-C or SIGTERM, then finishes the requests under way.
pub async fn serve(listener: TcpListener, state: AppState) -> anyhow::Result<()> {
    let upkeep = spawn_upkeep(&state);
    let publisher = spawn_stripe_publisher(&state);
    let store = state.store.clone();
    let limits = state.config.http;
    serve_http(listener, app(state), limits, shutdown_signal()).await;
    upkeep.abort();
    if let Some(publisher) = publisher {
        publisher.abort();
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
