//! Campaigns: a giveaway's window, countries and rules, kept as data.

use chrono::NaiveDate;

use super::audit::insert_audit;
use super::{AuditEntry, Store, begin_write, is_unique_violation, on_pool};
use crate::domain::countries::{self, Country};

/// A campaign as stored.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Campaign {
    pub id: i64,
    pub name: String,
    /// Comma-separated alpha-2 codes; see [`Campaign::countries`].
    pub countries: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub store_url: Option<String>,
    pub keys_per_code: i64,
    pub account_cutoff: Option<NaiveDate>,
    pub allow_key_holders: bool,
    pub created_at: i64,
    /// The kill switch: no claims, whatever the dates say.
    pub claims_closed: bool,
    /// What maintainers read once the campaign has ended or is closed, if set.
    pub ended_message: Option<String>,
}

impl Campaign {
    /// The countries the campaign ships to.
    pub fn country_list(&self) -> Vec<Country> {
        countries::split_stored(&self.countries)
    }

    /// True when claims are open on `today` (first and last day included) and not closed.
    pub fn is_open_on(&self, today: NaiveDate) -> bool {
        !self.claims_closed && self.starts_on <= today && today <= self.ends_on
    }
}

/// What `campaign create` asks for.
#[derive(Debug, Clone)]
pub struct NewCampaign {
    pub name: String,
    pub countries: Vec<Country>,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub store_url: Option<String>,
    pub keys_per_code: i64,
    pub account_cutoff: Option<NaiveDate>,
    pub allow_key_holders: bool,
}

macro_rules! campaign_columns {
    () => {
        "id, name, countries, starts_on, ends_on, store_url, keys_per_code, account_cutoff, allow_key_holders, \
         created_at, claims_closed, ended_message"
    };
}

impl Store {
    /// Creates a campaign; `None` when the name is taken.
    pub async fn create_campaign(
        &self,
        new: &NewCampaign,
        now: i64,
        actor: &str,
    ) -> sqlx::Result<Option<Campaign>> {
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            let inserted = sqlx::query_as::<_, Campaign>(concat!(
                "INSERT INTO campaigns (name, countries, starts_on, ends_on, store_url, keys_per_code, account_cutoff, allow_key_holders, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ", campaign_columns!()))
                .bind(&new.name)
                .bind(countries::join(&new.countries))
                .bind(new.starts_on)
                .bind(new.ends_on)
                .bind(&new.store_url)
                .bind(new.keys_per_code)
                .bind(new.account_cutoff)
                .bind(new.allow_key_holders)
                .bind(now)
                .fetch_one(&mut *tx).await;
            let campaign = match inserted {
                Ok(campaign) => campaign,
                Err(err) if is_unique_violation(&err) => return Ok(None),
                Err(err) => return Err(err),
            };
            let entry = AuditEntry {
                actor: actor.to_string(),
                action: "campaign.create",
                campaign_id: Some(campaign.id),
                detail: format!("{} from {} to {}, countries {}", campaign.name, campaign.starts_on, campaign.ends_on, campaign.countries),
                ..AuditEntry::default()
            };
            insert_audit!(&mut *tx, now, &entry)?;
            tx.commit().await?;
            Ok(Some(campaign))
        })
    }

    /// The campaign with this name.
    pub async fn campaign_by_name(&self, name: &str) -> sqlx::Result<Option<Campaign>> {
        on_pool!(self, pool => sqlx::query_as::<_, Campaign>(concat!("SELECT ", campaign_columns!(), " FROM campaigns WHERE name = $1"))
            .bind(name)
            .fetch_optional(pool).await)
    }

    /// Every campaign, the latest to start first.
    pub async fn campaigns(&self) -> sqlx::Result<Vec<Campaign>> {
        on_pool!(self, pool => sqlx::query_as::<_, Campaign>(concat!(
            "SELECT ", campaign_columns!(), " FROM campaigns ORDER BY starts_on DESC, id DESC"))
            .fetch_all(pool).await)
    }
}
