//! The admin dashboard, campaign and batch pages in every language: each page, in a state that
//! shows its text (tables full, forms refused with their problems, an upload with bad lines),
//! is fetched by one signed-in admin in English and then in each other language, chosen with
//! the switcher, and must say nothing of the English page in English.

use chrono::Duration;
use keydrop::i18n::Lang;

use crate::common;
use crate::languages::assert_translated;

use common::fixture::CAMPAIGN;
use common::{Browser, Page, TestApp, admin_browser};

/// What reads the same in every language: the names an admin gave (campaign, offers, vendor,
/// batch label) and the command lines the pages quote, which stay English.
const DATA: &[&str] = &[
    CAMPAIGN,
    "YubiKey 5",
    "Yubico",
    "order 7",
    "keydrop campaign archive",
    "keydrop campaign purge",
];

/// Makes `lang` the admin's language, as the switcher does: the pages that follow speak it.
async fn speak(admin: &Browser, lang: Lang) {
    let page = admin
        .get(&format!("/language/{}?next=%2Fadmin", lang.code()))
        .await;
    assert_eq!(page.status, 200, "{}", page.url);
}

/// Checks each language's page against the English one (the first). Country codes are data
/// too: "Canada (CA)" is right in French.
fn assert_all_translated(pages: &[(Lang, Page)]) {
    let (first, english) = &pages[0];
    assert_eq!(*first, Lang::En);
    assert_eq!(pages.len(), Lang::ALL.len());
    let codes: Vec<String> = keydrop::domain::countries::DEFAULT_CAMPAIGN_COUNTRIES
        .iter()
        .map(|code| format!("({code})"))
        .collect();
    let data: Vec<&str> = DATA
        .iter()
        .copied()
        .chain(codes.iter().map(String::as_str))
        .collect();
    for (lang, page) in &pages[1..] {
        assert_eq!(page.status, english.status, "{} in {}", page.url, lang.code());
        assert_translated(english, page, *lang, &data);
    }
}

/// A campaign with two offers, a phase to come, a claim, and a batch with a label; and its
/// admin, signed in.
async fn campaign_with_everything(app: &TestApp) -> (Browser, i64) {
    let campaign = app.with_open_campaign(4).await;
    let (admin, _) = admin_browser(app, "alice").await;
    app.signed_in("bob").await.claim("US").await;
    let page_url = format!("/admin/campaigns/{}", campaign.id);
    let added = admin
        .submit(
            &page_url,
            &format!("{page_url}/offers"),
            &[
                ("name", "YubiKey 5"),
                ("vendor", "Yubico"),
                ("keys_per_code", "1"),
                ("countries", "BR,DE"),
                ("store_url", "https://store.example.com/yubikey"),
            ],
        )
        .await;
    assert_eq!(added.status, 200, "{}", added.text());
    let tomorrow = (app.today() + Duration::days(1)).to_string();
    let phase = admin
        .submit(
            &page_url,
            &format!("{page_url}/phases"),
            &[
                ("from", tomorrow.as_str()),
                ("allow_key_holders", "yes"),
                ("account_cutoff", "none"),
            ],
        )
        .await;
    assert_eq!(phase.status, 200, "{}", phase.text());
    let expires = (app.today() + Duration::days(30)).to_string();
    let generated = admin
        .submit(
            "/admin/batches",
            "/admin/batches/generate",
            &[
                ("campaign", CAMPAIGN),
                ("count", "3"),
                ("expires", expires.as_str()),
                ("offer", "YubiKey 5"),
                ("label", "order 7"),
            ],
        )
        .await;
    assert_eq!(generated.status, 200, "{}", generated.text());
    (admin, campaign.id)
}

backend_tests! {
    async fn the_dashboard_and_campaign_pages_speak_every_language(backend: Backend) {
        let app = TestApp::start(backend).await;
        let (admin, id) = campaign_with_everything(&app).await;
        let page_url = format!("/admin/campaigns/{id}");

        let mut dashboards = Vec::new();
        let mut lists = Vec::new();
        let mut campaigns = Vec::new();
        let mut refused_campaigns = Vec::new();
        let mut refused_offers = Vec::new();
        for lang in Lang::ALL {
            speak(&admin, lang).await;
            dashboards.push((lang, admin.get("/admin").await));
            lists.push((lang, admin.get("/admin/campaigns").await));
            campaigns.push((lang, admin.get(&page_url).await));
            // Every problem of the form at once, in the summary and beside each field.
            let refused = admin.submit("/admin/campaigns", "/admin/campaigns", &[
                ("name", "a/b"), ("countries", "US,UK,XX"), ("starts", "2027-03-01"), ("ends", "2027-02-01"),
                ("store_url", "ftp://store"), ("keys_per_code", "11"), ("account_cutoff", "later"),
                ("fulfilment", "stripe"), ("unit_amount", "-1"), ("currency", "dollars"),
            ]).await;
            assert_eq!(refused.status, 422);
            refused_campaigns.push((lang, refused));
            let offer = admin.submit(&page_url, &format!("{page_url}/offers"), &[("name", "YubiKey 5"), ("keys_per_code", "1"),
                ("countries", "BR")]).await;
            assert_eq!(offer.status, 422);
            refused_offers.push((lang, offer));
        }
        // What the English pages show, so that the check covers it.
        let english = &dashboards[0].1;
        for shown in ["Codes per day", "Critical projects", "Account cutoff", "Codes handed back by their holders",
            "United States (US)", "· order 7"] {
            assert!(english.shows(shown), "{shown}: {}", english.text());
        }
        assert!(lists[0].1.shows("Every campaign, the latest to start first"), "{}", lists[0].1.text());
        for shown in ["Let key holders claim: yes; Account cutoff: none", "Add an offer", "Schedule the phase",
            "Codes already claimed stay with their holders"] {
            assert!(campaigns[0].1.shows(shown), "{shown}: {}", campaigns[0].1.text());
        }
        let refused = &refused_campaigns[0].1;
        assert!(refused.shows("The campaign was not saved: 9 problems to fix."), "{}", refused.text());
        for shown in ["The name may not contain “/”", "UK is not an ISO 3166-1 code: use GB (United Kingdom)",
            "The last day (1 February 2027) is before the first day (1 March 2027)", "Give the account cut-off as a date"] {
            assert!(refused.shows(shown), "{shown}: {}", refused.text());
        }
        assert!(refused_offers[0].1.shows("Nothing was saved: the campaign has an offer named “YubiKey 5” already."),
            "{}", refused_offers[0].1.text());
        // A sample of the other languages, said as a native speaker would.
        assert!(refused_campaigns[1].1.shows("La campagne n'a pas été enregistrée : 9 problèmes à corriger."),
            "{}", refused_campaigns[1].1.text());
        assert!(dashboards[6].1.shows("1 日あたりのコード数"), "{}", dashboards[6].1.text());

        for pages in [&dashboards, &lists, &campaigns, &refused_campaigns, &refused_offers] {
            assert_all_translated(pages);
        }
    }

    async fn the_batch_pages_speak_every_language(backend: Backend) {
        let app = TestApp::start(backend).await;
        let (admin, _) = campaign_with_everything(&app).await;
        let expires = (app.today() + Duration::days(45)).to_string();
        let fields = [("campaign", CAMPAIGN), ("expires", expires.as_str()), ("countries", "de"), ("label", "order 7"),
            ("offer", "YubiKey 5")];

        let mut refused_uploads = Vec::new();
        let mut previews = Vec::new();
        let mut loads = Vec::new();
        let mut reports = Vec::new();
        for lang in Lang::ALL {
            speak(&admin, lang).await;
            // The batches page, refused: a past expiry.
            let past = admin.upload("/admin/batches", "/admin/batches/preview",
                &[("campaign", CAMPAIGN), ("expires", "2020-01-01"), ("offer", "YubiKey 5")], b"X-0001\n".to_vec()).await;
            assert_eq!(past.status, 422);
            refused_uploads.push((lang, past));
            // Each language's own codes, and one bad line of each kind.
            let prefix = lang.code().to_uppercase();
            let mut file = format!("code\n{prefix}-0001\n{prefix}-0002\n{prefix}-0001\nCODE-00001\nno good\nAB\n{}\n", "A".repeat(70))
                .into_bytes();
            file.extend_from_slice(b"\xff\xfe\n");
            let preview = admin.upload("/admin/batches", "/admin/batches/preview", &fields, file).await;
            assert_eq!(preview.status, 200, "{}", preview.text());
            let upload = preview.input_value("upload").unwrap();
            previews.push((lang, preview));
            let loaded = admin.submit("/admin/batches", "/admin/batches/confirm", &[("upload", &upload), ("load", "good")]).await;
            assert_eq!(loaded.status, 200, "{}", loaded.text());
            loads.push((lang, loaded));
            // A report naming a code never handed out and one keydrop does not know.
            let today = app.today();
            let report = format!("code,date\n{prefix}-0001,{today}\nNOPE-1234,{today}\n");
            let read = admin.upload("/admin/codes", "/admin/codes/vendor-report", &[], report.into_bytes()).await;
            assert_eq!(read.status, 200, "{}", read.text());
            reports.push((lang, read));
        }
        let preview = previews[0].1.text();
        for shown in ["Lines read 8 Good codes 2 Bad lines 6", "already loaded", "duplicate in the file: same code as line 2",
            "bad characters “ ”", "too short: 2 characters, at least 4", "too long: 70 characters, at most 64",
            "unreadable: not UTF-8 text", "Load the 2 good codes only"] {
            assert!(preview.contains(shown), "{shown}: {preview}");
        }
        assert!(refused_uploads[0].1.shows("The expiry date 1 January 2020 is in the past."), "{}", refused_uploads[0].1.text());
        assert!(loads[0].1.shows("2 codes were loaded as batch"), "{}", loads[0].1.text());
        assert!(reports[0].1.shows("2 lines read: 1 code marked redeemed (0 held by maintainers, 1 never handed out), \
            0 redeemed already, 1 unknown, 0 revoked (left revoked)."), "{}", reports[0].1.text());
        assert!(reports[0].1.shows("Codes keydrop never handed out"), "{}", reports[0].1.text());
        assert!(previews[2].1.shows("Nur die 2 gültigen Codes laden"), "{}", previews[2].1.text());
        assert!(reports[7].1.shows("2줄을 읽었습니다"), "{}", reports[7].1.text());

        for pages in [&refused_uploads, &previews, &loads, &reports] {
            assert_all_translated(pages);
        }
    }
}
