//! `keydrop stats`: codes by state per campaign, then per batch and per declared country.

use clap::Args;

use super::{CliResult, Context};
use crate::store::{Campaign, Store};

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Only this campaign.
    #[arg(long)]
    campaign: Option<String>,
}

pub(super) async fn run(ctx: &Context, args: &StatsArgs) -> CliResult {
    ctx.store
        .expire_codes(ctx.clock.today(), ctx.clock.unix())
        .await?;
    print!("{}", stats_report(&ctx.store, args.campaign.as_deref()).await?);
    Ok(())
}

/// The `stats` report as text.
async fn stats_report(store: &Store, only: Option<&str>) -> anyhow::Result<String> {
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
