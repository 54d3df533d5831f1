//! `keydrop demo`: the service on a fresh SQLite file loaded with the seed data, with a
//! campaign open on whatever day it runs, and sign-in links printed for two maintainers.

use chrono::Duration;
use tokio::net::TcpListener;

use crate::cli::{BatchArgs, import_batch, registry_import_files};
use crate::clock::Clock;
use crate::config::Config;
use crate::domain::cohort::CohortRule;
use crate::domain::countries::{self};
use crate::signin::issue_login_link;
use crate::store::{NewCampaign, Store};

/// The demo database, replaced on every run.
pub const DEMO_DATABASE_FILE: &str = "keydrop-demo.db";
/// The seed data's projects are the head of PyPI (~15,000 of ~886,000 projects), so the
/// critical set is PyPI's top 1% counted over the whole registry, not 1% of the file.
pub const DEMO_COHORT_SIZE: u64 = 8_860;
const DEMO_CAMPAIGN: &str = "Titan keys for critical projects";

// The seed data ships inside the binary, so the demo runs from any directory.
const PROJECTS: &[u8] = include_bytes!("../seed-data/projects.csv");
const USERS: &[u8] = include_bytes!("../seed-data/users.csv");
const ROLES: &[u8] = include_bytes!("../seed-data/roles.csv");
const CODES_ANY: &[u8] = include_bytes!("../seed-data/codes-any.txt");
const CODES_US: &[u8] = include_bytes!("../seed-data/codes-us.txt");

/// Builds the demo database and serves it on `bind` until stopped.
pub async fn run(bind: &str) -> anyhow::Result<()> {
    for suffix in ["", "-wal", "-shm"] {
        let path = format!("{DEMO_DATABASE_FILE}{suffix}");
        match std::fs::remove_file(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => anyhow::bail!("cannot replace {path}: {e}"),
        }
    }
    let database_url = format!("sqlite://{DEMO_DATABASE_FILE}");
    let store = Store::connect(&database_url).await?;
    let clock = Clock::default();
    let config = Config::from_env(&database_url, Config::base_url_for(bind)?);
    let (eligible, ineligible) = load(&store, &clock).await?;

    let listener = TcpListener::bind(bind)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {bind}: {e}"))?;
    let now = clock.unix();
    println!("keydrop demo: {}", config.base_url);
    println!(
        "eligible maintainer {}: {}",
        eligible.0,
        issue_login_link(&store, &config, now, eligible.1).await?
    );
    println!(
        "ineligible maintainer {}: {}",
        ineligible.0,
        issue_login_link(&store, &config, now, ineligible.1).await?
    );
    println!(
        "(links work once, for 15 minutes; a fresh one: keydrop login-link USERNAME --database-url {database_url} --base-url {})",
        config.base_url.as_str().trim_end_matches('/')
    );
    crate::server::serve(listener, crate::server::state(store, config, clock)?).await
}

/// Loads the seed data and opens a campaign; answers (username, id) of an eligible and of an
/// ineligible maintainer.
pub async fn load(store: &Store, clock: &Clock) -> anyhow::Result<((String, i64), (String, i64))> {
    registry_import_files(
        store,
        PROJECTS,
        USERS,
        ROLES,
        CohortRule::Size(DEMO_COHORT_SIZE),
        clock,
    )
    .await?;
    let today = clock.today();
    let cutoff = today - Duration::days(90);
    let campaign = NewCampaign {
        name: DEMO_CAMPAIGN.to_string(),
        countries: countries::parse_list(&countries::DEFAULT_CAMPAIGN_COUNTRIES.join(","))?,
        starts_on: today - Duration::days(7),
        ends_on: today + Duration::days(60),
        store_url: Some("https://store.example.com/titan-security-key".to_string()),
        keys_per_code: 2,
        account_cutoff: Some(cutoff),
        allow_key_holders: false,
        ended_message: None,
        fulfilment: crate::store::FULFILMENT_VENDOR.to_string(),
        product_name: None,
        unit_amount: None,
        currency: None,
    };
    store.create_campaign(&campaign, clock.unix(), "demo").await?;
    let batch = |expires_in_days: i64, countries: Option<&str>, label: &str| BatchArgs {
        campaign: DEMO_CAMPAIGN.to_string(),
        expires: today + Duration::days(expires_in_days),
        countries: countries.map(str::to_string),
        label: Some(label.to_string()),
    };
    import_batch(
        store,
        CODES_ANY,
        "codes-any.txt",
        &batch(90, None, "vendor order 1"),
        false,
        clock,
    )
    .await?;
    import_batch(
        store,
        CODES_US,
        "codes-us.txt",
        &batch(75, Some("US"), "vendor order 2 (US only)"),
        false,
        clock,
    )
    .await?;

    let pick = |users: Vec<crate::store::User>, what: &str| {
        users
            .into_iter()
            .next()
            .map(|u| (u.username, u.id))
            .ok_or_else(|| anyhow::anyhow!("the seed data has no {what} maintainer"))
    };
    let eligible = pick(store.sample_users(true, false, cutoff, 1).await?, "eligible")?;
    let ineligible = pick(store.sample_users(false, false, cutoff, 1).await?, "ineligible")?;
    Ok((eligible, ineligible))
}
