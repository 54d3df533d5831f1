//! The web layer's error: renders an error page that reveals no internals, and logs the cause.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::views::{ErrorKind, ErrorPage, render};

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

/// Seconds a busy answer asks the person (or the load balancer) to wait before trying again.
pub const RETRY_AFTER_BUSY_SECONDS: u64 = 5;

/// True when the failure is the database being too busy to answer in time.
fn is_busy(cause: &anyhow::Error) -> bool {
    cause.chain().any(|err| {
        err.downcast_ref::<sqlx::Error>()
            .is_some_and(crate::store::is_busy)
    })
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, kind) = match &self {
            AppError::NotFound => (StatusCode::NOT_FOUND, ErrorKind::NotFound),
            AppError::Csrf => (StatusCode::FORBIDDEN, ErrorKind::Csrf),
            AppError::BadRequest => (StatusCode::BAD_REQUEST, ErrorKind::BadRequest),
            AppError::Internal(cause) if is_busy(cause) => {
                tracing::warn!(error = %cause, "database busy: asked to retry");
                (StatusCode::SERVICE_UNAVAILABLE, ErrorKind::Busy)
            }
            AppError::Internal(cause) => {
                tracing::error!(error = ?cause, "request failed");
                (StatusCode::INTERNAL_SERVER_ERROR, ErrorKind::Internal)
            }
        };
        let retry_after = (kind == ErrorKind::Busy).then(|| {
            [(
                axum::http::header::RETRY_AFTER,
                RETRY_AFTER_BUSY_SECONDS.to_string(),
            )]
        });
        (
            status,
            retry_after,
            render(&ErrorPage {
                chrome: Default::default(),
                status: status.as_u16(),
                kind,
            }),
        )
            .into_response()
    }
}

/// What handlers answer.
pub type WebResult<T = Response> = Result<T, AppError>;
