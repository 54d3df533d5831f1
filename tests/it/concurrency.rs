//! Claims racing each other: the schema and the claim statement, not luck, decide who wins.

use crate::common;

use std::collections::HashSet;

use common::TestApp;
use common::fixture::{self, RACERS, racer};
use futures_util::future::join_all;

backend_tests! {
    async fn two_hundred_maintainers_race_for_fifty_codes(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(50).await;
        // Everyone signs in and loads the page first, as they would on launch day.
        let browsers = join_all((1..=RACERS).map(|i| {
            let app = &app;
            async move {
                let browser = app.signed_in(&racer(i)).await;
                let token = browser.get("/giveaway").await.csrf_token();
                (browser, token)
            }
        }))
        .await;
        // Then all press "Claim" at once.
        let pages = join_all(
            browsers.iter().map(|(browser, token)| async move { browser.post_raw("/giveaway/claim", &[("country", "US"), ("csrf_token", token)]).await }),
        )
        .await;

        assert!(pages.iter().all(|p| p.status < 500), "no 5xx: {:?}", pages.iter().map(|p| p.status).collect::<Vec<_>>());
        let shown: Vec<String> = pages.iter().filter_map(|p| p.promo_code()).collect();
        assert_eq!(shown.len(), 50, "exactly 50 maintainers were shown a code");
        assert_eq!(shown.iter().collect::<HashSet<_>>().len(), 50, "50 distinct codes shown");
        // None left is said one of two ways, by timing: the stock was counted as empty before
        // the claim (the eligibility reason), or the claim found every code left taken by
        // claims under way (on PostgreSQL, SKIP LOCKED skips the rows they hold).
        let none_left = |p: &&common::Page| p.shows("Every code of this giveaway has been claimed") || p.shows("No codes are left for this country");
        let refused = pages.iter().filter(|p| p.status == 409 && none_left(p)).count();
        let others: Vec<(u16, String)> = pages.iter().filter(|p| p.promo_code().is_none() && !none_left(p)).map(|p| (p.status, p.text().chars().take(300).collect())).take(3).collect();
        assert_eq!(refused, RACERS - 50, "everybody else is told none is left; others: {others:?}");

        let held = fixture::holdings(&app.store, &campaign).await;
        assert_eq!(held.len(), 50);
        assert_eq!(held.iter().map(|(code, _)| code).collect::<HashSet<_>>().len(), 50, "distinct codes");
        assert_eq!(held.iter().map(|(_, user)| user).collect::<HashSet<_>>().len(), 50, "distinct holders");
        let totals = app.store.campaign_stats(&campaign).await.unwrap().totals();
        assert_eq!((totals.assigned, totals.available), (50, 0));
    }

    async fn a_double_clicked_claim_gets_one_code(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(20).await;
        let bob = app.signed_in("bob").await;
        let token = bob.get("/giveaway").await.csrf_token();
        // Ten submissions of the same form at once, as an impatient double (or decuple) click.
        let pages = join_all((0..10).map(|_| async { bob.post_raw("/giveaway/claim", &[("country", "CA"), ("csrf_token", &token)]).await })).await;
        assert!(pages.iter().all(|p| p.status == 200), "{:?}", pages.iter().map(|p| p.status).collect::<Vec<_>>());
        let codes: HashSet<_> = pages.iter().map(|p| p.promo_code().expect("each answer shows the code")).collect();
        assert_eq!(codes.len(), 1, "one code, shown to every click: {codes:?}");
        let totals = app.store.campaign_stats(&campaign).await.unwrap().totals();
        assert_eq!((totals.assigned, totals.available), (1, 19));
    }

    async fn concurrent_loads_of_the_same_code_load_it_once(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(0).await;
        let codes = fixture::codes("RACE", 100);
        let offer_id = fixture::first_offer(&app.store, &campaign).await;
        let expiry = app.today() + chrono::Duration::days(10);
        let loads = join_all((0..4).map(|_| {
            let file = std::io::Cursor::new(codes.join("\n"));
            let new = keydrop::store::NewBatch {
                campaign_id: campaign.id,
                offer_id,
                label: None,
                source: "imported",
                expires_on: expiry,
                countries: Vec::new(),
                created_by: "test".into(),
            };
            let store = app.store.clone();
            let now = app.clock.unix();
            async move { keydrop::batches::load(&store, &new, file, false, now).await.unwrap() }
        }))
        .await;
        // All-or-nothing loads of the same file: exactly one wins; the others report every
        // line as already loaded and load nothing.
        assert_eq!(loads.iter().filter(|l| l.batch_id.is_some()).count(), 1);
        for lost in loads.iter().filter(|l| l.batch_id.is_none()) {
            assert_eq!(lost.bad.len(), 100);
        }
        assert_eq!(app.store.codes_left(campaign.id, app.today()).await.unwrap(), 100);
    }

    async fn a_load_longer_than_a_chunk_reports_each_line_once_with_its_reason(backend: Backend) {
        use keydrop::domain::batch_file::LineProblem;
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(0).await;
        let offer_id = fixture::first_offer(&app.store, &campaign).await;
        let chunk = keydrop::store::LOAD_CHUNK as usize;
        let new = keydrop::store::NewBatch {
            campaign_id: campaign.id,
            offer_id,
            label: None,
            source: "imported",
            expires_on: app.today() + chrono::Duration::days(10),
            countries: Vec::new(),
            created_by: "test".into(),
        };
        let now = app.clock.unix();
        // Another batch holds OTHER-00001, which the file repeats in its second chunk.
        let other = fixture::codes("OTHER", 1).join("\n");
        keydrop::batches::load(&app.store, &new, std::io::Cursor::new(other), false, now).await.unwrap();
        let mut lines = fixture::codes("LONG", chunk + 10);
        lines[chunk + 4] = lines[1].clone(); // line chunk + 5 repeats line 2, a chunk before
        lines[chunk + 5] = "OTHER-00001".into(); // line chunk + 6 was loaded by the other batch
        lines[chunk + 6] = "not a code!".into();
        lines[chunk + 7] = lines[chunk + 8].clone(); // a repeat within the chunk, of the next line
        let file = std::io::Cursor::new(lines.join("\n"));

        let refused = keydrop::batches::load(&app.store, &new, file, false, now).await.unwrap();
        assert_eq!((refused.batch_id, refused.loaded, refused.bad_count), (None, 0, 4));
        let file = std::io::Cursor::new(lines.join("\n"));
        let load = keydrop::batches::load(&app.store, &new, file, true, now).await.unwrap();
        assert_eq!((load.entries, load.loaded, load.bad_count), ((chunk + 10) as u64, (chunk + 6) as u64, 4));
        let bad: Vec<(u64, LineProblem)> = load.bad.iter().map(|b| (b.line, b.problem.clone())).collect();
        let line = |n: usize| n as u64;
        assert_eq!(bad[0], (line(chunk + 5), LineProblem::DuplicateInFile { first_line: 2 }));
        assert_eq!(bad[1], (line(chunk + 6), LineProblem::AlreadyLoaded));
        assert_eq!(bad[2].0, line(chunk + 7));
        assert_eq!(bad[3], (line(chunk + 9), LineProblem::DuplicateInFile { first_line: line(chunk + 8) }));
        // The refused load left nothing behind; the stock is what landed, and the other batch's.
        assert_eq!(app.store.codes_left(campaign.id, app.today()).await.unwrap(), (chunk + 7) as i64);
        assert_eq!(app.store.loading_codes().await.unwrap(), 0);
    }
}
