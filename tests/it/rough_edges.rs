//! What people hit when they first used keydrop, over HTTP: forms that report every problem
//! at once and keep what was typed, form addresses opened directly, confirmation steps for
//! what cannot be undone, a way to the admin area and to help, words instead of ids. (Focus
//! and layout are checked in a real browser: see `e2e`.)

use crate::common;

use chrono::Duration;
use common::fixture::{self, CAMPAIGN};
use common::{Page, TestApp, admin_browser};
use keydrop::store::NewCampaign;

/// The attributes of the first tag whose `id` is `id`.
fn tag_with_id<'a>(page: &'a Page, id: &str) -> &'a str {
    let at = page
        .body
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no element #{id}"));
    let start = page.body[..at].rfind('<').unwrap();
    let end = page.body[at..].find('>').unwrap() + at;
    &page.body[start..end]
}

backend_tests! {
    async fn opening_a_form_address_leads_to_the_page_the_form_lives_on(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(2).await;
        let (admin, _) = admin_browser(&app, "alice").await;
        let code = admin.claim("DE").await.promo_code().unwrap();
        let code_id = app.store.search_codes(&code, 1).await.unwrap()[0].id;
        let c = campaign.id;
        // Every POST-only address of the service, and the page its form lives on.
        let forms = [
            ("/giveaway/claim", "/giveaway"),
            ("/giveaway/redeemed", "/giveaway"),
            ("/giveaway/mail", "/giveaway"),
            ("/giveaway/checkout", "/giveaway"),
            ("/admin/second-factor", "/admin"),
            ("/admin/batches/preview", "/admin/batches"),
            ("/admin/batches/confirm", "/admin/batches"),
            ("/admin/batches/generate", "/admin/batches"),
            ("/admin/codes/vendor-report", "/admin/codes"),
            (&format!("/admin/campaigns/{c}/close"), &format!("/admin/campaigns/{c}")),
            (&format!("/admin/campaigns/{c}/open"), &format!("/admin/campaigns/{c}")),
            (&format!("/admin/codes/{code_id}/revoke"), &format!("/admin/codes/{code_id}")),
            (&format!("/admin/codes/{code_id}/redeemed"), &format!("/admin/codes/{code_id}")),
            ("/admin/maintainers/bob/grant", "/admin/maintainers/bob"),
            ("/admin/maintainers/bob/withdraw", "/admin/maintainers/bob"),
            ("/logout", "/giveaway"),
        ];
        for (form, page) in forms {
            let opened = admin.get(form).await;
            assert_eq!(opened.status, 200, "GET {form}: {}", opened.text());
            assert!(opened.url.ends_with(page), "GET {form} led to {}, not {page}", opened.url);
        }
        // Other methods are still refused, and so is GET on what no person opens.
        let client = reqwest::Client::new();
        let put = client.put(format!("{}/giveaway/claim", app.base)).send().await.unwrap();
        assert_eq!(put.status(), 405);
        let webhook = client.get(format!("{}/webhooks/stripe", app.base)).send().await.unwrap();
        assert_eq!(webhook.status(), 405);
        assert_eq!(app.count("SELECT COUNT(*) FROM codes WHERE user_id IS NOT NULL", &[]).await, 1, "nothing was done");
    }

    async fn the_campaign_form_names_every_problem_at_once_beside_its_field(backend: Backend) {
        let app = TestApp::start(backend).await;
        app.with_open_campaign(0).await;
        let (admin, _) = admin_browser(&app, "alice").await;
        let refused = admin.submit("/admin/campaigns", "/admin/campaigns", &[
            ("name", " "), ("countries", "US,XX"), ("starts", "soon"), ("ends", "2027-02-01"),
            ("store_url", "ftp://store"), ("keys_per_code", "11"), ("account_cutoff", ""),
            ("fulfilment", "vendor"), ("ended_message", "Thanks"),
        ]).await;
        assert_eq!(refused.status, 422);
        assert!(refused.shows("The campaign was not saved: 5 problems to fix."), "{}", refused.text());
        for (field, words) in [
            ("name", "Give the campaign a name."),
            ("countries", "Countries:"),
            ("starts", "Give the first day as a date"),
            ("store_url", "The store link must be a web address"),
            ("keys_per_code", "Keys per code must be between 1 and 10."),
        ] {
            let input = tag_with_id(&refused, &format!("campaign-{field}"));
            assert!(input.contains("aria-invalid=\"true\""), "{field}: {input}");
            assert!(input.contains(&format!("aria-describedby=\"campaign-{field}-problem\"")), "{field}: {input}");
            let beside = tag_with_id(&refused, &format!("campaign-{field}-problem"));
            assert!(beside.contains("field-problem"), "{beside}");
            // Said in the summary (linking to the field) and beside the field: twice.
            assert_eq!(refused.text().matches(words).count(), 2, "{field}: {}", refused.text());
            assert!(refused.body.contains(&format!("href=\"#campaign-{field}\"")));
        }
        for good in ["ends", "ended_message", "account_cutoff"] {
            assert!(!tag_with_id(&refused, &format!("campaign-{good}")).contains("aria-invalid"), "{good}");
        }
        // The summary takes the focus; what was typed is kept.
        assert!(tag_with_id(&refused, "campaign-problems").contains("autofocus"));
        assert_eq!(refused.input_value("countries").as_deref(), Some("US,XX"));
        assert_eq!(refused.input_value("starts").as_deref(), Some("soon"));
        assert_eq!(app.count("SELECT COUNT(*) FROM campaigns", &[]).await, 1, "nothing saved");
    }

    async fn a_refused_batch_form_keeps_what_was_typed_and_the_open_campaign_comes_first(backend: Backend) {
        let app = TestApp::start(backend).await;
        app.with_open_campaign(0).await;
        let today = app.today();
        // A newer campaign that has not opened: listed first, but not the default.
        let later = NewCampaign { name: "Next year".into(), starts_on: today + Duration::days(300), ends_on: today + Duration::days(330), ..fixture::open_campaign(today) };
        fixture::campaign(&app.store, &later, app.clock.unix()).await;
        let (admin, _) = admin_browser(&app, "alice").await;
        let selected = format!("<option value=\"{CAMPAIGN}\" selected>");
        let page = admin.get("/admin/batches").await;
        assert!(page.body.find("Next year").unwrap() < page.body.find(&selected).unwrap(), "the newest is listed first");
        assert_eq!(page.body.matches(&selected).count(), 2, "the open campaign is chosen in both forms");

        let fields = [("campaign", CAMPAIGN), ("expires", "2020-01-01"), ("countries", "US,CA"), ("label", "order 9")];
        let refused = admin.upload("/admin/batches", "/admin/batches/preview", &fields, b"NEWC-0001\n".to_vec()).await;
        assert_eq!(refused.status, 422);
        assert!(refused.shows("The expiry date 1 January 2020 is in the past."));
        for (name, value) in [("expires", "2020-01-01"), ("countries", "US,CA"), ("label", "order 9")] {
            assert_eq!(refused.input_value(name).as_deref(), Some(value), "{name}");
        }
        let no_file = admin.upload("/admin/batches", "/admin/batches/preview", &[("campaign", "Next year"), ("label", "order 10")], Vec::new()).await;
        assert!(no_file.shows("Choose a file to upload."));
        assert_eq!(no_file.input_value("label").as_deref(), Some("order 10"));
        assert!(no_file.body.contains("<option value=\"Next year\" selected>"));

        let token = admin.get("/admin/batches").await.csrf_token();
        let generate = admin.post_raw("/admin/batches/generate", &[
            ("campaign", CAMPAIGN), ("count", "5"), ("prefix", "bad prefix!"), ("expires", "2099-01-01"), ("label", "ours"), ("csrf_token", &token),
        ]).await;
        assert_eq!(generate.status, 422);
        let generate_label = &generate.body[generate.body.find("id=\"generate-label\"").unwrap()..];
        assert!(generate_label.starts_with("id=\"generate-label\" name=\"label\" type=\"text\" maxlength=\"200\" value=\"ours\""), "{}", &generate_label[..120]);
        assert!(generate.body.contains("value=\"bad prefix!\""));
        assert_eq!(app.count("SELECT COUNT(*) FROM codes", &[]).await, 0);
    }

    async fn what_cannot_be_undone_is_asked_once_more(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(3).await;
        let bob = app.signed_in("bob").await;
        let code = bob.claim("FR").await.promo_code().unwrap();
        let state = |code: String| {
            let app = &app;
            async move { app.store.search_codes(&code, 1).await.unwrap()[0].state.clone() }
        };

        // "I have ordered my keys": a second step, which works without JavaScript.
        let asked = bob.submit("/giveaway", "/giveaway/redeemed", &[("campaign", CAMPAIGN)]).await;
        assert!(asked.shows("Have you ordered your keys?"), "{}", asked.text());
        assert!(asked.body.contains("name=\"confirm\" value=\"yes\"") && asked.body.contains("href=\"/giveaway\""));
        assert_eq!(state(code.clone()).await, "assigned", "nothing happened yet");
        let done = bob.submit("/giveaway", "/giveaway/redeemed", &[("campaign", CAMPAIGN), ("confirm", "yes")]).await;
        assert!(done.shows("we have noted that you ordered your keys"));
        assert_eq!(state(code.clone()).await, "redeemed");

        // Revoke and close claims, in the admin area.
        let racer = app.signed_in("racer001").await;
        let held = racer.claim("DE").await.promo_code().unwrap();
        let (admin, _) = admin_browser(&app, "alice").await;
        let id = app.store.search_codes(&held, 1).await.unwrap()[0].id;
        let (page, action) = (format!("/admin/codes/{id}"), format!("/admin/codes/{id}/revoke"));
        let asked = admin.submit(&page, &action, &[("reason", "shared on a forum")]).await;
        assert!(asked.shows(&format!("Revoke the code {held}?")) && asked.shows("shared on a forum"), "{}", asked.text());
        assert_eq!(state(held.clone()).await, "assigned");
        let revoked = admin.submit(&page, &action, &[("reason", "shared on a forum"), ("confirm", "yes")]).await;
        assert!(revoked.shows("State revoked"));

        let page = format!("/admin/campaigns/{}", campaign.id);
        let asked = admin.submit(&page, &format!("{page}/close"), &[]).await;
        assert!(asked.shows("Close the claims of Titan 2026 now?"), "{}", asked.text());
        assert!(!app.store.campaign_by_id(campaign.id).await.unwrap().unwrap().claims_closed);
        let closed = admin.submit(&page, &format!("{page}/close"), &[("confirm", "yes")]).await;
        assert!(closed.shows("Open claims again"));
        assert!(app.store.campaign_by_id(campaign.id).await.unwrap().unwrap().claims_closed);
    }

    async fn admins_find_their_area_everyone_finds_help_and_history_reads_as_words(backend: Backend) {
        let app = TestApp::start_configured(backend, |config| {
            config.support_url = Some("mailto:help@example.org".into());
        })
        .await;
        app.with_open_campaign(2).await;
        let help = "href=\"mailto:help@example.org\"";
        let anonymous = app.browser();
        for path in ["/", "/login", "/no/such/page"] {
            assert!(anonymous.get(path).await.body.contains(help), "footer of {path}");
        }
        // "Ask the registry's support team" links to it.
        let carol = app.signed_in("carol").await.get("/giveaway").await;
        assert!(carol.body.contains(&format!("<a {help}>the registry's support team</a>")), "{}", carol.body);
        assert!(!carol.body.contains("Admin area"));

        let bob = app.signed_in("bob").await;
        let code = bob.claim("FR").await.promo_code().unwrap();
        let (admin, _) = admin_browser(&app, "alice").await;
        let landing = admin.get("/giveaway").await;
        assert!(landing.body.contains("href=\"/admin\">Admin area</a>"), "admins find their area");
        let id = app.store.search_codes(&code, 1).await.unwrap()[0].id;
        let history = admin.get(&format!("/admin/codes/{id}")).await;
        assert!(history.shows("maintainer bob Claimed declared country FR"), "{}", history.text());
        assert!(!history.text().contains("code.claim"));
    }
}
