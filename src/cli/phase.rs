//! `keydrop campaign phase add|list|remove`: the dates on which a campaign's eligibility
//! rules change, and `keydrop campaign hand-back`: what becomes of codes handed back.

use chrono::NaiveDate;
use clap::builder::BoolishValueParser;
use clap::{Args, Subcommand};

use super::{CliResult, Context};
use crate::domain::phases::{PhaseChange, PhaseProblem, Rules, check_phase, parse_cutoff_change};
use crate::store::{HANDED_BACK_RESTOCK, HANDED_BACK_RETIRE, describe_change};

#[derive(Debug, Subcommand)]
pub enum PhaseCommand {
    /// Schedule a change of the rules from a day on (the rules not given stay as they were).
    Add(PhaseAdd),
    /// Print the campaign's phases with the rules each puts in force.
    List { name: String },
    /// Remove the phase of a day.
    Remove {
        name: String,
        #[arg(long)]
        from: NaiveDate,
    },
}

#[derive(Debug, Args)]
pub struct PhaseAdd {
    name: String,
    /// First day of the phase (YYYY-MM-DD, UTC).
    #[arg(long)]
    from: NaiveDate,
    /// yes: only Owners and Maintainers of critical projects; no: any account.
    #[arg(long, value_parser = BoolishValueParser::new())]
    require_critical: Option<bool>,
    /// yes: maintainers who use TOTP are left out; no: they may claim.
    #[arg(long, value_parser = BoolishValueParser::new())]
    exclude_totp: Option<bool>,
    /// yes: maintainers who already use a security key may claim.
    #[arg(long, value_parser = BoolishValueParser::new())]
    allow_key_holders: Option<bool>,
    /// Accounts created after this day are not eligible; `none` drops the cutoff.
    #[arg(long)]
    account_cutoff: Option<String>,
}

/// `keydrop campaign hand-back NAME --codes restock|retire --claim-again yes|no`.
#[derive(Debug, Args)]
pub struct HandBackArgs {
    name: String,
    /// restock: a code handed back goes to the next claim; retire: it is revoked.
    #[arg(long)]
    codes: Option<String>,
    /// Whether a maintainer who handed a code back may claim another.
    #[arg(long, value_parser = BoolishValueParser::new())]
    claim_again: Option<bool>,
}

pub(super) async fn run(ctx: &Context, command: PhaseCommand) -> CliResult {
    let (store, now, actor) = (&ctx.store, ctx.clock.unix(), ctx.actor());
    match command {
        PhaseCommand::Add(args) => {
            let campaign = ctx.campaign_named(&args.name).await?;
            let change = PhaseChange {
                require_critical: args.require_critical,
                exclude_totp: args.exclude_totp,
                allow_key_holders: args.allow_key_holders,
                account_cutoff: parse_cutoff_change(args.account_cutoff.as_deref().unwrap_or_default())?,
            };
            check_phase(campaign.starts_on, campaign.ends_on, args.from, &change)?;
            store
                .add_phase(campaign.id, args.from, &change, now, &actor)
                .await?
                .ok_or(PhaseProblem::Taken(args.from))?;
            println!(
                "campaign {:?}: from {}, {}",
                campaign.name,
                args.from,
                describe_change(&change)
            );
            Ok(())
        }
        PhaseCommand::List { name } => {
            let campaign = ctx.campaign_named(&name).await?;
            let today = ctx.clock.today();
            let counts = store.eligible_per_phase(&campaign).await?;
            let in_force = counts.iter().rposition(|p| p.from <= today).unwrap_or(0);
            println!("from\trequire critical\texclude TOTP\tallow key holders\taccount cutoff\teligible");
            for (i, phase) in counts.iter().enumerate() {
                println!(
                    "{}\t{}\t{}{}",
                    phase.from,
                    describe_rules(&phase.rules),
                    phase.eligible,
                    if i == in_force { "\t(in force)" } else { "" }
                );
            }
            Ok(())
        }
        PhaseCommand::Remove { name, from } => {
            let campaign = ctx.campaign_named(&name).await?;
            anyhow::ensure!(
                store.remove_phase(campaign.id, from, now, &actor).await?,
                "campaign {:?} has no phase from {from}",
                campaign.name
            );
            println!("campaign {:?}: the phase from {from} is removed", campaign.name);
            Ok(())
        }
    }
}

/// Sets what becomes of the campaign's codes handed back, and whether their holders may
/// claim again.
pub(super) async fn hand_back(ctx: &Context, args: HandBackArgs) -> CliResult {
    let campaign = ctx.campaign_named(&args.name).await?;
    let codes = match args.codes.as_deref() {
        None => campaign.handed_back.clone(),
        Some(codes @ (HANDED_BACK_RESTOCK | HANDED_BACK_RETIRE)) => codes.to_string(),
        Some(other) => anyhow::bail!("--codes is restock or retire, not {other:?}"),
    };
    let claim_again = args.claim_again.unwrap_or(campaign.claim_after_hand_back);
    ctx.store
        .set_hand_back(campaign.id, &codes, claim_again, ctx.clock.unix(), &ctx.actor())
        .await?;
    println!(
        "campaign {:?}: codes handed back are {}; their holders {} claim again",
        campaign.name,
        if codes == HANDED_BACK_RESTOCK {
            "restocked"
        } else {
            "retired"
        },
        if claim_again { "may" } else { "may not" }
    );
    Ok(())
}

/// A phase's rules as tab-separated yes/no cells.
fn describe_rules(rules: &Rules) -> String {
    let yes_no = |b: bool| if b { "yes" } else { "no" };
    format!(
        "{}\t{}\t{}\t{}",
        yes_no(rules.require_critical),
        yes_no(rules.exclude_totp),
        yes_no(rules.allow_key_holders),
        rules.account_cutoff.map_or("none".to_string(), |d| d.to_string())
    )
}
