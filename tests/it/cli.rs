//! The operator's command line, run as a separate process against the test database.

use crate::common;

use std::io::Write;
use std::process::Output;

use common::TestApp;
use common::fixture::{self, CAMPAIGN};

/// Runs `keydrop ARGS` on the test app's database.
pub(crate) fn keydrop(app: &TestApp, args: &[&str]) -> Output {
    app.keydrop_command(args).output().expect("run keydrop")
}

pub(crate) fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub(crate) fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A file in a temporary directory holding `text`.
fn file(dir: &tempfile::TempDir, name: &str, text: &str) -> String {
    let path = dir.path().join(name);
    std::fs::File::create(&path)
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    path.display().to_string()
}

backend_tests! {
    async fn registry_import_reports_bad_lines_and_is_idempotent(backend: Backend) {
        let app = TestApp::start(backend).await;
        let dir = tempfile::tempdir().unwrap();
        let (projects, users, roles) = fixture::registry_csv();
        let bad_users = users.replacen("alice,alice@example.org,2015-03-01,true,false", "alice,not-an-address,2015-03-01,true,false", 1);
        let bad_roles = format!("{roles}tail-002,ghost,Owner\n");
        let (p, u, r) = (file(&dir, "p.csv", &projects), file(&dir, "u.csv", &bad_users), file(&dir, "r.csv", &bad_roles));
        let refused = keydrop(&app, &["registry", "import", "--projects", &p, "--users", &u, "--roles", &r]);
        assert!(!refused.status.success());
        let report = stderr(&refused);
        assert!(report.contains("nothing was imported: 2 problems"), "{report}");
        assert!(report.contains("users.csv line 2: invalid email address \"not-an-address\""), "{report}");
        let last_line = bad_roles.lines().count();
        assert!(report.contains(&format!("roles.csv line {last_line}: unknown user \"ghost\"")), "{report}");
        assert!(app.store.user_by_username("bob").await.unwrap().is_none(), "nothing imported");

        let u = file(&dir, "u.csv", &users);
        let r = file(&dir, "r.csv", &roles);
        let args = ["registry", "import", "--projects", p.as_str(), "--users", u.as_str(), "--roles", r.as_str(), "--cohort-size", "2"];
        let first = keydrop(&app, &args);
        assert!(first.status.success(), "{}", stderr(&first));
        assert!(stdout(&first).contains("imported 200 projects (critical set this time: the top 2; 2 newly critical; 2 critical in all), 205 users (205 new)"), "{}", stdout(&first));
        let again = keydrop(&app, &args);
        assert!(stdout(&again).contains("0 newly critical; 2 critical in all), 205 users (0 new), 205 roles"), "{}", stdout(&again));

        // Downloads change: tail-005 rises into the top 2. top-project stays critical, with its
        // first rank; alice keeps her eligibility.
        let risen = projects.replace("tail-005,995", "tail-005,5000000").replace("top-project,1000000", "top-project,10");
        let p2 = file(&dir, "p2.csv", &risen);
        let args2 = ["registry", "import", "--projects", p2.as_str(), "--users", u.as_str(), "--roles", r.as_str(), "--cohort-size", "2"];
        let third = keydrop(&app, &args2);
        assert!(stdout(&third).contains("1 newly critical; 3 critical in all"), "{}", stdout(&third));
        let alice = app.store.user_by_username("alice").await.unwrap().unwrap();
        let projects = app.store.critical_projects_of(alice.id).await.unwrap();
        assert_eq!(projects.len(), 1);
        assert_eq!((projects[0].display_name.as_str(), projects[0].critical_rank), ("top-project", 1));
    }

    async fn codes_import_names_every_bad_line_and_loads_all_or_nothing(backend: Backend) {
        let app = TestApp::start(backend).await;
        app.with_open_campaign(0).await;
        let dir = tempfile::tempdir().unwrap();
        let expires = (app.today() + chrono::Duration::days(30)).to_string();
        let good = file(&dir, "good.txt", "aaaa-0001\nAAAA-0002\n");
        let loaded = keydrop(&app, &["codes", "import", &good, "--campaign", CAMPAIGN, "--expires", &expires, "--label", "order 1"]);
        assert!(loaded.status.success(), "{}", stderr(&loaded));
        assert!(stdout(&loaded).contains("loaded 2 of 2 codes"));

        let mixed = file(&dir, "mixed.txt", "BBBB-0001\n\nbad code!\nAAAA-0001\nBBBB-0001\nxy\nBBBB-0002\n");
        let refused = keydrop(&app, &["codes", "import", &mixed, "--campaign", CAMPAIGN, "--expires", &expires]);
        assert!(!refused.status.success());
        let report = stderr(&refused);
        assert!(report.contains("nothing was loaded: 5 of 7 lines are bad (fix them, or load the good lines with --skip-bad)"), "{report}");
        for expected in [
            "line 2: empty",
            "line 3: bad characters \" !\"",
            "line 4: already loaded",
            "line 5: duplicate in the file: same code as line 1",
            "line 6: too short: 2 characters, at least 4",
        ] {
            assert!(report.contains(expected), "{expected} in {report}");
        }
        let campaign = app.store.campaign_by_name(CAMPAIGN).await.unwrap().unwrap();
        assert_eq!(app.store.codes_left(campaign.id, app.today()).await.unwrap(), 2, "nothing loaded");

        let skipped = keydrop(&app, &["codes", "import", &mixed, "--campaign", CAMPAIGN, "--expires", &expires, "--skip-bad", "--countries", "us,CA"]);
        assert!(skipped.status.success(), "{}", stderr(&skipped));
        assert!(stdout(&skipped).contains("loaded 2 of 7 codes"), "{}", stdout(&skipped));
        assert!(stderr(&skipped).contains("skipped 5 bad lines"));
        assert_eq!(app.store.codes_left(campaign.id, app.today()).await.unwrap(), 4);

        let csv = file(&dir, "vendor.csv", "serial,code\n1,CCCC-0001\n2,CCCC-0002\n");
        assert!(stdout(&keydrop(&app, &["codes", "import", &csv, "--campaign", CAMPAIGN, "--expires", &expires])).contains("loaded 2 of 2 codes"));

        // Options are checked too.
        let past = keydrop(&app, &["codes", "import", &good, "--campaign", CAMPAIGN, "--expires", "2020-01-01"]);
        assert!(stderr(&past).contains("the expiry date 2020-01-01 is in the past"));
        let uk = keydrop(&app, &["codes", "import", &good, "--campaign", CAMPAIGN, "--expires", &expires, "--countries", "UK"]);
        assert!(stderr(&uk).contains("UK is not an ISO 3166-1 code: use GB"), "{}", stderr(&uk));
        let brazil = keydrop(&app, &["codes", "import", &good, "--campaign", CAMPAIGN, "--expires", &expires, "--countries", "BR"]);
        assert!(stderr(&brazil).contains("does not ship to BR"));
        let nowhere = keydrop(&app, &["codes", "import", &good, "--campaign", "nope", "--expires", &expires]);
        assert!(stderr(&nowhere).contains("no campaign named \"nope\""));
    }

    async fn generated_codes_carry_a_check_symbol_and_go_to_a_csv(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(0).await;
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("vendor.csv").display().to_string();
        let expires = (app.today() + chrono::Duration::days(30)).to_string();
        let made = keydrop(&app, &["codes", "generate", "--campaign", CAMPAIGN, "--count", "300", "--expires", &expires, "--out", &out, "--countries", "JP"]);
        assert!(made.status.success(), "{}", stderr(&made));
        let csv = std::fs::read_to_string(&out).unwrap();
        let mut lines = csv.lines();
        assert_eq!(lines.next(), Some("code,expires_on"));
        let codes: Vec<&str> = lines.map(|l| l.split(',').next().unwrap()).collect();
        assert_eq!(codes.len(), 300);
        assert!(codes.iter().all(|c| keydrop::domain::code_format::has_valid_check_symbol(c)));
        assert_eq!(codes.iter().collect::<std::collections::HashSet<_>>().len(), 300);
        assert_eq!(app.store.codes_left(campaign.id, app.today()).await.unwrap(), 300);
        // They are bound to Japan.
        let jp = keydrop::domain::countries::Country::parse("JP").unwrap();
        let de = keydrop::domain::countries::Country::parse("DE").unwrap();
        assert_eq!(app.store.codes_left_for(campaign.id, jp, app.today()).await.unwrap(), 300);
        assert_eq!(app.store.codes_left_for(campaign.id, de, app.today()).await.unwrap(), 0);
    }

    async fn vendor_reports_mark_codes_redeemed_and_stats_count_them(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(3).await;
        let alice_code = app.signed_in("alice").await.claim("IT").await.promo_code().unwrap();
        let bob_code = app.signed_in("bob").await.claim("US").await.promo_code().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let unused = ["CODE-00001", "CODE-00002", "CODE-00003"].into_iter().find(|c| *c != alice_code && *c != bob_code).unwrap();
        let report = file(&dir, "report.csv", &format!("code,date\n{alice_code},2026-11-20\nNOPE-1234,2026-11-21\n{unused},2026-11-22\n"));
        let imported = keydrop(&app, &["codes", "redeemed", &report]);
        assert!(imported.status.success(), "{}", stderr(&imported));
        let text = stdout(&imported);
        // Every line lands in one count, and the counts agree with the lists below them.
        assert!(text.contains("3 lines read: 2 codes marked redeemed (1 held by maintainers, 1 never handed out), 0 redeemed already, 1 unknown, 0 revoked (left revoked)."), "{text}");
        assert!(text.contains("unknown codes (not loaded in keydrop): 1\n  line 3: NOPE-1234"), "{text}");
        assert!(text.contains(&format!("codes never handed out by keydrop (now marked redeemed so nobody receives them): 1\n  line 4: {unused}")), "{text}");
        // The command line is another process: its change shows on the server's pages within
        // `READS_KEPT_FOR`, and at once once the server forgets what it keeps.
        app.store.forget_kept_reads();
        let page = app.signed_in("alice").await.get("/giveaway").await;
        assert!(page.shows("The store reports this code used on 20 November 2026"), "{}", page.text());

        let bad = file(&dir, "bad.csv", "code,date\nX,never\n");
        let refused = keydrop(&app, &["codes", "redeemed", &bad]);
        assert!(stderr(&refused).contains("report line 2: code: too short: 1 characters, at least 4; date must be like 2026-11-30"), "{}", stderr(&refused));

        let stats = stdout(&keydrop(&app, &["stats", "--campaign", CAMPAIGN]));
        assert!(stats.contains("codes 3: available 0, assigned 1, redeemed 2, expired 0, revoked 0"), "{stats}");
        assert!(stats.contains("IT              1         1"), "{stats}");
        assert!(stats.contains("US              1         0"), "{stats}");
        let _ = campaign;
    }

    async fn archive_then_purge_leaves_the_counts_and_no_personal_data(backend: Backend) {
        let app = TestApp::start(backend).await;
        let campaign = app.with_open_campaign(4).await;
        let alice_code = app.signed_in("alice").await.claim("IT").await.promo_code().unwrap();
        let bob = app.signed_in("bob").await;
        bob.claim("US").await.promo_code().unwrap();
        let racer_code = app.signed_in("racer001").await.claim("DE").await.promo_code().unwrap();
        let token = bob.get("/giveaway").await.csrf_token();
        assert!(bob.post_raw("/giveaway/redeemed", &[("csrf_token", &token), ("confirm", "yes")]).await.status < 400);
        let dir = tempfile::tempdir().unwrap();
        let today = app.today().to_string();
        let report = file(&dir, "report.csv", &format!("code,date\n{alice_code},{today}\n"));
        assert!(keydrop(&app, &["codes", "redeemed", &report]).status.success());

        // Not before the end, and not while racer001 still holds a code she may use.
        let early = keydrop(&app, &["campaign", "archive", CAMPAIGN]);
        assert!(stderr(&early).contains("cannot be archived: the campaign runs until"), "{}", stderr(&early));
        assert!(stdout(&keydrop(&app, &["campaign", "close", CAMPAIGN])).contains("claims of \"Titan 2026\" are closed"));
        let held = keydrop(&app, &["campaign", "archive", CAMPAIGN]);
        assert!(stderr(&held).contains("1 codes are still held and may yet be redeemed"), "{}", stderr(&held));
        let unarchived = keydrop(&app, &["campaign", "purge", CAMPAIGN]);
        assert!(stderr(&unarchived).contains("has no archive: run `keydrop campaign archive Titan 2026` first"), "{}", stderr(&unarchived));
        let racer_row = app.store.search_codes(&racer_code, 1).await.unwrap().remove(0);
        assert!(app.store.revoke_code(racer_row.id, "left the project", app.clock.unix(), "test").await.unwrap());

        let stats_before = stdout(&keydrop(&app, &["stats", "--campaign", CAMPAIGN]));
        let archived = keydrop(&app, &["campaign", "archive", CAMPAIGN]);
        assert!(archived.status.success(), "{}", stderr(&archived));
        let archive: keydrop::store::CampaignArchive = serde_json::from_slice(&archived.stdout).unwrap();
        let claims = |country: &str| archive.claims_by_country.iter().find(|c| c.country == country).map(|c| (c.claimed, c.redeemed));
        assert_eq!((claims("IT"), claims("US"), claims("DE")), (Some((1, 1)), Some((1, 1)), Some((1, 0))));
        assert_eq!(archive.people.claimed, 3);
        let totals: (i64, i64) = archive.activity.iter().fold((0, 0), |(c, r), a| (c + a.claims, r + a.redemptions));
        assert_eq!(totals, (3, 2));
        assert!(archive.activity.iter().all(|a| a.day == app.today() && a.batch_id == archive.batches[0].batch_id));
        assert_eq!((archive.batches[0].total, archive.batches[0].redeemed, archive.batches[0].revoked), (4, 2, 1));
        let archive_text = String::from_utf8_lossy(&archived.stdout).to_lowercase();
        for person in ["alice", "bob", "racer001", "@example"] {
            assert!(!archive_text.contains(person), "{person} in the archive: {archive_text}");
        }

        let purged = keydrop(&app, &["campaign", "purge", CAMPAIGN]);
        assert!(purged.status.success(), "{}", stderr(&purged));
        assert!(stdout(&purged).contains("3 codes forgot their holders"), "{}", stdout(&purged));
        assert!(stderr(&keydrop(&app, &["campaign", "purge", CAMPAIGN])).contains("was purged already"));
        assert!(stderr(&keydrop(&app, &["campaign", "open", CAMPAIGN])).contains("was purged: it cannot open again"));

        // The counts are all there; nothing of the campaign names a person any more.
        assert_eq!(stdout(&keydrop(&app, &["stats", "--campaign", CAMPAIGN])), stats_before);
        let stored = app.store.archives_of(campaign.id).await.unwrap();
        assert_eq!(serde_json::from_str::<keydrop::store::CampaignArchive>(&stored[0].summary).unwrap(), archive);
        for person in ["alice", "bob", "racer001"] {
            assert!(app.store.search_codes(person, 10).await.unwrap().is_empty(), "{person} still holds a code");
        }
        let audit = app.store.recent_audit(1000).await.unwrap();
        let code_ids: Vec<Option<i64>> = app.store.search_codes("CODE-", 100).await.unwrap().iter().map(|c| Some(c.id)).collect();
        assert_eq!(code_ids.len(), 4);
        let of_campaign: Vec<_> = audit.iter().filter(|e| e.campaign_id == Some(campaign.id) || code_ids.contains(&e.code_id)).collect();
        assert!(of_campaign.iter().any(|e| e.action == "code.claim"), "the claims are still counted in the log");
        for entry in of_campaign {
            assert_eq!(entry.user_id, None, "{entry:?}");
            let text = format!("{} {}", entry.actor, entry.detail).to_lowercase();
            for person in ["alice", "bob", "racer001", "left the project", "@example"] {
                assert!(!text.contains(person), "{person} in {entry:?}");
            }
        }
    }

    async fn campaigns_are_validated_and_login_links_sign_in(backend: Backend) {
        let app = TestApp::start(backend).await;
        let now = app.clock.unix();
        fixture::registry(&app.store, now).await;
        let created = keydrop(&app, &["campaign", "create", "--name", "Spring", "--starts", "2026-03-01", "--ends", "2026-05-31", "--countries", "de,AT,ch"]);
        assert!(created.status.success(), "{}", stderr(&created));
        assert!(stdout(&created).contains("shipping to AT,CH,DE"));
        let again = keydrop(&app, &["campaign", "create", "--name", "Spring", "--starts", "2026-03-01", "--ends", "2026-05-31"]);
        assert!(stderr(&again).contains("a campaign named \"Spring\" exists already"));
        let uk = keydrop(&app, &["campaign", "create", "--name", "UK", "--starts", "2026-03-01", "--ends", "2026-05-31", "--countries", "US,UK"]);
        assert!(stderr(&uk).contains("UK is not an ISO 3166-1 code: use GB"), "{}", stderr(&uk));
        let backwards = keydrop(&app, &["campaign", "create", "--name", "B", "--starts", "2026-03-01", "--ends", "2026-02-01"]);
        assert!(stderr(&backwards).contains("the last day (2026-02-01) is before the first day (2026-03-01)"), "{}", stderr(&backwards));
        let many = keydrop(&app, &["campaign", "create", "--name", "a/b", "--starts", "2026-03-01", "--ends", "2026-05-31", "--store-url", "ftp://x", "--keys-per-code", "0"]);
        let report = stderr(&many);
        for expected in ["may not contain '/'", "keys per code must be between 1 and 10", "store link must be an http or https URL"] {
            assert!(report.contains(expected), "{expected} in {report}");
        }
        assert!(app.store.campaign_by_name("a/b").await.unwrap().is_none());

        let link = keydrop(&app, &["login-link", "Alice"]);
        assert!(link.status.success(), "{}", stderr(&link));
        let url = stdout(&link);
        assert_eq!(url.lines().count(), 1, "the link alone: {url}");
        let page = app.browser().follow_login_link(url.trim()).await;
        assert!(page.shows("Signed in as alice"), "{}", page.text());
        assert!(stderr(&keydrop(&app, &["login-link", "nobody"])).contains("no user named \"nobody\""));
    }
}

#[tokio::test]
async fn the_demo_seed_data_loads_with_both_kinds_of_maintainer() {
    let app = TestApp::start(common::Backend::Sqlite).await;
    let ((eligible, eligible_id), (ineligible, _)) =
        keydrop::demo::load(&app.store, &app.clock).await.unwrap();
    let campaign = app.store.campaigns().await.unwrap().remove(0);
    assert!(campaign.is_open_on(app.today()));
    assert_eq!(
        app.store.codes_left(campaign.id, app.today()).await.unwrap(),
        2000
    );
    assert!(
        !app.store
            .critical_projects_of(eligible_id)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        app.signed_in(&eligible)
            .await
            .claim("US")
            .await
            .promo_code()
            .is_some()
    );
    assert!(
        app.signed_in(&ineligible)
            .await
            .get("/giveaway")
            .await
            .shows("is not an Owner or Maintainer of any critical project")
    );
}
