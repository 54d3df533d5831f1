//! The campaign pages' data: the list, a campaign's page, and the campaign form they share,
//! whose refused fields come back as typed and marked.

use askama::Template;

use super::views::when;
use crate::store::{Campaign, CampaignProblem, CampaignStatus};
use crate::web::views::Chrome;

/// The campaign form's fields as typed, so that a refused form comes back unchanged.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct CampaignFields {
    pub name: String,
    pub countries: String,
    pub starts: String,
    pub ends: String,
    pub store_url: String,
    pub keys_per_code: String,
    pub account_cutoff: String,
    /// A checkbox: present when ticked.
    pub allow_key_holders: Option<String>,
    pub ended_message: String,
    /// `vendor` or `stripe`.
    pub fulfilment: String,
    pub product_name: String,
    pub unit_amount: String,
    pub currency: String,
}

impl CampaignFields {
    /// A new campaign's defaults: PyPI's 2022 countries, two keys a code, opening today.
    pub fn for_new(today: chrono::NaiveDate) -> CampaignFields {
        CampaignFields {
            countries: crate::domain::countries::DEFAULT_CAMPAIGN_COUNTRIES.join(","),
            starts: today.to_string(),
            keys_per_code: "2".into(),
            fulfilment: crate::store::FULFILMENT_VENDOR.into(),
            ..CampaignFields::default()
        }
    }

    /// A stored campaign's settings, to edit.
    pub fn from_campaign(campaign: &Campaign) -> CampaignFields {
        CampaignFields {
            name: campaign.name.clone(),
            countries: campaign.countries.clone(),
            starts: campaign.starts_on.to_string(),
            ends: campaign.ends_on.to_string(),
            store_url: campaign.store_url.clone().unwrap_or_default(),
            keys_per_code: campaign.keys_per_code.to_string(),
            account_cutoff: campaign.account_cutoff.map(|d| d.to_string()).unwrap_or_default(),
            allow_key_holders: campaign.allow_key_holders.then(|| "on".to_string()),
            ended_message: campaign.ended_message.clone().unwrap_or_default(),
            fulfilment: campaign.fulfilment.clone(),
            product_name: campaign.product_name.clone().unwrap_or_default(),
            unit_amount: campaign.unit_amount.map(|a| a.to_string()).unwrap_or_default(),
            currency: campaign.currency.clone().unwrap_or_default(),
        }
    }

    pub fn allows_key_holders(&self) -> bool {
        self.allow_key_holders.is_some()
    }
}

/// What is wrong with a campaign form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldProblem {
    StartsNotADate,
    EndsNotADate,
    CutoffNotADate,
    KeysNotANumber,
    Countries(crate::domain::countries::CountryError),
    Settings(crate::store::CampaignProblem),
}

impl FieldProblem {
    /// The name of the form field the problem is about: it is said beside that field.
    pub fn field(&self) -> &'static str {
        use crate::store::CampaignProblem as P;
        match self {
            FieldProblem::StartsNotADate => "starts",
            FieldProblem::EndsNotADate | FieldProblem::Settings(P::EndsBeforeStarts { .. }) => "ends",
            FieldProblem::CutoffNotADate => "account_cutoff",
            FieldProblem::KeysNotANumber | FieldProblem::Settings(P::KeysPerCode) => "keys_per_code",
            FieldProblem::Countries(_) => "countries",
            FieldProblem::Settings(P::NameEmpty | P::NameTooLong | P::NameHasSlash | P::NameTaken(_)) => {
                "name"
            }
            FieldProblem::Settings(P::StoreUrl) => "store_url",
            FieldProblem::Settings(P::MessageTooLong) => "ended_message",
            FieldProblem::Settings(P::UnknownFulfilment) => "fulfilment",
            FieldProblem::Settings(P::StripeNeedsProduct) => "product_name",
            FieldProblem::Settings(P::UnitAmount) => "unit_amount",
            FieldProblem::Settings(P::Currency) => "currency",
        }
    }
}

/// A page with the campaign form: its fields with a problem are marked invalid.
pub trait CampaignForm {
    /// Every problem of the form as sent.
    fn form_problems(&self) -> &[FieldProblem];

    /// True when the field named `field` has a problem.
    fn invalid(&self, field: &str) -> bool {
        self.form_problems().iter().any(|p| p.field() == field)
    }
}

impl CampaignForm for CampaignsPage {
    fn form_problems(&self) -> &[FieldProblem] {
        &self.problems
    }
}

impl CampaignForm for CampaignPage {
    fn form_problems(&self) -> &[FieldProblem] {
        &self.problems
    }
}

/// A campaign in the list.
pub struct CampaignLine {
    pub campaign: Campaign,
    pub status: crate::store::CampaignStatus,
}

#[derive(Template)]
#[template(path = "admin/campaigns.html")]
pub struct CampaignsPage {
    pub chrome: Chrome,
    pub campaigns: Vec<CampaignLine>,
    /// The new-campaign form.
    pub form: CampaignFields,
    pub problems: Vec<FieldProblem>,
}

#[derive(Template)]
#[template(path = "admin/campaign.html")]
pub struct CampaignPage {
    pub chrome: Chrome,
    pub campaign: Campaign,
    pub status: crate::store::CampaignStatus,
    pub form: CampaignFields,
    pub problems: Vec<FieldProblem>,
    /// The settings were just saved.
    pub saved: bool,
    pub archives: Vec<crate::store::ArchiveRow>,
    /// Publication of its codes to Stripe (a Stripe campaign, with Stripe set up).
    pub publication: Option<crate::store::PublicationCounts>,
    pub offers: Vec<crate::store::Offer>,
    /// Its scheduled phases, by date.
    pub phases: Vec<crate::store::StoredPhase>,
    /// Why an offer, phase or hand-back form was just refused.
    pub settings_problem: Option<SettingsProblem>,
}

impl CampaignPage {
    pub fn archived_on(&self, archive: &crate::store::ArchiveRow) -> String {
        when(archive.archived_at)
    }

    pub fn purged_on(&self) -> String {
        self.campaign.purged_at.map(when).unwrap_or_default()
    }
}

/// Why an offer, phase or hand-back form was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SettingsProblem {
    #[error("{0}")]
    Offer(crate::store::OfferProblem),
    #[error("countries: {0}")]
    Countries(crate::domain::countries::CountryError),
    #[error("give the keys per code as a whole number")]
    KeysNotANumber,
    #[error("give the phase's first day as a date, for example 2026-12-01")]
    NotADate,
    #[error("{0}")]
    Phase(crate::domain::phases::PhaseProblem),
    #[error("there is no phase from {0}")]
    NoSuchPhase(chrono::NaiveDate),
    #[error("a rule is left as it is, set to yes, or set to no")]
    NotARuleChoice,
    #[error("codes handed back go back to stock or are retired")]
    HandBackChoice,
}
