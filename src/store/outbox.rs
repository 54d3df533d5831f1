//! The mail outbox: every message is a row, written in the same transaction as what caused
//! it, then leased by one sender at a time, sent, and marked sent, retried or failed.
//!
//! A row names its reader and what the message is about, never its text: the message is
//! rendered when it is sent (see `crate::mail`), so no secret waits in the database. A
//! sender takes a row with one conditional `UPDATE` (its outer `state` and `lease_until`
//! re-check makes a row another sender just took match nothing; PostgreSQL also skips rows
//! locked by a concurrent lease, [`LeaseDialect`]), and records the outcome only while the
//! lease is still its own. Invitations and reminders go once per maintainer and campaign: a
//! partial unique index turns a second queueing into nothing.

use chrono::NaiveDate;
use sqlx::{Pool, Postgres, Sqlite};

use super::audit::insert_audit;
use super::dashboard::{bind_rules, eligible_user};
use super::read_cache::Change;
use super::registry::SET_LANGUAGE;
use super::{AuditEntry, Campaign, Store, User, begin_write, on_pool};
use crate::i18n::Lang;

/// What a message is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailKind {
    /// A one-time sign-in link, asked for on the sign-in page.
    SignIn,
    /// `keydrop notify`: a campaign is coming, and why the maintainer may claim.
    Invitation,
    /// An eligible maintainer has not claimed, and the campaign closes soon.
    ClaimReminder,
    /// A holder has not redeemed, and the code expires soon.
    RedeemReminder,
}

impl MailKind {
    /// Every kind, in the order the counts list them.
    pub const ALL: [MailKind; 4] = [
        MailKind::SignIn,
        MailKind::Invitation,
        MailKind::ClaimReminder,
        MailKind::RedeemReminder,
    ];

    /// The name the database keeps.
    pub fn as_str(self) -> &'static str {
        match self {
            MailKind::SignIn => "sign-in",
            MailKind::Invitation => "invitation",
            MailKind::ClaimReminder => "claim-reminder",
            MailKind::RedeemReminder => "redeem-reminder",
        }
    }

    /// The kind the database names `name`.
    pub fn parse(name: &str) -> Option<MailKind> {
        MailKind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// Lower goes first: somebody waits on the sign-in page for their link, nobody waits
    /// for an invitation.
    fn priority(self) -> i64 {
        match self {
            MailKind::SignIn => 0,
            _ => 1,
        }
    }
}

/// A message a sender holds, with what it needs to render and send it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct LeasedMail {
    pub id: i64,
    pub kind: String,
    pub user_id: i64,
    pub campaign_id: Option<i64>,
    /// This attempt's number (1 for the first).
    pub attempts: i64,
    /// The Message-ID, the same for every attempt.
    pub message_id: String,
    pub created_at: i64,
    /// A failure after this time is final.
    pub give_up_at: i64,
    /// Only the holder of this token may record the outcome.
    pub lease_token: String,
}

/// How an attempt ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MailOutcome {
    /// The relay took the message. The hash is of the unsubscribe token the message carries.
    Sent { unsubscribe_hash: Option<String> },
    /// To be tried again at `at`.
    Retry { at: i64, error: String },
    /// Given up on: the relay refused it for good, or it kept failing past its time.
    Failed { error: String },
    /// No longer applies (the code was claimed meanwhile, or the reader turned mail off).
    Cancelled { reason: String },
    /// The sender stopped (a shutdown) before the attempt ended: due again at once.
    Released,
}

/// How many messages are in each state.
#[derive(Debug, Clone, Default, PartialEq, Eq, sqlx::FromRow, serde::Serialize)]
pub struct MailCounts {
    pub queued: i64,
    /// Of the queued, those that failed at least once and wait to be tried again.
    pub retrying: i64,
    pub sent: i64,
    pub failed: i64,
    pub cancelled: i64,
    /// The newest reason a queued message was not sent yet (what an operator looks for when
    /// mail is stuck).
    pub last_error: Option<String>,
}

/// A message given up on, for the admins.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct FailedMail {
    pub id: i64,
    pub kind: String,
    pub username: String,
    pub campaign: Option<String>,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub failed_at: Option<i64>,
}

/// Rows a transaction that queues mail writes at most: SQLite has one writer, and a long
/// `keydrop notify` must not hold its lock for long.
const QUEUE_CHUNK: usize = 500;

/// The lease: one conditional UPDATE taking the next due message. `$1` now, `$2` lease end,
/// `$3` lease token, `$4` a Message-ID for a first attempt.
macro_rules! lease_sql {
    ($lock:literal) => {
        concat!(
            "UPDATE mail_outbox SET lease_until = $2, lease_token = $3, attempts = attempts + 1, \
                 message_id = COALESCE(message_id, $4) \
             WHERE id = (SELECT o.id FROM mail_outbox o \
                 WHERE o.state = 'queued' AND o.due_at <= $1 AND o.lease_until <= $1 \
                 ORDER BY o.priority, o.due_at, o.id LIMIT 1",
            $lock,
            ") AND state = 'queued' AND lease_until <= $1 \
             RETURNING id, kind, user_id, campaign_id, attempts, message_id, created_at, give_up_at, lease_token"
        )
    };
}

/// The lease statement of a dialect.
pub(crate) trait LeaseDialect: sqlx::Database {
    const LEASE: &'static str;
}

impl LeaseDialect for Sqlite {
    // One writer: the statement runs alone.
    const LEASE: &'static str = lease_sql!("");
}

impl LeaseDialect for Postgres {
    // Senders on several replicas take different rows instead of queueing on the same one.
    const LEASE: &'static str = lease_sql!(" FOR UPDATE SKIP LOCKED");
}

fn lease_statement<DB: LeaseDialect>(_pool: &Pool<DB>) -> &'static str {
    DB::LEASE
}

/// Ends the lease held with token `$2` on message `$1` at `$3` (now): the new state `$4`, when
/// it is due again `$5`, the error or reason `$6` (a release keeps the last error), and the
/// hash `$7` of the unsubscribe token sent. Nothing changes when the lease is not the
/// sender's any more.
const FINISH_MAIL: &str = "UPDATE mail_outbox SET lease_until = 0, lease_token = NULL, state = $4, due_at = $5, \
         last_error = CASE WHEN $4 = 'queued' AND $6 IS NULL THEN last_error ELSE $6 END, \
         unsubscribe_hash = COALESCE($7, unsubscribe_hash), \
         sent_at = CASE WHEN $4 = 'sent' THEN $3 ELSE sent_at END, \
         finished_at = CASE WHEN $4 = 'queued' THEN NULL ELSE $3 END \
     WHERE id = $1 AND lease_token = $2 AND state = 'queued' RETURNING user_id, campaign_id, kind";

impl MailOutcome {
    /// The row's new state, when it is due, its error or reason, and the unsubscribe hash.
    fn columns(&self, now: i64) -> (&'static str, i64, Option<&str>, Option<&str>) {
        match self {
            MailOutcome::Sent { unsubscribe_hash } => ("sent", now, None, unsubscribe_hash.as_deref()),
            MailOutcome::Retry { at, error } => ("queued", *at, Some(error), None),
            MailOutcome::Failed { error } => ("failed", now, Some(error), None),
            MailOutcome::Cancelled { reason } => ("cancelled", now, Some(reason), None),
            MailOutcome::Released => ("queued", now, None, None),
        }
    }
}

impl Store {
    /// Queues a sign-in link for each of `users` (the accounts a sign-in form named), with the
    /// audit entry saying it was asked for, in one transaction. The link itself is made when
    /// the message is sent, in `lang` (the sign-in page's), which is remembered as theirs.
    pub async fn queue_sign_in_mail(
        &self,
        users: &[User],
        lang: Lang,
        now: i64,
        give_up_at: i64,
    ) -> sqlx::Result<()> {
        // Their language is written as they ask: forgotten once the transaction has ended.
        let _forget: Vec<_> = users
            .iter()
            .map(|user| self.forget_after(Change::User(user.id)))
            .collect();
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            for user in users {
                if user.language.as_deref() != Some(lang.code()) {
                    sqlx::query(SET_LANGUAGE).bind(lang.code()).bind(user.id).execute(&mut *tx).await?;
                }
                sqlx::query(
                    "INSERT INTO mail_outbox (kind, user_id, priority, created_at, due_at, give_up_at) \
                     VALUES ($1, $2, $3, $4, $4, $5)")
                    .bind(MailKind::SignIn.as_str()).bind(user.id).bind(MailKind::SignIn.priority())
                    .bind(now).bind(give_up_at)
                    .execute(&mut *tx).await?;
                let entry = AuditEntry {
                    actor: format!("maintainer {}", user.username),
                    action: "login.link-requested",
                    user_id: Some(user.id),
                    ..AuditEntry::default()
                };
                insert_audit!(&mut *tx, now, &entry)?;
            }
            tx.commit().await
        })
    }

    /// The maintainers a campaign's invitation or claim reminder (`kind`) would go to now:
    /// eligible by the campaign's rules, holding no code in it, not barred by a code they
    /// handed back, with giveaway mail on, and not yet sent (or queued) that kind for it. Only reads: the rows are written by
    /// [`Store::queue_campaign_mail`], in short transactions.
    pub async fn campaign_mail_recipients(
        &self,
        kind: MailKind,
        campaign: &Campaign,
        today: NaiveDate,
    ) -> sqlx::Result<Vec<i64>> {
        let rules = self.rules_on(campaign, today).await?;
        on_pool!(self, pool => bind_rules!(sqlx::query_scalar(concat!(
            "SELECT u.id FROM users u WHERE ", eligible_user!(), " \
               AND u.giveaway_mail_off_at IS NULL \
               AND NOT EXISTS (SELECT 1 FROM codes c WHERE c.campaign_id = $5 AND c.user_id = u.id AND c.state <> 'revoked') \
               AND NOT EXISTS (SELECT 1 FROM mail_outbox o WHERE o.kind = $6 AND o.campaign_id = $5 AND o.user_id = u.id) \
               AND NOT EXISTS (SELECT 1 FROM code_releases r JOIN campaigns k ON k.id = r.campaign_id \
                               WHERE r.campaign_id = $5 AND r.user_id = u.id AND NOT k.claim_after_hand_back) \
             ORDER BY u.id")), &rules)
            .bind(campaign.id).bind(kind.as_str())
            .fetch_all(pool).await)
    }

    /// Whether the rules of the campaign's phase in force on `today` admit the user (or an
    /// admin granted them eligibility), whatever its dates and stock.
    pub async fn is_eligible_for(
        &self,
        campaign: &Campaign,
        user_id: i64,
        today: NaiveDate,
    ) -> sqlx::Result<bool> {
        let rules = self.rules_on(campaign, today).await?;
        on_pool!(self, pool => bind_rules!(sqlx::query_scalar(concat!(
            "SELECT EXISTS (SELECT 1 FROM users u WHERE u.id = $5 AND ", eligible_user!(), ")")), &rules)
            .bind(user_id)
            .fetch_one(pool).await)
    }

    /// The holders of a campaign's codes to remind to redeem: codes still assigned (not
    /// redeemed) that expire from `today` to `last_day`, holders with giveaway mail on and
    /// not reminded yet.
    pub async fn redeem_reminder_recipients(
        &self,
        campaign_id: i64,
        today: NaiveDate,
        last_day: NaiveDate,
    ) -> sqlx::Result<Vec<i64>> {
        on_pool!(self, pool => sqlx::query_scalar(
            "SELECT c.user_id FROM codes c JOIN users u ON u.id = c.user_id \
             WHERE c.campaign_id = $1 AND c.state = 'assigned' AND c.expires_on >= $2 AND c.expires_on <= $3 \
               AND u.giveaway_mail_off_at IS NULL \
               AND NOT EXISTS (SELECT 1 FROM mail_outbox o WHERE o.kind = $4 AND o.campaign_id = $1 AND o.user_id = u.id) \
             ORDER BY c.user_id")
            .bind(campaign_id).bind(today).bind(last_day).bind(MailKind::RedeemReminder.as_str())
            .fetch_all(pool).await)
    }

    /// Queues a campaign's message of `kind` for each of `user_ids`, in transactions of at
    /// most [`QUEUE_CHUNK`] rows; answers how many were queued. A maintainer already sent (or
    /// queued) that message is left out by the unique index, so running it again, or on two
    /// replicas at once, queues nothing twice, and an interrupted run is finished by the next.
    pub async fn queue_campaign_mail(
        &self,
        kind: MailKind,
        campaign_id: i64,
        user_ids: &[i64],
        now: i64,
        give_up_at: i64,
    ) -> sqlx::Result<u64> {
        let mut queued = 0;
        for chunk in user_ids.chunks(QUEUE_CHUNK) {
            queued += on_pool!(self, pool => {
                let mut tx = begin_write(pool).await?;
                let mut rows = 0;
                for user_id in chunk {
                    rows += sqlx::query(
                        "INSERT INTO mail_outbox (kind, user_id, campaign_id, priority, created_at, due_at, give_up_at) \
                         VALUES ($1, $2, $3, $4, $5, $5, $6) ON CONFLICT DO NOTHING")
                        .bind(kind.as_str()).bind(user_id).bind(campaign_id).bind(kind.priority())
                        .bind(now).bind(give_up_at)
                        .execute(&mut *tx).await?.rows_affected();
                }
                tx.commit().await?;
                rows
            });
        }
        Ok(queued)
    }

    /// Takes the next due message (sign-in links first) until `lease_until`, or none. An
    /// idle sender only reads: the write (and on SQLite, its one write lock) comes when a
    /// message is due.
    pub async fn lease_mail(
        &self,
        now: i64,
        lease_until: i64,
        lease_token: &str,
        new_message_id: &str,
    ) -> sqlx::Result<Option<LeasedMail>> {
        on_pool!(self, pool => {
            let due: Option<i64> = sqlx::query_scalar(
                "SELECT id FROM mail_outbox WHERE state = 'queued' AND due_at <= $1 AND lease_until <= $1 LIMIT 1")
                .bind(now).fetch_optional(pool).await?;
            if due.is_none() {
                return Ok(None);
            }
            sqlx::query_as::<_, LeasedMail>(lease_statement(pool))
                .bind(now).bind(lease_until).bind(lease_token).bind(new_message_id)
                .fetch_optional(pool).await
        })
    }

    /// Records how an attempt ended, if the lease is still the sender's: false when it is not
    /// (it ran out, and another sender may have the message now). A sent sign-in link and a
    /// message given up on are audited in the same transaction.
    pub async fn finish_mail(
        &self,
        mail: &LeasedMail,
        outcome: &MailOutcome,
        now: i64,
    ) -> sqlx::Result<bool> {
        let (state, due_at, text, unsubscribe_hash) = outcome.columns(now);
        let action = match (outcome, MailKind::parse(&mail.kind)) {
            (MailOutcome::Sent { .. }, Some(MailKind::SignIn)) => Some("login.link-sent"),
            (MailOutcome::Failed { .. }, _) => Some("mail.failed"),
            _ => None,
        };
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            let finished: Option<(i64, Option<i64>, String)> = sqlx::query_as(FINISH_MAIL)
                .bind(mail.id).bind(&mail.lease_token).bind(now)
                .bind(state).bind(due_at).bind(text).bind(unsubscribe_hash)
                .fetch_optional(&mut *tx).await?;
            let Some((user_id, campaign_id, kind)) = finished else {
                return Ok(false);
            };
            if let Some(action) = action {
                let entry = AuditEntry {
                    actor: "mail sender".to_string(),
                    action,
                    campaign_id,
                    user_id: Some(user_id),
                    detail: match text {
                        Some(error) => format!("{kind}: {error}"),
                        None => String::new(),
                    },
                    ..AuditEntry::default()
                };
                insert_audit!(&mut *tx, now, &entry)?;
            }
            tx.commit().await?;
            Ok(true)
        })
    }

    /// How many messages of `kind` a campaign has (sent, queued, failed or cancelled).
    pub async fn mail_count(&self, kind: MailKind, campaign_id: i64) -> sqlx::Result<u64> {
        let count: i64 = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM mail_outbox WHERE kind = $1 AND campaign_id = $2")
            .bind(kind.as_str()).bind(campaign_id).fetch_one(pool).await)?;
        Ok(count as u64)
    }

    /// How many messages are in each state.
    pub async fn mail_counts(&self) -> sqlx::Result<MailCounts> {
        on_pool!(self, pool => sqlx::query_as::<_, MailCounts>(
            "SELECT COUNT(*) FILTER (WHERE state = 'queued') AS queued, \
                    COUNT(*) FILTER (WHERE state = 'queued' AND last_error IS NOT NULL) AS retrying, \
                    COUNT(*) FILTER (WHERE state = 'sent') AS sent, \
                    COUNT(*) FILTER (WHERE state = 'failed') AS failed, \
                    COUNT(*) FILTER (WHERE state = 'cancelled') AS cancelled, \
                    (SELECT o.last_error FROM mail_outbox o WHERE o.state = 'queued' AND o.last_error IS NOT NULL \
                     ORDER BY o.due_at DESC, o.id DESC LIMIT 1) AS last_error \
             FROM mail_outbox")
            .fetch_one(pool).await)
    }

    /// The newest `limit` messages given up on, newest first.
    pub async fn failed_mail(&self, limit: i64) -> sqlx::Result<Vec<FailedMail>> {
        on_pool!(self, pool => sqlx::query_as::<_, FailedMail>(
            "SELECT o.id, o.kind, u.username, k.name AS campaign, o.attempts, o.last_error, o.finished_at AS failed_at \
             FROM mail_outbox o JOIN users u ON u.id = o.user_id LEFT JOIN campaigns k ON k.id = o.campaign_id \
             WHERE o.state = 'failed' ORDER BY o.finished_at DESC, o.id DESC LIMIT $1")
            .bind(limit).fetch_all(pool).await)
    }

    /// Puts every failed message back in the queue, due now and retried until `give_up_at`
    /// (`keydrop mail retry`), with its audit entry; answers how many.
    pub async fn retry_failed_mail(&self, now: i64, give_up_at: i64, actor: &str) -> sqlx::Result<u64> {
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            let requeued = sqlx::query(
                "UPDATE mail_outbox SET state = 'queued', due_at = $1, give_up_at = $2, attempts = 0, finished_at = NULL \
                 WHERE state = 'failed'")
                .bind(now).bind(give_up_at).execute(&mut *tx).await?.rows_affected();
            let entry = AuditEntry {
                actor: actor.to_string(),
                action: "mail.retry",
                detail: format!("{requeued} failed messages queued again"),
                ..AuditEntry::default()
            };
            insert_audit!(&mut *tx, now, &entry)?;
            tx.commit().await?;
            Ok(requeued)
        })
    }

    /// Deletes sign-in messages that ended before `before`: they hold nothing worth keeping.
    /// Invitations and reminders stay while their campaign does (they keep each going once).
    pub async fn purge_old_sign_in_mail(&self, before: i64) -> sqlx::Result<u64> {
        on_pool!(self, pool => sqlx::query(
            "DELETE FROM mail_outbox WHERE kind = $1 AND state <> 'queued' AND finished_at < $2")
            .bind(MailKind::SignIn.as_str()).bind(before)
            .execute(pool).await.map(|r| r.rows_affected()))
    }

    /// Whether the user turned giveaway mail (invitations and reminders) off.
    pub async fn giveaway_mail_off(&self, user_id: i64) -> sqlx::Result<bool> {
        let off: Option<Option<i64>> = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT giveaway_mail_off_at FROM users WHERE id = $1")
            .bind(user_id).fetch_optional(pool).await)?;
        Ok(off.flatten().is_some())
    }

    /// Turns the user's giveaway mail on or off, with its audit entry; answers whether that
    /// changed anything.
    pub async fn set_giveaway_mail(
        &self,
        user_id: i64,
        on: bool,
        now: i64,
        actor: &str,
    ) -> sqlx::Result<bool> {
        let _forget = self.forget_after(Change::User(user_id));
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            let change = if on {
                sqlx::query("UPDATE users SET giveaway_mail_off_at = NULL WHERE id = $1 AND giveaway_mail_off_at IS NOT NULL")
                    .bind(user_id)
            } else {
                sqlx::query("UPDATE users SET giveaway_mail_off_at = $2 WHERE id = $1 AND giveaway_mail_off_at IS NULL")
                    .bind(user_id).bind(now)
            };
            let changed = change.execute(&mut *tx).await?.rows_affected() == 1;
            if changed {
                let entry = AuditEntry {
                    actor: actor.to_string(),
                    action: if on { "mail.on" } else { "mail.off" },
                    user_id: Some(user_id),
                    ..AuditEntry::default()
                };
                insert_audit!(&mut *tx, now, &entry)?;
            }
            tx.commit().await?;
            Ok(changed)
        })
    }

    /// The reader of the message whose unsubscribe token has this hash.
    pub async fn unsubscribing_user(&self, token_hash: &str) -> sqlx::Result<Option<User>> {
        on_pool!(self, pool => sqlx::query_as::<_, User>(
            "SELECT u.id, u.username, u.email, u.date_joined, u.has_totp, u.has_webauthn, u.language \
             FROM mail_outbox o JOIN users u ON u.id = o.user_id WHERE o.unsubscribe_hash = $1")
            .bind(token_hash).fetch_optional(pool).await)
    }
}
