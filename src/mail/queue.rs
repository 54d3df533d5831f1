//! Queueing the giveaway's own messages: invitations (`keydrop notify`) and reminders (a
//! round each server runs every few minutes). Both are resumable and idempotent: the
//! outbox's unique index lets each go once per maintainer and campaign, whoever queues it
//! and however often.

use chrono::{Duration, NaiveDate};

use crate::config::MailSettings;
use crate::store::{AuditEntry, Campaign, MailKind, Store};

/// What `keydrop notify` queued.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Invitations {
    /// Queued by this run.
    pub queued: u64,
    /// Maintainers invited by an earlier run (sent or still queued).
    pub invited_before: u64,
}

/// What one reminder round queued.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReminderRound {
    pub to_claim: u64,
    pub to_redeem: u64,
}

/// Queues the campaign's invitation for every eligible maintainer who holds no code in it,
/// has giveaway mail on, and was not invited before; the running servers send them. Refused
/// for a campaign that is over, closed or purged.
pub async fn queue_invitations(
    store: &Store,
    settings: &MailSettings,
    campaign: &Campaign,
    today: NaiveDate,
    now: i64,
    actor: &str,
) -> anyhow::Result<Invitations> {
    let name = &campaign.name;
    anyhow::ensure!(
        campaign.purged_at.is_none(),
        "{name:?} was purged: there is nobody to invite"
    );
    anyhow::ensure!(
        campaign.ends_on >= today,
        "{name:?} ended on {}: there is nothing to invite to",
        campaign.ends_on
    );
    anyhow::ensure!(
        !campaign.claims_closed,
        "{name:?} is closed to claims: open it first (keydrop campaign open {name:?})"
    );
    let recipients = store
        .campaign_mail_recipients(MailKind::Invitation, campaign, today)
        .await?;
    let give_up_at = settings.give_up_at(now);
    let queued = store
        .queue_campaign_mail(MailKind::Invitation, campaign.id, &recipients, now, give_up_at)
        .await?;
    let entry = AuditEntry {
        actor: actor.to_string(),
        action: "mail.invitations",
        campaign_id: Some(campaign.id),
        detail: format!("{queued} invitations queued"),
        ..AuditEntry::default()
    };
    store.audit(now, &entry).await?;
    let invited = store.mail_count(MailKind::Invitation, campaign.id).await?;
    Ok(Invitations {
        queued,
        invited_before: invited.saturating_sub(queued),
    })
}

/// Queues the reminders due `today`: to claim, for eligible maintainers who hold no code in a
/// campaign that closes within the reminder days and still has codes; to redeem, for holders
/// whose code is still unused and expires within them. Several replicas may run it at once.
pub async fn queue_reminders(
    store: &Store,
    settings: &MailSettings,
    today: NaiveDate,
    now: i64,
) -> anyhow::Result<ReminderRound> {
    let last_day = today + Duration::days(settings.reminder_days.into());
    let give_up_at = settings.give_up_at(now);
    let mut round = ReminderRound::default();
    for campaign in store.campaigns().await? {
        if campaign.purged_at.is_some() {
            continue;
        }
        let closing = campaign.is_open_on(today) && campaign.ends_on <= last_day;
        if closing && store.codes_left(campaign.id, today).await? > 0 {
            let recipients = store
                .campaign_mail_recipients(MailKind::ClaimReminder, &campaign, today)
                .await?;
            round.to_claim += store
                .queue_campaign_mail(MailKind::ClaimReminder, campaign.id, &recipients, now, give_up_at)
                .await?;
        }
        let holders = store
            .redeem_reminder_recipients(campaign.id, today, last_day)
            .await?;
        round.to_redeem += store
            .queue_campaign_mail(MailKind::RedeemReminder, campaign.id, &holders, now, give_up_at)
            .await?;
    }
    Ok(round)
}
