//! Redeeming through Stripe, against a fake Stripe of ours (this machine reaches no Stripe):
//! publication with retries, the checkout, and signed webhooks.

use crate::common;

use chrono::Duration;
use common::fake_stripe::{Failure, FakeStripe, WEBHOOK_SECRET};
use common::fixture::CAMPAIGN;
use common::{Browser, TestApp};
use keydrop::stripe::publisher::{FIRST_BACKOFF_SECONDS, end_of_day};

/// Sends the maintainer to Stripe with the "Redeem" button; answers the page they land on.
async fn redeem(browser: &Browser) -> common::Page {
    browser
        .submit("/giveaway", "/giveaway/checkout", &[("campaign", CAMPAIGN)])
        .await
}

async fn code_row(app: &TestApp, code: &str) -> keydrop::store::CodeRow {
    app.store.search_codes(code, 1).await.unwrap().remove(0)
}

backend_tests! {
    async fn the_whole_redeem_path(backend: Backend) {
        let (app, stripe) = TestApp::start_with_stripe(backend).await;
        let campaign = app.with_open_stripe_campaign(3).await;

        // One round makes the coupon and publishes every code.
        let round = app.publish_round().await;
        assert_eq!((round.coupons, round.queued, round.published, round.failed), (1, 3, 3, 0));
        let coupon = &stripe.coupons()[0];
        assert_eq!((coupon.percent_off, coupon.duration.as_str(), coupon.redeem_by), (100.0, "once", Some(end_of_day(campaign.ends_on))));
        let promotions = stripe.promotion_codes();
        assert_eq!(promotions.len(), 3);
        for promotion in &promotions {
            let row = code_row(&app, &promotion.code).await;
            assert_eq!(promotion.max_redemptions, Some(1));
            assert_eq!(promotion.expires_at, Some(end_of_day(row.expires_on.min(campaign.ends_on))));
            assert_eq!(promotion.metadata.get("keydrop_code_id"), Some(&row.id.to_string()));
            assert_eq!(promotion.coupon, coupon.id);
        }
        assert_eq!(app.publish_round().await, Default::default(), "nothing left to do");

        // The maintainer claims, and "Redeem" sends them to a Checkout Session for their code.
        let bob = app.signed_in("bob").await;
        let code = bob.claim("US").await.promo_code().unwrap();
        let page = bob.get("/giveaway").await;
        assert!(page.shows("Redeem: order my keys"), "{}", page.text());
        assert!(!page.shows("I have ordered my keys"));
        let (status, location) = bob.submit_for_redirect("/giveaway", "/giveaway/checkout", &[("campaign", CAMPAIGN)]).await;
        assert_eq!(status, 303);
        let location = location.unwrap();
        assert!(location.starts_with(&format!("{}/pay/", stripe.base)), "sent to Stripe: {location}");
        let session = stripe.session_of_url(&location).unwrap();
        let row = code_row(&app, &code).await;
        assert_eq!(session.promotion_code, stripe.promotion_code(&code).unwrap().id);
        assert_eq!(session.client_reference_id, Some(row.id.to_string()));
        assert_eq!((session.quantity, session.unit_amount, session.currency.as_str()), (2, 3000, "usd"));
        assert_eq!(session.product_name, "Titan Security Key");
        assert_eq!(session.allowed_countries.join(","), campaign.countries);
        let now = app.clock.unix();
        assert!((now + 30 * 60..=now + 40 * 60).contains(&session.expires_at), "a short expiry");
        assert!(session.success_url.ends_with("/giveaway/checkout/done"));

        // Stripe completes the order and says so: the code is redeemed through Stripe.
        assert_eq!(stripe.complete(&session.id, "CA").await, 200);
        let row = code_row(&app, &code).await;
        assert_eq!((row.state.as_str(), row.redeemed_via.as_deref()), ("redeemed", Some("stripe")));
        let history = app.store.code_history(row.id).await.unwrap();
        assert!(history.iter().any(|e| e.action == "code.redeem" && e.detail.contains("shipping to CA")), "{history:?}");
        let back = bob.get("/giveaway/checkout/done").await;
        assert!(back.shows("Thank you for your order"), "{}", back.text());
        assert!(back.shows("You ordered your keys through our store"), "{}", back.text());
        assert!(!back.shows("Redeem: order my keys"));
        assert_eq!(stripe.promotion_code(&code).unwrap().times_redeemed, 1);
    }

    async fn publication_is_retried_with_backoff_and_shown_to_admins(backend: Backend) {
        let (app, stripe) = TestApp::start_with_stripe(backend).await;
        app.with_open_stripe_campaign(2).await;
        stripe.fail_next("/v1/coupons", Failure::Refuse);
        let round = app.publish_round().await;
        assert_eq!((round.coupons, round.published), (0, 0), "no coupon, nothing published");
        stripe.fail_next("/v1/promotion_codes", Failure::Refuse);
        // One instant for the round, so its backoff can be checked to the second.
        let round_at = app.clock.unix();
        let round = app.publish_round_at(round_at).await;
        assert_eq!((round.coupons, round.published, round.failed), (1, 1, 1));
        let failed = stripe.promotion_codes().len();
        assert_eq!(failed, 1);
        let failing = if stripe.promotion_code("CODE-00001").is_some() { "CODE-00002" } else { "CODE-00001" };
        let row = code_row(&app, failing).await;
        let promotion = app.store.promotion_of(row.id).await.unwrap().unwrap();
        assert_eq!((promotion.state.as_str(), promotion.attempts), ("failed", 1));
        assert!(promotion.last_error.as_deref().unwrap().contains("injected failure"), "{promotion:?}");
        assert_eq!(promotion.next_attempt_at, round_at + FIRST_BACKOFF_SECONDS);

        // Admins see it.
        let (admin, _) = common::admin_browser(&app, "alice").await;
        let page = admin.get(&format!("/admin/codes/{}", row.id)).await;
        assert!(page.shows("Stripe failed (1 attempt, next try ") && page.shows("UTC): injected failure"), "{}", page.text());
        let campaign = app.store.campaign_by_name(CAMPAIGN).await.unwrap().unwrap();
        let page = admin.get(&format!("/admin/campaigns/{}", campaign.id)).await;
        assert!(page.shows("1 published, 0 waiting, 1 failed"), "{}", page.text());

        // Not before its backoff; then it goes through.
        assert_eq!(app.publish_round().await.published, 0);
        app.clock.advance(Duration::seconds(FIRST_BACKOFF_SECONDS));
        assert_eq!(app.publish_round().await.published, 1);
        assert_eq!(app.store.promotion_of(row.id).await.unwrap().unwrap().state, "published");
        assert_eq!(stripe.promotion_codes().len(), 2);
    }

    async fn a_restart_in_the_middle_of_publishing_publishes_once(backend: Backend) {
        let (app, stripe) = TestApp::start_with_stripe(backend).await;
        app.with_open_stripe_campaign(1).await;
        app.publish_round().await;
        // Stripe made the promotion code, but the answer never came back (the process died or
        // the connection broke): keydrop still counts it unpublished.
        let more = common::fixture::codes("MORE", 1);
        let campaign = app.store.campaign_by_name(CAMPAIGN).await.unwrap().unwrap();
        common::fixture::batch(&app.store, &campaign, &more, app.today() + Duration::days(30), "", app.clock.unix()).await;
        stripe.fail_next("/v1/promotion_codes", Failure::LoseAnswer);
        assert_eq!(app.publish_round().await.failed, 1);
        assert!(stripe.promotion_code("MORE-00001").is_some(), "Stripe did make it");

        // A fresh process over the same database tries again with the same idempotency key
        // and gets Stripe's first answer: one promotion code, adopted.
        let restarted = keydrop::store::Store::connect(app.db.url()).await.unwrap();
        let api = app.state.stripe.as_ref().unwrap().api.clone();
        app.clock.advance(Duration::seconds(FIRST_BACKOFF_SECONDS));
        let round = keydrop::stripe::publisher::run_round(&restarted, api.as_ref(), app.clock.unix(), Default::default()).await.unwrap();
        assert_eq!(round.published, 1);
        let made: Vec<_> = stripe.promotion_codes().into_iter().filter(|p| p.code == "MORE-00001").collect();
        assert_eq!(made.len(), 1, "published once");
        let row = code_row(&app, "MORE-00001").await;
        let promotion = app.store.promotion_of(row.id).await.unwrap().unwrap();
        assert_eq!(promotion.promotion_code_id.as_deref(), Some(made[0].id.as_str()));
    }

    async fn forged_stale_and_replayed_webhooks_are_refused_or_ignored(backend: Backend) {
        let (app, stripe) = TestApp::start_with_stripe(backend).await;
        app.with_open_stripe_campaign(1).await;
        app.publish_round().await;
        let bob = app.signed_in("bob").await;
        let code = bob.claim("US").await.promo_code().unwrap();
        let session = stripe.session_of_url(&redeem(&bob).await.url).unwrap();
        let row = code_row(&app, &code).await;
        let object = serde_json::json!({
            "id": session.id, "object": "checkout.session", "status": "complete",
            "client_reference_id": row.id.to_string(),
            "collected_information": { "shipping_details": { "address": { "country": "US" } } }
        });
        let (_, body) = stripe.event("checkout.session.completed", object);
        let now = chrono::Utc::now().timestamp();

        // Forged (another secret), stale (older than five minutes), tampered, unsigned: 400.
        assert_eq!(stripe.deliver(&body, "whsec_forged", now).await, 400);
        assert_eq!(stripe.deliver(&body, WEBHOOK_SECRET, now - 301).await, 400);
        let mut tampered = body.clone();
        let at = tampered.iter().position(|b| *b == b'U').unwrap();
        tampered[at] = b'X';
        let header = FakeStripe::signature(&body, WEBHOOK_SECRET, now);
        let sent = reqwest::Client::new().post(format!("{}/webhooks/stripe", app.base)).header("stripe-signature", header).body(tampered).send().await.unwrap();
        assert_eq!(sent.status(), 400);
        let unsigned = reqwest::Client::new().post(format!("{}/webhooks/stripe", app.base)).body(body.clone()).send().await.unwrap();
        assert_eq!(unsigned.status(), 400);
        assert_eq!(code_row(&app, &code).await.state, "assigned", "nothing was taken");

        // A secret being rotated: one v1 per secret, and one of them is ours.
        let ours = FakeStripe::signature(&body, WEBHOOK_SECRET, now);
        let theirs = FakeStripe::signature(&body, "whsec_new", now);
        let both = format!("{theirs},{}", ours.split_once(',').unwrap().1);
        let sent = reqwest::Client::new().post(format!("{}/webhooks/stripe", app.base)).header("stripe-signature", both).body(body.clone()).send().await.unwrap();
        assert_eq!(sent.status(), 200);
        assert_eq!(code_row(&app, &code).await.state, "redeemed");

        // The same event again, freshly signed: accepted, handled once.
        assert_eq!(stripe.deliver(&body, WEBHOOK_SECRET, now).await, 200);
        let redemptions = app.store.code_history(row.id).await.unwrap().into_iter().filter(|e| e.action == "code.redeem").count();
        assert_eq!(redemptions, 1);
    }

    async fn a_session_for_a_revoked_code_redeems_nothing(backend: Backend) {
        let (app, stripe) = TestApp::start_with_stripe(backend).await;
        app.with_open_stripe_campaign(2).await;
        app.publish_round().await;
        let bob = app.signed_in("bob").await;
        let code = bob.claim("US").await.promo_code().unwrap();
        let session = stripe.session_of_url(&redeem(&bob).await.url).unwrap();
        let row = code_row(&app, &code).await;
        assert!(app.store.revoke_code(row.id, "duplicate account", app.clock.unix(), "admin alice").await.unwrap());

        // The next round deactivates its promotion code in Stripe.
        assert_eq!(app.publish_round().await.deactivated, 1);
        assert!(!stripe.promotion_code(&code).unwrap().active);
        assert_eq!(app.store.promotion_of(row.id).await.unwrap().unwrap().state, "deactivated");

        // No new session for it: the page explains the revocation instead.
        let sessions = stripe.sessions().len();
        let page = redeem(&bob).await;
        assert!(page.url.starts_with(&app.base), "{}", page.url);
        assert!(page.shows("revoked"), "{}", page.text());
        assert_eq!(stripe.sessions().len(), sessions);

        // The session made before the revocation completes anyway: the code stays revoked.
        assert_eq!(stripe.complete(&session.id, "US").await, 200);
        let row = code_row(&app, &code).await;
        assert_eq!(row.state, "revoked");
        let history = app.store.code_history(row.id).await.unwrap();
        assert!(history.iter().any(|e| e.action == "stripe.checkout-ignored"), "{history:?}");
    }

    async fn an_expired_session_leaves_the_code_for_another_try(backend: Backend) {
        let (app, stripe) = TestApp::start_with_stripe(backend).await;
        app.with_open_stripe_campaign(1).await;
        app.publish_round().await;
        let bob = app.signed_in("bob").await;
        let code = bob.claim("US").await.promo_code().unwrap();
        let first = stripe.session_of_url(&redeem(&bob).await.url).unwrap();
        assert_eq!(stripe.expire(&first.id).await, 200);
        assert_eq!(code_row(&app, &code).await.state, "assigned");
        let second = stripe.session_of_url(&redeem(&bob).await.url).unwrap();
        assert_ne!(first.id, second.id);
        assert_eq!(stripe.complete(&second.id, "US").await, 200);
        assert_eq!(code_row(&app, &code).await.state, "redeemed");
    }

    async fn changes_made_in_stripe_are_reconciled(backend: Backend) {
        let (app, stripe) = TestApp::start_with_stripe(backend).await;
        app.with_open_stripe_campaign(2).await;
        app.publish_round().await;
        let bob = app.signed_in("bob").await;
        let code = bob.claim("US").await.promo_code().unwrap();

        // Deactivated in Stripe's dashboard: keydrop stops offering the checkout.
        assert_eq!(stripe.dashboard_update(&code, false, 0).await, 200);
        let row = code_row(&app, &code).await;
        assert_eq!(app.store.promotion_of(row.id).await.unwrap().unwrap().state, "deactivated");
        let page = redeem(&bob).await;
        assert!(page.shows("still being set up in the store"), "{}", page.text());

        // Used through Stripe without our checkout: the code is redeemed.
        assert_eq!(stripe.dashboard_update(&code, false, 1).await, 200);
        assert_eq!(code_row(&app, &code).await.state, "redeemed");
    }

    async fn without_stripe_settings_nothing_of_it_shows(backend: Backend) {
        let app = TestApp::start(backend).await;
        app.with_open_stripe_campaign(1).await;
        let bob = app.signed_in("bob").await;
        bob.claim("US").await.promo_code().unwrap();
        let page = bob.get("/giveaway").await;
        assert!(!page.shows("Redeem: order my keys"));
        assert!(page.shows("I have ordered my keys"), "the vendor's way still works");
        assert_eq!(redeem(&bob).await.status, 404);
        let hook = reqwest::Client::new().post(format!("{}/webhooks/stripe", app.base)).body("{}").send().await.unwrap();
        assert_eq!(hook.status(), 404);
    }

    async fn a_lost_answer_after_the_idempotency_key_expired_is_adopted(backend: Backend) {
        let (app, stripe) = TestApp::start_with_stripe(backend).await;
        app.with_open_stripe_campaign(1).await;
        stripe.fail_next("/v1/promotion_codes", Failure::LoseAnswer);
        assert_eq!(app.publish_round().await.failed, 1);
        stripe.forget_idempotency_keys();
        app.clock.advance(Duration::seconds(FIRST_BACKOFF_SECONDS));
        // Stripe now says the code exists; it is ours (its metadata says so), so it is adopted.
        assert_eq!(app.publish_round().await.published, 1);
        assert_eq!(stripe.promotion_codes().len(), 1);
        let row = code_row(&app, "CODE-00001").await;
        let promotion = app.store.promotion_of(row.id).await.unwrap().unwrap();
        assert_eq!(promotion.promotion_code_id, Some(stripe.promotion_codes()[0].id.clone()));
    }

    async fn the_server_publishes_in_the_background(backend: Backend) {
        let fake = common::fake_stripe::FakeStripe::start().await;
        let stripe = keydrop::stripe::StripeConfig {
            secret_key: common::fake_stripe::SECRET_KEY.to_string(),
            webhook_secret: WEBHOOK_SECRET.to_string(),
            api_base: Some(fake.base.clone()),
        };
        let app = TestApp::start_configured(backend, |config| config.stripe = Some(stripe)).await;
        app.with_open_stripe_campaign(3).await;
        let publisher = keydrop::server::spawn_stripe_publisher(&keydrop::web::AppState {
            config: std::sync::Arc::new(keydrop::config::Config {
                stripe_publish_every: Some(std::time::Duration::from_millis(50)),
                ..(*app.state.config).clone()
            }),
            ..app.state.clone()
        })
        .expect("Stripe is set up");
        // Wait for the outcome in keydrop's own records (bounded), not for a guessed time:
        // Stripe may hold a promotion code a moment before keydrop records it.
        let campaign = app.store.campaign_by_name(CAMPAIGN).await.unwrap().unwrap();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        while app.store.publication_counts(campaign.id).await.unwrap().published < 3 {
            assert!(std::time::Instant::now() < deadline, "published within 20 s");
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        publisher.abort();
        assert_eq!(fake.promotion_codes().len(), 3, "each code published once");
    }

    async fn stripe_sync_publishes_and_takes_redemptions_made_in_stripe(backend: Backend) {
        let (app, stripe) = TestApp::start_with_stripe(backend).await;
        let created = app
            .keydrop_command(&[
                "campaign", "create", "--name", "Shop", "--starts", &app.today().to_string(),
                "--ends", &(app.today() + Duration::days(30)).to_string(), "--fulfilment", "stripe",
            ])
            .output()
            .unwrap();
        assert!(String::from_utf8_lossy(&created.stderr).contains("a Stripe campaign needs a product name, a unit price and a currency"));
        app.with_open_stripe_campaign(2).await;
        let sync = |app: &TestApp| {
            app.keydrop_command(&["stripe", "sync", "--campaign", CAMPAIGN])
                .env("STRIPE_SECRET_KEY", common::fake_stripe::SECRET_KEY)
                .env("STRIPE_WEBHOOK_SECRET", WEBHOOK_SECRET)
                .env("STRIPE_API_BASE", &stripe.base)
                .output()
                .unwrap()
        };
        let out = sync(&app);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(String::from_utf8_lossy(&out.stdout).contains("1 coupons made, 2 promotion codes published, 0 failed"));

        // A redemption Stripe counted without an event reaching keydrop.
        let code = app.signed_in("bob").await.claim("US").await.promo_code().unwrap();
        stripe.redeem_quietly(&code);
        let out = sync(&app);
        assert!(String::from_utf8_lossy(&out.stdout).contains("1 codes found redeemed in Stripe"), "{}", String::from_utf8_lossy(&out.stdout));
        let row = code_row(&app, &code).await;
        assert_eq!((row.state.as_str(), row.redeemed_via.as_deref()), ("redeemed", Some("stripe")));

        let unset = app.keydrop_command(&["stripe", "sync"]).output().unwrap();
        assert!(String::from_utf8_lossy(&unset.stderr).contains("Stripe is not set up"));
    }

    async fn admins_make_stripe_campaigns_in_the_browser(backend: Backend) {
        let (app, _stripe) = TestApp::start_with_stripe(backend).await;
        app.with_open_campaign(0).await;
        let (admin, _) = common::admin_browser(&app, "alice").await;
        let mut fields = vec![
            ("name", "Shop 2027"), ("countries", "US,CA"), ("starts", "2027-01-01"), ("ends", "2027-02-01"),
            ("store_url", ""), ("keys_per_code", "2"), ("account_cutoff", ""), ("ended_message", ""),
            ("fulfilment", "stripe"), ("product_name", ""), ("unit_amount", "thirty"), ("currency", "dollars"),
        ];
        let refused = admin.submit("/admin/campaigns", "/admin/campaigns", &fields).await;
        assert_eq!(refused.status, 422);
        for expected in ["Give the price as a whole number", "A Stripe campaign needs a product name, a price and a currency.", "three-letter ISO 4217 code"] {
            assert!(refused.shows(expected), "{expected}: {}", refused.text());
        }
        fields.truncate(9);
        fields.extend([("product_name", "Titan Security Key"), ("unit_amount", "3000"), ("currency", "USD")]);
        let created = admin.submit("/admin/campaigns", "/admin/campaigns", &fields).await;
        assert!(created.shows("Saved."), "{}", created.text());
        assert!(created.shows("Coupon: not made yet."), "{}", created.text());
        let campaign = app.store.campaign_by_name("Shop 2027").await.unwrap().unwrap();
        assert!(campaign.uses_stripe());
        assert_eq!((campaign.product_name.as_deref(), campaign.unit_amount, campaign.currency.as_deref()), (Some("Titan Security Key"), Some(3000), Some("usd")));
    }
}
