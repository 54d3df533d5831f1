//! The web service: one route table, security headers on every answer.

use std::sync::Arc;

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};

use crate::clock::Clock;
use crate::config::Config;
use crate::mail::Outbox;
use crate::store::Store;

pub mod admin;
pub mod chart;
pub mod checkout;
pub mod error;
pub mod language;
pub mod limits;
pub mod mail_prefs;
pub mod metrics_endpoint;
pub mod pages;
pub mod phrases;
pub mod release;
pub mod request;
pub mod session;
pub mod urls;
pub mod views;

/// What every handler can reach.
#[derive(Clone, Debug)]
pub struct AppState {
    pub store: Store,
    pub config: Arc<Config>,
    /// Where mail is queued (and the bell that wakes this server's senders).
    pub outbox: Outbox,
    pub clock: Clock,
    /// The key secrets at rest are sealed with (admins' TOTP secrets).
    pub secrets: crate::secrets::SecretKey,
    /// Stripe, when STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET are set.
    pub stripe: Option<crate::stripe::Stripe>,
    /// This service's counters and histograms, which `/metrics` renders.
    pub metrics: crate::service_metrics::Metrics,
    /// The relying party admins' security keys are registered with; `None` when the base
    /// URL's host is an IP address (WebAuthn needs a domain name).
    pub webauthn: Option<Arc<webauthn_rs::Webauthn>>,
    /// The registry, asked at claim time, when KEYDROP_REGISTRY_URL is set.
    pub registry: Option<Arc<crate::registry_live::LiveRegistry>>,
}

impl AppState {
    /// The state a server runs with: its mail relay, Stripe client and key for secrets at rest
    /// made from the settings (a setting they cannot use is refused).
    pub fn new(store: Store, config: Config, clock: Clock) -> anyhow::Result<AppState> {
        let secrets = match config.secret_key.as_deref() {
            Some(hex_key) => crate::secrets::SecretKey::from_hex(hex_key)?,
            None => anyhow::bail!(
                "KEYDROP_SECRET_KEY is not set: the admins' second factors are kept encrypted under it \
                 (64 hex characters; make one with `openssl rand -hex 32` and give every replica the same)"
            ),
        };
        let outbox = Outbox::new(&config)?;
        let stripe = config
            .stripe
            .as_ref()
            .map(crate::stripe::Stripe::connect)
            .transpose()?;
        let webauthn = admin::security_keys::relying_party(&config.base_url).map(Arc::new);
        let registry = config
            .registry
            .clone()
            .map(crate::registry_live::LiveRegistry::new)
            .transpose()?
            .map(Arc::new);
        Ok(AppState {
            store,
            config: Arc::new(config),
            outbox,
            clock,
            secrets,
            stripe,
            metrics: crate::service_metrics::Metrics::new(),
            webauthn,
            registry,
        })
    }
}

/// The service's routes. Every body is limited to [`limits::MAX_FORM_BYTES`] unless its
/// route says otherwise, and timed ([`limits::request_limits`]); every error answer gets
/// its page or JSON body from [`error::render_errors`]; every answer the security headers
/// (all through [`every_request`]).
pub fn app(state: AppState) -> Router {
    Router::new()
        .route(urls::HOME, get(pages::index))
        .route(urls::LOGIN, get(pages::login_form).post(pages::login_submit))
        .route(
            urls::LOGIN_LINK_ROUTE,
            get(pages::login_confirm).post(pages::login_complete),
        )
        .route(urls::LOGOUT, post(pages::logout))
        .route(urls::GIVEAWAY, get(pages::giveaway))
        .route(urls::CLAIM, post(pages::claim))
        .route(urls::REDEEMED, post(pages::redeemed))
        .route(urls::RELEASE, get(release::confirm).post(release::release))
        .route(urls::GIVEAWAY_MAIL, post(mail_prefs::switch))
        .route(
            urls::MAIL_UNSUBSCRIBE_ROUTE,
            get(mail_prefs::unsubscribe_page).post(mail_prefs::unsubscribe),
        )
        .route(urls::CHECKOUT, post(checkout::checkout))
        .route(urls::CHECKOUT_DONE, get(checkout::done))
        .route(
            urls::STRIPE_WEBHOOK,
            post(checkout::webhook).layer(DefaultBodyLimit::max(limits::MAX_WEBHOOK_BYTES)),
        )
        .route(urls::LANGUAGE_ROUTE, get(language::switch))
        .route(urls::HEALTHZ, get(healthz))
        .route(urls::METRICS, get(metrics_endpoint::scrape))
        .route(urls::STYLESHEET, get(stylesheet))
        .route(urls::SCRIPT, get(script))
        .route(urls::FAVICON, get(favicon))
        .merge(admin::routes())
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(limits::MAX_FORM_BYTES))
        .layer(middleware::from_fn_with_state(state.clone(), every_request))
        .with_state(state)
}

/// The steps every request goes through, outermost first: measured ([`metrics_endpoint::measure`],
/// so that it sees the answer as it leaves, whoever made it), given the security headers, answered
/// in the visitor's language ([`language::language_layer`], outside the error pages so that they
/// are written in it too), its error answers given their bodies ([`error::render_errors`]), and
/// its address and body limited ([`limits::request_limits`]).
///
/// They are one layer, each step calling the next as a plain function, rather than a layer each:
/// axum clones a layer's inner service on every request, so five layers cloned the whole stack
/// below each of them (about a hundred copies of [`AppState`] and sixty boxed services per
/// request, a fifth of a signed-in `GET /`'s instructions).
async fn every_request(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let state = &state;
    metrics_endpoint::measure(state, request, |request| {
        security_headers(state, request, |request| {
            language::language_layer(state, request, |request| {
                error::render_errors(state, request, |request| {
                    limits::request_limits(state, request, |request| next.run(request))
                })
            })
        })
    })
    .await
}

/// How long `/healthz` waits for the database before it says 503.
pub const HEALTH_CHECK_WAIT: std::time::Duration = std::time::Duration::from_secs(2);

/// GET /healthz — 200 when a claim could write now, 503 (within [`HEALTH_CHECK_WAIT`]) when
/// the database does not answer or its write lock is held: a load balancer then sends people
/// elsewhere instead of into a wait.
async fn healthz(State(state): State<AppState>) -> Response {
    let check = tokio::time::timeout(HEALTH_CHECK_WAIT, state.store.check_writable(state.clock.unix())).await;
    let problem = match check {
        Ok(Ok(())) => return (StatusCode::OK, "ok\n").into_response(),
        Ok(Err(err)) => err.to_string(),
        Err(_) => format!("no answer within {HEALTH_CHECK_WAIT:?}"),
    };
    tracing::warn!(%problem, "health check: the database cannot take a write");
    (
        StatusCode::SERVICE_UNAVAILABLE,
        [(header::RETRY_AFTER, error::RETRY_AFTER_BUSY_SECONDS.to_string())],
        "database unavailable\n",
    )
        .into_response()
}

async fn not_found() -> error::AppError {
    error::AppError::NotFound
}

async fn stylesheet() -> Response {
    static_asset(
        "text/css; charset=utf-8",
        include_str!("../../templates/static/style.css"),
    )
}

async fn script() -> Response {
    static_asset(
        "text/javascript; charset=utf-8",
        include_str!("../../templates/static/app.js"),
    )
}

async fn favicon() -> Response {
    static_asset(
        "image/svg+xml",
        include_str!("../../templates/static/favicon.svg"),
    )
}

fn static_asset(content_type: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        body,
    )
        .into_response()
}

/// How long browsers keep to https once told (one year), when the service is reached over
/// https.
pub const HSTS: &str = "max-age=31536000";

/// Headers every answer carries: a strict content security policy (no inline script or
/// style; the script may fetch from the service itself, for the security-key ceremonies),
/// no framing, no sniffing, no referrer (sign-in links carry a secret), no caching
/// of pages that may show a code, and over https, HSTS.
async fn security_headers<F: Future<Output = Response>>(
    state: &AppState,
    request: Request,
    next: impl FnOnce(Request) -> F,
) -> Response {
    let mut response = next(request).await;
    let headers = response.headers_mut();
    if state.config.secure_cookies() {
        headers.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static(HSTS));
    }
    let set = |headers: &mut axum::http::HeaderMap, name: header::HeaderName, value: &'static str| {
        headers.insert(name, HeaderValue::from_static(value));
    };
    set(
        headers,
        header::CONTENT_SECURITY_POLICY,
        "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    );
    set(headers, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(headers, header::X_FRAME_OPTIONS, "DENY");
    set(headers, header::REFERRER_POLICY, "no-referrer");
    set(
        headers,
        header::HeaderName::from_static("cross-origin-opener-policy"),
        "same-origin",
    );
    if !headers.contains_key(header::CACHE_CONTROL) {
        set(headers, header::CACHE_CONTROL, "no-store");
    }
    response
}
