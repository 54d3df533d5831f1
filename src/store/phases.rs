//! A campaign's scheduled phases: the dates on which its eligibility rules change (the rules
//! themselves are in [`crate::domain::phases`]).

use chrono::NaiveDate;

use super::audit::insert_audit;
use super::{AuditEntry, Campaign, Store, begin_write, on_pool, unless_taken};
use crate::domain::phases::{self, Phase, PhaseChange};

/// A scheduled phase as stored: the rules it changes, `None` for those it keeps.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct StoredPhase {
    pub id: i64,
    pub campaign_id: i64,
    pub starts_on: NaiveDate,
    pub require_critical: Option<bool>,
    pub exclude_totp: Option<bool>,
    pub allow_key_holders: Option<bool>,
    pub account_cutoff: Option<NaiveDate>,
    /// The phase drops the account cutoff.
    pub no_account_cutoff: bool,
    pub created_at: i64,
    pub created_by: String,
}

impl StoredPhase {
    /// What the phase changes.
    pub fn change(&self) -> PhaseChange {
        PhaseChange {
            require_critical: self.require_critical,
            exclude_totp: self.exclude_totp,
            allow_key_holders: self.allow_key_holders,
            account_cutoff: if self.no_account_cutoff {
                Some(None)
            } else {
                self.account_cutoff.map(Some)
            },
        }
    }
}

/// A change described for the audit log and the command line: `exclude_totp no, ...`.
pub fn describe_change(change: &PhaseChange) -> String {
    let yes_no = |b: bool| if b { "yes" } else { "no" };
    let mut parts = Vec::new();
    if let Some(b) = change.require_critical {
        parts.push(format!("require-critical {}", yes_no(b)));
    }
    if let Some(b) = change.exclude_totp {
        parts.push(format!("exclude-totp {}", yes_no(b)));
    }
    if let Some(b) = change.allow_key_holders {
        parts.push(format!("allow-key-holders {}", yes_no(b)));
    }
    match change.account_cutoff {
        Some(Some(day)) => parts.push(format!("account-cutoff {day}")),
        Some(None) => parts.push("account-cutoff none".to_string()),
        None => {}
    }
    parts.join(", ")
}

macro_rules! phase_columns {
    () => {
        "id, campaign_id, starts_on, require_critical, exclude_totp, allow_key_holders, account_cutoff, \
         no_account_cutoff, created_at, created_by"
    };
}

impl Store {
    /// Every campaign's scheduled phases, by campaign and date, from the database (read
    /// through [`Store::phases_of`], kept for a moment).
    pub(super) async fn read_all_phases(&self) -> sqlx::Result<Vec<StoredPhase>> {
        on_pool!(self, pool => sqlx::query_as::<_, StoredPhase>(concat!(
            "SELECT ", phase_columns!(), " FROM campaign_phases ORDER BY campaign_id, starts_on"))
            .fetch_all(pool).await)
    }

    /// The campaign's whole schedule: its own rules from its first day, then each phase.
    pub async fn schedule_of(&self, campaign: &Campaign) -> sqlx::Result<Vec<Phase>> {
        let changes: Vec<(NaiveDate, PhaseChange)> = self
            .phases_of(campaign.id)
            .await?
            .iter()
            .map(|p| (p.starts_on, p.change()))
            .collect();
        Ok(phases::schedule(campaign.starts_on, campaign.rules(), &changes))
    }

    /// Schedules a phase, audited; `None` when the campaign has a phase on that day already.
    pub async fn add_phase(
        &self,
        campaign_id: i64,
        starts_on: NaiveDate,
        change: &PhaseChange,
        now: i64,
        actor: &str,
    ) -> sqlx::Result<Option<StoredPhase>> {
        let _forget = self.campaign_cache.forget_after();
        let (cutoff, no_cutoff) = match change.account_cutoff {
            Some(Some(day)) => (Some(day), false),
            Some(None) => (None, true),
            None => (None, false),
        };
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            let inserted = unless_taken(sqlx::query_as::<_, StoredPhase>(concat!(
                "INSERT INTO campaign_phases (campaign_id, starts_on, require_critical, exclude_totp, allow_key_holders, \
                     account_cutoff, no_account_cutoff, created_at, created_by) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ", phase_columns!()))
                .bind(campaign_id).bind(starts_on).bind(change.require_critical).bind(change.exclude_totp)
                .bind(change.allow_key_holders).bind(cutoff).bind(no_cutoff).bind(now).bind(actor)
                .fetch_one(&mut *tx).await)?;
            let Some(phase) = inserted else {
                tx.rollback().await?;
                return Ok(None);
            };
            let entry = AuditEntry {
                actor: actor.to_string(),
                action: "campaign.phase-add",
                campaign_id: Some(campaign_id),
                detail: format!("from {starts_on}: {}", describe_change(change)),
                ..AuditEntry::default()
            };
            insert_audit!(&mut *tx, now, &entry)?;
            tx.commit().await?;
            Ok(Some(phase))
        })
    }

    /// Removes the campaign's phase of `starts_on`, audited; `false` when there was none.
    pub async fn remove_phase(
        &self,
        campaign_id: i64,
        starts_on: NaiveDate,
        now: i64,
        actor: &str,
    ) -> sqlx::Result<bool> {
        let _forget = self.campaign_cache.forget_after();
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            let removed = sqlx::query("DELETE FROM campaign_phases WHERE campaign_id = $1 AND starts_on = $2")
                .bind(campaign_id).bind(starts_on).execute(&mut *tx).await?.rows_affected() == 1;
            if removed {
                let entry = AuditEntry {
                    actor: actor.to_string(),
                    action: "campaign.phase-remove",
                    campaign_id: Some(campaign_id),
                    detail: format!("the phase from {starts_on}"),
                    ..AuditEntry::default()
                };
                insert_audit!(&mut *tx, now, &entry)?;
            }
            tx.commit().await?;
            Ok(removed)
        })
    }
}
