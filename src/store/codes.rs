//! Codes: redemption, expiry, and what the admin pages do with them. Claims are in
//! [`super::claims`], loading in [`super::uploads`].

use chrono::NaiveDate;

use super::audit::insert_audit;
use super::read_cache::Change;
use super::{AuditEntry, HeldCode, Store, begin_write, on_pool};
use crate::domain::countries::Country;
use crate::domain::vendor_report::VendorRedemption;

/// A batch about to be loaded.
#[derive(Debug, Clone)]
pub struct NewBatch {
    pub campaign_id: i64,
    /// The offer the batch's codes are of.
    pub offer_id: i64,
    pub label: Option<String>,
    /// "imported" (from a vendor's file) or "generated" (by keydrop).
    pub source: &'static str,
    pub expires_on: NaiveDate,
    /// The countries the batch serves; empty for all of the campaign's.
    pub countries: Vec<Country>,
    pub created_by: String,
}

/// What importing a vendor's redemption report did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RedemptionReport {
    /// Codes held by maintainers, now marked redeemed.
    pub marked_held: u64,
    /// Codes that were already redeemed (the vendor's report now confirms them).
    pub confirmed: u64,
    /// Lines naming codes keydrop does not know.
    pub unknown: Vec<(u64, String)>,
    /// Lines naming codes keydrop never handed out: used outside the giveaway, now marked
    /// redeemed so that nobody is given a spent code.
    pub never_assigned: Vec<(u64, String)>,
    /// Lines naming revoked codes (left revoked).
    pub revoked: Vec<(u64, String)>,
}

impl RedemptionReport {
    /// Codes this report marked redeemed: the held ones and those never handed out.
    pub fn newly_redeemed(&self) -> u64 {
        self.marked_held + self.never_assigned.len() as u64
    }

    /// The lines the report answered for: every line lands in exactly one of the counts.
    pub fn lines(&self) -> u64 {
        self.newly_redeemed() + self.confirmed + (self.unknown.len() + self.revoked.len()) as u64
    }

    /// One sentence with every count, the same on the command line and in the browser, so
    /// the counts add up to the lines read and agree with the lists printed below them.
    pub fn summary(&self) -> String {
        let codes = |n: u64| {
            if n == 1 {
                "1 code".to_string()
            } else {
                format!("{n} codes")
            }
        };
        format!(
            "{} read: {} marked redeemed ({} held by maintainers, {} never handed out), \
             {} redeemed already, {} unknown, {} revoked (left revoked).",
            if self.lines() == 1 {
                "1 line".to_string()
            } else {
                format!("{} lines", self.lines())
            },
            codes(self.newly_redeemed()),
            self.marked_held,
            self.never_assigned.len(),
            self.confirmed,
            self.unknown.len(),
            self.revoked.len(),
        )
    }
}

/// Unix seconds at the start of a day (UTC).
fn start_of(day: NaiveDate) -> i64 {
    day.and_hms_opt(0, 0, 0)
        .expect("midnight exists")
        .and_utc()
        .timestamp()
}

impl Store {
    /// Records that the holder says they have ordered their keys. Answers the code held (`None`
    /// when the user holds no code in the campaign) and whether this call marked it: saying it
    /// twice changes nothing.
    pub async fn mark_redeemed_by_holder(
        &self,
        campaign_id: i64,
        user_id: i64,
        now: i64,
        actor: &str,
    ) -> sqlx::Result<(Option<HeldCode>, bool)> {
        let _forget = self.forget_after(Change::Holding { user_id, campaign_id });
        let marked = on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            let code_id: Option<i64> = sqlx::query_scalar(
                "UPDATE codes SET state = 'redeemed', redeemed_at = $3, redeemed_via = 'self-report' \
                 WHERE campaign_id = $1 AND user_id = $2 AND state = 'assigned' RETURNING id")
                .bind(campaign_id).bind(user_id).bind(now)
                .fetch_optional(&mut *tx).await?;
            if let Some(code_id) = code_id {
                let entry = AuditEntry {
                    actor: actor.to_string(),
                    action: "code.redeem",
                    campaign_id: Some(campaign_id),
                    code_id: Some(code_id),
                    user_id: Some(user_id),
                    detail: "reported by the holder".to_string(),
                };
                insert_audit!(&mut *tx, now, &entry)?;
            }
            tx.commit().await?;
            code_id.is_some()
        });
        Ok((self.held_code(campaign_id, user_id).await?, marked))
    }

    /// Applies a vendor's redemption report in one transaction; see [`RedemptionReport`].
    pub async fn import_vendor_redemptions(
        &self,
        rows: &[VendorRedemption],
        now: i64,
        actor: &str,
    ) -> sqlx::Result<RedemptionReport> {
        let _forget = self.forget_after(Change::Everything);
        let mut report = RedemptionReport::default();
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            for row in rows {
                let found: Option<(i64, i64, String, Option<i64>)> =
                    sqlx::query_as("SELECT id, campaign_id, state, user_id FROM codes WHERE code = $1")
                        .bind(&row.code).fetch_optional(&mut *tx).await?;
                let Some((code_id, campaign_id, state, holder)) = found else {
                    report.unknown.push((row.line, row.code.clone()));
                    continue;
                };
                match (state.as_str(), holder) {
                    ("revoked", _) => {
                        report.revoked.push((row.line, row.code.clone()));
                        continue;
                    }
                    ("redeemed", _) => report.confirmed += 1,
                    (_, Some(_)) => report.marked_held += 1,
                    (_, None) => report.never_assigned.push((row.line, row.code.clone())),
                }
                sqlx::query("UPDATE codes SET state = 'redeemed', redeemed_at = $2, redeemed_via = 'vendor-report' WHERE id = $1")
                    .bind(code_id).bind(start_of(row.redeemed_on))
                    .execute(&mut *tx).await?;
                let entry = AuditEntry {
                    actor: actor.to_string(),
                    action: "code.redeem",
                    campaign_id: Some(campaign_id),
                    code_id: Some(code_id),
                    user_id: holder,
                    detail: format!("vendor report line {}: redeemed on {} (was {state})", row.line, row.redeemed_on),
                };
                insert_audit!(&mut *tx, now, &entry)?;
            }
            tx.commit().await?;
        });
        Ok(report)
    }

    /// Marks codes past their expiry date as expired (assigned ones too: the holder's page
    /// then says so). Claims never take expired codes whether or not this has run.
    pub async fn expire_codes(&self, today: NaiveDate, now: i64) -> sqlx::Result<u64> {
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            let expired = sqlx::query("UPDATE codes SET state = 'expired' WHERE state IN ('available', 'assigned') AND expires_on < $1")
                .bind(today).execute(&mut *tx).await?.rows_affected();
            if expired > 0 {
                let entry = AuditEntry {
                    actor: "system".to_string(),
                    action: "code.expire",
                    detail: format!("{expired} codes passed their expiry date"),
                    ..AuditEntry::default()
                };
                insert_audit!(&mut *tx, now, &entry)?;
            }
            tx.commit().await?;
            if expired > 0 {
                self.forget_reads(&Change::Everything);
            }
            Ok(expired)
        })
    }
}

/// A code as the admin pages list it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct CodeRow {
    pub id: i64,
    pub code: String,
    pub campaign_id: i64,
    pub campaign: String,
    pub batch_id: i64,
    pub state: String,
    pub expires_on: NaiveDate,
    pub username: Option<String>,
    pub email: Option<String>,
    pub country: Option<String>,
    pub assigned_at: Option<i64>,
    pub redeemed_at: Option<i64>,
    pub redeemed_via: Option<String>,
    pub revoked_at: Option<i64>,
    pub revoke_reason: Option<String>,
    /// The name of the offer the code's batch belongs to.
    pub offer: Option<String>,
}

macro_rules! code_row_select {
    () => {
        "SELECT c.id, c.code, c.campaign_id, k.name AS campaign, c.batch_id, c.state, c.expires_on, \
                u.username, u.email, c.country, c.assigned_at, c.redeemed_at, c.redeemed_via, \
                c.revoked_at, c.revoke_reason, co.name AS offer \
         FROM codes c JOIN campaigns k ON k.id = c.campaign_id LEFT JOIN users u ON u.id = c.user_id \
              LEFT JOIN batches cb ON cb.id = c.batch_id LEFT JOIN offers co ON co.id = cb.offer_id "
    };
}

impl Store {
    /// Codes matching a search: the code itself (from its start), or its holder's username or
    /// email address. At most `limit`, newest first.
    pub async fn search_codes(&self, query: &str, limit: i64) -> sqlx::Result<Vec<CodeRow>> {
        let query = query.trim();
        let code_prefix = format!("{}%", query.to_uppercase().replace(['%', '_'], ""));
        on_pool!(self, pool => sqlx::query_as::<_, CodeRow>(concat!(code_row_select!(),
            "WHERE c.code LIKE $1 OR u.username_key = $2 OR u.email_key = $2 ORDER BY c.id DESC LIMIT $3"))
            .bind(&code_prefix).bind(query.to_lowercase()).bind(limit)
            .fetch_all(pool).await)
    }

    /// Every code of a campaign with its state and holder, in the order they were loaded.
    pub fn export_codes(&self, campaign_id: i64) -> super::RowStream<CodeRow> {
        super::stream_rows!(
            self,
            CodeRow,
            concat!(code_row_select!(), "WHERE c.campaign_id = $1 ORDER BY c.id"),
            campaign_id
        )
    }

    /// The codes of a batch with their expiry, in the order they were loaded: what the
    /// vendor is sent for a generated batch.
    pub fn batch_codes(&self, batch_id: i64) -> super::RowStream<(String, NaiveDate)> {
        super::stream_rows!(
            self,
            (String, NaiveDate),
            "SELECT code, expires_on FROM codes WHERE batch_id = $1 ORDER BY id",
            batch_id
        )
    }

    /// One code.
    pub async fn code_row(&self, code_id: i64) -> sqlx::Result<Option<CodeRow>> {
        on_pool!(self, pool => sqlx::query_as::<_, CodeRow>(concat!(code_row_select!(), "WHERE c.id = $1"))
            .bind(code_id).fetch_optional(pool).await)
    }

    /// The audit entries about a code, oldest first.
    pub async fn code_history(&self, code_id: i64) -> sqlx::Result<Vec<super::AuditRow>> {
        on_pool!(self, pool => sqlx::query_as::<_, super::AuditRow>(
            "SELECT id, at, actor, action, campaign_id, code_id, user_id, detail FROM audit_log WHERE code_id = $1 ORDER BY id")
            .bind(code_id).fetch_all(pool).await)
    }

    /// Revokes an assigned code; its holder may claim again while the campaign allows it.
    /// `false` when the code is not assigned.
    pub async fn revoke_code(&self, code_id: i64, reason: &str, now: i64, actor: &str) -> sqlx::Result<bool> {
        let _forget = self.forget_after(Change::Everything);
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            let revoked: Option<(i64, Option<i64>)> = sqlx::query_as(
                "UPDATE codes SET state = 'revoked', revoked_at = $2, revoke_reason = $3 \
                 WHERE id = $1 AND state = 'assigned' RETURNING campaign_id, user_id")
                .bind(code_id).bind(now).bind(reason).fetch_optional(&mut *tx).await?;
            if let Some((campaign_id, user_id)) = revoked {
                let entry = AuditEntry { actor: actor.to_string(), action: "code.revoke", campaign_id: Some(campaign_id), code_id: Some(code_id), user_id, detail: reason.to_string() };
                insert_audit!(&mut *tx, now, &entry)?;
            }
            tx.commit().await?;
            Ok(revoked.is_some())
        })
    }

    /// Marks an assigned code redeemed on an admin's word. `false` when it is not assigned.
    pub async fn mark_redeemed_by_admin(&self, code_id: i64, now: i64, actor: &str) -> sqlx::Result<bool> {
        let _forget = self.forget_after(Change::Everything);
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            let marked: Option<(i64, Option<i64>)> = sqlx::query_as(
                "UPDATE codes SET state = 'redeemed', redeemed_at = $2, redeemed_via = 'admin' \
                 WHERE id = $1 AND state = 'assigned' RETURNING campaign_id, user_id")
                .bind(code_id).bind(now).fetch_optional(&mut *tx).await?;
            if let Some((campaign_id, user_id)) = marked {
                let entry = AuditEntry { actor: actor.to_string(), action: "code.redeem", campaign_id: Some(campaign_id), code_id: Some(code_id), user_id, detail: "marked by an admin".into() };
                insert_audit!(&mut *tx, now, &entry)?;
            }
            tx.commit().await?;
            Ok(marked.is_some())
        })
    }

    /// When the user's latest code in the campaign revoked by the admins was revoked, if any
    /// (a code its holder handed back is not news to them).
    pub async fn last_revocation(&self, campaign_id: i64, user_id: i64) -> sqlx::Result<Option<i64>> {
        on_pool!(self, pool => sqlx::query_scalar(
            "SELECT MAX(revoked_at) FROM codes WHERE campaign_id = $1 AND user_id = $2 AND state = 'revoked' \
               AND (revoke_reason IS NULL OR revoke_reason <> $3)")
            .bind(campaign_id).bind(user_id).bind(super::releases::HANDED_BACK_REASON).fetch_one(pool).await)
    }
}

#[cfg(test)]
mod tests {
    use super::RedemptionReport;

    #[test]
    fn the_summary_counts_every_line_once_and_agrees_with_the_lists() {
        let report = RedemptionReport {
            marked_held: 2,
            confirmed: 1,
            unknown: vec![(3, "NOPE".into())],
            never_assigned: vec![(4, "A".into()), (5, "B".into())],
            revoked: vec![],
        };
        assert_eq!(report.newly_redeemed(), 4);
        assert_eq!(report.lines(), 6);
        assert_eq!(
            report.summary(),
            "6 lines read: 4 codes marked redeemed (2 held by maintainers, 2 never handed out), \
             1 redeemed already, 1 unknown, 0 revoked (left revoked)."
        );
        let one = RedemptionReport {
            never_assigned: vec![(2, "A".into())],
            ..Default::default()
        };
        assert!(
            one.summary().starts_with("1 line read: 1 code marked redeemed"),
            "{}",
            one.summary()
        );
    }
}
