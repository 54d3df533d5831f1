//! `keydrop login-link USERNAME`: a fresh one-time sign-in link, alone on standard output.

use clap::Args;

use super::{CliResult, Context};
use crate::config::Config;

#[derive(Debug, Args)]
pub struct LoginLinkArgs {
    username: String,
    /// The address users reach the service at; the link starts with it.
    #[arg(long, env = "KEYDROP_BASE_URL", default_value = "http://127.0.0.1:8080")]
    base_url: String,
}

pub(super) async fn run(ctx: &Context, args: &LoginLinkArgs) -> CliResult {
    let base_url = url::Url::parse(&args.base_url)
        .map_err(|e| anyhow::anyhow!("--base-url {:?}: {e}", args.base_url))?;
    let config = Config::from_env(&ctx.database_url, base_url)?;
    let user = ctx
        .store
        .user_by_username(&args.username)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no user named {:?}", args.username))?;
    let link = crate::signin::issue_login_link(&ctx.store, &config, ctx.clock.unix(), user.id).await?;
    println!("{link}");
    Ok(())
}
