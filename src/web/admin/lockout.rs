//! The admin area's lock: too many wrong second-factor codes for an account (the
//! `wrong_totp` limit) lock its admin area for `admin_lock`, every session of it alike. The
//! lock is audited, and shown on the admin's dashboard on their next entry.

use crate::limiter::{self, Counted, Limit, Limited, Subject};
use crate::store::AuditEntry;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::session::SignedIn;

/// A 429 when the user's admin area is locked now.
pub(super) async fn refuse_if_locked(state: &AppState, user_id: i64) -> Result<(), AppError> {
    let now = state.clock.unix();
    match state.store.admin_locked_until(user_id, now).await? {
        Some(until) => Err(AppError::Limited(Limited {
            limit: Limit::WrongTotp,
            retry_after: (until - now).max(1) as u64,
            count: 0,
        })),
        None => Ok(()),
    }
}

/// Counts a second-factor attempt before its code is checked (a right code is then taken
/// back with [`limiter::undo`]). Refused while the area is locked; the first attempt over
/// the limit locks it.
pub(super) async fn count_attempt(state: &AppState, signed_in: &SignedIn) -> Result<Counted, AppError> {
    let user_id = signed_in.user.id;
    refuse_if_locked(state, user_id).await?;
    let (limits, now) = (&state.config.limits, state.clock.unix());
    let limited = match limiter::hit(
        &state.store,
        limits,
        Limit::WrongTotp,
        Subject::account(user_id),
        now,
    )
    .await?
    {
        Ok(counted) => return Ok(counted),
        Err(limited) => limited,
    };
    if !limited.is_first_refusal(limits) {
        return Err(AppError::Limited(limited));
    }
    let lock_seconds = limits.admin_lock.as_secs();
    let locked_until = now + lock_seconds as i64;
    let entry = AuditEntry {
        actor: format!("admin {}", signed_in.user.username),
        action: "admin.locked",
        user_id: Some(user_id),
        detail: format!(
            "{} wrong second-factor codes; admin area locked until {}",
            limits.wrong_totp.max,
            super::views::when_in(crate::i18n::Lang::En, locked_until)
        ),
        ..AuditEntry::default()
    };
    state
        .store
        .lock_admin_area(user_id, now, locked_until, &entry)
        .await?;
    tracing::warn!(
        user_id,
        "admin area locked after too many wrong second-factor codes"
    );
    Err(AppError::Limited(Limited {
        retry_after: lock_seconds.max(1),
        ..limited
    }))
}
