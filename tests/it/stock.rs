//! The stock kept per batch (`batch_stock`, migration 0011): exact after claims,
//! revocations, a vendor's report and expiry racing each other, never counting an expired
//! batch, and read before any write lock so that a claim that cannot succeed takes none.

use crate::common;

use std::time::{Duration, Instant};

use common::TestApp;
use common::fixture::{self, racer};
use futures_util::future::join_all;
use keydrop::domain::countries::Country;
use keydrop::domain::vendor_report::VendorRedemption;
use keydrop::store::ClaimOutcome;

/// Batches whose stock (the sum of their `batch_stock` rows) differs from a count of their
/// available codes.
const WRONG_COUNTERS: &str = "SELECT COUNT(*) FROM batches b \
     WHERE (SELECT COALESCE(SUM(s.available), 0) FROM batch_stock s WHERE s.batch_id = b.id) \
        <> (SELECT COUNT(*) FROM codes c WHERE c.batch_id = b.id AND c.state = 'available')";

/// The id of the campaign's one offer (the one it was created with).
async fn only_offer(app: &TestApp, campaign_id: i64) -> i64 {
    app.store.offers_of(campaign_id).await.unwrap()[0].id
}

async fn user_id(app: &TestApp, name: &str) -> i64 {
    app.store.user_by_username(name).await.unwrap().unwrap().id
}

backend_tests! {
    async fn the_stock_counter_stays_exact_while_claims_revocations_and_reports_race(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(60).await;
        let offer = only_offer(&app, campaign.id).await;
        let (now, today) = (app.clock.unix(), app.today());
        let expiry = today + chrono::Duration::days(40);
        fixture::batch(&app.store, &campaign, &fixture::codes("US", 40), expiry, "US", now).await;
        let us = Country::parse_typed("US").unwrap();
        let de = Country::parse_typed("DE").unwrap();
        assert_eq!(app.store.codes_left(campaign.id, today).await.unwrap(), 100);
        assert_eq!(app.store.codes_left_for(campaign.id, de, today).await.unwrap(), 60);

        // Round one: 70 maintainers claim at once, half of them for the US (bound batch first).
        let claims = |from: usize, to: usize| {
            join_all((from..=to).map(|i| {
                let app = &app;
                async move {
                    let user = user_id(app, &racer(i)).await;
                    let country = if i % 2 == 0 { us } else { de };
                    app.store.claim(campaign.id, offer, user, country, (today, now), "test", None).await.unwrap()
                }
            }))
        };
        let first = claims(1, 70).await;
        let assigned: Vec<i64> = first.iter().filter_map(|o| match o {
            ClaimOutcome::Assigned(held) => Some(held.id),
            _ => None,
        }).collect();
        assert_eq!(app.db.count(WRONG_COUNTERS, &[]).await, 0, "exact after racing claims");
        let left = app.store.codes_left(campaign.id, today).await.unwrap();
        assert_eq!(left, 100 - assigned.len() as i64);
        assert_eq!(left, app.count("SELECT COUNT(*) FROM codes WHERE state = 'available'", &[]).await);

        // Round two, all at once: 60 more claims, revocations of 30 assigned codes, and a
        // vendor's report naming 10 codes never handed out (they leave the stock).
        let spare: Vec<String> = {
            let rows = app.store.search_codes("CODE-", 200).await.unwrap();
            rows.into_iter().filter(|r| r.state == "available").map(|r| r.code).take(10).collect()
        };
        let report: Vec<VendorRedemption> = spare.iter().enumerate()
            .map(|(i, code)| VendorRedemption { line: i as u64 + 1, code: code.clone(), redeemed_on: today })
            .collect();
        let revocations = join_all(assigned.iter().take(30).map(|id| {
            let store = app.store.clone();
            async move { store.revoke_code(*id, "test", now, "test").await.unwrap() }
        }));
        let store = app.store.clone();
        let vendor = async move { store.import_vendor_redemptions(&report, now, "test").await.unwrap() };
        let (second, revoked, vendor) = tokio::join!(claims(71, 130), revocations, vendor);
        assert!(revoked.iter().all(|r| *r), "every assigned code revokes");
        assert_eq!(vendor.never_assigned.len() + vendor.marked_held as usize, 10);
        assert_eq!(app.db.count(WRONG_COUNTERS, &[]).await, 0, "exact after claims, revocations and a report raced");
        let claimed = first.iter().chain(&second).filter(|o| matches!(o, ClaimOutcome::Assigned(_))).count() as i64;
        let held = app.count("SELECT COUNT(*) FROM codes WHERE user_id IS NOT NULL", &[]).await;
        assert_eq!(claimed, held, "every claim answered Assigned holds a code");
        assert_eq!(
            app.store.codes_left(campaign.id, today).await.unwrap(),
            app.count("SELECT COUNT(*) FROM codes WHERE state = 'available'", &[]).await
        );

        // Expiry by upkeep takes every code of the batches past their date off the stock.
        let after = expiry + chrono::Duration::days(1);
        app.store.expire_codes(after, now).await.unwrap();
        assert_eq!(app.db.count(WRONG_COUNTERS, &[]).await, 0, "exact after expiry");
        assert_eq!(app.count("SELECT COUNT(*) FROM batches b WHERE b.country_bound \
             AND (SELECT SUM(s.available) FROM batch_stock s WHERE s.batch_id = b.id) <> 0", &[]).await, 0, "the expired US batch has none");
    }

    async fn an_expired_batch_is_no_stock_before_upkeep_marks_it(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(0).await;
        let offer = only_offer(&app, campaign.id).await;
        let (now, today) = (app.clock.unix(), app.today());
        let soon = today + chrono::Duration::days(2);
        fixture::batch(&app.store, &campaign, &fixture::codes("SOON", 5), soon, "", now).await;
        let de = Country::parse_typed("DE").unwrap();
        assert_eq!(app.store.codes_left(campaign.id, today).await.unwrap(), 5);
        // The day after its expiry, before upkeep ran: no stock, and a claim gets no code.
        let later = soon + chrono::Duration::days(1);
        assert_eq!(app.store.codes_left(campaign.id, later).await.unwrap(), 0);
        assert_eq!(app.store.codes_left_for(campaign.id, de, later).await.unwrap(), 0);
        let bob = user_id(&app, "bob").await;
        let outcome = app.store.claim(campaign.id, offer, bob, de, (later, now), "test", None).await.unwrap();
        assert_eq!(outcome, ClaimOutcome::NoneLeft);
        assert_eq!(app.count("SELECT COUNT(*) FROM codes WHERE state = 'available'", &[]).await, 5, "upkeep has not run");
    }

    async fn a_claim_with_no_stock_takes_no_write_lock(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(1).await;
        let offer = only_offer(&app, campaign.id).await;
        let (now, today) = (app.clock.unix(), app.today());
        let de = Country::parse_typed("DE").unwrap();
        let alice = user_id(&app, "alice").await;
        assert!(matches!(app.store.claim(campaign.id, offer, alice, de, (today, now), "test", None).await.unwrap(), ClaimOutcome::Assigned(_)));
        // Another writer holds the lock every claim's write needs (SQLite's only write lock;
        // on PostgreSQL a lock on `codes` that lets reads through but no UPDATE).
        let blocker = common::db::WriteBlocker::hold(&app.db).await;
        let bob = user_id(&app, "bob").await;
        let started = Instant::now();
        let outcome = app.store.claim(campaign.id, offer, bob, de, (today, now), "test", None).await.unwrap();
        assert_eq!(outcome, ClaimOutcome::NoneLeft);
        assert!(started.elapsed() < Duration::from_secs(2), "answered without waiting for the lock: {:?}", started.elapsed());
        blocker.release().await;
    }
}
