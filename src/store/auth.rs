//! Sign-in tokens and sessions. Only SHA-256 hashes of tokens are stored: a copy of the
//! database signs nobody in.

use super::{Store, on_pool};

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
}

impl Store {
    /// Stores a new sign-in token for a user.
    pub async fn create_login_token(
        &self,
        token_hash: &str,
        user_id: i64,
        now: i64,
        expires_at: i64,
    ) -> sqlx::Result<()> {
        let insert =
            "INSERT INTO login_tokens (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)";
        self.insert_secret(insert, token_hash, user_id, (now, expires_at))
            .await
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

    /// Opens a session.
    pub async fn create_session(
        &self,
        token_hash: &str,
        user_id: i64,
        now: i64,
        expires_at: i64,
    ) -> sqlx::Result<()> {
        let insert =
            "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)";
        self.insert_secret(insert, token_hash, user_id, (now, expires_at))
            .await
    }

    /// Stores a hashed secret a browser holds (a sign-in link's token, a session's) with its
    /// user and lifetime (from, until); `insert` names the table.
    async fn insert_secret(
        &self,
        insert: &'static str,
        token_hash: &str,
        user_id: i64,
        (created_at, expires_at): (i64, i64),
    ) -> sqlx::Result<()> {
        on_pool!(self, pool => sqlx::query(insert)
            .bind(token_hash).bind(user_id).bind(created_at).bind(expires_at)
            .execute(pool).await.map(drop))
    }

    /// The live session with this token hash, if any.
    pub async fn session(&self, token_hash: &str, now: i64) -> sqlx::Result<Option<SessionRow>> {
        on_pool!(self, pool => sqlx::query_as::<_, SessionRow>(
            "SELECT user_id, expires_at, flash, second_factor_at FROM sessions WHERE token_hash = $1 AND expires_at > $2")
            .bind(token_hash).bind(now)
            .fetch_optional(pool).await)
    }

    /// Leaves a message for the next page the session sees.
    pub async fn set_flash(&self, token_hash: &str, message: &str) -> sqlx::Result<()> {
        on_pool!(self, pool => sqlx::query("UPDATE sessions SET flash = $2 WHERE token_hash = $1")
            .bind(token_hash).bind(message)
            .execute(pool).await.map(drop))
    }

    /// Forgets the session's message once shown.
    pub async fn clear_flash(&self, token_hash: &str) -> sqlx::Result<()> {
        on_pool!(self, pool => sqlx::query("UPDATE sessions SET flash = NULL WHERE token_hash = $1 AND flash IS NOT NULL")
            .bind(token_hash)
            .execute(pool).await.map(drop))
    }

    /// Ends a session.
    pub async fn delete_session(&self, token_hash: &str) -> sqlx::Result<()> {
        on_pool!(self, pool => sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(pool).await.map(drop))
    }

    /// Deletes expired sessions and sign-in tokens; answers how many rows went.
    pub async fn purge_expired_credentials(&self, now: i64) -> sqlx::Result<u64> {
        on_pool!(self, pool => {
            let sessions = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1").bind(now).execute(pool).await?;
            let tokens = sqlx::query("DELETE FROM login_tokens WHERE expires_at <= $1").bind(now).execute(pool).await?;
            Ok(sessions.rows_affected() + tokens.rows_affected())
        })
    }
}
