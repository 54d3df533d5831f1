//! The admin area and API: who gets in, and what they can do.

mod common;

use chrono::Duration;
use common::fixture::CAMPAIGN;
use common::{Browser, Page, TestApp};

/// The TOTP secret an enrolment page shows.
fn enrolment_secret(page: &Page) -> Option<String> {
    let start = page.body.find("class=\"secret\">")? + "class=\"secret\">".len();
    let end = page.body[start..].find('<')? + start;
    Some(page.body[start..end].to_string())
}

/// Makes `username` an admin, signs in, and enrols TOTP. Answers the browser and the secret.
async fn admin_browser(app: &TestApp, username: &str) -> (Browser, String) {
    app.store
        .set_admin(username, true, app.clock.unix(), "test")
        .await
        .unwrap();
    let browser = app.signed_in(username).await;
    let gate = browser.get("/admin").await;
    assert_eq!(gate.status, 403);
    let secret = enrolment_secret(&gate).expect("enrolment shows the secret");
    let code = keydrop::totp::code_at(&secret, app.clock.unix()).unwrap();
    let page = browser
        .submit(
            "/admin",
            "/admin/second-factor",
            &[("code", &code), ("next", "/admin")],
        )
        .await;
    assert_eq!(page.status, 200, "{}", page.text());
    (browser, secret)
}

/// A bearer token made with the command line's store call.
async fn api_token(app: &TestApp, name: &str) -> (i64, String) {
    let token = keydrop::tokens::new_token();
    let id = app
        .store
        .create_api_token(name, &keydrop::tokens::hash(&token), app.clock.unix(), "test")
        .await
        .unwrap();
    (id, token)
}

backend_tests! {
    async fn only_admins_with_totp_get_in(backend: Backend) {
        let app = TestApp::start(backend).await;
        app.with_open_campaign(3).await;

        // Anonymous: sent to sign in; the API wants a token.
        assert!(app.browser().get("/admin").await.url.ends_with("/login"));
        let api = reqwest::Client::new().get(format!("{}/api/v1/campaigns/{CAMPAIGN}/stats", app.base)).send().await.unwrap();
        assert_eq!(api.status(), 401);

        // A maintainer who is not an admin: 403 everywhere.
        let bob = app.signed_in("bob").await;
        let page = bob.get("/admin").await;
        assert_eq!(page.status, 403);
        assert!(page.shows("your account is not one of them"));
        assert_eq!(bob.get(&format!("/api/v1/campaigns/{CAMPAIGN}/stats")).await.status, 403);
        let token = bob.get("/giveaway").await.csrf_token();
        assert_eq!(bob.post_raw("/admin/second-factor", &[("code", "123456"), ("csrf_token", &token)]).await.status, 403);

        // An admin without the second factor: 403, with the enrolment.
        app.store.set_admin("alice", true, app.clock.unix(), "test").await.unwrap();
        let alice = app.signed_in("alice").await;
        let gate = alice.get("/admin").await;
        assert_eq!(gate.status, 403);
        assert!(gate.shows("Set up your authenticator app"));
        assert!(gate.body.contains("<svg"), "a QR code");
        let secret = enrolment_secret(&gate).unwrap();
        assert_eq!(alice.get(&format!("/api/v1/campaigns/{CAMPAIGN}/stats")).await.status, 403);
        // The same pending secret on a reload, not a new one.
        assert_eq!(enrolment_secret(&alice.get("/admin").await).as_deref(), Some(secret.as_str()));

        // A wrong code is refused.
        let wrong = alice.submit("/admin", "/admin/second-factor", &[("code", "000000"), ("next", "/admin")]).await;
        assert_eq!(wrong.status, 403);
        assert!(wrong.shows("That code is not right"));
        // The right one lets her in, and back to the page she asked for.
        let code = keydrop::totp::code_at(&secret, app.clock.unix()).unwrap();
        let dashboard = alice.submit("/admin", "/admin/second-factor", &[("code", &code), ("next", "/admin")]).await;
        assert_eq!(dashboard.status, 200);
        assert!(dashboard.url.ends_with("/admin"));
        assert!(dashboard.shows("Dashboard"));
        assert_eq!(alice.get(&format!("/api/v1/campaigns/{CAMPAIGN}/stats")).await.status, 200);

        // In a new session: no enrolment any more (the secret is never shown again), and the
        // code already used is refused.
        let again = app.signed_in("alice").await;
        let gate = again.get("/admin").await;
        assert_eq!(gate.status, 403);
        assert!(enrolment_secret(&gate).is_none());
        assert!(!gate.body.contains(&secret));
        let replay = again.submit("/admin", "/admin/second-factor", &[("code", &code), ("next", "/admin")]).await;
        assert_eq!(replay.status, 403, "a code works once");
        app.clock.advance(Duration::seconds(30));
        let next = keydrop::totp::code_at(&secret, app.clock.unix()).unwrap();
        assert_eq!(again.submit("/admin", "/admin/second-factor", &[("code", &next), ("next", "https://evil.example/")]).await.url, format!("{}/admin", app.base), "no open redirect");

        // Removing the role ends admin access at once.
        app.store.set_admin("alice", false, app.clock.unix(), "test").await.unwrap();
        assert_eq!(again.get("/admin").await.status, 403);
        assert!(again.get("/admin").await.shows("your account is not one of them"));
    }

    async fn the_dashboard_shows_people_codes_and_adoption(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(4).await;
        app.signed_in("bob").await.claim("US").await;
        app.signed_in("racer001").await.claim("DE").await;
        let (admin, _) = admin_browser(&app, "alice").await;
        let page = admin.get("/admin").await;
        assert_eq!(page.status, 200);
        let text = page.text();
        // 2FA among critical maintainers: 5 fixture users on critical projects plus 200
        // racers; erin has a key; alice, bob, dave have TOTP.
        assert!(text.contains("Security key 1 0%"), "{text}");
        assert!(text.contains("TOTP only 3 1%"), "{text}");
        assert!(text.contains("None 200 98%"), "{text}");
        // Eligible: alice, bob and the racers (dave is too new, erin has a key, carol has no
        // critical role).
        assert!(text.contains("Eligible maintainers 202"), "{text}");
        assert!(text.contains("Signed in 3"), "{text}");
        assert!(text.contains("Claimed 2"), "{text}");
        assert!(text.contains("Codes left 2"), "{text}");
        assert!(text.contains("United States (US) 2 1 0"), "{text}");
        assert!(page.body.contains("<svg"), "the chart is server-side SVG");
        let _ = campaign;
    }

    async fn the_api_loads_batches_with_the_same_checks(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(1).await;
        let (id, token) = api_token(&app, "vendor sync").await;
        let client = reqwest::Client::new();
        let expires = (app.today() + Duration::days(40)).to_string();
        let url = format!("{}/api/v1/campaigns/{}/batches", app.base, CAMPAIGN.replace(' ', "%20"));
        let body = "code\nAPI-0001\nCODE-00001\nbad code\nAPI-0001\nAPI-0002\n";

        let refused = client.post(&url).bearer_auth(&token).query(&[("expires", expires.as_str())]).body(body).send().await.unwrap();
        assert_eq!(refused.status(), 422);
        let report: serde_json::Value = refused.json().await.unwrap();
        assert_eq!(report["loaded"], 0);
        assert_eq!(report["batch"], serde_json::Value::Null);
        let rejected: Vec<(u64, String)> = report["rejected"].as_array().unwrap().iter()
            .map(|r| (r["line"].as_u64().unwrap(), r["reason"].as_str().unwrap().to_string())).collect();
        assert_eq!(rejected.len(), 3, "{rejected:?}");
        assert_eq!(rejected[0], (3, "already loaded".to_string()));
        assert_eq!(rejected[1].0, 4);
        assert!(rejected[1].1.starts_with("bad characters"));
        assert_eq!(rejected[2], (5, "duplicate in the file: same code as line 2".to_string()));
        assert_eq!(app.store.codes_left(campaign.id, app.today()).await.unwrap(), 1);

        let loaded = client.post(&url).bearer_auth(&token)
            .query(&[("expires", expires.as_str()), ("skip_bad", "true"), ("countries", "us,ca"), ("label", "api")])
            .body(body).send().await.unwrap();
        assert_eq!(loaded.status(), 200);
        let report: serde_json::Value = loaded.json().await.unwrap();
        assert_eq!(report["loaded"], 2);
        assert!(report["batch"].as_i64().is_some());
        assert_eq!(report["rejected"].as_array().unwrap().len(), 3);
        let us = keydrop::domain::countries::Country::parse("US").unwrap();
        assert_eq!(app.store.codes_left_for(campaign.id, us, app.today()).await.unwrap(), 3);

        // Stats as JSON.
        let stats: serde_json::Value = client.get(format!("{}/api/v1/campaigns/{}/stats", app.base, CAMPAIGN.replace(' ', "%20")))
            .bearer_auth(&token).send().await.unwrap().json().await.unwrap();
        assert_eq!(stats["codes"]["total"], 3);
        assert_eq!(stats["codes"]["available"], 3);
        assert_eq!(stats["batches"].as_array().unwrap().len(), 2);
        assert_eq!(stats["people"]["eligible"], 202);

        // Bad options and tokens.
        let no_expiry = client.post(&url).bearer_auth(&token).body(body).send().await.unwrap();
        assert_eq!(no_expiry.status(), 400);
        let unknown = client.post(format!("{}/api/v1/campaigns/nope/batches", app.base)).bearer_auth(&token).query(&[("expires", expires.as_str())]).body(body).send().await.unwrap();
        assert_eq!(unknown.status(), 404);
        let wrong = client.post(&url).bearer_auth("not-a-token").query(&[("expires", expires.as_str())]).body(body).send().await.unwrap();
        assert_eq!(wrong.status(), 401);
        assert!(app.store.revoke_api_token(id, app.clock.unix(), "test").await.unwrap());
        let revoked = client.post(&url).bearer_auth(&token).query(&[("expires", expires.as_str())]).body(body).send().await.unwrap();
        assert_eq!(revoked.status(), 401);
        let entries = app.store.recent_audit(5).await.unwrap();
        assert!(entries.iter().any(|e| e.action == "batch.import" && e.actor == format!("api token {id} (vendor sync)")), "{entries:?}");
    }

    async fn revoke_then_reclaim(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(3).await;
        let bob = app.signed_in("bob").await;
        let first = bob.claim("FR").await.promo_code().unwrap();
        let (admin, _) = admin_browser(&app, "alice").await;

        // Found by its holder's username, and by the code's start.
        let found = admin.get("/admin/codes?q=BOB").await;
        assert!(found.shows(&first), "{}", found.text());
        assert!(admin.get(&format!("/admin/codes?q={}", &first[..6])).await.shows(&first));
        let id = app.store.search_codes(&first, 1).await.unwrap()[0].id;
        let page = admin.get(&format!("/admin/codes/{id}")).await;
        assert!(page.shows("State assigned") && page.shows("Revoke the code"), "{}", page.text());

        // A reason is required.
        let no_reason = admin.submit(&format!("/admin/codes/{id}"), &format!("/admin/codes/{id}/revoke"), &[("reason", " ")]).await;
        assert_eq!(no_reason.status, 422);
        let revoked = admin.submit(&format!("/admin/codes/{id}"), &format!("/admin/codes/{id}/revoke"), &[("reason", "reported as shared on a forum")]).await;
        assert!(revoked.shows("State revoked"), "{}", revoked.text());
        assert!(revoked.shows("reported as shared on a forum"));
        assert!(revoked.shows("maintainer bob code.claim declared country FR"), "history: {}", revoked.text());
        assert!(revoked.shows("admin alice code.revoke"));

        // bob sees it, and may claim again: he gets another code.
        let page = bob.get("/giveaway").await;
        assert!(page.shows("was revoked by its administrators"), "{}", page.text());
        assert!(page.shows("Claim my code"));
        let second = bob.claim("FR").await.promo_code().unwrap();
        assert_ne!(first, second);
        let totals = app.store.campaign_stats(&campaign).await.unwrap().totals();
        assert_eq!((totals.revoked, totals.assigned, totals.available), (1, 1, 1));

        // Marking redeemed by hand.
        let second_id = app.store.search_codes(&second, 1).await.unwrap()[0].id;
        let marked = admin.submit(&format!("/admin/codes/{second_id}"), &format!("/admin/codes/{second_id}/redeemed"), &[]).await;
        assert!(marked.shows("State redeemed") && marked.shows("(admin)"), "{}", marked.text());
        // A revoked code cannot be revoked or redeemed again.
        assert!(!app.store.revoke_code(id, "again", app.clock.unix(), "test").await.unwrap());
        assert!(!app.store.mark_redeemed_by_admin(id, app.clock.unix(), "test").await.unwrap());
    }

    async fn a_grant_makes_an_ineligible_maintainer_eligible(backend: Backend) {
        let app = TestApp::start(backend).await;
        app.with_open_campaign(2).await;
        let carol = app.signed_in("carol").await;
        let reason = "is not an Owner or Maintainer of any critical project";
        assert!(carol.get("/giveaway").await.shows(reason));
        let (admin, _) = admin_browser(&app, "alice").await;

        // The admin reads the same reason, in the same words.
        assert!(admin.get("/admin/maintainers?q=car").await.shows("carol (carol@example.org)"));
        let page = admin.get("/admin/maintainers/carol").await;
        assert!(page.shows(reason), "{}", page.text());
        let missing = admin.submit("/admin/maintainers/carol", "/admin/maintainers/carol/grant", &[("reason", "")]).await;
        assert_eq!(missing.status, 422);
        assert!(missing.shows("Give a reason for the grant."));

        let granted = admin.submit("/admin/maintainers/carol", "/admin/maintainers/carol/grant", &[("reason", "maintains numpy through the numpy organisation account")]).await;
        assert!(granted.shows("Eligibility granted by admin alice"), "{}", granted.text());
        assert!(granted.shows("Eligible: may claim a code."));
        assert!(carol.get("/giveaway").await.shows("Claim my code"));

        // Withdrawn before she claims: ineligible again.
        admin.submit("/admin/maintainers/carol", "/admin/maintainers/carol/withdraw", &[("reason", "granted by mistake")]).await;
        assert!(carol.get("/giveaway").await.shows(reason));
        assert_eq!(carol.claim("DE").await.status, 409);
        // Granted again, she claims.
        admin.submit("/admin/maintainers/carol", "/admin/maintainers/carol/grant", &[("reason", "confirmed by the numpy steering council")]).await;
        assert!(carol.claim("DE").await.promo_code().is_some());
        let actions: Vec<String> = app.store.recent_audit(50).await.unwrap().into_iter().map(|e| e.action).collect();
        assert_eq!(actions.iter().filter(|a| a.as_str() == "grant.add").count(), 2);
        assert_eq!(actions.iter().filter(|a| a.as_str() == "grant.withdraw").count(), 1);
    }

    async fn preview_then_confirm_loads_exactly_the_previewed_codes(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(1).await;
        let (admin, _) = admin_browser(&app, "alice").await;
        let expires = (app.today() + Duration::days(45)).to_string();
        let fields = [("campaign", CAMPAIGN), ("expires", expires.as_str()), ("countries", "jp"), ("label", "order 7")];

        // A file with bad lines: the preview names each; all-or-nothing is not offered.
        let mut file = String::from("code\n");
        for i in 1..=3000 {
            file.push_str(&format!("BIG-{i:06}\n"));
        }
        file.push_str("CODE-00001\nBIG-000007\nno good\n");
        let preview = admin.upload("/admin/batches", "/admin/batches/preview", &fields, file.into_bytes()).await;
        assert_eq!(preview.status, 200, "{}", preview.text());
        let text = preview.text();
        assert!(text.contains("Lines read 3003 Good codes 3000 Bad lines 3"), "{text}");
        assert!(text.contains("3002 already loaded"), "{text}");
        assert!(text.contains("3003 duplicate in the file: same code as line 8"), "{text}");
        assert!(text.contains("3004 bad characters “ ”"), "{text}");
        assert!(!text.contains("Load all"));
        let upload = preview.input_value("upload").unwrap();
        // Nothing is loaded by the preview.
        assert_eq!(app.store.codes_left(campaign.id, app.today()).await.unwrap(), 1);

        // Confirming all is refused while lines are bad; a made-up reference is unknown.
        let all = admin.submit("/admin/batches", "/admin/batches/confirm", &[("upload", &upload), ("load", "all")]).await;
        assert_eq!(all.status, 422);
        assert!(all.shows("Nothing was loaded: 3 lines are bad"), "{}", all.text());
        let forged = admin.submit("/admin/batches", "/admin/batches/confirm", &[("upload", &"f".repeat(64)), ("load", "good")]).await;
        assert_eq!(forged.status, 404);

        let loaded = admin.submit("/admin/batches", "/admin/batches/confirm", &[("upload", &upload), ("load", "good")]).await;
        assert!(loaded.shows("3000 codes were loaded as batch"), "{}", loaded.text());
        let jp = keydrop::domain::countries::Country::parse("JP").unwrap();
        assert_eq!(app.store.codes_left_for(campaign.id, jp, app.today()).await.unwrap(), 3001);
        let stats = app.store.campaign_stats(&campaign).await.unwrap();
        let batch = stats.batches.last().unwrap();
        assert_eq!((batch.total, batch.countries.as_str(), batch.label.as_deref()), (3000, "JP", Some("order 7")));
        // Exactly those codes: the first and last lines of the file are in, the bad ones not.
        assert_eq!(app.store.search_codes("BIG-000001", 5).await.unwrap().len(), 1);
        assert_eq!(app.store.search_codes("BIG-003000", 5).await.unwrap().len(), 1);

        // A second confirmation loads nothing more.
        let again = admin.submit("/admin/batches", "/admin/batches/confirm", &[("upload", &upload), ("load", "good")]).await;
        assert!(again.shows("That upload was loaded already."));
        assert_eq!(app.store.campaign_stats(&campaign).await.unwrap().totals().total, 3001);

        // A clean file offers "load all".
        let clean = admin.upload("/admin/batches", "/admin/batches/preview", &fields, b"NEW-0001\nNEW-0002\n".to_vec()).await;
        assert!(clean.shows("Load all 2 codes"));
        let upload = clean.input_value("upload").unwrap();
        assert!(admin.submit("/admin/batches", "/admin/batches/confirm", &[("upload", &upload), ("load", "all")]).await.shows("2 codes were loaded"));

        // Bad options are explained.
        let past = admin.upload("/admin/batches", "/admin/batches/preview", &[("campaign", CAMPAIGN), ("expires", "2020-01-01")], b"X-0001\n".to_vec()).await;
        assert_eq!(past.status, 422);
        assert!(past.shows("The expiry date 2020-01-01 is in the past."));
        let no_file = admin.upload("/admin/batches", "/admin/batches/preview", &fields, Vec::new()).await;
        assert!(no_file.shows("Choose a file to upload."));
    }

    async fn generated_batches_download_as_csv(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(0).await;
        let (admin, _) = admin_browser(&app, "alice").await;
        let expires = (app.today() + Duration::days(45)).to_string();
        let token = admin.get("/admin/batches").await.csrf_token();
        let page = admin.post_raw("/admin/batches/generate", &[
            ("campaign", CAMPAIGN), ("count", "250"), ("prefix", "pypi26"), ("expires", &expires), ("countries", ""), ("label", "ours"), ("csrf_token", &token),
        ]).await;
        assert_eq!(page.status, 200);
        assert!(page.headers["content-disposition"].to_str().unwrap().starts_with("attachment; filename=\"keydrop-batch-"));
        let mut lines = page.body.lines();
        assert_eq!(lines.next(), Some("code,expires_on"));
        let codes: Vec<&str> = lines.map(|l| l.split(',').next().unwrap()).collect();
        assert_eq!(codes.len(), 250);
        assert!(codes.iter().all(|c| c.starts_with("PYPI26-") && keydrop::domain::code_format::has_valid_check_symbol(c)));
        assert_eq!(app.store.codes_left(campaign.id, app.today()).await.unwrap(), 250);
        let bad = admin.post_raw("/admin/batches/generate", &[("campaign", CAMPAIGN), ("count", "0"), ("expires", &expires), ("csrf_token", &token)]).await;
        assert_eq!(bad.status, 422);
        assert!(bad.shows("Give a number of codes between 1 and 1,000,000."));
    }
}
