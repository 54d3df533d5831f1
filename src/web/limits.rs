//! Limits on what a request may be: the length of its address, the size of its body (per
//! route, through axum's `DefaultBodyLimit`) and the time its body may take to arrive.
//! The connection-level limits (connections open at once, the time to send headers, idle
//! keep-alive) are the server's: see `server::serve_http`.

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{MatchedPath, Request};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use http_body::{Body as _, Frame, SizeHint};
use tokio::time::{Instant, Sleep};

use super::AppState;
use super::error::AppError;
use super::session;
use super::urls;

/// The longest address (path and query) the service reads; longer ones answer 414.
pub const MAX_URI_BYTES: usize = 8 * 1024;
/// The largest body of a form, for every route that names no other limit: far above any
/// form's honest size, far below what would cost memory.
pub const MAX_FORM_BYTES: usize = 64 * 1024;
/// The largest body any route takes (a batch file in the browser, with its form's fields):
/// a request announcing more is refused before its body is read.
pub const MAX_ANY_BODY_BYTES: usize = super::admin::MAX_UPLOAD_BYTES + 64 * 1024;
/// The largest Stripe event taken.
pub const MAX_WEBHOOK_BYTES: usize = 1024 * 1024;

/// Routes that take large files: their bodies may take `upload_timeout` to arrive whole, as
/// long as no pause is longer than `body_timeout`. Every other body must arrive whole within
/// `body_timeout`.
const UPLOAD_ROUTES: [&str; 3] = [
    urls::ADMIN_BATCH_PREVIEW,
    urls::ADMIN_VENDOR_REPORT,
    urls::API_BATCHES_ROUTE,
];

/// The most of a refused body read (and thrown away) before the answer goes out: a client
/// still sending when the server closes gets a reset instead of the answer, so a refusal
/// waits for the rest of a body up to this size (and its time).
pub const MAX_DRAIN_BYTES: usize = 4 * 1024 * 1024;

/// Refuses an address too long (414), and times the body: a body that has not arrived in
/// time fails the handler's read, and the answer is a 408 that closes the connection, however
/// the handler took the failure. A body refused unread (413, say) is read to its end first,
/// within its time and up to [`MAX_DRAIN_BYTES`], so that the client reads the refusal.
pub async fn request_limits<F: Future<Output = Response>>(
    state: &AppState,
    request: Request,
    next: impl FnOnce(Request) -> F,
) -> Response {
    let uri_bytes = request.uri().path_and_query().map_or(0, |p| p.as_str().len());
    if uri_bytes > MAX_URI_BYTES {
        return AppError::UriTooLong.into_response();
    }
    if let Err(refusal) = check_address(request.uri()) {
        return refusal.into_response();
    }
    // A body announced larger than any route takes is refused at once, not waited for.
    let announced = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if announced.is_some_and(|length| length > MAX_ANY_BODY_BYTES as u64) {
        let mut response = AppError::TooLarge.into_response();
        // The announced body is not read: the connection cannot carry another request.
        response
            .headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
        return response;
    }
    let http = state.config.http;
    let upload = request
        .extensions()
        .get::<MatchedPath>()
        .is_some_and(|path| UPLOAD_ROUTES.contains(&path.as_str()));
    let (whole, pause) = if upload {
        (http.upload_timeout, Some(http.body_timeout))
    } else {
        (http.body_timeout, None)
    };
    let deadline = Instant::now() + whole;
    let timed_out = Arc::new(AtomicBool::new(false));
    let (parts, body) = request.into_parts();
    let body = Arc::new(Mutex::new(body));
    let timed = DeadlineBody {
        inner: body.clone(),
        deadline: Box::pin(tokio::time::sleep_until(deadline)),
        pause: pause.map(|pause| (pause, Box::pin(tokio::time::sleep(pause)))),
        timed_out: timed_out.clone(),
    };
    let response = next(Request::from_parts(parts, Body::new(timed))).await;
    if !timed_out.load(Ordering::Relaxed) {
        if response.status().is_client_error() {
            drain(body, deadline).await;
        }
        return response;
    }
    tracing::info!(?whole, ?pause, "a request body did not arrive in time");
    let mut response = AppError::BodyTimedOut.into_response();
    response
        .headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    response
}

/// Refuses an address whose path or query string, decoded, is not text
/// ([`session::check_text`]): a `%00` or `%FF` reaches no handler, whatever it would have
/// been read as (a username, a search, an API parameter).
fn check_address(uri: &axum::http::Uri) -> Result<(), AppError> {
    let path = percent_encoding::percent_decode_str(uri.path()).collect::<Vec<u8>>();
    session::check_text_bytes(&path)?;
    for pair in uri.query().unwrap_or_default().split('&') {
        session::check_text_bytes(&session::percent_decode_form(pair.as_bytes()))?;
    }
    Ok(())
}

/// Reads what is left of a refused body, up to [`MAX_DRAIN_BYTES`] and until `deadline`.
async fn drain(body: Arc<Mutex<Body>>, deadline: Instant) {
    let mut left = MAX_DRAIN_BYTES;
    let drained = tokio::time::timeout_at(deadline, async {
        loop {
            let next = std::future::poll_fn(|cx| {
                let mut body = body.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
                if body.is_end_stream() {
                    return Poll::Ready(None);
                }
                Pin::new(&mut *body).poll_frame(cx)
            });
            match next.await {
                Some(Ok(frame)) => {
                    let size = frame.data_ref().map_or(0, |data| data.len());
                    match left.checked_sub(size) {
                        Some(rest) => left = rest,
                        None => return,
                    }
                }
                Some(Err(_)) | None => return,
            }
        }
    });
    let _ = drained.await;
}

/// The error a body gives when it did not arrive in time.
#[derive(Debug, thiserror::Error)]
#[error("the request body did not arrive in time")]
struct BodyTimedOut;

/// A request body that fails once its deadline passes, or once it pauses for longer than
/// `pause` between two pieces. The body itself is shared with [`request_limits`], which
/// drains what the handler left of a refused one.
struct DeadlineBody {
    inner: Arc<Mutex<Body>>,
    deadline: Pin<Box<Sleep>>,
    pause: Option<(Duration, Pin<Box<Sleep>>)>,
    timed_out: Arc<AtomicBool>,
}

impl http_body::Body for DeadlineBody {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        let this = self.get_mut();
        let polled = {
            let mut inner = this.inner.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            Pin::new(&mut *inner).poll_frame(cx)
        };
        if let Poll::Ready(frame) = polled {
            if let Some((pause, sleep)) = &mut this.pause {
                sleep.as_mut().reset(Instant::now() + *pause);
            }
            return Poll::Ready(frame);
        }
        let paused_too_long = this
            .pause
            .as_mut()
            .is_some_and(|(_, sleep)| sleep.as_mut().poll(cx).is_ready());
        if this.deadline.as_mut().poll(cx).is_ready() || paused_too_long {
            this.timed_out.store(true, Ordering::Relaxed);
            return Poll::Ready(Some(Err(axum::Error::new(BodyTimedOut))));
        }
        Poll::Pending
    }

    fn is_end_stream(&self) -> bool {
        self.lock_inner().is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.lock_inner().size_hint()
    }
}

impl DeadlineBody {
    fn lock_inner(&self) -> std::sync::MutexGuard<'_, Body> {
        self.inner.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
