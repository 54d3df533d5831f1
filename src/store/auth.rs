//! Sign-in tokens and sessions. Only SHA-256 hashes of tokens are stored: a copy of the
//! database signs nobody in.

use std::time::Duration;

use super::audit::insert_audit;
use super::read_cache::Change;
use super::{AuditEntry, Store, User, begin_write, on_kept_connection, on_pool};

/// A session is marked as seen at most once in this many seconds: its idle limit is counted
/// to within this, and a page view does not write each time.
pub const SEEN_GRANULARITY_SECONDS: i64 = 60;

/// What became of an attempt to use a sign-in link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsumeLoginToken {
    /// The link was good; it is now used up.
    SignedIn {
        user_id: i64,
    },
    Used,
    Expired,
    Unknown,
}

/// A live session and its user.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SessionRow {
    pub user_id: i64,
    pub expires_at: i64,
    pub flash: Option<String>,
    /// When the session passed the admin area's second factor.
    pub second_factor_at: Option<i64>,
    /// When the session was last used (to within [`SEEN_GRANULARITY_SECONDS`]).
    pub last_seen_at: i64,
}

/// A live session with what the pages need of its user, read together in one query.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct LiveSession {
    #[sqlx(flatten)]
    pub session: SessionRow,
    #[sqlx(flatten)]
    pub user: User,
    /// The user may enter the admin area (with its second factor).
    pub is_admin: bool,
    /// The user turned giveaway mail off.
    pub giveaway_mail_off: bool,
}

impl Store {
    /// Stores a new sign-in token for a user, and ends the user's older unused ones (they
    /// then read as expired): only the newest link mailed works. The user's row is written
    /// first, which makes links issued at once for one user take turns (PostgreSQL's row
    /// lock; SQLite's write lock), so two of them cannot both stay live.
    pub async fn create_login_token(
        &self,
        token_hash: &str,
        user_id: i64,
        now: i64,
        expires_at: i64,
    ) -> sqlx::Result<()> {
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            sqlx::query("UPDATE users SET last_login_link_at = $2 WHERE id = $1")
                .bind(user_id).bind(now).execute(&mut *tx).await?;
            sqlx::query(
                "UPDATE login_tokens SET expires_at = $2 \
                 WHERE user_id = $1 AND used_at IS NULL AND expires_at > $2")
                .bind(user_id).bind(now).execute(&mut *tx).await?;
            sqlx::query(
                "INSERT INTO login_tokens (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
                .bind(token_hash).bind(user_id).bind(now).bind(expires_at)
                .execute(&mut *tx).await?;
            tx.commit().await
        })
    }

    /// Uses up a sign-in token. The conditional update lets exactly one of several concurrent
    /// uses of a link succeed.
    pub async fn consume_login_token(&self, token_hash: &str, now: i64) -> sqlx::Result<ConsumeLoginToken> {
        on_pool!(self, pool => {
            let used: Option<i64> = sqlx::query_scalar(
                "UPDATE login_tokens SET used_at = $2 \
                 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING user_id")
                .bind(token_hash).bind(now)
                .fetch_optional(pool).await?;
            if let Some(user_id) = used {
                return Ok(ConsumeLoginToken::SignedIn { user_id });
            }
            let state: Option<(Option<i64>, i64)> =
                sqlx::query_as("SELECT used_at, expires_at FROM login_tokens WHERE token_hash = $1")
                    .bind(token_hash).fetch_optional(pool).await?;
            Ok(match state {
                Some((Some(_), _)) => ConsumeLoginToken::Used,
                Some((None, _)) => ConsumeLoginToken::Expired,
                None => ConsumeLoginToken::Unknown,
            })
        })
    }

    /// Opens a session, seen now, that ends at `expires_at` at the latest.
    pub async fn create_session(
        &self,
        token_hash: &str,
        user_id: i64,
        now: i64,
        expires_at: i64,
    ) -> sqlx::Result<()> {
        on_pool!(self, pool => sqlx::query(
            "INSERT INTO sessions (token_hash, user_id, created_at, expires_at, last_seen_at) VALUES ($1, $2, $3, $4, $3)")
            .bind(token_hash).bind(user_id).bind(now).bind(expires_at)
            .execute(pool).await.map(drop))
    }

    /// The live session with this token hash and its user, if any: before its end, and seen
    /// within `idle`. One read answers everything a signed-in page needs about who is asking
    /// (see [`LiveSession`]). Marks it seen now (at most once a [`SEEN_GRANULARITY_SECONDS`]).
    ///
    /// The answer is kept in process for [`super::READS_KEPT_FOR`] (see
    /// [`super::read_cache`]): a session ended or changed through this store is forgotten at
    /// once, one ended elsewhere is refused within that bound. Its end and idle limit are
    /// checked against `now` on every use of a kept answer, and one due to be marked seen is
    /// read again (and marked).
    pub async fn session(
        &self,
        token_hash: &str,
        now: i64,
        idle: Duration,
    ) -> sqlx::Result<Option<LiveSession>> {
        let seen_since = now - idle.as_secs() as i64;
        let sessions = &self.read_caches.sessions;
        let ticket = match sessions.get(token_hash) {
            Ok(live) if live.session.expires_at <= now || live.session.last_seen_at <= seen_since => {
                return Ok(None);
            }
            Ok(live) if live.session.last_seen_at > now - SEEN_GRANULARITY_SECONDS => return Ok(Some(live)),
            // Due to be marked seen: read again (another replica may have marked it already);
            // the new read replaces the kept one.
            Ok(_) => sessions.ticket(token_hash),
            Err(ticket) => ticket,
        };
        let read_at = std::time::Instant::now();
        let live = self.session_fresh(token_hash, now, idle).await?;
        if let Some(live) = &live {
            sessions.keep(token_hash.to_string(), ticket, read_at, live.clone());
        }
        Ok(live)
    }

    /// As [`Store::session`], read from the database whatever is kept in process: for the
    /// admin area, which must never act on a session or admin flag a moment old.
    pub async fn session_fresh(
        &self,
        token_hash: &str,
        now: i64,
        idle: Duration,
    ) -> sqlx::Result<Option<LiveSession>> {
        let seen_since = now - idle.as_secs() as i64;
        let mut live = on_kept_connection!(self, conn => sqlx::query_as::<_, LiveSession>(
            "SELECT s.user_id, s.expires_at, s.flash, s.second_factor_at, s.last_seen_at, \
                    u.id, u.username, u.email, u.date_joined, u.has_totp, u.has_webauthn, u.language, \
                    u.is_admin, u.giveaway_mail_off_at IS NOT NULL AS giveaway_mail_off \
             FROM sessions s JOIN users u ON u.id = s.user_id \
             WHERE s.token_hash = $1 AND s.expires_at > $2 AND s.last_seen_at > $3")
            .bind(token_hash).bind(now).bind(seen_since)
            .fetch_optional(&mut *conn).await)?;
        on_pool!(self, pool => {
            if let Some(live) = live.as_mut().filter(|l| l.session.last_seen_at <= now - SEEN_GRANULARITY_SECONDS) {
                sqlx::query("UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1 AND last_seen_at < $2")
                    .bind(token_hash).bind(now).execute(pool).await?;
                live.session.last_seen_at = now;
            }
            Ok(live)
        })
    }

    /// Leaves a message for the next page the session sees.
    pub async fn set_flash(&self, token_hash: &str, message: &str) -> sqlx::Result<()> {
        let _forget = self.forget_after(Change::Session(token_hash.to_string()));
        on_pool!(self, pool => sqlx::query("UPDATE sessions SET flash = $2 WHERE token_hash = $1")
            .bind(token_hash).bind(message)
            .execute(pool).await.map(drop))
    }

    /// Forgets the session's message once shown.
    pub async fn clear_flash(&self, token_hash: &str) -> sqlx::Result<()> {
        let _forget = self.forget_after(Change::Session(token_hash.to_string()));
        on_pool!(self, pool => sqlx::query("UPDATE sessions SET flash = NULL WHERE token_hash = $1 AND flash IS NOT NULL")
            .bind(token_hash)
            .execute(pool).await.map(drop))
    }

    /// Ends a session.
    pub async fn delete_session(&self, token_hash: &str) -> sqlx::Result<()> {
        let _forget = self.forget_after(Change::Session(token_hash.to_string()));
        on_pool!(self, pool => sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(pool).await.map(drop))
    }

    /// Ends every session of user `username` (signs them out everywhere) and their unused
    /// sign-in links, with an audit entry; answers how many sessions ended, or `None` when
    /// there is no such user.
    pub async fn revoke_sessions(&self, username: &str, now: i64, actor: &str) -> sqlx::Result<Option<u64>> {
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            let user_id: Option<i64> = sqlx::query_scalar("SELECT id FROM users WHERE username_key = $1")
                .bind(username.trim().to_lowercase()).fetch_optional(&mut *tx).await?;
            let Some(user_id) = user_id else { return Ok(None) };
            let _forget = self.forget_after(Change::User(user_id));
            let ended = sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                .bind(user_id).execute(&mut *tx).await?.rows_affected();
            sqlx::query("UPDATE login_tokens SET expires_at = $2 WHERE user_id = $1 AND used_at IS NULL AND expires_at > $2")
                .bind(user_id).bind(now).execute(&mut *tx).await?;
            let entry = AuditEntry {
                actor: actor.to_string(),
                action: "sessions.revoke",
                user_id: Some(user_id),
                detail: format!("{ended} sessions ended"),
                ..AuditEntry::default()
            };
            insert_audit!(&mut *tx, now, &entry)?;
            tx.commit().await?;
            Ok(Some(ended))
        })
    }

    /// Deletes sessions past their end or unused for `idle`, and expired sign-in tokens;
    /// answers how many rows went.
    pub async fn purge_expired_credentials(&self, now: i64, idle: Duration) -> sqlx::Result<u64> {
        let seen_since = now - idle.as_secs() as i64;
        on_pool!(self, pool => {
            let sessions = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2")
                .bind(now).bind(seen_since).execute(pool).await?;
            let tokens = sqlx::query("DELETE FROM login_tokens WHERE expires_at <= $1").bind(now).execute(pool).await?;
            Ok(sessions.rows_affected() + tokens.rows_affected())
        })
    }
}
