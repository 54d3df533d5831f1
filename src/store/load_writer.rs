//! The writer of a load straight from a file (`batches::load`): step 2 of the load (see
//! `src/store/loading.rs`), with its own connection and write transactions that span as many
//! chunks of [`LOAD_CHUNK`] lines as they can without keeping anybody waiting.
//!
//! A chunk's transaction used to commit on its own: a million codes made a thousand commits,
//! each renewing the lease and the stock, each writing the pages it touched to the WAL again
//! (the rightmost pages of every index for codes in order; for random codes, a leaf of the
//! unique index on `codes.code` per code) and checkpointing every 1,000 pages. Now:
//!
//! - a transaction goes on to the next chunk while that chunk is read already, nobody of this
//!   process waits for the write turn (a claim, a rate-limit count: [`Store::write_wanted`]),
//!   and it began less than [`LOAD_TRANSACTION_MOST`] ago. A claim of this process still
//!   waits one chunk at most; one of another process (the command line beside a server)
//!   meets SQLite's busy handler for at most about [`LOAD_TRANSACTION_MOST`];
//! - the lease and the stock are written once a transaction, with all that landed in it;
//! - on SQLite the writer's connection is its own (never the pool's, so its settings go with
//!   it): a page cache of [`LOAD_CACHE_KIB`], and while nobody waits it leaves the WAL to grow
//!   to [`LOAD_CHECKPOINT_PAGES`] before it checkpoints; when a claim waits, it checkpoints as
//!   every connection does (1,000 pages), so that the claims find a short WAL.
//!
//! What lands, and the report of every refused line, are decided per chunk as before: by the
//! unique index on `codes.code`, inside the transaction. The chunks come sorted by code
//! within windows of the file (`crate::batches::LOAD_WINDOW`), so a transaction of random
//! codes touches one slice of that index rather than leaves all over it.

use std::time::{Duration, Instant};

use sqlx::postgres::PgPool;
use sqlx::sqlite::{SqlitePool, SqlitePoolOptions};
use sqlx::{Postgres, Sqlite, Transaction};
use tokio::sync::OwnedMutexGuard;

use super::loading::refused_lines;
use super::read_cache::Change;
use super::{Db, LOAD_CHUNK, Store, Upload, begin_write};
use crate::domain::batch_file::BadLine;

/// The longest a load's write transaction stays open once it has written a chunk, when nobody
/// of this process waits to write (a claim of this process makes it commit after the chunk
/// under way). Bounds how long a writer of another process waits for SQLite's lock.
pub const LOAD_TRANSACTION_MOST: Duration = Duration::from_millis(50);

/// The page cache of a load's SQLite connection, in KiB (the connection and its cache go
/// when the load ends).
pub const LOAD_CACHE_KIB: i64 = 32 * 1024;

/// The codes a load commits before it checkpoints the WAL, while nobody of this process waits
/// to write: about a page each at most (random codes touch a leaf of the unique index each),
/// so the WAL stays under about 40 MB, and a page that several transactions changed is copied
/// to the database once. (Its commits do not checkpoint on their own, as other connections do
/// past 1,000 pages.)
pub const LOAD_CHECKPOINT_ROWS: i64 = 10_000;

/// A load's connection (SQLite) or pool (PostgreSQL), and its open transaction if any.
pub(crate) struct LoadWriter {
    db: WriterDb,
    open: Option<Open>,
    /// Codes committed since the writer's last checkpoint (SQLite).
    unchecked: i64,
}

enum WriterDb {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

enum Tx {
    Sqlite(Transaction<'static, Sqlite>),
    Postgres(Transaction<'static, Postgres>),
}

/// A write transaction of the load under way.
struct Open {
    tx: Tx,
    /// On SQLite, the write turn of this process (see [`Store::write_turn`]).
    _turn: Option<OwnedMutexGuard<()>>,
    began: Instant,
    /// Codes that landed in it.
    landed: i64,
}

/// Runs `$body` with `$tx` bound to the open transaction, compiled once for each backend.
macro_rules! on_tx {
    ($open:expr, $tx:ident => $body:expr) => {
        match &mut $open.tx {
            Tx::Sqlite($tx) => $body,
            Tx::Postgres($tx) => $body,
        }
    };
}

/// Runs `$body` with `$pool` bound to the writer's pool, compiled once for each backend.
macro_rules! on_writer {
    ($writer:expr, $pool:ident => $body:expr) => {
        match &$writer.db {
            WriterDb::Sqlite($pool) => $body,
            WriterDb::Postgres($pool) => $body,
        }
    };
}

/// The codes and their lines as a VALUES list (columns column1, column2 on both databases):
/// one statement, two parameters a code.
fn values<DB: sqlx::Database>(sql: &mut sqlx::QueryBuilder<DB>, codes: &[(u64, String)])
where
    for<'t> &'t String: sqlx::Encode<'t, DB> + sqlx::Type<DB>,
    for<'t> i64: sqlx::Encode<'t, DB> + sqlx::Type<DB>,
{
    sql.push("(");
    sql.push_values(codes, |mut row, (line, code)| {
        row.push_bind(code).push_bind(*line as i64);
    });
    sql.push(") AS v");
}

impl Store {
    /// A writer for one load (see the module's documentation); [`Store::finish_load_writer`]
    /// ends it.
    pub(crate) async fn load_writer(&self) -> sqlx::Result<LoadWriter> {
        let db = match &self.db {
            Db::Sqlite(pool) => {
                let options = (*pool.connect_options())
                    .clone()
                    .pragma("cache_size", format!("-{LOAD_CACHE_KIB}"))
                    // Its commits do not checkpoint: `Store::commit_load` does, after the turn.
                    .pragma("wal_autocheckpoint", "0");
                let own = SqlitePoolOptions::new()
                    .max_connections(1)
                    .test_before_acquire(false)
                    .connect_with(options)
                    .await?;
                WriterDb::Sqlite(own)
            }
            Db::Postgres(pool) => WriterDb::Postgres(pool.clone()),
        };
        Ok(LoadWriter {
            db,
            open: None,
            unchecked: 0,
        })
    }

    /// Writes one chunk of a load's good codes (no code twice, at most [`LOAD_CHUNK`]) into
    /// its batch, in the writer's open transaction or a new one, and commits unless the
    /// transaction may go on (`more_ready`: the next chunk is read already; see the module's
    /// documentation). The unique index on `codes.code` decides what lands; answers how many
    /// did, and the lines that did not: a code of an earlier line of the same file (its row is
    /// of this batch, and names its line), or one already in the database.
    pub(crate) async fn load_codes(
        &self,
        writer: &mut LoadWriter,
        upload: &Upload,
        batch_id: i64,
        codes: &[(u64, String)],
        (lease, more_ready): (i64, bool),
    ) -> sqlx::Result<(i64, Vec<BadLine>)> {
        debug_assert!(codes.len() as i64 <= LOAD_CHUNK);
        let open = match &mut writer.open {
            Some(open) => open,
            None => {
                // Claims of this process queue in turn with the load instead of on SQLite's
                // busy handler, so that a claim waits one chunk at most.
                let turn = self.write_turn().await;
                let tx = on_writer!(writer, pool => begin_write(pool).await.map(Into::into))?;
                writer.open.insert(Open {
                    tx,
                    _turn: turn,
                    began: Instant::now(),
                    landed: 0,
                })
            }
        };
        let (loaded, refused) = if codes.is_empty() {
            (0, Vec::new())
        } else {
            on_tx!(open, tx => {
                let mut insert = sqlx::QueryBuilder::new(
                    "INSERT INTO codes (campaign_id, batch_id, expires_on, code, file_line) SELECT ");
                insert.push_bind(upload.campaign_id).push(", ").push_bind(batch_id).push(", ")
                    .push_bind(upload.expires_on).push(", v.column1, v.column2 FROM ");
                values(&mut insert, codes);
                // SQLite reads ON after a bare SELECT as a join's: the WHERE ends the SELECT.
                insert.push(" WHERE TRUE ON CONFLICT (code) DO NOTHING");
                let loaded = insert.build().execute(&mut **tx).await?.rows_affected() as i64;
                let refused = if loaded < codes.len() as i64 {
                    // Some codes met a row: whose, and from which line.
                    let mut owners = sqlx::QueryBuilder::new("SELECT v.column2, c.batch_id, c.file_line FROM ");
                    values(&mut owners, codes);
                    owners.push(" JOIN codes c ON c.code = v.column1");
                    let rows: Vec<(i64, i64, Option<i64>)> = owners.build_query_as().fetch_all(&mut **tx).await?;
                    refused_lines(batch_id, codes, &rows)
                } else {
                    Vec::new()
                };
                (loaded, refused)
            })
        };
        open.landed += loaded;
        let go_on = more_ready && !self.write_wanted() && open.began.elapsed() < LOAD_TRANSACTION_MOST;
        if !go_on {
            self.commit_load(writer, batch_id, lease).await?;
        }
        Ok((loaded, refused))
    }

    /// Commits the writer's open transaction, if any, with the batch's lease renewed and what
    /// landed in it added to the batch's stock (its other changes are the triggers of
    /// migration 0011; any of its rows holds a share).
    pub(crate) async fn commit_load(
        &self,
        writer: &mut LoadWriter,
        batch_id: i64,
        lease: i64,
    ) -> sqlx::Result<()> {
        let Some(mut open) = writer.open.take() else {
            return Ok(());
        };
        // The batch's stock changes with the commit: kept page reads are forgotten after it.
        let _forget = self.forget_after(Change::Everything);
        let landed = open.landed;
        let claims_waited = self.write_wanted();
        on_tx!(open, tx => {
            sqlx::query("UPDATE batches SET loading_until = $2 WHERE id = $1")
                .bind(batch_id).bind(lease).execute(&mut **tx).await?;
            if landed > 0 {
                sqlx::query(
                    "INSERT INTO batch_stock (batch_id, shard, available) VALUES ($1, 0, $2) \
                     ON CONFLICT (batch_id, shard) DO UPDATE SET available = batch_stock.available + $2")
                    .bind(batch_id).bind(landed).execute(&mut **tx).await?;
            }
        });
        let Open { tx, _turn: turn, .. } = open;
        match tx {
            Tx::Sqlite(tx) => tx.commit().await?,
            Tx::Postgres(tx) => tx.commit().await?,
        }
        drop(turn);
        writer.unchecked += landed;
        if let WriterDb::Sqlite(pool) = &writer.db
            && (writer.unchecked >= LOAD_CHECKPOINT_ROWS || claims_waited)
        {
            // After the turn is given back: claims write while the pages are copied (a
            // passive checkpoint takes no write lock, and a claim's own checkpoint skips
            // while this one runs), and find a short WAL.
            sqlx::query("PRAGMA wal_checkpoint(PASSIVE)")
                .execute(pool)
                .await?;
            writer.unchecked = 0;
        }
        Ok(())
    }

    /// Ends a load's writer: an open transaction is rolled back (a load that failed midway
    /// leaves nothing of its last chunks), and on SQLite its connection is closed.
    pub(crate) async fn finish_load_writer(&self, mut writer: LoadWriter) -> sqlx::Result<()> {
        if let Some(open) = writer.open.take() {
            match open.tx {
                Tx::Sqlite(tx) => tx.rollback().await?,
                Tx::Postgres(tx) => tx.rollback().await?,
            }
        }
        if let WriterDb::Sqlite(pool) = &writer.db {
            pool.close().await;
        }
        Ok(())
    }
}

impl From<Transaction<'static, Sqlite>> for Tx {
    fn from(tx: Transaction<'static, Sqlite>) -> Tx {
        Tx::Sqlite(tx)
    }
}

impl From<Transaction<'static, Postgres>> for Tx {
    fn from(tx: Transaction<'static, Postgres>) -> Tx {
        Tx::Postgres(tx)
    }
}
