//! Reads kept in process for a moment: each signed-in request's session and user, and what a
//! maintainer's page reads about them (critical projects, standing in each campaign, each
//! campaign's stock).
//!
//! The refresh storm before a campaign opens is thousands of maintainers reloading their
//! page: each reload read the same rows again through the database's worker threads. A read
//! is now kept for [`READS_KEPT_FOR`] (the same bound, and the same reasoning, as
//! [`super::CAMPAIGNS_KEPT_FOR`]):
//!
//! - a change made through this process's [`Store`] forgets what it changes at once (the
//!   writing methods hold a [`ForgetAfter`] guard, which forgets once their transaction has
//!   ended, whatever its outcome), so the maintainer who claimed, signed out or changed a
//!   setting sees it on their next page;
//! - a change made by another replica or another process (the command line's `revoke`, say)
//!   is seen within [`READS_KEPT_FOR`]: a session signed out elsewhere is refused here within
//!   that bound, as a campaign edited elsewhere shows within it;
//! - what decides who gets a code is never read from here: a claim's transaction reads the
//!   codes, the stock and the maintainer's standing itself, and the admin area reads its
//!   session (and admin flag) fresh on every request.
//!
//! A read that began before a change must not keep what it read: each key falls in one of
//! [`SHARDS`] shards whose generation a change bumps (a change to many keys bumps them all),
//! and a read keeps its answer only if its shard's generation is the one it began with. So a
//! claim forgets one maintainer's page without making every other page's read miss.
//!
//! Memory is bounded: at most [`READS_KEPT_MOST`] entries per kind of read; a full cache
//! first sweeps out the entries past their time, then keeps nothing new until there is room.

use std::borrow::Borrow;
use std::collections::HashMap;
use std::hash::{BuildHasher, Hash};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::Store;

/// How long a read kept in process is used before it is read again: the longest a change
/// made by another replica or process (a sign-out, a revocation, a claim) takes to show here.
pub const READS_KEPT_FOR: Duration = Duration::from_secs(1);

/// The most entries each kind of kept read holds (a session with its user takes about
/// 300 bytes, so the sessions' cache stays under about 20 MiB).
pub const READS_KEPT_MOST: usize = 65_536;

/// How many shards of generations the keys fall into.
const SHARDS: usize = 64;

/// Picks entries to forget (see [`ReadCache::forget_where`]).
pub(crate) type Picks<'a, K, V> = dyn Fn(&K, &V) -> bool + 'a;

/// The answer of [`ReadCache::get`] on a miss: what a new read must present to keep its
/// answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Ticket {
    shard: usize,
    generation: u64,
}

#[derive(Debug)]
struct Inner<K, V> {
    entries: HashMap<K, (Instant, V)>,
    generations: [u64; SHARDS],
    kept_for: Duration,
    most: usize,
    /// When the full cache was last swept of entries past their time.
    swept_at: Option<Instant>,
}

/// Below this many entries (or its most, if smaller) a cache is not swept: what it holds is
/// small whatever its age.
const SWEEP_FROM: usize = 1_024;

impl<K: Hash + Eq, V> Inner<K, V> {
    /// Drops the entries past their time, at most once a bound (so its cost is spread over a
    /// bound's worth of reads), and hands the room of a burst's entries back. Without it, a
    /// storm's entries stayed until the cache filled up: 8,241 maintainers' pages kept 14 MB
    /// after the storm was over.
    fn sweep_if_due(&mut self) {
        let kept_for = self.kept_for;
        if self.swept_at.is_some_and(|at| at.elapsed() < kept_for) {
            return;
        }
        self.entries.retain(|_, (at, _)| at.elapsed() < kept_for);
        let len = self.entries.len().max(SWEEP_FROM);
        if self.entries.capacity() > 4 * len {
            self.entries.shrink_to(2 * len);
        }
        self.swept_at = Some(Instant::now());
    }
}

/// Reads of one kind, kept for a moment (see the module's documentation).
#[derive(Debug)]
pub(crate) struct ReadCache<K, V> {
    inner: Mutex<Inner<K, V>>,
    /// Places a key in its shard (fixed keys: the same key always falls in the same shard).
    shard_of: std::hash::BuildHasherDefault<std::collections::hash_map::DefaultHasher>,
}

impl<K: Hash + Eq + Clone, V: Clone> Default for ReadCache<K, V> {
    fn default() -> Self {
        ReadCache {
            inner: Mutex::new(Inner {
                entries: HashMap::new(),
                generations: [0; SHARDS],
                kept_for: READS_KEPT_FOR,
                most: READS_KEPT_MOST,
                swept_at: None,
            }),
            shard_of: Default::default(),
        }
    }
}

impl<K: Hash + Eq + Clone, V: Clone> ReadCache<K, V> {
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner<K, V>> {
        self.inner.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn shard<Q: Hash + ?Sized>(&self, key: &Q) -> usize {
        (self.shard_of.hash_one(key) % SHARDS as u64) as usize
    }

    /// The value kept for `key` if it was read less than the bound ago, else the ticket a
    /// new read presents to [`ReadCache::keep`].
    pub(crate) fn get<Q: Hash + Eq + ?Sized>(&self, key: &Q) -> Result<V, Ticket>
    where
        K: Borrow<Q>,
    {
        let shard = self.shard(key);
        let inner = self.lock();
        match inner.entries.get(key) {
            Some((read_at, value)) if read_at.elapsed() < inner.kept_for => Ok(value.clone()),
            _ => Err(Ticket {
                shard,
                generation: inner.generations[shard],
            }),
        }
    }

    /// The ticket a new read of `key` presents to [`ReadCache::keep`]: for a kept value that
    /// [`ReadCache::get`] answered but that will not do (read for another day, say). The new
    /// read replaces it; nothing else of its shard is disturbed.
    pub(crate) fn ticket<Q: Hash + ?Sized>(&self, key: &Q) -> Ticket {
        let shard = self.shard(key);
        Ticket {
            shard,
            generation: self.lock().generations[shard],
        }
    }

    /// Keeps `value`, read for `key` from `read_at` on, unless a change to its shard was made
    /// since the read began (`ticket`) or the cache is full of entries still in use.
    pub(crate) fn keep(&self, key: K, ticket: Ticket, read_at: Instant, value: V) {
        let mut inner = self.lock();
        if inner.generations[ticket.shard] != ticket.generation || inner.kept_for.is_zero() {
            return;
        }
        if inner.entries.len() >= SWEEP_FROM.min(inner.most) {
            inner.sweep_if_due();
        }
        if inner.entries.len() >= inner.most && !inner.entries.contains_key(&key) {
            // Full of entries still in use: it stays so until the next sweep.
            return;
        }
        inner.entries.insert(key, (read_at, value));
    }

    /// Forgets `key` (a change to it is being made or was just made).
    pub(crate) fn forget<Q: Hash + Eq + ?Sized>(&self, key: &Q)
    where
        K: Borrow<Q>,
    {
        let shard = self.shard(key);
        let mut inner = self.lock();
        inner.entries.remove(key);
        inner.generations[shard] += 1;
    }

    /// Forgets every entry `which` picks (or all of them, without `which`); reads under way
    /// anywhere keep nothing.
    pub(crate) fn forget_where(&self, which: Option<&Picks<'_, K, V>>) {
        let mut inner = self.lock();
        match which {
            Some(which) => inner.entries.retain(|key, (_, value)| !which(key, value)),
            None => inner.entries.clear(),
        }
        for generation in &mut inner.generations {
            *generation += 1;
        }
    }

    /// Sets how long reads are kept (zero keeps none) and how many at most; forgets all.
    pub(crate) fn set_bounds(&self, kept_for: Duration, most: usize) {
        let mut inner = self.lock();
        inner.kept_for = kept_for;
        inner.most = most;
        inner.entries.clear();
        for generation in &mut inner.generations {
            *generation += 1;
        }
    }

    /// Drops the entries past their time (at most once a bound).
    pub(crate) fn sweep(&self) {
        self.lock().sweep_if_due();
    }

    /// How many entries are held (for tests of the bound).
    pub(crate) fn len(&self) -> usize {
        self.lock().entries.len()
    }
}

/// What a change through the [`Store`] touches of the reads kept in process.
#[derive(Debug, Clone)]
pub(crate) enum Change {
    /// One session (its message, its second factor, its end).
    Session(String),
    /// A user and every session of theirs (admin flag, mail preference, grant, revocation).
    User(i64),
    /// A maintainer's code in a campaign (a claim, a hand-back, a redemption): their page,
    /// and the campaign's stock.
    Holding { user_id: i64, campaign_id: i64 },
    /// Anything else that a page may show (codes, batches, stock, roles, users in bulk).
    Everything,
}

/// Forgets what a change touches when dropped: held by the method that makes the change
/// across its transaction, so the next read follows the change whatever the outcome.
pub(crate) struct ForgetAfter<'a> {
    store: &'a Store,
    change: Change,
}

impl Drop for ForgetAfter<'_> {
    fn drop(&mut self) {
        self.store.forget_reads(&self.change);
    }
}

impl Store {
    /// A guard that forgets what `change` touches once the change it covers is over.
    pub(crate) fn forget_after(&self, change: Change) -> ForgetAfter<'_> {
        ForgetAfter { store: self, change }
    }

    /// Drops every kept read past its time. A kind of read sweeps itself as it keeps new
    /// reads; this serves the kinds nobody reads any more once a storm is over (see
    /// `server::spawn_read_sweeper`).
    pub fn sweep_kept_reads(&self) {
        let caches = &self.read_caches;
        caches.sessions.sweep();
        caches.pages.sweep();
        caches.stock.sweep();
    }

    /// Forgets, at once, the kept reads that `change` touches.
    pub(crate) fn forget_reads(&self, change: &Change) {
        let caches = &self.read_caches;
        match change {
            Change::Session(hash) => caches.sessions.forget(hash),
            Change::User(user_id) => {
                caches
                    .sessions
                    .forget_where(Some(&|_, live: &super::LiveSession| live.user.id == *user_id));
                caches.pages.forget(user_id);
            }
            Change::Holding { user_id, campaign_id } => {
                caches.pages.forget(user_id);
                caches.stock.forget(campaign_id);
            }
            Change::Everything => {
                caches.sessions.forget_where(None);
                caches.pages.forget_where(None);
                caches.stock.forget_where(None);
            }
        }
    }

    /// Forgets every read kept in process: the next reads go to the database. For a change
    /// this process cannot see being made (another process's, such as the command line's),
    /// when it must show before [`READS_KEPT_FOR`] has passed.
    pub fn forget_kept_reads(&self) {
        self.forget_reads(&Change::Everything);
    }

    /// Keeps reads for `kept_for` (zero keeps none), at most `most` of each kind: the
    /// service uses [`READS_KEPT_FOR`] and [`READS_KEPT_MOST`]; tests set their own.
    pub fn keep_reads_for(&self, kept_for: Duration, most: usize) {
        let caches = &self.read_caches;
        caches.sessions.set_bounds(kept_for, most);
        caches.pages.set_bounds(kept_for, most);
        caches.stock.set_bounds(kept_for, most);
    }

    /// How many sessions are kept in process now (for tests of the bound).
    pub fn sessions_kept(&self) -> usize {
        self.read_caches.sessions.len()
    }
}

/// The kinds of reads kept (see the module's documentation).
#[derive(Debug, Default)]
pub(crate) struct ReadCaches {
    /// Each live session with its user, by the hash of its token.
    pub(crate) sessions: ReadCache<String, super::LiveSession>,
    /// What a maintainer's page reads about them, by user id.
    pub(crate) pages: ReadCache<i64, std::sync::Arc<super::standing::PageReads>>,
    /// Each campaign's codes left, by campaign id, with the day it was counted for.
    pub(crate) stock: ReadCache<i64, (chrono::NaiveDate, i64)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Keeps `n` entries read `age` ago, with fresh tickets.
    fn keep_aged(cache: &ReadCache<u64, u64>, keys: std::ops::Range<u64>, age: Duration) {
        for key in keys {
            let ticket = cache.get(&key).unwrap_err();
            cache.keep(key, ticket, Instant::now() - age, key);
        }
    }

    #[test]
    fn entries_past_their_time_are_swept_before_the_cache_is_full() {
        let cache = ReadCache::<u64, u64>::default();
        cache.set_bounds(Duration::from_secs(60), 100_000);
        // Read two minutes ago: past their time, though the cache is far from full.
        keep_aged(&cache, 0..SWEEP_FROM as u64, Duration::from_secs(120));
        assert_eq!(
            cache.len(),
            SWEEP_FROM,
            "below the sweep's threshold nothing is swept"
        );
        keep_aged(&cache, 10_000..10_001, Duration::ZERO);
        assert_eq!(cache.len(), 1, "the stale entries went, the fresh one stayed");
        assert_eq!(cache.get(&10_000), Ok(10_000));
    }

    #[test]
    fn live_entries_are_not_swept_and_a_full_cache_keeps_nothing_new() {
        let cache = ReadCache::<u64, u64>::default();
        let most = SWEEP_FROM + 10;
        cache.set_bounds(Duration::from_secs(60), most);
        keep_aged(&cache, 0..most as u64, Duration::ZERO);
        keep_aged(&cache, 50_000..50_010, Duration::ZERO);
        assert_eq!(
            cache.len(),
            most,
            "full of live entries: nothing new kept, nothing dropped"
        );
        assert!(cache.get(&50_000).is_err());
        assert_eq!(cache.get(&0), Ok(0));
    }

    #[test]
    fn a_sweep_drops_what_no_later_read_would() {
        let cache = ReadCache::<u64, u64>::default();
        cache.set_bounds(Duration::from_secs(60), 100_000);
        keep_aged(&cache, 0..10, Duration::from_secs(120));
        keep_aged(&cache, 10..12, Duration::ZERO);
        cache.sweep();
        assert_eq!(cache.len(), 2);
    }
}
