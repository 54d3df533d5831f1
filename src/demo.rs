//! The demo's data: the seed data (PyPI's real download ranks, made-up maintainers) loaded
//! through the same import and batch-load paths operators use, with a campaign open on
//! whatever day it runs. `keydrop demo` (see [`crate::cli`]) serves it.

use chrono::Duration;

use crate::batches::{self, BatchOptions, new_batch};
use crate::clock::Clock;
use crate::domain::cohort::CohortRule;
use crate::domain::countries;
use crate::store::{NewCampaign, Store, User};

/// The demo database, replaced on every run.
pub const DEMO_DATABASE_FILE: &str = "keydrop-demo.db";
/// The seed data's projects are the head of PyPI (~15,000 of ~886,000 projects), so the
/// critical set is PyPI's top 1% counted over the whole registry, not 1% of the file.
pub const DEMO_COHORT_SIZE: u64 = 8_860;
const DEMO_CAMPAIGN: &str = "Titan keys for critical projects";
/// Who the audit log names for what the demo loads.
const DEMO_ACTOR: &str = "demo";

// The seed data ships inside the binary, so the demo runs from any directory.
const PROJECTS: &[u8] = include_bytes!("../seed-data/projects.csv");
const USERS: &[u8] = include_bytes!("../seed-data/users.csv");
const ROLES: &[u8] = include_bytes!("../seed-data/roles.csv");
const CODES_ANY: &[u8] = include_bytes!("../seed-data/codes-any.txt");
const CODES_US: &[u8] = include_bytes!("../seed-data/codes-us.txt");

/// Loads the seed data and opens a campaign; answers (username, id) of an eligible and of an
/// ineligible maintainer.
pub async fn load(store: &Store, clock: &Clock) -> anyhow::Result<((String, i64), (String, i64))> {
    let now = clock.unix();
    crate::registry::import(
        store,
        PROJECTS,
        USERS,
        ROLES,
        CohortRule::Size(DEMO_COHORT_SIZE),
        now,
        DEMO_ACTOR,
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
    store.create_campaign(&campaign, now, DEMO_ACTOR).await?;
    for (codes, expires_in_days, countries, label) in [
        (CODES_ANY, 90, None, "vendor order 1"),
        (CODES_US, 75, Some("US"), "vendor order 2 (US only)"),
    ] {
        let options = BatchOptions {
            campaign: DEMO_CAMPAIGN,
            offer: None,
            expires_on: today + Duration::days(expires_in_days),
            countries,
            label: Some(label),
            source: "imported",
            created_by: DEMO_ACTOR.to_string(),
        };
        let (_, new) = new_batch(store, options, today).await??;
        let report = batches::load(store, &new, codes, false, now).await?;
        anyhow::ensure!(
            report.batch_id.is_some(),
            "the seed codes of {label:?} did not load"
        );
    }

    let pick = |users: Vec<User>, what: &str| {
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
