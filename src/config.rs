//! Settings, read from `KEYDROP_*` environment variables (or the matching command-line flags).

use std::time::Duration;

use url::Url;

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
    /// How long a session lasts.
    pub session_ttl: Duration,
    /// Stripe, from STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET and STRIPE_API_BASE.
    pub stripe: Option<crate::stripe::StripeConfig>,
    /// KEYDROP_SECRET_KEY: 64 hex characters, the key secrets at rest are sealed with (see
    /// [`crate::secrets`]). `serve` refuses to start without it; `demo` makes one.
    pub secret_key: Option<String>,
    /// How often the server publishes promotion codes to Stripe; `None`: never (tests run the
    /// rounds themselves).
    pub stripe_publish_every: Option<Duration>,
}

/// The database used when none is named.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://keydrop.db";
/// The address `serve` and `demo` listen on when none is named.
pub const DEFAULT_BIND: &str = "127.0.0.1:8080";
/// The From address when KEYDROP_MAIL_FROM is not set.
pub const DEFAULT_MAIL_FROM: &str = "keydrop <keydrop@localhost>";

impl Config {
    /// Settings for a service on `database_url` reached at `base_url`, the rest from the
    /// environment or their defaults.
    pub fn from_env(database_url: &str, base_url: Url) -> Config {
        let non_empty = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        Config {
            database_url: database_url.to_string(),
            base_url,
            smtp_url: non_empty("KEYDROP_SMTP_URL"),
            mail_from: non_empty("KEYDROP_MAIL_FROM").unwrap_or_else(|| DEFAULT_MAIL_FROM.to_string()),
            login_link_ttl: Duration::from_secs(15 * 60),
            session_ttl: Duration::from_secs(7 * 24 * 3600),
            stripe: crate::stripe::StripeConfig::from_env(),
            secret_key: non_empty("KEYDROP_SECRET_KEY"),
            stripe_publish_every: Some(Duration::from_secs(5)),
        }
    }

    /// The base URL from KEYDROP_BASE_URL, or `http://<bind address>`.
    pub fn base_url_for(bind: &str) -> anyhow::Result<Url> {
        let raw = std::env::var("KEYDROP_BASE_URL")
            .ok()
            .filter(|v| !v.trim().is_empty());
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
