//! End to end, in a real browser (headless Chromium over WebDriver): what maintainers and
//! admins do, step by step, each step photographed under `target/e2e-screenshots/` and
//! checked with axe-core for WCAG 2.1 AA at desktop and phone width, light and dark.
//!
//! axe runs on the SQLite half only: the pages are the same HTML on either database, and the
//! PostgreSQL half then only walks the journeys (which keeps the browser tests' time small).
//! Without Chromium or chromedriver each test says SKIPPED loudly and passes.

use crate::common;

use common::chromium::{Chromium, PHONE, Scheme};
use common::smtp::{SmtpServer, login_link_in};
use common::{Backend, TestApp, fixture};

/// A browser for `test`, auditing pages on SQLite only; `None` when there is no browser.
async fn browser(app: &TestApp, test: &str, backend: Backend) -> Option<Chromium> {
    let name = format!("{test}-{}", format!("{backend:?}").to_lowercase());
    let mut browser = Chromium::start(&app.base, &name).await?;
    browser.audit = backend == Backend::Sqlite;
    Some(browser)
}

/// The figure a dashboard card shows under `label`, in the first campaign's section.
async fn figure(browser: &Chromium, label: &str) -> i64 {
    let script = format!(
        "const card = [...document.querySelectorAll('section.campaign dl.figures div')]
           .find(d => d.querySelector('dt').textContent.trim() === {label:?});
         return card ? card.querySelector('dd').textContent.trim() : null;"
    );
    let value = browser.eval(&script).await;
    let text = value.as_str().unwrap_or_else(|| panic!("no figure {label}"));
    text.replace(',', "")
        .parse()
        .unwrap_or_else(|_| panic!("{label}: {text}"))
}

/// Signs in as an admin through a sign-in link and the second-factor form (enrolling TOTP
/// on the way, as a new admin does), ending on the dashboard.
async fn admin_signs_in(app: &TestApp, browser: &mut Chromium, username: &str) {
    app.store
        .set_admin(username, true, app.clock.unix(), "test")
        .await
        .unwrap();
    let link = app.login_link(username).await;
    browser.open(&link).await;
    browser.click("main form button[type=submit]").await;
    assert!(
        browser.has("a[href='/admin']").await,
        "no way to the admin area after signing in"
    );
    browser.check("admin-signed-in").await;
    browser.click("a[href='/admin']").await;
    let secret = browser.find("code.secret").await.text().await.unwrap();
    browser.check("second-factor-enrol").await;
    // A wrong code first: the form says so, and keeps the person on it.
    browser.fill("#code", "000000").await;
    browser.click("main form button[type=submit]").await;
    assert!(browser.text().await.contains("That code is not right"));
    assert_eq!(browser.focused_id().await, "code-problem", "focus on the problem");
    browser.check("second-factor-wrong").await;
    let code = keydrop::totp::code_at(&secret, app.clock.unix()).unwrap();
    browser.fill("#code", &code).await;
    browser.click("main form button[type=submit]").await;
    assert!(browser.text().await.contains("recovery codes"));
    browser.check("recovery-codes").await;
    browser.click("main a[href='/admin']").await;
    assert_eq!(browser.path().await, "/admin");
}

/// What a maintainer reads in one language on the way through the journey below.
struct Speaks {
    lang: keydrop::i18n::Lang,
    /// The country as a speaker types it.
    country: &'static str,
    sent: &'static str,
    confirm: &'static str,
    signed_in: &'static str,
    claimed: &'static str,
    copied: &'static str,
}

/// A maintainer who reads `speaks.lang` chooses it with the switcher, asks for a sign-in link,
/// signs in from the mail, claims with the country's name in that language and copies the
/// code: every page in that language (`<html lang>`, its words, its dates), each step
/// photographed and checked with axe.
async fn maintainer_journey_in(backend: Backend, speaks: Speaks) {
    let code = speaks.lang.code();
    let smtp = SmtpServer::start().await;
    let app = TestApp::start_with(backend, Some(smtp.url())).await;
    app.with_open_campaign(3).await;
    let Some(mut browser) = browser(&app, &format!("maintainer-claims-{code}"), backend).await else {
        return;
    };

    browser.open("/").await;
    browser.click(&format!("nav.languages a[hreflang={code}]")).await;
    assert_eq!(browser.path().await, "/");
    assert_eq!(in_language(&browser).await.as_deref(), Some(code));
    browser.check("start").await;
    browser.click("main a.button").await;
    assert_eq!(browser.path().await, "/login");
    assert_eq!(
        in_language(&browser).await.as_deref(),
        Some(code),
        "the choice is remembered"
    );
    browser.fill("#login", "alice").await;
    browser.click("main form button[type=submit]").await;
    let text = browser.text().await;
    assert!(text.contains(speaks.sent), "{text}");
    browser.check("sign-in-sent").await;

    let mail = smtp.wait_for("To: alice@example.org").await;
    let link = login_link_in(&mail).expect("a sign-in link in the mail");
    browser.open(&link).await;
    assert!(browser.text().await.contains(speaks.confirm));
    browser.check("sign-in-confirm").await;
    browser.click("main form button[type=submit]").await;
    assert_eq!(browser.path().await, "/giveaway");
    let text = browser.text().await;
    assert!(text.contains(speaks.signed_in), "{text}");
    // The campaign's dates are written in the language.
    let campaign = app
        .store
        .campaign_by_name(fixture::CAMPAIGN)
        .await
        .unwrap()
        .unwrap();
    assert!(text.contains(&speaks.lang.date(campaign.ends_on)), "{text}");
    browser.check("giveaway-may-claim").await;

    browser.fill("input[name=country]", speaks.country).await;
    browser.click("form.claim button[type=submit]").await;
    let promo = browser.find("code.promo").await.text().await.unwrap();
    assert!(promo.starts_with("CODE-"), "{promo}");
    let text = browser.text().await;
    assert!(text.contains(speaks.claimed), "{text}");
    let expires = app.today() + chrono::Duration::days(60);
    assert!(
        text.contains(&speaks.lang.date(expires)),
        "the code's date in the language: {text}"
    );
    assert_eq!(in_language(&browser).await.as_deref(), Some(code));
    browser.check("code-claimed").await;
    let user = app.store.user_by_username("alice").await.unwrap().unwrap();
    let held = app.store.held_code(campaign.id, user.id).await.unwrap().unwrap();
    assert_eq!(held.country.as_deref(), Some(expected_country(speaks.country)));

    browser.allow_clipboard().await;
    browser.press("button[data-copy]").await;
    let label = browser.text_becomes("button[data-copy]", speaks.copied).await;
    assert_eq!(label, speaks.copied);
    browser.assert_accessible();
}

/// The page's language, as `<html lang>` says.
async fn in_language(browser: &Chromium) -> Option<String> {
    let lang = browser.eval("return document.documentElement.lang;").await;
    lang.as_str().map(str::to_string)
}

/// The code of the country a journey types.
fn expected_country(typed: &str) -> &'static str {
    keydrop::domain::countries::Country::parse_typed(typed)
        .expect("a country")
        .code()
}

backend_tests! {
    async fn a_maintainer_signs_in_from_the_mail_claims_copies_and_comes_back(backend: Backend) {
        let smtp = SmtpServer::start().await;
        let app = TestApp::start_with(backend, Some(smtp.url())).await;
        app.with_open_campaign(3).await;
        let Some(mut browser) = browser(&app, "maintainer-claims", backend).await else { return };

        browser.open("/").await;
        browser.check("start").await;
        browser.click("main a.button").await;
        assert_eq!(browser.path().await, "/login");
        // Nothing typed: the problem is named, beside the field, and has the focus.
        browser.click("main form button[type=submit]").await;
        assert_eq!(browser.focused_id().await, "login-problem");
        browser.check("sign-in-empty").await;
        browser.fill("#login", "alice").await;
        browser.click("main form button[type=submit]").await;
        assert!(browser.text().await.contains("we have sent a sign-in link"));
        browser.check("sign-in-sent").await;

        let mail = smtp.wait_for("To: alice@example.org").await;
        let link = login_link_in(&mail).expect("a sign-in link in the mail");
        browser.open(&link).await;
        browser.check("sign-in-confirm").await;
        browser.click("main form button[type=submit]").await;
        assert_eq!(browser.path().await, "/giveaway");
        assert!(browser.text().await.contains("You are signed in."));
        browser.check("giveaway-may-claim").await;

        // A country the keys do not ship to, on a phone: the refusal is read first, with
        // what was typed kept, and the campaign comes before the projects table.
        browser.emulate(PHONE, Scheme::Light).await;
        browser.fill("input[name=country]", "Brazil").await;
        browser.click("form.claim button[type=submit]").await;
        let focused = browser.focused_id().await;
        assert!(focused.starts_with("country-problem"), "focus on the refusal, not {focused:?}");
        assert!(browser.text().await.contains("do not ship to this country: Brazil (BR)"));
        let kept = browser.find("input[name=country]").await.prop("value").await.unwrap();
        assert_eq!(kept.as_deref(), Some("Brazil"));
        let (campaign, projects) = (browser.top_of("section.campaign").await, browser.top_of("#projects").await);
        assert!(campaign < projects, "on a phone the campaign ({campaign}) comes before the projects ({projects})");
        browser.check("claim-refused").await;

        browser.fill("input[name=country]", "Germany").await;
        browser.click("form.claim button[type=submit]").await;
        let code = browser.find("code.promo").await.text().await.unwrap();
        assert!(code.starts_with("CODE-"), "{code}");
        assert!(browser.text().await.contains("Your code is ready."));
        browser.check("code-claimed").await;

        // The copy button puts the code on the clipboard and says so.
        browser.allow_clipboard().await;
        browser.press("button[data-copy]").await;
        let label = browser.text_becomes("button[data-copy]", "Copied").await;
        assert_eq!(label, "Copied");
        let copied = browser
            .client
            .execute_async("navigator.clipboard.readText().then(arguments[0], () => arguments[0](null))", vec![])
            .await
            .unwrap();
        assert_eq!(copied.as_str(), Some(code.as_str()), "the clipboard holds the code");

        // Coming back later, from the start page: the same code, and no second one.
        browser.emulate(common::chromium::DESKTOP, Scheme::Light).await;
        browser.open("/").await;
        assert_eq!(browser.path().await, "/giveaway");
        assert_eq!(browser.find("code.promo").await.text().await.unwrap(), code);
        assert!(!browser.text().await.contains("Your code is ready."), "the message was for once");
        browser.check("code-again").await;
        // The hand-back's confirmation step, checked too (nothing is handed back).
        browser.open(&keydrop::web::urls::URLS.release_confirm(fixture::CAMPAIGN)).await;
        assert!(browser.text().await.contains("hand back your promo code"));
        browser.check("hand-back-confirm").await;
        // "I have ordered my keys" asks first: that step is checked too (and not confirmed).
        browser.open("/giveaway").await;
        browser.click("form[action='/giveaway/redeemed'] button").await;
        assert!(browser.has("input[name=confirm][value=yes]").await, "{}", browser.text().await);
        browser.check("ordered-confirm").await;
        // An unsubscribe link that is not valid says so on a page of its own.
        browser.open(&format!("/mail/unsubscribe/{}", "ab".repeat(32))).await;
        assert!(browser.text().await.contains("That link is not valid"));
        browser.check("unsubscribe-not-valid").await;
        let held = app.count("SELECT COUNT(*) FROM codes WHERE user_id IS NOT NULL", &[]).await;
        assert_eq!(held, 1);
        browser.assert_accessible();
    }

    async fn an_ineligible_maintainer_reads_why(backend: Backend) {
        let app = TestApp::start(backend).await;
        app.with_open_campaign(3).await;
        let Some(mut browser) = browser(&app, "maintainer-ineligible", backend).await else { return };
        for (username, why) in [
            ("carol", "your account is not an Owner or Maintainer of any critical project"),
            ("dave", "This giveaway is for accounts created on or before 1 January 2026"),
            ("erin", "Your account already uses a security key"),
        ] {
            let link = app.login_link(username).await;
            browser.open(&link).await;
            browser.click("main form button[type=submit]").await;
            let text = browser.text().await;
            assert!(text.contains(why), "{username}: {text}");
            assert!(!browser.has("form.claim").await, "{username} is offered no claim form");
            browser.check(&format!("ineligible-{username}")).await;
            browser.click("form.signout button").await;
        }
        assert_eq!(app.count("SELECT COUNT(*) FROM codes WHERE user_id IS NOT NULL", &[]).await, 0);
        browser.assert_accessible();
    }

    async fn an_admin_signs_in_with_totp_uploads_a_batch_with_bad_lines_and_sees_it_loaded(backend: Backend) {
        let app = TestApp::start(backend).await;
        app.with_open_campaign(5).await;
        let Some(mut browser) = browser(&app, "admin-batch", backend).await else { return };
        admin_signs_in(&app, &mut browser, "alice").await;
        let left_before = figure(&browser, "Codes left").await;
        assert_eq!(left_before, 5);
        browser.check("dashboard").await;

        browser.click("nav a[href='/admin/batches']").await;
        browser.check("batches").await;
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("vendor-batch.txt");
        let lines = ["NEWB-00001", "NEWB-00002", "x", "NEWB-00001", "NEWB-00003", "BAD CODE!", "NEWB-00004"];
        std::fs::write(&file, lines.join("\n")).unwrap();
        let expires = (app.today() + chrono::Duration::days(90)).to_string();
        browser.set_value("#upload-expires", &expires).await;
        browser.fill("#upload-label", "order 7").await;
        browser.find("#upload-file").await.send_keys(&file.display().to_string()).await.unwrap();
        browser.click("form[action='/admin/batches/preview'] button[type=submit]").await;
        assert_eq!(browser.path().await, "/admin/batches/preview");
        let preview = browser.text().await;
        for expected in ["Good codes\n4", "Bad lines\n3", "order 7"] {
            assert!(preview.contains(expected), "{expected:?} in {preview}");
        }
        let bad_lines: Vec<String> = browser
            .eval("return [...document.querySelectorAll('main table tbody tr td:first-child')].map(td => td.textContent.trim())")
            .await
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect();
        assert_eq!(bad_lines, ["3", "4", "6"]);
        browser.check("preview").await;

        browser.click("button[name=load][value=good]").await;
        assert!(browser.text().await.contains("4 codes were loaded"));
        browser.check("loaded").await;
        browser.click("main a[href='/admin']").await;
        assert_eq!(figure(&browser, "Codes left").await, left_before + 4);
        // The chart's dates stay readable on a phone.
        browser.emulate(PHONE, Scheme::Light).await;
        let label = browser.eval("return document.querySelector('svg.chart-svg text').getBoundingClientRect().height").await;
        assert!(label.as_f64().unwrap() >= 9.0, "chart labels {label} px tall at {PHONE} px");
        browser.emulate(common::chromium::DESKTOP, Scheme::Light).await;
        browser.check("dashboard-after").await;

        // The rest of the admin area, each page checked as well.
        browser.click("nav a[href='/admin/campaigns']").await;
        browser.check("campaigns").await;
        // The new-campaign form refused (the browser's own checks set aside): every problem
        // beside its field, and the page still accessible.
        let form = "form[action='/admin/campaigns']";
        browser.eval(&format!("document.querySelector(\"{form}\").noValidate = true; return null")).await;
        browser.click(&format!("{form} button[type=submit]")).await;
        assert!(browser.has("[aria-invalid=true]").await, "{}", browser.text().await);
        browser.check("campaign-form-refused").await;
        browser.open("/admin/security-keys").await;
        browser.check("security-keys").await;
        browser.open("/admin/campaigns").await;
        browser.click("main table a").await;
        browser.check("campaign").await;
        browser.click("form[action$='/close'] button").await;
        assert!(browser.text().await.contains("Close the claims of Titan 2026 now?"));
        browser.check("confirm-close").await;
        browser.click("main a[href^='/admin/campaigns/']").await;
        browser.open("/admin/codes?q=NEWB").await;
        browser.check("codes-found").await;
        browser.click("main table a").await;
        browser.check("code").await;
        browser.open("/admin/maintainers?q=bob").await;
        browser.check("maintainers-found").await;
        browser.click("main ul a").await;
        browser.check("maintainer").await;
        browser.open("/no/such/page").await;
        browser.check("not-found").await;
        browser.assert_accessible();
    }
    async fn a_maintainer_in_french_signs_in_and_claims_in_germany_typed_in_french(backend: Backend) {
        maintainer_journey_in(backend, Speaks {
            lang: keydrop::i18n::Lang::Fr,
            country: "Allemagne",
            sent: "nous avons envoyé un lien de connexion",
            confirm: "Se connecter à keydrop",
            signed_in: "Vous êtes connecté.",
            claimed: "Votre code est prêt.",
            copied: "Copié",
        })
        .await;
    }

    async fn a_maintainer_in_japanese_signs_in_and_claims_in_japan_typed_in_japanese(backend: Backend) {
        maintainer_journey_in(backend, Speaks {
            lang: keydrop::i18n::Lang::Ja,
            country: "日本",
            sent: "サインインリンクをお送りしました",
            confirm: "keydrop にサインイン",
            signed_in: "サインインしました。",
            claimed: "コードの準備ができました。",
            copied: "コピーしました",
        })
        .await;
    }
}
