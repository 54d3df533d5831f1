//! Ownership checked live: with KEYDROP_REGISTRY_URL set, a claim asks a (fake) registry
//! whether the maintainer still holds a critical role; a lost role refuses the claim, and a
//! registry that does not answer usefully leaves the decision to the imported data.
//!
//! Fixture: alice owns top-project; bob maintains second.project, as do racer001..racer200.

use std::sync::atomic::Ordering;
use std::time::Duration;

use futures_util::future::join_all;

use crate::common::fake_registry::{Answer, FakeRegistry};
use crate::common::fixture::racer;
use crate::common::{self, Backend, TestApp};

/// A server asking `registry`, each answer awaited at most `timeout`, kept ten minutes.
async fn app_asking(backend: Backend, registry: &FakeRegistry, timeout: Duration) -> TestApp {
    app_caching(backend, registry, timeout, Duration::from_secs(600)).await
}

/// A server asking `registry`, keeping answers `cache_ttl`.
async fn app_caching(
    backend: Backend,
    registry: &FakeRegistry,
    timeout: Duration,
    cache_ttl: Duration,
) -> TestApp {
    let url = registry.base.parse().unwrap();
    let app = TestApp::start_configured(backend, |config| {
        config.registry = Some(keydrop::config::RegistrySettings {
            url,
            timeout,
            cache_ttl,
            cache_entries: 100,
            concurrent_lookups: 3,
        })
    })
    .await;
    app.with_open_campaign(50).await;
    app
}

fn counters(app: &TestApp) -> (u64, u64, u64, u64) {
    let c = &app
        .state
        .registry
        .as_ref()
        .expect("the live check is on")
        .counters;
    (
        c.lookups.load(Ordering::SeqCst),
        c.cache_hits.load(Ordering::SeqCst),
        c.fallbacks.load(Ordering::SeqCst),
        c.refusals.load(Ordering::SeqCst),
    )
}

async fn held_codes(app: &TestApp) -> i64 {
    app.count("SELECT COUNT(*) FROM codes WHERE user_id IS NOT NULL", &[])
        .await
}

backend_tests! {
    async fn a_maintainer_who_lost_every_critical_role_is_told_so_and_gets_no_code(backend: Backend) {
        let registry = FakeRegistry::start().await;
        // alice is no longer among top-project's role holders (an Owner removed her).
        registry.answer("top-project", Answer::Roles(vec![("Owner", "mallory")], None));
        // Answers are not kept: the second claim asks again.
        let app = app_caching(backend, &registry, Duration::from_secs(5), Duration::ZERO).await;
        let alice = app.signed_in("alice").await;
        let page = alice.claim("DE").await;
        assert_eq!(page.status, 409, "{}", page.text());
        assert!(page.shows("you no longer hold an Owner or Maintainer role on any critical project"), "{}", page.text());
        assert_eq!(held_codes(&app).await, 0);
        assert_eq!(registry.asked("top-project"), 1);
        assert_eq!(counters(&app), (1, 0, 0, 1));

        // Once the registry lists her again (any case of her name), she claims.
        registry.answer("top-project", Answer::Roles(vec![("Maintainer", "Alice")], None));
        let page = alice.claim("DE").await;
        assert_eq!(page.status, 200, "{}", page.text());
        assert!(page.promo_code().is_some(), "{}", page.text());
    }

    async fn a_confirmed_role_claims_and_the_answer_is_reused_from_the_cache(backend: Backend) {
        let registry = FakeRegistry::start().await;
        registry.answer("second.project", Answer::Roles(vec![("Owner", "bob"), ("Maintainer", "racer001"), ("Maintainer", "racer002")], None));
        let app = app_asking(backend, &registry, Duration::from_secs(5)).await;
        for name in ["racer001", "racer002", "bob"] {
            let page = app.signed_in(name).await.claim("US").await;
            assert!(page.promo_code().is_some(), "{name}: {}", page.text());
        }
        assert_eq!(registry.asked("second.project"), 1, "asked once, then answered from the cache");
        assert_eq!(counters(&app), (1, 2, 0, 0));
        assert_eq!(held_codes(&app).await, 3);
    }

    async fn an_organisations_project_leaves_the_decision_to_the_imported_data(backend: Backend) {
        let registry = FakeRegistry::start().await;
        // Organisation members act through the organisation: not listing alice proves nothing.
        registry.answer("top-project", Answer::Roles(vec![("Owner", "someone")], Some("psf")));
        let app = app_asking(backend, &registry, Duration::from_secs(5)).await;
        let page = app.signed_in("alice").await.claim("DE").await;
        assert!(page.promo_code().is_some(), "{}", page.text());
        assert_eq!(counters(&app), (1, 0, 0, 0), "an answer, not a failure");
    }

    async fn a_slow_or_failing_registry_falls_back_to_the_imported_data_and_is_counted(backend: Backend) {
        let registry = FakeRegistry::start().await;
        registry.answer("top-project", Answer::Slow(Duration::from_secs(30), vec![("Owner", "mallory")]));
        registry.answer("second.project", Answer::Status(500));
        let app = app_asking(backend, &registry, Duration::from_millis(300)).await;

        let started = std::time::Instant::now();
        let page = app.signed_in("alice").await.claim("DE").await;
        assert!(page.promo_code().is_some(), "the registry's silence refuses nothing: {}", page.text());
        assert!(started.elapsed() < Duration::from_secs(10), "waited {:?}", started.elapsed());
        let page = app.signed_in("bob").await.claim("DE").await;
        assert!(page.promo_code().is_some(), "{}", page.text());
        registry.answer("second.project", Answer::Garbage);
        let page = app.signed_in("racer001").await.claim("DE").await;
        assert!(page.promo_code().is_some(), "{}", page.text());
        assert_eq!(counters(&app), (3, 0, 3, 0), "three questions, three fallbacks, nothing cached");

        // The dashboard shows the figures.
        let (admin, _) = common::admin_browser(&app, "carol").await;
        let dashboard = admin.get("/admin").await;
        assert!(dashboard.shows("No usable answer (imported data decided) 3"), "{}", dashboard.text());
    }

    async fn without_the_setting_the_registry_is_never_asked(backend: Backend) {
        let registry = FakeRegistry::start().await;
        registry.answer("top-project", Answer::Roles(vec![("Owner", "mallory")], None));
        let app = TestApp::start(backend).await;
        app.with_open_campaign(5).await;
        assert!(app.state.registry.is_none());
        let page = app.signed_in("alice").await.claim("DE").await;
        assert!(page.promo_code().is_some(), "{}", page.text());
        assert_eq!(registry.asked("top-project"), 0);
    }

    async fn lookups_under_way_at_once_stay_within_their_bound(backend: Backend) {
        let registry = FakeRegistry::start().await;
        let holders: Vec<(&str, &str)> = (1..=30).map(|i| ("Maintainer", &*Box::leak(racer(i).into_boxed_str()))).collect();
        registry.answer("second.project", Answer::Slow(Duration::from_millis(200), holders));
        let app = app_asking(backend, &registry, Duration::from_secs(10)).await;
        let browsers = join_all((1..=30).map(|i| {
            let (app, name) = (&app, racer(i));
            async move { app.signed_in(&name).await }
        }))
        .await;
        let tokens = join_all(browsers.iter().map(|b| async move { b.get("/giveaway").await.csrf_token() })).await;
        let pages = join_all(browsers.iter().zip(&tokens).map(|(b, token)| async move {
            b.post_raw("/giveaway/claim", &[("country", "US"), ("csrf_token", token)]).await
        }))
        .await;
        assert!(pages.iter().all(|p| p.promo_code().is_some()), "every racer claimed");
        let most = registry.most_at_once();
        assert!((1..=3).contains(&most), "at most 3 questions at once, saw {most}");
        let (lookups, hits, fallbacks, _) = counters(&app);
        assert_eq!(lookups + hits, 30);
        assert_eq!(fallbacks, 0);
    }
}
