//! The giveaway's outcome: what each registry import found of the critical set's second
//! factors (a dated snapshot per import), whether the maintainers who received a code have a
//! security key now, and the counts `/metrics` reads at scrape time.

use super::{Campaign, CampaignArchive, Store, on_pool};

/// The counts one registry import left behind, as PyPI tracked them during its giveaway:
/// critical projects, their maintainers, and how those protect their accounts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, sqlx::FromRow, serde::Serialize)]
pub struct RegistrySnapshot {
    /// When the import ran (Unix seconds).
    pub taken_at: i64,
    pub critical_projects: i64,
    /// Users with a role (Owner or Maintainer) on a critical project.
    pub critical_maintainers: i64,
    /// Of those, with TOTP.
    pub with_totp: i64,
    /// Of those, with a security key (WebAuthn).
    pub with_webauthn: i64,
    /// Of those, with either second factor.
    pub with_any_2fa: i64,
}

/// For the maintainers who hold a code of a campaign (revoked codes left out): how many had a
/// security key when they claimed, and how many have one now, as the latest registry import
/// says. The giveaway's aim is the difference.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, sqlx::FromRow, serde::Serialize, serde::Deserialize)]
pub struct KeysInUse {
    /// Maintainers who received a code.
    pub holders: i64,
    /// Of those, with a security key when they claimed.
    pub key_at_claim: i64,
    /// Of those, with a security key now.
    pub key_now: i64,
    /// Of those, without a key when they claimed and with one now.
    pub gained_since_claim: i64,
    /// Of those, claimed before keydrop noted keys at claim time (counted in `key_now` only).
    pub unknown_at_claim: i64,
}

/// Codes of one campaign in one state.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct CodeStateCount {
    pub campaign: String,
    pub state: String,
    pub codes: i64,
}

/// The most snapshots the dashboard, `keydrop stats` and the API read (the newest ones): an
/// import a day for more than a year, and a bounded page however long the program runs.
pub const SNAPSHOTS_SHOWN: i64 = 400;

/// Counts the critical set and its maintainers' second factors and stores them as a snapshot
/// taken at `$1`; for `execute` inside the import's transaction, after its roles are written.
pub(crate) const INSERT_SNAPSHOT: &str = "INSERT INTO registry_snapshots \
         (taken_at, critical_projects, critical_maintainers, with_totp, with_webauthn, with_any_2fa) \
     SELECT CAST($1 AS BIGINT), (SELECT COUNT(*) FROM projects WHERE critical_since IS NOT NULL), \
            COUNT(*), COUNT(*) FILTER (WHERE u.has_totp), COUNT(*) FILTER (WHERE u.has_webauthn), \
            COUNT(*) FILTER (WHERE u.has_totp OR u.has_webauthn) \
     FROM users u WHERE EXISTS (SELECT 1 FROM roles r JOIN projects p ON p.id = r.project_id \
                                WHERE r.user_id = u.id AND p.critical_since IS NOT NULL)";

impl Store {
    /// The newest [`SNAPSHOTS_SHOWN`] registry snapshots, oldest first.
    pub async fn registry_snapshots(&self) -> sqlx::Result<Vec<RegistrySnapshot>> {
        let mut newest_first = on_pool!(self, pool => sqlx::query_as::<_, RegistrySnapshot>(
            "SELECT taken_at, critical_projects, critical_maintainers, with_totp, with_webauthn, with_any_2fa \
             FROM registry_snapshots ORDER BY taken_at DESC, id DESC LIMIT $1")
            .bind(SNAPSHOTS_SHOWN)
            .fetch_all(pool).await)?;
        newest_first.reverse();
        Ok(newest_first)
    }

    /// Keys in use among the holders of the campaign's codes.
    pub async fn keys_in_use(&self, campaign_id: i64) -> sqlx::Result<KeysInUse> {
        on_pool!(self, pool => sqlx::query_as::<_, KeysInUse>(
            "SELECT COUNT(*) AS holders, \
                    COUNT(*) FILTER (WHERE c.holder_had_key) AS key_at_claim, \
                    COUNT(*) FILTER (WHERE u.has_webauthn) AS key_now, \
                    COUNT(*) FILTER (WHERE NOT c.holder_had_key AND u.has_webauthn) AS gained_since_claim, \
                    COUNT(*) FILTER (WHERE c.holder_had_key IS NULL) AS unknown_at_claim \
             FROM codes c JOIN users u ON u.id = c.user_id \
             WHERE c.campaign_id = $1 AND c.state <> 'revoked'")
            .bind(campaign_id)
            .fetch_one(pool).await)
    }

    /// Keys in use among the campaign's holders; for a purged campaign, whose codes forgot
    /// their holders, the figure its newest archive kept.
    pub async fn campaign_keys_in_use(&self, campaign: &Campaign) -> anyhow::Result<KeysInUse> {
        if campaign.purged_at.is_some()
            && let Some(newest) = self.archives_of(campaign.id).await?.first()
        {
            let archive: CampaignArchive = serde_json::from_str(&newest.summary)?;
            return Ok(archive.keys_in_use);
        }
        Ok(self.keys_in_use(campaign.id).await?)
    }

    /// Codes by campaign and state, for every published batch: one grouped read along the
    /// `codes_claimable` index, whose size is campaigns times states.
    pub async fn code_state_counts(&self) -> sqlx::Result<Vec<CodeStateCount>> {
        on_pool!(self, pool => sqlx::query_as::<_, CodeStateCount>(
            "SELECT k.name AS campaign, c.state, COUNT(*) AS codes \
             FROM codes c JOIN campaigns k ON k.id = c.campaign_id JOIN batches b ON b.id = c.batch_id \
             WHERE b.published GROUP BY k.name, c.state ORDER BY k.name, c.state")
            .fetch_all(pool).await)
    }

    /// Messages waiting in the outbox (queued, retrying included).
    pub async fn outbox_depth(&self) -> sqlx::Result<i64> {
        on_pool!(self, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM mail_outbox WHERE state = 'queued'")
            .fetch_one(pool).await)
    }
}
