//! The web layer's errors: one page for every refusal, that reveals no internals (the cause
//! is logged), or a JSON error under /api.
//!
//! Handlers fail with [`AppError`], whose response carries only its status, headers and
//! [`ErrorKind`]. [`render_errors`], one of the steps of every request (`web::every_request`), writes the body:
//! the error page, or `{"error": "..."}` for the API. It also gives the same treatment to
//! the refusals the framework answers by itself (an empty 405, a bare-text 400, 413 or 415
//! from an extractor), so no answer of the service is an empty or bare-text error.

use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::views::{ErrorKind, ErrorMessage, ErrorPage, render};
use crate::limiter::{Limit, Limited};

/// Anything a handler can fail with.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    /// The form's CSRF token was missing or wrong (an old tab, or a forged request).
    #[error("bad CSRF token")]
    Csrf,
    /// The request could not be read (a malformed form body, say).
    #[error("bad request")]
    BadRequest,
    /// A rate limit was reached.
    #[error("rate limited")]
    Limited(Limited),
    /// The body is larger than the route takes.
    #[error("body too large")]
    TooLarge,
    /// The request holds something that is not text (a NUL, a control character, bytes that
    /// are not UTF-8) in a field, its query string or its path.
    #[error("not text")]
    NotText,
    /// A form was sent without a session (an ended one, or a forged request).
    #[error("signed out")]
    SignedOut,
    /// A form field is longer than the most a field takes, in characters.
    #[error("field too long")]
    FieldTooLong(usize),
    /// The address is longer than the service reads.
    #[error("URI too long")]
    UriTooLong,
    /// The body did not arrive within its time.
    #[error("body timed out")]
    BodyTimedOut,
    /// A failure of ours: logged in full, shown as a plain 500 page. A database too busy to
    /// answer in time is shown as 503 instead (see [`crate::store::is_busy`]).
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<sqlx::Error> for AppError {
    fn from(err: sqlx::Error) -> Self {
        AppError::Internal(err.into())
    }
}

impl From<Limited> for AppError {
    fn from(limited: Limited) -> Self {
        AppError::Limited(limited)
    }
}

/// Seconds a busy answer asks the person (or the load balancer) to wait before trying again.
pub const RETRY_AFTER_BUSY_SECONDS: u64 = 5;

/// True when the failure is the database being too busy to answer in time.
fn is_busy(cause: &anyhow::Error) -> bool {
    cause.chain().any(|err| {
        err.downcast_ref::<sqlx::Error>()
            .is_some_and(crate::store::is_busy)
    })
}

/// An error answer whose body [`render_errors`] writes.
fn error_response(status: StatusCode, kind: ErrorKind, retry_after: Option<u64>) -> Response {
    let mut response = status.into_response();
    if let Some(seconds) = retry_after {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    }
    response.extensions_mut().insert(kind);
    response
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, kind) = match &self {
            AppError::NotFound => (StatusCode::NOT_FOUND, ErrorKind::NotFound),
            AppError::Csrf => (StatusCode::FORBIDDEN, ErrorKind::Csrf),
            AppError::BadRequest => (StatusCode::BAD_REQUEST, ErrorKind::BadRequest),
            AppError::Limited(limited) => {
                let kind = ErrorKind::TooMany(limited.limit, limited.minutes());
                return error_response(StatusCode::TOO_MANY_REQUESTS, kind, Some(limited.retry_after));
            }
            AppError::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, ErrorKind::TooLarge),
            AppError::NotText => (StatusCode::BAD_REQUEST, ErrorKind::NotText),
            AppError::SignedOut => (StatusCode::FORBIDDEN, ErrorKind::SignedOut),
            AppError::FieldTooLong(max_chars) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                ErrorKind::FieldTooLong(*max_chars),
            ),
            AppError::UriTooLong => (StatusCode::URI_TOO_LONG, ErrorKind::UriTooLong),
            AppError::BodyTimedOut => (StatusCode::REQUEST_TIMEOUT, ErrorKind::TimedOut),
            AppError::Internal(cause) if is_busy(cause) => {
                tracing::warn!(error = %cause, "database busy: asked to retry");
                let retry_after = Some(RETRY_AFTER_BUSY_SECONDS);
                return error_response(StatusCode::SERVICE_UNAVAILABLE, ErrorKind::Busy, retry_after);
            }
            AppError::Internal(cause) => {
                tracing::error!(error = ?cause, "request failed");
                (StatusCode::INTERNAL_SERVER_ERROR, ErrorKind::Internal)
            }
        };
        error_response(status, kind, None)
    }
}

/// What handlers answer.
pub type WebResult<T = Response> = Result<T, AppError>;

/// The kind of page for a refusal the framework made by itself, from its status.
fn kind_of_status(status: StatusCode) -> ErrorKind {
    match status {
        StatusCode::NOT_FOUND => ErrorKind::NotFound,
        StatusCode::METHOD_NOT_ALLOWED => ErrorKind::MethodNotAllowed,
        StatusCode::PAYLOAD_TOO_LARGE => ErrorKind::TooLarge,
        StatusCode::URI_TOO_LONG => ErrorKind::UriTooLong,
        StatusCode::REQUEST_TIMEOUT => ErrorKind::TimedOut,
        StatusCode::UNAUTHORIZED => ErrorKind::Unauthorized,
        StatusCode::TOO_MANY_REQUESTS => ErrorKind::TooMany(Limit::ApiCalls, 1),
        StatusCode::SERVICE_UNAVAILABLE => ErrorKind::Busy,
        s if s.is_server_error() => ErrorKind::Internal,
        _ => ErrorKind::BadRequest,
    }
}

/// True for an answer that is already a page or a JSON document of the service.
fn has_body_of_ours(response: &Response) -> bool {
    response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html") || t.starts_with("application/json"))
}

/// True for paths of the API, whose errors are JSON.
fn is_api(path: &str) -> bool {
    path == "/api" || path.starts_with("/api/")
}

/// Writes the body of every error answer: the service's error page, or a JSON error under
/// /api (see the module's documentation).
pub async fn render_errors<F: Future<Output = Response>>(
    state: &super::AppState,
    request: Request,
    next: impl FnOnce(Request) -> F,
) -> Response {
    let api = is_api(request.uri().path());
    // A person who opens a form's address (a bookmark of a refused form) is sent to the page
    // the form lives on, for every POST-only route at once, instead of a bare 405.
    let opened = matches!(
        *request.method(),
        axum::http::Method::GET | axum::http::Method::HEAD
    )
    .then(|| super::urls::form_page_of(request.uri().path()))
    .flatten();
    let response = next(request).await;
    let status = response.status();
    if status == StatusCode::METHOD_NOT_ALLOWED
        && let Some(page) = opened
    {
        return axum::response::Redirect::to(&page).into_response();
    }
    let kind = match response.extensions().get::<ErrorKind>() {
        Some(kind) => *kind,
        None if (status.is_client_error() || status.is_server_error()) && !has_body_of_ours(&response) => {
            kind_of_status(status)
        }
        None => return response,
    };
    let (mut parts, _) = response.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    let body = if api {
        let message = ErrorMessage { kind };
        let text = askama::Template::render(&message).unwrap_or_else(|_| status.to_string());
        axum::Json(serde_json::json!({ "error": text.trim() })).into_response()
    } else {
        let page = ErrorPage {
            chrome: super::views::Chrome::anonymous(&state.config),
            status: status.as_u16(),
            kind,
        };
        render(&page)
    };
    let (body_parts, body) = body.into_parts();
    parts.headers.insert(
        header::CONTENT_TYPE,
        body_parts.headers[header::CONTENT_TYPE].clone(),
    );
    Response::from_parts(parts, body)
}
