//! The audit log: who did what, when. Entries are written in the same transaction as the
//! change they describe, so the log never claims a change that was rolled back.

use super::{Store, on_pool};

/// One audit entry. `actor` names who acted: `maintainer alice`, `command line (root@keys-1)`, `system`.
#[derive(Debug, Clone, Default)]
pub struct AuditEntry {
    pub actor: String,
    pub action: &'static str,
    pub campaign_id: Option<i64>,
    pub code_id: Option<i64>,
    pub user_id: Option<i64>,
    pub detail: String,
}

pub(crate) const INSERT_AUDIT: &str = "INSERT INTO audit_log (at, actor, action, campaign_id, code_id, user_id, detail) \
     VALUES ($1, $2, $3, $4, $5, $6, $7)";

/// Writes `$entry` at time `$at` through `$executor` (a transaction, usually).
macro_rules! insert_audit {
    ($executor:expr, $at:expr, $entry:expr) => {{
        let entry: &$crate::store::AuditEntry = $entry;
        sqlx::query($crate::store::audit::INSERT_AUDIT)
            .bind($at)
            .bind(&entry.actor)
            .bind(entry.action)
            .bind(entry.campaign_id)
            .bind(entry.code_id)
            .bind(entry.user_id)
            .bind(&entry.detail)
            .execute($executor)
            .await
    }};
}
pub(crate) use insert_audit;

/// One row of the audit log, as read back.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AuditRow {
    pub id: i64,
    pub at: i64,
    pub actor: String,
    pub action: String,
    pub campaign_id: Option<i64>,
    pub code_id: Option<i64>,
    pub user_id: Option<i64>,
    pub detail: String,
}

impl Store {
    /// Records an action that changed nothing else in the database (a sign-in link sent, say).
    pub async fn audit(&self, now: i64, entry: &AuditEntry) -> sqlx::Result<()> {
        on_pool!(self, pool => insert_audit!(pool, now, entry).map(drop))
    }

    /// The newest `limit` entries, newest first.
    pub async fn recent_audit(&self, limit: i64) -> sqlx::Result<Vec<AuditRow>> {
        on_pool!(self, pool => sqlx::query_as::<_, AuditRow>(
            "SELECT id, at, actor, action, campaign_id, code_id, user_id, detail \
             FROM audit_log ORDER BY id DESC LIMIT $1")
            .bind(limit)
            .fetch_all(pool)
            .await)
    }
}
