//! Campaigns: a giveaway's window, countries and rules, kept as data.

use chrono::NaiveDate;

use super::audit::insert_audit;
use super::{AuditEntry, Store, begin_write, on_pool, unless_taken};
use crate::domain::countries::{self, Country};
use crate::domain::phases::Rules;

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
    /// When `keydrop campaign purge` deleted the campaign's personal data.
    pub purged_at: Option<i64>,
    /// `vendor` (codes are redeemed at the vendor's store) or `stripe` (through our checkout).
    pub fulfilment: String,
    /// For Stripe: the product, its price in the currency's smallest unit, the currency.
    pub product_name: Option<String>,
    pub unit_amount: Option<i64>,
    pub currency: Option<String>,
    /// The campaign's 100%-off Stripe coupon, once made.
    pub stripe_coupon_id: Option<String>,
    /// The first phase's rules that `campaign create` does not set (see [`Campaign::rules`]).
    pub require_critical: bool,
    pub exclude_totp: bool,
    /// What becomes of a code its holder hands back: [`HANDED_BACK_RESTOCK`] or
    /// [`HANDED_BACK_RETIRE`].
    pub handed_back: String,
    /// Whether a maintainer who handed a code back may claim another.
    pub claim_after_hand_back: bool,
}

/// A code handed back goes back to stock, for someone else.
pub const HANDED_BACK_RESTOCK: &str = "restock";
/// A code handed back is retired (revoked): nobody receives it again.
pub const HANDED_BACK_RETIRE: &str = "retire";

impl Campaign {
    /// The countries the campaign ships to.
    pub fn country_list(&self) -> Vec<Country> {
        countries::split_stored(&self.countries)
    }

    /// True when claims are open on `today` (first and last day included) and not closed.
    pub fn is_open_on(&self, today: NaiveDate) -> bool {
        !self.claims_closed && self.starts_on <= today && today <= self.ends_on
    }

    /// The campaign's own eligibility rules: its first phase.
    pub fn rules(&self) -> Rules {
        Rules {
            require_critical: self.require_critical,
            exclude_totp: self.exclude_totp,
            allow_key_holders: self.allow_key_holders,
            account_cutoff: self.account_cutoff,
        }
    }

    /// True when a code handed back returns to stock.
    pub fn restocks_handed_back(&self) -> bool {
        self.handed_back == HANDED_BACK_RESTOCK
    }

    /// True when codes are redeemed through our Stripe checkout.
    pub fn uses_stripe(&self) -> bool {
        self.fulfilment == FULFILMENT_STRIPE
    }

    /// Where the campaign is in its life on `today`.
    pub fn status_on(&self, today: NaiveDate) -> CampaignStatus {
        if self.purged_at.is_some() {
            CampaignStatus::Purged
        } else if self.claims_closed {
            CampaignStatus::Closed
        } else if today < self.starts_on {
            CampaignStatus::Upcoming
        } else if today > self.ends_on {
            CampaignStatus::Ended
        } else {
            CampaignStatus::Open
        }
    }
}

/// Where a campaign is in its life; see [`Campaign::status_on`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CampaignStatus {
    Upcoming,
    Open,
    /// Closed by an admin (the kill switch), whatever the dates say.
    Closed,
    Ended,
    /// Its personal data was deleted; only counts are left.
    Purged,
}

/// Codes are redeemed at the vendor's store.
pub const FULFILMENT_VENDOR: &str = "vendor";
/// Codes are redeemed through our Stripe checkout.
pub const FULFILMENT_STRIPE: &str = "stripe";

/// A campaign's settings, as `campaign create` and the admin's campaign form give them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCampaign {
    pub name: String,
    pub countries: Vec<Country>,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub store_url: Option<String>,
    pub keys_per_code: i64,
    pub account_cutoff: Option<NaiveDate>,
    pub allow_key_holders: bool,
    pub ended_message: Option<String>,
    /// [`FULFILMENT_VENDOR`] or [`FULFILMENT_STRIPE`].
    pub fulfilment: String,
    pub product_name: Option<String>,
    pub unit_amount: Option<i64>,
    pub currency: Option<String>,
}

/// Why campaign settings were refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CampaignProblem {
    #[error("the name must not be empty")]
    NameEmpty,
    #[error("the name is longer than {} characters", NewCampaign::MAX_NAME)]
    NameTooLong,
    #[error("the name may not contain '/' (it is part of the API's URLs)")]
    NameHasSlash,
    #[error("the last day ({ends_on}) is before the first day ({starts_on})")]
    EndsBeforeStarts {
        starts_on: NaiveDate,
        ends_on: NaiveDate,
    },
    #[error("keys per code must be between 1 and {}", NewCampaign::MAX_KEYS_PER_CODE)]
    KeysPerCode,
    #[error("the store link must be an http or https URL")]
    StoreUrl,
    #[error(
        "the message after the end is longer than {} characters",
        NewCampaign::MAX_MESSAGE
    )]
    MessageTooLong,
    #[error("the fulfilment must be vendor or stripe")]
    UnknownFulfilment,
    #[error("a Stripe campaign needs a product name, a unit price and a currency")]
    StripeNeedsProduct,
    #[error("the unit price must be a whole number of the currency's smallest unit, 0 or more")]
    UnitAmount,
    #[error("the currency must be a three-letter ISO 4217 code, e.g. usd")]
    Currency,
    #[error("a campaign named {0:?} exists already")]
    NameTaken(String),
}

impl NewCampaign {
    pub const MAX_NAME: usize = 80;
    pub const MAX_KEYS_PER_CODE: i64 = 10;
    pub const MAX_MESSAGE: usize = 2000;

    /// Settings with surrounding white space trimmed and blank options made `None`.
    pub fn tidied(mut self) -> NewCampaign {
        fn tidy(value: Option<String>) -> Option<String> {
            value.map(|v| v.trim().to_string()).filter(|v| !v.is_empty())
        }
        self.name = self.name.trim().to_string();
        self.store_url = tidy(self.store_url);
        self.ended_message = tidy(self.ended_message);
        self.fulfilment = match self.fulfilment.trim().to_lowercase() {
            blank if blank.is_empty() => FULFILMENT_VENDOR.to_string(),
            fulfilment => fulfilment,
        };
        self.product_name = tidy(self.product_name);
        self.currency = tidy(self.currency).map(|c| c.to_lowercase());
        self
    }

    /// Every rule the settings break (none: they can be stored). Countries and dates are
    /// typed already, so what is left are the rules between fields and the limits.
    pub fn problems(&self) -> Vec<CampaignProblem> {
        let mut problems = Vec::new();
        if self.name.is_empty() {
            problems.push(CampaignProblem::NameEmpty);
        } else if self.name.chars().count() > Self::MAX_NAME {
            problems.push(CampaignProblem::NameTooLong);
        }
        if self.name.contains('/') {
            problems.push(CampaignProblem::NameHasSlash);
        }
        if self.ends_on < self.starts_on {
            problems.push(CampaignProblem::EndsBeforeStarts {
                starts_on: self.starts_on,
                ends_on: self.ends_on,
            });
        }
        if !(1..=Self::MAX_KEYS_PER_CODE).contains(&self.keys_per_code) {
            problems.push(CampaignProblem::KeysPerCode);
        }
        let web_url = |url: &str| url::Url::parse(url).is_ok_and(|u| matches!(u.scheme(), "http" | "https"));
        if self.store_url.as_deref().is_some_and(|url| !web_url(url)) {
            problems.push(CampaignProblem::StoreUrl);
        }
        if self
            .ended_message
            .as_ref()
            .is_some_and(|m| m.chars().count() > Self::MAX_MESSAGE)
        {
            problems.push(CampaignProblem::MessageTooLong);
        }
        match self.fulfilment.as_str() {
            FULFILMENT_VENDOR => {}
            FULFILMENT_STRIPE => {
                if self.product_name.is_none() || self.unit_amount.is_none() || self.currency.is_none() {
                    problems.push(CampaignProblem::StripeNeedsProduct);
                }
            }
            _ => problems.push(CampaignProblem::UnknownFulfilment),
        }
        if self.unit_amount.is_some_and(|a| a < 0) {
            problems.push(CampaignProblem::UnitAmount);
        }
        if self
            .currency
            .as_ref()
            .is_some_and(|c| c.len() != 3 || !c.chars().all(|ch| ch.is_ascii_lowercase()))
        {
            problems.push(CampaignProblem::Currency);
        }
        problems
    }

    /// The settings of a stored campaign, to edit.
    pub fn from_campaign(campaign: &Campaign) -> NewCampaign {
        NewCampaign {
            name: campaign.name.clone(),
            countries: campaign.country_list(),
            starts_on: campaign.starts_on,
            ends_on: campaign.ends_on,
            store_url: campaign.store_url.clone(),
            keys_per_code: campaign.keys_per_code,
            account_cutoff: campaign.account_cutoff,
            allow_key_holders: campaign.allow_key_holders,
            ended_message: campaign.ended_message.clone(),
            fulfilment: campaign.fulfilment.clone(),
            product_name: campaign.product_name.clone(),
            unit_amount: campaign.unit_amount,
            currency: campaign.currency.clone(),
        }
    }

    /// What an edit changes, for the audit log: `field: old → new; ...`.
    fn changes_from(&self, old: &NewCampaign) -> String {
        fn show<T: std::fmt::Display>(value: &Option<T>) -> String {
            value.as_ref().map_or("(none)".to_string(), ToString::to_string)
        }
        let mut changes = Vec::new();
        let mut note = |field: &str, old: String, new: String| {
            if old != new {
                changes.push(format!("{field}: {old} → {new}"));
            }
        };
        note("name", old.name.clone(), self.name.clone());
        note(
            "countries",
            countries::join(&old.countries),
            countries::join(&self.countries),
        );
        note("starts_on", old.starts_on.to_string(), self.starts_on.to_string());
        note("ends_on", old.ends_on.to_string(), self.ends_on.to_string());
        note("store_url", show(&old.store_url), show(&self.store_url));
        note(
            "keys_per_code",
            old.keys_per_code.to_string(),
            self.keys_per_code.to_string(),
        );
        note(
            "account_cutoff",
            show(&old.account_cutoff),
            show(&self.account_cutoff),
        );
        note(
            "allow_key_holders",
            old.allow_key_holders.to_string(),
            self.allow_key_holders.to_string(),
        );
        note("fulfilment", old.fulfilment.clone(), self.fulfilment.clone());
        note("product_name", show(&old.product_name), show(&self.product_name));
        note("unit_amount", show(&old.unit_amount), show(&self.unit_amount));
        note("currency", show(&old.currency), show(&self.currency));
        if old.ended_message != self.ended_message {
            changes.push("ended_message changed".to_string());
        }
        changes.join("; ")
    }
}

/// Binds a [`NewCampaign`]'s thirteen settings, in the order of the INSERT's and the UPDATE's
/// `$1`..`$13`.
macro_rules! bind_settings {
    ($query:expr, $new:expr) => {
        $query
            .bind(&$new.name)
            .bind(countries::join(&$new.countries))
            .bind($new.starts_on)
            .bind($new.ends_on)
            .bind(&$new.store_url)
            .bind($new.keys_per_code)
            .bind($new.account_cutoff)
            .bind($new.allow_key_holders)
            .bind(&$new.ended_message)
            .bind(&$new.fulfilment)
            .bind(&$new.product_name)
            .bind($new.unit_amount)
            .bind(&$new.currency)
    };
}

macro_rules! campaign_columns {
    () => {
        "id, name, countries, starts_on, ends_on, store_url, keys_per_code, account_cutoff, allow_key_holders, \
         created_at, claims_closed, ended_message, purged_at, fulfilment, product_name, unit_amount, currency, \
         stripe_coupon_id, require_critical, exclude_totp, handed_back, claim_after_hand_back"
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
        self.save_campaign(None, new, now, actor).await
    }

    /// Stores new settings for a campaign, with the changes in the audit log; `None` when the
    /// new name is another campaign's. Claims already made are kept whatever changes.
    pub async fn update_campaign(
        &self,
        id: i64,
        new: &NewCampaign,
        now: i64,
        actor: &str,
    ) -> sqlx::Result<Option<Campaign>> {
        self.save_campaign(Some(id), new, now, actor).await
    }

    /// Inserts a campaign (`id` is `None`) or updates one, and audits it, in one transaction;
    /// `None` when the name is another campaign's (the unique index decides, so two admins
    /// saving the same name at once cannot both succeed).
    async fn save_campaign(
        &self,
        id: Option<i64>,
        new: &NewCampaign,
        now: i64,
        actor: &str,
    ) -> sqlx::Result<Option<Campaign>> {
        let _forget = self.campaign_cache.forget_after();
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            let (saved, action, changes) = match id {
                None => {
                    let inserted = bind_settings!(sqlx::query_as::<_, Campaign>(concat!(
                        "INSERT INTO campaigns (name, countries, starts_on, ends_on, store_url, keys_per_code, account_cutoff, allow_key_holders, ended_message, \
                             fulfilment, product_name, unit_amount, currency, created_at) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING ", campaign_columns!())), new)
                        .bind(now)
                        .fetch_one(&mut *tx).await;
                    // A new campaign starts with one offer made from its settings.
                    if let Ok(campaign) = &inserted {
                        super::offers::insert_first_offer!(&mut *tx, campaign)?;
                    }
                    (inserted, "campaign.create", None)
                }
                Some(id) => {
                    let old = sqlx::query_as::<_, Campaign>(concat!("SELECT ", campaign_columns!(), " FROM campaigns WHERE id = $1"))
                        .bind(id).fetch_one(&mut *tx).await?;
                    let updated = bind_settings!(sqlx::query_as::<_, Campaign>(concat!(
                        "UPDATE campaigns SET name = $1, countries = $2, starts_on = $3, ends_on = $4, store_url = $5, \
                         keys_per_code = $6, account_cutoff = $7, allow_key_holders = $8, ended_message = $9, \
                         fulfilment = $10, product_name = $11, unit_amount = $12, currency = $13 \
                         WHERE id = $14 RETURNING ", campaign_columns!())), new)
                        .bind(id)
                        .fetch_one(&mut *tx).await;
                    // With one offer, the campaign's settings are that offer's: kept in step.
                    if let Ok(campaign) = &updated {
                        super::offers::sync_only_offer!(&mut *tx, campaign)?;
                    }
                    (updated, "campaign.edit", Some(new.changes_from(&NewCampaign::from_campaign(&old))))
                }
            };
            let Some(campaign) = unless_taken(saved)? else {
                return Ok(None);
            };
            // A new campaign is described whole; an edit by its changes (none: no entry).
            let detail = changes.unwrap_or_else(|| {
                format!("{} from {} to {}, countries {}", campaign.name, campaign.starts_on, campaign.ends_on, campaign.countries)
            });
            if !detail.is_empty() {
                let entry = AuditEntry {
                    actor: actor.to_string(),
                    action,
                    campaign_id: Some(campaign.id),
                    detail,
                    ..AuditEntry::default()
                };
                insert_audit!(&mut *tx, now, &entry)?;
            }
            tx.commit().await?;
            Ok(Some(campaign))
        })
    }

    /// The kill switch: closes claims at once (or opens them again). Answers false when the
    /// campaign was already in that state (nothing is logged then).
    pub async fn set_claims_closed(
        &self,
        id: i64,
        closed: bool,
        now: i64,
        actor: &str,
    ) -> sqlx::Result<bool> {
        let _forget = self.campaign_cache.forget_after();
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            let changed = sqlx::query("UPDATE campaigns SET claims_closed = $2 WHERE id = $1 AND claims_closed <> $2")
                .bind(id).bind(closed).execute(&mut *tx).await?.rows_affected() == 1;
            if changed {
                let entry = AuditEntry {
                    actor: actor.to_string(),
                    action: if closed { "campaign.close" } else { "campaign.open" },
                    campaign_id: Some(id),
                    ..AuditEntry::default()
                };
                insert_audit!(&mut *tx, now, &entry)?;
            }
            tx.commit().await?;
            Ok(changed)
        })
    }

    /// The campaign with this id.
    pub async fn campaign_by_id(&self, id: i64) -> sqlx::Result<Option<Campaign>> {
        on_pool!(self, pool => sqlx::query_as::<_, Campaign>(concat!("SELECT ", campaign_columns!(), " FROM campaigns WHERE id = $1"))
            .bind(id)
            .fetch_optional(pool).await)
    }

    /// Every campaign, the latest to start first, from the database (the pages read them
    /// through [`Store::campaigns`], kept for a moment).
    pub(super) async fn read_campaigns(&self) -> sqlx::Result<Vec<Campaign>> {
        on_pool!(self, pool => sqlx::query_as::<_, Campaign>(concat!(
            "SELECT ", campaign_columns!(), " FROM campaigns ORDER BY starts_on DESC, id DESC"))
            .fetch_all(pool).await)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> NewCampaign {
        NewCampaign {
            name: " Titan ".into(),
            countries: countries::parse_list("DE,US").unwrap(),
            starts_on: "2026-12-01".parse().unwrap(),
            ends_on: "2027-01-31".parse().unwrap(),
            store_url: Some("  ".into()),
            keys_per_code: 2,
            account_cutoff: None,
            allow_key_holders: false,
            ended_message: Some(" Thanks ".into()),
            fulfilment: "vendor".into(),
            product_name: None,
            unit_amount: None,
            currency: None,
        }
        .tidied()
    }

    #[test]
    fn tidies_and_accepts_good_settings() {
        let good = settings();
        assert_eq!(good.name, "Titan");
        assert_eq!(good.store_url, None, "blank is none");
        assert_eq!(good.ended_message.as_deref(), Some("Thanks"));
        assert!(good.problems().is_empty());
    }

    #[test]
    fn names_every_problem() {
        let bad = NewCampaign {
            name: "a/b".into(),
            ends_on: "2026-11-30".parse().unwrap(),
            keys_per_code: 11,
            store_url: Some("javascript:alert(1)".into()),
            ended_message: Some("x".repeat(NewCampaign::MAX_MESSAGE + 1)),
            ..settings()
        };
        assert_eq!(
            bad.problems(),
            vec![
                CampaignProblem::NameHasSlash,
                CampaignProblem::EndsBeforeStarts {
                    starts_on: bad.starts_on,
                    ends_on: bad.ends_on
                },
                CampaignProblem::KeysPerCode,
                CampaignProblem::StoreUrl,
                CampaignProblem::MessageTooLong,
            ]
        );
        let unnamed = NewCampaign {
            name: String::new(),
            ..settings()
        };
        assert_eq!(unnamed.problems(), vec![CampaignProblem::NameEmpty]);
        let stripe = NewCampaign {
            fulfilment: " Stripe ".into(),
            currency: Some("US Dollar".into()),
            unit_amount: Some(-1),
            ..settings()
        }
        .tidied();
        assert_eq!(
            stripe.problems(),
            vec![
                CampaignProblem::StripeNeedsProduct,
                CampaignProblem::UnitAmount,
                CampaignProblem::Currency
            ]
        );
        let paypal = NewCampaign {
            fulfilment: "paypal".into(),
            ..settings()
        };
        assert_eq!(paypal.problems(), vec![CampaignProblem::UnknownFulfilment]);
    }

    #[test]
    fn an_edit_lists_what_changed() {
        let old = settings();
        let new = NewCampaign {
            ends_on: "2027-02-28".parse().unwrap(),
            allow_key_holders: true,
            ..settings()
        };
        assert_eq!(
            new.changes_from(&old),
            "ends_on: 2027-01-31 → 2027-02-28; allow_key_holders: false → true"
        );
        assert_eq!(old.changes_from(&old), "");
    }
}
