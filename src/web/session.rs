//! Who is asking: sessions behind an HttpOnly cookie, and CSRF tokens for forms.
//!
//! A signed-in form's CSRF token is derived from the session's secret cookie, so it needs no
//! storage. Forms shown before sign-in use a random cookie whose value the form repeats
//! (double submit); SameSite=Lax keeps other sites from sending either cookie with a POST.

use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use serde::de::DeserializeOwned;

use super::AppState;
use super::error::AppError;
use super::urls;
use crate::store::User;
use crate::tokens;

/// The session cookie: a random token whose hash keys the session row.
pub const SESSION_COOKIE: &str = "kd_session";
/// The CSRF cookie of forms shown before sign-in.
pub const ANON_CSRF_COOKIE: &str = "kd_csrf";

/// A signed-in maintainer.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub user: User,
    pub session_hash: String,
    /// The token this session's forms must carry.
    pub csrf_token: String,
    /// A message left for this page view by the previous request.
    pub flash: Option<String>,
    /// When this session passed the admin area's second factor.
    pub second_factor_at: Option<i64>,
}

impl SignedIn {
    /// Checks a form's CSRF token.
    pub fn verify_csrf(&self, submitted: &str) -> Result<(), AppError> {
        if tokens::constant_time_eq(&self.csrf_token, submitted) {
            Ok(())
        } else {
            Err(AppError::Csrf)
        }
    }
}

/// The rejection for pages that need a session: back to the sign-in page.
pub struct SignInFirst;

impl IntoResponse for SignInFirst {
    fn into_response(self) -> Response {
        Redirect::to(urls::LOGIN).into_response()
    }
}

async fn signed_in(parts: &Parts, state: &AppState) -> Result<Option<SignedIn>, AppError> {
    let jar = CookieJar::from_headers(&parts.headers);
    let Some(token) = jar.get(SESSION_COOKIE).map(|c| c.value().to_string()) else {
        return Ok(None);
    };
    let session_hash = tokens::hash(&token);
    let Some(session) = state.store.session(&session_hash, state.clock.unix()).await? else {
        return Ok(None);
    };
    let Some(user) = state.store.user_by_id(session.user_id).await? else {
        return Ok(None);
    };
    Ok(Some(SignedIn {
        user,
        session_hash,
        csrf_token: tokens::derive("csrf", &token),
        flash: session.flash,
        second_factor_at: session.second_factor_at,
    }))
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        match signed_in(parts, state).await {
            Ok(Some(signed_in)) => Ok(signed_in),
            Ok(None) => Err(SignInFirst.into_response()),
            Err(err) => Err(err.into_response()),
        }
    }
}

/// A visitor who may or may not be signed in.
pub struct MaybeSignedIn(pub Option<SignedIn>);

impl FromRequestParts<AppState> for MaybeSignedIn {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        signed_in(parts, state).await.map(MaybeSignedIn)
    }
}

/// The CSRF token of forms shown before sign-in, from its cookie or newly made.
pub struct AnonCsrf {
    pub token: String,
    /// Set when the cookie must be (re)sent with the response.
    pub new_cookie: Option<Cookie<'static>>,
}

impl AnonCsrf {
    /// Checks a submitted token against the cookie.
    pub fn verify(&self, submitted: &str) -> Result<(), AppError> {
        if self.new_cookie.is_none() && tokens::constant_time_eq(&self.token, submitted) {
            Ok(())
        } else {
            Err(AppError::Csrf)
        }
    }

    /// Adds the cookie to a response when it is new.
    pub fn attach(self, response: impl IntoResponse) -> Response {
        match self.new_cookie {
            Some(cookie) => (CookieJar::new().add(cookie), response).into_response(),
            None => response.into_response(),
        }
    }
}

impl FromRequestParts<AppState> for AnonCsrf {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let jar = CookieJar::from_headers(&parts.headers);
        Ok(
            match jar
                .get(ANON_CSRF_COOKIE)
                .map(|c| c.value().to_string())
                .filter(|v| v.len() == 64)
            {
                Some(token) => AnonCsrf {
                    token,
                    new_cookie: None,
                },
                None => {
                    let token = tokens::new_token();
                    let cookie = cookie(ANON_CSRF_COOKIE, token.clone(), state, None);
                    AnonCsrf {
                        token,
                        new_cookie: Some(cookie),
                    }
                }
            },
        )
    }
}

/// A cookie as keydrop sets them: HttpOnly, SameSite=Lax, for the whole site, Secure when the
/// service is reached over https.
pub fn cookie(
    name: &'static str,
    value: String,
    state: &AppState,
    max_age: Option<std::time::Duration>,
) -> Cookie<'static> {
    let mut cookie = Cookie::build((name, value))
        .http_only(true)
        .same_site(SameSite::Lax)
        .path("/")
        .secure(state.config.secure_cookies())
        .build();
    if let Some(age) = max_age {
        cookie.set_max_age(time::Duration::seconds(age.as_secs() as i64));
    }
    cookie
}

/// A form body; a body that is not a form is a 400 page rather than a bare text answer.
pub struct WebForm<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for WebForm<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        axum::Form::<T>::from_request(req, state)
            .await
            .map(|form| WebForm(form.0))
            .map_err(|_| AppError::BadRequest)
    }
}
