//! `keydrop stripe sync`: publication to Stripe at once, and redemptions taken back.

use clap::Subcommand;

use super::{CliResult, Context};
use crate::stripe::publisher::{self, ROUND_SIZE, RoundReport, RoundScope};

#[derive(Debug, Subcommand)]
pub enum StripeCommand {
    /// Publish every promotion code not yet published (failed ones at once, without waiting
    /// for their backoff), deactivate those of revoked codes, and take redemptions Stripe
    /// counted for codes keydrop still shows as assigned.
    Sync {
        /// Only this campaign.
        #[arg(long)]
        campaign: Option<String>,
    },
}

pub(super) async fn run(ctx: &Context, command: StripeCommand) -> CliResult {
    let StripeCommand::Sync { campaign } = command;
    let config = crate::stripe::StripeConfig::from_env().ok_or_else(|| {
        anyhow::anyhow!("Stripe is not set up: set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET")
    })?;
    let stripe = crate::stripe::Stripe::connect(&config)?;
    let campaign_id = ctx.campaign_id(campaign.as_deref()).await?;
    let store = &ctx.store;
    let mut total = RoundReport::default();
    let mut retry_now = true;
    loop {
        let scope = RoundScope {
            campaign_id,
            retry_now,
        };
        let round = publisher::run_round(store, stripe.api.as_ref(), ctx.clock.unix(), scope).await?;
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
    let redeemed = publisher::reconcile(store, stripe.api.as_ref(), ctx.clock.unix(), campaign_id).await?;
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
