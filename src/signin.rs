//! Sign-in links, shared by the sign-in page and `keydrop login-link`.

use crate::config::Config;
use crate::store::Store;
use crate::tokens;
use crate::web::urls;

/// Makes a one-time sign-in link for a user: stores its token's hash (never the token) and
/// answers the full URL, valid for the configured time.
pub async fn issue_login_link(
    store: &Store,
    config: &Config,
    now: i64,
    user_id: i64,
) -> anyhow::Result<String> {
    let token = tokens::new_token();
    let expires_at = now + config.login_link_ttl.as_secs() as i64;
    store
        .create_login_token(&tokens::hash(&token), user_id, now, expires_at)
        .await?;
    Ok(config.absolute(&urls::login_link(&token)))
}
