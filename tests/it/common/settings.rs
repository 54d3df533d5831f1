//! Campaign settings shared by the tests and the benchmarks (`benches/keydrop_bench` includes
//! this file by path): a vendor campaign shipping to the default countries.

use chrono::NaiveDate;
use keydrop::domain::countries;
use keydrop::store::NewCampaign;

/// A vendor-fulfilled campaign `name` from `starts_on` to `ends_on`, shipping to the default
/// countries, two keys a code, no account cutoff; override fields with `..`.
pub fn campaign_settings(name: &str, starts_on: NaiveDate, ends_on: NaiveDate) -> NewCampaign {
    NewCampaign {
        name: name.to_string(),
        countries: countries::parse_list(&countries::DEFAULT_CAMPAIGN_COUNTRIES.join(",")).unwrap(),
        starts_on,
        ends_on,
        store_url: Some("https://store.example.com/keys".to_string()),
        keys_per_code: 2,
        account_cutoff: None,
        allow_key_holders: false,
        ended_message: None,
        fulfilment: keydrop::store::FULFILMENT_VENDOR.to_string(),
        product_name: None,
        unit_amount: None,
        currency: None,
    }
}
