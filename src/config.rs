//! Settings, read from `KEYDROP_*` environment variables (or the matching command-line flags).

use std::time::Duration;

use url::Url;

use crate::domain::rates::{RateLimit, parse_duration};

/// The running service's settings.
#[derive(Debug, Clone)]
pub struct Config {
    /// `sqlite:...` or `postgres://...`.
    pub database_url: String,
    /// Where users reach the service; links in emails start with it. An https URL makes the
    /// session cookie Secure.
    pub base_url: Url,
    /// `smtp://`, `smtps://` URL of the mail relay; without it, mail is written to the log.
    pub smtp_url: Option<String>,
    /// The From address of outgoing mail.
    pub mail_from: String,
    /// How long a sign-in link works.
    pub login_link_ttl: Duration,
    /// The longest a session lasts, however busy (KEYDROP_SESSION_LIFETIME).
    pub session_ttl: Duration,
    /// A session unused for this long is over (KEYDROP_SESSION_IDLE).
    pub session_idle: Duration,
    /// The admin area asks for the second factor again this long after it was last given
    /// (KEYDROP_ADMIN_REAUTH).
    pub admin_reauth_after: Duration,
    /// Rate limits, kept in the database (shared by replicas).
    pub limits: Limits,
    /// Limits on connections and the time requests may take to arrive.
    pub http: HttpLimits,
    /// Stripe, from STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET and STRIPE_API_BASE.
    pub stripe: Option<crate::stripe::StripeConfig>,
    /// KEYDROP_SECRET_KEY: 64 hex characters, the key secrets at rest are sealed with (see
    /// [`crate::secrets`]). `serve` refuses to start without it; `demo` makes one.
    pub secret_key: Option<String>,
    /// How often the server publishes promotion codes to Stripe; `None`: never (tests run the
    /// rounds themselves).
    pub stripe_publish_every: Option<Duration>,
    /// The outbox's senders and the reminders.
    pub mail: MailSettings,
    /// KEYDROP_METRICS_TOKEN: the bearer token `GET /metrics` asks for; unset, the path
    /// answers 404.
    pub metrics_token: Option<String>,
    /// How long one reading of the gauges `/metrics` takes from the database is served again
    /// (tests read every time).
    pub metrics_gauges_fresh_for: Duration,
    /// KEYDROP_ADMIN_REQUIRE_SECURITY_KEY: the admin area takes a security key as second
    /// factor, and TOTP only to register a first key.
    pub admin_require_security_key: bool,
    /// The live ownership check at claim time; `None` (no KEYDROP_REGISTRY_URL): the imported
    /// registry data alone decides.
    pub registry: Option<RegistrySettings>,
    /// Where people get help (KEYDROP_SUPPORT_URL): a web page or a `mailto:` address, linked
    /// from every page's footer and wherever a page tells them to ask for help.
    pub support_url: Option<String>,
}

/// How the registry is asked who maintains a project (see [`crate::registry_live`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistrySettings {
    /// The registry's address: `{url}/pypi/{project}/json` is asked (KEYDROP_REGISTRY_URL).
    pub url: Url,
    /// The longest one answer may take (KEYDROP_REGISTRY_TIMEOUT).
    pub timeout: Duration,
    /// How long an answer is reused (KEYDROP_REGISTRY_CACHE_TTL).
    pub cache_ttl: Duration,
    /// Projects whose answers are kept at most.
    pub cache_entries: usize,
    /// Requests to the registry under way at once, across all claims.
    pub concurrent_lookups: usize,
}

impl RegistrySettings {
    /// The settings from KEYDROP_REGISTRY_*, or `None` without KEYDROP_REGISTRY_URL.
    pub fn from_env() -> anyhow::Result<Option<RegistrySettings>> {
        let Some(raw) = setting("KEYDROP_REGISTRY_URL") else {
            return Ok(None);
        };
        let url = Url::parse(raw.trim())
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https"))
            .ok_or_else(|| anyhow::anyhow!("KEYDROP_REGISTRY_URL {raw:?} is not an http or https URL"))?;
        Ok(Some(RegistrySettings {
            url,
            timeout: read_setting("KEYDROP_REGISTRY_TIMEOUT", Duration::from_secs(3), parse_duration)?,
            cache_ttl: read_setting(
                "KEYDROP_REGISTRY_CACHE_TTL",
                Duration::from_secs(600),
                parse_duration,
            )?,
            cache_entries: 1000,
            concurrent_lookups: 8,
        }))
    }
}

/// A yes-or-no setting: `true`/`false`, `yes`/`no`, `1`/`0`.
fn parse_switch(text: &str) -> Result<bool, String> {
    match text.trim().to_ascii_lowercase().as_str() {
        "true" | "yes" | "1" | "on" => Ok(true),
        "false" | "no" | "0" | "off" => Ok(false),
        other => Err(format!("{other:?} is neither true nor false")),
    }
}

/// How mail is sent, retried and given up on, and when reminders go out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailSettings {
    /// The longest opening a connection to the relay may take (KEYDROP_SMTP_CONNECT_TIMEOUT).
    pub connect_timeout: Duration,
    /// The longest the relay may take to answer: its greeting, each command, the message
    /// (KEYDROP_SMTP_COMMAND_TIMEOUT).
    pub command_timeout: Duration,
    /// How long a message is retried before it is marked failed (KEYDROP_MAIL_GIVE_UP_HOURS).
    pub give_up_after: Duration,
    /// Reminders go this many days before a campaign closes or a code expires
    /// (KEYDROP_REMINDER_DAYS).
    pub reminder_days: u32,
    /// How often an idle sender looks for due mail queued by other replicas or due again
    /// after a failure (mail queued by this process wakes its senders at once).
    pub poll_every: Duration,
    /// How often the server queues the reminders that are due; `None`: never (tests queue
    /// them when they choose).
    pub reminders_every: Option<Duration>,
}

impl Default for MailSettings {
    fn default() -> Self {
        MailSettings {
            connect_timeout: Duration::from_secs(DEFAULT_SMTP_CONNECT_TIMEOUT_SECONDS),
            command_timeout: Duration::from_secs(DEFAULT_SMTP_COMMAND_TIMEOUT_SECONDS),
            give_up_after: Duration::from_secs(DEFAULT_MAIL_GIVE_UP_HOURS * 3600),
            reminder_days: DEFAULT_REMINDER_DAYS,
            poll_every: Duration::from_secs(5),
            reminders_every: Some(Duration::from_secs(600)),
        }
    }
}

impl MailSettings {
    /// When a message queued at `now` is given up on if it has not gone by then.
    pub fn give_up_at(&self, now: i64) -> i64 {
        now + self.give_up_after.as_secs() as i64
    }

    /// The defaults, with whatever the environment sets instead; a value that is not a whole
    /// number in its range is refused with its name.
    pub fn from_env() -> anyhow::Result<MailSettings> {
        let defaults = MailSettings::default();
        let seconds = |name: &str, default: Duration| -> anyhow::Result<Duration> {
            Ok(Duration::from_secs(whole_number(
                name,
                default.as_secs(),
                1..=3600,
            )?))
        };
        Ok(MailSettings {
            connect_timeout: seconds("KEYDROP_SMTP_CONNECT_TIMEOUT", defaults.connect_timeout)?,
            command_timeout: seconds("KEYDROP_SMTP_COMMAND_TIMEOUT", defaults.command_timeout)?,
            give_up_after: Duration::from_secs(
                3600 * whole_number(
                    "KEYDROP_MAIL_GIVE_UP_HOURS",
                    DEFAULT_MAIL_GIVE_UP_HOURS,
                    1..=24 * 30,
                )?,
            ),
            reminder_days: whole_number("KEYDROP_REMINDER_DAYS", DEFAULT_REMINDER_DAYS.into(), 0..=90)?
                as u32,
            ..defaults
        })
    }
}

/// The environment variable `name` as a whole number in `range`, or `default` when unset.
fn whole_number(name: &str, default: u64, range: std::ops::RangeInclusive<u64>) -> anyhow::Result<u64> {
    let Some(raw) = std::env::var(name).ok().filter(|v| !v.trim().is_empty()) else {
        return Ok(default);
    };
    raw.trim()
        .parse::<u64>()
        .ok()
        .filter(|n| range.contains(n))
        .ok_or_else(|| {
            anyhow::anyhow!(
                "{name} {raw:?} is not a whole number from {} to {}",
                range.start(),
                range.end()
            )
        })
}

/// The database used when none is named.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://keydrop.db";
/// The address `serve` and `demo` listen on when none is named.
pub const DEFAULT_BIND: &str = "127.0.0.1:8080";
/// The From address when KEYDROP_MAIL_FROM is not set.
pub const DEFAULT_MAIL_FROM: &str = "keydrop <keydrop@localhost>";
/// Seconds to open a connection to the mail relay, when KEYDROP_SMTP_CONNECT_TIMEOUT is not set.
pub const DEFAULT_SMTP_CONNECT_TIMEOUT_SECONDS: u64 = 10;
/// Seconds the relay may take to answer, when KEYDROP_SMTP_COMMAND_TIMEOUT is not set.
pub const DEFAULT_SMTP_COMMAND_TIMEOUT_SECONDS: u64 = 30;
/// Hours a message is retried, when KEYDROP_MAIL_GIVE_UP_HOURS is not set.
pub const DEFAULT_MAIL_GIVE_UP_HOURS: u64 = 24;
/// Days before a campaign's end or a code's expiry that reminders go, when
/// KEYDROP_REMINDER_DAYS is not set.
pub const DEFAULT_REMINDER_DAYS: u32 = 3;

/// How long one reading of the gauges `/metrics` takes from the database is served again
/// before a scrape reads anew: the bound on what scrapes cost the database.
pub const METRICS_GAUGES_FRESH_FOR: Duration = Duration::from_secs(5);

/// How often each thing may happen, per key (account, submitted address, API token).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Sign-in links mailed per account (KEYDROP_LIMIT_SIGN_IN_ACCOUNT).
    pub sign_in_per_account: RateLimit,
    /// Sign-in requests per submitted username or address, whether or not it names an
    /// account (KEYDROP_LIMIT_SIGN_IN_ADDRESS).
    pub sign_in_per_address: RateLimit,
    /// Wrong second-factor codes per admin account before its admin area locks
    /// (KEYDROP_LIMIT_TOTP).
    pub wrong_totp: RateLimit,
    /// How long the admin area stays locked after too many wrong codes (KEYDROP_ADMIN_LOCK).
    pub admin_lock: Duration,
    /// Claims per account (KEYDROP_LIMIT_CLAIMS).
    pub claims: RateLimit,
    /// API calls per token (KEYDROP_LIMIT_API).
    pub api_calls: RateLimit,
    /// Scrapes of `/metrics`, counted apart for the right token and for wrong ones, so that
    /// guessing cannot starve the scraper (KEYDROP_LIMIT_METRICS).
    pub metrics_scrapes: RateLimit,
}

impl Default for Limits {
    fn default() -> Self {
        let minutes = |m: u64| Duration::from_secs(m * 60);
        Limits {
            sign_in_per_account: RateLimit::new(5, minutes(60)),
            sign_in_per_address: RateLimit::new(5, minutes(15)),
            wrong_totp: RateLimit::new(5, minutes(15)),
            admin_lock: minutes(15),
            claims: RateLimit::new(20, minutes(10)),
            api_calls: RateLimit::new(120, minutes(1)),
            metrics_scrapes: RateLimit::new(60, minutes(1)),
        }
    }
}

/// What a connection may take: see `server::serve_http`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HttpLimits {
    /// The time a client has to send a request's headers, counted from the moment the
    /// connection opens or the previous answer ends: so also how long an idle keep-alive
    /// connection stays open (KEYDROP_HEADER_TIMEOUT).
    pub header_timeout: Duration,
    /// The time a request body may take to arrive whole, and the longest pause within an
    /// upload (KEYDROP_BODY_TIMEOUT).
    pub body_timeout: Duration,
    /// The time an upload's body (batch files, vendor reports, the API) may take to arrive
    /// whole (KEYDROP_UPLOAD_TIMEOUT).
    pub upload_timeout: Duration,
    /// Connections open at once; more wait to be accepted (KEYDROP_MAX_CONNECTIONS).
    pub max_connections: usize,
}

impl Default for HttpLimits {
    fn default() -> Self {
        HttpLimits {
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(20),
            upload_timeout: Duration::from_secs(10 * 60),
            max_connections: 4096,
        }
    }
}

/// The value of setting `name`, unless unset or blank.
fn setting(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

/// Setting `name` read by `parse`, or `default` when unset; a bad value is an error naming it.
fn read_setting<T, E: std::fmt::Display>(
    name: &str,
    default: T,
    parse: impl Fn(&str) -> Result<T, E>,
) -> anyhow::Result<T> {
    match setting(name) {
        None => Ok(default),
        Some(value) => parse(&value).map_err(|e| anyhow::anyhow!("{name}: {e}")),
    }
}

impl Limits {
    /// The limits from KEYDROP_LIMIT_* and KEYDROP_ADMIN_LOCK, or their defaults.
    pub fn from_env() -> anyhow::Result<Limits> {
        let d = Limits::default();
        let rate = |name: &str, default: RateLimit| read_setting(name, default, str::parse::<RateLimit>);
        Ok(Limits {
            sign_in_per_account: rate("KEYDROP_LIMIT_SIGN_IN_ACCOUNT", d.sign_in_per_account)?,
            sign_in_per_address: rate("KEYDROP_LIMIT_SIGN_IN_ADDRESS", d.sign_in_per_address)?,
            wrong_totp: rate("KEYDROP_LIMIT_TOTP", d.wrong_totp)?,
            admin_lock: read_setting("KEYDROP_ADMIN_LOCK", d.admin_lock, parse_duration)?,
            claims: rate("KEYDROP_LIMIT_CLAIMS", d.claims)?,
            api_calls: rate("KEYDROP_LIMIT_API", d.api_calls)?,
            metrics_scrapes: rate("KEYDROP_LIMIT_METRICS", d.metrics_scrapes)?,
        })
    }
}

impl HttpLimits {
    /// The limits from KEYDROP_HEADER_TIMEOUT, KEYDROP_BODY_TIMEOUT, KEYDROP_UPLOAD_TIMEOUT
    /// and KEYDROP_MAX_CONNECTIONS, or their defaults.
    pub fn from_env() -> anyhow::Result<HttpLimits> {
        let d = HttpLimits::default();
        let positive = |text: &str| match text.trim().parse::<usize>() {
            Ok(n) if n > 0 => Ok(n),
            _ => Err(format!("{text:?} is not a whole number above 0")),
        };
        Ok(HttpLimits {
            header_timeout: read_setting("KEYDROP_HEADER_TIMEOUT", d.header_timeout, parse_duration)?,
            body_timeout: read_setting("KEYDROP_BODY_TIMEOUT", d.body_timeout, parse_duration)?,
            upload_timeout: read_setting("KEYDROP_UPLOAD_TIMEOUT", d.upload_timeout, parse_duration)?,
            max_connections: read_setting("KEYDROP_MAX_CONNECTIONS", d.max_connections, positive)?,
        })
    }
}

/// A support address as pages link to it: an http(s) page or a `mailto:` address.
pub fn support_url(text: &str) -> Result<String, String> {
    let url = Url::parse(text.trim()).map_err(|e| format!("{text:?} is not a URL: {e}"))?;
    match url.scheme() {
        "http" | "https" | "mailto" => Ok(url.to_string()),
        other => Err(format!(
            "{text:?} is a {other}: URL; give an https:// page or a mailto: address"
        )),
    }
}

impl Config {
    /// Settings for a service on `database_url` reached at `base_url`, the rest from the
    /// environment or their defaults. A setting that does not read is an error naming it.
    pub fn from_env(database_url: &str, base_url: Url) -> anyhow::Result<Config> {
        let hours = |h: u64| Duration::from_secs(h * 3600);
        Ok(Config {
            database_url: database_url.to_string(),
            base_url,
            smtp_url: setting("KEYDROP_SMTP_URL"),
            mail_from: setting("KEYDROP_MAIL_FROM").unwrap_or_else(|| DEFAULT_MAIL_FROM.to_string()),
            login_link_ttl: Duration::from_secs(15 * 60),
            session_ttl: read_setting("KEYDROP_SESSION_LIFETIME", hours(24), parse_duration)?,
            session_idle: read_setting("KEYDROP_SESSION_IDLE", hours(2), parse_duration)?,
            admin_reauth_after: read_setting("KEYDROP_ADMIN_REAUTH", hours(1), parse_duration)?,
            limits: Limits::from_env()?,
            http: HttpLimits::from_env()?,
            stripe: crate::stripe::StripeConfig::from_env(),
            secret_key: setting("KEYDROP_SECRET_KEY"),
            stripe_publish_every: Some(Duration::from_secs(5)),
            mail: MailSettings::from_env()?,
            metrics_token: setting("KEYDROP_METRICS_TOKEN").map(|token| token.trim().to_string()),
            metrics_gauges_fresh_for: METRICS_GAUGES_FRESH_FOR,
            admin_require_security_key: read_setting(
                "KEYDROP_ADMIN_REQUIRE_SECURITY_KEY",
                false,
                parse_switch,
            )?,
            registry: RegistrySettings::from_env()?,
            support_url: read_setting("KEYDROP_SUPPORT_URL", None, |text| support_url(text).map(Some))?,
        })
    }

    /// The base URL from KEYDROP_BASE_URL, or `http://<bind address>`.
    pub fn base_url_for(bind: &str) -> anyhow::Result<Url> {
        let raw = setting("KEYDROP_BASE_URL");
        let url = match raw {
            Some(raw) => Url::parse(raw.trim())
                .map_err(|e| anyhow::anyhow!("KEYDROP_BASE_URL {raw:?} is not a URL: {e}"))?,
            None => Url::parse(&format!("http://{bind}"))?,
        };
        anyhow::ensure!(
            matches!(url.scheme(), "http" | "https"),
            "KEYDROP_BASE_URL must be an http or https URL"
        );
        Ok(url)
    }

    /// Cookies carry the Secure flag when users reach the service over https.
    pub fn secure_cookies(&self) -> bool {
        self.base_url.scheme() == "https"
    }

    /// An absolute URL for a path of the service.
    pub fn absolute(&self, path: &str) -> String {
        format!("{}{}", self.base_url.as_str().trim_end_matches('/'), path)
    }
}
