//! Test harness: a keydrop server on 127.0.0.1:0 over a fresh database, and a client that
//! behaves like a browser (keeps cookies, follows redirects, sends forms with their CSRF
//! tokens).
//!
//! Every test written with [`backend_tests!`] runs twice: on a temporary SQLite file and on a
//! database of its own on the PostgreSQL server named by KEYDROP_TEST_POSTGRES_URL (dropped
//! afterwards). Without that variable the PostgreSQL runs say they were skipped and pass.

#![allow(dead_code)]

pub mod chromium;
pub mod db;
pub mod fake_registry;
pub mod fake_stripe;
pub mod fixture;
pub mod process;
pub mod settings;
pub mod smtp;
pub mod soft_key;

use std::sync::Arc;

use chrono::NaiveDate;
use keydrop::clock::Clock;
use keydrop::config::Config;
use keydrop::store::{MailCounts, Store};
use keydrop::web::AppState;

pub use db::{Backend, TestDb};

/// Brings a fresh [`TestDb`] up to the schema before migration `$version`, then evaluates
/// `$body` with `$conn` a connection to it (the body is compiled once per database), and
/// answers what it answers: for tests of a migration, on data written the way keydrop
/// wrote it before. The service migrates the rest when it starts on the database.
macro_rules! on_schema_before {
    ($db:expr, $version:expr, |$conn:ident| $body:expr) => {{
        use sqlx::Connection as _;
        let db: &$crate::common::db::TestDb = $db;
        let migrator = $crate::common::db::migrations_before(db.backend(), $version).await;
        match db.backend() {
            $crate::common::Backend::Sqlite => {
                let options = <sqlx::sqlite::SqliteConnectOptions as std::str::FromStr>::from_str(db.url())
                    .unwrap()
                    .create_if_missing(true);
                let mut $conn = sqlx::SqliteConnection::connect_with(&options).await.unwrap();
                migrator.run(&mut $conn).await.unwrap();
                let answer = $body;
                $conn.close().await.unwrap();
                answer
            }
            $crate::common::Backend::Postgres => {
                let mut $conn = sqlx::PgConnection::connect(db.url()).await.unwrap();
                migrator.run(&mut $conn).await.unwrap();
                let answer = $body;
                $conn.close().await.unwrap();
                answer
            }
        }
    }};
}

/// Declares tests that run on every backend: each `async fn name(backend: Backend)` becomes
/// `sqlite::name` and `postgres::name`.
#[macro_export]
macro_rules! backend_tests {
    ($(async fn $name:ident($backend:ident: Backend) $body:block)*) => {
        $(async fn $name($backend: $crate::common::Backend) $body)*

        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name($crate::common::Backend::Sqlite).await
                }
            )*
        }

        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    if $crate::common::db::postgres_url().is_none() {
                        eprintln!("SKIPPED on PostgreSQL: KEYDROP_TEST_POSTGRES_URL is not set");
                        return;
                    }
                    super::$name($crate::common::Backend::Postgres).await
                }
            )*
        }
    };
}

pub use process::TEST_SECRET_KEY;

/// A running keydrop server and its database.
pub struct TestApp {
    pub db: TestDb,
    pub store: Store,
    pub clock: Clock,
    pub state: AppState,
    /// e.g. `http://127.0.0.1:40123`
    pub base: String,
    /// The outbox's senders, running as `keydrop serve` runs them.
    pub senders: Option<keydrop::mail::sender::Senders>,
}

impl TestApp {
    /// A server over an empty database.
    pub async fn start(backend: Backend) -> TestApp {
        Self::start_with(backend, None).await
    }

    /// A server that sends mail over SMTP to `smtp_url`.
    pub async fn start_with(backend: Backend, smtp_url: Option<String>) -> TestApp {
        Self::start_configured(backend, |config| config.smtp_url = smtp_url).await
    }

    /// A server whose settings `configure` changes first.
    pub async fn start_configured(backend: Backend, configure: impl FnOnce(&mut Config)) -> TestApp {
        Self::start_on(TestDb::create(backend).await, configure).await
    }

    /// A server over `db`, whose settings `configure` changes first.
    pub async fn start_on(db: TestDb, configure: impl FnOnce(&mut Config)) -> TestApp {
        let store = Store::connect(db.url()).await.expect("connect and migrate");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let mut config = Config::from_env(db.url(), base.parse().unwrap()).unwrap();
        config.smtp_url = None;
        // Tests set Stripe up themselves and run publication rounds when they choose.
        config.stripe = None;
        config.stripe_publish_every = None;
        config.secret_key = Some(TEST_SECRET_KEY.to_string());
        // Mail goes out as soon as it is due; reminder rounds run when a test chooses.
        config.mail.poll_every = std::time::Duration::from_millis(50);
        config.mail.reminders_every = None;
        configure(&mut config);
        let clock = Clock::default();
        let state = keydrop::web::AppState::new(store.clone(), config, clock.clone()).unwrap();
        let app = keydrop::web::app(state.clone());
        // The service's own server, with its connection limits and timeouts.
        let limits = state.config.http;
        tokio::spawn(keydrop::server::serve_http(
            listener,
            app,
            limits,
            std::future::pending(),
        ));
        let senders = Some(keydrop::server::spawn_mail_senders(&state));
        // When a test sets it up, the reminder round runs until the test ends.
        let _ = keydrop::server::spawn_reminders(&state);
        TestApp {
            db,
            store,
            clock,
            state,
            base,
            senders,
        }
    }

    /// A server with Stripe set up, pointed at a fake Stripe that posts its events back.
    pub async fn start_with_stripe(backend: Backend) -> (TestApp, fake_stripe::FakeStripe) {
        let fake = fake_stripe::FakeStripe::start().await;
        let stripe = keydrop::stripe::StripeConfig {
            secret_key: fake_stripe::SECRET_KEY.to_string(),
            webhook_secret: fake_stripe::WEBHOOK_SECRET.to_string(),
            api_base: Some(fake.base.clone()),
        };
        let app = Self::start_configured(backend, |config| config.stripe = Some(stripe)).await;
        fake.send_events_to(format!("{}/webhooks/stripe", app.base));
        (app, fake)
    }

    /// One round of publication to Stripe, as the server's background task runs it.
    pub async fn publish_round(&self) -> keydrop::stripe::publisher::RoundReport {
        self.publish_round_at(self.clock.unix()).await
    }

    /// One round of publication at time `now`.
    pub async fn publish_round_at(&self, now: i64) -> keydrop::stripe::publisher::RoundReport {
        let stripe = self.state.stripe.as_ref().expect("Stripe is set up");
        keydrop::stripe::publisher::run_round(&self.store, stripe.api.as_ref(), now, Default::default())
            .await
            .unwrap()
    }

    /// `keydrop ARGS` as a separate process on this app's database, without Stripe settings.
    pub fn keydrop_command(&self, args: &[&str]) -> std::process::Command {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_keydrop"));
        command
            .args(args)
            .env("KEYDROP_DATABASE_URL", self.db.url())
            .env("KEYDROP_BASE_URL", &self.base)
            .env_remove("KEYDROP_LOG");
        for name in ["STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_API_BASE"] {
            command.env_remove(name);
        }
        command
    }

    /// A new browser with no cookies.
    pub fn browser(&self) -> Browser {
        Browser::new(&self.base)
    }

    /// A browser signed in as `username` through a one-time link, as `keydrop login-link`
    /// makes them.
    pub async fn signed_in(&self, username: &str) -> Browser {
        let link = self.login_link(username).await;
        let browser = self.browser();
        let page = browser.follow_login_link(&link).await;
        assert_eq!(page.status, 200, "sign-in as {username} failed: {}", page.text());
        browser
    }

    /// A fresh sign-in link for `username`.
    pub async fn login_link(&self, username: &str) -> String {
        let user = self
            .store
            .user_by_username(username)
            .await
            .unwrap()
            .unwrap_or_else(|| panic!("no user {username}"));
        keydrop::signin::issue_login_link(&self.store, &self.state.config, self.clock.unix(), user.id)
            .await
            .unwrap()
    }

    pub fn today(&self) -> NaiveDate {
        self.clock.today()
    }

    /// The number a counting query answers (`SELECT COUNT(*) ...`), with `binds` as $1, $2...:
    /// what a test checks was written, or was not.
    pub async fn count(&self, sql: &str, binds: &[i64]) -> i64 {
        self.db.count(sql, binds).await
    }
}

/// Waits (up to 60 s) until the outbox's counts satisfy `done`; answers them.
pub async fn wait_for_mail(store: &Store, done: impl Fn(&MailCounts) -> bool) -> MailCounts {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    loop {
        let counts = store.mail_counts().await.unwrap();
        if done(&counts) {
            return counts;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the outbox never got there: {counts:?}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// A page as the browser got it.
#[derive(Debug, Clone)]
pub struct Page {
    pub status: u16,
    pub url: String,
    pub body: String,
    pub headers: reqwest::header::HeaderMap,
}

impl Page {
    /// The page's text with tags removed and white space folded: what a reader sees.
    pub fn text(&self) -> String {
        let mut text = String::new();
        let mut in_tag = false;
        for ch in self.body.chars() {
            match ch {
                '<' => in_tag = true,
                '>' => {
                    in_tag = false;
                    text.push(' ');
                }
                _ if !in_tag => text.push(ch),
                _ => {}
            }
        }
        let text = text
            .replace("&#39;", "'")
            .replace("&quot;", "\"")
            .replace("&amp;", "&")
            .replace("&#x27;", "'");
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// True when the visible text contains `needle`.
    pub fn shows(&self, needle: &str) -> bool {
        self.text().contains(needle)
    }

    /// The first value of `name="csrf_token"` in the page.
    pub fn csrf_token(&self) -> String {
        self.input_value("csrf_token")
            .unwrap_or_else(|| panic!("no csrf_token in page:\n{}", self.body))
    }

    /// The value of the first input named `name`.
    pub fn input_value(&self, name: &str) -> Option<String> {
        let at = self.body.find(&format!("name=\"{name}\""))?;
        let tag_start = self.body[..at].rfind('<')?;
        let tag_end = self.body[at..].find('>')? + at;
        let tag = &self.body[tag_start..tag_end];
        let start = tag.find("value=\"")? + "value=\"".len();
        let end = tag[start..].find('"')? + start;
        Some(tag[start..end].to_string())
    }

    /// The promo code shown on the page, if any.
    pub fn promo_code(&self) -> Option<String> {
        let start = self.body.find("class=\"promo\"")?;
        let open = self.body[start..].find('>')? + start + 1;
        let close = self.body[open..].find('<')? + open;
        Some(self.body[open..close].trim().to_string())
    }
}

/// A browser: one cookie jar, redirects followed like a browser does after a form POST.
#[derive(Clone)]
pub struct Browser {
    client: reqwest::Client,
    /// The same cookies, without following redirects: to see a redirect itself.
    no_redirects: reqwest::Client,
    /// The cookies both clients share.
    jar: Arc<reqwest::cookie::Jar>,
    base: String,
}

impl Browser {
    pub fn new(base: &str) -> Browser {
        Browser::with_headers(base, reqwest::header::HeaderMap::new())
    }

    /// A browser whose user reads `accept_language` (an `Accept-Language` value).
    pub fn speaking(base: &str, accept_language: &str) -> Browser {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(reqwest::header::ACCEPT_LANGUAGE, accept_language.parse().unwrap());
        Browser::with_headers(base, headers)
    }

    fn with_headers(base: &str, headers: reqwest::header::HeaderMap) -> Browser {
        let jar = Arc::new(reqwest::cookie::Jar::default());
        let client = |policy| {
            reqwest::Client::builder()
                .default_headers(headers.clone())
                .cookie_provider(jar.clone())
                .redirect(policy)
                // Idle connections are let go well before the server's own idle limit (its
                // header timeout, 10 s by default), as browsers do: a POST sent on a
                // connection the server is closing at that moment gets no answer, and a
                // client does not resend a POST by itself.
                .pool_idle_timeout(std::time::Duration::from_secs(3))
                .build()
                .unwrap()
        };
        Browser {
            client: client(reqwest::redirect::Policy::default()),
            no_redirects: client(reqwest::redirect::Policy::none()),
            jar,
            base: base.to_string(),
        }
    }

    /// The `Cookie` header this browser sends to its server: to send the same cookies with
    /// a request written by hand.
    pub fn cookie_header(&self) -> String {
        use reqwest::cookie::CookieStore;
        let url = self.base.parse().expect("the server's URL");
        self.jar
            .cookies(&url)
            .map(|value| value.to_str().unwrap_or_default().to_string())
            .unwrap_or_default()
    }

    /// Enters `code` in the admin area's second-factor form, going on to the dashboard.
    pub async fn second_factor(&self, code: &str) -> Page {
        self.submit(
            "/admin",
            "/admin/second-factor",
            &[("code", code), ("next", "/admin")],
        )
        .await
    }

    /// The same browser (its cookies) pointed at another server of the same host, e.g. a
    /// replica or a restarted process.
    pub fn on(&self, base: &str) -> Browser {
        Browser {
            base: base.to_string(),
            ..self.clone()
        }
    }

    /// Posts a form with `form_page`'s CSRF token and answers the status and Location of the
    /// answer itself, without following it.
    pub async fn submit_for_redirect(
        &self,
        form_page: &str,
        action: &str,
        fields: &[(&str, &str)],
    ) -> (u16, Option<String>) {
        let token = self.get(form_page).await.csrf_token();
        let mut all = fields.to_vec();
        all.push(("csrf_token", &token));
        let answer = self
            .no_redirects
            .post(self.url(action))
            .form(&all)
            .send()
            .await
            .unwrap();
        let location = answer
            .headers()
            .get(reqwest::header::LOCATION)
            .map(|l| l.to_str().unwrap().to_string());
        (answer.status().as_u16(), location)
    }

    fn url(&self, path: &str) -> String {
        if path.starts_with("http") {
            path.to_string()
        } else {
            format!("{}{}", self.base, path)
        }
    }

    async fn page(response: reqwest::Response) -> Page {
        Self::try_page(response).await.expect("the answer's body")
    }

    /// The page, or `None` when the server went away before its body was read.
    async fn try_page(response: reqwest::Response) -> Option<Page> {
        let status = response.status().as_u16();
        let url = response.url().to_string();
        let headers = response.headers().clone();
        let body = response.text().await.ok()?;
        Some(Page {
            status,
            url,
            body,
            headers,
        })
    }

    pub async fn get(&self, path: &str) -> Page {
        Self::page(self.client.get(self.url(path)).send().await.unwrap()).await
    }

    /// Posts a form as is (no CSRF token added).
    pub async fn post_raw(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        self.try_post_raw(path, fields).await.expect("an answer")
    }

    /// Posts a form as is; `None` when the server went away before it answered.
    pub async fn try_post_raw(&self, path: &str, fields: &[(&str, &str)]) -> Option<Page> {
        let response = self.client.post(self.url(path)).form(fields).send().await.ok()?;
        Self::try_page(response).await
    }

    /// Loads `form_page`, then posts `fields` to `action` with that page's CSRF token, as
    /// submitting a form on it would.
    pub async fn submit(&self, form_page: &str, action: &str, fields: &[(&str, &str)]) -> Page {
        let token = self.get(form_page).await.csrf_token();
        let mut all = fields.to_vec();
        all.push(("csrf_token", &token));
        self.post_raw(action, &all).await
    }

    /// Loads `form_page`, then posts a multipart form to `action` with that page's CSRF token
    /// first, then `fields`, then the file, as a browser sends a form with a file input.
    pub async fn upload(
        &self,
        form_page: &str,
        action: &str,
        fields: &[(&str, &str)],
        file: Vec<u8>,
    ) -> Page {
        let token = self.get(form_page).await.csrf_token();
        let mut form = reqwest::multipart::Form::new().text("csrf_token", token);
        for (name, value) in fields {
            form = form.text(name.to_string(), value.to_string());
        }
        form = form.part(
            "file",
            reqwest::multipart::Part::bytes(file).file_name("codes.csv"),
        );
        self.post_multipart(action, form).await
    }

    /// Posts a multipart form as is.
    pub async fn post_multipart(&self, action: &str, form: reqwest::multipart::Form) -> Page {
        Self::page(
            self.client
                .post(self.url(action))
                .multipart(form)
                .send()
                .await
                .unwrap(),
        )
        .await
    }

    /// Opens a sign-in link and presses its button.
    pub async fn follow_login_link(&self, link: &str) -> Page {
        self.submit(link, link, &[]).await
    }

    /// Claims a code from the giveaway page.
    pub async fn claim(&self, country: &str) -> Page {
        self.submit("/giveaway", "/giveaway/claim", &[("country", country)])
            .await
    }
}

/// The TOTP secret an enrolment page shows.
pub fn enrolment_secret(page: &Page) -> Option<String> {
    let start = page.body.find("class=\"secret\">")? + "class=\"secret\">".len();
    let end = page.body[start..].find('<')? + start;
    Some(page.body[start..end].to_string())
}

/// Makes `username` an admin, signs in, and enrols TOTP. Answers the browser and the secret.
pub async fn admin_browser(app: &TestApp, username: &str) -> (Browser, String) {
    let (browser, secret, _) = enrol_admin(app, username).await;
    (browser, secret)
}

/// Makes `username` an admin, signs in, and enrols TOTP with the app's first code. Answers
/// the browser, the secret, and the page enrolment ended on (the recovery codes).
pub async fn enrol_admin(app: &TestApp, username: &str) -> (Browser, String, Page) {
    app.store
        .set_admin(username, true, app.clock.unix(), "test")
        .await
        .unwrap();
    let browser = app.signed_in(username).await;
    let gate = browser.get("/admin").await;
    assert_eq!(gate.status, 403);
    let secret = enrolment_secret(&gate).expect("enrolment shows the secret");
    let code = keydrop::totp::code_at(&secret, app.clock.unix()).unwrap();
    let page = browser.second_factor(&code).await;
    assert_eq!(page.status, 200, "{}", page.text());
    (browser, secret, page)
}

/// A shared, cheaply cloned handle for tasks.
pub type Shared<T> = Arc<T>;
