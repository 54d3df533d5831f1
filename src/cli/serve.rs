//! `keydrop serve` and `keydrop demo`: the web service, on the operator's database or on a
//! fresh demo database loaded with the seed data.

use clap::Args;
use tokio::net::TcpListener;

use super::{CliResult, Context};
use crate::config::{self, Config};
use crate::demo::DEMO_DATABASE_FILE;
use crate::signin::issue_login_link;

/// Where the service listens.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "KEYDROP_BIND", default_value = config::DEFAULT_BIND)]
    bind: String,
}

impl ServeArgs {
    /// The service's settings and its bound listener.
    async fn listen(&self, ctx: &Context) -> anyhow::Result<(Config, TcpListener)> {
        let config = Config::from_env(&ctx.database_url, Config::base_url_for(&self.bind)?)?;
        let listener = TcpListener::bind(&self.bind)
            .await
            .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", self.bind))?;
        Ok((config, listener))
    }
}

/// Runs the service until Ctrl-C or SIGTERM.
pub(super) async fn serve(ctx: &Context, args: &ServeArgs) -> CliResult {
    let (config, listener) = args.listen(ctx).await?;
    tracing::info!(
        "keydrop listening on {} ({} database)",
        config.base_url,
        ctx.store.backend()
    );
    run_server(ctx, config, listener).await
}

async fn run_server(ctx: &Context, config: Config, listener: TcpListener) -> CliResult {
    let state = crate::server::state(ctx.store.clone(), config, ctx.clock.clone())?;
    crate::server::serve(listener, state).await
}

/// Removes the demo database left by an earlier run; answers its URL.
pub(super) fn fresh_demo_database() -> anyhow::Result<String> {
    for suffix in ["", "-wal", "-shm"] {
        let path = format!("{DEMO_DATABASE_FILE}{suffix}");
        match std::fs::remove_file(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => anyhow::bail!("cannot replace {path}: {e}"),
        }
    }
    Ok(format!("sqlite://{DEMO_DATABASE_FILE}"))
}

/// Loads the seed data into the (fresh) demo database, prints the address and a sign-in
/// link of an eligible and of an ineligible maintainer, and serves until stopped.
pub(super) async fn demo(ctx: &Context, args: &ServeArgs) -> CliResult {
    let (eligible, ineligible) = crate::demo::load(&ctx.store, &ctx.clock).await?;
    let (config, listener) = args.listen(ctx).await?;
    let now = ctx.clock.unix();
    println!("keydrop demo: {}", config.base_url);
    for (what, (username, user_id)) in [("eligible", eligible), ("ineligible", ineligible)] {
        let link = issue_login_link(&ctx.store, &config, now, user_id).await?;
        println!("{what} maintainer {username}: {link}");
    }
    println!(
        "(links work once, for 15 minutes; a fresh one: keydrop login-link USERNAME --database-url {} --base-url {})",
        ctx.database_url,
        config.base_url.as_str().trim_end_matches('/')
    );
    run_server(ctx, config, listener).await
}
