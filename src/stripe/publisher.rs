//! Publication: every code of a Stripe campaign becomes a Stripe PromotionCode, in the
//! background. Each round makes missing coupons, queues new codes, publishes what is due and
//! deactivates the promotion codes of revoked codes. A failure is kept with its reason and
//! retried with exponential backoff. Several replicas may publish at once: a due promotion is
//! leased by a conditional update, and each create carries an idempotency key derived from
//! our id, so a retry after a lost answer (or a restart mid-call) gets Stripe's first answer
//! back instead of a second object.

use chrono::{NaiveDate, NaiveTime};

use super::{CouponRequest, PromotionCode, PromotionCodeRequest, StripeApi, StripeError};
use crate::store::{DuePromotion, PromotionStatus, Store};

/// Promotions published per round (the next round takes the rest).
pub const ROUND_SIZE: i64 = 500;
/// How long a publisher holds a promotion it works on.
pub const LEASE_SECONDS: i64 = 120;
/// The first retry's delay; each failure doubles it, up to [`MAX_BACKOFF_SECONDS`].
pub const FIRST_BACKOFF_SECONDS: i64 = 10;
pub const MAX_BACKOFF_SECONDS: i64 = 3600;

/// Seconds to wait after the `attempts`-th failure.
pub fn backoff(attempts: i64) -> i64 {
    let doublings = attempts.clamp(1, 20) - 1;
    (FIRST_BACKOFF_SECONDS << doublings).min(MAX_BACKOFF_SECONDS)
}

/// The last second of a UTC day, as Unix seconds.
pub fn end_of_day(day: NaiveDate) -> i64 {
    day.and_time(NaiveTime::from_hms_opt(23, 59, 59).expect("a valid time"))
        .and_utc()
        .timestamp()
}

/// The idempotency key of a code's PromotionCode: the same for every try.
pub fn promotion_key(code_id: i64) -> String {
    format!("keydrop-promotion-code-{code_id}")
}

/// What one round did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoundReport {
    pub coupons: u64,
    pub queued: u64,
    pub published: u64,
    pub failed: u64,
    pub deactivated: u64,
}

/// Which promotions a round takes.
#[derive(Debug, Clone, Copy, Default)]
pub struct RoundScope {
    /// Only this campaign's.
    pub campaign_id: Option<i64>,
    /// Failed ones too, without waiting for their backoff (`keydrop stripe sync`).
    pub retry_now: bool,
}

fn status_of(promotion: &PromotionCode, code_id: i64) -> PromotionStatus {
    PromotionStatus {
        promotion_code_id: promotion.id.clone(),
        code_id,
        active: promotion.active,
        times_redeemed: promotion.times_redeemed,
    }
}

/// Publishes one code. A "code already exists" answer after our idempotency key expired means
/// an earlier try did create it: that promotion code is adopted when its metadata is ours.
async fn publish(api: &dyn StripeApi, due: &DuePromotion) -> Result<PromotionCode, StripeError> {
    let request = PromotionCodeRequest {
        coupon_id: due.coupon_id.clone(),
        code: due.code.clone(),
        // Stripe refuses a promotion code that outlives its coupon.
        expires_at: end_of_day(due.expires_on.min(due.campaign_ends_on)),
        code_id: due.code_id,
    };
    match api
        .create_promotion_code(&request, &promotion_key(due.code_id))
        .await
    {
        Err(err) if err.code.as_deref() == Some("resource_already_exists") => {
            let found = api.find_promotion_codes(&due.code).await?;
            found
                .into_iter()
                .find(|p| p.code_id == Some(due.code_id))
                .ok_or(err)
        }
        answer => answer,
    }
}

/// One round of publication.
pub async fn run_round(
    store: &Store,
    api: &dyn StripeApi,
    now: i64,
    scope: RoundScope,
) -> anyhow::Result<RoundReport> {
    let mut report = RoundReport::default();
    for campaign in store.stripe_campaigns_without_coupon().await? {
        if scope.campaign_id.is_some_and(|id| id != campaign.id) {
            continue;
        }
        let request = CouponRequest {
            name: campaign.name.clone(),
            redeem_by: end_of_day(campaign.ends_on),
        };
        match api
            .create_coupon(&request, &format!("keydrop-coupon-{}", campaign.id))
            .await
        {
            Ok(coupon_id) => {
                store.set_stripe_coupon(campaign.id, &coupon_id).await?;
                report.coupons += 1;
            }
            Err(err) => tracing::warn!(campaign = %campaign.name, error = %err, "Stripe coupon not made"),
        }
    }
    report.queued = store.queue_promotions(now).await?;
    let due_by = if scope.retry_now { i64::MAX } else { now };
    for due in store
        .due_promotions(due_by, scope.campaign_id, ROUND_SIZE)
        .await?
    {
        if !store.lease_promotion(&due, now + LEASE_SECONDS).await? {
            continue;
        }
        match publish(api, &due).await {
            Ok(promotion) => {
                store
                    .promotion_published(&status_of(&promotion, due.code_id), now)
                    .await?;
                report.published += 1;
            }
            Err(err) => {
                tracing::warn!(code_id = due.code_id, error = %err, "Stripe promotion code not published");
                let wait = if err.retryable {
                    backoff(due.attempts + 1)
                } else {
                    MAX_BACKOFF_SECONDS
                };
                store
                    .promotion_failed(due.code_id, &err.to_string(), now + wait, now)
                    .await?;
                report.failed += 1;
            }
        }
    }
    for (code_id, promotion_code_id) in store.promotions_to_deactivate().await? {
        match api.set_promotion_code_active(&promotion_code_id, false).await {
            Ok(_) => {
                store.promotion_deactivated(code_id, now).await?;
                report.deactivated += 1;
            }
            Err(err) => tracing::warn!(code_id, error = %err, "Stripe promotion code not deactivated"),
        }
    }
    Ok(report)
}

/// Asks Stripe about the promotion codes of codes still assigned, and takes redemptions made
/// there (`keydrop stripe sync`). Answers how many codes were marked redeemed.
pub async fn reconcile(
    store: &Store,
    api: &dyn StripeApi,
    now: i64,
    campaign_id: Option<i64>,
) -> anyhow::Result<u64> {
    let mut redeemed = 0;
    for (code_id, promotion_code_id) in store.promotions_to_reconcile(campaign_id).await? {
        let promotion = api
            .retrieve_promotion_code(&promotion_code_id)
            .await
            .map_err(|e| anyhow::anyhow!("promotion code {promotion_code_id}: {e}"))?;
        let outcome = store
            .reconcile_promotion(None, &status_of(&promotion, code_id), now)
            .await?;
        if matches!(outcome, crate::store::EventOutcome::Redeemed { .. }) {
            redeemed += 1;
        }
    }
    Ok(redeemed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_an_hour() {
        let waits: Vec<i64> = (1..=11).map(backoff).collect();
        assert_eq!(waits, vec![10, 20, 40, 80, 160, 320, 640, 1280, 2560, 3600, 3600]);
        assert_eq!(backoff(1_000), 3600);
    }

    #[test]
    fn a_day_ends_at_its_last_second() {
        let day: NaiveDate = "2026-12-31".parse().unwrap();
        assert_eq!(end_of_day(day), 1_798_761_599);
    }
}
