//! Reads kept in process for a moment (`src/store/read_cache.rs`): sessions with their user,
//! and a maintainer's page reads. A change through the same store shows at once; one made
//! behind its back (another replica) within the bound; a read racing a change never keeps
//! what the change replaced; the cache holds no more than its bound.

use std::time::{Duration, Instant};

use crate::common::fixture::{batch, campaign, codes, first_offer, racer, registry_csv};
use crate::common::settings::campaign_settings;
use crate::common::{TestApp, db::TestDb};
use futures_util::future::join_all;
use keydrop::domain::countries::Country;
use keydrop::store::{ClaimOutcome, Store};

/// A week, in seconds: how long the test sessions last.
const WEEK: i64 = 7 * 24 * 3600;

/// The idle limit the test sessions are read with.
const IDLE: Duration = Duration::from_secs(3600);

/// A new session of `username` through `store`; answers its token's hash.
async fn open_session(app: &TestApp, store: &Store, username: &str) -> String {
    let user = store.user_by_username(username).await.unwrap().unwrap();
    let hash = keydrop::tokens::hash(&keydrop::tokens::new_token());
    let now = app.clock.unix();
    store
        .create_session(&hash, user.id, now, now + WEEK)
        .await
        .unwrap();
    hash
}

/// True when `store` answers the session as live now.
async fn live(app: &TestApp, store: &Store, hash: &str) -> bool {
    store
        .session(hash, app.clock.unix(), IDLE)
        .await
        .unwrap()
        .is_some()
}

backend_tests! {
    async fn a_sign_out_or_a_message_through_the_store_shows_at_once(backend: Backend) {
        let app = TestApp::start(backend).await;
        app.with_open_campaign(1).await;
        let hash = open_session(&app, &app.store, "alice").await;
        assert!(live(&app, &app.store, &hash).await);
        assert_eq!(app.store.sessions_kept(), 1, "the read is kept");

        app.store.set_flash(&hash, "claimed").await.unwrap();
        let read = app.store.session(&hash, app.clock.unix(), IDLE).await.unwrap().unwrap();
        assert_eq!(read.session.flash.as_deref(), Some("claimed"), "the message left shows at once");
        app.store.clear_flash(&hash).await.unwrap();
        let read = app.store.session(&hash, app.clock.unix(), IDLE).await.unwrap().unwrap();
        assert_eq!(read.session.flash, None, "the message shown is gone at once");

        app.store.delete_session(&hash).await.unwrap();
        assert!(!live(&app, &app.store, &hash).await, "signed out at once");

        // Revoked everywhere, and the admin flag given: both show at once.
        let other = open_session(&app, &app.store, "bob").await;
        let read = app.store.session(&other, app.clock.unix(), IDLE).await.unwrap().unwrap();
        assert!(!read.is_admin);
        app.store.set_admin("bob", true, app.clock.unix(), "test").await.unwrap();
        let read = app.store.session(&other, app.clock.unix(), IDLE).await.unwrap().unwrap();
        assert!(read.is_admin, "the admin flag shows at once");
        app.store.revoke_sessions("bob", app.clock.unix(), "test").await.unwrap();
        assert!(!live(&app, &app.store, &other).await, "revoked at once");
    }

    async fn a_session_ended_by_another_replica_stops_working_within_the_bound(backend: Backend) {
        let app = TestApp::start(backend).await;
        app.with_open_campaign(1).await;
        let replica = Store::connect(app.db.url()).await.unwrap();
        let bound = Duration::from_millis(200);
        app.store.keep_reads_for(bound, 1000);
        let hash = open_session(&app, &app.store, "alice").await;
        assert!(live(&app, &app.store, &hash).await);

        replica.delete_session(&hash).await.unwrap();
        let ended_at = Instant::now();
        while live(&app, &app.store, &hash).await {
            assert!(ended_at.elapsed() < bound + Duration::from_millis(150), "still live after {:?}", ended_at.elapsed());
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        // The same for the user's admin flag, given by the other replica.
        let other = open_session(&app, &app.store, "bob").await;
        assert!(!app.store.session(&other, app.clock.unix(), IDLE).await.unwrap().unwrap().is_admin);
        replica.set_admin("bob", true, app.clock.unix(), "test").await.unwrap();
        let given_at = Instant::now();
        while !app.store.session(&other, app.clock.unix(), IDLE).await.unwrap().unwrap().is_admin {
            assert!(given_at.elapsed() < bound + Duration::from_millis(150), "not admin after {:?}", given_at.elapsed());
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    async fn a_kept_session_still_ends_at_its_limits_and_is_marked_seen(backend: Backend) {
        let app = TestApp::start(backend).await;
        app.with_open_campaign(1).await;
        let hash = open_session(&app, &app.store, "alice").await;
        let alice = app.store.user_by_username("alice").await.unwrap().unwrap();
        let seen_sql = "SELECT last_seen_at FROM sessions WHERE user_id = $1";
        let opened = app.clock.unix();
        assert!(live(&app, &app.store, &hash).await);
        // Two minutes on: the kept read is due to be marked seen, and is.
        app.clock.advance(chrono::Duration::minutes(2));
        assert!(live(&app, &app.store, &hash).await);
        assert_eq!(app.count(seen_sql, &[alice.id]).await, opened + 120, "marked seen through the kept read");
        // Idle past the limit: refused, though read a moment ago.
        app.clock.advance(chrono::Duration::from_std(IDLE).unwrap() + chrono::Duration::minutes(1));
        assert!(!live(&app, &app.store, &hash).await, "idle past the limit");
    }

    async fn a_read_racing_a_sign_out_never_keeps_the_ended_session(backend: Backend) {
        let app = TestApp::start(backend).await;
        app.with_open_campaign(1).await;
        for round in 0..20 {
            let hash = open_session(&app, &app.store, "alice").await;
            app.store.forget_kept_reads();
            let readers = join_all((0..8).map(|_| live(&app, &app.store, &hash)));
            let (_, ()) = tokio::join!(readers, async { app.store.delete_session(&hash).await.unwrap() });
            assert!(!live(&app, &app.store, &hash).await, "round {round}: a read begun before the sign-out kept it");
        }
    }

    async fn a_claim_shows_its_code_and_message_on_the_next_page_at_once(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(3).await;
        let alice = app.signed_in("alice").await;
        let before = alice.get("/giveaway").await;
        assert!(before.body.contains("name=\"country\""), "the claim form");
        let after = alice.claim("US").await;
        assert!(after.shows("Your code is ready"), "the claim's message: {}", after.text());
        assert!(after.promo_code().is_some(), "the code, at once");
        // Another maintainer's page sees the stock the claim took, at once, in the same store.
        let user = app.store.user_by_username("bob").await.unwrap().unwrap();
        let (_, reads) = app.store.page_reads(user.id, &[campaign.id], app.today(), None).await.unwrap();
        assert_eq!(reads[0].codes_left, 2);
        let (_, reads) = app.store.page_reads(user.id, &[campaign.id], app.today(), None).await.unwrap();
        assert_eq!(reads[0].codes_left, 2, "kept");
        let offer = first_offer(&app.store, &campaign).await;
        let country = Country::parse_typed("US").unwrap();
        app.store.claim(campaign.id, offer, user.id, country, (app.today(), app.clock.unix()), "test", None).await.unwrap();
        let (_, reads) = app.store.page_reads(user.id, &[campaign.id], app.today(), None).await.unwrap();
        assert!(reads[0].held.is_some(), "bob's own claim, at once");
        assert_eq!(reads[0].codes_left, 1, "and the stock it took");
        // A hand-back through the store shows at once too.
        let bob = app.store.user_by_username("bob").await.unwrap().unwrap();
        app.store.release_code(&campaign, bob.id, app.clock.unix(), "test").await.unwrap().unwrap();
        let (_, reads) = app.store.page_reads(user.id, &[campaign.id], app.today(), None).await.unwrap();
        assert!(reads[0].held.is_none() && reads[0].handed_back, "handed back, at once");
    }

    async fn a_page_shown_with_a_refused_claim_keeps_no_reads_of_its_own(backend: Backend) {
        // The refusal's page shows the reads the claim was refused on, read before that
        // page's ticket: keeping them would hide a change made in between for the bound.
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(1).await;
        let replica = Store::connect(app.db.url()).await.unwrap();
        let (alice, bob) = (app.signed_in("alice").await, app.signed_in("bob").await);
        assert!(alice.claim("US").await.promo_code().is_some());
        let token = bob.get("/giveaway").await.csrf_token();
        app.store.forget_kept_reads();
        let refused = bob.post_raw("/giveaway/claim", &[("country", "US"), ("csrf_token", &token)]).await;
        assert_eq!(refused.status, 409, "{}", refused.text());
        assert!(refused.shows("none is left"), "{}", refused.text());

        // Another replica loads a code: bob's next page offers it at once.
        let today = app.today();
        batch(&replica, &campaign, &codes("MORE", 1), today + chrono::Duration::days(30), "", app.clock.unix()).await;
        let page = bob.get("/giveaway").await;
        assert!(page.body.contains("name=\"country\""), "the claim form, at once: {}", page.text());
        assert!(bob.claim("US").await.promo_code().is_some());
    }

    async fn a_page_read_in_one_round_trip_agrees_with_the_reads_it_stands_for(backend: Backend) {
        // The page's one query and the store's per-campaign reads must never drift apart.
        let app = TestApp::start(backend).await;
        let first = app.with_open_campaign(3).await;
        let today = app.today();
        let now = app.clock.unix();
        let second = campaign(&app.store, &campaign_settings("Second", today - chrono::Duration::days(1), today + chrono::Duration::days(30)), now).await;
        batch(&app.store, &second, &codes("SECOND", 2), today + chrono::Duration::days(60), "", now).await;
        let country = Country::parse_typed("US").unwrap();
        let store = &app.store;
        let user = |name: &'static str| async move { store.user_by_username(name).await.unwrap().unwrap() };
        let (alice, bob) = (user("alice").await, user("bob").await);
        let (first_offer_id, second_offer_id) = (first_offer(store, &first).await, first_offer(store, &second).await);
        let claim = |(campaign_id, offer): (i64, i64), user_id: i64| async move {
            store.claim(campaign_id, offer, user_id, country, (today, now), "test", None).await.unwrap()
        };
        // alice holds a code of the first and had one of the second revoked; bob handed his back.
        claim((first.id, first_offer_id), alice.id).await;
        let ClaimOutcome::Assigned(revoked) = claim((second.id, second_offer_id), alice.id).await else { panic!("a code of the second") };
        assert!(app.store.revoke_code(revoked.id, "lost", now, "test").await.unwrap());
        claim((first.id, first_offer_id), bob.id).await;
        app.store.release_code(&first, bob.id, now, "test").await.unwrap().unwrap();

        // alice maintains both critical projects: the page lists them most downloaded first.
        let (projects, users, mut roles) = registry_csv();
        roles.push_str("second.project,alice,Maintainer\n");
        let export = keydrop::domain::registry_files::read(projects.as_bytes(), users.as_bytes(), roles.as_bytes()).unwrap();
        app.store.import_registry(&export, keydrop::domain::cohort::CohortRule::Size(2), now, "test").await.unwrap();

        let ids = [first.id, second.id];
        for name in ["alice", "bob", "carol"] {
            let someone = app.store.user_by_username(name).await.unwrap().unwrap();
            app.store.forget_kept_reads();
            let (projects, reads) = app.store.page_reads(someone.id, &ids, today, None).await.unwrap();
            assert_eq!(projects, app.store.critical_projects_of(someone.id).await.unwrap(), "{name}'s projects");
            for (id, reads) in ids.iter().zip(&reads) {
                let alone = app.store.standing_reads(*id, someone.id, today, None).await.unwrap();
                assert_eq!(reads, &alone, "{name} in campaign {id}");
            }
        }
        app.store.forget_kept_reads();
        let (projects, reads) = app.store.page_reads(alice.id, &ids, today, None).await.unwrap();
        let names: Vec<&str> = projects.iter().map(|p| p.display_name.as_str()).collect();
        assert_eq!(names, ["top-project", "second.project"]);
        assert!(reads[0].held.is_some() && reads[1].last_revoked_at == Some(now), "the fixture shows: {reads:?}");
        let (_, reads) = app.store.page_reads(bob.id, &ids, today, None).await.unwrap();
        assert!(reads[0].held.is_none() && reads[0].handed_back, "the fixture shows: {reads:?}");
    }

    async fn reads_keep_a_few_connections_which_the_store_gives_back_on_closing(backend: Backend) {
        // The hottest reads keep their connections instead of giving them back to the pool
        // (each given back costs a ping); never more than the bound, and closing the store
        // does not wait for them.
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(1).await;
        let store = Store::connect(app.db.url()).await.unwrap();
        let alice = store.user_by_username("alice").await.unwrap().unwrap();
        let reads = join_all((0..32).map(|_| store.standing_reads(campaign.id, alice.id, app.today(), None))).await;
        assert!(reads.iter().all(Result::is_ok));
        let kept = store.connections_kept();
        assert!((1..=keydrop::store::CONNECTIONS_KEPT_MOST as usize).contains(&kept), "{kept} kept");
        tokio::time::timeout(Duration::from_secs(10), store.close()).await.expect("closed without waiting for kept connections");
    }

    async fn the_kept_reads_stay_within_their_bound(backend: Backend) {
        let db = TestDb::create(backend).await;
        let app = TestApp::start_on(db, |_| {}).await;
        app.with_open_campaign(1).await;
        let bound = Duration::from_millis(100);
        app.store.keep_reads_for(bound, 10);
        let mut hashes = Vec::new();
        for i in 1..=25 {
            hashes.push(open_session(&app, &app.store, &racer(i)).await);
        }
        for hash in &hashes {
            assert!(live(&app, &app.store, hash).await);
        }
        assert_eq!(app.store.sessions_kept(), 10, "no more than the bound");
        // Once those are past their time, new reads take their place.
        tokio::time::sleep(bound + Duration::from_millis(20)).await;
        for hash in &hashes[15..] {
            assert!(live(&app, &app.store, hash).await);
        }
        assert_eq!(app.store.sessions_kept(), 10, "the old ones swept, the new ones kept");
    }
}

#[tokio::test]
async fn a_kept_postgres_connection_the_server_ended_is_left_and_the_read_made_on_another() {
    if crate::common::db::postgres_url().is_none() {
        eprintln!("SKIPPED on PostgreSQL: KEYDROP_TEST_POSTGRES_URL is not set");
        return;
    }
    let app = TestApp::start(crate::common::Backend::Postgres).await;
    let campaign = app.with_open_campaign(1).await;
    let store = Store::connect(app.db.url()).await.unwrap();
    let alice = store.user_by_username("alice").await.unwrap().unwrap();
    let before = store
        .standing_reads(campaign.id, alice.id, app.today(), None)
        .await
        .unwrap();
    assert_eq!(store.connections_kept(), 1);

    // A restart, for this database: every other connection to it ends.
    let ended = app
        .count(
            "SELECT COUNT(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
                WHERE datname = current_database() AND pid <> pg_backend_pid()) ended",
            &[],
        )
        .await;
    assert!(ended >= 1, "the kept connection was ended");
    let after = store
        .standing_reads(campaign.id, alice.id, app.today(), None)
        .await;
    assert_eq!(after.expect("read again on another connection"), before);
    assert_eq!(
        store.connections_kept(),
        1,
        "the new one is kept, the ended one left"
    );
    store.close().await;
}
