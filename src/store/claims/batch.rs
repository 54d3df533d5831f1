//! Claims grouped into write transactions: the claims waiting in this process go through one
//! transaction together, each with its own conditional `UPDATE` and its own result.
//!
//! A claim (or a rate-limit count, see [`Store::count_hit`]) joins the queue, then waits for
//! its answer or for a turn, whichever comes first. The claim that gets a turn takes up to
//! [`MOST_PER_BATCH`] waiting entries, its own among them unless a batch already running took
//! it, and runs them in one transaction on a task of its own, so that a request abandoned by
//! its client never cuts short a batch that answers others. At light load a batch is one
//! claim, exactly the transaction a claim made before batching. Under load a transaction
//! takes the claims that queued while the last one ran: one `BEGIN`, one multi-row counter
//! upsert, one `UPDATE` per claim, one multi-row audit `INSERT`, one flash `UPDATE` and one
//! `COMMIT`, instead of six round trips (and, on PostgreSQL, one WAL flush) per claim.
//!
//! What decides who gets a code is unchanged: each claim's `UPDATE` re-checks `state =
//! 'available'`, and the unique index on (campaign, holder) refuses a second code to anyone,
//! including a claim of another process racing the batch. Such a refusal, or any other
//! error of one claim, rolls the batch back and its claims are run again one per
//! transaction, so one claim's failure never fails the others and nothing is half-written.
//! A failure of the database itself (too busy, connection lost) is every claim's answer:
//! [`Store::claim_counted`] tries a lost connection once more, as it always did.

use std::collections::{BTreeMap, HashSet, VecDeque};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use chrono::NaiveDate;
use sqlx::QueryBuilder;
use tokio::sync::{OwnedMutexGuard, oneshot};

use super::shared_error::copy_error;
use super::{ClaimRequest, HeldCode, claim_statements, is_connection_lost};
use crate::domain::countries::Country;
use crate::store::audit::insert_audits;
use crate::store::read_cache::Change;
use crate::store::{AuditEntry, CounterRow, Store, begin_write, is_busy, is_unique_violation, on_pool};

/// The most entries one write transaction takes. SQLite has one writer, so a batch holds
/// every other writer of the database back while it runs: 32 claims are about 40 round
/// trips through the driver, a few milliseconds at most.
pub const MOST_PER_BATCH: usize = 32;

/// What one claim transaction came to for one claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Round {
    /// The counter went over its limit (the count was committed).
    OverLimit,
    Assigned(HeldCode),
    /// A concurrent claim by the same maintainer won (the unique index on the holder, or an
    /// earlier claim of theirs in the same batch).
    LostRace,
    /// No code matched the statements (or the entry only counted).
    NoCode,
}

/// What a batch answers one of its entries: the round, and the window's count, this event
/// included, when the batch committed it (`None` when it was rolled back).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Settled {
    pub round: Round,
    pub hits: Option<i64>,
}

/// A rate-limit counter row, owned while it waits for its batch (see [`CounterRow`]).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Counter {
    kind: String,
    subject: String,
    window_start: i64,
    expires_at: i64,
    max: i64,
}

impl Counter {
    fn of(row: &CounterRow<'_>) -> Counter {
        Counter {
            kind: row.kind.to_string(),
            subject: row.subject.to_string(),
            window_start: row.window_start,
            expires_at: row.expires_at,
            max: row.max,
        }
    }

    /// The counter's row in `rate_limits`.
    fn key(&self) -> (&str, &str, i64) {
        (&self.kind, &self.subject, self.window_start)
    }
}

/// A claim, owned while it waits for its batch (see [`ClaimRequest`]).
#[derive(Debug, Clone)]
struct Claim {
    campaign_id: i64,
    offer_id: i64,
    user_id: i64,
    country: Country,
    today: NaiveDate,
    now: i64,
    actor: String,
    /// The session's hash and its message.
    flash: Option<(String, String)>,
    /// Which claim statements can find a code (see `Stock::worth_trying`).
    worth_trying: [bool; 2],
}

/// One thing a batch does: a claim, with its count or not, or a count alone.
#[derive(Debug, Clone)]
pub(super) struct Entry {
    claim: Option<Claim>,
    counter: Option<Counter>,
}

impl Entry {
    /// The claim `request`, trying the statements `worth_trying`, counted on `counter`.
    pub(super) fn claim(
        request: &ClaimRequest<'_>,
        worth_trying: [bool; 2],
        counter: Option<CounterRow<'_>>,
    ) -> Entry {
        let claim = Claim {
            campaign_id: request.campaign_id,
            offer_id: request.offer_id,
            user_id: request.user_id,
            country: request.country,
            today: request.today,
            now: request.now,
            actor: request.actor.to_string(),
            flash: request
                .flash
                .map(|flash| (flash.session_hash.to_string(), flash.message.to_string())),
            worth_trying,
        };
        Entry {
            claim: Some(claim),
            counter: counter.as_ref().map(Counter::of),
        }
    }

    /// One event counted on `counter`, nothing else.
    fn count(counter: &CounterRow<'_>) -> Entry {
        Entry {
            claim: None,
            counter: Some(Counter::of(counter)),
        }
    }
}

/// An entry in the queue, and where its answer goes.
struct Waiting {
    entry: Entry,
    reply: oneshot::Sender<sqlx::Result<Settled>>,
}

/// The queue of a process's claims and the turns their batches take (one [`Store`] and its
/// clones share one).
pub(crate) struct Batcher {
    queue: Mutex<VecDeque<Waiting>>,
    /// The turn of the one batch that runs at a time (a fair, first-come lock). On SQLite,
    /// which has one writer, claims then no longer meet its busy handler, whose sleeps made
    /// a burst wait tens of milliseconds for a lock held a fraction of one. On PostgreSQL two
    /// batches at once could deadlock: each claim's trigger takes a lock on one of its
    /// batch's 32 `batch_stock` rows (migration 0011), and two transactions taking several
    /// such rows each take them in no set order. One batch at a time takes the claims that
    /// queue meanwhile, and spends one commit's flush on all of them. Batches of two
    /// replicas can still meet in such a deadlock; PostgreSQL then fails one of them, whose
    /// claims run one per transaction (see [`Store::settle`]).
    turn: Arc<tokio::sync::Mutex<()>>,
    /// Batches run, and the entries they took (see [`Store::claim_batches`]).
    batches: AtomicU64,
    entries: AtomicU64,
}

/// How much the claim batcher of a [`Store`] has grouped, since the store was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BatchCounts {
    /// Batches run (one write transaction each, unless one entry's failure split it).
    pub batches: u64,
    /// Claims and counts they took.
    pub entries: u64,
}

impl std::fmt::Debug for Batcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Batcher")
            .field("queued", &self.queue.lock().map_or(0, |queue| queue.len()))
            .finish_non_exhaustive()
    }
}

impl Batcher {
    /// A batcher with nothing queued.
    pub(crate) fn new() -> Batcher {
        Batcher {
            queue: Mutex::new(VecDeque::new()),
            turn: Arc::default(),
            batches: AtomicU64::new(0),
            entries: AtomicU64::new(0),
        }
    }

    /// Waits for the turn of the one batch that runs at a time (see [`Store::write_turn`]).
    pub(crate) async fn turn(&self) -> OwnedMutexGuard<()> {
        self.turn.clone().lock_owned().await
    }

    /// True when entries wait in the queue (for their batch's turn).
    pub(crate) fn has_waiting(&self) -> bool {
        !self
            .queue
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .is_empty()
    }

    /// Takes the next batch off the queue. An entry whose request has gone (its client left
    /// while it waited) is dropped unrun, as an abandoned request never began its claim.
    fn next_batch(&self) -> Vec<Waiting> {
        let mut queue = self.queue.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let mut batch = Vec::new();
        while batch.len() < MOST_PER_BATCH
            && let Some(waiting) = queue.pop_front()
        {
            if !waiting.reply.is_closed() {
                batch.push(waiting);
            }
        }
        batch
    }
}

/// The counter rows a batch adds to, in key order (so that concurrent batches on PostgreSQL
/// lock shared rows in one order and never deadlock), with how many events each gets and
/// when it may go.
fn counter_groups(entries: &[Entry]) -> BTreeMap<(&str, &str, i64), (i64, i64)> {
    let mut groups = BTreeMap::new();
    for counter in entries.iter().filter_map(|e| e.counter.as_ref()) {
        let group = groups.entry(counter.key()).or_insert((0, counter.expires_at));
        group.0 += 1;
        group.1 = group.1.max(counter.expires_at);
    }
    groups
}

/// Each entry's count, this event included, from the totals the counter rows reached: the
/// events of one row take the last numbers of its total in the batch's order, as one upsert
/// each would have. `None` for an entry with no counter.
fn share_counts<'a>(
    entries: &'a [Entry],
    totals: &BTreeMap<(&'a str, &'a str, i64), i64>,
) -> Vec<Option<i64>> {
    let groups = counter_groups(entries);
    let mut given: BTreeMap<(&str, &str, i64), i64> = BTreeMap::new();
    entries
        .iter()
        .map(|entry| {
            let key = entry.counter.as_ref()?.key();
            let (events, _) = groups[&key];
            let before = given.entry(key).or_insert(0);
            *before += 1;
            Some(totals.get(&key)? - events + *before)
        })
        .collect()
}

impl Store {
    /// Runs `entry` in the next batch and answers what it came to (see the module's
    /// documentation).
    pub(super) async fn in_batch(&self, entry: Entry) -> sqlx::Result<Settled> {
        let batcher = &self.claim_batcher;
        let (reply, mut answer) = oneshot::channel();
        batcher
            .queue
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .push_back(Waiting { entry, reply });
        // A batch's task that ended without answering (it panicked) dropped the reply.
        let unanswered = |_| Err(sqlx::Error::WorkerCrashed);
        loop {
            let turn = tokio::select! {
                biased;
                settled = &mut answer => return settled.unwrap_or_else(unanswered),
                turn = batcher.turn.clone().lock_owned() => turn,
            };
            let batch = batcher.next_batch();
            if batch.is_empty() {
                // A running batch took this entry.
                drop(turn);
                return answer.await.unwrap_or_else(unanswered);
            }
            let store = self.clone();
            // A batch that panicked answered nobody: its waiters see that above.
            let _ = tokio::spawn(async move { store.run_batch(batch, turn).await }).await;
        }
    }

    /// How much this store's claims and counts were grouped so far.
    pub fn claim_batches(&self) -> BatchCounts {
        BatchCounts {
            batches: self.claim_batcher.batches.load(Ordering::Relaxed),
            entries: self.claim_batcher.entries.load(Ordering::Relaxed),
        }
    }

    /// Counts one event on `counter` in the next batch: on SQLite it takes the claims' turn
    /// rather than meeting the busy handler. Answers the window's count, this event included.
    pub(crate) async fn count_in_batch(&self, counter: &CounterRow<'_>) -> sqlx::Result<i64> {
        let settled = self.in_batch(Entry::count(counter)).await?;
        Ok(settled
            .hits
            .expect("a committed batch answers each counter's count"))
    }

    /// Runs a batch taken off the queue and answers each of its entries; `_turn` is given
    /// back when it is done.
    async fn run_batch(&self, batch: Vec<Waiting>, _turn: OwnedMutexGuard<()>) {
        let (entries, replies): (Vec<Entry>, Vec<_>) = batch.into_iter().map(|w| (w.entry, w.reply)).unzip();
        self.claim_batcher.batches.fetch_add(1, Ordering::Relaxed);
        self.claim_batcher
            .entries
            .fetch_add(entries.len() as u64, Ordering::Relaxed);
        let answers = self.settle(&entries).await;
        for (reply, answer) in replies.into_iter().zip(answers) {
            // A request that has gone takes no answer.
            let _ = reply.send(answer);
        }
    }

    /// What each entry came to: one transaction for all, else (one entry's error) one each.
    async fn settle(&self, entries: &[Entry]) -> Vec<sqlx::Result<Settled>> {
        if let [entry] = entries {
            return vec![self.settle_alone(entry).await];
        }
        match self.batch_transaction(entries).await {
            Ok(settled) => settled.into_iter().map(Ok).collect(),
            // The database's own failure: each entry alone would meet it too, and would
            // wait as long again for a busy one.
            Err(err) if is_busy(&err) || is_connection_lost(&err) => {
                let mut answers: Vec<_> = entries[1..].iter().map(|_| Err(copy_error(&err))).collect();
                answers.insert(0, Err(err));
                answers
            }
            // One entry's failure (a lost race on the holder's index, a constraint): the
            // batch was rolled back; each entry runs again on its own and gets its own answer.
            Err(err) => {
                tracing::info!(error = %err, entries = entries.len(), "a claim batch failed: its claims run one by one");
                let mut answers = Vec::with_capacity(entries.len());
                for entry in entries {
                    answers.push(self.settle_alone(entry).await);
                }
                answers
            }
        }
    }

    /// One entry in a transaction of its own.
    async fn settle_alone(&self, entry: &Entry) -> sqlx::Result<Settled> {
        match self.batch_transaction(std::slice::from_ref(entry)).await {
            Ok(mut settled) => Ok(settled.remove(0)),
            // The count went with the rollback: the caller counts the claim again.
            Err(err) if is_unique_violation(&err) => Ok(Settled {
                round: Round::LostRace,
                hits: None,
            }),
            Err(err) => Err(err),
        }
    }

    /// One write transaction for `entries`: their counts, each claim's statements in turn,
    /// then every claim's audit entry and session message. Any error rolls it all back.
    async fn batch_transaction(&self, entries: &[Entry]) -> sqlx::Result<Vec<Settled>> {
        // Each claimant's page, the campaign's stock and the session given a message are
        // forgotten once the transaction has ended.
        let _forget: Vec<_> = entries
            .iter()
            .filter_map(|entry| entry.claim.as_ref())
            .flat_map(|claim| {
                let holding = Change::Holding {
                    user_id: claim.user_id,
                    campaign_id: claim.campaign_id,
                };
                let session = claim
                    .flash
                    .as_ref()
                    .map(|(hash, _)| Change::Session(hash.clone()));
                std::iter::once(holding).chain(session)
            })
            .map(|change| self.forget_after(change))
            .collect();
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            let written: sqlx::Result<Vec<Settled>> = async {
                let counts = {
                    let groups = counter_groups(entries);
                    let mut totals = BTreeMap::new();
                    if !groups.is_empty() {
                        let mut upsert = QueryBuilder::new("INSERT INTO rate_limits (kind, subject, window_start, hits, expires_at) ");
                        upsert.push_values(&groups, |mut row, (&(kind, subject, window_start), &(events, expires_at))| {
                            row.push_bind(kind).push_bind(subject).push_bind(window_start).push_bind(events).push_bind(expires_at);
                        });
                        upsert.push(" ON CONFLICT (kind, subject, window_start) DO UPDATE SET hits = rate_limits.hits + excluded.hits \
                                     RETURNING kind, subject, window_start, hits");
                        let rows: Vec<(String, String, i64, i64)> = upsert.build_query_as().fetch_all(&mut *tx).await?;
                        for &key in groups.keys() {
                            let row = rows.iter().find(|(kind, subject, window_start, _)| (kind.as_str(), subject.as_str(), *window_start) == key);
                            if let Some((_, _, _, hits)) = row {
                                totals.insert(key, *hits);
                            }
                        }
                    }
                    share_counts(entries, &totals)
                };
                let mut settled = Vec::with_capacity(entries.len());
                let mut holders = HashSet::new();
                let mut audits = Vec::new();
                let mut flashes = Vec::new();
                for (entry, hits) in entries.iter().zip(counts) {
                    let round = match (&entry.claim, &entry.counter) {
                        (None, _) => Round::NoCode,
                        // Hammering does not reset the window: the count stays, no code is sought.
                        (Some(_), Some(counter)) if hits.is_some_and(|hits| hits > counter.max) => Round::OverLimit,
                        // The same maintainer twice in one batch: the first claim decides.
                        (Some(claim), _) if holders.contains(&(claim.campaign_id, claim.user_id)) => Round::LostRace,
                        (Some(claim), _) => {
                            let mut round = Round::NoCode;
                            for (statement, worth_trying) in claim_statements(pool).into_iter().zip(claim.worth_trying) {
                                if !worth_trying {
                                    continue;
                                }
                                let held: Option<HeldCode> = sqlx::query_as(statement)
                                    .bind(claim.user_id).bind(claim.country.code()).bind(claim.now)
                                    .bind(claim.campaign_id).bind(claim.today).bind(claim.offer_id)
                                    .fetch_optional(&mut *tx).await?;
                                if let Some(held) = held {
                                    holders.insert((claim.campaign_id, claim.user_id));
                                    audits.push((claim.now, AuditEntry {
                                        actor: claim.actor.clone(),
                                        action: "code.claim",
                                        campaign_id: Some(claim.campaign_id),
                                        code_id: Some(held.id),
                                        user_id: Some(claim.user_id),
                                        detail: format!("declared country {}", claim.country),
                                    }));
                                    flashes.extend(claim.flash.as_ref());
                                    round = Round::Assigned(held);
                                    break;
                                }
                            }
                            round
                        }
                    };
                    settled.push(Settled { round, hits });
                }
                if !audits.is_empty() {
                    insert_audits!(&mut *tx, &audits)?;
                }
                // One statement per message (a batch's claims usually leave the same one).
                let mut by_message: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
                for (session_hash, message) in &flashes {
                    by_message.entry(message).or_default().push(session_hash);
                }
                for (message, sessions) in by_message {
                    let mut update = QueryBuilder::new("UPDATE sessions SET flash = ");
                    update.push_bind(message).push(" WHERE token_hash IN (");
                    let mut listed = update.separated(", ");
                    for session_hash in sessions {
                        listed.push_bind(session_hash);
                    }
                    update.push(")");
                    update.build().execute(&mut *tx).await?;
                }
                Ok(settled)
            }
            .await;
            match written {
                Ok(settled) => {
                    tx.commit().await?;
                    Ok(settled)
                }
                Err(err) => {
                    // A rollback that fails (the connection went) leaves the connection to the
                    // pool, which closes one left inside a transaction.
                    let _ = tx.rollback().await;
                    Err(err)
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counted(subject: &str, window_start: i64) -> Entry {
        let row = CounterRow {
            kind: "claim",
            subject,
            window_start,
            expires_at: window_start + 60,
            max: 5,
        };
        Entry::count(&row)
    }

    #[test]
    fn events_of_one_counter_take_the_last_numbers_of_its_total_in_order() {
        let entries = [
            counted("user 1", 0),
            counted("user 2", 0),
            counted("user 1", 0),
            counted("user 1", 60),
        ];
        let groups = counter_groups(&entries);
        assert_eq!(groups[&("claim", "user 1", 0)], (2, 60));
        assert_eq!(groups[&("claim", "user 2", 0)], (1, 60));
        // user 1 had 3 events in the window before this batch: the upsert answers 5.
        let totals = [
            (("claim", "user 1", 0), 5),
            (("claim", "user 2", 0), 1),
            (("claim", "user 1", 60), 1),
        ]
        .into_iter()
        .collect();
        assert_eq!(
            share_counts(&entries, &totals),
            [Some(4), Some(1), Some(5), Some(1)]
        );
    }

    #[test]
    fn counter_rows_are_written_in_key_order() {
        let entries = [counted("user 9", 0), counted("user 1", 0), counted("user 5", 0)];
        let subjects: Vec<&str> = counter_groups(&entries).keys().map(|key| key.1).collect();
        assert_eq!(subjects, ["user 1", "user 5", "user 9"]);
    }
}
