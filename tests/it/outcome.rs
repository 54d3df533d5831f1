//! The outcome measured: a dated snapshot per registry import, the chart of them on the
//! dashboard, and keys in use among the maintainers who received a code, in the dashboard,
//! `keydrop stats` and the API.

use crate::common;

use chrono::Duration;
use common::fixture::{self, CAMPAIGN};
use common::{TestApp, admin_browser};
use keydrop::domain::cohort::CohortRule;
use keydrop::domain::registry_files;
use keydrop::store::Store;

/// Imports the fixture registry at `now` with `users.csv` changed by `change`.
async fn import_changed(store: &Store, now: i64, change: impl Fn(String) -> String) {
    let (projects, users, roles) = fixture::registry_csv();
    let users = change(users);
    let export = registry_files::read(projects.as_bytes(), users.as_bytes(), roles.as_bytes()).unwrap();
    store
        .import_registry(&export, CohortRule::Size(2), now, "test")
        .await
        .unwrap();
}

/// `users.csv` with `name`'s second factors set to these (the fixture gives the five named
/// users TOTP, only erin a key, and the racers neither).
fn set_factors(users: String, name: &str, totp: bool, webauthn: bool) -> String {
    users
        .lines()
        .map(|line| {
            let fields: Vec<&str> = line.split(',').collect();
            if fields[0] == name {
                format!("{},{},{},{totp},{webauthn}\n", fields[0], fields[1], fields[2])
            } else {
                format!("{line}\n")
            }
        })
        .collect()
}

backend_tests! {
    async fn every_registry_import_keeps_a_dated_snapshot(backend: Backend) {
        let app = TestApp::start(backend).await;
        assert!(app.store.registry_snapshots().await.unwrap().is_empty());
        let first_at = app.clock.unix() - 3 * 86_400;
        fixture::registry(&app.store, first_at).await;
        // Three days later: alice registered a key, racer001 turned TOTP on.
        let second_at = app.clock.unix();
        import_changed(&app.store, second_at, |users| {
            set_factors(set_factors(users, "alice", true, true), "racer001", true, false)
        }).await;

        let snapshots = app.store.registry_snapshots().await.unwrap();
        assert_eq!(snapshots.len(), 2);
        let (first, second) = (snapshots[0], snapshots[1]);
        assert_eq!((first.taken_at, second.taken_at), (first_at, second_at), "dated, oldest first");
        // Critical: top-project and second.project; their maintainers alice, bob, dave, erin
        // and the 200 racers (carol's project is not critical).
        assert_eq!((first.critical_projects, first.critical_maintainers), (2, 204));
        assert_eq!((first.with_totp, first.with_webauthn, first.with_any_2fa), (4, 1, 4));
        assert_eq!((second.critical_projects, second.critical_maintainers), (2, 204));
        assert_eq!((second.with_totp, second.with_webauthn, second.with_any_2fa), (5, 2, 5));
        // The table agrees with the store's own count of its rows.
        assert_eq!(app.db.count("SELECT COUNT(*) FROM registry_snapshots", &[]).await, 2);

        // `keydrop stats` lists them.
        let output = app.keydrop_command(&["stats"]).output().unwrap();
        let stats = String::from_utf8_lossy(&output.stdout);
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        assert!(stats.contains("registry outcome, per import"), "{stats}");
        let rows: Vec<Vec<&str>> = stats
            .lines()
            .skip_while(|line| !line.starts_with("registry outcome"))
            .skip(2)
            .map(|line| line.split_whitespace().skip(2).collect())
            .collect();
        assert_eq!(rows, vec![vec!["2", "204", "4", "1", "4"], vec!["2", "204", "5", "2", "5"]], "{stats}");
    }

    async fn the_dashboard_charts_the_snapshots(backend: Backend) {
        let app = TestApp::start(backend).await;
        app.with_open_campaign(2).await;
        let (admin, _) = admin_browser(&app, "alice").await;
        // The fixture's import is the only one so far.
        let page = admin.get("/admin").await;
        assert_eq!(page.status, 200);
        assert!(page.body.contains(r#"aria-labelledby="outcome-chart-title""#), "{}", page.body);
        import_changed(&app.store, app.clock.unix() + 60, |users| set_factors(users, "bob", true, true)).await;

        let page = admin.get("/admin").await;
        let body = &page.body;
        // An accessible SVG: a title, a description with the latest figures, and a line per count.
        assert!(body.contains(r#"<title id="outcome-chart-title">"#), "{body}");
        assert!(body.contains("2 registry imports from"), "{body}");
        assert!(body.contains("with a security key"), "{body}");
        for line in ["chart-projects", "chart-maintainers", "chart-any-2fa", "chart-totp", "chart-webauthn"] {
            assert!(body.contains(&format!(r#"<polyline class="chart-line {line}""#)), "{line}");
        }
        // The security-key line has a point per import and climbs (a smaller y is higher).
        let points = body
            .split(r#"<polyline class="chart-line chart-webauthn" points=""#)
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap();
        let ys: Vec<f64> = points.split(' ').map(|p| p.split(',').nth(1).unwrap().parse().unwrap()).collect();
        assert_eq!(ys.len(), 2, "{points}");
        assert!(ys[1] < ys[0], "{points}");
        // The same figures as a table.
        let text = page.text();
        assert!(text.contains("2 204 4 1 4"), "{text}");
        assert!(text.contains("2 204 4 2 4"), "{text}");
    }

    async fn keys_in_use_follow_the_registry(backend: Backend) {
        let app = TestApp::start(backend).await;
        let now = app.clock.unix();
        fixture::registry(&app.store, now).await;
        // Key holders may claim here, so that a holder with a key at claim time is counted too.
        let settings = keydrop::store::NewCampaign { allow_key_holders: true, ..fixture::open_campaign(app.today()) };
        let campaign = fixture::campaign(&app.store, &settings, now).await;
        fixture::batch(&app.store, &campaign, &fixture::codes("KEY", 5), app.today() + Duration::days(60), "", now).await;
        for name in ["bob", "erin", "racer001"] {
            assert!(app.signed_in(name).await.claim("US").await.promo_code().is_some(), "{name} claims");
        }
        let before = app.store.keys_in_use(campaign.id).await.unwrap();
        assert_eq!((before.holders, before.key_at_claim, before.key_now, before.gained_since_claim), (3, 1, 1, 0));
        assert_eq!(before.unknown_at_claim, 0);

        // The next import says bob registered a key, and erin removed hers.
        import_changed(&app.store, now + 60, |users| {
            set_factors(set_factors(users, "bob", true, true), "erin", true, false)
        }).await;
        let after = app.store.keys_in_use(campaign.id).await.unwrap();
        assert_eq!((after.holders, after.key_at_claim, after.key_now, after.gained_since_claim), (3, 1, 1, 1));

        // A revoked code's holder no longer counts.
        let racer = app.store.user_by_username("racer001").await.unwrap().unwrap();
        let held = app.store.held_code(campaign.id, racer.id).await.unwrap().unwrap();
        assert!(app.store.revoke_code(held.id, "left", app.clock.unix(), "test").await.unwrap());
        assert_eq!(app.store.keys_in_use(campaign.id).await.unwrap().holders, 2);

        // The dashboard, the API and `keydrop stats` say the same.
        let (admin, _) = admin_browser(&app, "alice").await;
        let text = admin.get("/admin").await.text();
        assert!(text.contains("Maintainers who received a code 2"), "{text}");
        assert!(text.contains("With a security key when they claimed 1"), "{text}");
        assert!(text.contains("With a security key now 1"), "{text}");
        assert!(text.contains("Registered one since their claim 1"), "{text}");
        let token = keydrop::tokens::new_token();
        app.store.create_api_token("stats", &keydrop::tokens::hash(&token), app.clock.unix(), "test").await.unwrap();
        let stats: serde_json::Value = reqwest::Client::new()
            .get(format!("{}/api/v1/campaigns/{}/stats", app.base, CAMPAIGN.replace(' ', "%20")))
            .bearer_auth(&token).send().await.unwrap().json().await.unwrap();
        assert_eq!(stats["keys_in_use"]["holders"], 2, "{stats}");
        assert_eq!(stats["keys_in_use"]["key_at_claim"], 1);
        assert_eq!(stats["keys_in_use"]["key_now"], 1);
        assert_eq!(stats["keys_in_use"]["gained_since_claim"], 1);
        let outcome = stats["outcome"].as_array().unwrap();
        assert_eq!(outcome.len(), 2);
        assert_eq!(outcome[1]["with_webauthn"], 1, "bob in, erin out");
        assert_eq!(outcome[1]["taken_at"], now + 60);
        let output = app.keydrop_command(&["stats", "--campaign", CAMPAIGN]).output().unwrap();
        let report = String::from_utf8_lossy(&output.stdout);
        assert!(
            report.contains("keys in use: 2 holders, 1 with a security key when they claimed, 1 now (1 since their claim)"),
            "{report}"
        );
    }
}
