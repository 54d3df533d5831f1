//! The admin area (/admin) and the admin API (/api/v1).
//!
//! Every /admin page needs a signed-in admin whose session passed TOTP within the last
//! `admin_reauth_after`; anyone else gets 403 (an admin's 403 page holds the TOTP enrolment or
//! code form). Too many wrong codes lock the account's admin area for a while (429). The API
//! takes a bearer token (`keydrop admin token create`) and nothing else: a browser's cookie,
//! sent by any page the admin visits, must not be enough.

use axum::Router;
use axum::extract::{DefaultBodyLimit, FromRequestParts, State};
use axum::handler::Handler;
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{MethodRouter, get, post};
use serde::Deserialize;

use super::AppState;
use super::error::{AppError, WebResult};
use super::session::{CSRF_FIELD, CsrfForm, SignedIn, verify_csrf};
use super::urls;
use super::views::{Chrome, render_as};
use crate::secrets::{SecretKey, totp_context};
use crate::store::TotpAcceptance;
use crate::tokens;

pub mod api;
pub mod batches;
pub mod campaign_views;
pub mod campaigns;
pub mod exports;
mod history;
mod lockout;
pub mod offers;
pub mod pages;
pub mod security_keys;
pub mod views;

use views::{ForbiddenPage, SecondFactorPage};

/// The admin routes, merged into the service's route table.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route(urls::ADMIN, get(pages::dashboard))
        .route(urls::ADMIN_SECOND_FACTOR, post(second_factor))
        .route(
            urls::ADMIN_SECOND_FACTOR_KEY_START,
            post(security_keys::sign_in_start),
        )
        .route(urls::ADMIN_SECOND_FACTOR_KEY, post(security_keys::sign_in_finish))
        .route(
            urls::ADMIN_SECURITY_KEYS,
            get(security_keys::page).post(security_keys::register_finish),
        )
        .route(
            urls::ADMIN_SECURITY_KEY_START,
            post(security_keys::register_start),
        )
        .route(urls::ADMIN_SECURITY_KEY_REMOVE_ROUTE, post(security_keys::remove))
        .route(
            urls::ADMIN_CAMPAIGNS,
            get(campaigns::list).post(campaigns::create),
        )
        .route(
            urls::ADMIN_CAMPAIGN_ROUTE,
            get(campaigns::show).post(campaigns::update),
        )
        .route(urls::ADMIN_CAMPAIGN_CLOSE_ROUTE, post(campaigns::close))
        .route(urls::ADMIN_CAMPAIGN_OPEN_ROUTE, post(campaigns::open))
        .route(urls::ADMIN_CAMPAIGN_ARCHIVE_ROUTE, get(campaigns::archive))
        .route(urls::ADMIN_CAMPAIGN_OFFERS_ROUTE, post(offers::add_offer))
        .route(urls::ADMIN_CAMPAIGN_OFFER_ROUTE, post(offers::edit_offer))
        .route(urls::ADMIN_CAMPAIGN_PHASES_ROUTE, post(offers::add_phase))
        .route(
            urls::ADMIN_CAMPAIGN_PHASE_REMOVE_ROUTE,
            post(offers::remove_phase),
        )
        .route(urls::ADMIN_CAMPAIGN_HAND_BACK_ROUTE, post(offers::hand_back))
        .route(urls::ADMIN_EXPORT_CODES, get(exports::codes))
        .route(urls::ADMIN_EXPORT_CLAIMS, get(exports::claims))
        .route(urls::ADMIN_EXPORT_AUDIT, get(exports::audit))
        .route(urls::ADMIN_BATCHES, get(batches::page))
        .route(
            urls::ADMIN_BATCH_PREVIEW,
            upload_route(batches::preview, MAX_UPLOAD_BYTES),
        )
        .route(urls::ADMIN_BATCH_CONFIRM, post(batches::confirm))
        .route(urls::ADMIN_BATCH_GENERATE, post(batches::generate))
        .route(urls::ADMIN_BATCH_CODES_ROUTE, get(batches::codes_csv))
        .route(urls::ADMIN_CODES, get(pages::codes))
        .route(
            urls::ADMIN_VENDOR_REPORT,
            upload_route(pages::vendor_report, MAX_REPORT_BYTES),
        )
        .route(urls::ADMIN_CODE_ROUTE, get(pages::code))
        .route(urls::ADMIN_CODE_REVOKE_ROUTE, post(pages::revoke_code))
        .route(urls::ADMIN_CODE_REDEEMED_ROUTE, post(pages::mark_redeemed))
        .route(urls::ADMIN_MAINTAINERS, get(pages::maintainers))
        .route(urls::ADMIN_MAINTAINER_ROUTE, get(pages::maintainer))
        .route(urls::ADMIN_MAINTAINER_GRANT_ROUTE, post(pages::grant))
        .route(urls::ADMIN_MAINTAINER_WITHDRAW_ROUTE, post(pages::withdraw))
        .route(
            urls::API_BATCHES_ROUTE,
            post(api::load_batch).layer(DefaultBodyLimit::max(api::MAX_BODY_BYTES)),
        )
        .route(urls::API_STATS_ROUTE, get(api::stats))
}

/// A POST route taking a multipart upload whose file may be up to `max_bytes` (the other
/// fields get 64 KiB more).
fn upload_route<H, T>(handler: H, max_bytes: usize) -> MethodRouter<AppState>
where
    H: Handler<T, AppState>,
    T: 'static,
{
    post(handler).layer(DefaultBodyLimit::max(max_bytes + 64 * 1024))
}

/// A signed-in admin whose session passed TOTP.
pub struct Admin(pub SignedIn);

impl Admin {
    /// Who the audit log names for this admin's actions.
    pub fn actor(&self) -> String {
        format!("admin {}", self.0.user.username)
    }

    /// The page chrome for admin pages.
    pub fn chrome(&self) -> Chrome {
        Chrome {
            admin: true,
            ..self.0.chrome()
        }
    }
}

/// Why a signed-in user may not see an admin page.
enum Refusal {
    NotAdmin,
    NeedsSecondFactor,
    /// A security key is required and the account has none: only its keys page is open.
    MustRegisterKey,
}

async fn admin_check(state: &AppState, signed_in: &SignedIn) -> Result<Result<(), Refusal>, AppError> {
    let account = state.store.admin_account(signed_in.user.id).await?;
    // The second factor counts for a while only: an admin session left open is asked again.
    let reauth_after = state.config.admin_reauth_after.as_secs() as i64;
    let second_factor_fresh = signed_in
        .second_factor_at
        .is_some_and(|at| at > state.clock.unix() - reauth_after);
    Ok(match account {
        Some(account) if account.is_admin => {
            if !(account.totp_enabled_at.is_some() && second_factor_fresh) {
                return Ok(Err(Refusal::NeedsSecondFactor));
            }
            match security_keys::policy(state, signed_in).await? {
                security_keys::KeyPolicy::Open => Ok(()),
                security_keys::KeyPolicy::NeedsKey => Err(Refusal::NeedsSecondFactor),
                security_keys::KeyPolicy::MustRegister => Err(Refusal::MustRegisterKey),
            }
        }
        _ => Err(Refusal::NotAdmin),
    })
}

/// What the last second-factor attempt got wrong, for the page shown again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Wrong {
    Nothing,
    Code,
    Key,
}

/// The 403 page for an admin without the second factor: the code form, and on first entry
/// the enrolment (QR code and secret, shown until a first code confirms them); the security
/// key button when the account has keys (alone, when a key is required).
async fn second_factor_page(state: &AppState, signed_in: &SignedIn, next: &str, wrong: Wrong) -> WebResult {
    let account = state
        .store
        .admin_account(signed_in.user.id)
        .await?
        .unwrap_or_else(|| unreachable!());
    let enrolment = if account.totp_enabled_at.is_none() {
        let context = totp_context(signed_in.user.id);
        let new_secret = state.secrets.seal(&crate::totp::new_secret(), &context);
        let sealed = state
            .store
            .begin_totp_enrolment(signed_in.user.id, &new_secret)
            .await?
            .ok_or_else(|| anyhow::anyhow!("TOTP enrolment vanished"))?;
        let secret = open_totp_secret(state, signed_in.user.id, &sealed)?;
        let uri = crate::totp::provisioning_uri(&secret, &signed_in.user.username)?;
        Some(views::Enrolment {
            qr_svg: crate::totp::qr_svg(&uri)?,
            secret,
            uri,
        })
    } else {
        None
    };
    let has_keys =
        state.webauthn.is_some() && !state.store.security_keys(signed_in.user.id).await?.is_empty();
    let page = SecondFactorPage {
        chrome: signed_in.chrome(),
        enrolment,
        next: next.to_string(),
        wrong_code: wrong == Wrong::Code,
        wrong_key: wrong == Wrong::Key,
        has_keys,
        code_accepted: !(has_keys && state.config.admin_require_security_key),
    };
    Ok(render_as(StatusCode::FORBIDDEN, &page))
}

pub(super) fn forbidden_page(signed_in: &SignedIn) -> Response {
    let page = ForbiddenPage {
        chrome: signed_in.chrome(),
    };
    render_as(StatusCode::FORBIDDEN, &page)
}

impl FromRequestParts<AppState> for Admin {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let signed_in = SignedIn::from_request_parts(parts, state).await?;
        if let Err(err) = lockout::refuse_if_locked(state, signed_in.user.id).await {
            return Err(err.into_response());
        }
        match admin_check(state, &signed_in).await {
            Ok(Ok(())) => Ok(Admin(signed_in)),
            Ok(Err(Refusal::MustRegisterKey)) if security_keys::is_key_page(parts.uri.path()) => {
                Ok(Admin(signed_in))
            }
            Ok(Err(Refusal::MustRegisterKey)) => Err(Redirect::to(urls::ADMIN_SECURITY_KEYS).into_response()),
            Ok(Err(Refusal::NotAdmin)) => Err(forbidden_page(&signed_in)),
            Ok(Err(Refusal::NeedsSecondFactor)) => {
                let next = parts
                    .uri
                    .path_and_query()
                    .map(|p| p.as_str())
                    .unwrap_or(urls::ADMIN);
                // After a GET the code form leads back to the same page; after a POST, to the
                // dashboard (the form's data is not kept).
                let next = if parts.method == axum::http::Method::GET {
                    next
                } else {
                    urls::ADMIN
                };
                Err(second_factor_page(state, &signed_in, next, Wrong::Nothing)
                    .await
                    .unwrap_or_else(IntoResponse::into_response))
            }
            Err(err) => Err(err.into_response()),
        }
    }
}

#[derive(Deserialize)]
pub struct SecondFactorForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    next: String,
}

/// Only paths of the admin area are followed after the code form (no open redirect): the
/// admin start page or a path under it, of visible ASCII only (no CR/LF, no spaces, no
/// backslash), with no `..` segment. Anything else leads to the start page.
pub(super) fn safe_next(next: &str) -> &str {
    let rest = next.strip_prefix(urls::ADMIN);
    let in_admin_area = rest.is_some_and(|rest| rest.is_empty() || rest.starts_with(['/', '?']));
    let plain = next.bytes().all(|b| b.is_ascii_graphic() && b != b'\\');
    let climbs = next
        .split(['/', '?'])
        .any(|segment| segment == ".." || segment == ".");
    if in_admin_area && plain && !climbs {
        next
    } else {
        urls::ADMIN
    }
}

/// POST /admin/second-factor — checks a TOTP code; each code works once.
async fn second_factor(
    State(state): State<AppState>,
    signed_in: SignedIn,
    CsrfForm(form): CsrfForm<SecondFactorForm>,
) -> WebResult {
    let next = safe_next(&form.next);
    let account = match state.store.admin_account(signed_in.user.id).await? {
        Some(account) if account.is_admin => account,
        _ => return Ok(forbidden_page(&signed_in)),
    };
    let Some(sealed) = account.totp_secret else {
        return second_factor_page(&state, &signed_in, next, Wrong::Nothing).await;
    };
    let secret = open_totp_secret(&state, signed_in.user.id, &sealed)?;
    let now = state.clock.unix();
    let user_id = signed_in.user.id;
    // Every code (TOTP or recovery) is counted before it is checked, so that guesses sent at
    // once are counted at once too; a right one is taken back: only wrong codes count.
    let counted = lockout::count_attempt(&state, &signed_in).await?;
    // Recovery codes are made now, stored (hashed) only if this code completes enrolment.
    let recovery_codes = match account.totp_enabled_at {
        None => crate::totp::new_recovery_codes(),
        Some(_) => Vec::new(),
    };
    let (acceptance, audited) = match crate::totp::verify(&secret, &form.code, now)? {
        Some(step) => {
            let hashes: Vec<String> = recovery_codes
                .iter()
                .filter_map(|code| crate::totp::recovery_code(code))
                .map(|code| tokens::hash(&code))
                .collect();
            let acceptance = state
                .store
                .accept_totp_step(user_id, step, &signed_in.session_hash, &hashes, now)
                .await?;
            (acceptance, false)
        }
        // Not a TOTP code: a recovery code, once TOTP is set up (audited there).
        None if account.totp_enabled_at.is_some() => {
            (recovery_code_entry(&state, &signed_in, &form.code).await?, true)
        }
        None => (TotpAcceptance::Refused, false),
    };
    if !audited {
        let entry = crate::store::AuditEntry {
            actor: format!("admin {}", signed_in.user.username),
            action: match acceptance {
                TotpAcceptance::Refused => "admin.totp-refused",
                TotpAcceptance::Accepted => "admin.totp",
                TotpAcceptance::Enrolled => "admin.totp-enrolled",
            },
            user_id: Some(user_id),
            ..Default::default()
        };
        state.store.audit(now, &entry).await?;
    }
    if acceptance == TotpAcceptance::Refused {
        return second_factor_page(&state, &signed_in, next, Wrong::Code).await;
    }
    crate::limiter::undo(&state.store, &counted).await?;
    if acceptance == TotpAcceptance::Enrolled {
        // Shown once, never again: only their hashes are kept.
        let page = views::RecoveryCodesPage {
            chrome: signed_in.chrome(),
            codes: recovery_codes,
            next: next.to_string(),
        };
        return Ok(crate::web::views::render(&page));
    }
    // A lockout since the last entry is shown on the dashboard first.
    let next = if state.store.has_lockout_notices(user_id).await? {
        urls::ADMIN
    } else {
        next
    };
    Ok(Redirect::to(next).into_response())
}

/// The TOTP secret of `user_id`, opened. A secret kept in clear from before sealing is taken
/// as it is (the server seals those when it starts).
fn open_totp_secret(state: &AppState, user_id: i64, stored: &str) -> anyhow::Result<String> {
    if !SecretKey::is_sealed(stored) {
        return Ok(stored.to_string());
    }
    Ok(state.secrets.open(stored, &totp_context(user_id))?)
}

/// A second-factor form whose code was no TOTP code: a recovery code is used up in its place.
/// Every outcome is audited: a TOTP code, a recovery code (with how many remain), a refusal.
async fn recovery_code_entry(
    state: &AppState,
    signed_in: &SignedIn,
    typed: &str,
) -> WebResult<TotpAcceptance> {
    let (user_id, now) = (signed_in.user.id, state.clock.unix());
    let left = match crate::totp::recovery_code(typed) {
        Some(code) => {
            state
                .store
                .use_recovery_code(user_id, &tokens::hash(&code), &signed_in.session_hash, now)
                .await?
        }
        None => None,
    };
    let entry = crate::store::AuditEntry {
        actor: format!("admin {}", signed_in.user.username),
        action: if left.is_some() {
            "admin.recovery-code"
        } else {
            "admin.totp-refused"
        },
        user_id: Some(user_id),
        detail: left
            .map(|left| format!("{left} recovery codes left"))
            .unwrap_or_default(),
        ..Default::default()
    };
    state.store.audit(now, &entry).await?;
    Ok(match left {
        Some(_) => TotpAcceptance::Accepted,
        None => TotpAcceptance::Refused,
    })
}

/// The largest batch file the upload form takes.
pub const MAX_UPLOAD_BYTES: usize = 256 * 1024 * 1024;
/// The largest redemption report the form takes (a million lines is ~30 MB).
pub const MAX_REPORT_BYTES: usize = 64 * 1024 * 1024;

/// A multipart form with one file, as received: its other fields, and the file.
pub struct ReceivedUpload {
    pub fields: std::collections::HashMap<String, String>,
    /// The `file` field, streamed to a temporary file as it arrived.
    pub file: tempfile::NamedTempFile,
}

/// Why an upload form was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UploadProblem {
    NoFile,
    TooLarge,
}

/// The other fields of an upload form.
pub type UploadFields = std::collections::HashMap<String, String>;

/// Receives a multipart form whose `file` field may be large: the file streams to disk, never
/// whole in memory. The CSRF token (a field before the file) is checked before anything is
/// written, and again at the end for forms that put it after. A refused upload answers its
/// problem with the fields read so far, to show the form again as it was sent.
pub async fn receive_upload(
    admin: &Admin,
    mut multipart: axum::extract::Multipart,
    max_bytes: usize,
) -> WebResult<Result<ReceivedUpload, (UploadProblem, UploadFields)>> {
    use std::io::Write;
    let mut fields = std::collections::HashMap::new();
    let mut file = tempfile::NamedTempFile::new().map_err(anyhow::Error::from)?;
    let mut size = 0usize;
    let csrf = |fields: &std::collections::HashMap<String, String>| {
        verify_csrf(
            Some(&admin.0.csrf_token),
            fields.get(CSRF_FIELD).map(String::as_str),
        )
    };
    while let Some(mut field) = multipart.next_field().await.map_err(|_| AppError::BadRequest)? {
        let name = field.name().unwrap_or_default().to_string();
        if name != "file" {
            // Read as bytes: `text()` would replace bytes that are not UTF-8 instead.
            let bytes = field.bytes().await.map_err(|_| AppError::BadRequest)?;
            let value = super::session::check_text_bytes(&bytes)?;
            super::session::check_field(value)?;
            fields.insert(name, value.to_string());
            continue;
        }
        csrf(&fields)?;
        while let Some(chunk) = field.chunk().await.map_err(|_| AppError::BadRequest)? {
            size += chunk.len();
            if size > max_bytes {
                return Ok(Err((UploadProblem::TooLarge, fields)));
            }
            file.write_all(&chunk).map_err(anyhow::Error::from)?;
        }
    }
    csrf(&fields)?;
    if size == 0 {
        return Ok(Err((UploadProblem::NoFile, fields)));
    }
    Ok(Ok(ReceivedUpload { fields, file }))
}

/// Who is calling the API.
pub struct ApiCaller {
    pub actor: String,
}

/// The API's refusals, as JSON.
pub fn api_error(status: StatusCode, message: &'static str) -> Response {
    (status, axum::Json(serde_json::json!({ "error": message }))).into_response()
}

impl FromRequestParts<AppState> for ApiCaller {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        // The scheme is case-insensitive (RFC 9110 §11.1).
        let bearer = parts
            .headers
            .get(axum::http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split_once(' '))
            .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
            .map(|(_, token)| token.trim());
        let Some(token) = bearer else {
            return Err(api_error(StatusCode::UNAUTHORIZED, "a bearer token is required"));
        };
        let now = state.clock.unix();
        let (id, name) = match state.store.use_api_token(&tokens::hash(token), now).await {
            Ok(Some(token)) => token,
            Ok(None) => return Err(api_error(StatusCode::UNAUTHORIZED, "unknown or revoked token")),
            Err(err) => return Err(AppError::from(err).into_response()),
        };
        let limits = &state.config.limits;
        let subject = crate::limiter::Subject::api_token(id);
        match crate::limiter::hit(
            &state.store,
            limits,
            crate::limiter::Limit::ApiCalls,
            subject,
            now,
        )
        .await
        {
            Ok(Ok(_)) => Ok(ApiCaller {
                actor: format!("api token {id} ({name})"),
            }),
            Ok(Err(limited)) => Err(AppError::from(limited).into_response()),
            Err(err) => Err(AppError::from(err).into_response()),
        }
    }
}
