//! Admins' security keys (WebAuthn, through webauthn-rs): registered on the admin's own page
//! (`/admin/security-keys`), then used as the second factor in place of a TOTP code.
//!
//! Each ceremony has two steps. Its start (a `fetch` from `templates/static/app.js`, with
//! the form's CSRF token) answers the options `navigator.credentials.create` or `.get`
//! takes, and keeps the ceremony's state server-side, tied to the session, for
//! [`CEREMONY_SECONDS`], to be used once (`store/security_keys.rs`). Its finish is an
//! ordinary form post carrying the browser's answer as JSON. webauthn-rs checks the
//! challenge, the origin (the base URL), the relying party, user presence and verification,
//! the signature, and that the key's counter moved forwards; the store then moves the stored
//! counter only forwards, so an answer replayed or made by a cloned key is refused (and
//! audited) even when it races the real one.
//!
//! `KEYDROP_ADMIN_REQUIRE_SECURITY_KEY` makes a key the only second factor that opens the
//! admin area: an admin without one may enter with TOTP to register one, and nothing else.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use url::Url;
use webauthn_rs::prelude::{
    Passkey, PasskeyAuthentication, PasskeyRegistration, PublicKeyCredential, RegisterPublicKeyCredential,
    Uuid, WebauthnError,
};
use webauthn_rs::{Webauthn, WebauthnBuilder};

use super::views::{KeyLine, KeyNotice, SecurityKeysPage};
use super::{Admin, lockout};
use crate::store::{AuditEntry, Ceremony, KeyRemoval, KeyUse, METHOD_SECURITY_KEY, SecurityKey};
use crate::web::AppState;
use crate::web::error::WebResult;
use crate::web::session::{CsrfForm, NoFields, SignedIn};
use crate::web::urls;
use crate::web::views::render_as;

/// How long a started ceremony may be finished: time to find, plug in and touch a key.
pub const CEREMONY_SECONDS: i64 = 300;
/// The longest name a key may be given.
pub const MAX_KEY_NAME_CHARS: usize = 60;

/// The relying party for `base_url`: its host is the RP ID, the base URL the one origin
/// answers may come from. `None` when the host is an IP address or missing: WebAuthn needs
/// a domain name (`localhost` will do for a test).
pub fn relying_party(base_url: &Url) -> Option<Webauthn> {
    let host = base_url.domain()?;
    match WebauthnBuilder::new(host, base_url).and_then(|b| b.rp_name("keydrop").build()) {
        Ok(webauthn) => Some(webauthn),
        Err(err) => {
            tracing::warn!(%err, "security keys are off: the base URL does not suit WebAuthn");
            None
        }
    }
}

/// What the admin gate makes of a session that passed the second factor.
pub(super) enum KeyPolicy {
    /// The admin area is open.
    Open,
    /// A key is required and the account has one: the session must pass with it.
    NeedsKey,
    /// A key is required and the account has none: only this page, to register one.
    MustRegister,
}

/// With `KEYDROP_ADMIN_REQUIRE_SECURITY_KEY`, only a session that passed with a key is let
/// in; without it, any second factor is.
pub(super) async fn policy(state: &AppState, signed_in: &SignedIn) -> sqlx::Result<KeyPolicy> {
    if !state.config.admin_require_security_key {
        return Ok(KeyPolicy::Open);
    }
    let gate = state
        .store
        .key_gate(signed_in.user.id, &signed_in.session_hash)
        .await?;
    Ok(
        if gate.second_factor_method.as_deref() == Some(METHOD_SECURITY_KEY) {
            KeyPolicy::Open
        } else if gate.keys == 0 {
            KeyPolicy::MustRegister
        } else {
            KeyPolicy::NeedsKey
        },
    )
}

/// Whether `path` is one a required-but-missing key still lets through.
pub(super) fn is_key_page(path: &str) -> bool {
    path == urls::ADMIN_SECURITY_KEYS || path.starts_with(&format!("{}/", urls::ADMIN_SECURITY_KEYS))
}

/// An answer for a ceremony's start, which a script reads: the options, or `{"error": ...}`.
/// The error is shown to the admin beside the button (app.js), so it is in the page's
/// language, unlike the API's.
fn start_refused(status: StatusCode, message: String) -> Response {
    (status, Json(serde_json::json!({ "error": message }))).into_response()
}

/// A stable, non-secret WebAuthn user handle for an account.
fn user_handle(user_id: i64) -> Uuid {
    Uuid::from_u128(user_id as u128)
}

fn audit_entry(signed_in: &SignedIn, action: &'static str, detail: String) -> AuditEntry {
    AuditEntry {
        actor: format!("admin {}", signed_in.user.username),
        action,
        user_id: Some(signed_in.user.id),
        detail,
        ..AuditEntry::default()
    }
}

/// The account's keys as webauthn-rs reads them (a row that no longer reads is skipped and
/// logged: it cannot be used, and stays listed so that it can be removed).
fn passkeys(keys: &[SecurityKey]) -> Vec<Passkey> {
    keys.iter()
        .filter_map(|key| match serde_json::from_str::<Passkey>(&key.credential) {
            Ok(passkey) => Some(passkey),
            Err(err) => {
                tracing::error!(key = key.id, %err, "a stored security key does not read");
                None
            }
        })
        .collect()
}

/// The admin's keys page, with `notice` (what just happened) and the given status.
async fn keys_page(
    state: &AppState,
    admin: &Admin,
    status: StatusCode,
    notice: Option<KeyNotice>,
) -> WebResult {
    let signed_in = &admin.0;
    let keys = state.store.security_keys(signed_in.user.id).await?;
    let account = state.store.admin_account(signed_in.user.id).await?;
    let totp_on = account.is_some_and(|a| a.totp_enabled_at.is_some());
    let page = SecurityKeysPage {
        chrome: admin.chrome(),
        keys: keys.iter().map(KeyLine::from).collect(),
        available: state.webauthn.is_some(),
        required: state.config.admin_require_security_key,
        totp_on,
        notice,
    };
    Ok(render_as(status, &page))
}

/// GET /admin/security-keys — the admin's keys, the form to add one.
pub async fn page(State(state): State<AppState>, admin: Admin) -> WebResult {
    keys_page(&state, &admin, StatusCode::OK, None).await
}

#[derive(Deserialize)]
pub struct NewKeyForm {
    #[serde(default)]
    name: String,
}

/// POST /admin/security-keys/register-start — the options for `navigator.credentials.create`.
pub async fn register_start(
    State(state): State<AppState>,
    admin: Admin,
    CsrfForm(form): CsrfForm<NewKeyForm>,
) -> WebResult {
    let Some(webauthn) = state.webauthn.as_deref() else {
        return Ok(start_refused(
            StatusCode::CONFLICT,
            crate::i18n::current().t("admin-keys-start-needs-domain"),
        ));
    };
    let name = form.name.trim();
    if name.is_empty() || name.chars().count() > MAX_KEY_NAME_CHARS {
        return Ok(start_refused(
            StatusCode::UNPROCESSABLE_ENTITY,
            crate::i18n::current().t_args(
                "admin-keys-start-name-length",
                &[("max", MAX_KEY_NAME_CHARS.into())],
            ),
        ));
    }
    let user = &admin.0.user;
    let keys = state.store.security_keys(user.id).await?;
    // The keys registered already are excluded: the browser says so instead of making one
    // key twice.
    let exclude = passkeys(&keys).iter().map(|p| p.cred_id().clone()).collect();
    let (options, registration) = webauthn
        .start_passkey_registration(
            user_handle(user.id),
            &user.username,
            &user.username,
            Some(exclude),
        )
        .map_err(|err| anyhow::anyhow!("WebAuthn registration start: {err}"))?;
    begin(&state, &admin.0, Ceremony::Register, &registration, name, options).await
}

/// Keeps a ceremony's `ceremony_state` for the session (see [`CEREMONY_SECONDS`]) and
/// answers the browser its `options`.
async fn begin(
    state: &AppState,
    signed_in: &SignedIn,
    kind: Ceremony,
    ceremony_state: &impl serde::Serialize,
    key_name: &str,
    options: impl serde::Serialize,
) -> WebResult {
    let kept = serde_json::to_string(ceremony_state).map_err(anyhow::Error::from)?;
    let expires_at = state.clock.unix() + CEREMONY_SECONDS;
    state
        .store
        .start_ceremony(&signed_in.session_hash, kind, &kept, key_name, expires_at)
        .await?;
    Ok(Json(options).into_response())
}

#[derive(Deserialize)]
pub struct KeyAnswerForm {
    /// The browser's answer (`PublicKeyCredential`) as JSON.
    #[serde(default)]
    credential: String,
    #[serde(default)]
    next: String,
}

/// POST /admin/security-keys — finishes a registration: the key is added (audited).
pub async fn register_finish(
    State(state): State<AppState>,
    admin: Admin,
    CsrfForm(form): CsrfForm<KeyAnswerForm>,
) -> WebResult {
    let now = state.clock.unix();
    let taken = state
        .store
        .take_ceremony(&admin.0.session_hash, Ceremony::Register, now)
        .await?;
    let registered = match (state.webauthn.as_deref(), taken) {
        (Some(webauthn), Some((ceremony, name))) => {
            let registration: PasskeyRegistration =
                serde_json::from_str(&ceremony).map_err(anyhow::Error::from)?;
            serde_json::from_str::<RegisterPublicKeyCredential>(&form.credential)
                .ok()
                .and_then(|answer| webauthn.finish_passkey_registration(&answer, &registration).ok())
                .map(|passkey| (passkey, name))
        }
        _ => None,
    };
    let Some((passkey, name)) = registered else {
        return keys_page(
            &state,
            &admin,
            StatusCode::UNPROCESSABLE_ENTITY,
            Some(KeyNotice::NotAdded),
        )
        .await;
    };
    let key = SecurityKey {
        id: 0,
        credential_id: hex::encode(passkey.cred_id()),
        credential: serde_json::to_string(&passkey).map_err(anyhow::Error::from)?,
        name: name.clone(),
        sign_count: 0,
        created_at: now,
        last_used_at: None,
    };
    let notice = if state
        .store
        .add_security_key(admin.0.user.id, &key, now, &admin.actor())
        .await?
    {
        KeyNotice::Added(name)
    } else {
        KeyNotice::AlreadyRegistered
    };
    keys_page(&state, &admin, StatusCode::OK, Some(notice)).await
}

/// POST /admin/security-keys/{id}/remove — removes a key (audited), never the last factor.
pub async fn remove(
    State(state): State<AppState>,
    admin: Admin,
    Path(key_id): Path<i64>,
    _: CsrfForm<NoFields>,
) -> WebResult {
    let user_id = admin.0.user.id;
    // TOTP stands in for a removed last key, unless a key is required (or TOTP is off).
    let totp_on = state
        .store
        .admin_account(user_id)
        .await?
        .is_some_and(|a| a.totp_enabled_at.is_some());
    let totp_counts = totp_on && !state.config.admin_require_security_key;
    let removal = state
        .store
        .remove_security_key(user_id, key_id, totp_counts, state.clock.unix(), &admin.actor())
        .await?;
    let (status, notice) = match removal {
        KeyRemoval::Removed { name } => (StatusCode::OK, KeyNotice::Removed(name)),
        KeyRemoval::LastFactor => (StatusCode::CONFLICT, KeyNotice::LastFactor),
        KeyRemoval::NotFound => return Ok(Redirect::to(urls::ADMIN_SECURITY_KEYS).into_response()),
    };
    keys_page(&state, &admin, status, Some(notice)).await
}

/// POST /admin/second-factor/key-start — the options for `navigator.credentials.get`, over
/// the admin's keys.
pub async fn sign_in_start(
    State(state): State<AppState>,
    signed_in: SignedIn,
    _: CsrfForm<NoFields>,
) -> WebResult {
    let is_admin = state
        .store
        .admin_account(signed_in.user.id)
        .await?
        .is_some_and(|a| a.is_admin);
    let (Some(webauthn), true) = (state.webauthn.as_deref(), is_admin) else {
        return Ok(start_refused(
            StatusCode::FORBIDDEN,
            crate::i18n::current().t("admin-keys-start-unavailable"),
        ));
    };
    let keys = passkeys(&state.store.security_keys(signed_in.user.id).await?);
    if keys.is_empty() {
        return Ok(start_refused(
            StatusCode::CONFLICT,
            crate::i18n::current().t("admin-keys-start-no-key"),
        ));
    }
    let (options, authentication) = webauthn
        .start_passkey_authentication(&keys)
        .map_err(|err| anyhow::anyhow!("WebAuthn authentication start: {err}"))?;
    begin(
        &state,
        &signed_in,
        Ceremony::Authenticate,
        &authentication,
        "",
        options,
    )
    .await
}

/// Why a key's answer was refused, for the audit log.
fn refusal_detail(err: &WebauthnError) -> String {
    match err {
        WebauthnError::CredentialPossibleCompromise => {
            "the key's counter went backwards: a cloned key?".into()
        }
        WebauthnError::InvalidRPOrigin => "answer made for another origin".into(),
        WebauthnError::MismatchedChallenge => "answer to another challenge".into(),
        other => format!("refused: {other}"),
    }
}

/// POST /admin/second-factor/key — checks a key's answer; the session passes the second
/// factor. Every outcome is audited; a refusal counts as a wrong code towards the lock.
pub async fn sign_in_finish(
    State(state): State<AppState>,
    signed_in: SignedIn,
    CsrfForm(form): CsrfForm<KeyAnswerForm>,
) -> WebResult {
    let next = super::safe_next(&form.next).to_string();
    let is_admin = state
        .store
        .admin_account(signed_in.user.id)
        .await?
        .is_some_and(|a| a.is_admin);
    if !is_admin {
        return Ok(super::forbidden_page(&signed_in));
    }
    let counted = lockout::count_attempt(&state, &signed_in).await?;
    let now = state.clock.unix();
    let (action, detail) = match check_answer(&state, &signed_in, &form.credential, now).await? {
        Ok(name) => {
            state
                .store
                .audit(now, &audit_entry(&signed_in, "admin.security-key", name))
                .await?;
            crate::limiter::undo(&state.store, &counted).await?;
            return Ok(Redirect::to(&next).into_response());
        }
        Err((action, detail)) => (action, detail),
    };
    state
        .store
        .audit(now, &audit_entry(&signed_in, action, detail))
        .await?;
    super::second_factor_page(&state, &signed_in, &next, super::Wrong::Key).await
}

/// A key's answer checked against the session's ceremony and the stored key: the key's
/// name, or the audit action and detail of the refusal.
async fn check_answer(
    state: &AppState,
    signed_in: &SignedIn,
    answer: &str,
    now: i64,
) -> WebResult<Result<String, (&'static str, String)>> {
    let refused = |detail: &str| Ok(Err(("admin.security-key-refused", detail.to_string())));
    let Some(webauthn) = state.webauthn.as_deref() else {
        return refused("security keys are off");
    };
    // Taken once: a replayed answer finds no ceremony, or another challenge.
    let Some((ceremony, _)) = state
        .store
        .take_ceremony(&signed_in.session_hash, Ceremony::Authenticate, now)
        .await?
    else {
        return refused("no ceremony under way (used already, or expired)");
    };
    let authentication: PasskeyAuthentication =
        serde_json::from_str(&ceremony).map_err(anyhow::Error::from)?;
    let Ok(answer) = serde_json::from_str::<PublicKeyCredential>(answer) else {
        return refused("the answer does not read");
    };
    let result = match webauthn.finish_passkey_authentication(&answer, &authentication) {
        Ok(result) => result,
        Err(WebauthnError::CredentialPossibleCompromise) => {
            return Ok(Err((
                "admin.security-key-cloned",
                refusal_detail(&WebauthnError::CredentialPossibleCompromise),
            )));
        }
        Err(err) => return refused(&refusal_detail(&err)),
    };
    let keys = state.store.security_keys(signed_in.user.id).await?;
    let credential_id = hex::encode(result.cred_id());
    let Some(key) = keys.iter().find(|k| k.credential_id == credential_id) else {
        return refused("the key was removed");
    };
    let mut passkey: Passkey = serde_json::from_str(&key.credential).map_err(anyhow::Error::from)?;
    passkey.update_credential(&result);
    let stored = serde_json::to_string(&passkey).map_err(anyhow::Error::from)?;
    let sign_count = i64::from(result.counter());
    Ok(
        match state
            .store
            .use_security_key(
                signed_in.user.id,
                &credential_id,
                sign_count,
                &stored,
                &signed_in.session_hash,
                now,
            )
            .await?
        {
            KeyUse::Accepted => Ok(key.name.clone()),
            KeyUse::CounterBehind => Err((
                "admin.security-key-cloned",
                format!(
                    "{}: the key's counter did not move forwards (a replay, or a cloned key?)",
                    key.name
                ),
            )),
            KeyUse::Unknown => Err(("admin.security-key-refused", "the key was removed".to_string())),
        },
    )
}
