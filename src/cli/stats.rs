//! `keydrop stats`: codes by state per campaign, then per batch, per offer and per declared
//! country, the codes handed back, and keys in use among the holders; then the outcome over
//! the registry imports.

use clap::Args;

use super::{CliResult, Context};
use crate::store::{Campaign, RegistrySnapshot, Store};

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
    print!(
        "{}",
        stats_report(&ctx.store, args.campaign.as_deref(), ctx.clock.today()).await?
    );
    Ok(())
}

/// The `stats` report as text.
async fn stats_report(store: &Store, only: Option<&str>, today: chrono::NaiveDate) -> anyhow::Result<String> {
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
        writeln!(
            out,
            "  {:<24} {:>9} {:>8} {:>8}",
            "offer", "available", "claimed", "redeemed"
        )?;
        for o in store.offer_stats(campaign.id, today).await? {
            writeln!(
                out,
                "  {:<24} {:>9} {:>8} {:>8}",
                o.name, o.available, o.claimed, o.redeemed
            )?;
        }
        let handed_back = store.hand_back_counts(campaign.id).await?;
        writeln!(
            out,
            "  handed back: {} back to stock, {} retired",
            handed_back.restocked, handed_back.retired
        )?;
        writeln!(out, "  {:<8} {:>8} {:>9}", "country", "claimed", "redeemed")?;
        for c in &stats.countries {
            writeln!(out, "  {:<8} {:>8} {:>9}", c.country, c.claimed, c.redeemed)?;
        }
        let keys = store.campaign_keys_in_use(campaign).await?;
        writeln!(
            out,
            "  keys in use: {} holders, {} with a security key when they claimed, {} now ({} since their claim{})",
            keys.holders,
            keys.key_at_claim,
            keys.key_now,
            keys.gained_since_claim,
            if keys.unknown_at_claim > 0 {
                format!("; {} claimed before keys were noted", keys.unknown_at_claim)
            } else {
                String::new()
            }
        )?;
    }
    outcome_report(&mut out, &store.registry_snapshots().await?)?;
    Ok(out)
}

/// The registry imports' snapshots, oldest first: the outcome over time.
fn outcome_report(out: &mut String, snapshots: &[RegistrySnapshot]) -> std::fmt::Result {
    use std::fmt::Write;
    if snapshots.is_empty() {
        return writeln!(out, "registry outcome: no registry import recorded yet");
    }
    writeln!(
        out,
        "registry outcome, per import (critical maintainers and their second factors):"
    )?;
    writeln!(
        out,
        "  {:<17} {:>8} {:>11} {:>8} {:>12} {:>10}",
        "import (UTC)", "projects", "maintainers", "totp", "security key", "any 2fa"
    )?;
    for s in snapshots {
        let taken = chrono::DateTime::from_timestamp(s.taken_at, 0)
            .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
            .unwrap_or_default();
        writeln!(
            out,
            "  {:<17} {:>8} {:>11} {:>8} {:>12} {:>10}",
            taken, s.critical_projects, s.critical_maintainers, s.with_totp, s.with_webauthn, s.with_any_2fa
        )?;
    }
    Ok(())
}
