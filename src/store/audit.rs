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

/// The start of every insert of audit entries: the table and its columns.
macro_rules! insert_into_audit_log {
    () => {
        "INSERT INTO audit_log (at, actor, action, campaign_id, code_id, user_id, detail) "
    };
}

pub(crate) const INSERT_AUDIT: &str =
    concat!(insert_into_audit_log!(), "VALUES ($1, $2, $3, $4, $5, $6, $7)");

/// [`INSERT_AUDIT`] without its values, for [`insert_audits!`].
pub(crate) const INSERT_INTO_AUDIT_LOG: &str = insert_into_audit_log!();

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

/// Writes `$entries`, a slice of (time, entry) pairs, through `$executor` in one statement
/// (a claim batch's entries, say).
macro_rules! insert_audits {
    ($executor:expr, $entries:expr) => {{
        let entries: &[(i64, $crate::store::AuditEntry)] = $entries;
        let mut insert = sqlx::QueryBuilder::new($crate::store::audit::INSERT_INTO_AUDIT_LOG);
        insert.push_values(entries, |mut row, (at, entry)| {
            row.push_bind(*at)
                .push_bind(entry.actor.as_str())
                .push_bind(entry.action)
                .push_bind(entry.campaign_id)
                .push_bind(entry.code_id)
                .push_bind(entry.user_id)
                .push_bind(entry.detail.as_str());
        });
        insert.build().execute($executor).await
    }};
}
pub(crate) use insert_audits;

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
