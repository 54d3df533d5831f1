//! A server killed with SIGKILL mid-work (a power cut, the OOM killer): after a restart no
//! batch is half-loaded, and every code handed out is whole, with its audit entry.

use std::time::{Duration, Instant};

use futures_util::future::join_all;
use keydrop::config::Config;
use keydrop::store::{LOAD_LEASE_SECONDS, Store};

use crate::common::fixture::{self, CAMPAIGN, RACERS, racer};
use crate::common::process::ServeProcess;
use crate::common::{Backend, Browser, TestDb};

/// Codes in the batch that is being loaded when the server dies.
const BIG_BATCH: usize = 100_000;

/// A database with the fixture registry and an open campaign without codes, and the store
/// and clock the test reads it with.
async fn prepared(backend: Backend) -> (TestDb, Store, keydrop::clock::Clock) {
    let db = TestDb::create(backend).await;
    let store = Store::connect(db.url()).await.unwrap();
    let clock = keydrop::clock::Clock::default();
    fixture::registry(&store, clock.unix()).await;
    fixture::campaign(&store, &fixture::open_campaign(clock.today()), clock.unix()).await;
    (db, store, clock)
}

/// Counts straight from the database: codes of the campaign in published batches, codes in
/// unpublished ones, and published batches.
async fn code_counts(store: &Store, clock: &keydrop::clock::Clock) -> (i64, usize) {
    let campaign = store.campaign_by_name(CAMPAIGN).await.unwrap().unwrap();
    let stats = store.campaign_stats(&campaign).await.unwrap();
    let visible = store.codes_left(campaign.id, clock.today()).await.unwrap();
    (visible, stats.batches.len())
}

/// Codes of the campaign handed out (a holder, a country and a time, all three), and how many
/// of them lack their `code.claim` audit entry, straight from the database. Half-written
/// assignments (some of the three missing) count as missing their audit entry too.
async fn assignments_and_missing_audit(db: &TestDb, campaign_id: i64) -> (i64, i64) {
    let whole = db
        .count(
            "SELECT COUNT(*) FROM codes WHERE campaign_id = $1 \
             AND user_id IS NOT NULL AND country IS NOT NULL AND assigned_at IS NOT NULL",
            &[campaign_id],
        )
        .await;
    let partial = db
        .count(
            "SELECT COUNT(*) FROM codes WHERE campaign_id = $1 AND state <> 'available' \
             AND (user_id IS NULL OR country IS NULL OR assigned_at IS NULL)",
            &[campaign_id],
        )
        .await;
    let unaudited = db
        .count(
            "SELECT COUNT(*) FROM codes c WHERE c.campaign_id = $1 AND c.user_id IS NOT NULL \
             AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.action = 'code.claim' \
                             AND a.code_id = c.id AND a.user_id = c.user_id)",
            &[campaign_id],
        )
        .await;
    (whole, partial + unaudited)
}

/// Posts a batch file to the admin API.
async fn post_batch(base: &str, token: &str, body: String) -> reqwest::Result<reqwest::Response> {
    reqwest::Client::new()
        .post(format!(
            "{base}/api/v1/campaigns/{CAMPAIGN}/batches?expires=2099-12-31"
        ))
        .bearer_auth(token)
        .body(body)
        .send()
        .await
}

backend_tests! {
    async fn a_server_killed_mid_load_leaves_no_half_loaded_batch(backend: Backend) {
        let (db, store, clock) = prepared(backend).await;
        let token = keydrop::tokens::new_token();
        store.create_api_token("crash test", &keydrop::tokens::hash(&token), clock.unix(), "test").await.unwrap();
        let file = fixture::codes("BIG", BIG_BATCH).join("\n");

        let server = ServeProcess::start(db.url(), &[]);
        server.wait_healthy().await;
        let upload = {
            let (base, token, file) = (server.base.clone(), token.clone(), file.clone());
            tokio::spawn(async move { post_batch(&base, &token, file).await })
        };
        // Wait until the load is half-way: codes written, the batch not yet published.
        let deadline = Instant::now() + Duration::from_secs(120);
        loop {
            let loading: i64 = store.loading_codes().await.unwrap();
            if loading > 0 {
                break;
            }
            assert!(!upload.is_finished(), "the load finished before it could be interrupted");
            assert!(Instant::now() < deadline, "the load never started");
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        server.kill();
        assert!(upload.await.unwrap().is_err(), "the killed server answered the upload");

        // Nothing of the half-loaded batch shows: no stock, no batch in the statistics.
        assert!(store.loading_codes().await.unwrap() > 0, "the half-loaded codes are still there");
        assert_eq!(code_counts(&store, &clock).await, (0, 0));

        // A restarted server serves on; once the dead loader's lease has run out, upkeep
        // removes what it left.
        let server = ServeProcess::start(db.url(), &[]);
        server.wait_healthy().await;
        let removed = store.remove_abandoned_loads(clock.unix() + LOAD_LEASE_SECONDS + 1).await.unwrap();
        assert_eq!(removed, 1);
        assert_eq!(store.loading_codes().await.unwrap(), 0);

        // The same file loads whole now: none of its codes counts as loaded already.
        let response = post_batch(&server.base, &token, file).await.unwrap();
        assert_eq!(response.status(), 200);
        let report: serde_json::Value = response.json().await.unwrap();
        assert_eq!(report["loaded"], BIG_BATCH as u64, "{report}");
        assert_eq!(code_counts(&store, &clock).await, (BIG_BATCH as i64, 1));
    }

    async fn a_server_killed_mid_stampede_leaves_every_assignment_whole(backend: Backend) {
        let (db, store, clock) = prepared(backend).await;
        let campaign = store.campaign_by_name(CAMPAIGN).await.unwrap().unwrap();
        let expiry = clock.today() + chrono::Duration::days(30);
        fixture::batch(&store, &campaign, &fixture::codes("CODE", RACERS), expiry, "", clock.unix()).await;

        let server = ServeProcess::start(db.url(), &[]);
        server.wait_healthy().await;
        let config = Config::from_env(db.url(), server.base.parse().unwrap()).unwrap();
        let browsers = join_all((1..=RACERS).map(|i| {
            let (store, config, base, now) = (&store, &config, &server.base, clock.unix());
            async move {
                let user = store.user_by_username(&racer(i)).await.unwrap().unwrap();
                let link = keydrop::signin::issue_login_link(store, config, now, user.id).await.unwrap();
                let browser = Browser::new(base);
                assert_eq!(browser.follow_login_link(&link).await.status, 200);
                let token = browser.get("/giveaway").await.csrf_token();
                (browser, token)
            }
        }))
        .await;

        // Everyone claims at once; the server dies once a few claims have gone through.
        let claims = browsers.iter().map(|(browser, token)| async move {
            browser.try_post_raw("/giveaway/claim", &[("country", "US"), ("csrf_token", token)]).await
        });
        let stampede = join_all(claims);
        let killer = async {
            let deadline = Instant::now() + Duration::from_secs(60);
            while store.campaign_stats(&campaign).await.unwrap().totals().assigned < 10 {
                assert!(Instant::now() < deadline, "no claim went through");
                tokio::time::sleep(Duration::from_millis(2)).await;
            }
            server.kill();
        };
        let (_, ()) = tokio::join!(stampede, killer);

        // Every assignment is whole: holder, country and time, and the audit entry beside it.
        let assigned = assignments_and_missing_audit(&db, campaign.id).await;
        assert!(assigned.0 >= 10, "{assigned:?}");
        assert_eq!(assigned.1, 0, "assignments without their audit entry: {assigned:?}");
        let held = fixture::holdings(&store, &campaign).await;
        let holders: std::collections::HashSet<i64> = held.iter().map(|(_, user)| *user).collect();
        assert_eq!(holders.len(), held.len(), "nobody holds two codes");
        assert_eq!(held.len() as i64, assigned.0);

        // A restarted server serves the rest: everyone ends with exactly one code.
        let server = ServeProcess::start(db.url(), &[]);
        server.wait_healthy().await;
        for (browser, _) in &browsers {
            let rebased = browser.on(&server.base);
            let page = rebased.claim("US").await;
            assert_eq!(page.status, 200, "{}", page.text());
        }
        assert_eq!(fixture::holdings(&store, &campaign).await.len(), RACERS);
        assert_eq!(assignments_and_missing_audit(&db, campaign.id).await, (RACERS as i64, 0));
    }
}
