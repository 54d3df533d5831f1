//! Several service replicas on one PostgreSQL database: two `keydrop serve` processes, started
//! together on an empty database, then 2,000 maintainers claiming at once, split between
//! them, for 500 codes. Sessions live in the database, so half the maintainers sign in on
//! one replica and claim on the other.

use crate::common;

use std::collections::HashSet;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::db::postgres_url;
use common::{Backend, Browser, TestDb};
use futures_util::StreamExt;
use futures_util::future::join_all;
use keydrop::config::Config;
use keydrop::domain::cohort::CohortRule;
use keydrop::domain::registry_files;
use keydrop::store::Store;

const MAINTAINERS: usize = 2_000;
const CODES: usize = 500;

/// A `keydrop serve` process, stopped when dropped.
struct Replica {
    child: Child,
    base: String,
}

impl Replica {
    fn start(database_url: &str) -> Replica {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let base = format!("http://127.0.0.1:{port}");
        let child = Command::new(env!("CARGO_BIN_EXE_keydrop"))
            .args(["serve", "--bind", &format!("127.0.0.1:{port}")])
            .env("KEYDROP_DATABASE_URL", database_url)
            .env("KEYDROP_BASE_URL", &base)
            .env("KEYDROP_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start keydrop serve");
        Replica { child, base }
    }

    /// Waits until the replica answers its health check (it migrates first).
    async fn wait_healthy(&self) {
        let client = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Ok(response) = client.get(format!("{}/healthz", self.base)).send().await
                && response.status() == 200
            {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "replica {} did not become healthy",
                self.base
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

impl Drop for Replica {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn maintainer(i: usize) -> String {
    format!("maint{i:04}")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_replicas_hand_out_each_code_once() {
    if postgres_url().is_none() {
        eprintln!("SKIPPED on PostgreSQL: KEYDROP_TEST_POSTGRES_URL is not set");
        return;
    }
    let db = TestDb::create(Backend::Postgres).await;
    // Both replicas start on an empty database and migrate it together.
    let replicas = [Replica::start(db.url()), Replica::start(db.url())];
    for replica in &replicas {
        replica.wait_healthy().await;
    }

    let store = Store::connect(db.url()).await.unwrap();
    let clock = keydrop::clock::Clock::default();
    let mut projects = String::from("name,downloads\ncritical-lib,1000000\n");
    for i in 1..100 {
        projects.push_str(&format!("tail-{i},{}\n", 1000 - i));
    }
    let mut users = String::from("username,email,date_joined,has_totp,has_webauthn\n");
    let mut roles = String::from("project,username,role\n");
    for i in 0..MAINTAINERS {
        let name = maintainer(i);
        users.push_str(&format!("{name},{name}@example.org,2020-01-01,false,false\n"));
        roles.push_str(&format!("critical-lib,{name},Maintainer\n"));
    }
    let export = registry_files::read(projects.as_bytes(), users.as_bytes(), roles.as_bytes()).unwrap();
    store
        .import_registry(&export, CohortRule::Size(1), clock.unix(), "test")
        .await
        .unwrap();
    let campaign = common::fixture::campaign(
        &store,
        &common::fixture::open_campaign(clock.today()),
        clock.unix(),
    )
    .await;
    let expiry = clock.today() + chrono::Duration::days(30);
    common::fixture::batch(
        &store,
        &campaign,
        &common::fixture::codes("REPLICA", CODES),
        expiry,
        "",
        clock.unix(),
    )
    .await;

    // Every maintainer signs in on one replica and loads the page on the other.
    let configs: Vec<Config> = replicas
        .iter()
        .map(|r| Config::from_env(db.url(), r.base.parse().unwrap()).unwrap())
        .collect();
    let prepared: Vec<(Browser, String)> = futures_util::stream::iter(0..MAINTAINERS)
        .map(|i| {
            let (store, clock, configs) = (&store, &clock, &configs);
            let replicas = &replicas;
            async move {
                let user = store.user_by_username(&maintainer(i)).await.unwrap().unwrap();
                let link = keydrop::signin::issue_login_link(store, &configs[i % 2], clock.unix(), user.id)
                    .await
                    .unwrap();
                let browser = Browser::new(&replicas[(i + 1) % 2].base);
                let signed_in = browser.follow_login_link(&link).await;
                assert_eq!(signed_in.status, 200, "{}", signed_in.text());
                let token = browser.get("/giveaway").await.csrf_token();
                (browser, token)
            }
        })
        .buffer_unordered(64)
        .collect()
        .await;

    // All claims at once, split between the replicas.
    let started = Instant::now();
    let pages = join_all(prepared.iter().map(|(browser, token)| async move {
        browser
            .post_raw("/giveaway/claim", &[("country", "DE"), ("csrf_token", token)])
            .await
    }))
    .await;
    eprintln!("{MAINTAINERS} claims on 2 replicas took {:?}", started.elapsed());

    let statuses: Vec<u16> = pages.iter().map(|p| p.status).collect();
    assert!(
        statuses.iter().all(|&s| s < 500),
        "no 5xx: {:?}",
        statuses.iter().filter(|&&s| s >= 500).count()
    );
    let shown: Vec<String> = pages.iter().filter_map(|p| p.promo_code()).collect();
    assert_eq!(
        shown.len(),
        CODES,
        "exactly {CODES} maintainers were shown a code"
    );
    assert_eq!(
        shown.iter().collect::<HashSet<_>>().len(),
        CODES,
        "distinct codes shown"
    );
    assert_eq!(
        statuses.iter().filter(|&&s| s == 409).count(),
        MAINTAINERS - CODES,
        "everybody else is told none is left"
    );

    let mut holders = HashSet::new();
    let mut codes = HashSet::new();
    for i in 0..MAINTAINERS {
        let user = store.user_by_username(&maintainer(i)).await.unwrap().unwrap();
        if let Some(held) = store.held_code(campaign.id, user.id).await.unwrap() {
            holders.insert(user.id);
            codes.insert(held.code);
        }
    }
    assert_eq!(
        (holders.len(), codes.len()),
        (CODES, CODES),
        "{CODES} distinct codes held by {CODES} distinct maintainers"
    );
    let totals = store.campaign_stats(&campaign).await.unwrap().totals();
    assert_eq!((totals.assigned, totals.available), (CODES as i64, 0));
    store.close().await;
}
