//! The command line: the service (`serve`, `demo`) and the operator's tools.
//!
//! One file per command group, each with its arguments and its `run`: [`serve`] (serve and
//! demo), [`registry`], [`campaign`], [`codes`], [`offer`], [`admin`], [`stripe`], [`stats`],
//! [`login_link`], [`notify`], [`mail`] and [`sessions`]. This file holds the top-level command,
//! connects the store once, and hands each command to its group.

use std::path::Path;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::clock::Clock;
use crate::config;
use crate::store::{Campaign, Store};

mod admin;
mod campaign;
mod codes;
mod login_link;
mod mail;
mod notify;
mod offer;
mod phase;
mod registry;
mod serve;
mod sessions;
mod stats;
mod stripe;

/// keydrop: hardware security keys for the maintainers of a registry's critical projects.
#[derive(Debug, Parser)]
#[command(name = "keydrop", version, about)]
pub struct Cli {
    /// Database: sqlite:PATH (created if missing) or postgres://...
    #[arg(long, global = true, env = "KEYDROP_DATABASE_URL", default_value = config::DEFAULT_DATABASE_URL)]
    database_url: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the web service.
    Serve(serve::ServeArgs),
    /// Run the service on a fresh demo database (./keydrop-demo.db, replaced each run) loaded
    /// from seed-data/, with a campaign open today.
    Demo(serve::ServeArgs),
    /// The registry's projects, users and roles.
    #[command(subcommand)]
    Registry(registry::RegistryCommand),
    /// Giveaway campaigns.
    #[command(subcommand)]
    Campaign(campaign::CampaignCommand),
    /// Code batches and redemptions.
    #[command(subcommand)]
    Codes(codes::CodesCommand),
    /// The kinds of key a campaign offers.
    #[command(subcommand)]
    Offer(offer::OfferCommand),
    /// Admin accounts and API tokens.
    #[command(subcommand)]
    Admin(admin::AdminCommand),
    /// Stripe fulfilment (needs STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET).
    #[command(subcommand)]
    Stripe(stripe::StripeCommand),
    /// Print counts per campaign, batch and country.
    Stats(stats::StatsArgs),
    /// Print a fresh one-time sign-in link for a user, alone on stdout.
    LoginLink(login_link::LoginLinkArgs),
    /// Queue a campaign's invitation for every eligible maintainer not invited yet.
    Notify(notify::NotifyArgs),
    /// The mail outbox.
    #[command(subcommand)]
    Mail(mail::MailCommand),
    /// Users' sessions.
    #[command(subcommand)]
    Sessions(sessions::SessionsCommand),
}

/// A failure to report to the operator: the message, then the exit status 1.
type CliResult = anyhow::Result<()>;

/// What every command runs with: the store (connected once), the clock, and the database
/// URL it was connected with.
struct Context {
    store: Store,
    clock: Clock,
    database_url: String,
}

impl Context {
    /// Who the audit log names for command-line actions: the operating-system user and the
    /// machine, e.g. `command line (ops@keys-1)`.
    fn actor(&self) -> String {
        let user = ["USER", "LOGNAME", "USERNAME"]
            .into_iter()
            .find_map(|name| std::env::var(name).ok());
        let host = std::env::var("HOSTNAME")
            .ok()
            .or_else(|| std::fs::read_to_string("/proc/sys/kernel/hostname").ok());
        cli_actor(user.as_deref(), host.as_deref())
    }

    /// The campaign named `name`, or the error saying there is none.
    async fn campaign_named(&self, name: &str) -> anyhow::Result<Campaign> {
        self.store
            .campaign_by_name(name)
            .await?
            .ok_or_else(|| anyhow::anyhow!("no campaign named {name:?}"))
    }

    /// The id of the campaign named `name`, when one is named.
    async fn campaign_id(&self, name: Option<&str>) -> anyhow::Result<Option<i64>> {
        Ok(match name {
            Some(name) => Some(self.campaign_named(name).await?.id),
            None => None,
        })
    }
}

/// Opens a file the operator named, saying which when it cannot.
fn open_file(path: &Path) -> anyhow::Result<std::fs::File> {
    std::fs::File::open(path).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))
}

/// Parses the command line, runs the command and answers the exit status.
pub async fn main() -> ExitCode {
    let cli = Cli::parse();
    let long_running = matches!(cli.command, Command::Serve(_) | Command::Demo(_));
    init_logging(if long_running { "info" } else { "warn" });
    match run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn init_logging(default_level: &str) {
    let filter = std::env::var("KEYDROP_LOG").unwrap_or_else(|_| format!("{default_level},sqlx=warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_new(&filter).unwrap_or_else(|_| default_level.into()),
        )
        .with_writer(std::io::stderr)
        .try_init();
}

async fn run(cli: Cli) -> CliResult {
    // The demo runs on a database file of its own, made afresh.
    let database_url = match cli.command {
        Command::Demo(_) => serve::fresh_demo_database()?,
        _ => cli.database_url,
    };
    let ctx = Context {
        store: Store::connect(&database_url).await?,
        clock: Clock::default(),
        database_url,
    };
    match cli.command {
        Command::Serve(args) => serve::serve(&ctx, &args).await,
        Command::Demo(args) => serve::demo(&ctx, &args).await,
        Command::Registry(command) => registry::run(&ctx, command).await,
        Command::Campaign(command) => campaign::run(&ctx, command).await,
        Command::Codes(command) => codes::run(&ctx, command).await,
        Command::Offer(command) => offer::run(&ctx, command).await,
        Command::Admin(command) => admin::run(&ctx, command).await,
        Command::Stripe(command) => stripe::run(&ctx, command).await,
        Command::Stats(args) => stats::run(&ctx, &args).await,
        Command::LoginLink(args) => login_link::run(&ctx, &args).await,
        Command::Notify(args) => notify::run(&ctx, &args).await,
        Command::Mail(command) => mail::run(&ctx, command).await,
        Command::Sessions(command) => sessions::run(&ctx, command).await,
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn every_group_parses_its_commands() {
        for args in [
            &["keydrop", "serve", "--bind", "127.0.0.1:0"][..],
            &["keydrop", "demo"],
            &[
                "keydrop",
                "registry",
                "import",
                "--projects",
                "p",
                "--users",
                "u",
                "--roles",
                "r",
            ],
            &["keydrop", "campaign", "close", "C"],
            &[
                "keydrop",
                "codes",
                "import",
                "f",
                "--campaign",
                "C",
                "--expires",
                "2030-01-01",
            ],
            &[
                "keydrop",
                "codes",
                "generate",
                "--count",
                "3",
                "--campaign",
                "C",
                "--expires",
                "2030-01-01",
            ],
            &["keydrop", "admin", "token", "list"],
            &["keydrop", "stripe", "sync"],
            &["keydrop", "stats", "--campaign", "C"],
            &["keydrop", "login-link", "alice"],
            &["keydrop", "notify", "--campaign", "C"],
            &["keydrop", "mail", "status"],
            &["keydrop", "mail", "retry"],
            &["keydrop", "sessions", "revoke", "alice"],
        ] {
            Cli::try_parse_from(args).unwrap_or_else(|e| panic!("{args:?}: {e}"));
        }
        let err = Cli::try_parse_from(["keydrop", "codes", "import", "f"]).unwrap_err();
        assert_eq!(err.kind(), clap::error::ErrorKind::MissingRequiredArgument);
    }
}

/// How the audit log names a command-line action's author from the operating-system user and
/// host name, either of which may be unknown: never a bare "unknown".
pub fn cli_actor(user: Option<&str>, host: Option<&str>) -> String {
    let known = |v: Option<&str>| v.map(str::trim).filter(|v| !v.is_empty()).map(str::to_string);
    match (known(user), known(host)) {
        (Some(user), Some(host)) => format!("command line ({user}@{host})"),
        (Some(who), None) | (None, Some(who)) => format!("command line ({who})"),
        (None, None) => "command line".to_string(),
    }
}

#[cfg(test)]
mod actor_tests {
    use super::cli_actor;

    #[test]
    fn the_actor_names_what_is_known_of_user_and_host() {
        assert_eq!(
            cli_actor(Some("ops"), Some("keys-1\n")),
            "command line (ops@keys-1)"
        );
        assert_eq!(cli_actor(Some("ops"), None), "command line (ops)");
        assert_eq!(cli_actor(None, Some("keys-1")), "command line (keys-1)");
        assert_eq!(cli_actor(Some(" "), None), "command line");
    }
}
