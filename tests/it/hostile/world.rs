//! What the corpus runs against: a server with generous rate limits (so that only the cases
//! about limits meet them), the fixture registry and campaign, and one of each kind of
//! caller: a signed-in maintainer, an admin past the second factor, an API token. Also the
//! database's row counts, table by table, read on a connection of the test's own.

use std::collections::BTreeMap;

use keydrop::domain::rates::RateLimit;
use keydrop::store::Campaign;

use crate::common::fixture::racer;
use crate::common::{Backend, TestApp, enrol_admin};

/// Every table of the schema: a table added by a migration and missing here fails the corpus
/// (see [`RowCounts::read`]), so that no table's rows go uncounted.
pub const TABLES: [&str; 30] = [
    "projects",
    "users",
    "roles",
    "campaigns",
    "batches",
    "batch_countries",
    "batch_stock",
    "codes",
    "login_tokens",
    "sessions",
    "audit_log",
    "grants",
    "api_tokens",
    "batch_uploads",
    "staged_codes",
    "campaign_archives",
    "stripe_promotions",
    "stripe_events",
    "stripe_checkouts",
    "mail_outbox",
    "rate_limits",
    "admin_lockouts",
    "admin_recovery_codes",
    "health_probe",
    "offers",
    "campaign_phases",
    "code_releases",
    "registry_snapshots",
    "admin_security_keys",
    "webauthn_ceremonies",
];

/// Who sends a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    Anonymous,
    /// alice, signed in: her session cookie.
    Maintainer,
    /// carol, an admin past the second factor: her session cookie.
    Admin,
    /// A valid API bearer token.
    Api,
}

/// The running service and its callers.
pub struct World {
    pub app: TestApp,
    pub campaign: Campaign,
    /// A second campaign, which the update cases edit.
    pub edited: Campaign,
    pub maintainer_cookie: String,
    pub maintainer_csrf: String,
    pub admin_cookie: String,
    pub admin_csrf: String,
    pub api_token: String,
    /// The double-submit token of forms shown before sign-in (cookie and field).
    pub anon_csrf: String,
    /// A sign-in link path that was used already.
    pub used_login_link: String,
    /// Codes held by racers, one for each revoke case.
    pub held_codes: Vec<i64>,
    /// The first racer numbers free for grant cases, and those holding a grant to withdraw.
    pub grantable_racers: std::ops::Range<usize>,
    pub granted_racers: std::ops::Range<usize>,
}

/// The scrape token of `/metrics` in the corpus's service.
pub const METRICS_TOKEN: &str = "corpus-metrics-token-0123456789";

/// A limit no case reaches.
fn generous() -> RateLimit {
    RateLimit::new(1_000_000, std::time::Duration::from_secs(60))
}

/// The value of cookie `name` in a `Cookie` header.
fn cookie_value(header: &str, name: &str) -> String {
    header
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v.to_string())
        .unwrap_or_else(|| panic!("no cookie {name} in {header:?}"))
}

impl World {
    pub async fn start(backend: Backend) -> World {
        let app = TestApp::start_configured(backend, |config| {
            let limits = &mut config.limits;
            limits.sign_in_per_account = generous();
            limits.sign_in_per_address = generous();
            limits.wrong_totp = generous();
            limits.claims = generous();
            limits.api_calls = generous();
            limits.metrics_scrapes = generous();
            config.metrics_token = Some(METRICS_TOKEN.to_string());
        })
        .await;
        let campaign = app.with_open_campaign(400).await;
        let now = app.clock.unix();
        let edited = crate::common::fixture::campaign(
            &app.store,
            &keydrop::store::NewCampaign {
                name: "Edited by the corpus".into(),
                ..crate::common::fixture::open_campaign(app.today())
            },
            now,
        )
        .await;

        let alice = app.store.user_by_username("alice").await.unwrap().unwrap();
        let token = keydrop::tokens::new_token();
        let expires = now + app.state.config.session_ttl.as_secs() as i64;
        app.store
            .create_session(&keydrop::tokens::hash(&token), alice.id, now, expires)
            .await
            .unwrap();
        let maintainer_csrf = keydrop::web::session::session_csrf_token(&token);

        let (admin, _, _) = enrol_admin(&app, "carol").await;
        let admin_session = cookie_value(&admin.cookie_header(), "kd_session");
        let admin_csrf = keydrop::web::session::session_csrf_token(&admin_session);

        let api_token = keydrop::tokens::new_token();
        app.store
            .create_api_token("corpus", &keydrop::tokens::hash(&api_token), now, "test")
            .await
            .unwrap();

        let link = app.login_link("bob").await;
        let page = app.browser().follow_login_link(&link).await;
        assert_eq!(page.status, 200, "bob's sign-in: {}", page.text());
        let used_login_link = link.trim_start_matches(&app.base).to_string();

        // Racers 1..=40 hold a code (revoke cases), 41..=80 are free for grants, 81..=120
        // hold a grant (withdraw cases).
        let mut held_codes = Vec::new();
        for i in 1..=40 {
            let user = app.store.user_by_username(&racer(i)).await.unwrap().unwrap();
            let today = app.today();
            keydrop::giveaway::claim(
                &app.store,
                None,
                &user,
                &campaign,
                keydrop::giveaway::Declared {
                    country: "DE",
                    offer: None,
                },
                keydrop::giveaway::Claiming {
                    today,
                    now,
                    flash: None,
                    counter: None,
                },
            )
            .await
            .unwrap()
            .result
            .expect("a racer's claim");
            let held = app.store.held_code(campaign.id, user.id).await.unwrap().unwrap();
            held_codes.push(held.id);
        }
        for i in 81..=120 {
            let user = app.store.user_by_username(&racer(i)).await.unwrap().unwrap();
            assert!(app.store.grant(user.id, "set up", now, "test").await.unwrap());
        }
        World {
            campaign,
            edited,
            maintainer_cookie: format!("kd_session={token}"),
            maintainer_csrf,
            admin_cookie: format!("kd_session={admin_session}"),
            admin_csrf,
            api_token,
            anon_csrf: "c".repeat(64),
            used_login_link,
            held_codes,
            grantable_racers: 41..81,
            granted_racers: 81..121,
            app,
        }
    }

    /// The address (host:port) requests go to.
    pub fn address(&self) -> String {
        self.app.base.trim_start_matches("http://").to_string()
    }

    /// The CSRF token a form of `who` carries.
    pub fn csrf(&self, who: Who) -> &str {
        match who {
            Who::Anonymous => &self.anon_csrf,
            Who::Maintainer => &self.maintainer_csrf,
            Who::Admin => &self.admin_csrf,
            Who::Api => "",
        }
    }

    /// The credentials `who` sends: a cookie or a bearer token.
    pub fn credentials(&self, who: Who) -> Option<(&'static str, String)> {
        match who {
            Who::Anonymous => Some(("Cookie", format!("kd_csrf={}", self.anon_csrf))),
            Who::Maintainer => Some(("Cookie", self.maintainer_cookie.clone())),
            Who::Admin => Some(("Cookie", self.admin_cookie.clone())),
            Who::Api => Some(("Authorization", format!("Bearer {}", self.api_token))),
        }
    }
}

/// Rows per table.
pub type RowCounts = BTreeMap<&'static str, i64>;

/// A connection of its own, outside the service, opened once for a run of cases: what the
/// database holds, whatever the service says.
pub enum RowCounter {
    Sqlite(sqlx::SqliteConnection),
    Postgres(sqlx::PgConnection),
}

impl RowCounter {
    pub async fn open(app: &TestApp) -> RowCounter {
        use sqlx::Connection;
        match app.db.backend() {
            Backend::Sqlite => {
                RowCounter::Sqlite(sqlx::SqliteConnection::connect(app.db.url()).await.unwrap())
            }
            Backend::Postgres => {
                RowCounter::Postgres(sqlx::PgConnection::connect(app.db.url()).await.unwrap())
            }
        }
    }
}

/// The row count of every table, in one statement.
pub async fn row_counts(counter: &mut RowCounter) -> RowCounts {
    let counts = TABLES
        .iter()
        .map(|table| format!("SELECT '{table}', COUNT(*) FROM {table}"))
        .collect::<Vec<_>>()
        .join(" UNION ALL ");
    let catalog = match counter {
        RowCounter::Sqlite(_) => {
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' \
             AND name NOT LIKE 'sqlite_%' AND name <> '_sqlx_migrations'"
        }
        RowCounter::Postgres(_) => {
            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public' \
             AND table_name <> '_sqlx_migrations'"
        }
    };
    macro_rules! read_on {
        ($conn:expr) => {{
            let rows: Vec<(String, i64)> = sqlx::query_as(sqlx::AssertSqlSafe(counts))
                .fetch_all(&mut *$conn)
                .await
                .unwrap();
            let tables: i64 = sqlx::query_scalar(catalog).fetch_one(&mut *$conn).await.unwrap();
            (rows, tables)
        }};
    }
    let (rows, tables) = match counter {
        RowCounter::Sqlite(conn) => read_on!(conn),
        RowCounter::Postgres(conn) => read_on!(conn),
    };
    assert_eq!(
        tables,
        TABLES.len() as i64,
        "the schema has tables the corpus does not count: add them to TABLES"
    );
    rows.into_iter()
        .map(|(table, count)| {
            let table = TABLES.iter().find(|t| **t == table).expect("a counted table");
            (*table, count)
        })
        .collect()
}
