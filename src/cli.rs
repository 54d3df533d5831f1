//! The command line: the service (`serve`, `demo`) and the operator's tools.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};
use tokio::net::TcpListener;

use crate::batches::{BatchOptions, new_batch};
use crate::clock::Clock;
use crate::config::{self, Config};
use crate::domain::batch_file::{self, BatchCheck};
use crate::domain::code_format;
use crate::domain::cohort::CohortRule;
use crate::domain::countries::{self, Country};
use crate::domain::{registry_files, vendor_report};
use crate::store::{Campaign, CampaignProblem, NewBatch, NewCampaign, Purge, Store};

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
    Serve {
        /// Address to listen on.
        #[arg(long, env = "KEYDROP_BIND", default_value = config::DEFAULT_BIND)]
        bind: String,
    },
    /// Run the service on a fresh demo database (./keydrop-demo.db, replaced each run) loaded
    /// from seed-data/, with a campaign open today.
    Demo {
        /// Address to listen on.
        #[arg(long, env = "KEYDROP_BIND", default_value = config::DEFAULT_BIND)]
        bind: String,
    },
    /// The registry's projects, users and roles.
    #[command(subcommand)]
    Registry(RegistryCommand),
    /// Giveaway campaigns.
    #[command(subcommand)]
    Campaign(CampaignCommand),
    /// Code batches and redemptions.
    #[command(subcommand)]
    Codes(CodesCommand),
    /// Admin accounts and API tokens.
    #[command(subcommand)]
    Admin(AdminCommand),
    /// Stripe fulfilment (needs STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET).
    #[command(subcommand)]
    Stripe(StripeCommand),
    /// Print counts per campaign, batch and country.
    Stats {
        /// Only this campaign.
        #[arg(long)]
        campaign: Option<String>,
    },
    /// Print a fresh one-time sign-in link for a user, alone on stdout.
    LoginLink {
        username: String,
        /// The address users reach the service at; the link starts with it.
        #[arg(long, env = "KEYDROP_BASE_URL", default_value = "http://127.0.0.1:8080")]
        base_url: String,
    },
}

#[derive(Debug, Subcommand)]
enum StripeCommand {
    /// Publish every promotion code not yet published (failed ones at once, without waiting
    /// for their backoff), deactivate those of revoked codes, and take redemptions Stripe
    /// counted for codes keydrop still shows as assigned.
    Sync {
        /// Only this campaign.
        #[arg(long)]
        campaign: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
enum AdminCommand {
    /// Make a user an admin (they sign in as usual, then set up TOTP on first entry).
    Add { username: String },
    /// Take the admin role from a user.
    Remove { username: String },
    /// Bearer tokens of the admin API.
    #[command(subcommand)]
    Token(TokenCommand),
}

#[derive(Debug, Subcommand)]
enum TokenCommand {
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

#[derive(Debug, Subcommand)]
enum RegistryCommand {
    /// Import (or re-import) projects, users and roles, and mark the critical projects.
    Import(RegistryImport),
}

#[derive(Debug, Args)]
struct RegistryImport {
    /// CSV: name,downloads
    #[arg(long)]
    projects: PathBuf,
    /// CSV: username,email,date_joined,has_totp,has_webauthn
    #[arg(long)]
    users: PathBuf,
    /// CSV: project,username,role (Owner or Maintainer)
    #[arg(long)]
    roles: PathBuf,
    /// Critical = this top percentage of the imported projects by downloads.
    #[arg(long, default_value_t = 1.0, conflicts_with = "cohort_size")]
    top_percent: f64,
    /// Critical = exactly this many most-downloaded projects (when the import holds only the
    /// head of a larger registry).
    #[arg(long)]
    cohort_size: Option<u64>,
}

#[derive(Debug, Subcommand)]
enum CampaignCommand {
    /// Create a campaign.
    Create(CampaignCreate),
    /// Stop claims at once, whatever the dates say (the kill switch).
    Close { name: String },
    /// Let claims happen again within the campaign's dates.
    Open { name: String },
    /// Store an anonymised archive of a finished campaign (counts per country, day and
    /// batch; no usernames or emails) and print it as JSON.
    Archive { name: String },
    /// Delete an archived campaign's personal data (code holders, and the people named in
    /// its audit entries); the archive survives.
    Purge { name: String },
}

#[derive(Debug, Args)]
struct CampaignCreate {
    #[arg(long)]
    name: String,
    /// Countries the keys ship to, as ISO 3166-1 alpha-2 codes.
    #[arg(long, default_value_t = countries::DEFAULT_CAMPAIGN_COUNTRIES.join(","))]
    countries: String,
    /// First day claims are open (YYYY-MM-DD, UTC).
    #[arg(long)]
    starts: NaiveDate,
    /// Last day claims are open (YYYY-MM-DD, UTC).
    #[arg(long)]
    ends: NaiveDate,
    /// The vendor's store, where codes are redeemed.
    #[arg(long)]
    store_url: Option<String>,
    /// Keys one code pays for.
    #[arg(long, default_value_t = 2)]
    keys_per_code: i64,
    /// Accounts created after this day are not eligible.
    #[arg(long)]
    account_cutoff: Option<NaiveDate>,
    /// Let maintainers who already use a security key claim too.
    #[arg(long)]
    allow_key_holders: bool,
    /// What maintainers read on the giveaway page once the campaign is over.
    #[arg(long)]
    ended_message: Option<String>,
    /// `vendor`: codes are redeemed at the vendor's store; `stripe`: through the service's
    /// Stripe checkout (needs --product-name, --unit-amount and --currency).
    #[arg(long, default_value = "vendor")]
    fulfilment: String,
    /// Stripe: the product's name on the checkout page.
    #[arg(long)]
    product_name: Option<String>,
    /// Stripe: the price of one key, in the currency's smallest unit (e.g. 3000 for $30.00).
    #[arg(long)]
    unit_amount: Option<i64>,
    /// Stripe: the currency, ISO 4217 (e.g. usd).
    #[arg(long)]
    currency: Option<String>,
}

#[derive(Debug, Subcommand)]
enum CodesCommand {
    /// Load a batch of codes: one per line, or CSV with a `code` column.
    Import {
        file: PathBuf,
        #[command(flatten)]
        batch: BatchArgs,
        /// Load the good lines even when some are bad (they are still reported).
        #[arg(long)]
        skip_bad: bool,
    },
    /// Make a batch of codes with the OS's random generator and write it as CSV for the vendor.
    Generate {
        #[arg(long)]
        count: u64,
        #[command(flatten)]
        batch: BatchArgs,
        /// Put this before every code (up to 12 of A-Z and 0-9), e.g. PYPI26.
        #[arg(long, default_value = "")]
        prefix: String,
        /// Where to write the CSV (code,expires_on); standard output when not given.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Import a vendor's redemption report: CSV with `code` and `date` columns.
    Redeemed { file: PathBuf },
}

/// Options of a new batch.
#[derive(Debug, Args)]
pub struct BatchArgs {
    /// The campaign the batch belongs to.
    #[arg(long)]
    pub campaign: String,
    /// Last day the codes can be used (YYYY-MM-DD, UTC).
    #[arg(long)]
    pub expires: NaiveDate,
    /// Only maintainers in these countries receive codes of this batch (default: all of the
    /// campaign's countries).
    #[arg(long)]
    pub countries: Option<String>,
    /// A name for the batch, e.g. the vendor's order number.
    #[arg(long)]
    pub label: Option<String>,
}

/// A failure to report to the operator: the message, then the exit status 1.
type CliResult = anyhow::Result<()>;

/// Parses the command line, runs the command and answers the exit status.
pub async fn main() -> ExitCode {
    let cli = Cli::parse();
    let long_running = matches!(cli.command, Command::Serve { .. } | Command::Demo { .. });
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

/// Who the audit log names for command-line actions.
fn cli_actor() -> String {
    let user = std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .unwrap_or_else(|_| "unknown".into());
    format!("cli ({user})")
}

async fn run(cli: Cli) -> CliResult {
    let clock = Clock::default();
    match cli.command {
        Command::Demo { bind } => crate::demo::run(&bind).await,
        Command::Serve { bind } => {
            let store = Store::connect(&cli.database_url).await?;
            let config = Config::from_env(&cli.database_url, Config::base_url_for(&bind)?);
            let listener = TcpListener::bind(&bind)
                .await
                .map_err(|e| anyhow::anyhow!("cannot listen on {bind}: {e}"))?;
            tracing::info!(
                "keydrop listening on {} ({} database)",
                config.base_url,
                store.backend()
            );
            crate::server::serve(listener, crate::server::state(store, config, clock)?).await
        }
        Command::Registry(RegistryCommand::Import(args)) => {
            let store = Store::connect(&cli.database_url).await?;
            registry_import(&store, &args, &clock).await
        }
        Command::Campaign(command) => {
            let store = Store::connect(&cli.database_url).await?;
            campaign_command(&store, command, &clock).await
        }
        Command::Codes(CodesCommand::Import {
            file,
            batch,
            skip_bad,
        }) => {
            let store = Store::connect(&cli.database_url).await?;
            codes_import(&store, &file, &batch, skip_bad, &clock).await
        }
        Command::Codes(CodesCommand::Generate {
            count,
            batch,
            out,
            prefix,
        }) => {
            let store = Store::connect(&cli.database_url).await?;
            codes_generate(
                &store,
                count,
                &prefix.to_uppercase(),
                &batch,
                out.as_deref(),
                &clock,
            )
            .await
        }
        Command::Codes(CodesCommand::Redeemed { file }) => {
            let store = Store::connect(&cli.database_url).await?;
            codes_redeemed(&store, &file, &clock).await
        }
        Command::Admin(command) => {
            let store = Store::connect(&cli.database_url).await?;
            admin_command(&store, command, &clock).await
        }
        Command::Stripe(StripeCommand::Sync { campaign }) => {
            let store = Store::connect(&cli.database_url).await?;
            stripe_sync(&store, campaign.as_deref(), &clock).await
        }
        Command::Stats { campaign } => {
            let store = Store::connect(&cli.database_url).await?;
            store.expire_codes(clock.today(), clock.unix()).await?;
            print!("{}", stats_report(&store, campaign.as_deref()).await?);
            Ok(())
        }
        Command::LoginLink { username, base_url } => {
            let store = Store::connect(&cli.database_url).await?;
            let base_url =
                url::Url::parse(&base_url).map_err(|e| anyhow::anyhow!("--base-url {base_url:?}: {e}"))?;
            let config = Config::from_env(&cli.database_url, base_url);
            let user = store
                .user_by_username(&username)
                .await?
                .ok_or_else(|| anyhow::anyhow!("no user named {username:?}"))?;
            println!(
                "{}",
                crate::signin::issue_login_link(&store, &config, clock.unix(), user.id).await?
            );
            Ok(())
        }
    }
}

async fn admin_command(store: &Store, command: AdminCommand, clock: &Clock) -> CliResult {
    let (now, actor) = (clock.unix(), cli_actor());
    match command {
        AdminCommand::Add { username } => {
            anyhow::ensure!(
                store.set_admin(&username, true, now, &actor).await?,
                "no user named {username:?}"
            );
            println!("{username} is an admin; they set up TOTP when they first open /admin");
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
            println!(
                "{:<6} {:<24} {:<20} {:<20} {:<20}",
                "id", "name", "created", "last used", "revoked"
            );
            let when = |t: Option<i64>| {
                t.and_then(|t| chrono::DateTime::from_timestamp(t, 0))
                    .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
                    .unwrap_or_else(|| "-".into())
            };
            for t in store.api_tokens().await? {
                println!(
                    "{:<6} {:<24} {:<20} {:<20} {:<20}",
                    t.id,
                    t.name,
                    when(Some(t.created_at)),
                    when(t.last_used_at),
                    when(t.revoked_at)
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

/// The error of a file that was refused: every problem, one per line.
fn nothing_imported(problems: Vec<registry_files::FileProblem>) -> anyhow::Error {
    let lines: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
    anyhow::anyhow!(
        "nothing was imported: {} problems\n{}",
        problems.len(),
        lines.join("\n")
    )
}

fn open(path: &Path) -> anyhow::Result<std::fs::File> {
    std::fs::File::open(path).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))
}

/// Imports the registry's three files; used by the CLI and the demo.
pub async fn registry_import_files(
    store: &Store,
    projects: impl std::io::Read,
    users: impl std::io::Read,
    roles: impl std::io::Read,
    rule: CohortRule,
    clock: &Clock,
) -> anyhow::Result<crate::store::ImportSummary> {
    let export = registry_files::read(projects, users, roles).map_err(nothing_imported)?;
    Ok(store
        .import_registry(&export, rule, clock.unix(), &cli_actor())
        .await?)
}

async fn registry_import(store: &Store, args: &RegistryImport, clock: &Clock) -> CliResult {
    let rule = match args.cohort_size {
        Some(size) => CohortRule::Size(size),
        None => {
            anyhow::ensure!(
                (0.0..=100.0).contains(&args.top_percent),
                "--top-percent must be between 0 and 100"
            );
            CohortRule::TopPercent(args.top_percent)
        }
    };
    let s = registry_import_files(
        store,
        open(&args.projects)?,
        open(&args.users)?,
        open(&args.roles)?,
        rule,
        clock,
    )
    .await?;
    println!(
        "imported {} projects (critical set this time: the top {}; {} newly critical; {} critical in all), {} users ({} new), {} roles",
        s.projects, s.cohort_size, s.newly_critical, s.critical_total, s.users, s.users_added, s.roles
    );
    Ok(())
}

fn parse_countries(list: &str) -> anyhow::Result<Vec<Country>> {
    countries::parse_list(list).map_err(|e| anyhow::anyhow!("countries: {e}"))
}

async fn campaign_command(store: &Store, command: CampaignCommand, clock: &Clock) -> CliResult {
    let campaign_named = |name: String| async move {
        store
            .campaign_by_name(&name)
            .await?
            .ok_or_else(|| anyhow::anyhow!("no campaign named {name:?}"))
    };
    match command {
        CampaignCommand::Create(args) => campaign_create(store, &args, clock).await,
        CampaignCommand::Close { name } => {
            let campaign = campaign_named(name).await?;
            let changed = store
                .set_claims_closed(campaign.id, true, clock.unix(), &cli_actor())
                .await?;
            println!(
                "claims of {:?} are closed{}",
                campaign.name,
                if changed { "" } else { " (they were already)" }
            );
            Ok(())
        }
        CampaignCommand::Open { name } => {
            let campaign = campaign_named(name).await?;
            anyhow::ensure!(
                campaign.purged_at.is_none(),
                "campaign {:?} was purged: it cannot open again",
                campaign.name
            );
            let changed = store
                .set_claims_closed(campaign.id, false, clock.unix(), &cli_actor())
                .await?;
            println!(
                "claims of {:?} are open from {} to {}{}",
                campaign.name,
                campaign.starts_on,
                campaign.ends_on,
                if changed { "" } else { " (they were already)" }
            );
            Ok(())
        }
        CampaignCommand::Archive { name } => {
            let campaign = campaign_named(name).await?;
            // Codes past their expiry are expired first, so they do not count as held.
            store.expire_codes(clock.today(), clock.unix()).await?;
            let (id, archive) =
                crate::lifecycle::archive(store, &campaign, clock.today(), clock.unix(), &cli_actor())
                    .await?
                    .map_err(|refusal| {
                        anyhow::anyhow!("campaign {:?} cannot be archived: {refusal}", campaign.name)
                    })?;
            println!("{}", serde_json::to_string_pretty(&archive)?);
            eprintln!("archived campaign {:?} as archive {id}", campaign.name);
            Ok(())
        }
        CampaignCommand::Purge { name } => {
            let campaign = campaign_named(name).await?;
            store.expire_codes(clock.today(), clock.unix()).await?;
            match store
                .purge_campaign(&campaign, clock.unix(), &cli_actor())
                .await?
            {
                Purge::Done { codes, audit_entries } => {
                    println!(
                        "purged campaign {:?}: {codes} codes forgot their holders, {audit_entries} audit entries anonymised; its archive stays",
                        campaign.name
                    );
                    Ok(())
                }
                Purge::AlreadyPurged => anyhow::bail!("campaign {:?} was purged already", campaign.name),
                Purge::NotArchived => anyhow::bail!(
                    "campaign {:?} has no archive: run `keydrop campaign archive {}` first",
                    campaign.name,
                    campaign.name
                ),
                Purge::CodesHeld(held) => anyhow::bail!(
                    "campaign {:?} cannot be purged: {}",
                    campaign.name,
                    crate::lifecycle::ArchiveRefusal::CodesHeld(held)
                ),
            }
        }
    }
}

async fn campaign_create(store: &Store, args: &CampaignCreate, clock: &Clock) -> CliResult {
    let new = NewCampaign {
        name: args.name.clone(),
        countries: parse_countries(&args.countries)?,
        starts_on: args.starts,
        ends_on: args.ends,
        store_url: args.store_url.clone(),
        keys_per_code: args.keys_per_code,
        account_cutoff: args.account_cutoff,
        allow_key_holders: args.allow_key_holders,
        ended_message: args.ended_message.clone(),
        fulfilment: args.fulfilment.clone(),
        product_name: args.product_name.clone(),
        unit_amount: args.unit_amount,
        currency: args.currency.clone(),
    }
    .tidied();
    let problems = new.problems();
    if !problems.is_empty() {
        let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
        anyhow::bail!("campaign not created: {}", list.join("; "));
    }
    let campaign = store
        .create_campaign(&new, clock.unix(), &cli_actor())
        .await?
        .ok_or_else(|| anyhow::anyhow!("{}", CampaignProblem::NameTaken(new.name.clone())))?;
    println!(
        "created campaign {:?}: open {} to {}, shipping to {}",
        campaign.name, campaign.starts_on, campaign.ends_on, campaign.countries
    );
    Ok(())
}

/// Checks the batch options (see [`crate::batches::new_batch`]).
async fn batch_for(
    store: &Store,
    args: &BatchArgs,
    source: &'static str,
    clock: &Clock,
) -> anyhow::Result<(Campaign, NewBatch)> {
    let options = BatchOptions {
        campaign: &args.campaign,
        expires_on: args.expires,
        countries: args.countries.as_deref(),
        label: args.label.as_deref(),
        source,
        created_by: cli_actor(),
    };
    Ok(new_batch(store, options, clock.today()).await??)
}

/// The report of a batch file's bad lines, one per line.
fn bad_lines_report(check: &BatchCheck) -> String {
    check
        .bad
        .iter()
        .map(|bad| format!("  line {}: {}\n", bad.line, bad.problem))
        .collect()
}

async fn codes_import(
    store: &Store,
    file: &Path,
    args: &BatchArgs,
    skip_bad: bool,
    clock: &Clock,
) -> CliResult {
    let reader = open(file)?;
    import_batch(store, reader, &file.display().to_string(), args, skip_bad, clock).await
}

/// Checks and loads a batch file; used by the CLI and the demo.
pub async fn import_batch(
    store: &Store,
    reader: impl std::io::Read,
    name: &str,
    args: &BatchArgs,
    skip_bad: bool,
    clock: &Clock,
) -> CliResult {
    let (campaign, new) = batch_for(store, args, "imported", clock).await?;
    let check = batch_file::check(reader).map_err(|e| anyhow::anyhow!("cannot read {name}: {e}"))?;
    let entries = check.entries;
    let load = store.load_batch(&new, check, skip_bad, clock.unix()).await?;
    let report = bad_lines_report(&load.check);
    match load.batch_id {
        Some(batch_id) => {
            println!(
                "loaded {} of {entries} codes into campaign {:?} as batch {batch_id}",
                load.loaded, campaign.name
            );
            if !report.is_empty() {
                eprint!("skipped {} bad lines:\n{report}", load.check.bad.len());
            }
            Ok(())
        }
        None if report.is_empty() => anyhow::bail!("nothing was loaded: {name} holds no codes"),
        None => anyhow::bail!(
            "nothing was loaded: {} of {entries} lines are bad{}\n{}",
            load.check.bad.len(),
            if skip_bad {
                ""
            } else {
                " (fix them, or load the good lines with --skip-bad)"
            },
            report.trim_end()
        ),
    }
}

async fn codes_generate(
    store: &Store,
    count: u64,
    prefix: &str,
    args: &BatchArgs,
    out: Option<&Path>,
    clock: &Clock,
) -> CliResult {
    anyhow::ensure!(
        (1..=10_000_000).contains(&count),
        "--count must be between 1 and 10000000"
    );
    let (campaign, new) = batch_for(store, args, "generated", clock).await?;
    anyhow::ensure!(
        code_format::is_valid_prefix(prefix),
        "--prefix must be at most {} letters A-Z and digits",
        code_format::MAX_PREFIX_LEN
    );
    let load = crate::batches::generate(store, &new, count, prefix, clock.unix()).await?;
    let batch_id = load.batch_id.ok_or_else(|| {
        anyhow::anyhow!(
            "a generated code collided with a loaded one; nothing was loaded, run the command again"
        )
    })?;
    let mut writer: Box<dyn std::io::Write> = match out {
        Some(path) => Box::new(
            std::fs::File::create(path)
                .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?,
        ),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut csv = csv::Writer::from_writer(&mut writer);
    csv.write_record(["code", "expires_on"])?;
    for good in &load.check.good {
        csv.write_record([good.code.as_str(), &new.expires_on.to_string()])?;
    }
    csv.flush()?;
    drop(csv);
    eprintln!(
        "generated {} codes into campaign {:?} as batch {batch_id}",
        load.loaded, campaign.name
    );
    Ok(())
}

async fn codes_redeemed(store: &Store, file: &Path, clock: &Clock) -> CliResult {
    let rows = vendor_report::read(open(file)?).map_err(nothing_imported)?;
    let report = store
        .import_vendor_redemptions(&rows, clock.unix(), &cli_actor())
        .await?;
    println!(
        "{} codes marked redeemed, {} already redeemed (confirmed)",
        report.marked, report.confirmed
    );
    let list = |title: &str, rows: &[(u64, String)]| {
        if !rows.is_empty() {
            println!("{title}: {}", rows.len());
            for (line, code) in rows {
                println!("  line {line}: {code}");
            }
        }
    };
    list("unknown codes (not loaded in keydrop)", &report.unknown);
    list(
        "codes never handed out by keydrop (now marked redeemed so nobody receives them)",
        &report.never_assigned,
    );
    list("revoked codes (left revoked)", &report.revoked);
    Ok(())
}

async fn stripe_sync(store: &Store, campaign: Option<&str>, clock: &Clock) -> CliResult {
    use crate::stripe::publisher::{self, ROUND_SIZE, RoundReport, RoundScope};
    let config = crate::stripe::StripeConfig::from_env().ok_or_else(|| {
        anyhow::anyhow!("Stripe is not set up: set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET")
    })?;
    let stripe = crate::stripe::Stripe::connect(&config)?;
    let campaign_id = match campaign {
        Some(name) => Some(
            store
                .campaign_by_name(name)
                .await?
                .ok_or_else(|| anyhow::anyhow!("no campaign named {name:?}"))?
                .id,
        ),
        None => None,
    };
    let mut total = RoundReport::default();
    let mut retry_now = true;
    loop {
        let scope = RoundScope {
            campaign_id,
            retry_now,
        };
        let round = publisher::run_round(store, stripe.api.as_ref(), clock.unix(), scope).await?;
        total.coupons += round.coupons;
        total.queued += round.queued;
        total.published += round.published;
        total.failed += round.failed;
        total.deactivated += round.deactivated;
        // A full round may have left more behind; failed ones wait for their backoff now.
        if round.published + round.failed < ROUND_SIZE as u64 {
            break;
        }
        retry_now = false;
    }
    let redeemed = publisher::reconcile(store, stripe.api.as_ref(), clock.unix(), campaign_id).await?;
    println!(
        "{} coupons made, {} promotion codes published, {} failed (retried later), {} deactivated, {} codes found redeemed in Stripe",
        total.coupons, total.published, total.failed, total.deactivated, redeemed
    );
    anyhow::ensure!(
        total.failed == 0,
        "{} promotion codes could not be published: see the admin pages for the reasons",
        total.failed
    );
    Ok(())
}

/// The `stats` report as text.
pub async fn stats_report(store: &Store, only: Option<&str>) -> anyhow::Result<String> {
    use std::fmt::Write;
    let campaigns: Vec<Campaign> = match only {
        Some(name) => vec![
            store
                .campaign_by_name(name)
                .await?
                .ok_or_else(|| anyhow::anyhow!("no campaign named {name:?}"))?,
        ],
        None => store.campaigns().await?,
    };
    let mut out = String::new();
    if campaigns.is_empty() {
        out.push_str("no campaigns\n");
    }
    for campaign in &campaigns {
        let stats = store.campaign_stats(campaign).await?;
        let t = stats.totals();
        writeln!(
            out,
            "campaign {}: {} to {}, countries {}",
            campaign.name, campaign.starts_on, campaign.ends_on, campaign.countries
        )?;
        writeln!(
            out,
            "  codes {}: available {}, assigned {}, redeemed {}, expired {}, revoked {}",
            t.total, t.available, t.assigned, t.redeemed, t.expired, t.revoked
        )?;
        writeln!(
            out,
            "  {:<8} {:<20} {:<11} {:<14} {:>8} {:>9} {:>8} {:>8} {:>8} {:>8}",
            "batch",
            "label",
            "expires",
            "countries",
            "codes",
            "available",
            "assigned",
            "redeemed",
            "expired",
            "revoked"
        )?;
        for b in &stats.batches {
            writeln!(
                out,
                "  {:<8} {:<20} {:<11} {:<14} {:>8} {:>9} {:>8} {:>8} {:>8} {:>8}",
                b.batch_id,
                b.label.as_deref().unwrap_or("-"),
                b.expires_on.to_string(),
                if b.countries.is_empty() {
                    "all"
                } else {
                    &b.countries
                },
                b.total,
                b.available,
                b.assigned,
                b.redeemed,
                b.expired,
                b.revoked
            )?;
        }
        writeln!(out, "  {:<8} {:>8} {:>9}", "country", "claimed", "redeemed")?;
        for c in &stats.countries {
            writeln!(out, "  {:<8} {:>8} {:>9}", c.country, c.claimed, c.redeemed)?;
        }
    }
    Ok(out)
}
