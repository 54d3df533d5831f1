//! Offers: the kinds of key a campaign gives (vendor, store, keys per code, the countries each
//! ships to). Every batch belongs to one offer; a claim takes a code of the offer chosen.

use chrono::NaiveDate;

use super::audit::insert_audit;
use super::{
    AuditEntry, Campaign, FULFILMENT_STRIPE, FULFILMENT_VENDOR, Store, begin_write, on_pool, unless_taken,
};
use crate::domain::countries::{self, Country};

/// An offer as stored.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, serde::Serialize)]
pub struct Offer {
    pub id: i64,
    pub campaign_id: i64,
    pub name: String,
    pub vendor: String,
    pub store_url: Option<String>,
    pub keys_per_code: i64,
    /// Comma-separated alpha-2 codes; see [`Offer::country_list`].
    pub countries: String,
    /// How its codes are redeemed: the campaign's way (vendor store or Stripe checkout).
    pub fulfilment: String,
    pub created_at: i64,
}

impl Offer {
    /// The countries the offer ships to.
    pub fn country_list(&self) -> Vec<Country> {
        countries::split_stored(&self.countries)
    }

    /// True when the offer ships to `country`.
    pub fn ships_to(&self, country: Country) -> bool {
        self.country_list().contains(&country)
    }
}

/// An offer's settings, as `keydrop offer add|edit` and the admin's offer form give them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewOffer {
    pub name: String,
    pub vendor: String,
    pub store_url: Option<String>,
    pub keys_per_code: i64,
    pub countries: Vec<Country>,
}

/// Why offer settings were refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OfferProblem {
    #[error("the offer's name must not be empty")]
    NameEmpty,
    #[error("the offer's name is longer than {} characters", NewOffer::MAX_TEXT)]
    NameTooLong,
    #[error("the vendor's name is longer than {} characters", NewOffer::MAX_TEXT)]
    VendorTooLong,
    #[error(
        "keys per code must be between 1 and {}",
        super::NewCampaign::MAX_KEYS_PER_CODE
    )]
    KeysPerCode,
    #[error("the store link must be an http or https URL")]
    StoreUrl,
    #[error("an offer ships to one country at least")]
    NoCountries,
    #[error("the campaign has an offer named {0:?} already")]
    NameTaken(String),
}

impl NewOffer {
    pub const MAX_TEXT: usize = 80;

    /// Settings with white space trimmed and a blank store link made `None`.
    pub fn tidied(mut self) -> NewOffer {
        self.name = self.name.trim().to_string();
        self.vendor = self.vendor.trim().to_string();
        self.store_url = self
            .store_url
            .map(|u| u.trim().to_string())
            .filter(|u| !u.is_empty());
        self
    }

    /// Every rule the settings break (none: they can be stored).
    pub fn problems(&self) -> Vec<OfferProblem> {
        let mut problems = Vec::new();
        if self.name.is_empty() {
            problems.push(OfferProblem::NameEmpty);
        } else if self.name.chars().count() > Self::MAX_TEXT {
            problems.push(OfferProblem::NameTooLong);
        }
        if self.vendor.chars().count() > Self::MAX_TEXT {
            problems.push(OfferProblem::VendorTooLong);
        }
        if !(1..=super::NewCampaign::MAX_KEYS_PER_CODE).contains(&self.keys_per_code) {
            problems.push(OfferProblem::KeysPerCode);
        }
        let web_url = |url: &str| url::Url::parse(url).is_ok_and(|u| matches!(u.scheme(), "http" | "https"));
        if self.store_url.as_deref().is_some_and(|url| !web_url(url)) {
            problems.push(OfferProblem::StoreUrl);
        }
        if self.countries.is_empty() {
            problems.push(OfferProblem::NoCountries);
        }
        problems
    }

    /// The settings of a stored offer, to edit.
    pub fn from_offer(offer: &Offer) -> NewOffer {
        NewOffer {
            name: offer.name.clone(),
            vendor: offer.vendor.clone(),
            store_url: offer.store_url.clone(),
            keys_per_code: offer.keys_per_code,
            countries: offer.country_list(),
        }
    }

    /// For the audit log: the settings in one line.
    fn describe(&self) -> String {
        format!(
            "{}: vendor {:?}, store {}, {} keys per code, ships to {}",
            self.name,
            self.vendor,
            self.store_url.as_deref().unwrap_or("(none)"),
            self.keys_per_code,
            countries::join(&self.countries)
        )
    }
}

/// Stock, claims and redemptions of one offer.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, serde::Serialize, serde::Deserialize)]
pub struct OfferStats {
    pub offer_id: i64,
    pub name: String,
    /// Unexpired codes still available.
    pub available: i64,
    /// Codes ever handed out.
    pub claimed: i64,
    pub redeemed: i64,
}

macro_rules! offer_columns {
    () => {
        "id, campaign_id, name, vendor, store_url, keys_per_code, countries, fulfilment, created_at"
    };
}

/// Inserts, through `$executor`, the first offer of the just-created `$campaign`, made from
/// its settings (the migration did the same for the campaigns that existed before offers).
macro_rules! insert_first_offer {
    ($executor:expr, $campaign:expr) => {{
        let campaign: &$crate::store::Campaign = $campaign;
        sqlx::query(
            "INSERT INTO offers (campaign_id, name, store_url, keys_per_code, countries, fulfilment, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(campaign.id)
        .bind(&campaign.name)
        .bind(&campaign.store_url)
        .bind(campaign.keys_per_code)
        .bind(&campaign.countries)
        .bind(&campaign.fulfilment)
        .bind(campaign.created_at)
        .execute($executor)
        .await
    }};
}
pub(crate) use insert_first_offer;

/// Keeps, through `$executor`, the only offer of the just-edited `$campaign` in step with its
/// settings; a campaign with several offers has its offers edited one by one.
macro_rules! sync_only_offer {
    ($executor:expr, $campaign:expr) => {{
        let campaign: &$crate::store::Campaign = $campaign;
        sqlx::query(
            "UPDATE offers SET store_url = $2, keys_per_code = $3, countries = $4, fulfilment = $5 \
             WHERE campaign_id = $1 AND (SELECT COUNT(*) FROM offers o WHERE o.campaign_id = $1) = 1",
        )
        .bind(campaign.id)
        .bind(&campaign.store_url)
        .bind(campaign.keys_per_code)
        .bind(&campaign.countries)
        .bind(&campaign.fulfilment)
        .execute($executor)
        .await
    }};
}
pub(crate) use sync_only_offer;

impl Store {
    /// Every campaign's offers, by campaign and id, from the database (read through
    /// [`Store::offers_of`], kept for a moment).
    pub(super) async fn read_all_offers(&self) -> sqlx::Result<Vec<Offer>> {
        on_pool!(self, pool => sqlx::query_as::<_, Offer>(concat!(
            "SELECT ", offer_columns!(), " FROM offers ORDER BY campaign_id, id"))
            .fetch_all(pool).await)
    }

    /// The offer with this id.
    pub async fn offer_by_id(&self, id: i64) -> sqlx::Result<Option<Offer>> {
        on_pool!(self, pool => sqlx::query_as::<_, Offer>(concat!(
            "SELECT ", offer_columns!(), " FROM offers WHERE id = $1"))
            .bind(id).fetch_optional(pool).await)
    }

    /// The offer a code belongs to (through its batch).
    pub async fn offer_of_code(&self, code_id: i64) -> sqlx::Result<Option<Offer>> {
        on_pool!(self, pool => sqlx::query_as::<_, Offer>(
            "SELECT o.id, o.campaign_id, o.name, o.vendor, o.store_url, o.keys_per_code, o.countries, o.fulfilment, o.created_at \
             FROM codes c JOIN batches b ON b.id = c.batch_id JOIN offers o ON o.id = b.offer_id WHERE c.id = $1")
            .bind(code_id).fetch_optional(pool).await)
    }

    /// Adds an offer to a campaign (redeemed the campaign's way), audited; `None` when the
    /// campaign has an offer of that name.
    pub async fn add_offer(
        &self,
        campaign: &Campaign,
        new: &NewOffer,
        now: i64,
        actor: &str,
    ) -> sqlx::Result<Option<Offer>> {
        let _forget = self.campaign_cache.forget_after();
        let fulfilment = if campaign.uses_stripe() {
            FULFILMENT_STRIPE
        } else {
            FULFILMENT_VENDOR
        };
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            let inserted = unless_taken(sqlx::query_as::<_, Offer>(concat!(
                "INSERT INTO offers (campaign_id, name, vendor, store_url, keys_per_code, countries, fulfilment, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ", offer_columns!()))
                .bind(campaign.id).bind(&new.name).bind(&new.vendor).bind(&new.store_url)
                .bind(new.keys_per_code).bind(countries::join(&new.countries)).bind(fulfilment).bind(now)
                .fetch_one(&mut *tx).await)?;
            let Some(offer) = inserted else {
                tx.rollback().await?;
                return Ok(None);
            };
            let entry = AuditEntry {
                actor: actor.to_string(),
                action: "offer.add",
                campaign_id: Some(campaign.id),
                detail: new.describe(),
                ..AuditEntry::default()
            };
            insert_audit!(&mut *tx, now, &entry)?;
            tx.commit().await?;
            Ok(Some(offer))
        })
    }

    /// Stores new settings for an offer, audited with the old and new settings; `None` when
    /// the new name is another offer's of the campaign. Codes already handed out keep theirs.
    pub async fn edit_offer(
        &self,
        offer: &Offer,
        new: &NewOffer,
        now: i64,
        actor: &str,
    ) -> sqlx::Result<Option<Offer>> {
        let _forget = self.campaign_cache.forget_after();
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            let updated = unless_taken(sqlx::query_as::<_, Offer>(concat!(
                "UPDATE offers SET name = $2, vendor = $3, store_url = $4, keys_per_code = $5, countries = $6 \
                 WHERE id = $1 RETURNING ", offer_columns!()))
                .bind(offer.id).bind(&new.name).bind(&new.vendor).bind(&new.store_url)
                .bind(new.keys_per_code).bind(countries::join(&new.countries))
                .fetch_one(&mut *tx).await)?;
            let Some(saved) = updated else {
                tx.rollback().await?;
                return Ok(None);
            };
            let entry = AuditEntry {
                actor: actor.to_string(),
                action: "offer.edit",
                campaign_id: Some(offer.campaign_id),
                detail: format!("{} → {}", NewOffer::from_offer(offer).describe(), new.describe()),
                ..AuditEntry::default()
            };
            insert_audit!(&mut *tx, now, &entry)?;
            tx.commit().await?;
            Ok(Some(saved))
        })
    }

    /// Unexpired codes available in an offer, to a maintainer in `country` (batches bound to
    /// it or open to all of the offer's countries), or in any country when `None`. The one
    /// place an offer's stock is counted.
    pub async fn codes_left_for_offer(
        &self,
        offer_id: i64,
        country: Option<Country>,
        today: NaiveDate,
    ) -> sqlx::Result<i64> {
        on_pool!(self, pool => sqlx::query_scalar(
            "SELECT CAST(COALESCE(SUM(s.available), 0) AS BIGINT) FROM batches b JOIN batch_stock s ON s.batch_id = b.id \
             WHERE b.offer_id = $1 AND b.published AND b.expires_on >= $3 \
               AND (CAST($2 AS TEXT) IS NULL OR NOT b.country_bound \
                    OR EXISTS (SELECT 1 FROM batch_countries bc WHERE bc.batch_id = b.id AND bc.country = $2))")
            .bind(offer_id).bind(country.map(|c| c.code())).bind(today)
            .fetch_one(pool).await)
    }

    /// Stock, claims and redemptions of each offer of a campaign, the first made first.
    pub async fn offer_stats(&self, campaign_id: i64, today: NaiveDate) -> sqlx::Result<Vec<OfferStats>> {
        let mut stats: Vec<OfferStats> = on_pool!(self, pool => sqlx::query_as::<_, OfferStats>(
            "SELECT o.id AS offer_id, o.name, CAST(0 AS BIGINT) AS available, \
                    COUNT(c.id) FILTER (WHERE c.assigned_at IS NOT NULL) AS claimed, \
                    COUNT(c.id) FILTER (WHERE c.state = 'redeemed') AS redeemed \
             FROM offers o LEFT JOIN batches b ON b.offer_id = o.id AND b.published \
                  LEFT JOIN codes c ON c.batch_id = b.id \
             WHERE o.campaign_id = $1 GROUP BY o.id, o.name ORDER BY o.id")
            .bind(campaign_id).fetch_all(pool).await)?;
        for offer in &mut stats {
            offer.available = self.codes_left_for_offer(offer.offer_id, None, today).await?;
        }
        Ok(stats)
    }
}
