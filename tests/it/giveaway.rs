//! The maintainer's path through the giveaway, driven over HTTP as a browser would.

use crate::common;

use chrono::Duration;
use common::TestApp;
use common::fixture::{self, CAMPAIGN};
use keydrop::store::NewCampaign;

backend_tests! {
    async fn eligible_maintainer_claims_a_code_and_sees_it_again(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(5).await;
        let alice = app.signed_in("alice").await;

        let page = alice.get("/giveaway").await;
        assert_eq!(page.status, 200);
        assert!(page.shows("top-project Owner 1"), "critical project with role and rank: {}", page.text());
        assert!(page.shows("Claim my code"));
        assert!(page.promo_code().is_none());

        let claimed = alice.claim("de").await;
        assert_eq!(claimed.status, 200);
        assert!(claimed.url.ends_with("/giveaway"), "redirected back to the page: {}", claimed.url);
        assert!(claimed.shows("Your code is ready."));
        let code = claimed.promo_code().expect("code shown");
        assert!(code.starts_with("CODE-"));
        assert!(claimed.shows("60 days left"), "{}", claimed.text());
        assert!(claimed.shows("Put exactly 2 keys in the cart"));
        assert!(claimed.body.contains("href=\"https://store.example.com/titan\""));
        assert!(claimed.body.contains("data-copy="), "copy button present");
        assert!(!claimed.shows("Claim my code"));

        // The code is stored as assigned to alice with her declared country.
        let user = app.store.user_by_username("alice").await.unwrap().unwrap();
        let held = app.store.held_code(campaign.id, user.id).await.unwrap().unwrap();
        assert_eq!((held.code.as_str(), held.state.as_str(), held.country.as_deref()), (code.as_str(), "assigned", Some("DE")));

        // Every later visit, in a new session too, shows the same code.
        let again = app.signed_in("alice").await.get("/giveaway").await;
        assert_eq!(again.promo_code(), Some(code.clone()));
        assert!(!again.shows("Your code is ready."), "the flash is shown once");

        // "I have ordered my keys".
        let redeemed = alice.submit("/giveaway", "/giveaway/redeemed", &[("campaign", CAMPAIGN), ("confirm", "yes")]).await;
        assert!(redeemed.shows("we have noted that you ordered your keys"), "{}", redeemed.text());
        assert!(redeemed.shows("You told us you ordered your keys"));
        let held = app.store.held_code(campaign.id, user.id).await.unwrap().unwrap();
        assert_eq!((held.state.as_str(), held.redeemed_via.as_deref()), ("redeemed", Some("self-report")));
    }

    async fn a_second_claim_returns_the_code_already_held(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(5).await;
        let bob = app.signed_in("bob").await;
        let first = bob.claim("US").await.promo_code().unwrap();
        // The form resubmitted from an old page, with another country.
        let token = bob.get("/giveaway").await.csrf_token();
        let second = bob.post_raw("/giveaway/claim", &[("country", "FR"), ("csrf_token", &token)]).await;
        assert_eq!(second.status, 200);
        assert!(second.shows("You already have a code for this giveaway"));
        assert_eq!(second.promo_code(), Some(first));
        let stats = app.store.campaign_stats(&campaign).await.unwrap().totals();
        assert_eq!((stats.assigned, stats.available), (1, 4));
    }

    async fn every_ineligibility_reason_is_explained(backend: Backend) {
        let app = TestApp::start(backend).await;
        app.with_open_campaign(3).await;
        for (user, reason) in [
            ("carol", "is not an Owner or Maintainer of any critical project"),
            ("dave", "yours was created on 1 October 2026"),
            ("erin", "Your account already uses a security key"),
        ] {
            let browser = app.signed_in(user).await;
            let page = browser.get("/giveaway").await;
            assert!(page.shows(reason), "{user}: {}", page.text());
            assert!(!page.shows("Claim my code"), "{user} gets no form");
            // Posting the form anyway assigns nothing.
            let refused = browser.post_raw("/giveaway/claim", &[("country", "DE"), ("csrf_token", &page.csrf_token())]).await;
            assert_eq!(refused.status, 409, "{user}");
            assert!(refused.shows(reason));
            assert!(refused.promo_code().is_none());
        }
        assert!(app.signed_in("carol").await.get("/giveaway").await.shows("None of the projects you are an Owner or Maintainer of is critical"));
    }

    async fn campaign_window_and_stock_reasons_come_first(backend: Backend) {
        let app = TestApp::start(backend).await;
        let now = app.clock.unix();
        fixture::registry(&app.store, now).await;
        let today = app.today();
        // Not open yet: even carol (no critical role) is told the campaign's state first.
        let upcoming = NewCampaign { starts_on: today + Duration::days(3), ..fixture::open_campaign(today) };
        let campaign = fixture::campaign(&app.store, &upcoming, now).await;
        fixture::batch(&app.store, &campaign, &fixture::codes("UP", 2), today + Duration::days(60), "", now).await;
        let carol = app.signed_in("carol").await;
        let starts = (today + Duration::days(3)).format("%-d %B %Y").to_string();
        assert!(carol.get("/giveaway").await.shows(&format!("This giveaway opens on {starts}")));
        let alice = app.signed_in("alice").await;
        let early = alice.claim("DE").await;
        assert_eq!(early.status, 409);
        assert!(early.shows("This giveaway opens on"));

        // Ended (the clock moves past its end; sessions have expired by then).
        app.clock.advance(Duration::days(40));
        let ended = app.signed_in("alice").await.get("/giveaway").await;
        assert!(ended.shows("This giveaway ended on"), "{}", ended.text());
    }

    async fn no_codes_left_is_said_plainly(backend: Backend) {
        let app = TestApp::start(backend).await;
        app.with_open_campaign(1).await;
        let alice = app.signed_in("alice").await;
        let bob = app.signed_in("bob").await;
        assert!(bob.get("/giveaway").await.shows("Claim my code"));
        assert!(alice.claim("DE").await.promo_code().is_some());
        // bob's page was loaded while one code was left; his claim now finds none.
        let page = bob.claim("DE").await;
        assert_eq!(page.status, 409);
        assert!(page.shows("Every code of this giveaway has been claimed"), "{}", page.text());
        assert!(bob.get("/giveaway").await.shows("Every code of this giveaway has been claimed"));
        // carol has no critical role, but stock is checked first.
        assert!(app.signed_in("carol").await.get("/giveaway").await.shows("Every code of this giveaway has been claimed"));
    }

    async fn unknown_and_ineligible_countries_assign_nothing(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(3).await;
        let alice = app.signed_in("alice").await;
        for (country, status, message) in [
            ("UK", 422, "UK is not an ISO country code: for the United Kingdom, enter GB."),
            ("XX", 422, "We do not know a country called “XX”."),
            ("Atlantis", 422, "We do not know a country called “Atlantis”."),
            ("", 422, "Enter the country your keys should ship to."),
            ("brazil", 422, "The keys of this giveaway do not ship to this country: Brazil (BR). Nothing was assigned to you."),
        ] {
            let page = alice.claim(country).await;
            assert_eq!(page.status, status, "{country:?}");
            assert!(page.shows(message), "{country:?}: {}", page.text());
            assert!(page.body.contains("aria-invalid=\"true\""), "the field is marked invalid");
            assert!(page.promo_code().is_none());
        }
        let user = app.store.user_by_username("alice").await.unwrap().unwrap();
        assert!(app.store.held_code(campaign.id, user.id).await.unwrap().is_none());
        assert_eq!(app.store.codes_left(campaign.id, app.today()).await.unwrap(), 3);
        // The typed value is kept in the form.
        assert_eq!(alice.claim("UK").await.input_value("country").as_deref(), Some("UK"));
        // And then the United Kingdom works, by name too.
        let claimed = alice.claim("united kingdom").await;
        assert!(claimed.promo_code().is_some(), "{}", claimed.text());
        assert_eq!(app.store.held_code(campaign.id, user.id).await.unwrap().unwrap().country.as_deref(), Some("GB"));
    }

    async fn countries_are_understood_in_their_own_languages(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(3).await;
        let alice = app.signed_in("alice").await;
        // The form lists the countries with their own names beside the English one.
        let form = alice.get("/giveaway").await;
        assert!(form.body.contains("Switzerland (Schweiz, Suisse, Schwiiz, Svizzera, Svizra)"), "{}", form.body);
        assert!(form.shows("Its name, in English or in one of the country's own languages"));
        for (user, typed, country) in [("alice", "Österreich", "AT"), ("bob", "England", "GB")] {
            let claimed = app.signed_in(user).await.claim(typed).await;
            assert!(claimed.promo_code().is_some(), "{typed}: {}", claimed.text());
            let holder = app.store.user_by_username(user).await.unwrap().unwrap();
            let held = app.store.held_code(campaign.id, holder.id).await.unwrap().unwrap();
            assert_eq!(held.country.as_deref(), Some(country), "{typed}");
        }
    }

    async fn expired_codes_are_never_assigned(backend: Backend) {
        let app = TestApp::start(backend).await;
        let now = app.clock.unix();
        fixture::registry(&app.store, now).await;
        let today = app.today();
        let campaign = fixture::campaign(&app.store, &fixture::open_campaign(today), now).await;
        // Expired yesterday: listed first by expiry, but never handed out.
        fixture::batch(&app.store, &campaign, &fixture::codes("OLD", 5), today - Duration::days(1), "", now).await;
        fixture::batch(&app.store, &campaign, &fixture::codes("NEW", 1), today + Duration::days(10), "", now).await;
        let code = app.signed_in("alice").await.claim("FR").await.promo_code().unwrap();
        assert_eq!(code, "NEW-00001");
        let bob = app.signed_in("bob").await;
        let page = bob.claim("FR").await;
        assert!(page.promo_code().is_none());
        assert!(page.shows("Every code of this giveaway has been claimed"));

        // The sweep stores the state; a code that expires while held says so to its holder.
        app.clock.advance(Duration::days(11));
        app.store.expire_codes(app.today(), app.clock.unix()).await.unwrap();
        let totals = app.store.campaign_stats(&campaign).await.unwrap().totals();
        assert_eq!((totals.expired, totals.available, totals.assigned), (6, 0, 0));
        let later = app.signed_in("alice").await.get("/giveaway").await;
        assert!(later.shows("This code expired on"), "{}", later.text());
    }

    async fn country_bound_batches_serve_only_their_countries(backend: Backend) {
        let app = TestApp::start(backend).await;
        let now = app.clock.unix();
        fixture::registry(&app.store, now).await;
        let today = app.today();
        let campaign = fixture::campaign(&app.store, &fixture::open_campaign(today), now).await;
        let expiry = today + Duration::days(30);
        fixture::batch(&app.store, &campaign, &fixture::codes("US", 2), expiry, "US", now).await;
        // The open batch expires sooner, yet a US maintainer gets a US-only code first: those
        // can serve nobody else.
        fixture::batch(&app.store, &campaign, &fixture::codes("ANY", 1), expiry - Duration::days(5), "", now).await;

        assert!(app.signed_in("racer001").await.claim("US").await.promo_code().unwrap().starts_with("US-"));
        assert_eq!(app.signed_in("racer002").await.claim("JP").await.promo_code().unwrap(), "ANY-00001");
        // Only US codes are left: a German maintainer gets none, an American one does.
        let de = app.signed_in("racer003").await.claim("DE").await;
        assert_eq!(de.status, 409);
        assert!(de.shows("No codes are left for this country: Germany (DE)."), "{}", de.text());
        assert!(app.signed_in("racer004").await.claim("us").await.promo_code().unwrap().starts_with("US-"));
        let stats = app.store.campaign_stats(&campaign).await.unwrap();
        let countries: Vec<_> = stats.countries.iter().map(|c| (c.country.as_str(), c.claimed)).collect();
        assert_eq!(countries, vec![("JP", 1), ("US", 2)]);
    }

    async fn forms_without_a_valid_csrf_token_are_refused(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(2).await;
        let alice = app.signed_in("alice").await;
        for token in ["", "0000", &"a".repeat(64)] {
            let page = alice.post_raw("/giveaway/claim", &[("country", "DE"), ("csrf_token", token)]).await;
            assert_eq!(page.status, 403);
            assert!(page.shows("This form has expired"));
        }
        // Another session's token does not work either.
        let bobs_token = app.signed_in("bob").await.get("/giveaway").await.csrf_token();
        assert_eq!(alice.post_raw("/giveaway/claim", &[("country", "DE"), ("csrf_token", &bobs_token)]).await.status, 403);
        assert_eq!(app.store.codes_left(campaign.id, app.today()).await.unwrap(), 2);
        // Signing in needs the form's token too.
        assert_eq!(app.browser().post_raw("/login", &[("login", "alice")]).await.status, 403);
    }

    async fn signed_in_forms_take_only_the_sessions_token(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(2).await;
        let alice = app.signed_in("alice").await;
        // Without a token field, and with a wrong token: 403, nothing claimed.
        for fields in [vec![("country", "DE")], vec![("country", "DE"), ("csrf_token", "wrong")]] {
            let page = alice.post_raw("/giveaway/claim", &fields).await;
            assert_eq!(page.status, 403);
            assert!(page.shows("This form has expired"));
        }
        // With both cookies (she opened the sign-in page while signed in), the sign-in form's
        // token is good for the sign-in form, and for no form of her session.
        let anon_token = alice.get("/login").await.csrf_token();
        assert_ne!(anon_token, alice.get("/giveaway").await.csrf_token());
        assert_eq!(alice.post_raw("/giveaway/claim", &[("country", "DE"), ("csrf_token", &anon_token)]).await.status, 403);
        assert_eq!(alice.post_raw("/logout", &[("csrf_token", &anon_token)]).await.status, 403);
        assert_eq!(app.store.codes_left(campaign.id, app.today()).await.unwrap(), 2);
        let sent = alice.post_raw("/login", &[("login", "alice"), ("csrf_token", &anon_token)]).await;
        assert_eq!(sent.status, 200, "{}", sent.text());
        // Her session's token works.
        assert!(alice.claim("DE").await.promo_code().is_some());
    }

    async fn pages_need_a_session_and_errors_reveal_nothing(backend: Backend) {
        let app = TestApp::start(backend).await;
        app.with_open_campaign(1).await;
        let anonymous = app.browser();
        let page = anonymous.get("/giveaway").await;
        assert!(page.url.ends_with("/login"), "sent to sign in: {}", page.url);
        assert!(anonymous.get("/").await.shows("Security keys for the maintainers of critical projects"));

        let missing = anonymous.get("/no/such/page").await;
        assert_eq!(missing.status, 404);
        assert!(missing.shows("Page not found"));
        let garbage = app.signed_in("alice").await.post_raw("/giveaway/claim", &[]).await;
        assert_eq!(garbage.status, 403);
        for page in [&missing, &garbage] {
            for internal in ["sqlx", "panicked", "src/", "SELECT", "Error("] {
                assert!(!page.body.contains(internal), "{internal} in {}", page.body);
            }
        }
        let health = anonymous.get("/healthz").await;
        assert_eq!((health.status, health.body.as_str()), (200, "ok\n"));
        let headers = &page.headers;
        assert!(headers["content-security-policy"].to_str().unwrap().contains("script-src 'self'"));
        assert_eq!(headers["x-frame-options"], "DENY");
        assert_eq!(headers["referrer-policy"], "no-referrer");
        assert_eq!(headers["cache-control"], "no-store");
        let css = anonymous.get("/static/style.css").await;
        assert_eq!(css.status, 200);
        assert!(css.headers["content-type"].to_str().unwrap().starts_with("text/css"));
    }

    async fn the_audit_log_records_who_did_what(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(2).await;
        let alice = app.signed_in("alice").await;
        alice.claim("AT").await;
        alice.submit("/giveaway", "/giveaway/redeemed", &[("confirm", "yes")]).await;
        let entries = app.store.recent_audit(20).await.unwrap();
        let summary: Vec<(String, &str)> = entries.iter().rev().map(|e| (e.actor.clone(), e.action.as_str())).collect();
        assert_eq!(
            summary,
            vec![
                ("test".to_string(), "registry.import"),
                ("test".to_string(), "campaign.create"),
                ("test".to_string(), "batch.import"),
                ("maintainer alice".to_string(), "login"),
                ("maintainer alice".to_string(), "code.claim"),
                ("maintainer alice".to_string(), "code.redeem"),
            ]
        );
        let claim = &entries[1];
        assert_eq!((claim.campaign_id, claim.detail.as_str()), (Some(campaign.id), "declared country AT"));
        assert!(claim.code_id.is_some() && claim.user_id.is_some());
        assert!(entries.iter().all(|e| e.at >= app.clock.unix() - 60));
    }

    async fn a_failing_database_gives_a_plain_500_page(backend: Backend) {
        let app = TestApp::start(backend).await;
        app.with_open_campaign(1).await;
        let alice = app.signed_in("alice").await;
        app.store.close().await;
        let page = alice.get("/giveaway").await;
        assert_eq!(page.status, 500);
        assert!(page.shows("Something went wrong on our side"));
        for internal in ["closed", "pool", "sqlx", "Error"] {
            assert!(!page.body.contains(internal), "{internal} in {}", page.body);
        }
        assert_eq!(alice.get("/healthz").await.status, 503);
    }

    async fn with_several_campaigns_open_each_form_names_its_campaign(backend: Backend) {
        let app = TestApp::start(backend).await;
        let first = app.with_open_campaign(2).await;
        let now = app.clock.unix();
        let today = app.today();
        let second = fixture::campaign(&app.store, &NewCampaign { name: "Japan only".into(), countries: vec![keydrop::domain::countries::Country::parse("JP").unwrap()], ..fixture::open_campaign(today) }, now).await;
        fixture::batch(&app.store, &second, &fixture::codes("JP", 2), today + Duration::days(20), "", now).await;
        let alice = app.signed_in("alice").await;
        let page = alice.get("/giveaway").await;
        assert_eq!(page.body.matches("Claim my code").count(), 2);
        assert!(page.body.contains("name=\"campaign\" value=\"Japan only\""));
        let jp = alice.submit("/giveaway", "/giveaway/claim", &[("country", "JP"), ("campaign", "Japan only")]).await;
        assert!(jp.shows("Your code is ready."));
        let user = app.store.user_by_username("alice").await.unwrap().unwrap();
        assert!(app.store.held_code(second.id, user.id).await.unwrap().unwrap().code.starts_with("JP-"));
        assert!(app.store.held_code(first.id, user.id).await.unwrap().is_none());
        // The first campaign is claimed separately: one code per campaign.
        let again = alice.submit("/giveaway", "/giveaway/claim", &[("country", "DE"), ("campaign", CAMPAIGN)]).await;
        assert!(app.store.held_code(first.id, user.id).await.unwrap().unwrap().code.starts_with("CODE-"));
        assert_eq!(again.body.matches("class=\"promo\"").count(), 2, "both codes shown");
        let unknown = alice.submit("/giveaway", "/giveaway/claim", &[("country", "DE"), ("campaign", "nope")]).await;
        assert_eq!(unknown.status, 404);
    }
}
