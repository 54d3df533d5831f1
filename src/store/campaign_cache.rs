//! Campaigns, their offers and their phases, kept in process for a moment.
//!
//! Every maintainer's page and every claim needs the campaigns, the offers of one and its
//! schedule of phases; they change only when an admin edits them, a few times a campaign.
//! Reading them on every request was three of a claim's round trips. They are read together
//! (three queries for all campaigns) and kept for [`CAMPAIGNS_KEPT_FOR`]:
//!
//! - a change made through this process's [`Store`] forgets them at once (the writing
//!   methods hold a [`Forget`] guard, which forgets once their transaction has ended), so
//!   the admin who saved sees the change on their next page;
//! - a change made by another replica (or another process, such as the command line) is seen
//!   within [`CAMPAIGNS_KEPT_FOR`]. The claim itself still cannot give a code that is not
//!   there: the stock and the code's state are read by the claim's transaction.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::{Campaign, Offer, Store, StoredPhase};

/// How long campaigns read from the database are used before they are read again: the
/// longest another replica's change takes to show here.
pub const CAMPAIGNS_KEPT_FOR: Duration = Duration::from_secs(1);

/// Every campaign with its offers and phases, as read at one moment.
#[derive(Debug, Default)]
struct CampaignSnapshot {
    /// The latest to start first, as [`Store::campaigns`] answers them.
    campaigns: Vec<Campaign>,
    /// Each campaign's offers, by id.
    offers: HashMap<i64, Vec<Offer>>,
    /// Each campaign's phases, by date.
    phases: HashMap<i64, Vec<StoredPhase>>,
}

/// The snapshot in use and what decides whether it may still be used.
#[derive(Debug, Default)]
struct Kept {
    snapshot: Option<(Instant, Arc<CampaignSnapshot>)>,
    /// Counts the changes made through this process: a read that began before a change
    /// must not keep what it read.
    generation: u64,
}

/// The store's copy of the campaigns (see the module's documentation).
#[derive(Debug, Default)]
pub(crate) struct CampaignCache {
    kept: Mutex<Kept>,
}

/// Forgets the campaigns when dropped: held by every method that changes a campaign, an
/// offer or a phase, so that the next read follows the change whatever the method's outcome.
pub(crate) struct Forget<'a>(&'a CampaignCache);

impl Drop for Forget<'_> {
    fn drop(&mut self) {
        let mut kept = self
            .0
            .kept
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        kept.snapshot = None;
        kept.generation += 1;
    }
}

impl CampaignCache {
    /// A guard that forgets the campaigns when the change it covers is over.
    pub(crate) fn forget_after(&self) -> Forget<'_> {
        Forget(self)
    }

    /// The snapshot if it is fresh, else the generation a new read starts at.
    fn fresh(&self) -> Result<Arc<CampaignSnapshot>, u64> {
        let kept = self.kept.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        match &kept.snapshot {
            Some((read_at, snapshot)) if read_at.elapsed() < CAMPAIGNS_KEPT_FOR => Ok(snapshot.clone()),
            _ => Err(kept.generation),
        }
    }

    /// Keeps a snapshot read at `read_at`, unless a change was made since the read began.
    fn keep(&self, generation: u64, read_at: Instant, snapshot: Arc<CampaignSnapshot>) {
        let mut kept = self.kept.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if kept.generation == generation {
            kept.snapshot = Some((read_at, snapshot));
        }
    }
}

impl Store {
    /// Forgets the campaigns kept in process: the next read goes to the database. For a
    /// change this process cannot see being made (another process's, such as the command
    /// line's), when it must show before [`CAMPAIGNS_KEPT_FOR`] has passed.
    pub fn forget_campaigns(&self) {
        drop(self.campaign_cache.forget_after());
    }

    /// The campaigns with their offers and phases: kept ones when fresh, else read again.
    async fn campaign_snapshot(&self) -> sqlx::Result<Arc<CampaignSnapshot>> {
        let generation = match self.campaign_cache.fresh() {
            Ok(snapshot) => return Ok(snapshot),
            Err(generation) => generation,
        };
        let read_at = Instant::now();
        let campaigns = self.read_campaigns().await?;
        let mut offers: HashMap<i64, Vec<Offer>> = HashMap::new();
        for offer in self.read_all_offers().await? {
            offers.entry(offer.campaign_id).or_default().push(offer);
        }
        let mut phases: HashMap<i64, Vec<StoredPhase>> = HashMap::new();
        for phase in self.read_all_phases().await? {
            phases.entry(phase.campaign_id).or_default().push(phase);
        }
        let snapshot = Arc::new(CampaignSnapshot {
            campaigns,
            offers,
            phases,
        });
        self.campaign_cache.keep(generation, read_at, snapshot.clone());
        Ok(snapshot)
    }

    /// Every campaign, the latest to start first.
    pub async fn campaigns(&self) -> sqlx::Result<Vec<Campaign>> {
        Ok(self.campaign_snapshot().await?.campaigns.clone())
    }

    /// The campaign with this name.
    pub async fn campaign_by_name(&self, name: &str) -> sqlx::Result<Option<Campaign>> {
        let snapshot = self.campaign_snapshot().await?;
        Ok(snapshot.campaigns.iter().find(|c| c.name == name).cloned())
    }

    /// A campaign's offers, by id.
    pub async fn offers_of(&self, campaign_id: i64) -> sqlx::Result<Vec<Offer>> {
        let snapshot = self.campaign_snapshot().await?;
        Ok(snapshot.offers.get(&campaign_id).cloned().unwrap_or_default())
    }

    /// A campaign's scheduled phases, by date.
    pub async fn phases_of(&self, campaign_id: i64) -> sqlx::Result<Vec<StoredPhase>> {
        let snapshot = self.campaign_snapshot().await?;
        Ok(snapshot.phases.get(&campaign_id).cloned().unwrap_or_default())
    }
}
