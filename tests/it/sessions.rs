//! Sessions: idle and absolute lifetimes, the admin's second factor asked again, signing out
//! (the browser forgets the cookie), `__Host-` cookies and HSTS over https, and signing a
//! person out everywhere from the command line.

use chrono::Duration;

use crate::common::{TestApp, admin_browser};

/// True when `browser` is still signed in (the giveaway page, not the sign-in page).
async fn is_signed_in(browser: &crate::common::Browser) -> bool {
    let page = browser.get("/giveaway").await;
    !page.url.ends_with("/login")
}

backend_tests! {
    async fn an_idle_session_ends_and_a_busy_one_ends_at_its_absolute_limit(backend: Backend) {
        // Found: sessions lasted seven days with no idle limit.
        let app = TestApp::start(backend).await;
        app.with_open_campaign(1).await;
        let idle = Duration::from_std(app.state.config.session_idle).unwrap();
        let lifetime = Duration::from_std(app.state.config.session_ttl).unwrap();

        // Unused for a minute less than the idle limit: still in, and that use counts.
        let idler = app.signed_in("alice").await;
        let busy = app.signed_in("bob").await;
        app.clock.advance(idle - Duration::minutes(1));
        assert!(is_signed_in(&idler).await);
        assert!(is_signed_in(&busy).await);
        app.clock.advance(idle - Duration::minutes(1));
        assert!(is_signed_in(&busy).await, "used within the idle limit");
        // alice leaves it alone past the idle limit: out.
        app.clock.advance(Duration::minutes(2));
        assert!(!is_signed_in(&idler).await, "idle for longer than {idle}");

        // bob keeps using his, but no session outlives its absolute limit.
        let mut used_for = (idle - Duration::minutes(1)) * 2 + Duration::minutes(2);
        while used_for + idle / 2 < lifetime {
            app.clock.advance(idle / 2);
            used_for += idle / 2;
            assert!(is_signed_in(&busy).await, "in use {used_for}");
        }
        app.clock.advance(lifetime - used_for + Duration::minutes(1));
        assert!(!is_signed_in(&busy).await, "over at {lifetime}");

        // The upkeep's purge deletes both.
        let purged = app.store.purge_expired_credentials(app.clock.unix(), app.state.config.session_idle).await.unwrap();
        assert!(purged >= 2, "{purged}");
        assert_eq!(app.count("SELECT COUNT(*) FROM sessions", &[]).await, 0);
    }

    async fn the_second_factor_is_asked_again_after_the_set_time(backend: Backend) {
        // Found: the second factor was never asked again.
        let app = TestApp::start(backend).await;
        app.with_open_campaign(1).await;
        let (admin, secret) = admin_browser(&app, "alice").await;
        let reauth = Duration::from_std(app.state.config.admin_reauth_after).unwrap();
        app.clock.advance(reauth - Duration::minutes(1));
        assert_eq!(admin.get("/admin/codes").await.status, 200);
        app.clock.advance(Duration::minutes(2));
        let gate = admin.get("/admin/codes").await;
        assert_eq!(gate.status, 403, "asked again after {reauth}");
        assert!(gate.shows("Second factor required"));
        assert_eq!(gate.input_value("next").as_deref(), Some("/admin/codes"));
        let code = keydrop::totp::code_at(&secret, app.clock.unix()).unwrap();
        let back = admin.submit("/admin/codes", "/admin/second-factor", &[("code", &code), ("next", "/admin/codes")]).await;
        assert_eq!(back.status, 200);
        assert!(back.url.ends_with("/admin/codes"), "{}", back.url);
    }

    async fn signing_out_makes_the_browser_forget_the_cookie(backend: Backend) {
        // Found: logout left the cookie in the browser.
        for (base, prefix) in [("http://keys.example.org", ""), ("https://keys.example.org", "__Host-")] {
            let app = TestApp::start_configured(backend, |c| c.base_url = base.parse().unwrap()).await;
            app.with_open_campaign(1).await;
            // Over https the cookies are Secure and the test server plain http: the cookies
            // are sent by hand, as a browser would send them over https.
            let session = format!("{prefix}kd_session={}", sign_in_by_hand(&app, prefix).await);
            let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
            let page = client.get(format!("{}/giveaway", app.base)).header("cookie", &session).send().await.unwrap();
            assert_eq!(page.status(), 200);
            let token = crate::common::Page { status: 200, url: String::new(), body: page.text().await.unwrap(), headers: Default::default() }.csrf_token();
            let answer = client.post(format!("{}/logout", app.base)).header("cookie", &session).form(&[("csrf_token", token.as_str())]).send().await.unwrap();
            assert_eq!(answer.status(), 303);
            let hsts = answer.headers().get("strict-transport-security").map(|v| v.to_str().unwrap().to_string());
            let set_cookie = answer.headers()["set-cookie"].to_str().unwrap().to_string();
            assert!(set_cookie.starts_with(&format!("{prefix}kd_session=;")), "{set_cookie}");
            assert!(set_cookie.contains("Max-Age=0") && set_cookie.contains("Expires="), "expired: {set_cookie}");
            assert!(set_cookie.contains("Path=/") && set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Lax"), "{set_cookie}");
            assert_eq!(set_cookie.contains("Secure"), !prefix.is_empty(), "{set_cookie}");
            assert_eq!(hsts.as_deref(), (!prefix.is_empty()).then_some(keydrop::web::HSTS), "HSTS over https only");
            assert_eq!(app.count("SELECT COUNT(*) FROM sessions", &[]).await, 0, "and the session is gone");
        }
    }

    async fn sessions_revoke_signs_a_person_out_everywhere(backend: Backend) {
        let app = TestApp::start(backend).await;
        app.with_open_campaign(1).await;
        let (laptop, phone, bob) = (app.signed_in("alice").await, app.signed_in("alice").await, app.signed_in("bob").await);
        let unused_link = app.login_link("alice").await;
        let output = app.keydrop_command(&["sessions", "revoke", "ALICE"]).output().unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        assert!(String::from_utf8_lossy(&output.stdout).contains("signed out everywhere (2 sessions ended)"));
        // The command line is another process: the server refuses the sessions it ended
        // within `READS_KEPT_FOR` (tests/it/kept_reads.rs), and at once once it forgets.
        app.store.forget_kept_reads();
        assert!(!is_signed_in(&laptop).await && !is_signed_in(&phone).await);
        assert!(is_signed_in(&bob).await, "nobody else");
        assert!(app.browser().follow_login_link(&unused_link).await.shows("That sign-in link has expired"));
        assert_eq!(app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'sessions.revoke'", &[]).await, 1);

        let unknown = app.keydrop_command(&["sessions", "revoke", "nobody"]).output().unwrap();
        assert_eq!(unknown.status.code(), Some(1));
        assert!(String::from_utf8_lossy(&unknown.stderr).contains("no user named \"nobody\""));
    }
}

/// Signs alice in with raw requests (the cookies named with `prefix`); answers the session
/// cookie's value.
async fn sign_in_by_hand(app: &TestApp, prefix: &str) -> String {
    let link = app.login_link("alice").await;
    let local = link.replacen(
        app.state.config.base_url.as_str().trim_end_matches('/'),
        &app.base,
        1,
    );
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let confirm = client.get(&local).send().await.unwrap();
    let anon = confirm.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    assert!(anon.starts_with(&format!("{prefix}kd_csrf=")), "{anon}");
    let body = confirm.text().await.unwrap();
    let page = crate::common::Page {
        status: 200,
        url: local.clone(),
        body,
        headers: Default::default(),
    };
    let signed_in = client
        .post(&local)
        .header("cookie", anon)
        .form(&[("csrf_token", page.csrf_token())])
        .send()
        .await
        .unwrap();
    let cookie = signed_in.headers()["set-cookie"].to_str().unwrap().to_string();
    let value = cookie
        .strip_prefix(&format!("{prefix}kd_session="))
        .unwrap_or_else(|| panic!("{cookie}"));
    value.split(';').next().unwrap().to_string()
}
