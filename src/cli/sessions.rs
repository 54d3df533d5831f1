//! `keydrop sessions revoke USERNAME`: signs a person out everywhere.

use clap::Subcommand;

use super::{CliResult, Context};

#[derive(Debug, Subcommand)]
pub enum SessionsCommand {
    /// End every session of a user, on every device, and their unused sign-in links
    /// (audited).
    Revoke { username: String },
}

pub(super) async fn run(ctx: &Context, command: SessionsCommand) -> CliResult {
    match command {
        SessionsCommand::Revoke { username } => {
            let ended = ctx
                .store
                .revoke_sessions(&username, ctx.clock.unix(), &ctx.actor())
                .await?
                .ok_or_else(|| anyhow::anyhow!("no user named {username:?}"))?;
            println!("{username} is signed out everywhere ({ended} sessions ended)");
        }
    }
    Ok(())
}
