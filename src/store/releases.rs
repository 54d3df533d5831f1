//! Codes handed back by their holders: back to stock for someone else, or retired.
//!
//! A hand-back is one conditional `UPDATE` of the holder's code while it is `assigned`, with
//! its record and audit entry in the same transaction. A second hand-back (a double click, two
//! tabs) and a redemption racing it find the code no longer assigned and change nothing: of a
//! hand-back and a redemption, exactly one wins.

use super::audit::insert_audit;
use super::read_cache::Change;
use super::{AuditEntry, Campaign, Store, begin_write, on_pool};

/// The reason a retired code carries (a revocation by its holder, not by the admins).
pub const HANDED_BACK_REASON: &str = "handed back by its holder";

/// What became of a code handed back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Released {
    /// Back in stock: the next claim may receive it.
    Restocked { code_id: i64 },
    /// Revoked: nobody receives it again.
    Retired { code_id: i64 },
}

/// A campaign's codes handed back, by what became of them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct HandBackCounts {
    pub restocked: i64,
    pub retired: i64,
}

/// One code a maintainer handed back, for the admin's maintainer page.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ReleaseRow {
    pub campaign_name: String,
    pub code_id: i64,
    pub code: String,
    pub released_at: i64,
    pub outcome: String,
}

impl Store {
    /// Hands back the code `user_id` holds in `campaign`, while it is assigned (not redeemed,
    /// expired or revoked): to stock or retired, as the campaign says. `None` when there was
    /// no such code (handed back already, or redeemed first).
    pub async fn release_code(
        &self,
        campaign: &Campaign,
        user_id: i64,
        now: i64,
        actor: &str,
    ) -> sqlx::Result<Option<Released>> {
        let _forget = self.forget_after(Change::Holding {
            user_id,
            campaign_id: campaign.id,
        });
        let restock = campaign.restocks_handed_back();
        // The `state = 'assigned' AND user_id = $2` condition is the whole race-safety: a
        // concurrent hand-back or redemption that committed first leaves nothing to match.
        let statement = if restock {
            "UPDATE codes SET state = 'available', user_id = NULL, country = NULL, assigned_at = NULL \
             WHERE campaign_id = $1 AND user_id = $2 AND state = 'assigned' RETURNING id"
        } else {
            "UPDATE codes SET state = 'revoked', revoked_at = $3, revoke_reason = $4 \
             WHERE campaign_id = $1 AND user_id = $2 AND state = 'assigned' RETURNING id"
        };
        let outcome = if restock { "restocked" } else { "retired" };
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            let query = sqlx::query_scalar(statement).bind(campaign.id).bind(user_id);
            let query = if restock { query } else { query.bind(now).bind(HANDED_BACK_REASON) };
            let code_id: Option<i64> = query.fetch_optional(&mut *tx).await?;
            let Some(code_id) = code_id else {
                tx.rollback().await?;
                return Ok(None);
            };
            sqlx::query(
                "INSERT INTO code_releases (campaign_id, code_id, user_id, released_at, outcome) \
                 VALUES ($1, $2, $3, $4, $5)")
                .bind(campaign.id).bind(code_id).bind(user_id).bind(now).bind(outcome)
                .execute(&mut *tx).await?;
            let entry = AuditEntry {
                actor: actor.to_string(),
                action: "code.hand-back",
                campaign_id: Some(campaign.id),
                code_id: Some(code_id),
                user_id: Some(user_id),
                detail: format!("handed back by its holder: {outcome}"),
            };
            insert_audit!(&mut *tx, now, &entry)?;
            tx.commit().await?;
            Ok(Some(if restock { Released::Restocked { code_id } } else { Released::Retired { code_id } }))
        })
    }

    /// Sets what becomes of the campaign's codes handed back ([`super::HANDED_BACK_RESTOCK`]
    /// or [`super::HANDED_BACK_RETIRE`]) and whether their holders may claim again, audited.
    pub async fn set_hand_back(
        &self,
        campaign_id: i64,
        handed_back: &str,
        claim_again: bool,
        now: i64,
        actor: &str,
    ) -> sqlx::Result<()> {
        let _forget = self.campaign_cache.forget_after();
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            sqlx::query("UPDATE campaigns SET handed_back = $2, claim_after_hand_back = $3 WHERE id = $1")
                .bind(campaign_id).bind(handed_back).bind(claim_again).execute(&mut *tx).await?;
            let entry = AuditEntry {
                actor: actor.to_string(),
                action: "campaign.hand-back",
                campaign_id: Some(campaign_id),
                detail: format!("codes handed back: {handed_back}; claim again: {claim_again}"),
                ..AuditEntry::default()
            };
            insert_audit!(&mut *tx, now, &entry)?;
            tx.commit().await
        })
    }

    /// True when the user handed a code of the campaign back.
    pub async fn has_handed_back(&self, campaign_id: i64, user_id: i64) -> sqlx::Result<bool> {
        on_pool!(self, pool => sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM code_releases WHERE campaign_id = $1 AND user_id = $2)")
            .bind(campaign_id).bind(user_id).fetch_one(pool).await)
    }

    /// How many codes of the campaign were handed back, restocked and retired.
    pub async fn hand_back_counts(&self, campaign_id: i64) -> sqlx::Result<HandBackCounts> {
        let (restocked, retired): (i64, i64) = on_pool!(self, pool => sqlx::query_as(
            "SELECT COUNT(*) FILTER (WHERE outcome = 'restocked'), COUNT(*) FILTER (WHERE outcome = 'retired') \
             FROM code_releases WHERE campaign_id = $1")
            .bind(campaign_id).fetch_one(pool).await)?;
        Ok(HandBackCounts { restocked, retired })
    }

    /// The codes a user handed back, the latest first.
    pub async fn releases_of_user(&self, user_id: i64) -> sqlx::Result<Vec<ReleaseRow>> {
        on_pool!(self, pool => sqlx::query_as::<_, ReleaseRow>(
            "SELECT cp.name AS campaign_name, r.code_id, c.code, r.released_at, r.outcome \
             FROM code_releases r JOIN campaigns cp ON cp.id = r.campaign_id JOIN codes c ON c.id = r.code_id \
             WHERE r.user_id = $1 ORDER BY r.released_at DESC, r.id DESC")
            .bind(user_id).fetch_all(pool).await)
    }
}
