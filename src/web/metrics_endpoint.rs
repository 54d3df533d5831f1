//! `GET /metrics` for Prometheus, and the middleware that measures every request.
//!
//! The endpoint exists only when KEYDROP_METRICS_TOKEN is set (404 otherwise, as for any
//! unknown path), answers only a request bearing that token (compared in constant time), and
//! is rate limited like every other path: scrapes with the right token and attempts with a
//! wrong one are counted apart, so guessing cannot starve the real scraper.

use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::AppState;
use super::error::AppError;
use crate::limiter::{self, Limit, Subject};
use crate::service_metrics::UNMATCHED_ROUTE;
use crate::tokens;

/// The content type of Prometheus' text format.
const TEXT_FORMAT: &str = "text/plain; version=0.0.4; charset=utf-8";

/// True when the request's `Authorization: Bearer` token is `expected`. Both sides are hashed
/// first, so the comparison takes the same time whatever the lengths and contents.
fn bears_token(headers: &HeaderMap, expected: &str) -> bool {
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split_once(' '))
        // The scheme is case-insensitive (RFC 9110 §11.1).
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map(|(_, token)| token.trim())
        .unwrap_or_default();
    tokens::constant_time_eq(&tokens::hash(given), &tokens::hash(expected))
}

/// GET /metrics — the service's metrics in Prometheus' text format, for the bearer of
/// KEYDROP_METRICS_TOKEN.
pub async fn scrape(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, AppError> {
    let Some(expected) = state.config.metrics_token.as_deref() else {
        return Err(AppError::NotFound);
    };
    let right = bears_token(&headers, expected);
    let counted = limiter::hit(
        &state.store,
        &state.config.limits,
        Limit::MetricsScrapes,
        Subject::scraper(right),
        state.clock.unix(),
    )
    .await?;
    counted.map_err(AppError::Limited)?;
    if !right {
        return Ok((
            StatusCode::UNAUTHORIZED,
            [(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"))],
        )
            .into_response());
    }
    let text = state
        .metrics
        .render(&state.store, state.config.metrics_gauges_fresh_for)
        .await?;
    Ok(([(header::CONTENT_TYPE, TEXT_FORMAT)], text).into_response())
}

/// Counts every answer by its route pattern (never the raw path: a label value per path would
/// let any client add series without end) and status, and times it.
pub async fn measure<F: Future<Output = Response>>(
    state: &AppState,
    request: Request,
    next: impl FnOnce(Request) -> F,
) -> Response {
    let started = Instant::now();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or(UNMATCHED_ROUTE.to_string(), |path| path.as_str().to_string());
    let response = next(request).await;
    state
        .metrics
        .request(&route, response.status().as_u16(), started.elapsed());
    response
}
