//! All SQL lives here, behind [`Store`]: SQLite (the embedded default) or PostgreSQL, chosen by
//! the database URL.
//!
//! Each statement is written once with `$1` placeholders, which both dialects read, and the
//! [`on_pool!`] macro compiles it once per backend. The few places where the dialects differ
//! are the constants of [`Dialect`]. Timestamps are Unix seconds and dates are chrono dates,
//! both set in Rust, so no SQL depends on a database's clock or date functions.

use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use sqlx::{Pool, Postgres, Sqlite, Transaction};

mod admin;
mod archive;
pub(crate) mod audit;
mod auth;
mod campaign_cache;
mod campaigns;
mod claims;
mod codes;
mod dashboard;
mod exports;
mod kept_connections;
mod limits;
mod load_writer;
mod loading;
mod offers;
mod outbox;
mod outcome;
mod phases;
mod read_cache;
mod registry;
mod releases;
mod security_keys;
mod standing;
mod stats;
mod stripe;
mod uploads;

pub use admin::{AdminAccount, ApiToken, Grant, TotpAcceptance};
pub use archive::{ArchiveRow, CampaignArchive, HeldCodes, Purge};
pub use audit::{AuditEntry, AuditRow};
pub use auth::{ConsumeLoginToken, LiveSession, SessionRow};
pub use campaign_cache::CAMPAIGNS_KEPT_FOR;
pub use campaigns::{
    Campaign, CampaignProblem, CampaignStatus, FULFILMENT_STRIPE, FULFILMENT_VENDOR, HANDED_BACK_RESTOCK,
    HANDED_BACK_RETIRE, NewCampaign,
};
pub use claims::batch::{BatchCounts, MOST_PER_BATCH};
pub use claims::{ClaimOutcome, ClaimRequest, CountedClaim, HeldCode, SessionFlash, Stock};
pub use codes::{CodeRow, NewBatch, RedemptionReport};
pub use dashboard::{
    ActivityCount, CampaignPeople, DailyActivity, PhaseEligible, TwoFactorAdoption, sum_activity_by,
};
pub use exports::AuditExport;
pub use kept_connections::MOST_KEPT as CONNECTIONS_KEPT_MOST;
pub use limits::{AdminLockout, CounterRow};
pub use load_writer::{LOAD_CACHE_KIB, LOAD_CHECKPOINT_ROWS, LOAD_TRANSACTION_MOST};
pub use loading::{Confirmed, LOAD_CHUNK, LOAD_LEASE_SECONDS};
pub(crate) use loading::{Lease, Settle};
pub use offers::{NewOffer, Offer, OfferProblem, OfferStats};
pub use outbox::{FailedMail, LeasedMail, MailCounts, MailKind, MailOutcome};
pub use outcome::{CodeStateCount, KeysInUse, RegistrySnapshot, SNAPSHOTS_SHOWN};
pub use phases::{StoredPhase, describe_change};
pub use read_cache::{READS_KEPT_FOR, READS_KEPT_MOST};
pub use registry::{CriticalProject, ImportSummary, User};
pub use releases::{HANDED_BACK_REASON, HandBackCounts, ReleaseRow, Released};
pub use security_keys::{Ceremony, KeyGate, KeyRemoval, KeyUse, METHOD_SECURITY_KEY, SecurityKey};
pub use standing::StandingReads;
pub use stats::{BatchStats, CampaignStats, CountryStats};
pub use stripe::{DuePromotion, EventOutcome, Promotion, PromotionStatus, PublicationCounts};
pub use uploads::{STAGE_CHUNK, Upload};

/// The service's database.
#[derive(Clone, Debug)]
pub struct Store {
    db: Db,
    /// Campaigns, offers and phases kept for a moment (see [`campaign_cache`]).
    campaign_cache: std::sync::Arc<campaign_cache::CampaignCache>,
    /// Sessions and maintainers' page reads kept for a moment (see [`read_cache`]).
    read_caches: std::sync::Arc<read_cache::ReadCaches>,
    /// The queue of this process's claims and rate-limit counts, run in shared write
    /// transactions (see [`claims::batch`]).
    claim_batcher: std::sync::Arc<claims::batch::Batcher>,
    /// When a health check's write last went through (see [`Store::check_writable`]).
    last_writable: std::sync::Arc<tokio::sync::Mutex<Option<std::time::Instant>>>,
    /// Connections kept between the hottest reads (see [`kept_connections`]).
    kept_connections: std::sync::Arc<kept_connections::KeptConnections>,
}

#[derive(Clone, Debug)]
enum Db {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// Runs `$body` with `$pool` bound to the store's pool, compiled once for each backend: the
/// same SQL text serves both.
macro_rules! on_pool {
    ($store:expr, $pool:ident => $body:expr) => {
        match &$store.db {
            $crate::store::Db::Sqlite($pool) => $body,
            $crate::store::Db::Postgres($pool) => $body,
        }
    };
}
pub(crate) use on_pool;

/// Runs `$body` with `$conn` bound to a connection kept between the hottest reads, one
/// statement a round trip (see [`kept_connections`]): for reads made by most requests, never
/// inside a transaction.
macro_rules! on_kept_connection {
    ($store:expr, $conn:ident => $body:expr) => {
        match &$store.db {
            $crate::store::Db::Sqlite(pool) => {
                $crate::store::kept_connections::read_on_kept!(&$store.kept_connections.sqlite, pool, $conn => $body)
            }
            $crate::store::Db::Postgres(pool) => {
                $crate::store::kept_connections::read_on_kept!(&$store.kept_connections.postgres, pool, $conn => $body)
            }
        }
    };
}
pub(crate) use on_kept_connection;

/// Rows of a query, read by a task of their own: a download streams them without borrowing
/// the store, and at most [`STREAM_BUFFER`] rows wait in memory.
pub type RowStream<T> = futures_util::stream::BoxStream<'static, sqlx::Result<T>>;

/// Rows a [`RowStream`] reads ahead of its consumer.
pub const STREAM_BUFFER: usize = 256;

/// Starts `query_as::<_, $row>($sql)` with the given binds on a task of its own and answers
/// a [`RowStream`] of its rows. The task stops when the consumer goes away.
macro_rules! stream_rows {
    ($store:expr, $row:ty, $sql:expr $(, $bind:expr)*) => {{
        let (sender, receiver) = tokio::sync::mpsc::channel::<sqlx::Result<$row>>($crate::store::STREAM_BUFFER);
        $crate::store::on_pool!($store, pool => {
            let pool = pool.clone();
            tokio::spawn(async move {
                use futures_util::StreamExt;
                let mut rows = sqlx::query_as::<_, $row>($sql)$(.bind($bind))*.fetch(&pool);
                while let Some(row) = rows.next().await {
                    let failed = row.is_err();
                    if sender.send(row).await.is_err() || failed {
                        break;
                    }
                }
            });
        });
        let stream: $crate::store::RowStream<$row> = Box::pin(futures_util::stream::unfold(receiver, |mut receiver| async move {
            receiver.recv().await.map(|row| (row, receiver))
        }));
        stream
    }};
}
pub(crate) use stream_rows;

/// Statements that differ between the dialects; everything else is shared text (the claim's
/// row lock is in [`claims::ClaimDialect`], beside the claim).
pub(crate) trait Dialect: sqlx::Database {
    /// Opens a transaction that will write. SQLite must take the write lock up front: a
    /// deferred transaction that reads first and writes later can fail with SQLITE_BUSY
    /// instead of waiting its turn.
    const BEGIN_WRITE: &'static str;
    /// Inside a write transaction, takes the lock a claim needs on the codes without changing
    /// anything (SQLite's `BEGIN IMMEDIATE` already took its only lock).
    const PROBE_WRITE: &'static str;
}

impl Dialect for Sqlite {
    const BEGIN_WRITE: &'static str = "BEGIN IMMEDIATE";
    const PROBE_WRITE: &'static str = "SELECT 1";
}

impl Dialect for Postgres {
    const BEGIN_WRITE: &'static str = "BEGIN";
    const PROBE_WRITE: &'static str = "LOCK TABLE codes IN ROW EXCLUSIVE MODE";
}

/// The dialect's [`Dialect::PROBE_WRITE`] for a pool.
fn probe_write<DB: Dialect>(_pool: &Pool<DB>) -> &'static str {
    DB::PROBE_WRITE
}

/// Opens a transaction meant to write (see [`Dialect::BEGIN_WRITE`]).
pub(crate) async fn begin_write<DB: Dialect>(pool: &Pool<DB>) -> sqlx::Result<Transaction<'static, DB>> {
    pool.begin_with(DB::BEGIN_WRITE).await
}

/// True when `err` is a violation of a unique constraint (a lost race, or a duplicate).
pub(crate) fn is_unique_violation(err: &sqlx::Error) -> bool {
    err.as_database_error().is_some_and(|db| db.is_unique_violation())
}

/// The longest a request waits for the database: for a pooled connection, for SQLite's write
/// lock, for a PostgreSQL row or table lock. Past it the request fails as [`is_busy`], and the
/// person is asked to try again, rather than waiting half a minute for a 500.
pub const DATABASE_WAIT: Duration = Duration::from_secs(5);

/// How long a health check's write that went through answers for the next checks: a load
/// balancer polling every instance often costs one write a second at most.
pub const WRITABLE_TRUSTED_FOR: Duration = Duration::from_secs(1);

/// True when `err` says the database was too busy to answer in time (see [`DATABASE_WAIT`]):
/// no pooled connection came free, SQLite's lock stayed taken, or a PostgreSQL lock wait ran
/// out. Such a request can be tried again as it was.
pub fn is_busy(err: &sqlx::Error) -> bool {
    match err {
        sqlx::Error::PoolTimedOut => true,
        sqlx::Error::Database(db) => match db.code().as_deref() {
            // SQLITE_BUSY and SQLITE_LOCKED, with their extended codes (the low byte).
            Some(code) if code.parse::<i32>().is_ok_and(|c| matches!(c & 0xff, 5 | 6)) => true,
            // lock_not_available, query_canceled (a statement or lock timeout)
            Some("55P03" | "57014") => true,
            _ => false,
        },
        _ => false,
    }
}

/// Decides whether a connection goes back to the pool: not when an error left it inside a
/// transaction. A COMMIT that fails (a full disk, say) leaves the driver counting an open
/// transaction that SQLite has already ended, and every later `BEGIN` on that connection
/// would fail until a restart; such a connection is closed instead, and the pool opens a
/// fresh one. A rollback queued by a dropped transaction is waited for first (the ping runs
/// behind it), so only connections really stuck are closed.
fn leave_no_transaction<C: sqlx::Connection>(
    conn: &mut C,
    _: sqlx::pool::PoolConnectionMetadata,
) -> futures_util::future::BoxFuture<'_, sqlx::Result<bool>> {
    Box::pin(async move {
        if conn.is_in_transaction() {
            conn.ping().await?;
        }
        if conn.is_in_transaction() {
            tracing::warn!("a database connection was left inside a transaction: closing it");
            return Ok(false);
        }
        Ok(true)
    })
}

/// How long a pooled PostgreSQL connection may sit idle and still be leased without a ping.
const TRUSTED_IDLE: Duration = Duration::from_secs(1);

/// Pings a PostgreSQL connection before its lease when it sat idle longer than
/// [`TRUSTED_IDLE`]: one that the server or a proxy closed in the meantime (a restart, an
/// idle timeout) is then replaced before a request meets it. sqlx's default pings before
/// every lease, a round trip in front of each of a claim's statements that took a third of
/// its round trips; a connection in steady use answered a moment ago, and the rare one that
/// dies under use fails its statement, which the claim tries once more (see
/// `Store::claim_counted`).
fn ping_if_idle(
    conn: &mut sqlx::PgConnection,
    meta: sqlx::pool::PoolConnectionMetadata,
) -> futures_util::future::BoxFuture<'_, sqlx::Result<bool>> {
    Box::pin(async move {
        if meta.idle_for > TRUSTED_IDLE {
            sqlx::Connection::ping(conn).await?;
        }
        Ok(true)
    })
}

/// `None` when `result` is a lost race on a unique constraint (a name already taken), else
/// what it holds.
pub(crate) fn unless_taken<T>(result: sqlx::Result<T>) -> sqlx::Result<Option<T>> {
    match result {
        Ok(value) => Ok(Some(value)),
        Err(err) if is_unique_violation(&err) => Ok(None),
        Err(err) => Err(err),
    }
}

impl Store {
    /// Connects to `url` (`sqlite:...` or `postgres://...`), creating a SQLite file if missing,
    /// and brings the schema up to date. On PostgreSQL the migrator holds an advisory lock, so
    /// replicas starting together migrate once.
    pub async fn connect(url: &str) -> anyhow::Result<Store> {
        let db = if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            // A row or table lock held too long fails the statement instead of stalling it.
            let lock_timeout = format!("{}ms", DATABASE_WAIT.as_millis());
            let options = PgConnectOptions::from_str(url)?.options([("lock_timeout", lock_timeout.as_str())]);
            let pool = PgPoolOptions::new()
                .after_release(leave_no_transaction)
                // A connection is pinged before its lease only after it sat idle a while
                // (see `ping_if_idle`), not before every statement.
                .test_before_acquire(false)
                .before_acquire(ping_if_idle)
                // The connections kept between reads come on top of the pool's 16.
                .max_connections(16 + kept_connections::MOST_KEPT)
                .acquire_timeout(DATABASE_WAIT)
                .connect_with(options)
                .await?;
            sqlx::migrate!("./migrations/postgres").run(&pool).await?;
            Db::Postgres(pool)
        } else if url.starts_with("sqlite:") {
            let options = SqliteConnectOptions::from_str(url)?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .foreign_keys(true)
                // Writers queue on SQLite's single write lock: a burst of claims waits its turn
                // (each takes well under a millisecond), a lock held for long fails clearly.
                .busy_timeout(DATABASE_WAIT);
            let pool = SqlitePoolOptions::new()
                .after_release(leave_no_transaction)
                // sqlx pings a connection before every lease by default: on SQLite that is a
                // round trip to the connection's worker thread per statement, half the thread
                // hops of a page's read. A SQLite connection is a file this process holds open;
                // it does not drop like a network one (the ping stays on for PostgreSQL).
                .test_before_acquire(false)
                // The connections kept between reads count among these 8: each holds up to
                // 2 MB of page cache, and SQLite's one writer needs few connections anyway.
                .max_connections(8)
                .acquire_timeout(DATABASE_WAIT)
                .connect_with(options)
                .await?;
            sqlx::migrate!("./migrations/sqlite").run(&pool).await?;
            Db::Sqlite(pool)
        } else {
            anyhow::bail!("unsupported database URL: it must start with sqlite: or postgres://");
        };
        Ok(Store {
            db,
            campaign_cache: Default::default(),
            read_caches: Default::default(),
            claim_batcher: std::sync::Arc::new(claims::batch::Batcher::new()),
            last_writable: Default::default(),
            kept_connections: Default::default(),
        })
    }

    /// Which backend this is: "sqlite" or "postgres".
    pub fn backend(&self) -> &'static str {
        match self.db {
            Db::Sqlite(_) => "sqlite",
            Db::Postgres(_) => "postgres",
        }
    }

    /// On SQLite, the turn of this process's claim batches (see
    /// [`claims::batch::Batcher`]): the chunks of a load take it too, so that a claim made
    /// during a load waits for one chunk at most instead of meeting SQLite's busy handler,
    /// whose sleeps (1, 2, 5, 10 ms and on) made a burst wait tens of milliseconds for a
    /// lock held a fraction of one. Other processes' writers still meet the busy handler.
    /// `None` on PostgreSQL, where a chunk and the claims run side by side (row locks).
    pub(crate) async fn write_turn(&self) -> Option<tokio::sync::OwnedMutexGuard<()>> {
        match self.db {
            Db::Sqlite(_) => Some(self.claim_batcher.turn().await),
            Db::Postgres(_) => None,
        }
    }

    /// True when a claim or a count of this process waits for the write turn (see
    /// [`Store::write_turn`]): a load then commits after the chunk under way.
    pub(crate) fn write_wanted(&self) -> bool {
        self.claim_batcher.has_waiting()
    }

    /// Answers when the database does.
    pub async fn ping(&self) -> sqlx::Result<()> {
        on_pool!(self, pool => sqlx::query("SELECT 1").execute(pool).await.map(drop))
    }

    /// Answers when a claim could write now: a write transaction opens, takes the lock a
    /// claim takes on the codes, and commits a one-row write (so a full disk shows too).
    /// A write that went through is trusted for [`WRITABLE_TRUSTED_FOR`]: checks in that time
    /// answer at once, and checks made together wait for one write. A failed write is never
    /// reused: the next check writes again, so recovery shows at once.
    pub async fn check_writable(&self, now: i64) -> sqlx::Result<()> {
        let mut last_writable = self.last_writable.lock().await;
        if last_writable.is_some_and(|at| at.elapsed() < WRITABLE_TRUSTED_FOR) {
            return Ok(());
        }
        self.probe_writable(now).await?;
        *last_writable = Some(std::time::Instant::now());
        Ok(())
    }

    /// The health check's write (see [`Store::check_writable`]).
    async fn probe_writable(&self, now: i64) -> sqlx::Result<()> {
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            sqlx::query(probe_write(pool)).execute(&mut *tx).await?;
            sqlx::query("UPDATE health_probe SET checked_at = $1 WHERE id = 1").bind(now).execute(&mut *tx).await?;
            tx.commit().await
        })
    }

    /// Closes every connection (the SQLite file is then complete on disk).
    pub async fn close(&self) {
        // The pool's close waits for every connection leased, kept ones included.
        self.kept_connections.release_all();
        on_pool!(self, pool => pool.close().await)
    }

    /// Connections kept between the hottest reads now (see [`kept_connections`]).
    pub fn connections_kept(&self) -> usize {
        self.kept_connections.len()
    }
}
