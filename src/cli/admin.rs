//! `keydrop admin ...`: admin accounts and the admin API's bearer tokens.

use clap::Subcommand;

use super::{CliResult, Context};

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Make a user an admin (they sign in as usual, then set up TOTP on first entry).
    Add { username: String },
    /// Take the admin role from a user.
    Remove { username: String },
    /// Bearer tokens of the admin API.
    #[command(subcommand)]
    Token(TokenCommand),
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Create a token and print it, alone on stdout (it is stored hashed: keep it).
    Create {
        #[arg(long)]
        name: String,
    },
    /// List tokens (never their secrets).
    List,
    /// Revoke a token by its id.
    Revoke { id: i64 },
}

pub(super) async fn run(ctx: &Context, command: AdminCommand) -> CliResult {
    let (store, now, actor) = (&ctx.store, ctx.clock.unix(), ctx.actor());
    match command {
        AdminCommand::Add { username } => {
            anyhow::ensure!(
                store.set_admin(&username, true, now, &actor).await?,
                "no user named {username:?}"
            );
            println!(
                "{username} is an admin; they set up TOTP when they first open {}",
                crate::web::urls::ADMIN
            );
        }
        AdminCommand::Remove { username } => {
            anyhow::ensure!(
                store.set_admin(&username, false, now, &actor).await?,
                "no user named {username:?}"
            );
            println!("{username} is no longer an admin");
        }
        AdminCommand::Token(TokenCommand::Create { name }) => {
            anyhow::ensure!(!name.trim().is_empty(), "--name must not be empty");
            let token = crate::tokens::new_token();
            let id = store
                .create_api_token(name.trim(), &crate::tokens::hash(&token), now, &actor)
                .await?;
            eprintln!("token {id} ({name}) created; it is shown only now:");
            println!("{token}");
        }
        AdminCommand::Token(TokenCommand::List) => {
            let row = |id: &str, name: &str, created: &str, used: &str, revoked: &str| {
                println!("{id:<6} {name:<24} {created:<20} {used:<20} {revoked:<20}")
            };
            row("id", "name", "created", "last used", "revoked");
            let when = |t: Option<i64>| {
                t.and_then(|t| chrono::DateTime::from_timestamp(t, 0))
                    .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
                    .unwrap_or_else(|| "-".into())
            };
            for t in store.api_tokens().await? {
                row(
                    &t.id.to_string(),
                    &t.name,
                    &when(Some(t.created_at)),
                    &when(t.last_used_at),
                    &when(t.revoked_at),
                );
            }
        }
        AdminCommand::Token(TokenCommand::Revoke { id }) => {
            anyhow::ensure!(
                store.revoke_api_token(id, now, &actor).await?,
                "no live token with id {id}"
            );
            println!("token {id} revoked");
        }
    }
    Ok(())
}
