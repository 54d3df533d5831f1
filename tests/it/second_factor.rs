//! The admin area's second factor: TOTP secrets sealed at rest, recovery codes shown once at
//! enrolment, each standing in for a TOTP code once.

use keydrop::secrets::{SecretKey, totp_context};

use crate::common::fixture::CAMPAIGN;
use crate::common::process::ServeProcess;
use crate::common::{self, Backend, Browser, TEST_SECRET_KEY, TestApp};

/// The recovery codes a page lists.
fn recovery_codes_on(page: &common::Page) -> Vec<String> {
    page.body
        .split("<li><code>")
        .skip(1)
        .filter_map(|rest| rest.split('<').next())
        .map(str::to_string)
        .collect()
}

/// Signs `username` in as a new admin and completes enrolment; answers the browser, the
/// TOTP secret and the recovery codes shown.
async fn enrolled_admin(app: &TestApp, username: &str) -> (Browser, String, Vec<String>) {
    let (browser, secret, page) = common::enrol_admin(app, username).await;
    assert!(page.text().contains("shown only now"), "{}", page.text());
    (browser, secret, recovery_codes_on(&page))
}

/// The stored TOTP secret column of a user, straight from the database.
async fn stored_secret(app: &TestApp, username: &str) -> String {
    let user = app.store.user_by_username(username).await.unwrap().unwrap();
    app.store
        .admin_account(user.id)
        .await
        .unwrap()
        .unwrap()
        .totp_secret
        .unwrap()
}

backend_tests! {
    async fn the_totp_secret_is_stored_sealed_and_opens_only_with_the_key(backend: Backend) {
        let app = TestApp::start(backend).await;
        app.with_open_campaign(1).await;
        let (_, secret, _) = enrolled_admin(&app, "alice").await;
        let stored = stored_secret(&app, "alice").await;
        assert!(SecretKey::is_sealed(&stored), "{stored}");
        assert!(!stored.contains(&secret), "the secret shows in the database: {stored}");
        let user = app.store.user_by_username("alice").await.unwrap().unwrap();
        let key = SecretKey::from_hex(TEST_SECRET_KEY).unwrap();
        assert_eq!(key.open(&stored, &totp_context(user.id)).unwrap(), secret);
        let other = SecretKey::from_hex(&SecretKey::generate_hex()).unwrap();
        assert!(other.open(&stored, &totp_context(user.id)).is_err());
        // Copied onto another admin's row, it does not open there either.
        assert!(key.open(&stored, &totp_context(user.id + 1)).is_err());
    }

    async fn each_recovery_code_stands_in_for_a_totp_code_once(backend: Backend) {
        let app = TestApp::start(backend).await;
        app.with_open_campaign(1).await;
        let (_, _, codes) = enrolled_admin(&app, "alice").await;
        assert_eq!(codes.len(), keydrop::totp::RECOVERY_CODES);

        // A new session (a new phone-less day): a recovery code lets the admin in, once.
        let browser = app.signed_in("alice").await;
        assert_eq!(browser.get("/admin").await.status, 403);
        let typed = codes[3].to_lowercase().replace('-', " ");
        let page = browser.submit("/admin", "/admin/second-factor", &[("code", &typed), ("next", "/admin/codes")]).await;
        assert_eq!(page.status, 200, "{}", page.text());
        assert!(page.url.ends_with("/admin/codes"), "{}", page.url);

        let again = app.signed_in("alice").await;
        let page = again.submit("/admin", "/admin/second-factor", &[("code", &codes[3]), ("next", "/admin")]).await;
        assert_eq!(page.status, 403, "a used recovery code is refused");
        assert!(page.text().contains("not right"), "{}", page.text());
        let page = again.submit("/admin", "/admin/second-factor", &[("code", "ABCDE-FGHJK"), ("next", "/admin")]).await;
        assert_eq!(page.status, 403, "a made-up recovery code is refused");
        let page = again.submit("/admin", "/admin/second-factor", &[("code", &codes[4]), ("next", "/admin")]).await;
        assert_eq!(page.status, 200, "another code works: {}", page.text());

        // Another admin's codes are not alice's.
        let (_, _, bobs) = enrolled_admin(&app, "bob").await;
        let third = app.signed_in("alice").await;
        let page = third.submit("/admin", "/admin/second-factor", &[("code", &bobs[0]), ("next", "/admin")]).await;
        assert_eq!(page.status, 403);

        // Only hashes are stored, and each use is audited.
        let entries = app.store.recent_audit(500).await.unwrap();
        assert_eq!(entries.iter().filter(|e| e.action == "admin.recovery-code").count(), 2, "{entries:?}");
        let dump = app.count("SELECT COUNT(*) FROM admin_recovery_codes WHERE code_hash NOT LIKE '%-%' AND LENGTH(code_hash) = 64", &[]).await;
        assert_eq!(dump, keydrop::totp::RECOVERY_CODES as i64 * 2, "alice's and bob's, all SHA-256 hashes");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_secret_kept_in_clear_is_sealed_when_the_server_starts() {
    let app = TestApp::start(Backend::Sqlite).await;
    app.with_open_campaign(1).await;
    let (_, secret, _) = enrolled_admin(&app, "alice").await;
    let user = app.store.user_by_username("alice").await.unwrap().unwrap();
    // As an older keydrop left it: the secret in clear.
    let sealed = stored_secret(&app, "alice").await;
    assert!(
        app.store
            .reseal_totp_secret(user.id, &sealed, &secret)
            .await
            .unwrap()
    );

    let server = ServeProcess::start(app.db.url(), &[]);
    server.wait_healthy().await;
    let stored = stored_secret(&app, "alice").await;
    assert!(
        SecretKey::is_sealed(&stored) && !stored.contains(&secret),
        "{stored}"
    );

    // And the admin still gets in with the app's code.
    let link = app.login_link("alice").await.replace(&app.base, &server.base);
    let browser = Browser::new(&server.base);
    assert_eq!(browser.follow_login_link(&link).await.status, 200);
    // The next time step's code: the current one was used at enrolment (each works once).
    let code = keydrop::totp::code_at(&secret, app.clock.unix() + 30).unwrap();
    let page = browser.second_factor(&code).await;
    assert_eq!(page.status, 200, "{}", page.text());
    assert!(page.text().contains(CAMPAIGN), "the dashboard: {}", page.text());
}
