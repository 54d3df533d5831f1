//! A new batch's options, checked the same way for the command line, the admin pages and
//! the API.

use chrono::NaiveDate;

use crate::domain::batch_file::{BatchCheck, GoodCode};
use crate::domain::code_format;
use crate::domain::countries::{self, Country, CountryError};
use crate::store::{BatchLoad, Campaign, NewBatch, Store};

/// Generates `count` codes (with the OS-seeded CSPRNG) with an optional prefix and loads them
/// as `new`. A collision with a loaded code (about 2^-74 per pair) loads nothing.
pub async fn generate(
    store: &Store,
    new: &NewBatch,
    count: u64,
    prefix: &str,
    now: i64,
) -> anyhow::Result<BatchLoad> {
    // The thread's generator is not Send: it must be gone before the first await.
    let good = {
        let mut rng = rand::rng();
        (1..=count)
            .map(|line| GoodCode {
                line,
                code: code_format::generate_with_prefix(&mut rng, prefix),
            })
            .collect()
    };
    let check = BatchCheck {
        entries: count,
        good,
        bad: Vec::new(),
    };
    Ok(store.load_batch(new, check, false, now).await?)
}

/// What is wrong with a batch's options.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BatchOptionError {
    #[error("no campaign named {0:?}")]
    UnknownCampaign(String),
    #[error("the expiry date {0} is in the past")]
    ExpiryInPast(NaiveDate),
    #[error("countries: {0}")]
    BadCountries(CountryError),
    #[error("campaign {campaign:?} does not ship to {outside}")]
    CountriesOutsideCampaign { campaign: String, outside: String },
}

/// The options as given.
#[derive(Debug, Clone)]
pub struct BatchOptions<'a> {
    pub campaign: &'a str,
    pub expires_on: NaiveDate,
    /// Comma-separated alpha-2 codes; `None` or blank for all of the campaign's countries.
    pub countries: Option<&'a str>,
    pub label: Option<&'a str>,
    /// "imported" or "generated".
    pub source: &'static str,
    pub created_by: String,
}

/// Checks the options against the campaign: it exists, the expiry is not in the past, the
/// batch's countries are the campaign's.
pub async fn new_batch(
    store: &Store,
    options: BatchOptions<'_>,
    today: NaiveDate,
) -> anyhow::Result<Result<(Campaign, NewBatch), BatchOptionError>> {
    let Some(campaign) = store.campaign_by_name(options.campaign).await? else {
        return Ok(Err(BatchOptionError::UnknownCampaign(
            options.campaign.to_string(),
        )));
    };
    if options.expires_on < today {
        return Ok(Err(BatchOptionError::ExpiryInPast(options.expires_on)));
    }
    let countries = match options.countries.filter(|c| !c.trim().is_empty()) {
        Some(list) => match countries::parse_list(list) {
            Ok(countries) => countries,
            Err(err) => return Ok(Err(BatchOptionError::BadCountries(err))),
        },
        None => Vec::new(),
    };
    let shipped = campaign.country_list();
    let outside: Vec<&str> = countries
        .iter()
        .filter(|c| !shipped.contains(c))
        .map(Country::code)
        .collect();
    if !outside.is_empty() {
        return Ok(Err(BatchOptionError::CountriesOutsideCampaign {
            campaign: campaign.name.clone(),
            outside: outside.join(", "),
        }));
    }
    let new = NewBatch {
        campaign_id: campaign.id,
        label: options
            .label
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string),
        source: options.source,
        expires_on: options.expires_on,
        countries,
        created_by: options.created_by,
    };
    Ok(Ok((campaign, new)))
}
