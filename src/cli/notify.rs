//! `keydrop notify --campaign NAME`: the campaign's invitation, queued once for every
//! eligible maintainer; the running servers send it.

use clap::Args;

use super::{CliResult, Context};
use crate::config::MailSettings;

#[derive(Debug, Args)]
pub struct NotifyArgs {
    /// The campaign to invite to.
    #[arg(long)]
    campaign: String,
}

pub(super) async fn run(ctx: &Context, args: &NotifyArgs) -> CliResult {
    let campaign = ctx.campaign_named(&args.campaign).await?;
    // How long the invitations are retried.
    let settings = MailSettings::from_env()?;
    let (today, now) = (ctx.clock.today(), ctx.clock.unix());
    let invitations =
        crate::mail::queue::queue_invitations(&ctx.store, &settings, &campaign, today, now, &ctx.actor())
            .await?;
    println!(
        "{} invitations queued; {} maintainers were invited before. The running servers send them: follow with `keydrop mail status`.",
        invitations.queued, invitations.invited_before
    );
    Ok(())
}
