//! The admin area and API: who gets in, and what they can do.

use crate::common;

use chrono::Duration;
use common::fixture::{self, CAMPAIGN};
use common::{TestApp, admin_browser, enrolment_secret};

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
        assert_eq!(bob.get(&format!("/api/v1/campaigns/{CAMPAIGN}/stats")).await.status, 401);
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
        assert_eq!(alice.get(&format!("/api/v1/campaigns/{CAMPAIGN}/stats")).await.status, 401);
        // The same pending secret on a reload, not a new one.
        assert_eq!(enrolment_secret(&alice.get("/admin").await).as_deref(), Some(secret.as_str()));

        // A wrong code is refused.
        let wrong = alice.submit("/admin", "/admin/second-factor", &[("code", "000000"), ("next", "/admin")]).await;
        assert_eq!(wrong.status, 403);
        assert!(wrong.shows("That code is not right"));
        // The right one lets her in: first her recovery codes, shown this once, then on to
        // the page she asked for.
        let code = keydrop::totp::code_at(&secret, app.clock.unix()).unwrap();
        let saved = alice.submit("/admin", "/admin/second-factor", &[("code", &code), ("next", "/admin")]).await;
        assert_eq!(saved.status, 200);
        assert!(saved.shows("Your authenticator app is set up"), "{}", saved.text());
        assert!(saved.body.contains("href=\"/admin\""), "the way on: {}", saved.text());
        let dashboard = alice.get("/admin").await;
        assert_eq!(dashboard.status, 200);
        assert!(dashboard.url.ends_with("/admin"));
        assert!(dashboard.shows("Dashboard"));
        // The API takes bearer tokens only, not even an admin's session (see limits.rs).
        assert_eq!(alice.get(&format!("/api/v1/campaigns/{CAMPAIGN}/stats")).await.status, 401);

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

    async fn admin_forms_and_uploads_need_the_sessions_token(backend: Backend) {
        let app = TestApp::start(backend).await;
        app.with_open_campaign(1).await;
        let (admin, secret) = admin_browser(&app, "alice").await;
        let carol = app.store.user_by_username("carol").await.unwrap().unwrap();

        // An urlencoded form: without its token and with a wrong one, nothing is granted.
        for fields in [vec![("reason", "a test")], vec![("reason", "a test"), ("csrf_token", "wrong")]] {
            let refused = admin.post_raw("/admin/maintainers/carol/grant", &fields).await;
            assert_eq!(refused.status, 403);
            assert!(refused.shows("This form has expired"));
        }
        assert!(app.store.active_grant(carol.id).await.unwrap().is_none());

        // The second-factor form: a right code without the token lets nobody in.
        let again = app.signed_in("alice").await;
        app.clock.advance(Duration::seconds(30));
        let code = keydrop::totp::code_at(&secret, app.clock.unix()).unwrap();
        let refused = again.post_raw("/admin/second-factor", &[("code", &code), ("next", "/admin")]).await;
        assert_eq!(refused.status, 403);
        assert!(refused.shows("This form has expired"));
        assert!(again.get("/admin").await.shows("Second factor required"));

        // A multipart upload: no token, a wrong token before the file, a wrong one after it.
        let expires = (app.today() + Duration::days(45)).to_string();
        let file = || reqwest::multipart::Part::bytes(b"NEW-0001\n".to_vec()).file_name("codes.csv");
        let fields = |form: reqwest::multipart::Form| form.text("campaign", CAMPAIGN).text("expires", expires.clone());
        let forms = [
            fields(reqwest::multipart::Form::new()).part("file", file()),
            fields(reqwest::multipart::Form::new().text("csrf_token", "wrong")).part("file", file()),
            fields(reqwest::multipart::Form::new()).part("file", file()).text("csrf_token", "wrong"),
        ];
        for form in forms {
            let refused = admin.post_multipart("/admin/batches/preview", form).await;
            assert_eq!(refused.status, 403);
            assert!(refused.shows("This form has expired"));
        }
        let wrong = reqwest::multipart::Form::new().text("csrf_token", "wrong").part("file", file());
        assert_eq!(admin.post_multipart("/admin/codes/vendor-report", wrong).await.status, 403);
        // With the page's token, the same upload is read.
        let preview = admin.upload("/admin/batches", "/admin/batches/preview", &[("campaign", CAMPAIGN), ("expires", &expires)], b"NEW-0001\n".to_vec()).await;
        assert!(preview.shows("Load the 1 code"), "{}", preview.text());
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
        let revoked = admin.submit(&format!("/admin/codes/{id}"), &format!("/admin/codes/{id}/revoke"), &[("reason", "reported as shared on a forum"), ("confirm", "yes")]).await;
        assert!(revoked.shows("State revoked"), "{}", revoked.text());
        assert!(revoked.shows("reported as shared on a forum"));
        assert!(revoked.shows("maintainer bob Claimed declared country FR"), "history: {}", revoked.text());
        assert!(revoked.shows("admin alice Revoked"));

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
        assert!(marked.shows("State redeemed") && marked.shows("(marked by an admin)"), "{}", marked.text());
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
        assert!(past.shows("The expiry date 1 January 2020 is in the past."));
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
        // The page says what happened and offers the download.
        assert_eq!(page.status, 200);
        assert!(page.shows("250 codes were generated and loaded as batch"), "{}", page.text());
        let link = &page.body[page.body.find("href=\"/admin/batches/").unwrap() + 6..];
        let link = &link[..link.find('"').unwrap()];
        let download = admin.get(link).await;
        assert!(download.headers["content-disposition"].to_str().unwrap().starts_with("attachment; filename=\"keydrop-batch-"));
        let mut lines = download.body.lines();
        assert_eq!(lines.next(), Some("code,expires_on"));
        let codes: Vec<&str> = lines.map(|l| l.split(',').next().unwrap()).collect();
        assert_eq!(codes.len(), 250);
        assert!(codes.iter().all(|c| c.starts_with("PYPI26-") && keydrop::domain::code_format::has_valid_check_symbol(c)));
        assert_eq!(app.store.codes_left(campaign.id, app.today()).await.unwrap(), 250);
        let bad = admin.post_raw("/admin/batches/generate", &[("campaign", CAMPAIGN), ("count", "0"), ("expires", &expires), ("csrf_token", &token)]).await;
        assert_eq!(bad.status, 422);
        assert!(bad.shows("Give a number of codes between 1 and 1,000,000."));
    }

    async fn campaigns_are_created_edited_and_closed_in_the_browser(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(3).await;
        let (admin, _) = admin_browser(&app, "alice").await;
        let list = admin.get("/admin/campaigns").await;
        assert!(list.shows("Titan 2026 open"), "{}", list.text());

        // Every problem is named, and the form comes back as typed.
        let refused = admin.submit("/admin/campaigns", "/admin/campaigns", &[
            ("name", "a/b"), ("countries", "US,UK"), ("starts", "2027-03-01"), ("ends", "2027-02-01"),
            ("store_url", "ftp://store"), ("keys_per_code", "2"), ("account_cutoff", ""), ("ended_message", ""),
        ]).await;
        assert_eq!(refused.status, 422);
        assert!(refused.shows("Countries: UK is not an ISO 3166-1 code: use GB (United Kingdom)."), "{}", refused.text());
        let refused = admin.submit("/admin/campaigns", "/admin/campaigns", &[
            ("name", "a/b"), ("countries", "US,GB"), ("starts", "2027-03-01"), ("ends", "2027-02-01"),
            ("store_url", "ftp://store"), ("keys_per_code", "two"), ("account_cutoff", "soon"), ("ended_message", ""),
        ]).await;
        assert_eq!(refused.status, 422);
        for expected in ["Give the account cut-off as a date, or leave it empty.", "Give the keys per code as a whole number."] {
            assert!(refused.shows(expected), "{expected}: {}", refused.text());
        }
        let refused = admin.submit("/admin/campaigns", "/admin/campaigns", &[
            ("name", "a/b"), ("countries", "US,GB"), ("starts", "2027-03-01"), ("ends", "2027-02-01"),
            ("store_url", "ftp://store"), ("keys_per_code", "0"), ("account_cutoff", ""), ("ended_message", ""),
        ]).await;
        for expected in [
            "The name may not contain “/”",
            "The last day (1 February 2027) is before the first day (1 March 2027).",
            "Keys per code must be between 1 and 10.",
            "The store link must be a web address",
        ] {
            assert!(refused.shows(expected), "{expected}: {}", refused.text());
        }
        assert_eq!(refused.input_value("store_url").as_deref(), Some("ftp://store"));
        assert_eq!(app.store.campaigns().await.unwrap().len(), 1, "nothing created");

        // A good one is created and shown; the same name again is refused.
        let spring = [
            ("name", " Spring 2027 "), ("countries", "jp, us"), ("starts", "2027-03-01"), ("ends", "2027-05-31"),
            ("store_url", "https://store.example.com/spring"), ("keys_per_code", "1"), ("account_cutoff", "2027-01-01"),
            ("allow_key_holders", "on"), ("ended_message", "Thank you!"),
        ];
        let created = admin.submit("/admin/campaigns", "/admin/campaigns", &spring).await;
        assert!(created.shows("Saved."), "{}", created.text());
        assert!(created.shows("Claims: not open yet"), "{}", created.text());
        let stored = app.store.campaign_by_name("Spring 2027").await.unwrap().unwrap();
        assert_eq!((stored.countries.as_str(), stored.keys_per_code, stored.allow_key_holders), ("JP,US", 1, true));
        assert_eq!(stored.ended_message.as_deref(), Some("Thank you!"));
        let again = admin.submit("/admin/campaigns", "/admin/campaigns", &spring).await;
        assert!(again.shows("There is a campaign named “Spring 2027” already."));

        // Editing keeps claims and logs what changed.
        let bob = app.signed_in("bob").await;
        bob.claim("US").await.promo_code().unwrap();
        let page = format!("/admin/campaigns/{}", campaign.id);
        let ends = (app.today() + Duration::days(90)).to_string();
        let edit_page = admin.get(&page).await;
        assert_eq!(edit_page.input_value("name").as_deref(), Some(CAMPAIGN));
        let countries = edit_page.input_value("countries").unwrap();
        let starts = edit_page.input_value("starts").unwrap();
        let edit = |ends: &str| {
            vec![
                ("name", CAMPAIGN.to_string()), ("countries", countries.clone()), ("starts", starts.clone()), ("ends", ends.to_string()),
                ("store_url", "https://store.example.com/titan".into()), ("keys_per_code", "2".into()),
                ("account_cutoff", fixture::ACCOUNT_CUTOFF.into()), ("ended_message", "Thanks for taking part.".into()),
            ]
        };
        let fields = edit(&ends);
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let saved = admin.submit(&page, &page, &fields).await;
        assert!(saved.shows("Saved."), "{}", saved.text());
        let edited = app.store.campaign_by_id(campaign.id).await.unwrap().unwrap();
        assert_eq!(edited.ends_on.to_string(), ends);
        assert_eq!(app.store.campaign_stats(&edited).await.unwrap().totals().assigned, 1, "bob keeps his code");
        let log = app.store.recent_audit(5).await.unwrap();
        let entry = log.iter().find(|e| e.action == "campaign.edit").expect("the edit is logged");
        assert_eq!(entry.actor, "admin alice");
        assert!(entry.detail.contains(&format!("ends_on: {} → {ends}", campaign.ends_on)), "{}", entry.detail);
        assert!(entry.detail.contains("ended_message changed"), "{}", entry.detail);

        // The kill switch: claims stop at once and maintainers read why.
        let racer = app.signed_in("racer001").await;
        assert!(racer.get("/giveaway").await.shows("Claim my code"));
        let token = admin.get(&page).await.csrf_token();
        assert_eq!(admin.post_raw(&format!("{page}/close"), &[]).await.status, 403, "no CSRF token, no switch");
        assert_eq!(racer.post_raw(&format!("{page}/close"), &[("csrf_token", &racer.get("/giveaway").await.csrf_token())]).await.status, 403, "admins only");
        assert!(admin.post_raw(&format!("{page}/close"), &[("csrf_token", &token), ("confirm", "yes")]).await.shows("Open claims again"));
        let closed = racer.get("/giveaway").await;
        assert!(closed.shows("Claims for this giveaway are closed"), "{}", closed.text());
        assert!(closed.shows("Thanks for taking part."));
        assert!(racer.claim("DE").await.promo_code().is_none());
        assert!(bob.get("/giveaway").await.promo_code().is_some(), "holders still see their code");
        assert!(admin.get("/admin/campaigns").await.shows("Titan 2026 closed by an admin"));
        let log = app.store.recent_audit(5).await.unwrap();
        assert!(log.iter().any(|e| e.action == "campaign.close" && e.actor == "admin alice"));
        assert!(admin.post_raw(&format!("{page}/open"), &[("csrf_token", &token)]).await.shows("Close claims now"));
        assert!(racer.claim("DE").await.promo_code().is_some());

        // Past its last day the campaign is over, and maintainers read the same message.
        app.clock.advance(Duration::days(91));
        let ended = app.signed_in("carol").await.get("/giveaway").await;
        assert!(ended.shows("This giveaway ended on"), "{}", ended.text());
        assert!(ended.shows("Thanks for taking part."));
    }

    async fn vendor_reports_upload_in_the_browser(backend: Backend) {
        let app = TestApp::start(backend).await;
        app.with_open_campaign(3).await;
        let bob_code = app.signed_in("bob").await.claim("US").await.promo_code().unwrap();
        let (admin, _) = admin_browser(&app, "alice").await;
        let today = app.today().to_string();

        // A report with an unreadable line marks nothing, and names the line.
        let bad = format!("code,date\n{bob_code},{today}\nX,never\n");
        let refused = admin.upload("/admin/codes", "/admin/codes/vendor-report", &[], bad.into_bytes()).await;
        assert_eq!(refused.status, 422);
        assert!(refused.shows("Nothing was marked: 1 line of the report cannot be read."), "{}", refused.text());
        assert!(refused.shows("Line 3: code: too short"), "{}", refused.text());
        assert_eq!(app.store.search_codes(&bob_code, 1).await.unwrap()[0].state, "assigned");
        let empty = admin.upload("/admin/codes", "/admin/codes/vendor-report", &[], Vec::new()).await;
        assert!(empty.shows("Choose a file to upload."));

        let good = format!("Code,Date\n{bob_code},{today}\nNOPE-1234,{today}\n");
        let read = admin.upload("/admin/codes", "/admin/codes/vendor-report", &[], good.into_bytes()).await;
        assert_eq!(read.status, 200, "{}", read.text());
        assert!(read.shows("2 lines read: 1 code marked redeemed (1 held by maintainers, 0 never handed out), 0 redeemed already, 1 unknown, 0 revoked (left revoked)."), "{}", read.text());
        assert!(read.shows("Codes keydrop does not know: 1 Line 3: NOPE-1234"), "{}", read.text());
        let row = app.store.search_codes(&bob_code, 1).await.unwrap().remove(0);
        assert_eq!((row.state.as_str(), row.redeemed_via.as_deref()), ("redeemed", Some("vendor-report")));
        let history = app.store.code_history(row.id).await.unwrap();
        assert!(history.iter().any(|e| e.action == "code.redeem" && e.actor == "admin alice"), "{history:?}");

        // Without the form's token nothing is read.
        let form = reqwest::multipart::Form::new().part("file", reqwest::multipart::Part::bytes(b"code,date\n".to_vec()));
        assert_eq!(admin.post_multipart("/admin/codes/vendor-report", form).await.status, 403);
    }

    async fn exports_give_codes_claims_and_the_audit_log_as_csv(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(4).await;
        let bob = app.signed_in("bob").await;
        let bob_code = bob.claim("US").await.promo_code().unwrap();
        let token = bob.get("/giveaway").await.csrf_token();
        bob.post_raw("/giveaway/redeemed", &[("csrf_token", &token), ("confirm", "yes")]).await;
        let racer_code = app.signed_in("racer001").await.claim("DE").await.promo_code().unwrap();
        let racer_row = app.store.search_codes(&racer_code, 1).await.unwrap().remove(0);
        app.store.revoke_code(racer_row.id, "=HYPERLINK(\"http://evil\")", app.clock.unix(), "test").await.unwrap();
        let (admin, _) = admin_browser(&app, "alice").await;
        let read = |body: &str| -> Vec<csv::StringRecord> {
            csv::Reader::from_reader(body.as_bytes()).records().map(Result::unwrap).collect()
        };

        let codes = admin.get(&format!("/admin/exports/codes.csv?campaign={}", campaign.id)).await;
        assert_eq!(codes.status, 200);
        assert_eq!(codes.headers["content-type"], "text/csv; charset=utf-8");
        assert!(codes.headers["content-disposition"].to_str().unwrap().starts_with("attachment;"));
        assert!(codes.body.starts_with("code,batch,expires_on,state,username,email,country,assigned_at,redeemed_at,redeemed_via,revoked_at,revoke_reason,offer\n"));
        let rows = read(&codes.body);
        assert_eq!(rows.len(), 4);
        let bob_row = rows.iter().find(|r| &r[0] == bob_code.as_str()).unwrap();
        assert_eq!((&bob_row[3], &bob_row[4], &bob_row[5], &bob_row[6], &bob_row[9]), ("redeemed", "bob", "bob@example.org", "US", "self-report"));
        assert!(bob_row[7].ends_with('Z') && bob_row[7].starts_with(&app.today().to_string()));
        let racer = rows.iter().find(|r| &r[0] == racer_code.as_str()).unwrap();
        assert_eq!(&racer[3], "revoked");
        assert_eq!(&racer[11], "'=HYPERLINK(\"http://evil\")", "a formula is defused");
        assert_eq!(rows.iter().filter(|r| &r[3] == "available").count(), 2);
        assert!(rows.iter().all(|r| &r[12] == CAMPAIGN), "every code is of the campaign's first offer");

        let claims = admin.get(&format!("/admin/exports/claims.csv?campaign={}", campaign.id)).await;
        let today = app.today().to_string();
        let lines: Vec<Vec<String>> = read(&claims.body).iter().map(|r| r.iter().map(str::to_string).collect()).collect();
        assert_eq!(lines, vec![
            vec![today.clone(), "DE".to_string(), "1".to_string(), "0".to_string()],
            vec![today.clone(), "US".to_string(), "1".to_string(), "1".to_string()],
        ]);

        let audit = admin.get(&format!("/admin/exports/audit.csv?campaign={}", campaign.id)).await;
        let entries = read(&audit.body);
        assert!(entries.iter().any(|r| &r[3] == "code.claim" && &r[6] == "bob" && &r[5] == bob_code.as_str() && &r[4] == CAMPAIGN));
        assert!(entries.iter().any(|r| &r[2] == "admin alice" && &r[3] == "export.codes"), "exports are audited");
        assert!(entries.iter().all(|r| &r[4] == CAMPAIGN), "only this campaign's entries");
        let everything = read(&admin.get("/admin/exports/audit.csv").await.body);
        assert!(everything.iter().any(|r| &r[3] == "admin.totp-enrolled"), "the whole log");
        assert!(everything.len() > entries.len());

        // Admins only; a campaign is required for codes and claims.
        assert_eq!(bob.get(&format!("/admin/exports/codes.csv?campaign={}", campaign.id)).await.status, 403);
        assert_eq!(admin.get("/admin/exports/codes.csv").await.status, 400);
        assert_eq!(admin.get("/admin/exports/codes.csv?campaign=999").await.status, 404);
    }
}
