//! Who is asking: sessions behind an HttpOnly cookie, and CSRF tokens for forms.
//!
//! A signed-in form's CSRF token is derived from the session's secret cookie, so it needs no
//! storage. Forms shown before sign-in use a random cookie whose value the form repeats
//! (double submit); SameSite=Lax keeps other sites from sending either cookie with a POST.
//!
//! Every state-changing urlencoded form is read through [`CsrfForm`] (signed-in forms) or
//! [`AnonCsrfForm`] (forms shown before sign-in), which refuse it before a handler runs unless
//! its token is right; multipart uploads check theirs with the same [`verify_csrf`].

use axum::extract::{FromRequest, FromRequestParts, RawForm, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, Method};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use serde::de::DeserializeOwned;

use super::AppState;
use super::error::AppError;
use super::urls;
use super::views::Chrome;
use crate::store::User;
use crate::tokens;

/// The session cookie: a random token whose hash keys the session row.
pub const SESSION_COOKIE: &str = "kd_session";
/// The CSRF cookie of forms shown before sign-in.
pub const ANON_CSRF_COOKIE: &str = "kd_csrf";

/// The cookies keydrop sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CookieName {
    Session,
    AnonCsrf,
    /// The language chosen with the switcher (see [`super::language`]).
    Language,
}

impl CookieName {
    /// The cookie's name. Over https it carries the `__Host-` prefix, with which browsers
    /// take it only when Secure, for this host alone and the whole site: a sibling
    /// subdomain cannot plant one (cookie tossing).
    pub fn name(self, state: &AppState) -> &'static str {
        match (self, state.config.secure_cookies()) {
            (CookieName::Session, false) => SESSION_COOKIE,
            (CookieName::Session, true) => "__Host-kd_session",
            (CookieName::AnonCsrf, false) => ANON_CSRF_COOKIE,
            (CookieName::AnonCsrf, true) => "__Host-kd_csrf",
            (CookieName::Language, false) => "kd_lang",
            (CookieName::Language, true) => "__Host-kd_lang",
        }
    }

    /// The cookie's value in a request, if it carries one.
    fn value_in(self, headers: &HeaderMap, state: &AppState) -> Option<String> {
        CookieJar::from_headers(headers)
            .get(self.name(state))
            .map(|c| c.value().to_string())
    }
}

/// The most characters any form field takes: longer text is refused with a page saying so
/// before any handler reads it (the longest text a form needs, a campaign's closing
/// message, is well under it).
pub const MAX_FIELD_CHARS: usize = 2000;

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
    /// The user may enter the admin area (as of this request).
    pub is_admin: bool,
    /// The user turned giveaway mail off (as of this request).
    pub giveaway_mail_off: bool,
    /// Where to get help (KEYDROP_SUPPORT_URL), for the page's footer.
    pub support_url: Option<String>,
}

impl SignedIn {
    /// The layout's data for this person's pages: their name and the sign-out form's token.
    pub fn chrome(&self) -> Chrome {
        Chrome {
            username: Some(self.user.username.clone()),
            csrf_token: self.csrf_token.clone(),
            admin: false,
            support_url: self.support_url.clone(),
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
    let Some(token) = CookieName::Session.value_in(&parts.headers, state) else {
        return Ok(None);
    };
    let session_hash = tokens::hash(&token);
    let (now, idle) = (state.clock.unix(), state.config.session_idle);
    // Session and user in one read: every signed-in request starts with it. The admin area
    // reads it fresh (never a session or admin flag kept a moment, see
    // `crate::store::READS_KEPT_FOR`); the maintainer's pages take the one kept in process.
    let live = if parts.uri.path().starts_with(urls::ADMIN) {
        state.store.session_fresh(&session_hash, now, idle).await?
    } else {
        state.store.session(&session_hash, now, idle).await?
    };
    let Some(live) = live else {
        return Ok(None);
    };
    Ok(Some(SignedIn {
        user: live.user,
        session_hash,
        csrf_token: session_csrf_token(&token),
        flash: live.session.flash,
        second_factor_at: live.session.second_factor_at,
        is_admin: live.is_admin,
        giveaway_mail_off: live.giveaway_mail_off,
        support_url: state.config.support_url.clone(),
    }))
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        match signed_in(parts, state).await {
            Ok(Some(signed_in)) => Ok(signed_in),
            // A page asked for leads to the sign-in form; a form sent without a session (an
            // ended one, or a forged request) is refused with a page saying so: a redirect
            // would lose the form without a word.
            Ok(None) if matches!(parts.method, Method::GET | Method::HEAD) => {
                Err(SignInFirst.into_response())
            }
            Ok(None) => Err(AppError::SignedOut.into_response()),
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
        Ok(match anon_cookie_token(&parts.headers, state) {
            Some(token) => AnonCsrf {
                token,
                new_cookie: None,
            },
            None => {
                let token = tokens::new_token();
                let cookie = cookie(CookieName::AnonCsrf, token.clone(), state, None);
                AnonCsrf {
                    token,
                    new_cookie: Some(cookie),
                }
            }
        })
    }
}

/// A cookie as keydrop sets them: HttpOnly, SameSite=Lax, for the whole site, Secure (and
/// `__Host-` named) when the service is reached over https.
pub fn cookie(
    name: CookieName,
    value: String,
    state: &AppState,
    max_age: Option<std::time::Duration>,
) -> Cookie<'static> {
    let mut cookie = Cookie::build((name.name(state), value))
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

/// The cookie that makes a browser forget cookie `name`: empty, expired long ago and
/// `Max-Age=0`, with the same name, path and attributes as the one it replaces.
pub fn removal_cookie(name: CookieName, state: &AppState) -> Cookie<'static> {
    let mut removal = cookie(name, String::new(), state, None);
    removal.make_removal();
    removal
}

/// The form field that carries a form's CSRF token.
pub const CSRF_FIELD: &str = "csrf_token";

/// The CSRF token of a signed-in session's forms: derived from the session cookie's secret,
/// so checking it needs neither storage nor a database round trip.
pub fn session_csrf_token(session_cookie: &str) -> String {
    tokens::derive("csrf", session_cookie)
}

/// Checks a submitted CSRF token against the one the request is entitled to: the one place
/// tokens are compared (in constant time). A missing token on either side is a refusal.
pub fn verify_csrf(expected: Option<&str>, submitted: Option<&str>) -> Result<(), AppError> {
    match (expected, submitted) {
        (Some(expected), Some(submitted)) if tokens::constant_time_eq(expected, submitted) => Ok(()),
        _ => Err(AppError::Csrf),
    }
}

/// The token the session cookie entitles signed-in forms to ([`session_csrf_token`]).
fn session_cookie_token(headers: &HeaderMap, state: &AppState) -> Option<String> {
    CookieName::Session
        .value_in(headers, state)
        .filter(|v| !v.is_empty())
        .map(|v| session_csrf_token(&v))
}

/// The token the `kd_csrf` cookie entitles forms shown before sign-in to. A cookie of the
/// wrong shape counts as none ([`AnonCsrf`] replaces it).
fn anon_cookie_token(headers: &HeaderMap, state: &AppState) -> Option<String> {
    CookieName::AnonCsrf
        .value_in(headers, state)
        .filter(|v| v.len() == 64)
}

/// A signed-in person's urlencoded form, whose CSRF token was checked before anything else
/// read it: the body is read once, its `csrf_token` field checked against the token derived
/// from the session cookie, and only then is it deserialized as `T` (which has no token field;
/// its other fields are read from the same bytes). No database round trip: whether the session
/// is valid is [`SignedIn`]'s business.
///
/// A body that is not a form answers 400 ([`AppError::BadRequest`]), as does a form `T` cannot
/// be read from; a missing or wrong token answers 403 ([`AppError::Csrf`]).
///
/// Each form is checked against exactly one cookie, chosen by the handler's extractor, never by
/// which cookies the request happens to carry. A request with both cookies (a signed-in person
/// who opens the sign-in page or a sign-in link in the same browser) is judged by the form it
/// submits: the sign-in forms were rendered with the `kd_csrf` token and are checked against
/// that cookie only ([`AnonCsrfForm`]), the session's forms against the session only. Taking
/// either token for any form would let a `kd_csrf` cookie planted by a sibling site (cookie
/// tossing, against which double submit is weak) authorise a signed-in person's actions.
#[derive(Debug)]
pub struct CsrfForm<T>(pub T);

/// A form shown before sign-in, checked against the `kd_csrf` double-submit cookie ([`AnonCsrf`]);
/// otherwise as [`CsrfForm`], including when the request also carries a session cookie.
#[derive(Debug)]
pub struct AnonCsrfForm<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for CsrfForm<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let expected = session_cookie_token(req.headers(), state);
        checked_form(req, state, expected).await.map(CsrfForm)
    }
}

impl<T: DeserializeOwned> FromRequest<AppState> for AnonCsrfForm<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let expected = anon_cookie_token(req.headers(), state);
        checked_form(req, state, expected).await.map(AnonCsrfForm)
    }
}

/// Reads a urlencoded body once; checks its token against `expected`, then the length of
/// every field ([`check_field`]), then reads it as `T`. A body over the route's limit
/// answers 413.
async fn checked_form<T: DeserializeOwned>(
    req: Request,
    state: &AppState,
    expected: Option<String>,
) -> Result<T, AppError> {
    let RawForm(body) =
        RawForm::from_request(req, state)
            .await
            .map_err(|rejection| match rejection.status() {
                axum::http::StatusCode::PAYLOAD_TOO_LARGE => AppError::TooLarge,
                _ => AppError::BadRequest,
            })?;
    let fields: Vec<(String, String)> =
        serde_urlencoded::from_bytes(&body).map_err(|_| AppError::BadRequest)?;
    let submitted = fields
        .iter()
        .find(|(name, _)| name == CSRF_FIELD)
        .map(|(_, value)| value.as_str());
    verify_csrf(expected.as_deref(), submitted)?;
    // The decoder above replaces bytes that are not UTF-8 with U+FFFD: the raw pairs are
    // checked for them first, so that such a form is refused rather than stored changed.
    for pair in body.split(|byte| *byte == b'&') {
        check_text_bytes(&percent_decode_form(pair))?;
    }
    for (_, value) in &fields {
        check_field(value)?;
    }
    serde_urlencoded::from_bytes(&body).map_err(|_| AppError::BadRequest)
}

/// The one check of submitted text, in every form and upload: text
/// ([`check_text`]) of at most [`MAX_FIELD_CHARS`] characters.
pub fn check_field(value: &str) -> Result<(), AppError> {
    check_text(value)?;
    if value.chars().count() > MAX_FIELD_CHARS {
        return Err(AppError::FieldTooLong(MAX_FIELD_CHARS));
    }
    Ok(())
}

/// Refuses what is not text a person writes: a NUL (which PostgreSQL cannot store at all)
/// or another control character (terminal escapes, backspaces) other than tab, line feed
/// and carriage return. Line breaks stay: each field's own rules judge them.
pub fn check_text(value: &str) -> Result<(), AppError> {
    let control = |c: char| c.is_control() && !matches!(c, '\t' | '\n' | '\r');
    if value.chars().any(control) {
        return Err(AppError::NotText);
    }
    Ok(())
}

/// As [`check_text`], for bytes that must first be UTF-8.
pub fn check_text_bytes(bytes: &[u8]) -> Result<&str, AppError> {
    let text = std::str::from_utf8(bytes).map_err(|_| AppError::NotText)?;
    check_text(text)?;
    Ok(text)
}

/// A urlencoded name or value (or `name=value` pair) as the bytes it stands for: `+` is a
/// space, `%XX` a byte.
pub fn percent_decode_form(encoded: &[u8]) -> Vec<u8> {
    let spaced: Vec<u8> = encoded
        .iter()
        .map(|&byte| if byte == b'+' { b' ' } else { byte })
        .collect();
    percent_encoding::percent_decode(&spaced).collect()
}

/// The fields of a form that carries nothing but its CSRF token (a button).
#[derive(Debug, Default, serde::Deserialize)]
pub struct NoFields {}
