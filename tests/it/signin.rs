//! Signing in with a one-time link mailed to the address on record, over a real SMTP server.

use crate::common;

use chrono::Duration;
use common::TestApp;
use common::smtp::{SmtpServer, login_link_in};

backend_tests! {
    async fn a_link_mailed_to_the_address_on_record_signs_in_once(backend: Backend) {
        let smtp = SmtpServer::start().await;
        let app = TestApp::start_with(backend, Some(smtp.url())).await;
        app.with_open_campaign(1).await;
        let browser = app.browser();

        // By username, in any case.
        let sent = browser.submit("/login", "/login", &[("login", "ALICE")]).await;
        assert_eq!(sent.status, 200);
        assert!(sent.shows("we have sent a sign-in link to the email address on it"), "{}", sent.text());
        let mail = smtp.wait_for("To: alice@example.org").await;
        assert!(mail.contains("Subject: Your keydrop sign-in link"), "{mail}");
        let link = login_link_in(&mail).expect("a link in the mail");
        assert!(link.starts_with(&app.base), "{link}");

        // Opening the link only asks for a click (mail scanners open links too).
        let confirm = browser.get(&link).await;
        assert!(confirm.shows("Continue to sign in on this device"));
        let signed_in = browser.submit(&link, &link, &[]).await;
        assert!(signed_in.url.ends_with("/giveaway"), "{}", signed_in.url);
        assert!(signed_in.shows("You are signed in.") && signed_in.shows("Signed in as alice"));

        // The link works once: in another browser, it is refused.
        let reused = app.browser().follow_login_link(&link).await;
        assert_eq!(reused.status, 400);
        assert!(reused.shows("That sign-in link has already been used"));

        // Sign out ends the session.
        let out = browser.submit("/giveaway", "/logout", &[]).await;
        assert!(out.url.ends_with("/?signed-out"), "{}", out.url);
        assert!(out.shows("You have signed out."));
        assert!(browser.get("/giveaway").await.url.ends_with("/login"));
    }

    async fn the_link_goes_to_the_address_on_record_and_unknown_accounts_look_the_same(backend: Backend) {
        let smtp = SmtpServer::start().await;
        let app = TestApp::start_with(backend, Some(smtp.url())).await;
        app.with_open_campaign(1).await;
        let browser = app.browser();

        // By email address: the mail goes to the address on record, whatever the case typed.
        let by_email = browser.submit("/login", "/login", &[("login", " Bob@Example.ORG ")]).await;
        let unknown = browser.submit("/login", "/login", &[("login", "nobody@example.org")]).await;
        let unknown_name = browser.submit("/login", "/login", &[("login", "mallory")]).await;
        assert_eq!(by_email.status, 200);
        // Whether an account exists is not revealed.
        assert_eq!(by_email.text(), unknown.text());
        assert_eq!(by_email.text(), unknown_name.text());
        let mail = smtp.wait_for("To: bob@example.org").await;
        assert!(mail.contains("Hello bob,"));
        // Only bob's mail was sent: nothing for the unknown entries.
        assert_eq!(smtp.messages().len(), 1, "{:?}", smtp.messages());

        let empty = browser.submit("/login", "/login", &[("login", "  ")]).await;
        assert_eq!(empty.status, 422);
        assert!(empty.shows("Enter your registry username or the email address on your account."));
    }

    async fn a_link_expires_after_fifteen_minutes(backend: Backend) {
        let app = TestApp::start(backend).await;
        app.with_open_campaign(1).await;
        let fresh = app.login_link("alice").await;
        let stale = app.login_link("bob").await;
        app.clock.advance(Duration::minutes(14));
        assert!(app.browser().follow_login_link(&fresh).await.shows("Signed in as alice"));
        app.clock.advance(Duration::minutes(2));
        let expired = app.browser().follow_login_link(&stale).await;
        assert_eq!(expired.status, 400);
        assert!(expired.shows("That sign-in link has expired: links work for 15 minutes."), "{}", expired.text());
        let made_up = app.browser().follow_login_link(&format!("{}/login/{}", app.base, "ab".repeat(32))).await;
        assert!(made_up.shows("That sign-in link is not valid."));
    }

    async fn the_sign_in_forms_need_their_token(backend: Backend) {
        let app = TestApp::start(backend).await;
        app.with_open_campaign(1).await;
        let browser = app.browser();
        let token = browser.get("/login").await.csrf_token();
        // Without a token field, with a wrong token, with another browser's token: 403.
        let others = app.browser().get("/login").await.csrf_token();
        for fields in [vec![("login", "alice")], vec![("login", "alice"), ("csrf_token", "wrong")], vec![("login", "alice"), ("csrf_token", &others)]] {
            let page = browser.post_raw("/login", &fields).await;
            assert_eq!(page.status, 403);
            assert!(page.shows("This form has expired"));
        }
        assert_eq!(browser.post_raw("/login", &[("login", "alice"), ("csrf_token", &token)]).await.status, 200);
        // The link that request mails is made when the outbox sends it, and a new link ends
        // the older ones: let it go out before making the one this test follows.
        common::wait_for_mail(&app.store, |counts| counts.queued == 0).await;

        // The sign-in link's button too; a refused press does not use the link up.
        let link = app.login_link("alice").await;
        let token = browser.get(&link).await.csrf_token();
        assert_eq!(browser.post_raw(&link, &[]).await.status, 403);
        assert_eq!(browser.post_raw(&link, &[("csrf_token", &"0".repeat(64))]).await.status, 403);
        assert!(browser.post_raw(&link, &[("csrf_token", &token)]).await.shows("Signed in as alice"));

        // Signed in already, she follows another link in the same browser: its button carries
        // the pre-sign-in token, which is what it is checked against.
        let again = app.login_link("alice").await;
        assert!(browser.follow_login_link(&again).await.shows("Signed in as alice"));
    }

    async fn tokens_and_sessions_are_stored_hashed(backend: Backend) {
        let app = TestApp::start(backend).await;
        app.with_open_campaign(1).await;
        let link = app.login_link("alice").await;
        let token = link.rsplit('/').next().unwrap().to_string();
        // The stored form is the hash: the token itself finds no session and no link.
        assert!(app.store.session(&token, app.clock.unix(), app.state.config.session_idle).await.unwrap().is_none());
        assert_eq!(
            app.store.consume_login_token(&token, app.clock.unix()).await.unwrap(),
            keydrop::store::ConsumeLoginToken::Unknown
        );
        assert_eq!(
            app.store.consume_login_token(&keydrop::tokens::hash(&token), app.clock.unix()).await.unwrap(),
            keydrop::store::ConsumeLoginToken::SignedIn { user_id: app.store.user_by_username("alice").await.unwrap().unwrap().id }
        );
    }

    async fn the_session_cookie_is_http_only_lax_and_secure_and_host_prefixed_over_https(backend: Backend) {
        for (base, secure) in [("http://keys.example.org", false), ("https://keys.example.org", true)] {
            let app = TestApp::start_configured(backend, |c| c.base_url = base.parse().unwrap()).await;
            app.with_open_campaign(1).await;
            let link = app.login_link("alice").await;
            // The link names the public address; the test talks to the server directly.
            let local = link.replace(base, &app.base);
            let client = reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap();
            let confirm = client.get(&local).send().await.unwrap();
            let anon = confirm.headers()["set-cookie"].to_str().unwrap().to_string();
            let body = confirm.text().await.unwrap();
            let page = common::Page { status: 200, url: local.clone(), body, headers: Default::default() };
            let response = client.post(&local).form(&[("csrf_token", page.csrf_token())]).send().await.unwrap();
            assert_eq!(response.status(), 303);
            let cookie = response.headers()["set-cookie"].to_str().unwrap().to_string();
            for cookie in [&anon, &cookie] {
                assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"), "{cookie}");
                assert_eq!(cookie.contains("Secure"), secure, "{base}: {cookie}");
            }
            // Over https, named with the __Host- prefix: no sibling subdomain can plant one.
            let prefix = if secure { "__Host-" } else { "" };
            assert!(anon.starts_with(&format!("{prefix}kd_csrf=")), "{anon}");
            assert!(cookie.starts_with(&format!("{prefix}kd_session=")), "{cookie}");
            assert!(cookie.contains("Max-Age=86400"), "a day: {cookie}");
        }
    }

    async fn without_smtp_the_link_is_written_to_the_log(backend: Backend) {
        // No relay: the sender writes each message to the log (with its link) and counts it sent.
        let app = TestApp::start(backend).await;
        app.with_open_campaign(1).await;
        let sent = app.browser().submit("/login", "/login", &[("login", "alice")]).await;
        assert_eq!(sent.status, 200);
        let counts = common::wait_for_mail(&app.store, |c| c.sent == 1).await;
        assert_eq!((counts.queued, counts.failed), (0, 0));
        let actions: Vec<String> = app.store.recent_audit(10).await.unwrap().into_iter().map(|e| e.action).collect();
        assert!(actions.contains(&"login.link-requested".to_string()) && actions.contains(&"login.link-sent".to_string()), "{actions:?}");
    }
}
