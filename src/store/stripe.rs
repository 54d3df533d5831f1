//! Stripe fulfilment: the campaigns' coupons, one PromotionCode per code (published in the
//! background, retried with backoff), Checkout Sessions, and webhook events handled once.

use super::audit::insert_audit;
use super::read_cache::Change;
use super::{AuditEntry, Campaign, Store, begin_write, on_pool};

/// A code's Stripe promotion as stored.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Promotion {
    pub code_id: i64,
    pub promotion_code_id: Option<String>,
    /// `pending`, `published`, `failed` (retried later) or `deactivated`.
    pub state: String,
    pub attempts: i64,
    pub next_attempt_at: i64,
    pub last_error: Option<String>,
    pub active: bool,
    pub times_redeemed: i64,
    pub updated_at: i64,
}

/// A code waiting to be published, with what its PromotionCode needs.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct DuePromotion {
    pub code_id: i64,
    /// The campaign's last day: the coupon's `redeem_by`, which a promotion code may not outlive.
    pub campaign_ends_on: chrono::NaiveDate,
    pub code: String,
    pub expires_on: chrono::NaiveDate,
    pub coupon_id: String,
    pub next_attempt_at: i64,
    pub attempts: i64,
}

/// Publication states of a campaign's promotions, for the admin pages.
#[derive(Debug, Clone, Default, PartialEq, Eq, sqlx::FromRow, serde::Serialize)]
pub struct PublicationCounts {
    pub pending: i64,
    pub published: i64,
    pub failed: i64,
    pub deactivated: i64,
    /// The newest failure's reason, if any promotion is failing.
    pub last_error: Option<String>,
}

/// What Stripe says of a promotion code, as the store keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PromotionStatus {
    pub promotion_code_id: String,
    pub code_id: i64,
    pub active: bool,
    pub times_redeemed: i64,
}

/// What handling a webhook event did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventOutcome {
    /// The event was handled before: nothing was done again.
    Duplicate,
    /// Handled (or of no interest: recorded, nothing else to do).
    Handled,
    /// The code was marked redeemed through Stripe.
    Redeemed { code_id: i64 },
    /// A completed checkout for a code that is no longer assigned (revoked, expired or
    /// redeemed already): recorded and left as it is.
    CodeNotAssigned { code_id: i64 },
    /// A completed checkout naming a code id keydrop does not know (made by hand in
    /// Stripe's dashboard, say): recorded and audited, nothing else. Answered 200 all the
    /// same: sent again, it would never be understood better.
    UnknownCode { code_id: i64 },
}

/// Records event `$event_id` in transaction `$tx`: true when it is new.
macro_rules! first_sight {
    ($tx:expr, $event_id:expr, $event_type:expr, $now:expr) => {
        sqlx::query(
            "INSERT INTO stripe_events (event_id, event_type, received_at) VALUES ($1, $2, $3) \
             ON CONFLICT (event_id) DO NOTHING",
        )
        .bind($event_id)
        .bind($event_type)
        .bind($now)
        .execute(&mut *$tx)
        .await?
        .rows_affected()
            == 1
    };
}

/// Marks code `$code_id` redeemed through Stripe in `$tx` if it is still assigned, with an
/// audit entry; answers the [`EventOutcome`].
macro_rules! redeem_through_stripe {
    ($tx:expr, $code_id:expr, $now:expr, $detail:expr) => {{
        let redeemed: Option<(i64, Option<i64>)> = sqlx::query_as(
            "UPDATE codes SET state = 'redeemed', redeemed_at = $2, redeemed_via = 'stripe' \
             WHERE id = $1 AND state = 'assigned' RETURNING campaign_id, user_id",
        )
        .bind($code_id)
        .bind($now)
        .fetch_optional(&mut *$tx)
        .await?;
        match redeemed {
            Some((campaign_id, user_id)) => {
                let entry = AuditEntry {
                    actor: "stripe".to_string(),
                    action: "code.redeem",
                    campaign_id: Some(campaign_id),
                    code_id: Some($code_id),
                    user_id,
                    detail: $detail,
                };
                insert_audit!(&mut *$tx, $now, &entry)?;
                EventOutcome::Redeemed { code_id: $code_id }
            }
            None => EventOutcome::CodeNotAssigned { code_id: $code_id },
        }
    }};
}

impl Store {
    /// Stripe campaigns that have no coupon yet.
    pub async fn stripe_campaigns_without_coupon(&self) -> sqlx::Result<Vec<Campaign>> {
        Ok(self
            .campaigns()
            .await?
            .into_iter()
            .filter(|c| c.uses_stripe() && c.stripe_coupon_id.is_none() && c.purged_at.is_none())
            .collect())
    }

    /// Keeps a campaign's coupon (the first one kept wins; answers the one in force).
    pub async fn set_stripe_coupon(&self, campaign_id: i64, coupon_id: &str) -> sqlx::Result<String> {
        let _forget = self.campaign_cache.forget_after();
        on_pool!(self, pool => {
            sqlx::query("UPDATE campaigns SET stripe_coupon_id = $2 WHERE id = $1 AND stripe_coupon_id IS NULL")
                .bind(campaign_id).bind(coupon_id).execute(pool).await?;
            sqlx::query_scalar("SELECT stripe_coupon_id FROM campaigns WHERE id = $1")
                .bind(campaign_id).fetch_one(pool).await
        })
    }

    /// Queues every code of a Stripe campaign that has no promotion yet (new batches), for
    /// publication now. Several replicas may run it at once. A published batch's codes are
    /// queued once and the batch marked (`promotions_queued`), in one transaction: the look
    /// for new work every few seconds reads a handful of batch rows, never every code. A batch
    /// gains no code once published, so a marked batch has nothing left to queue; a campaign
    /// switched to Stripe later has unmarked batches, queued at the next round.
    pub async fn queue_promotions(&self, now: i64) -> sqlx::Result<u64> {
        let _forget = self.forget_after(Change::Everything);
        // The published batches of Stripe campaigns whose codes are not queued yet.
        macro_rules! unqueued_batches {
            () => {
                "FROM batches b WHERE NOT b.promotions_queued AND b.published \
                 AND b.campaign_id IN (SELECT id FROM campaigns WHERE fulfilment = 'stripe')"
            };
        }
        on_pool!(self, pool => {
            // A read first: most rounds find nothing, and take no write lock.
            let pending: Option<i64> = sqlx::query_scalar(concat!("SELECT b.id ", unqueued_batches!(), " LIMIT 1"))
                .fetch_optional(pool).await?;
            if pending.is_none() {
                return Ok(0);
            }
            let mut tx = begin_write(pool).await?;
            // Marking first: of two replicas, the second waits for the first's row locks and
            // then finds the batches marked.
            let batches: Vec<i64> = sqlx::query_scalar(concat!(
                "UPDATE batches SET promotions_queued = TRUE WHERE id IN (SELECT b.id ", unqueued_batches!(), ") \
                   AND NOT promotions_queued RETURNING id"))
                .fetch_all(&mut *tx).await?;
            let mut queued = 0;
            for batch_id in batches {
                queued += sqlx::query(
                    "INSERT INTO stripe_promotions (code_id, state, next_attempt_at, updated_at) \
                     SELECT c.id, 'pending', $1, $1 FROM codes c \
                     WHERE c.batch_id = $2 AND c.state IN ('available', 'assigned') \
                     ON CONFLICT (code_id) DO NOTHING")
                    .bind(now).bind(batch_id).execute(&mut *tx).await?.rows_affected();
            }
            tx.commit().await?;
            Ok(queued)
        })
    }

    /// Promotions due for publication (pending, or failed and due again), oldest first; with
    /// `campaign_id`, only that campaign's.
    pub async fn due_promotions(
        &self,
        now: i64,
        campaign_id: Option<i64>,
        limit: i64,
    ) -> sqlx::Result<Vec<DuePromotion>> {
        on_pool!(self, pool => sqlx::query_as::<_, DuePromotion>(
            "SELECT p.code_id, k.ends_on AS campaign_ends_on, c.code, c.expires_on, k.stripe_coupon_id AS coupon_id, p.next_attempt_at, p.attempts \
             FROM stripe_promotions p JOIN codes c ON c.id = p.code_id JOIN campaigns k ON k.id = c.campaign_id \
             WHERE p.state IN ('pending', 'failed') AND p.next_attempt_at <= $1 \
               AND k.stripe_coupon_id IS NOT NULL AND c.state IN ('available', 'assigned') \
               AND (CAST($2 AS BIGINT) IS NULL OR k.id = $2) \
             ORDER BY p.next_attempt_at, p.code_id LIMIT $3")
            .bind(now).bind(campaign_id).bind(limit).fetch_all(pool).await)
    }

    /// Takes a due promotion for `lease_until`: false when another publisher took it first.
    pub async fn lease_promotion(&self, due: &DuePromotion, lease_until: i64) -> sqlx::Result<bool> {
        on_pool!(self, pool => sqlx::query(
            "UPDATE stripe_promotions SET next_attempt_at = $3 \
             WHERE code_id = $1 AND next_attempt_at = $2 AND state IN ('pending', 'failed')")
            .bind(due.code_id).bind(due.next_attempt_at).bind(lease_until)
            .execute(pool).await.map(|r| r.rows_affected() == 1))
    }

    /// Records a published promotion code.
    pub async fn promotion_published(&self, status: &PromotionStatus, now: i64) -> sqlx::Result<()> {
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            sqlx::query(
                "UPDATE stripe_promotions SET state = 'published', promotion_code_id = $2, active = $3, \
                     times_redeemed = $4, attempts = attempts + 1, last_error = NULL, updated_at = $5 \
                 WHERE code_id = $1")
                .bind(status.code_id).bind(&status.promotion_code_id).bind(status.active)
                .bind(status.times_redeemed).bind(now)
                .execute(&mut *tx).await?;
            let entry = AuditEntry {
                actor: "stripe publisher".to_string(),
                action: "stripe.publish",
                code_id: Some(status.code_id),
                detail: status.promotion_code_id.clone(),
                ..AuditEntry::default()
            };
            insert_audit!(&mut *tx, now, &entry)?;
            tx.commit().await
        })
    }

    /// Records a failed publication, to be tried again at `next_attempt_at`.
    pub async fn promotion_failed(
        &self,
        code_id: i64,
        reason: &str,
        next_attempt_at: i64,
        now: i64,
    ) -> sqlx::Result<()> {
        on_pool!(self, pool => sqlx::query(
            "UPDATE stripe_promotions SET state = 'failed', last_error = $2, attempts = attempts + 1, \
                 next_attempt_at = $3, updated_at = $4 \
             WHERE code_id = $1 AND state IN ('pending', 'failed')")
            .bind(code_id).bind(reason).bind(next_attempt_at).bind(now)
            .execute(pool).await.map(drop))
    }

    /// Published promotions whose code was revoked: to deactivate in Stripe.
    pub async fn promotions_to_deactivate(&self) -> sqlx::Result<Vec<(i64, String)>> {
        on_pool!(self, pool => sqlx::query_as(
            "SELECT p.code_id, p.promotion_code_id FROM stripe_promotions p JOIN codes c ON c.id = p.code_id \
             WHERE c.state = 'revoked' AND p.state = 'published' AND p.promotion_code_id IS NOT NULL \
             ORDER BY p.code_id")
            .fetch_all(pool).await)
    }

    /// Records a promotion code deactivated in Stripe.
    pub async fn promotion_deactivated(&self, code_id: i64, now: i64) -> sqlx::Result<()> {
        on_pool!(self, pool => sqlx::query(
            "UPDATE stripe_promotions SET state = 'deactivated', active = FALSE, updated_at = $2 WHERE code_id = $1")
            .bind(code_id).bind(now).execute(pool).await.map(drop))
    }

    /// A code's promotion, if it has one.
    pub async fn promotion_of(&self, code_id: i64) -> sqlx::Result<Option<Promotion>> {
        on_pool!(self, pool => sqlx::query_as::<_, Promotion>(
            "SELECT code_id, promotion_code_id, state, attempts, next_attempt_at, last_error, active, times_redeemed, updated_at \
             FROM stripe_promotions WHERE code_id = $1")
            .bind(code_id).fetch_optional(pool).await)
    }

    /// Published promotions of codes still assigned: `stripe sync` asks Stripe about them.
    pub async fn promotions_to_reconcile(
        &self,
        campaign_id: Option<i64>,
    ) -> sqlx::Result<Vec<(i64, String)>> {
        on_pool!(self, pool => sqlx::query_as(
            "SELECT p.code_id, p.promotion_code_id FROM stripe_promotions p JOIN codes c ON c.id = p.code_id \
             WHERE c.state = 'assigned' AND p.state = 'published' AND p.promotion_code_id IS NOT NULL \
               AND (CAST($1 AS BIGINT) IS NULL OR c.campaign_id = $1) ORDER BY p.code_id")
            .bind(campaign_id).fetch_all(pool).await)
    }

    /// Counts of a campaign's promotions by state.
    pub async fn publication_counts(&self, campaign_id: i64) -> sqlx::Result<PublicationCounts> {
        on_pool!(self, pool => {
            let mut counts = sqlx::query_as::<_, PublicationCounts>(
                "SELECT COUNT(*) FILTER (WHERE p.state = 'pending') AS pending, \
                        COUNT(*) FILTER (WHERE p.state = 'published') AS published, \
                        COUNT(*) FILTER (WHERE p.state = 'failed') AS failed, \
                        COUNT(*) FILTER (WHERE p.state = 'deactivated') AS deactivated, \
                        CAST(NULL AS TEXT) AS last_error \
                 FROM stripe_promotions p JOIN codes c ON c.id = p.code_id WHERE c.campaign_id = $1")
                .bind(campaign_id).fetch_one(pool).await?;
            counts.last_error = sqlx::query_scalar(
                "SELECT p.last_error FROM stripe_promotions p JOIN codes c ON c.id = p.code_id \
                 WHERE c.campaign_id = $1 AND p.state = 'failed' ORDER BY p.updated_at DESC LIMIT 1")
                .bind(campaign_id).fetch_optional(pool).await?.flatten();
            Ok(counts)
        })
    }

    /// Records a Checkout Session made for a code.
    pub async fn record_checkout(
        &self,
        session_id: &str,
        code_id: i64,
        now: i64,
        expires_at: i64,
    ) -> sqlx::Result<()> {
        on_pool!(self, pool => sqlx::query(
            "INSERT INTO stripe_checkouts (session_id, code_id, created_at, expires_at, status) VALUES ($1, $2, $3, $4, 'open')")
            .bind(session_id).bind(code_id).bind(now).bind(expires_at)
            .execute(pool).await.map(drop))
    }

    /// Records an event of no interest, once.
    pub async fn stripe_event_seen(
        &self,
        event_id: &str,
        event_type: &str,
        now: i64,
    ) -> sqlx::Result<EventOutcome> {
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            let outcome = if first_sight!(tx, event_id, event_type, now) { EventOutcome::Handled } else { EventOutcome::Duplicate };
            tx.commit().await?;
            Ok(outcome)
        })
    }

    /// checkout.session.completed (status complete): the code is redeemed through Stripe,
    /// shipped to `country`. One transaction with the event's record.
    pub async fn stripe_checkout_completed(
        &self,
        event_id: &str,
        session_id: &str,
        code_id: i64,
        country: Option<&str>,
        now: i64,
    ) -> sqlx::Result<EventOutcome> {
        let _forget = self.forget_after(Change::Everything);
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            if !first_sight!(tx, event_id, "checkout.session.completed", now) {
                return Ok(EventOutcome::Duplicate);
            }
            let known: Option<i64> = sqlx::query_scalar("SELECT id FROM codes WHERE id = $1")
                .bind(code_id).fetch_optional(&mut *tx).await?;
            if known.is_none() {
                let entry = AuditEntry {
                    actor: "stripe".to_string(),
                    action: "stripe.checkout-unknown",
                    detail: format!("checkout {session_id} completed for code id {code_id}, which keydrop does not know"),
                    ..AuditEntry::default()
                };
                insert_audit!(&mut *tx, now, &entry)?;
                tx.commit().await?;
                return Ok(EventOutcome::UnknownCode { code_id });
            }
            // Sessions are ours, but one made before a restore or by a replica that failed to
            // record it is still taken.
            sqlx::query(
                "INSERT INTO stripe_checkouts (session_id, code_id, created_at, expires_at, status, shipping_country) \
                 VALUES ($1, $2, $3, $3, 'complete', $4) \
                 ON CONFLICT (session_id) DO UPDATE SET status = 'complete', shipping_country = $4")
                .bind(session_id).bind(code_id).bind(now).bind(country)
                .execute(&mut *tx).await?;
            let detail = format!("Stripe checkout {session_id}, shipping to {}", country.unwrap_or("?"));
            let outcome = redeem_through_stripe!(tx, code_id, now, detail);
            if let EventOutcome::CodeNotAssigned { .. } = outcome {
                let entry = AuditEntry {
                    actor: "stripe".to_string(),
                    action: "stripe.checkout-ignored",
                    code_id: Some(code_id),
                    detail: format!("checkout {session_id} completed for a code that is not assigned"),
                    ..AuditEntry::default()
                };
                insert_audit!(&mut *tx, now, &entry)?;
            }
            tx.commit().await?;
            Ok(outcome)
        })
    }

    /// checkout.session.expired: the code stays assigned, for another try.
    pub async fn stripe_checkout_expired(
        &self,
        event_id: &str,
        session_id: &str,
        now: i64,
    ) -> sqlx::Result<EventOutcome> {
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            if !first_sight!(tx, event_id, "checkout.session.expired", now) {
                return Ok(EventOutcome::Duplicate);
            }
            sqlx::query("UPDATE stripe_checkouts SET status = 'expired' WHERE session_id = $1 AND status = 'open'")
                .bind(session_id).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(EventOutcome::Handled)
        })
    }

    /// Takes what Stripe says of a promotion code (promotion_code.updated, or `stripe sync`):
    /// a redemption made in Stripe marks the code redeemed; a code deactivated in Stripe's
    /// dashboard is no longer offered at checkout. `event_id` is `None` for `stripe sync`.
    pub async fn reconcile_promotion(
        &self,
        event_id: Option<&str>,
        status: &PromotionStatus,
        now: i64,
    ) -> sqlx::Result<EventOutcome> {
        let _forget = self.forget_after(Change::Everything);
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            if let Some(event_id) = event_id
                && !first_sight!(tx, event_id, "promotion_code.updated", now)
            {
                return Ok(EventOutcome::Duplicate);
            }
            let known = sqlx::query(
                "UPDATE stripe_promotions SET active = $3, times_redeemed = $4, updated_at = $5, \
                     state = CASE WHEN $3 THEN state ELSE 'deactivated' END \
                 WHERE code_id = $1 AND promotion_code_id = $2")
                .bind(status.code_id).bind(&status.promotion_code_id).bind(status.active)
                .bind(status.times_redeemed).bind(now)
                .execute(&mut *tx).await?.rows_affected() == 1;
            let outcome = if known && status.times_redeemed > 0 {
                let detail = format!("Stripe reports promotion code {} used", status.promotion_code_id);
                redeem_through_stripe!(tx, status.code_id, now, detail)
            } else {
                EventOutcome::Handled
            };
            tx.commit().await?;
            Ok(outcome)
        })
    }
}
