//! Claiming a code: the statements and the store's side of a claim, top to bottom.
//!
//! A claim (see [`crate::giveaway::claim`] for the rules checked before it) is one
//! transaction: one conditional `UPDATE` takes the soonest-expiring available code of a batch
//! bound to the declared country, else of a batch open to all of the campaign's countries,
//! and its audit entry is written beside it. Two things make it safe under any concurrency,
//! and neither is luck: the `UPDATE`'s own `state = 'available'` re-check (a code taken by a
//! concurrent claim matches nothing), and the partial unique index on (campaign, holder),
//! which turns a second concurrent claim by the same maintainer into a lost race that
//! answers the code already held. The statements differ between the dialects only in the
//! row lock PostgreSQL takes ([`ClaimDialect`]).

use chrono::NaiveDate;
use sqlx::{Pool, Postgres, Sqlite};

use super::audit::insert_audit;
use super::{AuditEntry, Store, begin_write, is_unique_violation, on_pool};
use crate::domain::countries::Country;

/// A code as its holder sees it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct HeldCode {
    pub id: i64,
    pub code: String,
    pub state: String,
    pub expires_on: NaiveDate,
    pub country: Option<String>,
    pub assigned_at: Option<i64>,
    pub redeemed_at: Option<i64>,
    pub redeemed_via: Option<String>,
}

/// What a claim came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClaimOutcome {
    /// A code was assigned by this claim.
    Assigned(HeldCode),
    /// The maintainer already held this code (a repeated or double-clicked claim).
    AlreadyHeld(HeldCode),
    /// No unexpired code is left for the country.
    NoneLeft,
}

macro_rules! held_code_columns {
    () => {
        "id, code, state, expires_on, country, assigned_at, redeemed_at, redeemed_via"
    };
}

/// The claim statement: one atomic UPDATE picking the soonest-expiring available code.
/// `$1` user, `$2` country, `$3` now, `$4` campaign, `$5` today. The outer `state =
/// 'available'` re-check makes a code taken by a concurrent claim match nothing.
macro_rules! claim_sql {
    ($batch_filter:expr, $lock:literal) => {
        concat!(
            "UPDATE codes SET state = 'assigned', user_id = $1, country = $2, assigned_at = $3 \
             WHERE id = (SELECT c.id FROM codes c \
                 WHERE c.campaign_id = $4 AND c.state = 'available' AND c.expires_on >= $5 \
                   AND c.batch_id IN (",
            $batch_filter,
            ") ORDER BY c.expires_on, c.id LIMIT 1",
            $lock,
            ") AND state = 'available' RETURNING id"
        )
    };
}
/// Batches bound to the declared country `$2`.
macro_rules! country_batches {
    () => {
        "SELECT bc.batch_id FROM batch_countries bc JOIN batches b ON b.id = bc.batch_id \
         WHERE bc.country = $2 AND b.published"
    };
}
/// Batches of campaign `$4` that serve all of its countries.
macro_rules! open_batches {
    () => {
        "SELECT b.id FROM batches b WHERE b.campaign_id = $4 AND NOT b.country_bound AND b.published"
    };
}

/// The claim statements of a dialect, in the order a claim tries them: batches bound to the
/// declared country first (they can serve nobody else), then batches open to all.
pub(crate) trait ClaimDialect: sqlx::Database {
    const CLAIM_STATEMENTS: [&'static str; 2];
}

impl ClaimDialect for Sqlite {
    // SQLite has one writer: the write transaction already excludes every other claim.
    const CLAIM_STATEMENTS: [&'static str; 2] = [
        claim_sql!(country_batches!(), ""),
        claim_sql!(open_batches!(), ""),
    ];
}

impl ClaimDialect for Postgres {
    // SKIP LOCKED lets concurrent claims on several replicas take different codes instead of
    // queueing on the same row.
    const CLAIM_STATEMENTS: [&'static str; 2] = [
        claim_sql!(country_batches!(), " FOR UPDATE OF c SKIP LOCKED"),
        claim_sql!(open_batches!(), " FOR UPDATE OF c SKIP LOCKED"),
    ];
}

/// A claim being made.
struct Claim<'a> {
    campaign_id: i64,
    user_id: i64,
    country: Country,
    today: NaiveDate,
    now: i64,
    actor: &'a str,
}

/// What one claim transaction came to.
enum Round {
    Assigned,
    /// A concurrent claim by the same maintainer won (the unique index on the holder).
    LostRace,
    /// No code matched the statements.
    NoCode,
}

/// True when `err` means the connection to the database went away mid-statement: I/O
/// failed, or the server ended the session (PostgreSQL's 57P01 admin shutdown, 57P02 crash
/// shutdown, 57P03 cannot connect now, and the 08 class of connection exceptions).
fn is_connection_lost(err: &sqlx::Error) -> bool {
    match err {
        sqlx::Error::Io(_) | sqlx::Error::WorkerCrashed => true,
        sqlx::Error::Database(db) => db.code().is_some_and(|code| {
            code.starts_with("08") || matches!(code.as_ref(), "57P01" | "57P02" | "57P03")
        }),
        _ => false,
    }
}

/// The claim statements for a pool's dialect.
fn claim_statements<DB: ClaimDialect>(_pool: &Pool<DB>) -> [&'static str; 2] {
    DB::CLAIM_STATEMENTS
}

impl Store {
    /// The code the user holds in the campaign (assigned, redeemed or expired; not revoked).
    pub async fn held_code(&self, campaign_id: i64, user_id: i64) -> sqlx::Result<Option<HeldCode>> {
        on_pool!(self, pool => sqlx::query_as::<_, HeldCode>(concat!(
            "SELECT ", held_code_columns!(), " FROM codes \
             WHERE campaign_id = $1 AND user_id = $2 AND state <> 'revoked'"))
            .bind(campaign_id).bind(user_id)
            .fetch_optional(pool).await)
    }

    /// Unexpired codes still available in the campaign, for any country.
    pub async fn codes_left(&self, campaign_id: i64, today: NaiveDate) -> sqlx::Result<i64> {
        on_pool!(self, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM codes c JOIN batches b ON b.id = c.batch_id \
             WHERE c.campaign_id = $1 AND c.state = 'available' AND c.expires_on >= $2 AND b.published")
            .bind(campaign_id).bind(today)
            .fetch_one(pool).await)
    }

    /// Assigns one available, unexpired code from a batch serving `country` to the user,
    /// preferring batches bound to that country (they can serve nobody else), then the
    /// soonest to expire. The claim is one conditional UPDATE in a transaction with its audit
    /// entry; the unique index on (campaign, holder) turns a concurrent second claim by the
    /// same user into a lost race that answers the code already held.
    pub async fn claim(
        &self,
        campaign_id: i64,
        user_id: i64,
        country: Country,
        today: NaiveDate,
        now: i64,
        actor: &str,
    ) -> sqlx::Result<ClaimOutcome> {
        let claim = Claim {
            campaign_id,
            user_id,
            country,
            today,
            now,
            actor,
        };
        let mut reconnected = false;
        // A few rounds at most: a round is only repeated after losing a race, or once after
        // the connection dropped.
        for _ in 0..5 {
            if let Some(held) = self.held_code(campaign_id, user_id).await? {
                return Ok(ClaimOutcome::AlreadyHeld(held));
            }
            let round = match self.claim_round(&claim).await {
                // A dropped connection (a PostgreSQL failover, a proxy's restart) rolled the
                // round back, or lost the answer to its commit: either way the next round
                // starts by looking for a code already held, so trying again is safe.
                Err(err) if !reconnected && is_connection_lost(&err) => {
                    tracing::warn!(error = %err, "a claim's connection dropped: trying once more");
                    reconnected = true;
                    continue;
                }
                round => round?,
            };
            match round {
                Round::Assigned => {
                    let held = self
                        .held_code(campaign_id, user_id)
                        .await?
                        .expect("just assigned");
                    return Ok(ClaimOutcome::Assigned(held));
                }
                Round::LostRace => continue,
                Round::NoCode => {
                    // On PostgreSQL a claim can see no row while others hold row locks on the
                    // last codes and then release them; only an empty count means none left.
                    if self.codes_left_for(campaign_id, country, today).await? == 0 {
                        return Ok(ClaimOutcome::NoneLeft);
                    }
                }
            }
        }
        Ok(match self.held_code(campaign_id, user_id).await? {
            Some(held) => ClaimOutcome::AlreadyHeld(held),
            None => ClaimOutcome::NoneLeft,
        })
    }

    /// One claim transaction: the claim statements in order, then the audit entry.
    async fn claim_round(&self, claim: &Claim<'_>) -> sqlx::Result<Round> {
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            for statement in claim_statements(pool) {
                let result: sqlx::Result<Option<i64>> = sqlx::query_scalar(statement)
                    .bind(claim.user_id).bind(claim.country.code()).bind(claim.now)
                    .bind(claim.campaign_id).bind(claim.today)
                    .fetch_optional(&mut *tx).await;
                match result {
                    Ok(Some(code_id)) => {
                        let entry = AuditEntry {
                            actor: claim.actor.to_string(),
                            action: "code.claim",
                            campaign_id: Some(claim.campaign_id),
                            code_id: Some(code_id),
                            user_id: Some(claim.user_id),
                            detail: format!("declared country {}", claim.country),
                        };
                        insert_audit!(&mut *tx, claim.now, &entry)?;
                        tx.commit().await?;
                        return Ok(Round::Assigned);
                    }
                    Ok(None) => continue,
                    Err(err) if is_unique_violation(&err) => {
                        tx.rollback().await?;
                        return Ok(Round::LostRace);
                    }
                    Err(err) => return Err(err),
                }
            }
            tx.rollback().await?;
            Ok(Round::NoCode)
        })
    }

    /// Unexpired codes available to a maintainer in `country`.
    pub async fn codes_left_for(
        &self,
        campaign_id: i64,
        country: Country,
        today: NaiveDate,
    ) -> sqlx::Result<i64> {
        on_pool!(self, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM codes c JOIN batches b ON b.id = c.batch_id \
             WHERE c.campaign_id = $1 AND c.state = 'available' AND c.expires_on >= $3 AND b.published \
               AND (NOT b.country_bound OR EXISTS (SELECT 1 FROM batch_countries bc WHERE bc.batch_id = b.id AND bc.country = $2))")
            .bind(campaign_id).bind(country.code()).bind(today)
            .fetch_one(pool).await)
    }
}
