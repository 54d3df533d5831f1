//! Connections kept between the hottest reads (a signed-in request's session, a maintainer's
//! page, a claim's standing), so that each such read costs one round trip.
//!
//! sqlx pings every connection given back to its pool, whatever the pool's options: a second
//! round trip after each statement. On SQLite that is a second hop to the connection's worker
//! thread; on PostgreSQL a second wake-up of the server process. A read through
//! [`on_kept_connection!`](super::on_kept_connection) takes a connection kept from an earlier
//! read (or leases one from the pool), and keeps it afterwards instead of giving it back: no
//! ping, since the read just finished on it.
//!
//! What keeps this safe:
//! - A read cut short (its request went away mid-statement) drops the connection, which goes
//!   back to the pool the usual way: the pool's ping finds whatever state it was left in.
//! - A read that failed for any reason but the database's own answer (I/O, a crashed worker,
//!   a protocol error) drops the connection the same way: the pool closes a broken one.
//! - A connection kept longer than [`super::TRUSTED_IDLE`] goes back to the pool, whose check
//!   before its next lease finds one the server closed meanwhile. A kept one found gone
//!   sooner is left, and the read runs again on another connection (see [`read_on_kept!`]).
//! - At most [`MOST_KEPT`] are kept. A connection done with its read goes back to the pool
//!   when that many are kept already, so writers always find the others. On PostgreSQL the
//!   pool is that much larger (see [`Store::connect`]), so they find as many as before; on
//!   SQLite, whose one writer needs few, each connection's page cache counts against memory.
//!
//! [`Store::connect`]: super::Store::connect

use std::sync::Mutex;
use std::time::Instant;

use sqlx::pool::PoolConnection;
use sqlx::{Database, Postgres, Sqlite};

use super::TRUSTED_IDLE;
use super::claims::is_connection_lost;

/// The most connections kept between reads, per store.
pub const MOST_KEPT: u32 = 4;

/// The connections kept for one backend.
pub(crate) struct Kept<DB: Database> {
    idle: Mutex<Vec<(PoolConnection<DB>, Instant)>>,
}

impl<DB: Database> Default for Kept<DB> {
    fn default() -> Self {
        Kept {
            idle: Mutex::new(Vec::new()),
        }
    }
}

impl<DB: Database> Kept<DB> {
    /// After a read on `conn`: keeps `conn` for the next read if it is still sound (the read
    /// succeeded, or the database answered it with an error), and answers the read's result.
    pub(crate) fn settle<R>(&self, conn: PoolConnection<DB>, result: sqlx::Result<R>) -> sqlx::Result<R> {
        let sound = match &result {
            Ok(_) => true,
            Err(err @ sqlx::Error::Database(_)) => !is_connection_lost(err),
            Err(_) => false,
        };
        if sound {
            self.keep(conn);
        }
        // Otherwise dropped: back to the pool, which pings it and closes a broken one.
        result
    }

    /// The most recently kept connection, if one was kept less than [`TRUSTED_IDLE`] ago;
    /// older ones go back to the pool.
    pub(crate) fn take(&self) -> Option<PoolConnection<DB>> {
        let mut stale = Vec::new();
        let fresh = {
            let mut idle = self.idle.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            // The newest are at the end: anything older than the bound is stale, and so is
            // everything kept before it.
            let first_fresh = idle
                .iter()
                .position(|(_, kept_at)| kept_at.elapsed() <= TRUSTED_IDLE)
                .unwrap_or(idle.len());
            stale.extend(idle.drain(..first_fresh));
            idle.pop()
        };
        // Given back outside the lock: a drop hands the connection to a task of the pool's.
        drop(stale);
        fresh.map(|(conn, _)| conn)
    }

    /// Keeps `conn` for the next read, or gives it back to the pool when enough are kept.
    fn keep(&self, conn: PoolConnection<DB>) {
        let mut idle = self.idle.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if idle.len() < MOST_KEPT as usize {
            idle.push((conn, Instant::now()));
            return;
        }
        drop(idle);
        drop(conn);
    }

    /// How many connections are kept now.
    pub(crate) fn len(&self) -> usize {
        self.idle
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .len()
    }

    /// Gives every kept connection back to the pool (before the pool closes).
    pub(crate) fn release_all(&self) {
        let all: Vec<_> = self
            .idle
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .drain(..)
            .collect();
        drop(all);
    }
}

/// The kept connections of a store: the one of its backend is used.
#[derive(Default)]
pub(crate) struct KeptConnections {
    pub(crate) sqlite: Kept<Sqlite>,
    pub(crate) postgres: Kept<Postgres>,
}

impl KeptConnections {
    /// Connections kept now, whichever the backend.
    pub(crate) fn len(&self) -> usize {
        self.sqlite.len() + self.postgres.len()
    }

    /// Gives every kept connection back to its pool.
    pub(crate) fn release_all(&self) {
        self.sqlite.release_all();
        self.postgres.release_all();
    }
}

impl std::fmt::Debug for KeptConnections {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeptConnections")
            .field("kept", &self.len())
            .finish()
    }
}

/// How many connections a read tries before answering a lost connection: a database restart
/// leaves every idle connection gone, and each try drops one.
pub(crate) const READ_TRIES: usize = 4;

/// Runs `$body` with `$conn` bound to a connection of `$kept` (a [`Kept`]), else one leased
/// from `$pool`, and settles it after (see [`Kept::settle`]). A read that finds its connection
/// gone (the server restarted, a proxy dropped it) changes nothing, so it runs again on another
/// connection, up to [`READ_TRIES`] in all; the other kept ones, likely gone too, go back to
/// the pool, whose check before a lease replaces them.
macro_rules! read_on_kept {
    ($kept:expr, $pool:expr, $conn:ident => $body:expr) => {{
        let kept = $kept;
        let mut tries = 0;
        loop {
            tries += 1;
            let mut $conn = match kept.take() {
                Some(conn) => conn,
                None => match $pool.acquire().await {
                    Ok(conn) => conn,
                    Err(err) => break Err(err),
                },
            };
            let result = $body;
            match kept.settle($conn, result) {
                Err(err)
                    if tries < $crate::store::kept_connections::READ_TRIES
                        && $crate::store::claims::is_connection_lost(&err) =>
                {
                    tracing::info!(error = %err, "a database connection was gone: reading on another");
                    kept.release_all();
                }
                result => break result,
            }
        }
    }};
}
pub(crate) use read_on_kept;
