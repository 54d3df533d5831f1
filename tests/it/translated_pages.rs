//! Every page a maintainer sees, in every language: each is fetched in English and then, in
//! the same state, in the seven other languages (chosen with the switcher's cookie), and
//! must not keep a sentence of the English page (see `languages::assert_translated`).

use crate::common;

use chrono::Duration;
use common::fixture::{self, CAMPAIGN};
use common::{Browser, Page, TestApp};
use keydrop::domain::rates::RateLimit;
use keydrop::i18n::Lang;
use keydrop::store::NewCampaign;

use crate::languages::assert_translated;

/// What is the same in every language: names of the campaign and the projects, the service's
/// name. (Country names are added for each language: see [`data_in`].)
const DATA: &[&str] = &[CAMPAIGN, "top-project", "second.project", "tail-001", "keydrop"];

/// [`DATA`], and the names of the campaign's countries in `lang` as the claim form lists them:
/// some are the same as in English (Japan in German, Austria in Italian), which is no
/// sentence left untranslated.
fn data_in(lang: Lang) -> Vec<String> {
    let mut data: Vec<String> = DATA.iter().map(|s| s.to_string()).collect();
    for code in keydrop::domain::countries::DEFAULT_CAMPAIGN_COUNTRIES {
        let country = keydrop::domain::countries::Country::parse(code).unwrap();
        data.push(country.label_in(lang.code()));
    }
    // Longest first, so that a name inside a longer label does not break it up.
    data.sort_by_key(|s| std::cmp::Reverse(s.len()));
    data
}

/// How a page in a given state is reached; asked again in each language, so it must leave
/// the state as it found it (a refused claim does).
enum Fetch<'a> {
    Get(&'a str),
    /// Submits the form of the first page to the second address with these fields.
    Submit(&'a str, &'a str, &'a [(&'a str, &'a str)]),
    /// Posts without a form (a method the address does not take).
    PostRaw(&'a str),
}

async fn fetch(browser: &Browser, how: &Fetch<'_>) -> Page {
    match how {
        Fetch::Get(path) => browser.get(path).await,
        Fetch::Submit(form_page, action, fields) => browser.submit(form_page, action, fields).await,
        Fetch::PostRaw(path) => browser.post_raw(path, &[]).await,
    }
}

/// Fetches the page in English, then in every other language, and asserts each translated;
/// answers the English page for the caller's own checks of the state.
async fn in_every_language(browser: &Browser, how: Fetch<'_>) -> Page {
    browser.get("/language/en?next=%2F").await;
    let english = fetch(browser, &how).await;
    for lang in Lang::ALL.into_iter().filter(|lang| *lang != Lang::En) {
        browser.get(&format!("/language/{}?next=%2F", lang.code())).await;
        let page = fetch(browser, &how).await;
        assert_eq!(page.status, english.status, "{} in {}", page.url, lang.code());
        assert_eq!(page.url, english.url, "{}", lang.code());
        let data = data_in(lang);
        let data: Vec<&str> = data.iter().map(String::as_str).collect();
        assert_translated(&english, &page, lang, &data);
    }
    english
}

/// A test app whose sign-in limits let one address ask for a link in every language.
async fn roomy_app(backend: common::Backend) -> TestApp {
    TestApp::start_configured(backend, |config| {
        config.support_url = Some("mailto:help@example.org".into());
        let plenty = RateLimit::new(100, std::time::Duration::from_secs(60));
        config.limits.sign_in_per_address = plenty;
        config.limits.sign_in_per_account = plenty;
        config.limits.claims = plenty;
    })
    .await
}

/// Records a message to `username` as sent with an unsubscribe link, as the mail sender does;
/// answers the link's token. The app's own senders are stopped first: they would lease the
/// message before this does (the test failed now and then on that race).
async fn sent_with_unsubscribe_link(app: &mut TestApp, username: &str) -> String {
    if let Some(senders) = app.senders.take() {
        senders.stop().await;
    }
    let user = app.store.user_by_username(username).await.unwrap().unwrap();
    let now = app.clock.unix();
    app.store
        .queue_sign_in_mail(&[user], keydrop::i18n::Lang::En, now, now + 3600)
        .await
        .unwrap();
    let mail = app
        .store
        .lease_mail(now, now + 60, "lease", "<message@example.org>")
        .await
        .unwrap()
        .expect("the queued message");
    let token = "cd".repeat(32);
    let sent = keydrop::store::MailOutcome::Sent {
        unsubscribe_hash: Some(keydrop::tokens::hash(&token)),
    };
    assert!(app.store.finish_mail(&mail, &sent, now).await.unwrap());
    token
}

backend_tests! {
    async fn the_pages_before_signing_in_are_translated(backend: Backend) {
        let mut app = roomy_app(backend).await;
        app.with_open_campaign(1).await;
        let visitor = app.browser();
        assert!(in_every_language(&visitor, Fetch::Get("/")).await.shows("Who can take part"));
        assert!(in_every_language(&visitor, Fetch::Get("/login")).await.shows("Send me a sign-in link"));
        let empty = in_every_language(&visitor, Fetch::Submit("/login", "/login", &[("login", " ")])).await;
        assert!(empty.shows("Enter your registry username"), "{}", empty.text());
        let sent = in_every_language(&visitor, Fetch::Submit("/login", "/login", &[("login", "nobody")])).await;
        assert!(sent.shows("Check your email"), "{}", sent.text());
        let link = app.login_link("alice").await;
        let path = url::Url::parse(&link).unwrap().path().to_string();
        assert!(in_every_language(&visitor, Fetch::Get(&path)).await.shows("Sign in to keydrop"));
        let missing = in_every_language(&visitor, Fetch::Get("/no/such/page")).await;
        assert_eq!(missing.status, 404);
        let wrong_method = in_every_language(&visitor, Fetch::PostRaw("/")).await;
        assert_eq!(wrong_method.status, 405, "{}", wrong_method.text());
        // A form's address opened directly leads to its page (here, signed out, sign-in).
        let opened = in_every_language(&visitor, Fetch::Get("/giveaway/claim")).await;
        assert_eq!(opened.status, 200, "{}", opened.text());
        let unsubscribe = in_every_language(&visitor, Fetch::Get(&format!("/mail/unsubscribe/{}", "ab".repeat(32)))).await;
        assert!(unsubscribe.shows("That link is not valid"), "{}", unsubscribe.text());
        // A good unsubscribe link: the question, then (pressed in every language) the answer.
        let path = format!("/mail/unsubscribe/{}", sent_with_unsubscribe_link(&mut app, "alice").await);
        let ask = in_every_language(&visitor, Fetch::Get(&path)).await;
        assert!(ask.shows("Stop invitations and reminders about security-key giveaways for the account alice"), "{}", ask.text());
        let done = in_every_language(&visitor, Fetch::PostRaw(&path)).await;
        assert!(done.shows("gets no more invitations or reminders."), "{}", done.text());
    }

    async fn the_giveaway_page_is_translated_from_claim_form_to_code(backend: Backend) {
        let app = roomy_app(backend).await;
        app.with_open_campaign(2).await;
        let alice = app.signed_in("alice").await;
        let form = in_every_language(&alice, Fetch::Get("/giveaway")).await;
        assert!(form.shows("Claim my code"), "{}", form.text());
        // Refused claims, with what was typed kept.
        let claim = |country| Fetch::Submit("/giveaway", "/giveaway/claim", country);
        let unknown = in_every_language(&alice, claim(&[("country", "Atlantis")])).await;
        assert!(unknown.shows("We do not know a country called"), "{}", unknown.text());
        let uk = in_every_language(&alice, claim(&[("country", "UK")])).await;
        assert!(uk.shows("is not an ISO country code"), "{}", uk.text());
        let not_served = in_every_language(&alice, claim(&[("country", "AR")])).await;
        assert!(not_served.shows("do not ship to this country"), "{}", not_served.text());
        let empty = in_every_language(&alice, claim(&[("country", "")])).await;
        assert!(empty.shows("Enter the country your keys should ship to"), "{}", empty.text());

        alice.claim("Allemagne").await.promo_code().expect("a code for Allemagne");
        let held = in_every_language(&alice, Fetch::Get("/giveaway")).await;
        assert!(held.shows("Your promo code"), "{}", held.text());
        let release = keydrop::web::urls::URLS.release_confirm(CAMPAIGN);
        let confirm = in_every_language(&alice, Fetch::Get(&release)).await;
        assert!(confirm.shows("You are about to hand back your promo code"), "{}", confirm.text());
        let ordered = in_every_language(&alice, Fetch::Submit("/giveaway", "/giveaway/redeemed", &[("campaign", CAMPAIGN)])).await;
        assert!(ordered.shows("Have you ordered your keys?"), "{}", ordered.text());
        // Said once, it shows as redeemed, dated.
        alice.submit("/giveaway", "/giveaway/redeemed", &[("campaign", CAMPAIGN), ("confirm", "yes")]).await;
        let redeemed = in_every_language(&alice, Fetch::Get("/giveaway")).await;
        assert!(redeemed.shows("You told us you ordered your keys on"), "{}", redeemed.text());
    }

    async fn every_reason_not_to_claim_is_translated(backend: Backend) {
        let app = roomy_app(backend).await;
        let (now, today) = (app.clock.unix(), app.today());
        fixture::registry(&app.store, now).await;
        // Not open yet: it opens in three days.
        let upcoming = NewCampaign { starts_on: today + Duration::days(3), ..fixture::open_campaign(today) };
        let campaign = fixture::campaign(&app.store, &upcoming, now).await;
        fixture::batch(&app.store, &campaign, &fixture::codes("ONLY", 1), today + Duration::days(60), "", now).await;
        let early = in_every_language(&app.signed_in("alice").await, Fetch::Get("/giveaway")).await;
        assert!(early.shows("This giveaway opens on"), "{}", early.text());
        app.clock.advance(Duration::days(3));
        // No critical role (with the link to the support team), too new, a key already.
        for (who, says) in [
            ("carol", "the registry's support team"),
            ("dave", "This giveaway is for accounts created on or before"),
            ("erin", "Your account already uses a security key"),
        ] {
            let browser = app.signed_in(who).await;
            let page = in_every_language(&browser, Fetch::Get("/giveaway")).await;
            assert!(page.shows(says), "{who}: {}", page.text());
        }
        // No codes left once bob has the only one.
        app.signed_in("bob").await.claim("FR").await.promo_code().expect("bob's code");
        let alice = app.signed_in("alice").await;
        let none_left = in_every_language(&alice, Fetch::Get("/giveaway")).await;
        assert!(none_left.shows("Every code of this giveaway has been claimed"), "{}", none_left.text());
        // Closed by its admins.
        app.store.set_claims_closed(campaign.id, true, app.clock.unix(), "test").await.unwrap();
        let closed = in_every_language(&alice, Fetch::Get("/giveaway")).await;
        assert!(closed.shows("Claims for this giveaway are closed"), "{}", closed.text());
    }
}
