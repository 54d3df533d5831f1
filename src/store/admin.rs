//! Admin accounts, their second factor, hand-made grants and API tokens.

use super::audit::insert_audit;
use super::read_cache::Change;
use super::{AuditEntry, Store, begin_write, on_pool};

/// What the admin area needs to know about a signed-in user.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct AdminAccount {
    pub is_admin: bool,
    /// The TOTP secret, sealed (see [`crate::secrets`]): pending until `totp_enabled_at` is
    /// set.
    pub totp_secret: Option<String>,
    pub totp_enabled_at: Option<i64>,
}

/// Eligibility granted by hand.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Grant {
    pub id: i64,
    pub user_id: i64,
    pub reason: String,
    pub granted_by: String,
    pub granted_at: i64,
}

/// An API token as listed (never its secret).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ApiToken {
    pub id: i64,
    pub name: String,
    pub created_by: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

/// What a TOTP code came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TotpAcceptance {
    /// Wrong, or its time step was used already.
    Refused,
    /// Accepted: the session passed the second factor.
    Accepted,
    /// Accepted, and it completed enrolment: TOTP is on and the recovery codes are stored.
    Enrolled,
}

/// Marks the session `$session_hash` as having passed the second factor at `$now`, with
/// TOTP or a recovery code (a method of NULL; a security key is marked in
/// `store/security_keys.rs`).
macro_rules! mark_second_factor {
    ($tx:expr, $session_hash:expr, $now:expr) => {
        sqlx::query(
            "UPDATE sessions SET second_factor_at = $2, second_factor_method = NULL WHERE token_hash = $1",
        )
        .bind($session_hash)
        .bind($now)
        .execute($tx)
        .await
    };
}

impl Store {
    /// Gives or takes the admin flag; `false` when there is no such user.
    pub async fn set_admin(
        &self,
        username: &str,
        is_admin: bool,
        now: i64,
        actor: &str,
    ) -> sqlx::Result<bool> {
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            let user_id: Option<i64> = sqlx::query_scalar(
                "UPDATE users SET is_admin = $2 WHERE username_key = $1 RETURNING id")
                .bind(username.trim().to_lowercase()).bind(is_admin)
                .fetch_optional(&mut *tx).await?;
            let Some(user_id) = user_id else { return Ok(false) };
            let _forget = self.forget_after(Change::User(user_id));
            if !is_admin {
                // A former admin's open sessions lose the second factor with the role.
                sqlx::query("UPDATE sessions SET second_factor_at = NULL WHERE user_id = $1")
                    .bind(user_id).execute(&mut *tx).await?;
            }
            let entry = AuditEntry {
                actor: actor.to_string(),
                action: if is_admin { "admin.add" } else { "admin.remove" },
                user_id: Some(user_id),
                detail: username.to_string(),
                ..AuditEntry::default()
            };
            insert_audit!(&mut *tx, now, &entry)?;
            tx.commit().await?;
            Ok(true)
        })
    }

    /// The admin side of a user.
    pub async fn admin_account(&self, user_id: i64) -> sqlx::Result<Option<AdminAccount>> {
        on_pool!(self, pool => sqlx::query_as::<_, AdminAccount>(
            "SELECT is_admin, totp_secret, totp_enabled_at FROM users WHERE id = $1")
            .bind(user_id).fetch_optional(pool).await)
    }

    /// Starts TOTP enrolment with a new (sealed) secret, unless TOTP is already enabled (then
    /// the secret is never replaced, nor shown). Answers the pending secret, sealed.
    pub async fn begin_totp_enrolment(&self, user_id: i64, new_secret: &str) -> sqlx::Result<Option<String>> {
        on_pool!(self, pool => {
            sqlx::query("UPDATE users SET totp_secret = $2 WHERE id = $1 AND totp_enabled_at IS NULL AND totp_secret IS NULL")
                .bind(user_id).bind(new_secret).execute(pool).await?;
            sqlx::query_scalar("SELECT totp_secret FROM users WHERE id = $1 AND totp_enabled_at IS NULL")
                .bind(user_id).fetch_optional(pool).await.map(Option::flatten)
        })
    }

    /// Accepts a verified TOTP time step for the user once (RFC 6238 §5.2: a code is used
    /// once) and marks the session as having passed the second factor. When this completes
    /// enrolment, TOTP is enabled and `recovery_code_hashes` become the user's recovery codes,
    /// in the same transaction.
    pub async fn accept_totp_step(
        &self,
        user_id: i64,
        step: i64,
        session_hash: &str,
        recovery_code_hashes: &[String],
        now: i64,
    ) -> sqlx::Result<TotpAcceptance> {
        let _forget = self.forget_after(Change::Session(session_hash.to_string()));
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            let enabled_before: Option<i64> = sqlx::query_scalar("SELECT totp_enabled_at FROM users WHERE id = $1")
                .bind(user_id).fetch_one(&mut *tx).await?;
            let accepted = sqlx::query(
                "UPDATE users SET totp_last_step = $2, totp_enabled_at = COALESCE(totp_enabled_at, $3) \
                 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)")
                .bind(user_id).bind(step).bind(now)
                .execute(&mut *tx).await?.rows_affected() == 1;
            if !accepted {
                tx.rollback().await?;
                return Ok(TotpAcceptance::Refused);
            }
            mark_second_factor!(&mut *tx, session_hash, now)?;
            let acceptance = if enabled_before.is_none() {
                sqlx::query("DELETE FROM admin_recovery_codes WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
                for hash in recovery_code_hashes {
                    sqlx::query("INSERT INTO admin_recovery_codes (user_id, code_hash, created_at) VALUES ($1, $2, $3)")
                        .bind(user_id).bind(hash).bind(now).execute(&mut *tx).await?;
                }
                TotpAcceptance::Enrolled
            } else {
                TotpAcceptance::Accepted
            };
            tx.commit().await?;
            Ok(acceptance)
        })
    }

    /// Uses up one of the user's recovery codes (by its hash) in place of a TOTP code, and
    /// marks the session as having passed the second factor. `false` for a code that is not
    /// theirs or was used already. Answers how many unused codes remain, when accepted.
    pub async fn use_recovery_code(
        &self,
        user_id: i64,
        code_hash: &str,
        session_hash: &str,
        now: i64,
    ) -> sqlx::Result<Option<i64>> {
        let _forget = self.forget_after(Change::Session(session_hash.to_string()));
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            let used = sqlx::query(
                "UPDATE admin_recovery_codes SET used_at = $3 WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL")
                .bind(user_id).bind(code_hash).bind(now)
                .execute(&mut *tx).await?.rows_affected() == 1;
            if !used {
                tx.rollback().await?;
                return Ok(None);
            }
            mark_second_factor!(&mut *tx, session_hash, now)?;
            let left: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM admin_recovery_codes WHERE user_id = $1 AND used_at IS NULL")
                .bind(user_id).fetch_one(&mut *tx).await?;
            tx.commit().await?;
            Ok(Some(left))
        })
    }

    /// TOTP secrets still stored in clear (from before secrets were sealed), by user.
    pub async fn plaintext_totp_secrets(&self) -> sqlx::Result<Vec<(i64, String)>> {
        on_pool!(self, pool => sqlx::query_as(
            "SELECT id, totp_secret FROM users WHERE totp_secret IS NOT NULL AND totp_secret NOT LIKE 'v1:%'")
            .fetch_all(pool).await)
    }

    /// Replaces a user's TOTP secret `old` by its sealed form; `false` when it changed meanwhile.
    pub async fn reseal_totp_secret(&self, user_id: i64, old: &str, sealed: &str) -> sqlx::Result<bool> {
        on_pool!(self, pool => sqlx::query("UPDATE users SET totp_secret = $3 WHERE id = $1 AND totp_secret = $2")
            .bind(user_id).bind(old).bind(sealed).execute(pool).await.map(|r| r.rows_affected() == 1))
    }

    /// Notes a user's first sign-in (the dashboard counts maintainers who signed in).
    pub async fn note_sign_in(&self, user_id: i64, now: i64) -> sqlx::Result<()> {
        on_pool!(self, pool => sqlx::query("UPDATE users SET first_login_at = COALESCE(first_login_at, $2) WHERE id = $1")
            .bind(user_id).bind(now).execute(pool).await.map(drop))
    }

    /// The user's grant in force, if any.
    pub async fn active_grant(&self, user_id: i64) -> sqlx::Result<Option<Grant>> {
        on_pool!(self, pool => sqlx::query_as::<_, Grant>(
            "SELECT id, user_id, reason, granted_by, granted_at FROM grants WHERE user_id = $1 AND withdrawn_at IS NULL")
            .bind(user_id).fetch_optional(pool).await)
    }

    /// Grants eligibility by hand; `false` when a grant is already in force.
    pub async fn grant(&self, user_id: i64, reason: &str, now: i64, actor: &str) -> sqlx::Result<bool> {
        let _forget = self.forget_after(Change::User(user_id));
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            let inserted = sqlx::query(
                "INSERT INTO grants (user_id, reason, granted_by, granted_at) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (user_id) WHERE withdrawn_at IS NULL DO NOTHING")
                .bind(user_id).bind(reason).bind(actor).bind(now)
                .execute(&mut *tx).await?.rows_affected() == 1;
            if inserted {
                let entry = AuditEntry { actor: actor.to_string(), action: "grant.add", user_id: Some(user_id), detail: reason.to_string(), ..AuditEntry::default() };
                insert_audit!(&mut *tx, now, &entry)?;
            }
            tx.commit().await?;
            Ok(inserted)
        })
    }

    /// Withdraws the grant in force; `false` when there is none.
    pub async fn withdraw_grant(
        &self,
        user_id: i64,
        reason: &str,
        now: i64,
        actor: &str,
    ) -> sqlx::Result<bool> {
        let _forget = self.forget_after(Change::User(user_id));
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            let withdrawn = sqlx::query(
                "UPDATE grants SET withdrawn_at = $2, withdrawn_by = $3 WHERE user_id = $1 AND withdrawn_at IS NULL")
                .bind(user_id).bind(now).bind(actor)
                .execute(&mut *tx).await?.rows_affected() == 1;
            if withdrawn {
                let entry = AuditEntry { actor: actor.to_string(), action: "grant.withdraw", user_id: Some(user_id), detail: reason.to_string(), ..AuditEntry::default() };
                insert_audit!(&mut *tx, now, &entry)?;
            }
            tx.commit().await?;
            Ok(withdrawn)
        })
    }

    /// Stores a new API token's hash.
    pub async fn create_api_token(
        &self,
        name: &str,
        token_hash: &str,
        now: i64,
        actor: &str,
    ) -> sqlx::Result<i64> {
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO api_tokens (name, token_hash, created_by, created_at) VALUES ($1, $2, $3, $4) RETURNING id")
                .bind(name).bind(token_hash).bind(actor).bind(now)
                .fetch_one(&mut *tx).await?;
            let entry = AuditEntry { actor: actor.to_string(), action: "api-token.create", detail: format!("token {id} ({name})"), ..AuditEntry::default() };
            insert_audit!(&mut *tx, now, &entry)?;
            tx.commit().await?;
            Ok(id)
        })
    }

    /// Every API token, newest first.
    pub async fn api_tokens(&self) -> sqlx::Result<Vec<ApiToken>> {
        on_pool!(self, pool => sqlx::query_as::<_, ApiToken>(
            "SELECT id, name, created_by, created_at, last_used_at, revoked_at FROM api_tokens ORDER BY id DESC")
            .fetch_all(pool).await)
    }

    /// Revokes a token; `false` when there is no such live token.
    pub async fn revoke_api_token(&self, id: i64, now: i64, actor: &str) -> sqlx::Result<bool> {
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            let revoked = sqlx::query("UPDATE api_tokens SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL")
                .bind(id).bind(now).execute(&mut *tx).await?.rows_affected() == 1;
            if revoked {
                let entry = AuditEntry { actor: actor.to_string(), action: "api-token.revoke", detail: format!("token {id}"), ..AuditEntry::default() };
                insert_audit!(&mut *tx, now, &entry)?;
            }
            tx.commit().await?;
            Ok(revoked)
        })
    }

    /// The live token with this hash: its id and name. Notes its use.
    pub async fn use_api_token(&self, token_hash: &str, now: i64) -> sqlx::Result<Option<(i64, String)>> {
        on_pool!(self, pool => sqlx::query_as::<_, (i64, String)>(
            "UPDATE api_tokens SET last_used_at = $2 WHERE token_hash = $1 AND revoked_at IS NULL RETURNING id, name")
            .bind(token_hash).bind(now).fetch_optional(pool).await)
    }
}
