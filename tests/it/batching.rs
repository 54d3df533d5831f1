//! Claims grouped into shared write transactions (`src/store/claims/batch.rs`): every claim
//! keeps its own result, its own count and its own audit row, whatever shares its batch.

use crate::common;

use std::collections::HashSet;

use common::fixture::{self, racer};
use common::{Backend, TestApp};
use futures_util::future::join_all;
use keydrop::domain::countries::Country;
use keydrop::store::{ClaimOutcome, ClaimRequest, CountedClaim, CounterRow, SessionFlash, Store};

/// Batches whose stock (the sum of their `batch_stock` rows) differs from a count of their
/// available codes.
const WRONG_COUNTERS: &str = "SELECT COUNT(*) FROM batches b \
     WHERE (SELECT COALESCE(SUM(s.available), 0) FROM batch_stock s WHERE s.batch_id = b.id) \
        <> (SELECT COUNT(*) FROM codes c WHERE c.batch_id = b.id AND c.state = 'available')";

/// Claims a maintainer made at most in the test's window.
const CLAIMS_ALLOWED: i64 = 3;

/// The claim counter of `user_id` in the test's window, as the claim handler makes it.
fn counter(subject: &str) -> CounterRow<'_> {
    CounterRow {
        kind: "claim",
        subject,
        window_start: 0,
        expires_at: i64::MAX,
        max: CLAIMS_ALLOWED,
    }
}

/// Everything a claim of `username` for the US in the campaign needs, as the handler has it.
struct Claimant {
    user_id: i64,
    subject: String,
}

impl Claimant {
    async fn named(store: &Store, username: &str) -> Claimant {
        let user_id = store.user_by_username(username).await.unwrap().unwrap().id;
        Claimant {
            user_id,
            subject: format!("user {user_id}"),
        }
    }

    /// One claim through `store`, counted and leaving a message, as `POST /giveaway/claim`
    /// makes it.
    async fn claim(&self, store: &Store, app: &TestApp, campaign_id: i64, offer_id: i64) -> CountedClaim {
        let request = ClaimRequest {
            campaign_id,
            offer_id,
            user_id: self.user_id,
            country: Country::parse_typed("US").unwrap(),
            today: app.today(),
            now: app.clock.unix(),
            actor: "test",
            flash: Some(SessionFlash {
                session_hash: "no such session",
                message: "claimed",
            }),
            stock: None,
            counter: Some(counter(&self.subject)),
        };
        store.claim_counted(&request).await.unwrap()
    }
}

/// The racers `from..=to`, ready to claim.
async fn claimants(store: &Store, from: usize, to: usize) -> Vec<Claimant> {
    join_all((from..=to).map(|i| async move { Claimant::named(store, &racer(i)).await })).await
}

/// `aggregate` (`SUM(hits)`, say) over the claim counters.
async fn claim_counts(app: &TestApp, aggregate: &str) -> i64 {
    let sql =
        format!("SELECT CAST(COALESCE({aggregate}, 0) AS BIGINT) FROM rate_limits WHERE kind = 'claim'");
    app.count(&sql, &[]).await
}

/// The window's count of `claimant`'s claim counter.
async fn hits(app: &TestApp, claimant: &Claimant) -> i64 {
    app.count(
        "SELECT CAST(COALESCE(SUM(hits), 0) AS BIGINT) FROM rate_limits WHERE kind = 'claim' AND subject = 'user ' || CAST($1 AS TEXT)",
        &[claimant.user_id],
    )
    .await
}

/// Audit rows of claims in the campaign.
async fn audited_claims(app: &TestApp, campaign_id: i64) -> i64 {
    app.count(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'code.claim' AND campaign_id = $1",
        &[campaign_id],
    )
    .await
}

/// The codes assigned by `outcomes`, checked distinct: (code id, holder) pairs.
fn assigned(outcomes: &[(i64, CountedClaim)]) -> Vec<(i64, i64)> {
    outcomes
        .iter()
        .filter_map(|(user_id, counted)| match &counted.outcome {
            ClaimOutcome::Assigned(held) => Some((held.id, *user_id)),
            _ => None,
        })
        .collect()
}

/// Checks that `pairs` hold distinct codes and distinct holders, `expected` of each, and that
/// the database says the same: one audit row each, the stock exact.
async fn check_holdings(app: &TestApp, campaign_id: i64, pairs: &[(i64, i64)], expected: usize) {
    assert_eq!(pairs.len(), expected, "codes assigned");
    assert_eq!(
        pairs.iter().map(|p| p.0).collect::<HashSet<_>>().len(),
        expected,
        "distinct codes"
    );
    assert_eq!(
        pairs.iter().map(|p| p.1).collect::<HashSet<_>>().len(),
        expected,
        "distinct holders"
    );
    let held = app
        .count(
            "SELECT COUNT(*) FROM codes WHERE campaign_id = $1 AND state = 'assigned'",
            &[campaign_id],
        )
        .await;
    assert_eq!(held, expected as i64, "codes assigned in the database");
    assert_eq!(
        audited_claims(app, campaign_id).await,
        expected as i64,
        "one audit row per claim"
    );
    let audited_codes = app
        .count(
            "SELECT COUNT(DISTINCT a.code_id) FROM audit_log a JOIN codes c ON c.id = a.code_id \
             WHERE a.action = 'code.claim' AND a.campaign_id = $1 AND a.user_id = c.user_id",
            &[campaign_id],
        )
        .await;
    assert_eq!(
        audited_codes, expected as i64,
        "each audit row names its code and holder"
    );
    assert_eq!(
        app.db.count(WRONG_COUNTERS, &[]).await,
        0,
        "the stock counters are exact"
    );
}

/// Every claimant of `claimants` claims at once through `stores` (in turn), answering
/// (user id, outcome) pairs.
async fn claim_at_once(
    app: &TestApp,
    stores: &[&Store],
    claimants: &[Claimant],
    campaign_id: i64,
    offer_id: i64,
) -> Vec<(i64, CountedClaim)> {
    join_all(claimants.iter().enumerate().map(|(i, claimant)| async move {
        let store = stores[i % stores.len()];
        (
            claimant.user_id,
            claimant.claim(store, app, campaign_id, offer_id).await,
        )
    }))
    .await
}

backend_tests! {
    async fn a_hundred_and_fifty_claims_at_once_share_transactions_and_keep_their_own_results(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(60).await;
        let offer = fixture::first_offer(&app.store, &campaign).await;
        let racers = claimants(&app.store, 1, 150).await;
        let before = app.store.claim_batches();

        let outcomes = claim_at_once(&app, &[&app.store], &racers, campaign.id, offer).await;

        check_holdings(&app, campaign.id, &assigned(&outcomes), 60).await;
        for (_, counted) in &outcomes {
            assert!(
                matches!(counted.outcome, ClaimOutcome::Assigned(_) | ClaimOutcome::NoneLeft),
                "{:?}",
                counted.outcome
            );
        }
        // A claim that reached a transaction was counted there, once; the others (no stock
        // left when they read it) were not, and the handler counts them.
        for (_, counted) in &outcomes {
            if matches!(counted.outcome, ClaimOutcome::Assigned(_)) {
                assert_eq!(counted.hits, Some(1));
            }
        }
        let counted_in_batches = outcomes.iter().filter(|(_, c)| c.hits == Some(1)).count() as i64;
        assert_eq!(claim_counts(&app, "COUNT(*)").await, counted_in_batches, "one counter each");
        assert_eq!(claim_counts(&app, "SUM(hits)").await, counted_in_batches, "counted once each");
        let after = app.store.claim_batches();
        let entries = after.entries - before.entries;
        assert!(entries >= 60, "every claim that wrote went through the batcher: {after:?}");
        assert!(after.batches - before.batches < entries, "claims shared transactions: {after:?}");
    }

    async fn the_same_maintainer_claiming_twenty_times_at_once_gets_one_code_and_twenty_counts(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(30).await;
        let offer = fixture::first_offer(&app.store, &campaign).await;
        let bob = Claimant::named(&app.store, "bob").await;
        let clicks: Vec<&Claimant> = (0..20).map(|_| &bob).collect();

        let outcomes = join_all(clicks.iter().map(|c| c.claim(&app.store, &app, campaign.id, offer))).await;

        let codes: HashSet<i64> = outcomes
            .iter()
            .map(|counted| match &counted.outcome {
                ClaimOutcome::Assigned(held) | ClaimOutcome::AlreadyHeld(held) => held.id,
                other => panic!("every click answers the one code: {other:?}"),
            })
            .collect();
        assert_eq!(codes.len(), 1, "one code: {codes:?}");
        let assigned = outcomes.iter().filter(|c| matches!(c.outcome, ClaimOutcome::Assigned(_))).count();
        assert_eq!(assigned, 1, "one click assigned it");
        assert_eq!(audited_claims(&app, campaign.id).await, 1);
        // Every click was counted once, by a batch or (when it lost) by the handler after.
        let counted_in_batches = outcomes.iter().filter(|c| c.hits.is_some()).count() as i64;
        assert_eq!(hits(&app, &bob).await, counted_in_batches);
        let mut numbers: Vec<i64> = outcomes.iter().filter_map(|c| c.hits).collect();
        numbers.sort_unstable();
        assert_eq!(numbers, (1..=counted_in_batches).collect::<Vec<_>>(), "each count its own number");
        assert_eq!(app.db.count(WRONG_COUNTERS, &[]).await, 0);
    }

    async fn two_replicas_race_their_batches_on_one_database(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(70).await;
        let offer = fixture::first_offer(&app.store, &campaign).await;
        let replica = Store::connect(app.db.url()).await.unwrap();
        let racers = claimants(&app.store, 1, 200).await;

        let outcomes = claim_at_once(&app, &[&app.store, &replica], &racers, campaign.id, offer).await;

        check_holdings(&app, campaign.id, &assigned(&outcomes), 70).await;
        let holdings = fixture::holdings(&app.store, &campaign).await;
        assert_eq!(holdings.len(), 70, "the holders' own reads agree");
        replica.close().await;
    }

    async fn claims_over_the_limit_inside_a_batch_are_counted_and_given_nothing(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(200).await;
        let offer = fixture::first_offer(&app.store, &campaign).await;
        let racers = claimants(&app.store, 1, 100).await;
        // The first fifty used up their window already.
        for claimant in &racers[..50] {
            for _ in 0..CLAIMS_ALLOWED {
                app.store.count_hit(&counter(&claimant.subject)).await.unwrap();
            }
        }

        let outcomes = claim_at_once(&app, &[&app.store], &racers, campaign.id, offer).await;

        for (i, (_, counted)) in outcomes.iter().enumerate() {
            if i < 50 {
                assert_eq!(counted.outcome, ClaimOutcome::OverLimit, "racer {}", i + 1);
                assert_eq!(counted.hits, Some(CLAIMS_ALLOWED + 1));
            } else {
                assert!(matches!(counted.outcome, ClaimOutcome::Assigned(_)), "racer {}: {:?}", i + 1, counted);
                assert_eq!(counted.hits, Some(1));
            }
        }
        check_holdings(&app, campaign.id, &assigned(&outcomes), 50).await;
        // Hammering keeps its count: the refused claims were counted too.
        assert_eq!(claim_counts(&app, "SUM(hits)").await, 50 * (CLAIMS_ALLOWED + 1) + 50);
        assert_eq!(claim_counts(&app, "MAX(hits)").await, CLAIMS_ALLOWED + 1);
    }

    async fn a_claim_meeting_the_holder_index_inside_a_batch_fails_only_itself(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(40).await;
        let offer = fixture::first_offer(&app.store, &campaign).await;
        // Bob got his code through another replica; this one's claims do not know it yet
        // (the stock given, no read of the code held): its claim meets the unique index.
        let bob = Claimant::named(&app.store, "bob").await;
        let first = bob.claim(&app.store, &app, campaign.id, offer).await;
        let ClaimOutcome::Assigned(bobs) = first.outcome else { panic!("{first:?}") };
        let mut racers = claimants(&app.store, 1, 30).await;
        racers.insert(15, Claimant::named(&app.store, "bob").await);

        let outcomes = claim_at_once(&app, &[&app.store], &racers, campaign.id, offer).await;

        for (user_id, counted) in &outcomes {
            if *user_id == bob.user_id {
                assert_eq!(counted.outcome, ClaimOutcome::AlreadyHeld(bobs.clone()));
            } else {
                assert!(matches!(counted.outcome, ClaimOutcome::Assigned(_)), "{counted:?}");
                assert_eq!(counted.hits, Some(1));
            }
        }
        let mut pairs = assigned(&outcomes);
        pairs.push((bobs.id, bob.user_id));
        check_holdings(&app, campaign.id, &pairs, 31).await;
    }
}

/// On PostgreSQL, a batch whose connection drops mid-transaction (a trigger ends the session
/// from inside one claim's `UPDATE`, once) is rolled back whole, and each of its claims is
/// tried once more: every claim gets its code, none twice, each audited once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_batch_whose_postgres_connection_drops_loses_no_claim() {
    use sqlx::Connection;
    if common::db::postgres_url().is_none() {
        eprintln!("SKIPPED on PostgreSQL: KEYDROP_TEST_POSTGRES_URL is not set");
        return;
    }
    let app = TestApp::start(Backend::Postgres).await;
    let campaign = app.with_open_campaign(100).await;
    let offer = fixture::first_offer(&app.store, &campaign).await;
    let racers = claimants(&app.store, 1, 80).await;
    // The drop comes on the fifth claim's UPDATE, inside a batch under way.
    let mut conn = fixture::drop_connection_on_code_update(app.db.url(), 5).await;

    let outcomes = claim_at_once(&app, &[&app.store], &racers, campaign.id, offer).await;

    let drops: i64 = sqlx::query_scalar("SELECT last_value FROM claim_drops")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert!(
        drops > 80,
        "the connection dropped once and the claims went on: {drops}"
    );
    conn.close().await.unwrap();
    check_holdings(&app, campaign.id, &assigned(&outcomes), 80).await;
}
