//! A campaign's offers, phases and hand-back setting, from its admin page. Each form posts to
//! its own address; a refusal shows the campaign's page again with the problem named, and
//! changes nothing.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use chrono::NaiveDate;
use serde::Deserialize;

use super::Admin;
use super::campaign_views::SettingsProblem;
use super::campaigns::{campaign_by_id, campaign_page};
use crate::domain::countries;
use crate::domain::phases::{self, PhaseChange, PhaseProblem};
use crate::store::{Campaign, HANDED_BACK_RESTOCK, HANDED_BACK_RETIRE, NewOffer, OfferProblem};
use crate::web::AppState;
use crate::web::error::{AppError, WebResult};
use crate::web::session::CsrfForm;
use crate::web::urls::URLS;
use crate::web::views::render_as;

/// The campaign's page again with the problem named, as 422.
async fn refuse(state: &AppState, admin: &Admin, campaign: Campaign, problem: SettingsProblem) -> WebResult {
    let mut page = campaign_page(state, admin, campaign, None, Vec::new(), false).await?;
    page.settings_problem = Some(problem);
    Ok(render_as(StatusCode::UNPROCESSABLE_ENTITY, &page))
}

/// Back to the campaign's page, saying it was saved.
fn saved(campaign: &Campaign) -> WebResult {
    Ok(Redirect::to(&format!("{}?saved", URLS.admin_campaign(campaign.id))).into_response())
}

/// Back to the campaign's page when an offer was stored, else the page saying its name is
/// another offer's.
async fn saved_unless_taken(
    state: &AppState,
    admin: &Admin,
    campaign: Campaign,
    stored: bool,
    new: NewOffer,
) -> WebResult {
    if stored {
        return saved(&campaign);
    }
    let taken = SettingsProblem::Offer(OfferProblem::NameTaken(new.name));
    refuse(state, admin, campaign, taken).await
}

/// An offer's fields as the form sends them.
#[derive(Debug, Default, Deserialize)]
pub struct OfferFields {
    #[serde(default)]
    name: String,
    #[serde(default)]
    vendor: String,
    #[serde(default)]
    store_url: String,
    #[serde(default)]
    keys_per_code: String,
    #[serde(default)]
    countries: String,
}

/// Reads and checks the offer form.
fn read_offer(fields: &OfferFields) -> Result<NewOffer, SettingsProblem> {
    let keys_per_code = fields
        .keys_per_code
        .trim()
        .parse()
        .map_err(|_| SettingsProblem::KeysNotANumber)?;
    let new = NewOffer {
        name: fields.name.clone(),
        vendor: fields.vendor.clone(),
        store_url: Some(fields.store_url.clone()),
        keys_per_code,
        countries: countries::parse_list(&fields.countries).map_err(SettingsProblem::Countries)?,
    }
    .tidied();
    match new.problems().into_iter().next() {
        Some(problem) => Err(SettingsProblem::Offer(problem)),
        None => Ok(new),
    }
}

/// POST /admin/campaigns/{id}/offers — adds an offer.
pub async fn add_offer(
    State(state): State<AppState>,
    admin: Admin,
    Path(id): Path<i64>,
    CsrfForm(fields): CsrfForm<OfferFields>,
) -> WebResult {
    let campaign = campaign_by_id(&state, id).await?;
    let new = match read_offer(&fields) {
        Ok(new) => new,
        Err(problem) => return refuse(&state, &admin, campaign, problem).await,
    };
    let stored = state
        .store
        .add_offer(&campaign, &new, state.clock.unix(), &admin.actor())
        .await?
        .is_some();
    saved_unless_taken(&state, &admin, campaign, stored, new).await
}

/// POST /admin/campaigns/{id}/offers/{offer} — changes an offer's settings.
pub async fn edit_offer(
    State(state): State<AppState>,
    admin: Admin,
    Path((id, offer_id)): Path<(i64, i64)>,
    CsrfForm(fields): CsrfForm<OfferFields>,
) -> WebResult {
    let campaign = campaign_by_id(&state, id).await?;
    let offer = state
        .store
        .offer_by_id(offer_id)
        .await?
        .filter(|o| o.campaign_id == campaign.id)
        .ok_or(AppError::NotFound)?;
    let new = match read_offer(&fields) {
        Ok(new) => new,
        Err(problem) => return refuse(&state, &admin, campaign, problem).await,
    };
    let stored = state
        .store
        .edit_offer(&offer, &new, state.clock.unix(), &admin.actor())
        .await?
        .is_some();
    saved_unless_taken(&state, &admin, campaign, stored, new).await
}

/// A phase's fields: each rule `""` (unchanged), `yes` or `no`; the cutoff blank, `none` or
/// a date.
#[derive(Debug, Default, Deserialize)]
pub struct PhaseFields {
    #[serde(default)]
    from: String,
    #[serde(default)]
    require_critical: String,
    #[serde(default)]
    exclude_totp: String,
    #[serde(default)]
    allow_key_holders: String,
    #[serde(default)]
    account_cutoff: String,
}

/// A rule's choice: blank keeps it, yes or no sets it.
fn rule_choice(value: &str) -> Result<Option<bool>, SettingsProblem> {
    match value.trim() {
        "" => Ok(None),
        "yes" => Ok(Some(true)),
        "no" => Ok(Some(false)),
        _ => Err(SettingsProblem::NotARuleChoice),
    }
}

/// Reads and checks the phase form against the campaign.
fn read_phase(
    campaign: &Campaign,
    fields: &PhaseFields,
) -> Result<(NaiveDate, PhaseChange), SettingsProblem> {
    let from = fields
        .from
        .trim()
        .parse()
        .map_err(|_| SettingsProblem::NotADate)?;
    let change = PhaseChange {
        require_critical: rule_choice(&fields.require_critical)?,
        exclude_totp: rule_choice(&fields.exclude_totp)?,
        allow_key_holders: rule_choice(&fields.allow_key_holders)?,
        account_cutoff: phases::parse_cutoff_change(&fields.account_cutoff)
            .map_err(SettingsProblem::Phase)?,
    };
    phases::check_phase(campaign.starts_on, campaign.ends_on, from, &change)
        .map_err(SettingsProblem::Phase)?;
    Ok((from, change))
}

/// POST /admin/campaigns/{id}/phases — schedules a phase.
pub async fn add_phase(
    State(state): State<AppState>,
    admin: Admin,
    Path(id): Path<i64>,
    CsrfForm(fields): CsrfForm<PhaseFields>,
) -> WebResult {
    let campaign = campaign_by_id(&state, id).await?;
    let (from, change) = match read_phase(&campaign, &fields) {
        Ok(phase) => phase,
        Err(problem) => return refuse(&state, &admin, campaign, problem).await,
    };
    let added = state
        .store
        .add_phase(campaign.id, from, &change, state.clock.unix(), &admin.actor())
        .await?;
    match added {
        Some(_) => saved(&campaign),
        None => {
            refuse(
                &state,
                &admin,
                campaign,
                SettingsProblem::Phase(PhaseProblem::Taken(from)),
            )
            .await
        }
    }
}

/// The phase to remove.
#[derive(Debug, Default, Deserialize)]
pub struct PhaseRemoval {
    #[serde(default)]
    from: String,
}

/// POST /admin/campaigns/{id}/phases/remove — removes the phase of a day.
pub async fn remove_phase(
    State(state): State<AppState>,
    admin: Admin,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<PhaseRemoval>,
) -> WebResult {
    let campaign = campaign_by_id(&state, id).await?;
    let Ok(from) = form.from.trim().parse::<NaiveDate>() else {
        return refuse(&state, &admin, campaign, SettingsProblem::NotADate).await;
    };
    let removed = state
        .store
        .remove_phase(campaign.id, from, state.clock.unix(), &admin.actor())
        .await?;
    if removed {
        saved(&campaign)
    } else {
        refuse(&state, &admin, campaign, SettingsProblem::NoSuchPhase(from)).await
    }
}

/// The hand-back setting.
#[derive(Debug, Default, Deserialize)]
pub struct HandBackFields {
    /// `restock` or `retire`.
    #[serde(default)]
    codes: String,
    /// Present (a checked box) when holders who hand back may claim again.
    #[serde(default)]
    claim_again: Option<String>,
}

/// POST /admin/campaigns/{id}/hand-back — what becomes of codes handed back.
pub async fn hand_back(
    State(state): State<AppState>,
    admin: Admin,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<HandBackFields>,
) -> WebResult {
    let campaign = campaign_by_id(&state, id).await?;
    let codes = form.codes.trim();
    if ![HANDED_BACK_RESTOCK, HANDED_BACK_RETIRE].contains(&codes) {
        return refuse(&state, &admin, campaign, SettingsProblem::HandBackChoice).await;
    }
    state
        .store
        .set_hand_back(
            campaign.id,
            codes,
            form.claim_again.is_some(),
            state.clock.unix(),
            &admin.actor(),
        )
        .await?;
    saved(&campaign)
}
