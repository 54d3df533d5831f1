//! Offers (several kinds of key in one campaign) and phases (rules that change on scheduled
//! days), driven over HTTP and through the store and the command line.

use crate::cli::{keydrop, stderr, stdout};
use crate::common;

use chrono::Duration;
use common::TestApp;
use common::fixture::{self, CAMPAIGN};
use keydrop::domain::countries;
use keydrop::domain::phases::PhaseChange;
use keydrop::store::{Campaign, NewOffer, Offer};

/// Adds the offer "YubiKey" (Yubico, 1 key per code) shipping to `countries`, with `codes`
/// codes (prefix `YUBI`).
async fn add_yubikey(app: &TestApp, campaign: &Campaign, countries: &str, codes: usize) -> Offer {
    let new = NewOffer {
        name: "YubiKey".into(),
        vendor: "Yubico".into(),
        store_url: Some("https://store.example.com/yubikey".into()),
        keys_per_code: 1,
        countries: countries::parse_list(countries).unwrap(),
    };
    let offer = app
        .store
        .add_offer(campaign, &new, app.clock.unix(), "test")
        .await
        .unwrap()
        .expect("offer name free");
    if codes > 0 {
        fixture::batch_of_offer(
            &app.store,
            campaign,
            offer.id,
            &fixture::codes("YUBI", codes),
            app.today() + Duration::days(60),
            "",
            app.clock.unix(),
        )
        .await;
    }
    offer
}

/// Brings a fresh database up to the schema before offers, and stores a campaign with a batch
/// the way keydrop did then. Answers the campaign's id.
async fn schema_before_offers(db: &common::db::TestDb) -> i64 {
    on_schema_before!(db, 12, |conn| {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO campaigns (name, countries, starts_on, ends_on, store_url, keys_per_code, allow_key_holders, created_at) \
             VALUES ('Older', 'DE,US', $1, $2, 'https://store.example.com/older', 3, FALSE, 1) RETURNING id")
            .bind(chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap())
            .bind(chrono::NaiveDate::from_ymd_opt(2026, 12, 31).unwrap())
            .fetch_one(&mut conn).await.unwrap();
        sqlx::query(
            "INSERT INTO batches (campaign_id, source, expires_on, country_bound, created_at, created_by) \
                     VALUES ($1, 'imported', $2, FALSE, 1, 'test')",
        )
        .bind(id)
        .bind(chrono::NaiveDate::from_ymd_opt(2026, 12, 31).unwrap())
        .execute(&mut conn)
        .await
        .unwrap();
        id
    })
}

backend_tests! {
    async fn the_migration_gives_existing_campaigns_one_offer_holding_their_batches(backend: Backend) {
        let db = common::db::TestDb::create(backend).await;
        let campaign_id = schema_before_offers(&db).await;
        // The service migrates the rest at start.
        let app = TestApp::start_on(db, |_| {}).await;
        let offers = app.store.offers_of(campaign_id).await.unwrap();
        assert_eq!(offers.len(), 1);
        let offer = &offers[0];
        assert_eq!(
            (offer.name.as_str(), offer.store_url.as_deref(), offer.keys_per_code, offer.countries.as_str(), offer.fulfilment.as_str()),
            ("Older", Some("https://store.example.com/older"), 3, "DE,US", "vendor")
        );
        assert_eq!(app.count("SELECT COUNT(*) FROM batches WHERE offer_id = $1", &[offer.id]).await, 1);
        assert_eq!(app.count("SELECT COUNT(*) FROM batches WHERE offer_id IS NULL", &[]).await, 0);
        // The rules it had stay its first phase; nothing is handed back to stock by default.
        let campaign = app.store.campaign_by_id(campaign_id).await.unwrap().unwrap();
        assert!(campaign.require_critical && !campaign.exclude_totp && !campaign.restocks_handed_back());
    }

    async fn a_campaign_starts_with_one_offer_made_from_its_settings(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(3).await;
        let offers = app.store.offers_of(campaign.id).await.unwrap();
        assert_eq!(offers.len(), 1);
        let offer = &offers[0];
        assert_eq!(
            (offer.name.as_str(), offer.keys_per_code, offer.store_url.as_deref(), offer.countries.as_str()),
            (CAMPAIGN, 2, Some("https://store.example.com/titan"), campaign.countries.as_str())
        );
        // Its batch belongs to it, and the one-offer claim path is unchanged.
        assert_eq!(app.store.codes_left_for_offer(offer.id, None, app.today()).await.unwrap(), 3);
        let page = app.signed_in("alice").await.claim("DE").await;
        assert!(page.promo_code().unwrap().starts_with("CODE-"));
        assert!(!page.body.contains("name=\"offer\""), "no offer field with one offer");
    }

    async fn a_second_offer_reaches_countries_the_first_does_not(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(3).await;
        add_yubikey(&app, &campaign, "BR,IN", 2).await;
        let alice = app.signed_in("alice").await;
        // The claim form lists the countries of both offers.
        assert!(alice.get("/giveaway").await.body.contains("<option value=\"BR\">"));
        let page = alice.claim("Brazil").await;
        assert!(page.promo_code().unwrap().starts_with("YUBI-"), "{}", page.text());
        // What she reads is the offer's: its store and its keys per code.
        assert!(page.body.contains("href=\"https://store.example.com/yubikey\""));
        assert!(page.shows("Put exactly one key in the cart"), "{}", page.text());
        // A country in no offer is refused, as before.
        let bob = app.signed_in("bob").await;
        assert!(bob.claim("AR").await.shows("do not ship to this country"));
        assert!(bob.claim("DE").await.promo_code().unwrap().starts_with("CODE-"));
        let stats = app.store.offer_stats(campaign.id, app.today()).await.unwrap();
        let figures: Vec<(&str, i64, i64)> = stats.iter().map(|s| (s.name.as_str(), s.available, s.claimed)).collect();
        assert_eq!(figures, vec![(CAMPAIGN, 2, 1), ("YubiKey", 1, 1)]);
    }

    async fn several_offers_for_a_country_ask_which(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(3).await;
        add_yubikey(&app, &campaign, "DE,US", 1).await;
        let alice = app.signed_in("alice").await;
        let asked = alice.claim("DE").await;
        assert_eq!(asked.status, 200);
        assert!(asked.promo_code().is_none(), "nothing assigned before the choice");
        assert!(asked.shows("Which key would you like?"), "{}", asked.text());
        assert!(asked.body.contains("name=\"offer\" value=\"YubiKey\""));
        assert_eq!(asked.input_value("country").as_deref(), Some("DE"), "the country is kept");
        assert_eq!(app.count("SELECT COUNT(*) FROM codes WHERE state = 'assigned'", &[]).await, 0);

        let chosen = alice.submit("/giveaway", "/giveaway/claim", &[("country", "DE"), ("offer", "YubiKey")]).await;
        assert!(chosen.promo_code().unwrap().starts_with("YUBI-"), "{}", chosen.text());
        // An offer the campaign does not have, or that does not ship there, is refused.
        let bob = app.signed_in("bob").await;
        let unknown = bob.submit("/giveaway", "/giveaway/claim", &[("country", "DE"), ("offer", "Nope")]).await;
        assert_eq!(unknown.status, 422);
        assert!(unknown.shows("not offered for Germany"), "{}", unknown.text());
        // The YubiKeys are gone: only one offer has stock left for DE, so no question.
        let page = bob.claim("DE").await;
        assert!(page.promo_code().unwrap().starts_with("CODE-"), "{}", page.text());
        // Chosen but empty: no code, and nothing else handed out instead.
        let racer = app.signed_in("racer001").await;
        let empty = racer.submit("/giveaway", "/giveaway/claim", &[("country", "US"), ("offer", "YubiKey")]).await;
        assert_eq!(empty.status, 409);
        assert!(empty.shows("No codes are left for this country"), "{}", empty.text());
    }

    async fn offers_are_managed_from_the_command_line(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(2).await;
        let added = keydrop(&app, &["offer", "add", "--campaign", CAMPAIGN, "--name", "YubiKey", "--vendor", "Yubico",
            "--keys-per-code", "1", "--countries", "BR,IN,DE", "--store-url", "https://store.example.com/yubikey"]);
        assert!(added.status.success(), "{}", stderr(&added));
        let again = keydrop(&app, &["offer", "add", "--campaign", CAMPAIGN, "--name", "YubiKey", "--countries", "BR"]);
        assert!(stderr(&again).contains("has an offer named \"YubiKey\" already"), "{}", stderr(&again));
        let bad = keydrop(&app, &["offer", "add", "--campaign", CAMPAIGN, "--name", " ", "--countries", "BR", "--keys-per-code", "0"]);
        assert!(stderr(&bad).contains("the offer's name must not be empty; keys per code must be between 1 and 10"), "{}", stderr(&bad));

        // With two offers, a batch must name its offer; the error names them.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("codes.txt");
        std::fs::write(&path, "YUBI-0001\nYUBI-0002\n").unwrap();
        let path = path.display().to_string();
        let expires = (app.today() + Duration::days(30)).to_string();
        let unnamed = keydrop(&app, &["codes", "import", &path, "--campaign", CAMPAIGN, "--expires", &expires]);
        assert!(!unnamed.status.success());
        assert!(stderr(&unnamed).contains(&format!("has several offers: name one ({CAMPAIGN}, YubiKey)")), "{}", stderr(&unnamed));
        let wrong = keydrop(&app, &["codes", "import", &path, "--campaign", CAMPAIGN, "--expires", &expires, "--offer", "Titan"]);
        assert!(stderr(&wrong).contains("has no offer named \"Titan\""), "{}", stderr(&wrong));
        let outside = keydrop(&app, &["codes", "import", &path, "--campaign", CAMPAIGN, "--expires", &expires, "--offer", "YubiKey", "--countries", "US"]);
        assert!(stderr(&outside).contains("offer \"YubiKey\" does not ship to US"), "{}", stderr(&outside));
        let loaded = keydrop(&app, &["codes", "import", &path, "--campaign", CAMPAIGN, "--expires", &expires, "--offer", "YubiKey"]);
        assert!(loaded.status.success(), "{}", stderr(&loaded));
        let generated = keydrop(&app, &["codes", "generate", "--campaign", CAMPAIGN, "--count", "3", "--expires", &expires, "--offer", "YubiKey"]);
        assert!(generated.status.success(), "{}", stderr(&generated));

        let edited = keydrop(&app, &["offer", "edit", "--campaign", CAMPAIGN, "--name", "YubiKey", "--keys-per-code", "2", "--countries", "BR,IN"]);
        assert!(edited.status.success(), "{}", stderr(&edited));
        let list = stdout(&keydrop(&app, &["offer", "list", "--campaign", CAMPAIGN]));
        assert!(list.contains(&format!("{CAMPAIGN}\t\t2\t")), "{list}");
        assert!(list.contains("YubiKey\tYubico\t2\tBR,IN\thttps://store.example.com/yubikey\t5\t0\t0"), "{list}");
        let audited = app.count("SELECT COUNT(*) FROM audit_log WHERE action IN ('offer.add', 'offer.edit') AND campaign_id = $1", &[campaign.id]).await;
        assert_eq!(audited, 2);
    }

    async fn a_phase_widens_the_rules_on_its_day(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(5).await;
        // erin already has a security key: not eligible until the phase that admits key holders.
        let tomorrow = app.today() + Duration::days(1);
        let change = PhaseChange { allow_key_holders: Some(true), ..PhaseChange::default() };
        app.store.add_phase(campaign.id, tomorrow, &change, app.clock.unix(), "test").await.unwrap().unwrap();
        let page = app.signed_in("erin").await.get("/giveaway").await;
        assert!(page.shows("already uses a security key"), "{}", page.text());
        assert!(page.shows(&format!("widen on {}", tomorrow.format("%-d %B %Y"))), "{}", page.text());
        // Carol has no critical role: no phase admits her, and her page says nothing of one.
        assert!(!app.signed_in("carol").await.get("/giveaway").await.shows("widen on"));

        let counts = app.store.eligible_per_phase(&campaign).await.unwrap();
        let eligible: Vec<i64> = counts.iter().map(|p| p.eligible).collect();
        // alice, bob, the 200 racers; dave is too new; then erin too.
        assert_eq!(eligible, vec![202, 203]);

        app.clock.advance(Duration::days(1));
        let erin = app.signed_in("erin").await;
        assert!(erin.claim("DE").await.promo_code().is_some());
    }

    async fn a_phase_can_leave_totp_users_out_and_drop_the_cutoff(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(5).await;
        let tomorrow = app.today() + Duration::days(1);
        // From tomorrow: TOTP users out (the fixture's named maintainers use TOTP; the racers
        // do not), and no account cutoff (dave joined after it).
        let cmd = keydrop(&app, &["campaign", "phase", "add", CAMPAIGN, "--from", &tomorrow.to_string(),
            "--exclude-totp", "yes", "--account-cutoff", "none"]);
        assert!(cmd.status.success(), "{}", stderr(&cmd));
        let list = stdout(&keydrop(&app, &["campaign", "phase", "list", CAMPAIGN]));
        assert!(list.contains(&format!("{tomorrow}\tyes\tyes\tno\tnone\t200")), "{list}");
        let empty = keydrop(&app, &["campaign", "phase", "add", CAMPAIGN, "--from", &tomorrow.to_string()]);
        assert!(stderr(&empty).contains("a phase changes one rule at least"), "{}", stderr(&empty));
        // Another process changed the campaign: shown here at once, not after the moment
        // this process keeps campaigns for.
        app.store.forget_campaigns();

        app.clock.advance(Duration::days(1));
        let alice = app.signed_in("alice").await;
        let refused = alice.claim("DE").await;
        assert_eq!(refused.status, 409);
        assert!(refused.shows("already uses an authentication app"), "{}", refused.text());
        assert!(app.signed_in("racer001").await.claim("DE").await.promo_code().is_some());
        assert_eq!(app.store.campaign_people(&campaign, app.today()).await.unwrap().eligible, 200);

        let removed = keydrop(&app, &["campaign", "phase", "remove", CAMPAIGN, "--from", &tomorrow.to_string()]);
        assert!(removed.status.success(), "{}", stderr(&removed));
        app.store.forget_campaigns();
        assert!(alice.claim("DE").await.promo_code().is_some());
    }

    async fn admins_manage_offers_phases_and_hand_backs_and_see_them_counted(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(2).await;
        let (admin, _) = common::admin_browser(&app, "carol").await;
        let page_url = format!("/admin/campaigns/{}", campaign.id);
        let offers_url = format!("{page_url}/offers");

        // A bad offer is refused with its reason, and nothing is saved.
        let bad = admin.submit(&page_url, &offers_url, &[("name", "YubiKey"), ("keys_per_code", "two"), ("countries", "BR")]).await;
        assert_eq!(bad.status, 422);
        assert!(bad.shows("give the keys per code as a whole number"), "{}", bad.text());
        let added = admin.submit(&page_url, &offers_url, &[("name", "YubiKey"), ("vendor", "Yubico"), ("keys_per_code", "1"),
            ("countries", "BR,DE"), ("store_url", "https://store.example.com/yubikey")]).await;
        assert_eq!(added.status, 200, "{}", added.text());
        assert!(added.shows("Saved."));
        let offers = app.store.offers_of(campaign.id).await.unwrap();
        assert_eq!(offers.len(), 2);
        let yubikey = &offers[1];
        let taken = admin.submit(&page_url, &format!("{offers_url}/{}", yubikey.id), &[("name", CAMPAIGN), ("keys_per_code", "1"), ("countries", "BR")]).await;
        assert!(taken.shows("Nothing was saved: the campaign has an offer named"), "{}", taken.text());
        admin.submit(&page_url, &format!("{offers_url}/{}", yubikey.id), &[("name", "YubiKey 5"), ("vendor", "Yubico"), ("keys_per_code", "1"), ("countries", "BR,IN")]).await;
        assert_eq!(app.store.offer_by_id(yubikey.id).await.unwrap().unwrap().countries, "BR,IN");

        // The batch forms name the offer.
        let expires = (app.today() + Duration::days(20)).to_string();
        let generated = admin.submit("/admin/batches", "/admin/batches/generate", &[("campaign", CAMPAIGN), ("count", "2"),
            ("expires", expires.as_str()), ("offer", "YubiKey 5")]).await;
        assert_eq!(generated.status, 200, "{}", generated.text());
        let unnamed = admin.submit("/admin/batches", "/admin/batches/generate", &[("campaign", CAMPAIGN), ("count", "2"), ("expires", expires.as_str())]).await;
        assert_eq!(unnamed.status, 422);
        assert!(unnamed.shows("has several offers"), "{}", unnamed.text());
        assert_eq!(app.store.codes_left_for_offer(yubikey.id, None, app.today()).await.unwrap(), 2);

        // Phases: checked, scheduled, removed.
        let phases_url = format!("{page_url}/phases");
        let tomorrow = (app.today() + Duration::days(1)).to_string();
        let nothing = admin.submit(&page_url, &phases_url, &[("from", tomorrow.as_str())]).await;
        assert!(nothing.shows("a phase changes one rule at least"), "{}", nothing.text());
        let late = admin.submit(&page_url, &phases_url, &[("from", "2099-01-01"), ("allow_key_holders", "yes")]).await;
        assert!(late.shows("a phase starts after the campaign's first day"), "{}", late.text());
        let phase = admin.submit(&page_url, &phases_url, &[("from", tomorrow.as_str()), ("allow_key_holders", "yes"), ("account_cutoff", "none")]).await;
        assert!(phase.shows("Let key holders claim: yes; Account cutoff: none"), "{}", phase.text());
        admin.submit(&page_url, &phases_url, &[("from", (app.today() + Duration::days(2)).to_string().as_str()), ("exclude_totp", "yes")]).await;
        admin.submit(&page_url, &format!("{phases_url}/remove"), &[("from", (app.today() + Duration::days(2)).to_string().as_str())]).await;
        assert_eq!(app.store.phases_of(campaign.id).await.unwrap().len(), 1);

        // Hand-back: restock, claim again.
        admin.submit(&page_url, &format!("{page_url}/hand-back"), &[("codes", "restock"), ("claim_again", "on")]).await;
        let saved = app.store.campaign_by_id(campaign.id).await.unwrap().unwrap();
        assert!(saved.restocks_handed_back() && saved.claim_after_hand_back);
        let alice = app.signed_in("alice").await;
        alice.claim("DE").await;
        alice.submit(&keydrop::web::urls::URLS.release_confirm(CAMPAIGN), "/giveaway/release", &[("campaign", CAMPAIGN)]).await;
        app.signed_in("bob").await.submit("/giveaway", "/giveaway/claim", &[("country", "DE"), ("offer", CAMPAIGN)]).await;

        // The dashboard: per offer, per phase (eligible counts), handed back, phases on the chart.
        let dashboard = admin.get("/admin").await;
        let text = dashboard.text();
        assert!(text.contains(&format!("{CAMPAIGN} 1 1 0")), "offer: left, claimed, redeemed: {text}");
        assert!(text.contains("YubiKey 5 2 0 0"), "{text}");
        assert!(text.contains("1 back in stock, 0 retired"), "{text}");
        assert!(text.contains("yes no no 1 January 2026 202"), "the campaign's own phase: {text}");
        assert!(text.contains("yes no yes none 204"), "the phase from tomorrow admits erin and dave: {text}");
        assert!(dashboard.body.contains("class=\"chart-phases\""), "the phase is on the chart");
        // The API answers the same figures.
        let token = keydrop::tokens::new_token();
        app.store.create_api_token("stats", &keydrop::tokens::hash(&token), app.clock.unix(), "test").await.unwrap();
        let stats: serde_json::Value = reqwest::Client::new()
            .get(format!("{}{}", app.base, keydrop::web::urls::URLS.api_stats(CAMPAIGN)))
            .bearer_auth(&token).send().await.unwrap().json().await.unwrap();
        assert_eq!(stats["offers"][1]["name"], "YubiKey 5");
        assert_eq!(stats["offers"][0]["claimed"], 1);
        assert_eq!(stats["handed_back"]["restocked"], 1);
        assert_eq!(stats["phases"][1]["eligible"], 204);
        let stats_cli = stdout(&keydrop(&app, &["stats", "--campaign", CAMPAIGN]));
        assert!(stats_cli.contains("handed back: 1 back to stock, 0 retired"), "{stats_cli}");
    }
}
