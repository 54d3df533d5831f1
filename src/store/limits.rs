//! Rate-limit counters and admin lockouts. Counters live in the database so that every
//! replica counts the same events; each hit is one upsert, atomic on both backends, so
//! concurrent requests never both see the same count.

use super::audit::insert_audit;
use super::{AuditEntry, Store, begin_write, on_pool};

/// One lockout of an admin area, as its admin is told of it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct AdminLockout {
    pub locked_at: i64,
    pub locked_until: i64,
}

/// A counter row one event is added to, by [`Store::count_hit`] or by a claim's transaction
/// (see `src/store/claims/batch.rs`: one upsert for the batch's counters), and the most
/// events its window allows.
#[derive(Debug, Clone, Copy)]
pub struct CounterRow<'a> {
    pub kind: &'a str,
    pub subject: &'a str,
    pub window_start: i64,
    pub expires_at: i64,
    pub max: i64,
}

impl Store {
    /// Counts one event on `counter` (`max` is not read here); answers the window's count,
    /// this event included. The count rides the next claim batch (see
    /// `src/store/claims/batch.rs`): with the claims' own counts, in one statement, and on
    /// SQLite in the claims' turn on the one writer, not against them.
    pub async fn count_hit(&self, counter: &CounterRow<'_>) -> sqlx::Result<i64> {
        self.count_in_batch(counter).await
    }

    /// Takes back one event counted by [`Store::count_hit`] (one that turned out not to
    /// count, such as a right code).
    pub async fn uncount_hit(&self, kind: &str, subject: &str, window_start: i64) -> sqlx::Result<()> {
        on_pool!(self, pool => sqlx::query(
            "UPDATE rate_limits SET hits = hits - 1 WHERE kind = $1 AND subject = $2 AND window_start = $3 AND hits > 0")
            .bind(kind).bind(subject).bind(window_start)
            .execute(pool).await.map(drop))
    }

    /// Deletes the counters of windows that have ended; answers how many went.
    pub async fn purge_rate_limits(&self, now: i64) -> sqlx::Result<u64> {
        on_pool!(self, pool => sqlx::query("DELETE FROM rate_limits WHERE expires_at <= $1")
            .bind(now).execute(pool).await.map(|r| r.rows_affected()))
    }

    /// Locks a user's admin area until `locked_until`, with its audit entry.
    pub async fn lock_admin_area(
        &self,
        user_id: i64,
        now: i64,
        locked_until: i64,
        entry: &AuditEntry,
    ) -> sqlx::Result<()> {
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            sqlx::query("INSERT INTO admin_lockouts (user_id, locked_at, locked_until) VALUES ($1, $2, $3)")
                .bind(user_id).bind(now).bind(locked_until)
                .execute(&mut *tx).await?;
            insert_audit!(&mut *tx, now, entry)?;
            tx.commit().await
        })
    }

    /// Until when the user's admin area is locked, if it is at `now`.
    pub async fn admin_locked_until(&self, user_id: i64, now: i64) -> sqlx::Result<Option<i64>> {
        on_pool!(self, pool => sqlx::query_scalar(
            "SELECT MAX(locked_until) FROM admin_lockouts WHERE user_id = $1 AND locked_until > $2")
            .bind(user_id).bind(now).fetch_one(pool).await)
    }

    /// True when the user's admin area was locked since they were last told of it.
    pub async fn has_lockout_notices(&self, user_id: i64) -> sqlx::Result<bool> {
        on_pool!(self, pool => sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM admin_lockouts WHERE user_id = $1 AND seen_at IS NULL)")
            .bind(user_id).fetch_one(pool).await)
    }

    /// The lockouts the admin has not been told of yet, now marked told; oldest first.
    pub async fn take_lockout_notices(&self, user_id: i64, now: i64) -> sqlx::Result<Vec<AdminLockout>> {
        on_pool!(self, pool => {
            let mut told: Vec<AdminLockout> = sqlx::query_as(
                "UPDATE admin_lockouts SET seen_at = $2 WHERE user_id = $1 AND seen_at IS NULL \
                 RETURNING locked_at, locked_until")
                .bind(user_id).bind(now).fetch_all(pool).await?;
            told.sort_by_key(|l| l.locked_at);
            Ok(told)
        })
    }
}
