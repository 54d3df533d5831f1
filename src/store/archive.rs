//! A finished campaign's archive (counts only) and the purge of its personal data.

use chrono::NaiveDate;

use super::audit::insert_audit;
use super::read_cache::Change;
use super::{
    ActivityCount, AuditEntry, BatchStats, Campaign, CampaignPeople, CountryStats, Store, begin_write,
    on_pool,
};

/// What an archive keeps of a campaign: counts per country, day and batch, and the campaign's
/// settings; nothing that names a person.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CampaignArchive {
    pub campaign: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub countries: String,
    pub keys_per_code: i64,
    pub people: CampaignPeople,
    pub batches: Vec<BatchStats>,
    /// Claims and redemptions by declared country, over the whole campaign.
    pub claims_by_country: Vec<CountryStats>,
    /// Claims and redemptions by day, declared country and batch.
    pub activity: Vec<ActivityCount>,
    /// Keys in use among the holders when the campaign was archived: the purge forgets the
    /// holders, so this is the figure that remains (absent from older archives: zeros).
    #[serde(default)]
    pub keys_in_use: super::KeysInUse,
}

/// An archive as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ArchiveRow {
    pub id: i64,
    pub campaign_name: String,
    pub archived_at: i64,
    pub archived_by: String,
    /// [`CampaignArchive`] as JSON.
    pub summary: String,
}

/// Codes of a campaign still in their holders' hands: assigned, not redeemed, not expired.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeldCodes {
    pub count: i64,
    /// The last expiry date among them: by then upkeep will have expired them all.
    pub last_expiry: Option<NaiveDate>,
}

/// What a purge did, or why it did nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Purge {
    Done {
        /// Codes whose holder was forgotten.
        codes: u64,
        /// Audit entries stripped of the person they named.
        audit_entries: u64,
    },
    AlreadyPurged,
    NotArchived,
    CodesHeld(HeldCodes),
}

macro_rules! held_codes_sql {
    ($select:literal, $order:literal) => {
        concat!(
            "SELECT ",
            $select,
            " FROM codes WHERE campaign_id = $1 AND state = 'assigned'",
            $order
        )
    };
}

impl Store {
    /// Codes of a campaign still held: while there are any, its people still need it.
    pub async fn held_codes(&self, campaign_id: i64) -> sqlx::Result<HeldCodes> {
        on_pool!(self, pool => {
            let count: i64 = sqlx::query_scalar(held_codes_sql!("COUNT(*)", ""))
                .bind(campaign_id).fetch_one(pool).await?;
            let last_expiry: Option<NaiveDate> =
                sqlx::query_scalar(held_codes_sql!("expires_on", " ORDER BY expires_on DESC LIMIT 1"))
                    .bind(campaign_id).fetch_optional(pool).await?;
            Ok(HeldCodes { count, last_expiry })
        })
    }

    /// Stores an archive of a campaign, and says so in the audit log.
    pub async fn save_archive(
        &self,
        campaign: &Campaign,
        archive: &CampaignArchive,
        now: i64,
        actor: &str,
    ) -> anyhow::Result<i64> {
        let summary = serde_json::to_string(archive)?;
        Ok(on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO campaign_archives (campaign_id, campaign_name, archived_at, archived_by, summary) \
                 VALUES ($1, $2, $3, $4, $5) RETURNING id")
                .bind(campaign.id).bind(&campaign.name).bind(now).bind(actor).bind(&summary)
                .fetch_one(&mut *tx).await?;
            let entry = AuditEntry {
                actor: actor.to_string(),
                action: "campaign.archive",
                campaign_id: Some(campaign.id),
                detail: format!("archive {id}"),
                ..AuditEntry::default()
            };
            insert_audit!(&mut *tx, now, &entry)?;
            tx.commit().await?;
            id
        }))
    }

    /// A campaign's archives, the newest first.
    pub async fn archives_of(&self, campaign_id: i64) -> sqlx::Result<Vec<ArchiveRow>> {
        on_pool!(self, pool => sqlx::query_as::<_, ArchiveRow>(
            "SELECT id, campaign_name, archived_at, archived_by, summary FROM campaign_archives \
             WHERE campaign_id = $1 ORDER BY id DESC")
            .bind(campaign_id).fetch_all(pool).await)
    }

    /// Deletes a campaign's personal data, in one transaction: codes forget their holders,
    /// audit entries about them lose the person (user, words, and a maintainer's name as
    /// actor), and its invitations and reminders are deleted from the outbox. Refused without an archive, or while codes are still held. Claims stay closed.
    /// Registry accounts are not the campaign's and stay.
    pub async fn purge_campaign(&self, campaign: &Campaign, now: i64, actor: &str) -> sqlx::Result<Purge> {
        let _forget = self.forget_after(Change::Everything);
        let _forget = self.campaign_cache.forget_after();
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            let claimed = sqlx::query(
                "UPDATE campaigns SET purged_at = $2, claims_closed = TRUE WHERE id = $1 AND purged_at IS NULL")
                .bind(campaign.id).bind(now).execute(&mut *tx).await?.rows_affected();
            if claimed == 0 {
                return Ok(Purge::AlreadyPurged);
            }
            let archives: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM campaign_archives WHERE campaign_id = $1")
                .bind(campaign.id).fetch_one(&mut *tx).await?;
            if archives == 0 {
                return Ok(Purge::NotArchived);
            }
            let held: i64 = sqlx::query_scalar(held_codes_sql!("COUNT(*)", ""))
                .bind(campaign.id).fetch_one(&mut *tx).await?;
            if held > 0 {
                tx.rollback().await?;
                return Ok(Purge::CodesHeld(self.held_codes(campaign.id).await?));
            }
            let codes = sqlx::query("UPDATE codes SET user_id = NULL WHERE campaign_id = $1 AND user_id IS NOT NULL")
                .bind(campaign.id).execute(&mut *tx).await?.rows_affected();
            // Codes handed back name who held them: forgotten too.
            sqlx::query("UPDATE code_releases SET user_id = NULL WHERE campaign_id = $1")
                .bind(campaign.id).execute(&mut *tx).await?;
            let audit_entries = sqlx::query(
                "UPDATE audit_log SET user_id = NULL, detail = '', \
                     actor = CASE WHEN actor LIKE 'maintainer %' THEN 'maintainer' ELSE actor END \
                 WHERE (campaign_id = $1 OR code_id IN (SELECT id FROM codes WHERE campaign_id = $1)) \
                   AND (user_id IS NOT NULL OR code_id IS NOT NULL)")
                .bind(campaign.id).execute(&mut *tx).await?.rows_affected();
            // The campaign's invitations and reminders name their readers: they go too.
            let mail = sqlx::query("DELETE FROM mail_outbox WHERE campaign_id = $1")
                .bind(campaign.id).execute(&mut *tx).await?.rows_affected();
            let entry = AuditEntry {
                actor: actor.to_string(),
                action: "campaign.purge",
                campaign_id: Some(campaign.id),
                detail: format!(
                    "{codes} codes forgot their holders; {audit_entries} audit entries anonymised; {mail} messages deleted"
                ),
                ..AuditEntry::default()
            };
            insert_audit!(&mut *tx, now, &entry)?;
            tx.commit().await?;
            Ok(Purge::Done { codes, audit_entries })
        })
    }
}
