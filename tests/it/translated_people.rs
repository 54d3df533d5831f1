//! The admin area's codes, maintainers, sign-in and security key pages, its navigation and
//! its confirmation steps, in every language: each page is fetched in English and in each
//! other language in the same state, and no sentence of the English page may be left on the
//! other (`crate::languages::assert_translated`).

use keydrop::i18n::Lang;
use keydrop::web::urls::URLS;

use crate::common::soft_key::SoftKey;
use crate::common::{self, Browser, Page, TestApp};
use crate::languages::assert_translated;
use crate::security_keys::{keyed_app, origin, register};

/// The text that is the same in every language on these pages: the fixture's campaign,
/// projects with their PyPI roles, people, and what the tests type.
const DATA: &[&str] = &[
    "Titan 2026",
    "second.project: Maintainer,",
    "top-project: Owner,",
    "shared on a forum",
    "a team account",
    "Blue key",
    "bob@example.org",
    "carol@example.org",
];

/// Chooses `lang` with the switcher, as a person would, and lands on `path`.
async fn in_language(browser: &Browser, lang: Lang, path: &str) -> Page {
    browser.get(&URLS.language(lang.code(), path)).await
}

/// Fetches `path` in English and in every other language, in the same state, asserting
/// each is translated; leaves the browser in English. Answers the English page.
async fn assert_get_translated(browser: &Browser, path: &str, status: u16, data: &[&str]) -> Page {
    let english = in_language(browser, Lang::En, path).await;
    assert_eq!(english.status, status, "{path}: {}", english.text());
    for lang in Lang::ALL.into_iter().skip(1) {
        let other = in_language(browser, lang, path).await;
        assert_eq!(
            other.status,
            status,
            "{path} in {}: {}",
            lang.code(),
            other.text()
        );
        assert_translated(&english, &other, lang, data);
    }
    in_language(browser, Lang::En, "/").await;
    english
}

/// Sends a form from `form_page` in English and in every other language (the form must
/// leave the state as it found it, e.g. a refusal or a confirmation step), asserting each
/// answer is translated; leaves the browser in English. Answers the English page.
async fn assert_post_translated(
    browser: &Browser,
    form_page: &str,
    action: &str,
    fields: &[(&str, &str)],
    data: &[&str],
) -> Page {
    in_language(browser, Lang::En, "/").await;
    let english = browser.submit(form_page, action, fields).await;
    for lang in Lang::ALL.into_iter().skip(1) {
        in_language(browser, lang, "/").await;
        let other = browser.submit(form_page, action, fields).await;
        assert_eq!(other.status, english.status, "{action} in {}", lang.code());
        assert_translated(&english, &other, lang, data);
    }
    in_language(browser, Lang::En, "/").await;
    english
}

/// For a state made once per language (an answer that cannot be had twice): keeps the first
/// page, English, after checking it `shows` its text, and asserts each later one translated.
fn against_english(english: &mut Option<Page>, lang: Lang, page: Page, shows: &str, data: &[&str]) {
    match english {
        None => {
            assert_eq!(lang, Lang::En, "English comes first");
            assert!(page.shows(shows), "{}", page.text());
            *english = Some(page);
        }
        Some(english) => assert_translated(english, &page, lang, data),
    }
}

/// The id of the code `code`.
async fn code_id(app: &TestApp, code: &str) -> i64 {
    app.store.search_codes(code, 1).await.unwrap()[0].id
}

backend_tests! {
    async fn the_codes_pages_and_a_code_history_are_translated(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(3).await;
        let held = app.signed_in("bob").await.claim("FR").await.promo_code().unwrap();
        let revoked = app.signed_in("racer001").await.claim("DE").await.promo_code().unwrap();
        let (admin, _) = common::admin_browser(&app, "alice").await;
        let data = [DATA, &[held.as_str(), revoked.as_str()]].concat();

        // The codes: found, none found, and the vendor's report refused for want of a file.
        let found = assert_get_translated(&admin, "/admin/codes?q=CODE", 200, &data).await;
        assert!(found.shows(&format!("{held} Titan 2026 assigned bob France")), "{}", found.text());
        let none = assert_get_translated(&admin, "/admin/codes?q=NOPE", 200, &data).await;
        assert!(none.shows("No code matches “NOPE”."), "{}", none.text());
        let mut english_refusal: Option<Page> = None;
        for lang in Lang::ALL {
            in_language(&admin, lang, "/").await;
            let refused = admin.upload("/admin/codes", "/admin/codes/vendor-report", &[], Vec::new()).await;
            assert_eq!(refused.status, 422, "{}", refused.text());
            against_english(&mut english_refusal, lang, refused, "Choose a file to upload.", &data);
        }
        in_language(&admin, Lang::En, "/").await;

        // A claimed code, with what can be done with it.
        let held_page = format!("/admin/codes/{}", code_id(&app, &held).await);
        let claimed = assert_get_translated(&admin, &held_page, 200, &data).await;
        assert!(claimed.shows("maintainer bob Claimed declared country FR"), "{}", claimed.text());
        assert!(claimed.shows("Revoke the code"));

        // Revoking asks first, in every language; then the revoked code's history.
        let id = code_id(&app, &revoked).await;
        let (page, action) = (format!("/admin/codes/{id}"), format!("/admin/codes/{id}/revoke"));
        let asked = assert_post_translated(&admin, &page, &action, &[("reason", "shared on a forum")], &data).await;
        assert!(asked.shows(&format!("Revoke the code {revoked}?")), "{}", asked.text());
        assert_eq!(app.store.search_codes(&revoked, 1).await.unwrap()[0].state, "assigned", "asked only");
        admin.submit(&page, &action, &[("reason", "shared on a forum"), ("confirm", "yes")]).await;
        // Closing claims asks first too.
        let (page_of_campaign, close) = (URLS.admin_campaign(campaign.id), URLS.admin_campaign_close(campaign.id));
        let closing = assert_post_translated(&admin, &page_of_campaign, &close, &[], &data).await;
        assert!(closing.shows("Close the claims of Titan 2026 now?"), "{}", closing.text());
        assert!(!app.store.campaign_by_name("Titan 2026").await.unwrap().unwrap().claims_closed, "asked only");
        let history = assert_get_translated(&admin, &page, 200, &data).await;
        assert!(history.shows("State revoked"), "{}", history.text());
        assert!(history.shows("admin alice Revoked shared on a forum"), "{}", history.text());
        let french = in_language(&admin, Lang::Fr, &page).await;
        assert!(french.shows("administrateur alice Révoqué shared on a forum"), "{}", french.text());
        assert!(french.shows("mainteneur racer001 Demandé pays déclaré : DE"), "{}", french.text());
    }

    async fn the_maintainer_pages_are_translated(backend: Backend) {
        let app = TestApp::start(backend).await;
        app.with_open_campaign(2).await;
        app.signed_in("bob").await.claim("FR").await;
        let (admin, _) = common::admin_browser(&app, "alice").await;

        let search = assert_get_translated(&admin, "/admin/maintainers?q=bo", 200, DATA).await;
        assert!(search.shows("bob (bob@example.org)"), "{}", search.text());
        let nobody = assert_get_translated(&admin, "/admin/maintainers?q=zz", 200, DATA).await;
        assert!(nobody.shows("Nobody matches “zz”."), "{}", nobody.text());

        // A maintainer holding a code; the grant refused without a reason; a grant in force.
        let bob = assert_get_translated(&admin, "/admin/maintainers/bob", 200, DATA).await;
        assert!(bob.shows("rank 2 when it became critical on"), "{}", bob.text());
        assert!(bob.shows("Holds"), "{}", bob.text());
        let refused = assert_post_translated(&admin, "/admin/maintainers/bob", "/admin/maintainers/bob/grant", &[("reason", "")], DATA).await;
        assert!(refused.shows("Give a reason for the grant."), "{}", refused.text());
        admin.submit("/admin/maintainers/carol", "/admin/maintainers/carol/grant", &[("reason", "a team account")]).await;
        let carol = assert_get_translated(&admin, "/admin/maintainers/carol", 200, DATA).await;
        assert!(carol.shows("No role on a critical project."), "{}", carol.text());
        assert!(carol.shows("Eligible: may claim a code."), "{}", carol.text());
        assert!(carol.shows("Eligibility granted by admin alice on"), "{}", carol.text());
    }

    async fn the_admin_sign_in_pages_are_translated(backend: Backend) {
        let app = keyed_app(backend, false).await;

        // Not an admin.
        let bob = app.signed_in("bob").await;
        let forbidden = assert_get_translated(&bob, "/admin", 403, DATA).await;
        assert!(forbidden.shows("your account is not one of them"), "{}", forbidden.text());

        // Enrolment, then the recovery codes, shown once: one new admin per language.
        let mut english_codes: Option<Page> = None;
        for (i, lang) in Lang::ALL.into_iter().enumerate() {
            let username = format!("racer{:03}", i + 1);
            app.store.set_admin(&username, true, app.clock.unix(), "test").await.unwrap();
            let browser = app.signed_in(&username).await;
            let gate = if lang == Lang::En {
                assert_get_translated(&browser, "/admin", 403, DATA).await
            } else {
                browser.get("/admin").await
            };
            assert!(gate.shows("Set up your authenticator app"), "{}", gate.text());
            let secret = common::enrolment_secret(&gate).unwrap();
            in_language(&browser, lang, "/").await;
            let code = keydrop::totp::code_at(&secret, app.clock.unix()).unwrap();
            let codes = browser.second_factor(&code).await;
            assert_eq!(codes.status, 200, "{}", codes.text());
            against_english(&mut english_codes, lang, codes, "Your authenticator app is set up", DATA);
        }

        // The code form of an enrolled admin, and after a wrong code.
        common::admin_browser(&app, "alice").await;
        let again = app.signed_in("alice").await;
        let gate = assert_get_translated(&again, "/admin", 403, DATA).await;
        assert!(gate.shows("Six-digit code, or a recovery code"), "{}", gate.text());
        let wrong = assert_post_translated(&again, "/admin", "/admin/second-factor", &[("code", "000000"), ("next", "/admin")], DATA).await;
        assert!(wrong.shows("That code is not right"), "{}", wrong.text());
    }

    async fn the_security_keys_pages_are_translated(backend: Backend) {
        let app = keyed_app(backend, false).await;
        let (admin, _) = common::admin_browser(&app, "alice").await;
        let empty = assert_get_translated(&admin, "/admin/security-keys", 200, DATA).await;
        assert!(empty.shows("You have no security key yet."), "{}", empty.text());
        assert!(empty.body.contains("data-touch=\"Touch your security key now.\""), "the script's words");
        let french = in_language(&admin, Lang::Fr, "/admin/security-keys").await;
        assert!(french.body.contains("data-touch=\"Touchez maintenant votre clé de sécurité.\""));
        in_language(&admin, Lang::En, "/").await;

        // Each language's admin adds a key (named alike) and is told so.
        let mut english_added: Option<Page> = None;
        for lang in Lang::ALL {
            in_language(&admin, lang, "/").await;
            let added = register(&admin, &SoftKey::new(&origin(&app)), "Blue key").await;
            assert_eq!(added.status, 200, "{}", added.text());
            against_english(&mut english_added, lang, added, "Your key “Blue key” was added", DATA);
        }
        in_language(&admin, Lang::En, "/").await;
        let listed = assert_get_translated(&admin, "/admin/security-keys", 200, DATA).await;
        assert!(listed.shows("Remove “Blue key”"), "{}", listed.text());

        // A new session of the key's owner: the key button beside the code form.
        let again = app.signed_in("alice").await;
        let gate = assert_get_translated(&again, "/admin", 403, DATA).await;
        assert!(gate.shows("Use my security key") && gate.shows("Or enter a code"), "{}", gate.text());
        // A refused start is said in the page's language (the script shows it).
        let token = admin.get(&URLS.language("de", "/admin/security-keys")).await.csrf_token();
        let started = admin
            .post_raw("/admin/security-keys/register-start", &[("name", ""), ("csrf_token", &token)])
            .await;
        assert_eq!(started.status, 422);
        assert!(started.body.contains("Geben Sie dem Schlüssel einen Namen mit 1 bis 60 Zeichen."), "{}", started.body);
    }
}
