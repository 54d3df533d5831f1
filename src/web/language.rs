//! The language of each answer, and the switcher that lets a visitor choose another.
//!
//! [`language_layer`] reads the visitor's choice (a cookie set by [`switch`]) or else their
//! browser's `Accept-Language`, and answers the whole request in that language (see
//! [`crate::i18n`]). The switcher is a plain link per language, so it works without
//! JavaScript; it remembers the choice for a year and goes back to the page it was used on.

use axum::extract::{Path, Query, Request, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use serde::Deserialize;

use super::AppState;
use super::error::AppError;
use super::request;
use super::session::{CookieName, MaybeSignedIn};
use crate::i18n::{self, Lang};

/// How long the choice of language is remembered.
const CHOICE_DAYS: i64 = 365;

/// Answers the request in the visitor's language, and says which in `Content-Language`.
pub async fn language_layer<F: Future<Output = Response>>(
    state: &AppState,
    request: Request,
    next: impl FnOnce(Request) -> F,
) -> Response {
    let chosen = CookieJar::from_headers(request.headers())
        .get(CookieName::Language.name(state))
        .and_then(|cookie| Lang::from_tag(cookie.value()));
    let offered = || {
        request
            .headers()
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|value| value.to_str().ok())
            .and_then(Lang::negotiate)
    };
    let lang = chosen.or_else(offered).unwrap_or_default();
    let path = request.uri().path().to_string();
    let mut response = request::on_page(path, i18n::speaking(lang, next(request))).await;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(lang.code()));
    headers.append(header::VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    response
}

/// Where the switcher goes back to.
#[derive(Debug, Deserialize)]
pub struct Back {
    next: Option<String>,
}

/// GET /language/{code}?next=PATH — remembers the language and goes back to the page; for
/// a signed-in maintainer, also as the language of their mail.
pub async fn switch(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(back): Query<Back>,
    MaybeSignedIn(signed_in): MaybeSignedIn,
    jar: CookieJar,
) -> Result<Response, AppError> {
    let lang = Lang::from_tag(&code)
        .filter(|lang| lang.code() == code)
        .ok_or(AppError::NotFound)?;
    if let Some(user) = signed_in
        .map(|s| s.user)
        .filter(|u| u.language.as_deref() != Some(lang.code()))
    {
        state.store.set_user_language(user.id, lang).await?;
    }
    let cookie = Cookie::build((CookieName::Language.name(&state), lang.code()))
        .path("/")
        .http_only(true)
        .secure(state.config.secure_cookies())
        .same_site(SameSite::Lax)
        .max_age(time::Duration::days(CHOICE_DAYS));
    let next = back
        .next
        .as_deref()
        .filter(|next| is_local_path(next))
        .unwrap_or("/");
    Ok((jar.add(cookie), Redirect::to(next)).into_response())
}

/// Whether `next` is a path of this site: it starts with one `/` (never `//` or `/\`, which
/// browsers read as another host), and holds no control character.
pub fn is_local_path(next: &str) -> bool {
    next.starts_with('/')
        && !next.starts_with("//")
        && !next.starts_with("/\\")
        && !next.chars().any(char::is_control)
}

#[cfg(test)]
mod tests {
    use super::is_local_path;

    #[test]
    fn only_local_paths_are_followed() {
        assert!(is_local_path("/giveaway"));
        assert!(is_local_path("/admin/codes/3"));
        for outside in [
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "giveaway",
            "/a\nb",
            "",
        ] {
            assert!(!is_local_path(outside), "{outside:?}");
        }
    }
}
