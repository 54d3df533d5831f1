//! `keydrop offer add|edit|list --campaign NAME ...`: the kinds of key a campaign offers.

use clap::{Args, Subcommand};

use super::{CliResult, Context};
use crate::domain::countries;
use crate::store::{Campaign, NewOffer, Offer, OfferProblem};

#[derive(Debug, Subcommand)]
pub enum OfferCommand {
    /// Add an offer to a campaign: another kind of key, maybe for other countries.
    Add(OfferAdd),
    /// Change an offer's settings (only those given); codes handed out keep theirs.
    Edit(OfferEdit),
    /// List a campaign's offers with their stock, claims and redemptions.
    List {
        #[arg(long)]
        campaign: String,
    },
}

#[derive(Debug, Args)]
pub struct OfferAdd {
    #[arg(long)]
    campaign: String,
    /// The offer's name, as maintainers read it (e.g. "YubiKey 5 NFC").
    #[arg(long)]
    name: String,
    /// Who makes the keys.
    #[arg(long, default_value = "")]
    vendor: String,
    /// The vendor's store, where codes are redeemed.
    #[arg(long)]
    store_url: Option<String>,
    /// Keys one code pays for.
    #[arg(long, default_value_t = 2)]
    keys_per_code: i64,
    /// Countries the offer ships to, as ISO 3166-1 alpha-2 codes.
    #[arg(long)]
    countries: String,
}

#[derive(Debug, Args)]
pub struct OfferEdit {
    #[arg(long)]
    campaign: String,
    /// The offer to change.
    #[arg(long)]
    name: String,
    #[arg(long)]
    new_name: Option<String>,
    #[arg(long)]
    vendor: Option<String>,
    /// The vendor's store; an empty value removes it.
    #[arg(long)]
    store_url: Option<String>,
    #[arg(long)]
    keys_per_code: Option<i64>,
    #[arg(long)]
    countries: Option<String>,
}

pub(super) async fn run(ctx: &Context, command: OfferCommand) -> CliResult {
    match command {
        OfferCommand::Add(args) => {
            let campaign = ctx.campaign_named(&args.campaign).await?;
            let new = NewOffer {
                name: args.name,
                vendor: args.vendor,
                store_url: args.store_url,
                keys_per_code: args.keys_per_code,
                countries: parse_countries(&args.countries)?,
            }
            .tidied();
            check(&new)?;
            let offer = ctx
                .store
                .add_offer(&campaign, &new, ctx.clock.unix(), &ctx.actor())
                .await?
                .ok_or_else(|| anyhow::anyhow!("{}", OfferProblem::NameTaken(new.name.clone())))?;
            println!(
                "added offer {:?} to campaign {:?}: {} keys per code, shipping to {}",
                offer.name, campaign.name, offer.keys_per_code, offer.countries
            );
            Ok(())
        }
        OfferCommand::Edit(args) => {
            let campaign = ctx.campaign_named(&args.campaign).await?;
            let offer = offer_named(ctx, &campaign, &args.name).await?;
            let old = NewOffer::from_offer(&offer);
            let new = NewOffer {
                name: args.new_name.unwrap_or(old.name),
                vendor: args.vendor.unwrap_or(old.vendor),
                store_url: args.store_url.or(old.store_url),
                keys_per_code: args.keys_per_code.unwrap_or(old.keys_per_code),
                countries: match args.countries {
                    Some(list) => parse_countries(&list)?,
                    None => old.countries,
                },
            }
            .tidied();
            check(&new)?;
            let saved = ctx
                .store
                .edit_offer(&offer, &new, ctx.clock.unix(), &ctx.actor())
                .await?
                .ok_or_else(|| anyhow::anyhow!("{}", OfferProblem::NameTaken(new.name.clone())))?;
            println!(
                "offer {:?} of campaign {:?}: {} keys per code, shipping to {}",
                saved.name, campaign.name, saved.keys_per_code, saved.countries
            );
            Ok(())
        }
        OfferCommand::List { campaign } => {
            let campaign = ctx.campaign_named(&campaign).await?;
            let offers = ctx.store.offers_of(campaign.id).await?;
            let stats = ctx.store.offer_stats(campaign.id, ctx.clock.today()).await?;
            println!("offer\tvendor\tkeys per code\tcountries\tstore\tavailable\tclaimed\tredeemed");
            for (offer, stats) in offers.iter().zip(&stats) {
                println!(
                    "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                    offer.name,
                    offer.vendor,
                    offer.keys_per_code,
                    offer.countries,
                    offer.store_url.as_deref().unwrap_or("-"),
                    stats.available,
                    stats.claimed,
                    stats.redeemed
                );
            }
            Ok(())
        }
    }
}

/// The campaign's offer named `name`, or the error naming its offers.
async fn offer_named(ctx: &Context, campaign: &Campaign, name: &str) -> anyhow::Result<Offer> {
    let offers = ctx.store.offers_of(campaign.id).await?;
    let names: Vec<String> = offers.iter().map(|o| o.name.clone()).collect();
    offers.into_iter().find(|o| o.name == name).ok_or_else(|| {
        anyhow::anyhow!(
            "campaign {:?} has no offer named {name:?} (its offers: {})",
            campaign.name,
            names.join(", ")
        )
    })
}

fn parse_countries(list: &str) -> anyhow::Result<Vec<countries::Country>> {
    countries::parse_list(list).map_err(|e| anyhow::anyhow!("countries: {e}"))
}

/// Refuses settings that break a rule, naming every problem.
fn check(new: &NewOffer) -> CliResult {
    let problems = new.problems();
    if !problems.is_empty() {
        let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
        anyhow::bail!("offer not saved: {}", list.join("; "));
    }
    Ok(())
}
