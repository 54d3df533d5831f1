//! Admins' security keys: registration and use as the second factor, driven by a software
//! key made from the WebAuthn protocol (tests/it/common/soft_key.rs) against the service's
//! real ceremonies (webauthn-rs), over a base URL on `localhost` (WebAuthn needs a domain).

use futures_util::future::join_all;
use serde_json::Value;

use crate::common::soft_key::SoftKey;
use crate::common::{self, Backend, Browser, Page, TestApp};

/// A server whose base URL names `localhost` (its listener is on 127.0.0.1), with or
/// without KEYDROP_ADMIN_REQUIRE_SECURITY_KEY; the fixture campaign loaded.
pub(crate) async fn keyed_app(backend: Backend, require_key: bool) -> TestApp {
    let mut app = TestApp::start_configured(backend, |config| {
        config.base_url.set_host(Some("localhost")).unwrap();
        config.admin_require_security_key = require_key;
        // Refused answers count towards the admin lock like wrong codes; these tests send
        // more than its default allows.
        config.limits.wrong_totp =
            keydrop::domain::rates::RateLimit::new(100, std::time::Duration::from_secs(900));
    })
    .await;
    // Browsers go where sign-in links lead, so their cookies are for `localhost` too.
    app.base = origin(&app);
    app.with_open_campaign(1).await;
    app
}

/// The origin the software key's "browser" is on.
pub(crate) fn origin(app: &TestApp) -> String {
    app.state
        .config
        .base_url
        .as_str()
        .trim_end_matches('/')
        .to_string()
}

fn json(page: &Page) -> Value {
    serde_json::from_str(&page.body).unwrap_or_else(|_| panic!("not JSON ({}): {}", page.status, page.body))
}

/// Registers `key` as `name` from the keys page; answers the page the registration ends on.
pub(crate) async fn register(browser: &Browser, key: &SoftKey, name: &str) -> Page {
    let token = browser.get("/admin/security-keys").await.csrf_token();
    let started = browser
        .post_raw(
            "/admin/security-keys/register-start",
            &[("name", name), ("csrf_token", &token)],
        )
        .await;
    assert_eq!(started.status, 200, "{}", started.body);
    let answer = key.register(&json(&started));
    browser
        .post_raw(
            "/admin/security-keys",
            &[("credential", &answer), ("csrf_token", &token)],
        )
        .await
}

/// Starts a key sign-in on the second-factor page: the CSRF token and the options.
async fn start_key_sign_in(browser: &Browser) -> (String, Value) {
    let gate = browser.get("/admin").await;
    assert_eq!(gate.status, 403, "{}", gate.text());
    let token = gate.csrf_token();
    let started = browser
        .post_raw("/admin/second-factor/key-start", &[("csrf_token", &token)])
        .await;
    assert_eq!(started.status, 200, "{}", started.body);
    (token, json(&started))
}

/// Sends a key's answer to the second-factor form.
async fn send_answer(browser: &Browser, token: &str, answer: &str) -> Page {
    browser
        .post_raw(
            "/admin/second-factor/key",
            &[("credential", answer), ("next", "/admin"), ("csrf_token", token)],
        )
        .await
}

/// A new session of `username` passing its second factor with `key`.
async fn key_sign_in(app: &TestApp, username: &str, key: &mut SoftKey) -> Page {
    let browser = app.signed_in(username).await;
    let (token, options) = start_key_sign_in(&browser).await;
    send_answer(&browser, &token, &key.authenticate(&options)).await
}

async fn audited(app: &TestApp, action: &str) -> usize {
    let entries = app.store.recent_audit(500).await.unwrap();
    entries.iter().filter(|e| e.action == action).count()
}

backend_tests! {
    async fn a_registered_key_opens_the_admin_area_and_its_counter_is_kept(backend: Backend) {
        let app = keyed_app(backend, false).await;
        let (admin, _) = common::admin_browser(&app, "alice").await;
        let mut key = SoftKey::new(&origin(&app));
        let page = register(&admin, &key, "Blue key").await;
        assert_eq!(page.status, 200, "{}", page.text());
        assert!(page.shows("Your key “Blue key” was added"), "{}", page.text());
        assert!(page.shows("Blue key"), "listed: {}", page.text());
        assert_eq!(audited(&app, "admin.security-key-added").await, 1);

        let page = key_sign_in(&app, "alice", &mut key).await;
        assert_eq!(page.status, 200, "{}", page.text());
        assert!(page.url.ends_with("/admin"), "{}", page.url);
        assert_eq!(audited(&app, "admin.security-key").await, 1);
        assert_eq!(app.count("SELECT COUNT(*) FROM admin_security_keys WHERE sign_count = 1 AND last_used_at IS NOT NULL", &[]).await, 1);
        // Each ceremony's state is used up.
        assert_eq!(app.count("SELECT COUNT(*) FROM webauthn_ceremonies", &[]).await, 0);
        // TOTP still works alongside (no requirement set).
        let page = key_sign_in(&app, "alice", &mut key).await;
        assert_eq!(page.status, 200);
        assert_eq!(app.count("SELECT COUNT(*) FROM admin_security_keys WHERE sign_count = 2", &[]).await, 1);
    }

    async fn an_answer_made_for_another_origin_is_refused(backend: Backend) {
        let app = keyed_app(backend, false).await;
        let (admin, _) = common::admin_browser(&app, "alice").await;
        let key = SoftKey::new(&origin(&app));
        let port = app.state.config.base_url.port().unwrap();
        let phished = key.on_origin(&format!("http://keydrop-login.localhost:{port}"));
        let page = register(&admin, &phished, "Phished").await;
        assert_eq!(page.status, 422, "{}", page.text());
        assert!(page.shows("The key was not added"), "{}", page.text());
        assert_eq!(app.count("SELECT COUNT(*) FROM admin_security_keys", &[]).await, 0);

        assert_eq!(register(&admin, &key, "Real").await.status, 200);
        let mut phished = key.on_origin("http://localhost:1");
        let page = key_sign_in(&app, "alice", &mut phished).await;
        assert_eq!(page.status, 403, "{}", page.text());
        assert!(page.shows("That security key was not accepted"), "{}", page.text());
        assert_eq!(audited(&app, "admin.security-key-refused").await, 1);
        assert_eq!(audited(&app, "admin.security-key").await, 0);
    }

    async fn a_replayed_answer_is_refused(backend: Backend) {
        let app = keyed_app(backend, false).await;
        let (admin, _) = common::admin_browser(&app, "alice").await;
        let mut key = SoftKey::new(&origin(&app));
        register(&admin, &key, "Key").await;

        let browser = app.signed_in("alice").await;
        let (token, options) = start_key_sign_in(&browser).await;
        let answer = key.authenticate(&options);
        assert_eq!(send_answer(&browser, &token, &answer).await.status, 200);

        // Replayed in another session: its ceremony has another challenge.
        let other = app.signed_in("alice").await;
        let (token, _) = start_key_sign_in(&other).await;
        let page = send_answer(&other, &token, &answer).await;
        assert_eq!(page.status, 403, "{}", page.text());
        // And with no ceremony under way at all (the first one was used up).
        let page = send_answer(&other, &token, &answer).await;
        assert_eq!(page.status, 403, "{}", page.text());
        assert_eq!(other.get("/admin").await.status, 403);
        assert_eq!(audited(&app, "admin.security-key-refused").await, 2);
    }

    async fn a_cloned_keys_counter_going_backwards_is_refused(backend: Backend) {
        let app = keyed_app(backend, false).await;
        let (admin, _) = common::admin_browser(&app, "alice").await;
        let mut key = SoftKey::new(&origin(&app));
        register(&admin, &key, "Key").await;
        let mut clone = key.clone();
        assert_eq!(key_sign_in(&app, "alice", &mut key).await.status, 200);
        assert_eq!(key_sign_in(&app, "alice", &mut key).await.status, 200);
        // The clone's counter (1) is behind the key's (2).
        let page = key_sign_in(&app, "alice", &mut clone).await;
        assert_eq!(page.status, 403, "{}", page.text());
        assert_eq!(audited(&app, "admin.security-key-cloned").await, 1);
        assert_eq!(app.count("SELECT COUNT(*) FROM admin_security_keys WHERE sign_count = 2", &[]).await, 1);
    }

    async fn two_answers_with_one_counter_at_once_count_once(backend: Backend) {
        let app = keyed_app(backend, false).await;
        let (admin, _) = common::admin_browser(&app, "alice").await;
        let key = SoftKey::new(&origin(&app));
        register(&admin, &key, "Key").await;
        // Eight sessions each start a ceremony; the key and seven clones of it answer each
        // with counter 1, all at once: only one may pass.
        let mut sessions = Vec::new();
        for _ in 0..8 {
            let browser = app.signed_in("alice").await;
            let (token, options) = start_key_sign_in(&browser).await;
            let answer = key.clone().authenticate(&options);
            sessions.push((browser, token, answer));
        }
        let pages = join_all(sessions.iter().map(|(b, t, a)| send_answer(b, t, a))).await;
        let passed = pages.iter().filter(|p| p.status == 200).count();
        assert_eq!(passed, 1, "{:?}", pages.iter().map(|p| p.status).collect::<Vec<_>>());
        assert_eq!(audited(&app, "admin.security-key-cloned").await, 7);
    }

    async fn a_removed_key_is_refused(backend: Backend) {
        let app = keyed_app(backend, false).await;
        let (admin, _) = common::admin_browser(&app, "alice").await;
        let mut key = SoftKey::new(&origin(&app));
        register(&admin, &key, "Old key").await;
        // A ceremony started before the removal...
        let browser = app.signed_in("alice").await;
        let (token, options) = start_key_sign_in(&browser).await;
        let id = app.count("SELECT MAX(id) FROM admin_security_keys", &[]).await;
        let keys_page = admin.get("/admin/security-keys").await;
        let page = admin
            .post_raw(&format!("/admin/security-keys/{id}/remove"), &[("csrf_token", &keys_page.csrf_token())])
            .await;
        assert_eq!(page.status, 200, "TOTP remains: {}", page.text());
        assert!(page.shows("The key “Old key” was removed"), "{}", page.text());
        assert_eq!(audited(&app, "admin.security-key-removed").await, 1);
        // ...is finished after it: refused.
        let page = send_answer(&browser, &token, &key.authenticate(&options)).await;
        assert_eq!(page.status, 403, "{}", page.text());
        assert_eq!(browser.get("/admin").await.status, 403);
        // No new ceremony starts without keys.
        let started = browser.post_raw("/admin/second-factor/key-start", &[("csrf_token", &token)]).await;
        assert_eq!(started.status, 409, "{}", started.body);
    }

    async fn with_a_key_required_totp_only_registers_one_and_the_last_key_stays(backend: Backend) {
        let app = keyed_app(backend, true).await;
        let (admin, secret) = common::admin_browser(&app, "alice").await;
        // Passed with TOTP and no key yet: only the keys page is open.
        let page = admin.get("/admin/codes").await;
        assert!(page.url.ends_with("/admin/security-keys"), "{}", page.url);
        assert!(page.shows("a key is required"), "{}", page.text());
        let mut key = SoftKey::new(&origin(&app));
        assert_eq!(register(&admin, &key, "First").await.status, 200);
        // Now the TOTP session is not enough, and the code form is not offered.
        let gate = admin.get("/admin").await;
        assert_eq!(gate.status, 403);
        assert!(gate.shows("a code from an app is not enough"), "{}", gate.text());
        assert!(gate.input_value("code").is_none() && !gate.body.contains("name=\"code\""), "no code form");
        let fresh = app.signed_in("alice").await;
        let code = keydrop::totp::code_at(&secret, app.clock.unix() + 30).unwrap();
        let page = fresh.second_factor(&code).await;
        assert_eq!(page.status, 403, "a TOTP code does not open the area: {}", page.text());

        // With the key, it opens.
        let browser = app.signed_in("alice").await;
        let (token, options) = start_key_sign_in(&browser).await;
        let page = send_answer(&browser, &token, &key.authenticate(&options)).await;
        assert_eq!(page.status, 200, "{}", page.text());
        assert_eq!(browser.get("/admin/codes").await.status, 200);

        // The last key cannot be removed; with a second one, the first can.
        let first = app.count("SELECT MIN(id) FROM admin_security_keys", &[]).await;
        let token = browser.get("/admin/security-keys").await.csrf_token();
        let page = browser.post_raw(&format!("/admin/security-keys/{first}/remove"), &[("csrf_token", &token)]).await;
        assert_eq!(page.status, 409, "{}", page.text());
        assert!(page.shows("cannot be removed"), "{}", page.text());
        assert_eq!(app.count("SELECT COUNT(*) FROM admin_security_keys", &[]).await, 1);
        assert_eq!(register(&browser, &SoftKey::new(&origin(&app)), "Second").await.status, 200);
        let page = browser.post_raw(&format!("/admin/security-keys/{first}/remove"), &[("csrf_token", &token)]).await;
        assert_eq!(page.status, 200, "{}", page.text());
        assert_eq!(app.count("SELECT COUNT(*) FROM admin_security_keys", &[]).await, 1);
    }
}
