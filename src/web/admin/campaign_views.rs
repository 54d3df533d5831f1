//! The campaign pages' data: the list, a campaign's page, and the campaign form they share,
//! whose refused fields come back as typed and marked.

use askama::Template;

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
    /// When an archive was made, in the page's language.
    pub fn archived_on(&self, archive: &crate::store::ArchiveRow) -> String {
        super::views::when(archive.archived_at)
    }

    /// When the campaign's personal data was deleted, in the page's language.
    pub fn purged_on(&self) -> String {
        self.campaign
            .purged_at
            .map(super::views::when)
            .unwrap_or_default()
    }

    /// The campaign's status in words, for the sentence that shows it in bold.
    pub fn status_words(&self) -> String {
        status_words(&self.status)
    }

    /// The publication of its codes to Stripe, counted, in the page's language.
    pub fn promotion_counts(&self, counts: &crate::store::PublicationCounts) -> String {
        crate::i18n::current().t_args(
            "admin-campaign-promotion-codes",
            &[
                ("published", (counts.published as f64).into()),
                ("pending", (counts.pending as f64).into()),
                ("failed", (counts.failed as f64).into()),
                ("deactivated", (counts.deactivated as f64).into()),
            ],
        )
    }

    /// A `keydrop campaign` command about this campaign, as HTML to place in a sentence: the
    /// campaign's name (typed by an admin) is escaped.
    pub fn command(&self, verb: &str) -> String {
        format!(
            "<code>keydrop campaign {verb} &quot;{}&quot;</code>",
            crate::web::phrases::escape(&self.campaign.name)
        )
    }
}

/// A campaign's status in the page's language: "open", "ended"...
pub fn status_words(status: &CampaignStatus) -> String {
    let lang = crate::i18n::current();
    match status {
        CampaignStatus::Upcoming => lang.t("admin-campaign-status-upcoming"),
        CampaignStatus::Open => lang.t("admin-campaign-status-open"),
        CampaignStatus::Closed => lang.t("admin-campaign-status-closed"),
        CampaignStatus::Ended => lang.t("admin-campaign-status-ended"),
        CampaignStatus::Purged => lang.t("admin-campaign-status-purged"),
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

/// What is wrong with a list of countries, in the page's language (its `Display` stays
/// English for the command line and the API).
pub fn country_problem(problem: &crate::domain::countries::CountryError) -> String {
    use crate::domain::countries::CountryError;
    let lang = crate::i18n::current();
    match problem {
        CountryError::Empty => lang.t("admin-campaign-country-empty"),
        CountryError::CommonMistake { given, meant, name } => lang.t_args(
            "admin-campaign-country-mistake",
            &[
                ("given", given.as_str().into()),
                ("meant", (*meant).into()),
                (
                    "name",
                    crate::domain::country_names::name_in(meant, lang.code())
                        .unwrap_or(name)
                        .into(),
                ),
            ],
        ),
        CountryError::Unknown(given) => lang.t_args(
            "admin-campaign-country-unknown",
            &[("given", given.as_str().into())],
        ),
    }
}

impl SettingsProblem {
    /// The problem in the page's language (its `Display` stays English, for the logs).
    pub fn words(&self) -> String {
        use crate::domain::phases::PhaseProblem;
        use crate::store::OfferProblem;
        let lang = crate::i18n::current();
        let text_max = || ("max", (crate::store::NewOffer::MAX_TEXT as f64).into());
        match self {
            SettingsProblem::Offer(OfferProblem::NameEmpty) => lang.t("admin-offer-problem-name-empty"),
            SettingsProblem::Offer(OfferProblem::NameTooLong) => {
                lang.t_args("admin-offer-problem-name-long", &[text_max()])
            }
            SettingsProblem::Offer(OfferProblem::VendorTooLong) => {
                lang.t_args("admin-offer-problem-vendor-long", &[text_max()])
            }
            SettingsProblem::Offer(OfferProblem::KeysPerCode) => lang.t_args(
                "admin-offer-problem-keys",
                &[(
                    "max",
                    (crate::store::NewCampaign::MAX_KEYS_PER_CODE as f64).into(),
                )],
            ),
            SettingsProblem::Offer(OfferProblem::StoreUrl) => lang.t("admin-offer-problem-store-url"),
            SettingsProblem::Offer(OfferProblem::NoCountries) => lang.t("admin-offer-problem-no-countries"),
            SettingsProblem::Offer(OfferProblem::NameTaken(name)) => lang.t_args(
                "admin-offer-problem-name-taken",
                &[("name", name.as_str().into())],
            ),
            SettingsProblem::Countries(problem) => lang.t_args(
                "admin-offer-problem-countries",
                &[("problem", country_problem(problem).into())],
            ),
            SettingsProblem::KeysNotANumber => lang.t("admin-offer-problem-keys-number"),
            SettingsProblem::NotADate => lang.t("admin-phase-problem-not-a-date"),
            SettingsProblem::Phase(PhaseProblem::ChangesNothing) => {
                lang.t("admin-phase-problem-changes-nothing")
            }
            SettingsProblem::Phase(PhaseProblem::OutsideCampaign { starts_on, ends_on }) => lang.t_args(
                "admin-phase-problem-outside",
                &[
                    ("starts", lang.date(*starts_on).into()),
                    ("ends", lang.date(*ends_on).into()),
                ],
            ),
            SettingsProblem::Phase(PhaseProblem::BadCutoff(given)) => {
                lang.t_args("admin-phase-problem-cutoff", &[("given", given.as_str().into())])
            }
            SettingsProblem::Phase(PhaseProblem::Taken(day)) => {
                lang.t_args("admin-phase-problem-taken", &[("day", lang.date(*day).into())])
            }
            SettingsProblem::NoSuchPhase(day) => {
                lang.t_args("admin-phase-problem-no-such", &[("day", lang.date(*day).into())])
            }
            SettingsProblem::NotARuleChoice => lang.t("admin-phase-problem-rule-choice"),
            SettingsProblem::HandBackChoice => lang.t("admin-campaign-problem-hand-back"),
        }
    }
}

/// What a phase changes, in the page's language: "Let key holders claim: yes; Account cutoff:
/// none".
pub fn phase_change_words(change: &crate::domain::phases::PhaseChange) -> String {
    let lang = crate::i18n::current();
    let yes_no = |b: bool| {
        if b {
            lang.t("admin-phase-yes")
        } else {
            lang.t("admin-phase-no")
        }
    };
    let rule = |rule: String, value: String| {
        lang.t_args(
            "admin-phase-rule-set",
            &[("rule", rule.into()), ("value", value.into())],
        )
    };
    let mut parts = Vec::new();
    if let Some(b) = change.require_critical {
        parts.push(rule(lang.t("admin-phase-rule-critical"), yes_no(b)));
    }
    if let Some(b) = change.exclude_totp {
        parts.push(rule(lang.t("admin-phase-rule-totp"), yes_no(b)));
    }
    if let Some(b) = change.allow_key_holders {
        parts.push(rule(lang.t("admin-phase-rule-key-holders"), yes_no(b)));
    }
    match change.account_cutoff {
        Some(Some(day)) => parts.push(rule(lang.t("admin-phase-rule-cutoff"), lang.date(day))),
        Some(None) => parts.push(rule(
            lang.t("admin-phase-rule-cutoff"),
            lang.t("admin-phase-no-cutoff"),
        )),
        None => {}
    }
    parts.join(&lang.t("admin-phase-rule-separator"))
}
