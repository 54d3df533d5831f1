//! Codes handed back by their holders: the confirmation step, the campaign's settings (back
//! to stock or retired; may they claim again), the audit, and the races.

use crate::common;

use common::TestApp;
use common::fixture::{self, CAMPAIGN};
use futures_util::future::join_all;
use keydrop::store::MailKind;
use keydrop::store::{HANDED_BACK_RESTOCK, HANDED_BACK_RETIRE, Released};

/// The confirmation page of the hand-back in the fixture campaign.
fn confirm_url() -> String {
    keydrop::web::urls::URLS.release_confirm(CAMPAIGN)
}

backend_tests! {
    async fn a_holder_hands_back_a_code_after_confirming(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(3).await;
        let alice = app.signed_in("alice").await;
        let code = alice.claim("DE").await.promo_code().unwrap();
        let page = alice.get("/giveaway").await;
        assert!(page.body.contains(&confirm_url().replace('&', "&amp;")), "a link to the confirmation page");

        // Opening the page (as a mail scanner or a prefetch might) changes nothing.
        let confirm = alice.get(&confirm_url()).await;
        assert_eq!(confirm.status, 200);
        assert!(confirm.shows(&format!("hand back your promo code {code}")), "{}", confirm.text());
        assert!(confirm.shows("It stops working"), "retired by default: {}", confirm.text());
        assert!(confirm.shows("You cannot claim another code"));
        let user = app.store.user_by_username("alice").await.unwrap().unwrap();
        assert_eq!(app.store.held_code(campaign.id, user.id).await.unwrap().unwrap().state, "assigned");

        // The form without its CSRF token is refused and changes nothing.
        let forged = alice.post_raw("/giveaway/release", &[("campaign", CAMPAIGN)]).await;
        assert_eq!(forged.status, 403);
        assert_eq!(app.count("SELECT COUNT(*) FROM code_releases", &[]).await, 0);

        let done = alice.submit(&confirm_url(), "/giveaway/release", &[("campaign", CAMPAIGN)]).await;
        assert!(done.url.ends_with("/giveaway"), "{}", done.url);
        assert!(done.shows("You handed your code back"), "{}", done.text());
        assert!(done.promo_code().is_none());
        assert!(done.shows("cannot be claimed again here"), "{}", done.text());
        assert!(!done.shows("revoked by its administrators"), "not told as an admin's revocation");
        // Retired: revoked, with the hand-back's reason, audited, recorded.
        let (state, reason): (String, Option<String>) = app.store.search_codes(&code, 1).await.unwrap()
            .first().map(|c| (c.state.clone(), c.revoke_reason.clone())).unwrap();
        assert_eq!((state.as_str(), reason.as_deref()), ("revoked", Some("handed back by its holder")));
        assert_eq!(app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'code.hand-back' AND user_id = $1", &[user.id]).await, 1);
        assert_eq!(app.store.hand_back_counts(campaign.id).await.unwrap().retired, 1);
        // Nor is she reminded to claim, nor invited again.
        for kind in [MailKind::ClaimReminder, MailKind::Invitation] {
            let to = app.store.campaign_mail_recipients(kind, &campaign, app.today()).await.unwrap();
            assert!(!to.contains(&user.id), "{kind:?} to {to:?}");
        }
        // She may not claim again; a second hand-back finds nothing.
        assert_eq!(alice.claim("DE").await.status, 409);
        let twice = alice.submit("/giveaway", "/giveaway/release", &[("campaign", CAMPAIGN)]).await;
        assert!(twice.shows("You hold no unused code"), "{}", twice.text());
        assert_eq!(app.count("SELECT COUNT(*) FROM code_releases", &[]).await, 1);
        // The confirmation page of someone holding nothing leads back to their page.
        assert!(alice.get(&confirm_url()).await.url.ends_with("/giveaway"));

        // Admins see it on the maintainer's page.
        let (admin, _) = common::admin_browser(&app, "bob").await;
        let page = admin.get("/admin/maintainers/alice").await;
        assert!(page.shows("Codes handed back"), "{}", page.text());
        assert!(page.shows(&format!("{CAMPAIGN}: {code} on")), "{}", page.text());
        assert!(page.shows("retired"));
    }

    async fn a_code_back_in_stock_goes_to_the_next_claim(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(1).await;
        let cmd = app.keydrop_command(&["campaign", "hand-back", CAMPAIGN, "--codes", "restock", "--claim-again", "yes"])
            .output().unwrap();
        assert!(cmd.status.success(), "{}", String::from_utf8_lossy(&cmd.stderr));
        // Another process changed the campaign: shown here at once, not after the moment
        // this process keeps campaigns for.
        app.store.forget_campaigns();
        let alice = app.signed_in("alice").await;
        let code = alice.claim("DE").await.promo_code().unwrap();
        let bob = app.signed_in("bob").await;
        assert_eq!(bob.claim("US").await.status, 409, "the only code is held");
        let confirm = alice.get(&confirm_url()).await;
        assert!(confirm.shows("It goes to another maintainer"), "{}", confirm.text());
        assert!(confirm.shows("You may claim another code later"));
        alice.submit(&confirm_url(), "/giveaway/release", &[("campaign", CAMPAIGN)]).await;
        assert_eq!(bob.claim("US").await.promo_code(), Some(code), "the same code, now bob's");
        assert_eq!(app.store.hand_back_counts(campaign.id).await.unwrap().restocked, 1);
        // Allowed to claim again, she is among those reminded to claim.
        let alice_id = app.store.user_by_username("alice").await.unwrap().unwrap().id;
        let to = app.store.campaign_mail_recipients(MailKind::ClaimReminder, &campaign, app.today()).await.unwrap();
        assert!(to.contains(&alice_id), "{to:?}");
        // She may claim again, while codes are left (none are).
        let refused = alice.claim("DE").await;
        assert!(refused.shows("none is left") || refused.shows("No codes are left"), "{}", refused.text());
        fixture::batch(&app.store, &campaign, &fixture::codes("MORE", 1), app.today() + chrono::Duration::days(30), "", app.clock.unix()).await;
        assert!(alice.claim("DE").await.promo_code().unwrap().starts_with("MORE-"));
    }

    async fn a_double_hand_back_hands_back_once(backend: Backend) {
        let app = TestApp::start(backend).await;
        let mut campaign = app.with_open_campaign(5).await;
        for policy in [HANDED_BACK_RESTOCK, HANDED_BACK_RETIRE] {
            app.store.set_hand_back(campaign.id, policy, true, app.clock.unix(), "test").await.unwrap();
            campaign = app.store.campaign_by_id(campaign.id).await.unwrap().unwrap();
            let racer = app.store.user_by_username(&fixture::racer(if policy == HANDED_BACK_RESTOCK { 1 } else { 2 })).await.unwrap().unwrap();
            keydrop::giveaway::claim(&app.store, None, &racer, &campaign, keydrop::giveaway::Declared { country: "DE", offer: None }, keydrop::giveaway::Claiming { today: app.today(), now: app.clock.unix(), flash: None, counter: None })
                .await.unwrap().result.expect("a code");
            let releases = join_all((0..16).map(|_| {
                let (store, campaign, now) = (app.store.clone(), campaign.clone(), app.clock.unix());
                async move { store.release_code(&campaign, racer.id, now, "race").await.unwrap() }
            }))
            .await;
            let done: Vec<&Released> = releases.iter().flatten().collect();
            assert_eq!(done.len(), 1, "{policy}: exactly one of 16 concurrent hand-backs: {releases:?}");
            assert_eq!(app.count("SELECT COUNT(*) FROM code_releases WHERE user_id = $1", &[racer.id]).await, 1);
            assert_eq!(app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'code.hand-back' AND user_id = $1", &[racer.id]).await, 1);
        }
    }

    async fn a_hand_back_racing_a_redemption_loses_or_wins_whole(backend: Backend) {
        let app = TestApp::start(backend).await;
        let mut campaign = app.with_open_campaign(60).await;
        app.store.set_hand_back(campaign.id, HANDED_BACK_RESTOCK, true, app.clock.unix(), "test").await.unwrap();
        campaign = app.store.campaign_by_id(campaign.id).await.unwrap().unwrap();
        let mut racers = Vec::new();
        for i in 1..=40 {
            let user = app.store.user_by_username(&fixture::racer(i)).await.unwrap().unwrap();
            keydrop::giveaway::claim(&app.store, None, &user, &campaign, keydrop::giveaway::Declared { country: "DE", offer: None }, keydrop::giveaway::Claiming { today: app.today(), now: app.clock.unix(), flash: None, counter: None })
                .await.unwrap().result.expect("a code");
            racers.push(user);
        }
        // Each holder hands back and says they ordered at the same moment.
        let outcomes = join_all(racers.iter().map(|user| {
            let (store, campaign, now, user_id) = (app.store.clone(), campaign.clone(), app.clock.unix(), user.id);
            async move {
                let (released, redeemed) = tokio::join!(
                    store.release_code(&campaign, user_id, now, "race"),
                    store.mark_redeemed_by_holder(campaign.id, user_id, now, "race"),
                );
                (released.unwrap(), redeemed.unwrap())
            }
        }))
        .await;
        let (mut released, mut redeemed) = (0, 0);
        for (user, (hand_back, held)) in racers.iter().zip(&outcomes) {
            let back = app.count("SELECT COUNT(*) FROM code_releases WHERE user_id = $1", &[user.id]).await;
            let ordered = app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'code.redeem' AND user_id = $1", &[user.id]).await;
            // Exactly one of the two happened, and what each answered says which.
            assert_eq!(back + ordered, 1, "{}: hand-back {back}, redemption {ordered}", user.username);
            assert_eq!(hand_back.is_some(), back == 1);
            assert_eq!(held.0.as_ref().is_some_and(|h| h.state == "redeemed"), ordered == 1);
            assert_eq!(held.1, ordered == 1, "the redemption says whether it marked the code");
            released += back;
            redeemed += ordered;
        }
        // Codes handed back are in stock; none is both redeemed and available.
        let available = app.count("SELECT COUNT(*) FROM codes WHERE campaign_id = $1 AND state = 'available'", &[campaign.id]).await;
        assert_eq!(available, 20 + released);
        assert_eq!(app.count("SELECT COUNT(*) FROM codes WHERE campaign_id = $1 AND state = 'redeemed'", &[campaign.id]).await, redeemed);
    }
}
