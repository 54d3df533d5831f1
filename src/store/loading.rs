//! Loading a staged upload as a batch, in short steps that never hold SQLite's single write
//! lock for long, so that claims keep flowing while a million codes load:
//!
//! 1. one short transaction takes the upload (of two confirmations, the second finds it
//!    taken) and creates the batch unpublished, with a lease;
//! 2. the staged codes are copied into `codes`, [`LOAD_CHUNK`] lines per transaction, each
//!    renewing the lease (a load straight from a file writes through the `LoadWriter` of
//!    `src/store/load_writer.rs` instead, several chunks a transaction when nobody waits). The codes of an unpublished batch are invisible to claims, stock
//!    counts, statistics and Stripe;
//! 3. one short transaction publishes the batch with its audit entry. When the load is
//!    refused instead (bad lines, all-or-nothing), its codes are removed again in chunks and
//!    the upload is released, as if nothing had happened.
//!
//! A process that dies in between leaves an unpublished batch whose lease runs out: upkeep
//! removes it ([`Store::remove_abandoned_loads`]). A batch is loaded whole or not at all.

use std::time::Instant;

use super::audit::insert_audit;
use super::read_cache::Change;
use super::{AuditEntry, Store, Upload, begin_write, on_pool};
use crate::domain::batch_file::{BadLine, LineProblem};

/// Lines written per transaction: about 4 ms of SQLite's write lock, the longest a claim made
/// during a load waits (5,000 made that wait about 20 ms, and the load no faster).
pub const LOAD_CHUNK: i64 = 1_000;

/// How long a loading batch is kept after its loader last showed signs of life.
pub const LOAD_LEASE_SECONDS: i64 = 600;

/// The lease of a load: [`LOAD_LEASE_SECONDS`] from the moment of each step, however long the
/// load takes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Lease {
    now: i64,
    started: Instant,
}

impl Lease {
    pub(crate) fn from(now: i64) -> Lease {
        Lease {
            now,
            started: Instant::now(),
        }
    }

    /// When the batch is abandoned unless renewed.
    pub(crate) fn until(&self) -> i64 {
        self.now + self.started.elapsed().as_secs() as i64 + LOAD_LEASE_SECONDS
    }
}

/// In a chunk's transaction `$tx`: renews the batch's lease and adds what landed to its stock
/// (its other changes are the triggers of migration 0011; any of its rows holds a share).
macro_rules! chunk_landed {
    ($tx:expr, $batch_id:expr, $loaded:expr, $lease:expr) => {{
        sqlx::query("UPDATE batches SET loading_until = $2 WHERE id = $1")
            .bind($batch_id)
            .bind($lease)
            .execute(&mut *$tx)
            .await?;
        sqlx::query(
            "INSERT INTO batch_stock (batch_id, shard, available) VALUES ($1, 0, $2) \
             ON CONFLICT (batch_id, shard) DO UPDATE SET available = batch_stock.available + $2",
        )
        .bind($batch_id)
        .bind($loaded)
        .execute(&mut *$tx)
        .await?;
    }};
}

/// What confirming an upload did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirmed {
    Loaded {
        batch_id: i64,
        loaded: i64,
        /// Lines whose code was loaded by someone else since it was staged (skipped).
        lost_lines: Vec<u64>,
    },
    /// All-or-nothing was asked and some lines are bad (or became so: loaded meanwhile).
    Refused {
        bad: i64,
        /// Lines whose code was loaded by someone else since it was staged.
        lost_lines: Vec<u64>,
    },
    /// The upload was confirmed before.
    AlreadyConfirmed { batch_id: i64 },
    /// Nothing good to load (or every good code was loaded by someone else meanwhile).
    Empty {
        /// Lines whose code was loaded by someone else since it was staged.
        lost_lines: Vec<u64>,
    },
}

impl Store {
    /// Loads an upload's staged codes as a batch (see the module's steps): all of them, or
    /// (with `skip_bad`) the good ones when some lines were bad. A code loaded by someone
    /// else since it was staged counts as a bad line.
    pub async fn confirm_upload(
        &self,
        upload: &Upload,
        skip_bad: bool,
        now: i64,
        actor: &str,
    ) -> sqlx::Result<Confirmed> {
        let lease = Lease::from(now);
        let Some(batch_id) = self.start_load(upload, now, lease.until(), actor).await? else {
            let batch_id: Option<i64> = on_pool!(self, pool => sqlx::query_scalar(
                "SELECT loaded_batch_id FROM batch_uploads WHERE id = $1")
                .bind(upload.id).fetch_one(pool).await?);
            return Ok(Confirmed::AlreadyConfirmed {
                batch_id: batch_id.unwrap_or_default(),
            });
        };
        let last_line: Option<i64> = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT MAX(line) FROM staged_codes WHERE upload_id = $1")
            .bind(upload.id).fetch_one(pool).await?);
        let mut loaded = 0;
        let mut after = 0;
        while after < last_line.unwrap_or(0) {
            loaded += self.load_chunk(upload, batch_id, after, lease.until()).await?;
            after += LOAD_CHUNK;
        }
        // Codes loaded by someone else since they were staged were skipped by the inserts:
        // their lines are the staged codes that did not land in this batch.
        let lost_lines: Vec<u64> = if loaded < upload.good {
            let lines: Vec<i64> = on_pool!(self, pool => sqlx::query_scalar(
                "SELECT s.line FROM staged_codes s WHERE s.upload_id = $1 \
                 AND NOT EXISTS (SELECT 1 FROM codes c WHERE c.code = s.code AND c.batch_id = $2) ORDER BY s.line LIMIT $3")
                .bind(upload.id).bind(batch_id).bind(Upload::REPORT_LIMIT as i64)
                .fetch_all(pool).await?);
            lines.into_iter().map(|line| line as u64).collect()
        } else {
            Vec::new()
        };
        let bad = upload.bad_count() + (upload.good - loaded);
        let settled = Settle {
            loaded,
            bad,
            skip_bad,
            now,
        };
        self.settle_load(upload, batch_id, settled, lost_lines, actor)
            .await
    }

    /// Step 3 of every load, once its codes are written: publishes the batch, or removes it
    /// when nothing landed or (all-or-nothing) some line was bad.
    pub(crate) async fn settle_load(
        &self,
        upload: &Upload,
        batch_id: i64,
        settle: Settle,
        lost_lines: Vec<u64>,
        actor: &str,
    ) -> sqlx::Result<Confirmed> {
        let Settle {
            loaded,
            bad,
            skip_bad,
            now,
        } = settle;
        if loaded == 0 || (bad > 0 && !skip_bad) {
            self.remove_unpublished_batch(batch_id).await?;
            return Ok(if loaded == 0 {
                Confirmed::Empty { lost_lines }
            } else {
                Confirmed::Refused { bad, lost_lines }
            });
        }
        self.publish_batch(upload, batch_id, (loaded, bad), now, actor)
            .await?;
        // The staged copy, if any, is no longer needed; it goes in chunks too.
        self.discard_staged_codes(upload.id).await?;
        Ok(Confirmed::Loaded {
            batch_id,
            loaded,
            lost_lines,
        })
    }

    /// Step 1: takes the upload and creates its batch, unpublished. `None` when the upload was
    /// taken already.
    pub(crate) async fn start_load(
        &self,
        upload: &Upload,
        now: i64,
        lease: i64,
        actor: &str,
    ) -> sqlx::Result<Option<i64>> {
        let _forget = self.forget_after(Change::Everything);
        let countries = upload.country_list();
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            let taken = sqlx::query("UPDATE batch_uploads SET loaded_batch_id = 0 WHERE id = $1 AND loaded_batch_id IS NULL")
                .bind(upload.id).execute(&mut *tx).await?.rows_affected() == 1;
            if !taken {
                tx.rollback().await?;
                return Ok(None);
            }
            let batch_id: i64 = sqlx::query_scalar(
                "INSERT INTO batches (campaign_id, label, source, expires_on, country_bound, created_at, created_by, \
                                      published, loading_until, upload_id, offer_id) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, FALSE, $8, $9, $10) RETURNING id")
                .bind(upload.campaign_id).bind(&upload.label).bind(&upload.source).bind(upload.expires_on)
                .bind(!countries.is_empty()).bind(now).bind(actor).bind(lease).bind(upload.id).bind(upload.offer_id)
                .fetch_one(&mut *tx).await?;
            for country in &countries {
                sqlx::query("INSERT INTO batch_countries (batch_id, country) VALUES ($1, $2)")
                    .bind(batch_id).bind(country.code()).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(Some(batch_id))
        })
    }

    /// Step 2: copies the staged lines after `after` (up to [`LOAD_CHUNK`] of them) into the
    /// batch and renews its lease; answers how many codes landed.
    async fn load_chunk(&self, upload: &Upload, batch_id: i64, after: i64, lease: i64) -> sqlx::Result<i64> {
        let _forget = self.forget_after(Change::Everything);
        // In turn with this process's claims, as in `Store::load_codes`.
        let _turn = self.write_turn().await;
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            let loaded = sqlx::query(
                "INSERT INTO codes (campaign_id, batch_id, code, expires_on, file_line) \
                 SELECT $1, $2, code, $3, line FROM staged_codes WHERE upload_id = $4 AND line > $5 AND line <= $6 ORDER BY line \
                 ON CONFLICT (code) DO NOTHING")
                .bind(upload.campaign_id).bind(batch_id).bind(upload.expires_on).bind(upload.id)
                .bind(after).bind(after + LOAD_CHUNK)
                .execute(&mut *tx).await?.rows_affected() as i64;
            chunk_landed!(tx, batch_id, loaded, lease);
            tx.commit().await?;
            Ok(loaded)
        })
    }

    /// Step 3: publishes the batch, in one short transaction with its audit entry. Fails when
    /// the batch is gone (its lease ran out and upkeep removed it).
    async fn publish_batch(
        &self,
        upload: &Upload,
        batch_id: i64,
        (loaded, bad): (i64, i64),
        now: i64,
        actor: &str,
    ) -> sqlx::Result<()> {
        let _forget = self.forget_after(Change::Everything);
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            let published = sqlx::query(
                "UPDATE batches SET published = TRUE, loading_until = NULL WHERE id = $1 AND NOT published")
                .bind(batch_id).execute(&mut *tx).await?.rows_affected() == 1;
            if !published {
                return Err(sqlx::Error::Protocol(format!("batch {batch_id} was removed while it loaded")));
            }
            sqlx::query("UPDATE batch_uploads SET loaded_batch_id = $2 WHERE id = $1")
                .bind(upload.id).bind(batch_id).execute(&mut *tx).await?;
            let entry = AuditEntry {
                actor: actor.to_string(),
                action: if upload.source == "generated" { "batch.generate" } else { "batch.import" },
                campaign_id: Some(upload.campaign_id),
                detail: format!(
                    "batch {batch_id}{}: {loaded} codes expiring {}, countries {}, {bad} bad lines skipped",
                    upload.label.as_deref().map(|l| format!(" ({l})")).unwrap_or_default(),
                    upload.expires_on,
                    if upload.countries.is_empty() { "all" } else { &upload.countries },
                ),
                ..AuditEntry::default()
            };
            insert_audit!(&mut *tx, now, &entry)?;
            tx.commit().await
        })
    }

    /// Removes an unpublished batch and its codes (in chunks), and releases its upload so that
    /// it can be confirmed again. A published batch is never touched.
    pub(crate) async fn remove_unpublished_batch(&self, batch_id: i64) -> sqlx::Result<()> {
        let _forget = self.forget_after(Change::Everything);
        self.delete_in_chunks(
            "DELETE FROM codes WHERE id IN (SELECT c.id FROM codes c JOIN batches b ON b.id = c.batch_id \
             WHERE c.batch_id = $1 AND NOT b.published LIMIT 5000)",
            batch_id,
        )
        .await?;
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            let removable: Option<Option<i64>> = sqlx::query_scalar(
                "SELECT upload_id FROM batches WHERE id = $1 AND NOT published \
                 AND NOT EXISTS (SELECT 1 FROM codes c WHERE c.batch_id = $1)")
                .bind(batch_id).fetch_optional(&mut *tx).await?;
            if let Some(upload_id) = removable {
                sqlx::query("DELETE FROM batch_countries WHERE batch_id = $1").bind(batch_id).execute(&mut *tx).await?;
                sqlx::query("DELETE FROM batch_stock WHERE batch_id = $1").bind(batch_id).execute(&mut *tx).await?;
                sqlx::query("DELETE FROM batches WHERE id = $1").bind(batch_id).execute(&mut *tx).await?;
                sqlx::query("UPDATE batch_uploads SET loaded_batch_id = NULL WHERE id = $1 AND loaded_batch_id = 0")
                    .bind(upload_id).execute(&mut *tx).await?;
            }
            tx.commit().await
        })
    }

    /// Removes the batches whose loader died mid-load (unpublished, lease run out), with their
    /// codes; answers how many. Upkeep runs it on every replica.
    pub async fn remove_abandoned_loads(&self, now: i64) -> sqlx::Result<u64> {
        let abandoned: Vec<i64> = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT id FROM batches WHERE NOT published AND loading_until < $1")
            .bind(now).fetch_all(pool).await?);
        for batch_id in &abandoned {
            tracing::warn!(batch_id, "removing a batch whose load never finished");
            self.remove_unpublished_batch(*batch_id).await?;
        }
        Ok(abandoned.len() as u64)
    }

    /// Codes written by loads not yet published (a load under way, or one whose process died).
    pub async fn loading_codes(&self) -> sqlx::Result<i64> {
        on_pool!(self, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM codes c JOIN batches b ON b.id = c.batch_id WHERE NOT b.published")
            .fetch_one(pool).await)
    }

    /// Runs a `DELETE` of at most a few thousand rows bound to `$1` until it deletes nothing,
    /// each in its own short transaction.
    pub(super) async fn delete_in_chunks(&self, delete: &'static str, id: i64) -> sqlx::Result<()> {
        loop {
            let deleted =
                on_pool!(self, pool => sqlx::query(delete).bind(id).execute(pool).await?.rows_affected());
            if deleted == 0 {
                return Ok(());
            }
        }
    }
}

/// What a load came to, for [`Store::settle_load`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct Settle {
    pub loaded: i64,
    /// Bad lines in all.
    pub bad: i64,
    pub skip_bad: bool,
    pub now: i64,
}

/// The lines of `codes` that did not land in batch `batch_id`, given the row each code met
/// (line, its batch, the line it came from): a row of this batch from another line is a
/// repeat within the file, any other row a code loaded before. A code with no row (removed
/// since) was refused all the same.
pub(super) fn refused_lines(
    batch_id: i64,
    codes: &[(u64, String)],
    rows: &[(i64, i64, Option<i64>)],
) -> Vec<BadLine> {
    let owner: std::collections::HashMap<i64, (i64, Option<i64>)> = rows
        .iter()
        .map(|&(line, batch, from)| (line, (batch, from)))
        .collect();
    codes
        .iter()
        .filter_map(|&(line, _)| {
            let problem = match owner.get(&(line as i64)) {
                Some(&(batch, Some(from))) if batch == batch_id && from == line as i64 => return None,
                Some(&(batch, Some(from))) if batch == batch_id => LineProblem::DuplicateInFile {
                    first_line: from as u64,
                },
                _ => LineProblem::AlreadyLoaded,
            };
            Some(BadLine { line, problem })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_that_met_its_own_batch_repeats_an_earlier_line() {
        let codes: Vec<(u64, String)> = [(10, "A"), (11, "B"), (12, "C"), (13, "D")]
            .into_iter()
            .map(|(line, code)| (line, code.to_string()))
            .collect();
        // A and D landed; B repeats line 2 of this batch; C was loaded by batch 6.
        let rows = [
            (10, 7, Some(10)),
            (11, 7, Some(2)),
            (12, 6, Some(12)),
            (13, 7, Some(13)),
        ];
        let refused = refused_lines(7, &codes, &rows);
        assert_eq!(
            refused,
            vec![
                BadLine {
                    line: 11,
                    problem: LineProblem::DuplicateInFile { first_line: 2 }
                },
                BadLine {
                    line: 12,
                    problem: LineProblem::AlreadyLoaded
                },
            ]
        );
    }
}
