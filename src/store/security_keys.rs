//! Admins' security keys (WebAuthn) and the ceremonies that register and use them.
//!
//! A ceremony's state (its challenge) is kept here between its start and its finish, tied
//! to the session that started it: taking it deletes it, so each challenge is answered once,
//! and it lives a few minutes. A key's use is one conditional `UPDATE` that only moves its
//! signature counter forwards, so a replayed or cloned key's answer, even one sent at the
//! same moment as the real one, cannot count twice.

use super::audit::insert_audit;
use super::read_cache::Change;
use super::{AuditEntry, Store, begin_write, is_unique_violation, on_pool};

/// The two kinds of ceremony.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ceremony {
    Register,
    Authenticate,
}

impl Ceremony {
    fn kind(self) -> &'static str {
        match self {
            Ceremony::Register => "register",
            Ceremony::Authenticate => "authenticate",
        }
    }
}

/// A registered key, as listed and as webauthn-rs reads it back.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct SecurityKey {
    pub id: i64,
    pub name: String,
    /// base64url, as the browser names it.
    pub credential_id: String,
    /// The credential as webauthn-rs keeps it (JSON).
    pub credential: String,
    pub sign_count: i64,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
}

/// What the admin gate needs: how many keys the account has, and how the session passed
/// its second factor.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct KeyGate {
    pub keys: i64,
    /// `None`: TOTP or a recovery code; `Some("security-key")`: a key.
    pub second_factor_method: Option<String>,
}

/// How a session that passed with a key is marked.
pub const METHOD_SECURITY_KEY: &str = "security-key";

/// What became of a key's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyUse {
    /// Accepted: the session passed the second factor.
    Accepted,
    /// The key's counter did not move forwards: a replay or a cloned key.
    CounterBehind,
    /// No such key on this account (removed meanwhile).
    Unknown,
}

/// What became of a removal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyRemoval {
    Removed {
        name: String,
    },
    /// The key is the account's last second factor that counts.
    LastFactor,
    NotFound,
}

impl Store {
    /// The account's keys, oldest first.
    pub async fn security_keys(&self, user_id: i64) -> sqlx::Result<Vec<SecurityKey>> {
        on_pool!(self, pool => sqlx::query_as::<_, SecurityKey>(
            "SELECT id, name, credential_id, credential, sign_count, created_at, last_used_at \
             FROM admin_security_keys WHERE user_id = $1 ORDER BY id")
            .bind(user_id).fetch_all(pool).await)
    }

    /// How many keys the account has, and how the session passed its second factor.
    pub async fn key_gate(&self, user_id: i64, session_hash: &str) -> sqlx::Result<KeyGate> {
        on_pool!(self, pool => sqlx::query_as::<_, KeyGate>(
            "SELECT (SELECT COUNT(*) FROM admin_security_keys WHERE user_id = $1) AS keys, \
                    (SELECT second_factor_method FROM sessions WHERE token_hash = $2) AS second_factor_method")
            .bind(user_id).bind(session_hash).fetch_one(pool).await)
    }

    /// Keeps a ceremony's state for the session until `expires_at`, replacing the session's
    /// earlier one of the same kind.
    pub async fn start_ceremony(
        &self,
        session_hash: &str,
        ceremony: Ceremony,
        state: &str,
        key_name: &str,
        expires_at: i64,
    ) -> sqlx::Result<()> {
        on_pool!(self, pool => sqlx::query(
            "INSERT INTO webauthn_ceremonies (session_hash, kind, state, key_name, expires_at) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (session_hash, kind) DO UPDATE \
             SET state = excluded.state, key_name = excluded.key_name, expires_at = excluded.expires_at")
            .bind(session_hash).bind(ceremony.kind()).bind(state).bind(key_name).bind(expires_at)
            .execute(pool).await.map(drop))
    }

    /// Takes (and deletes) the session's ceremony state: its state and key name, unless it
    /// expired by `now`. A second take of the same ceremony finds nothing.
    pub async fn take_ceremony(
        &self,
        session_hash: &str,
        ceremony: Ceremony,
        now: i64,
    ) -> sqlx::Result<Option<(String, String)>> {
        let taken: Option<(String, String, i64)> = on_pool!(self, pool => sqlx::query_as(
            "DELETE FROM webauthn_ceremonies WHERE session_hash = $1 AND kind = $2 \
             RETURNING state, key_name, expires_at")
            .bind(session_hash).bind(ceremony.kind()).fetch_optional(pool).await)?;
        Ok(taken
            .filter(|(_, _, expires_at)| *expires_at > now)
            .map(|(state, name, _)| (state, name)))
    }

    /// Adds a key to the account (audited); `false` when that key is registered already
    /// (to this account or another).
    pub async fn add_security_key(
        &self,
        user_id: i64,
        key: &SecurityKey,
        now: i64,
        actor: &str,
    ) -> sqlx::Result<bool> {
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            let inserted = sqlx::query(
                "INSERT INTO admin_security_keys (user_id, name, credential_id, credential, sign_count, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6)")
                .bind(user_id).bind(&key.name).bind(&key.credential_id).bind(&key.credential)
                .bind(key.sign_count).bind(now)
                .execute(&mut *tx).await;
            match inserted {
                Err(err) if is_unique_violation(&err) => return Ok(false),
                other => other?,
            };
            let entry = AuditEntry { actor: actor.to_string(), action: "admin.security-key-added", user_id: Some(user_id), detail: key.name.clone(), ..AuditEntry::default() };
            insert_audit!(&mut *tx, now, &entry)?;
            tx.commit().await?;
            Ok(true)
        })
    }

    /// Removes one of the account's keys (audited), unless it is the last one and
    /// `other_factor_counts` is false (TOTP does not count, or is not set up): the last
    /// factor is never removed. The account's row is written first, which makes removals on
    /// one account take turns (PostgreSQL's row lock; SQLite's write lock), so two removals
    /// at once cannot both see another key left.
    pub async fn remove_security_key(
        &self,
        user_id: i64,
        key_id: i64,
        other_factor_counts: bool,
        now: i64,
        actor: &str,
    ) -> sqlx::Result<KeyRemoval> {
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            sqlx::query("UPDATE users SET is_admin = is_admin WHERE id = $1").bind(user_id).execute(&mut *tx).await?;
            let name: Option<String> = sqlx::query_scalar(
                "SELECT name FROM admin_security_keys WHERE id = $1 AND user_id = $2")
                .bind(key_id).bind(user_id).fetch_optional(&mut *tx).await?;
            let Some(name) = name else { return Ok(KeyRemoval::NotFound) };
            let keys: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM admin_security_keys WHERE user_id = $1")
                .bind(user_id).fetch_one(&mut *tx).await?;
            if keys <= 1 && !other_factor_counts {
                return Ok(KeyRemoval::LastFactor);
            }
            sqlx::query("DELETE FROM admin_security_keys WHERE id = $1").bind(key_id).execute(&mut *tx).await?;
            let entry = AuditEntry { actor: actor.to_string(), action: "admin.security-key-removed", user_id: Some(user_id), detail: name.clone(), ..AuditEntry::default() };
            insert_audit!(&mut *tx, now, &entry)?;
            tx.commit().await?;
            Ok(KeyRemoval::Removed { name })
        })
    }

    /// Records a verified answer of the key `credential_id`: its counter moves to
    /// `sign_count` only forwards (a key that keeps no counter answers 0 each time, and
    /// stays at 0), its stored credential is replaced by `credential`, and the session
    /// passes the second factor. Nothing changes when the counter did not move forwards or
    /// the key is gone.
    pub async fn use_security_key(
        &self,
        user_id: i64,
        credential_id: &str,
        sign_count: i64,
        credential: &str,
        session_hash: &str,
        now: i64,
    ) -> sqlx::Result<KeyUse> {
        let _forget = self.forget_after(Change::Session(session_hash.to_string()));
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            let moved = sqlx::query(
                "UPDATE admin_security_keys SET sign_count = $3, credential = $4, last_used_at = $5 \
                 WHERE user_id = $1 AND credential_id = $2 AND (sign_count < $3 OR (sign_count = 0 AND $3 = 0))")
                .bind(user_id).bind(credential_id).bind(sign_count).bind(credential).bind(now)
                .execute(&mut *tx).await?.rows_affected() == 1;
            if !moved {
                let known: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM admin_security_keys WHERE user_id = $1 AND credential_id = $2")
                    .bind(user_id).bind(credential_id).fetch_one(&mut *tx).await?;
                tx.rollback().await?;
                return Ok(if known == 1 { KeyUse::CounterBehind } else { KeyUse::Unknown });
            }
            sqlx::query("UPDATE sessions SET second_factor_at = $2, second_factor_method = $3 WHERE token_hash = $1")
                .bind(session_hash).bind(now).bind(METHOD_SECURITY_KEY)
                .execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(KeyUse::Accepted)
        })
    }
}
