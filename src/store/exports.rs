//! Rows for the admin's CSV exports, streamed (see [`super::RowStream`]).

use super::{RowStream, Store, stream_rows};

/// An audit entry with the names its ids stand for.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AuditExport {
    pub id: i64,
    pub at: i64,
    pub actor: String,
    pub action: String,
    pub campaign: Option<String>,
    pub code: Option<String>,
    pub username: Option<String>,
    pub detail: String,
}

impl Store {
    /// The audit log, oldest first: all of it, or what concerns one campaign (its own
    /// entries and its codes').
    pub fn export_audit(&self, campaign_id: Option<i64>) -> RowStream<AuditExport> {
        stream_rows!(
            self,
            AuditExport,
            "SELECT a.id, a.at, a.actor, a.action, k.name AS campaign, c.code, u.username, a.detail \
             FROM audit_log a LEFT JOIN campaigns k ON k.id = a.campaign_id \
                  LEFT JOIN codes c ON c.id = a.code_id LEFT JOIN users u ON u.id = a.user_id \
             WHERE CAST($1 AS BIGINT) IS NULL OR a.campaign_id = $1 OR c.campaign_id = $1 \
             ORDER BY a.id",
            campaign_id
        )
    }
}
