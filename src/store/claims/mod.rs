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
//!
//! Stock is never counted code by code: `batch_stock` keeps how many of each batch's codes
//! are available (migration 0011's triggers change it in the statement that changes a code's
//! state), so the stock of a campaign or a country is a sum over a few rows per batch, read
//! before the write transaction: a claim that cannot succeed takes no write lock.

use chrono::NaiveDate;
use sqlx::{Pool, Postgres, Sqlite};

use super::{CounterRow, Store, on_pool};
use crate::domain::countries::Country;
use batch::{Entry, Round};

pub(crate) mod batch;
mod shared_error;

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
    /// The claim's rate-limit counter, counted by the claim's transaction, went over its
    /// limit: no code was looked for.
    OverLimit,
}

macro_rules! held_code_columns {
    () => {
        "id, code, state, expires_on, country, assigned_at, redeemed_at, redeemed_via"
    };
}

/// The claim statement: one atomic UPDATE picking the soonest-expiring available code.
/// `$1` user, `$2` country, `$3` now, `$4` campaign, `$5` today, `$6` offer. The outer `state =
/// 'available'` re-check makes a code taken by a concurrent claim match nothing. It answers
/// the code as its holder sees it (no second read), and the trigger `codes_stock_taken`
/// (migration 0011) takes it off its batch's stock in the same statement.
/// `holder_had_key` notes, in the claim's own statement, whether the holder had a security
/// key then: the "keys in use" figure compares it with the registry's later imports.
macro_rules! claim_sql {
    ($batch_filter:expr, $lock:literal) => {
        concat!(
            "UPDATE codes SET state = 'assigned', user_id = $1, country = $2, assigned_at = $3, \
                 holder_had_key = (SELECT u.has_webauthn FROM users u WHERE u.id = $1) \
             WHERE id = (SELECT c.id FROM codes c \
                 WHERE c.campaign_id = $4 AND c.state = 'available' AND c.expires_on >= $5 \
                   AND c.batch_id IN (",
            $batch_filter,
            // Offers: only codes of the chosen offer's batches (batches_offer index).
            ") AND c.batch_id IN (SELECT ob.id FROM batches ob WHERE ob.offer_id = $6) \
             ORDER BY c.expires_on, c.id LIMIT 1",
            $lock,
            ") AND state = 'available' RETURNING ",
            held_code_columns!()
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

/// A claim to make: who claims what, and what its transaction writes beside the code.
#[derive(Debug, Clone, Copy)]
pub struct ClaimRequest<'a> {
    pub campaign_id: i64,
    pub offer_id: i64,
    pub user_id: i64,
    pub country: Country,
    pub today: NaiveDate,
    pub now: i64,
    /// Who the audit entry names.
    pub actor: &'a str,
    /// A message for the session, written with the code.
    pub flash: Option<SessionFlash<'a>>,
    /// The offer's [`Stock`] in the country, read just before in the same query as the code
    /// the maintainer holds, which was none: the first round does not read it again, and a
    /// claim it shows cannot succeed answers [`ClaimOutcome::NoneLeft`] without reading the
    /// code held once more.
    pub stock: Option<Stock>,
    /// The claim's rate-limit counter: counted by the claim's own transaction, so that a claim
    /// is one write transaction, not two (see [`CountedClaim::hits`]).
    pub counter: Option<CounterRow<'a>>,
}

/// What [`Store::claim_counted`] came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountedClaim {
    pub outcome: ClaimOutcome,
    /// The window's count, this claim included, when a claim transaction counted it; `None`
    /// when no claim transaction was committed (no stock, a lost race): the caller counts
    /// the claim then.
    pub hits: Option<i64>,
}

/// A message for the next page of a session, written by the claim transaction that assigns
/// a code: the claim and what its maintainer reads next commit together, in one write
/// transaction instead of two.
#[derive(Debug, Clone, Copy)]
pub struct SessionFlash<'a> {
    pub session_hash: &'a str,
    pub message: &'a str,
}

/// True when `err` means the connection to the database went away mid-statement: I/O
/// failed, or the server ended the session (PostgreSQL's 57P01 admin shutdown, 57P02 crash
/// shutdown, 57P03 cannot connect now, and the 08 class of connection exceptions).
pub(crate) fn is_connection_lost(err: &sqlx::Error) -> bool {
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

/// Unexpired codes available to a maintainer of one country, split as the claim statements
/// are: in batches bound to that country, and in batches open to all countries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, sqlx::FromRow)]
pub struct Stock {
    pub bound: i64,
    pub open: i64,
}

impl Stock {
    /// Every code the maintainer could be given.
    pub fn total(&self) -> i64 {
        self.bound + self.open
    }

    /// Which claim statements can find a code: a statement over batches whose count is 0
    /// is skipped, and saves a round trip inside the write transaction.
    fn worth_trying(&self) -> [bool; 2] {
        [self.bound > 0, self.open > 0]
    }
}

/// Stock rows of the batches that serve `$2` (bound to it, or open to all), unexpired on `$3`,
/// of the campaign or offer `$1` names (`$owner`).
macro_rules! stock_sql {
    ($owner:literal) => {
        concat!(
            "SELECT CAST(COALESCE(SUM(CASE WHEN b.country_bound THEN s.available ELSE 0 END), 0) AS BIGINT) AS bound, \
                    CAST(COALESCE(SUM(CASE WHEN b.country_bound THEN 0 ELSE s.available END), 0) AS BIGINT) AS open \
             FROM batches b JOIN batch_stock s ON s.batch_id = b.id WHERE ",
            $owner,
            " AND b.published AND b.expires_on >= $3 \
               AND (NOT b.country_bound OR EXISTS (SELECT 1 FROM batch_countries bc WHERE bc.batch_id = b.id AND bc.country = $2))"
        )
    };
}

/// Rounds a claim may take: a round is repeated after a lost race, after the connection
/// dropped (once), or when PostgreSQL's `SKIP LOCKED` saw only codes locked by concurrent
/// claims although the count said some were left (they may roll back).
const CLAIM_ROUNDS: usize = 20;

impl Store {
    /// The code the user holds in the campaign (assigned, redeemed or expired; not revoked).
    pub async fn held_code(&self, campaign_id: i64, user_id: i64) -> sqlx::Result<Option<HeldCode>> {
        on_pool!(self, pool => sqlx::query_as::<_, HeldCode>(concat!(
            "SELECT ", held_code_columns!(), " FROM codes \
             WHERE campaign_id = $1 AND user_id = $2 AND state <> 'revoked'"))
            .bind(campaign_id).bind(user_id)
            .fetch_optional(pool).await)
    }

    /// Unexpired codes still available in the campaign, for any country: a sum over the
    /// campaign's batches' stock rows (`batch_stock`, see migration 0011), never a count of
    /// codes. A batch past its expiry date counts nothing, whether or not upkeep has
    /// marked its codes expired yet.
    pub async fn codes_left(&self, campaign_id: i64, today: NaiveDate) -> sqlx::Result<i64> {
        on_pool!(self, pool => sqlx::query_scalar(
            "SELECT CAST(COALESCE(SUM(s.available), 0) AS BIGINT) FROM batches b JOIN batch_stock s ON s.batch_id = b.id \
             WHERE b.campaign_id = $1 AND b.published AND b.expires_on >= $2")
            .bind(campaign_id).bind(today)
            .fetch_one(pool).await)
    }

    /// Assigns one available, unexpired code of the offer, from a batch serving `country`, to the user,
    /// preferring batches bound to that country (they can serve nobody else), then the
    /// soonest to expire (see [`Store::claim_counted`]); `flash`, if any, is left for the
    /// session in the transaction that assigns the code.
    #[allow(clippy::too_many_arguments)]
    pub async fn claim(
        &self,
        campaign_id: i64,
        offer_id: i64,
        user_id: i64,
        country: Country,
        (today, now): (NaiveDate, i64),
        actor: &str,
        flash: Option<SessionFlash<'_>>,
    ) -> sqlx::Result<ClaimOutcome> {
        let request = ClaimRequest {
            campaign_id,
            offer_id,
            user_id,
            country,
            today,
            now,
            actor,
            flash,
            stock: None,
            counter: None,
        };
        Ok(self.claim_counted(&request).await?.outcome)
    }

    /// Makes a claim: one conditional UPDATE in a transaction with its audit entry, the
    /// session's message and the claim's rate-limit count. The unique index on (campaign,
    /// holder) turns a concurrent second claim by the same user into a lost race that
    /// answers the code already held. The transaction is shared with the other claims
    /// waiting in this process (see [`batch`]), each with its own statements and result.
    pub async fn claim_counted(&self, claim: &ClaimRequest<'_>) -> sqlx::Result<CountedClaim> {
        let mut reconnected = false;
        let mut hits = None;
        let mut known_stock = claim.stock;
        let mut rounds_run = 0;
        let answer = |outcome, hits| Ok(CountedClaim { outcome, hits });
        for _ in 0..CLAIM_ROUNDS {
            // The stock is a read of a few batch rows: a claim that cannot succeed answers
            // without taking a write transaction (nor SQLite's single write lock).
            let stock = match known_stock.take() {
                Some(stock) => stock,
                None => {
                    self.offer_stock_for(claim.offer_id, claim.country, claim.today)
                        .await?
                }
            };
            if stock.total() == 0 {
                break;
            }
            rounds_run += 1;
            // Counted by the first committed round only.
            let counter = claim.counter.filter(|_| hits.is_none());
            // No read of a code already held first: the unique index on (campaign, holder)
            // refuses a second code, and that lost race answers the code held.
            let entry = Entry::claim(claim, stock.worth_trying(), counter);
            let (round, counted) = match self.in_batch(entry).await.map(|s| (s.round, s.hits)) {
                // A dropped connection (a PostgreSQL failover, a proxy's restart) rolled the
                // round back, or lost the answer to its commit: either way the next round
                // meets the unique index if the code was assigned, so trying again is safe.
                Err(err) if !reconnected && is_connection_lost(&err) => {
                    tracing::warn!(error = %err, "a claim's connection dropped: trying once more");
                    reconnected = true;
                    continue;
                }
                round => round?,
            };
            hits = hits.or(counted);
            match round {
                Round::OverLimit => return answer(ClaimOutcome::OverLimit, hits),
                Round::Assigned(held) => return answer(ClaimOutcome::Assigned(held), hits),
                Round::LostRace => {
                    if let Some(held) = self.held_code(claim.campaign_id, claim.user_id).await? {
                        return answer(ClaimOutcome::AlreadyHeld(held), hits);
                    }
                }
                // On PostgreSQL a claim can see no row while others hold row locks on the
                // last codes and then release them; the next round reads the count again.
                Round::NoCode => {}
            }
        }
        // Nothing was written, and the caller read that no code is held with the stock.
        if rounds_run == 0 && claim.stock.is_some() {
            return answer(ClaimOutcome::NoneLeft, hits);
        }
        let outcome = match self.held_code(claim.campaign_id, claim.user_id).await? {
            Some(held) => ClaimOutcome::AlreadyHeld(held),
            None => ClaimOutcome::NoneLeft,
        };
        answer(outcome, hits)
    }

    /// Unexpired codes available to a maintainer in `country`.
    pub async fn codes_left_for(
        &self,
        campaign_id: i64,
        country: Country,
        today: NaiveDate,
    ) -> sqlx::Result<i64> {
        Ok(self.stock_for(campaign_id, country, today).await?.total())
    }

    /// The [`Stock`] of a maintainer in `country`, in the whole campaign: sums over the
    /// campaign's batch rows that serve the country (see migration 0011), never a count of codes.
    pub async fn stock_for(
        &self,
        campaign_id: i64,
        country: Country,
        today: NaiveDate,
    ) -> sqlx::Result<Stock> {
        self.stock_where(stock_sql!("b.campaign_id = $1"), campaign_id, country, today)
            .await
    }

    /// The [`Stock`] of a maintainer in `country`, in one offer: what a claim of it can find.
    pub async fn offer_stock_for(
        &self,
        offer_id: i64,
        country: Country,
        today: NaiveDate,
    ) -> sqlx::Result<Stock> {
        self.stock_where(stock_sql!("b.offer_id = $1"), offer_id, country, today)
            .await
    }

    async fn stock_where(
        &self,
        sql: &'static str,
        owner: i64,
        country: Country,
        today: NaiveDate,
    ) -> sqlx::Result<Stock> {
        on_pool!(self, pool => sqlx::query_as::<_, Stock>(sql)
            .bind(owner).bind(country.code()).bind(today)
            .fetch_one(pool).await)
    }
}
