//! What a benchmark runs against: a database filled through the store (registry, campaign,
//! codes through the one load path, sessions), and a release `keydrop serve` process on it.

use chrono::{NaiveDate, Utc};
use futures_util::{StreamExt, stream};
use keydrop::domain::cohort::CohortRule;
use keydrop::domain::registry_files;
use keydrop::store::{Campaign, NewBatch, Store};

use crate::db::{Backend, TestDb};
use crate::process::ServeProcess;
pub use crate::settings::campaign_settings;

/// The campaign maintainers claim in.
pub const CAMPAIGN: &str = "Launch";
/// A campaign that opens next year: the raw claim transactions of the baseline take its
/// codes, so they never touch the stampede's.
pub const BASELINE_CAMPAIGN: &str = "Baseline";

/// A filled database and the maintainers' sessions.
pub struct World {
    pub db: TestDb,
    pub campaign: Campaign,
    /// (session cookie value, the CSRF token of its forms), one per maintainer.
    pub sessions: Vec<(String, String)>,
    /// Users the baseline's raw claims are made for (as many as its codes).
    pub baseline_users: Vec<i64>,
    pub baseline_campaign: i64,
    pub today: NaiveDate,
}

/// The sizes of a world.
#[derive(Clone, Copy, Debug)]
pub struct Size {
    pub maintainers: usize,
    pub codes: usize,
    /// Codes of the baseline campaign (0: none).
    pub baseline_codes: usize,
}

pub fn now() -> i64 {
    Utc::now().timestamp()
}

/// Registry files: one critical project, `maintainers` maintainers of it (`m0000001`...).
fn registry_csv(maintainers: usize) -> (String, String, String) {
    let projects = String::from("name,downloads\ncritical,1000000\ntail,1\n");
    let mut users = String::from("username,email,date_joined,has_totp,has_webauthn\n");
    let mut roles = String::from("project,username,role\n");
    for i in 1..=maintainers {
        users.push_str(&format!("m{i:07},m{i:07}@example.org,2020-01-01,false,false\n"));
        roles.push_str(&format!("critical,m{i:07},Maintainer\n"));
    }
    (projects, users, roles)
}

/// Loads `count` codes `PREFIX-00000001`... into the campaign through the one load path.
pub async fn load_codes(
    store: &Store,
    campaign: &Campaign,
    prefix: &str,
    count: usize,
    expires_on: NaiveDate,
) {
    let offer_id = store.offers_of(campaign.id).await.unwrap()[0].id;
    let new = NewBatch {
        campaign_id: campaign.id,
        offer_id,
        label: Some(prefix.to_string()),
        source: "imported",
        expires_on,
        countries: Vec::new(),
        created_by: "bench".to_string(),
    };
    let file: String = (1..=count).map(|i| format!("{prefix}-{i:08}\n")).collect();
    let report = keydrop::batches::load(store, &new, std::io::Cursor::new(file), false, now())
        .await
        .unwrap();
    assert_eq!(report.loaded, count as u64, "every bench code loads");
}

impl World {
    pub async fn build(backend: Backend, size: Size) -> World {
        let db = TestDb::create(backend).await;
        let store = Store::connect(db.url()).await.unwrap();
        let today = Utc::now().date_naive();
        let (projects, users, roles) = registry_csv(size.maintainers);
        let export = registry_files::read(projects.as_bytes(), users.as_bytes(), roles.as_bytes()).unwrap();
        store
            .import_registry(&export, CohortRule::Size(1), now(), "bench")
            .await
            .unwrap();
        let settings = campaign_settings(
            CAMPAIGN,
            today - chrono::Duration::days(1),
            today + chrono::Duration::days(30),
        );
        let campaign = store
            .create_campaign(&settings, now(), "bench")
            .await
            .unwrap()
            .unwrap();
        load_codes(
            &store,
            &campaign,
            "BENCH",
            size.codes,
            today + chrono::Duration::days(60),
        )
        .await;

        let next_year = today + chrono::Duration::days(365);
        let baseline = campaign_settings(
            BASELINE_CAMPAIGN,
            next_year,
            next_year + chrono::Duration::days(30),
        );
        let baseline = store
            .create_campaign(&baseline, now(), "bench")
            .await
            .unwrap()
            .unwrap();
        if size.baseline_codes > 0 {
            load_codes(
                &store,
                &baseline,
                "BASE",
                size.baseline_codes,
                next_year + chrono::Duration::days(60),
            )
            .await;
        }

        let user_ids: Vec<i64> = raw_ids(&db, "SELECT id FROM users ORDER BY id").await;
        let baseline_users = user_ids.iter().copied().take(size.baseline_codes).collect();
        // Sessions through the store, as a sign-in makes them: the cookie keeps the token,
        // the row its hash; the forms' CSRF token derives from the token.
        let expires_at = now() + 86_400;
        let sessions = stream::iter(user_ids)
            .map(|user_id| {
                let store = store.clone();
                async move {
                    let token = keydrop::tokens::new_token();
                    store
                        .create_session(&keydrop::tokens::hash(&token), user_id, now(), expires_at)
                        .await
                        .unwrap();
                    let csrf = keydrop::web::session::session_csrf_token(&token);
                    (token, csrf)
                }
            })
            .buffered(16)
            .collect()
            .await;
        store.close().await;
        World {
            db,
            campaign,
            sessions,
            baseline_users,
            baseline_campaign: baseline.id,
            today,
        }
    }
}

/// The ids a query answers, on a connection of its own.
pub async fn raw_ids(db: &TestDb, sql: &'static str) -> Vec<i64> {
    use sqlx::Connection;
    match db.backend() {
        Backend::Sqlite => {
            let mut conn = sqlx::SqliteConnection::connect(db.url()).await.unwrap();
            sqlx::query_scalar(sql).fetch_all(&mut conn).await.unwrap()
        }
        Backend::Postgres => {
            let mut conn = sqlx::PgConnection::connect(db.url()).await.unwrap();
            sqlx::query_scalar(sql).fetch_all(&mut conn).await.unwrap()
        }
    }
}

/// A `keydrop serve` process of the release build (see tests/it/common/process.rs), healthy
/// once started, killed when dropped.
pub struct Server {
    process: ServeProcess,
    pub base: String,
}

impl Server {
    pub async fn start(database_url: &str) -> Server {
        let process = ServeProcess::start(database_url, &[]);
        process.wait_healthy().await;
        let base = process.base.clone();
        Server { process, base }
    }

    pub fn pid(&self) -> u32 {
        self.process.pid()
    }
}

/// A field of `/proc/PID/status` in kB (`VmRSS`, `VmHWM`), as MB.
pub fn proc_mb(pid: u32, field: &str) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// CPU time a process has used so far (user and system, from `/proc/PID/stat`), in seconds.
/// Read around a run, it gives the server's CPU per request, which moves far less than
/// requests per second with whatever else shares the machine.
pub fn proc_cpu_seconds(pid: u32) -> Option<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name may hold spaces: fields are counted after its closing parenthesis.
    let fields: Vec<&str> = stat[stat.rfind(')')? + 2..].split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    // The kernel counts in USER_HZ, 100 on every Linux architecture the bench runs on.
    Some(ticks / 100.0)
}

/// Resets a process's peak RSS (`VmHWM`) to its current RSS, so a peak can be read for one
/// phase of its life.
pub fn reset_peak(pid: u32) {
    let _ = std::fs::write(format!("/proc/{pid}/clear_refs"), "5");
}
