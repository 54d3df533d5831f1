//! `keydrop campaign ...`: create, the kill switch, archive and purge.

use chrono::NaiveDate;
use clap::{Args, Subcommand};

use super::{CliResult, Context};
use crate::domain::countries;
use crate::lifecycle::ArchiveRefusal;
use crate::store::{CampaignProblem, NewCampaign, Purge};

#[derive(Debug, Subcommand)]
pub enum CampaignCommand {
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
    /// The dates on which the campaign's eligibility rules change.
    #[command(subcommand)]
    Phase(super::phase::PhaseCommand),
    /// What becomes of codes their holders hand back, and whether they may claim again.
    HandBack(super::phase::HandBackArgs),
}

#[derive(Debug, Args)]
pub struct CampaignCreate {
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

pub(super) async fn run(ctx: &Context, command: CampaignCommand) -> CliResult {
    let (store, clock, actor) = (&ctx.store, &ctx.clock, ctx.actor());
    match command {
        CampaignCommand::Create(args) => create(ctx, args).await,
        CampaignCommand::Phase(command) => super::phase::run(ctx, command).await,
        CampaignCommand::HandBack(args) => super::phase::hand_back(ctx, args).await,
        CampaignCommand::Close { name } => {
            let campaign = ctx.campaign_named(&name).await?;
            let changed = store
                .set_claims_closed(campaign.id, true, clock.unix(), &actor)
                .await?;
            println!(
                "claims of {:?} are closed{}",
                campaign.name,
                if changed { "" } else { " (they were already)" }
            );
            Ok(())
        }
        CampaignCommand::Open { name } => {
            let campaign = ctx.campaign_named(&name).await?;
            anyhow::ensure!(
                campaign.purged_at.is_none(),
                "campaign {:?} was purged: it cannot open again",
                campaign.name
            );
            let changed = store
                .set_claims_closed(campaign.id, false, clock.unix(), &actor)
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
            let campaign = ctx.campaign_named(&name).await?;
            // Codes past their expiry are expired first, so they do not count as held.
            store.expire_codes(clock.today(), clock.unix()).await?;
            let (id, archive) =
                crate::lifecycle::archive(store, &campaign, clock.today(), clock.unix(), &actor)
                    .await?
                    .map_err(|refusal| {
                        anyhow::anyhow!("campaign {:?} cannot be archived: {refusal}", campaign.name)
                    })?;
            println!("{}", serde_json::to_string_pretty(&archive)?);
            eprintln!("archived campaign {:?} as archive {id}", campaign.name);
            Ok(())
        }
        CampaignCommand::Purge { name } => {
            let campaign = ctx.campaign_named(&name).await?;
            store.expire_codes(clock.today(), clock.unix()).await?;
            match store.purge_campaign(&campaign, clock.unix(), &actor).await? {
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
                    ArchiveRefusal::CodesHeld(held)
                ),
            }
        }
    }
}

async fn create(ctx: &Context, args: CampaignCreate) -> CliResult {
    let new = NewCampaign {
        name: args.name,
        countries: countries::parse_list(&args.countries).map_err(|e| anyhow::anyhow!("countries: {e}"))?,
        starts_on: args.starts,
        ends_on: args.ends,
        store_url: args.store_url,
        keys_per_code: args.keys_per_code,
        account_cutoff: args.account_cutoff,
        allow_key_holders: args.allow_key_holders,
        ended_message: args.ended_message,
        fulfilment: args.fulfilment,
        product_name: args.product_name,
        unit_amount: args.unit_amount,
        currency: args.currency,
    }
    .tidied();
    let problems = new.problems();
    if !problems.is_empty() {
        let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
        anyhow::bail!("campaign not created: {}", list.join("; "));
    }
    let campaign = ctx
        .store
        .create_campaign(&new, ctx.clock.unix(), &ctx.actor())
        .await?
        .ok_or_else(|| anyhow::anyhow!("{}", CampaignProblem::NameTaken(new.name.clone())))?;
    println!(
        "created campaign {:?}: open {} to {}, shipping to {}",
        campaign.name, campaign.starts_on, campaign.ends_on, campaign.countries
    );
    Ok(())
}
