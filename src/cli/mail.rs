//! `keydrop mail status` and `keydrop mail retry`: watching the outbox, and queueing again
//! what the senders gave up on.

use clap::Subcommand;

use super::{CliResult, Context};
use crate::config::MailSettings;

#[derive(Debug, Subcommand)]
pub enum MailCommand {
    /// Print how many messages are queued, sent, failed and cancelled, and the newest
    /// failures with their reasons.
    Status,
    /// Queue every failed message again, due now (the running servers send them).
    Retry,
}

/// Failures `mail status` lists.
const FAILURES_LISTED: i64 = 10;

pub(super) async fn run(ctx: &Context, command: MailCommand) -> CliResult {
    let store = &ctx.store;
    match command {
        MailCommand::Status => {
            let counts = store.mail_counts().await?;
            println!(
                "queued {} (retrying {}), sent {}, failed {}, cancelled {}",
                counts.queued, counts.retrying, counts.sent, counts.failed, counts.cancelled
            );
            if let Some(error) = counts.last_error {
                println!("last error of a queued message: {error}");
            }
            for failed in store.failed_mail(FAILURES_LISTED).await? {
                println!(
                    "failed #{} {} to {}{}, {} attempts: {}",
                    failed.id,
                    failed.kind,
                    failed.username,
                    failed.campaign.map(|c| format!(" ({c})")).unwrap_or_default(),
                    failed.attempts,
                    failed.last_error.unwrap_or_default()
                );
            }
        }
        MailCommand::Retry => {
            let now = ctx.clock.unix();
            let give_up_at = MailSettings::from_env()?.give_up_at(now);
            let requeued = store.retry_failed_mail(now, give_up_at, &ctx.actor()).await?;
            println!("{requeued} failed messages queued again");
        }
    }
    Ok(())
}
