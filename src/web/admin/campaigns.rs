//! Campaigns in the admin area: create, edit, the kill switch, and the archive.

use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect};
use chrono::NaiveDate;
use serde::Deserialize;

use super::Admin;
use super::campaign_views::{CampaignFields, CampaignLine, CampaignPage, CampaignsPage, FieldProblem};
use crate::domain::countries;
use crate::store::{Campaign, NewCampaign};
use crate::web::AppState;
use crate::web::error::{AppError, WebResult};
use crate::web::session::{CsrfForm, NoFields};
use crate::web::urls::URLS;
use crate::web::views::{render, render_as};

/// Reads the form into settings, or every problem with it.
fn read_form(fields: &CampaignFields) -> Result<NewCampaign, Vec<FieldProblem>> {
    let mut problems = Vec::new();
    let mut date = |value: &str, problem: FieldProblem| match value.trim().parse::<NaiveDate>() {
        Ok(day) => Some(day),
        Err(_) => {
            problems.push(problem);
            None
        }
    };
    let starts_on = date(&fields.starts, FieldProblem::StartsNotADate);
    let ends_on = date(&fields.ends, FieldProblem::EndsNotADate);
    let account_cutoff = match fields.account_cutoff.trim() {
        "" => Some(None),
        cutoff => date(cutoff, FieldProblem::CutoffNotADate).map(Some),
    };
    let keys_per_code = fields.keys_per_code.trim().parse::<i64>().ok();
    if keys_per_code.is_none() {
        problems.push(FieldProblem::KeysNotANumber);
    }
    let unit_amount = match fields.unit_amount.trim() {
        "" => None,
        amount => match amount.parse::<i64>() {
            Ok(amount) => Some(amount),
            Err(_) => {
                problems.push(FieldProblem::Settings(crate::store::CampaignProblem::UnitAmount));
                None
            }
        },
    };
    let countries = countries::parse_list(&fields.countries)
        .map_err(|err| problems.push(FieldProblem::Countries(err)))
        .ok();
    // The settings' own checks run even when some field did not read, on stand-ins that
    // raise no problem of their own, so that every problem is reported in one round.
    let any_day = starts_on.or(ends_on).unwrap_or_default();
    let new = NewCampaign {
        name: fields.name.clone(),
        countries: countries.clone().unwrap_or_default(),
        starts_on: starts_on.unwrap_or(any_day),
        ends_on: ends_on.unwrap_or(any_day),
        store_url: Some(fields.store_url.clone()),
        keys_per_code: keys_per_code.unwrap_or(1),
        account_cutoff: account_cutoff.flatten(),
        allow_key_holders: fields.allow_key_holders.is_some(),
        ended_message: Some(fields.ended_message.clone()),
        fulfilment: fields.fulfilment.clone(),
        product_name: Some(fields.product_name.clone()),
        unit_amount,
        currency: Some(fields.currency.clone()),
    }
    .tidied();
    // Problems found while reading (a price that is no number) come first.
    problems.extend(new.problems().into_iter().map(FieldProblem::Settings));
    let all_read = starts_on.is_some()
        && ends_on.is_some()
        && account_cutoff.is_some()
        && keys_per_code.is_some()
        && countries.is_some();
    if problems.is_empty() && all_read {
        Ok(new)
    } else {
        Err(problems)
    }
}

async fn campaigns_page(
    state: &AppState,
    admin: &Admin,
    form: CampaignFields,
    problems: Vec<FieldProblem>,
) -> WebResult<CampaignsPage> {
    let today = state.clock.today();
    let campaigns = state
        .store
        .campaigns()
        .await?
        .into_iter()
        .map(|campaign| CampaignLine {
            status: campaign.status_on(today),
            campaign,
        })
        .collect();
    Ok(CampaignsPage {
        chrome: admin.chrome(),
        campaigns,
        form,
        problems,
    })
}

/// GET /admin/campaigns — every campaign, and the form for a new one.
pub async fn list(State(state): State<AppState>, admin: Admin) -> WebResult {
    let page = campaigns_page(
        &state,
        &admin,
        CampaignFields::for_new(state.clock.today()),
        Vec::new(),
    )
    .await?;
    Ok(render(&page))
}

/// POST /admin/campaigns — creates a campaign.
pub async fn create(
    State(state): State<AppState>,
    admin: Admin,
    CsrfForm(form): CsrfForm<CampaignFields>,
) -> WebResult {
    let (now, actor) = (state.clock.unix(), admin.actor());
    let saved = save_form(&form, async |new| {
        state.store.create_campaign(new, now, &actor).await
    })
    .await?;
    match saved {
        Ok(campaign) => Ok(Redirect::to(&saved_url(&campaign)).into_response()),
        Err(problems) => {
            let page = campaigns_page(&state, &admin, form, problems).await?;
            Ok(render_as(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
    }
}

/// Reads the campaign form and, when it reads, saves it with `save` (which answers `None`
/// when the name is taken): the saved campaign, or every problem to show with the form.
async fn save_form(
    form: &CampaignFields,
    save: impl AsyncFnOnce(&NewCampaign) -> sqlx::Result<Option<Campaign>>,
) -> WebResult<Result<Campaign, Vec<FieldProblem>>> {
    let new = match read_form(form) {
        Ok(new) => new,
        Err(problems) => return Ok(Err(problems)),
    };
    Ok(save(&new).await?.ok_or_else(|| {
        vec![FieldProblem::Settings(crate::store::CampaignProblem::NameTaken(
            new.name,
        ))]
    }))
}

/// A campaign's page, saying its settings were saved.
fn saved_url(campaign: &Campaign) -> String {
    format!("{}?saved", URLS.admin_campaign(campaign.id))
}

pub(super) async fn campaign_by_id(state: &AppState, id: i64) -> WebResult<Campaign> {
    state.store.campaign_by_id(id).await?.ok_or(AppError::NotFound)
}

pub(super) async fn campaign_page(
    state: &AppState,
    admin: &Admin,
    campaign: Campaign,
    form: Option<CampaignFields>,
    problems: Vec<FieldProblem>,
    saved: bool,
) -> WebResult<CampaignPage> {
    let archives = state.store.archives_of(campaign.id).await?;
    let publication = match state.stripe {
        Some(_) if campaign.uses_stripe() => Some(state.store.publication_counts(campaign.id).await?),
        _ => None,
    };
    let offers = state.store.offers_of(campaign.id).await?;
    let phases = state.store.phases_of(campaign.id).await?;
    Ok(CampaignPage {
        chrome: admin.chrome(),
        offers,
        phases,
        settings_problem: None,
        status: campaign.status_on(state.clock.today()),
        form: form.unwrap_or_else(|| CampaignFields::from_campaign(&campaign)),
        campaign,
        problems,
        saved,
        archives,
        publication,
    })
}

/// `?saved` after a successful save.
#[derive(Debug, Default, Deserialize)]
pub struct SavedFlag {
    saved: Option<String>,
}

/// GET /admin/campaigns/{id} — the campaign's settings, its kill switch, exports and archives.
pub async fn show(
    State(state): State<AppState>,
    admin: Admin,
    Path(id): Path<i64>,
    Query(flag): Query<SavedFlag>,
) -> WebResult {
    let campaign = campaign_by_id(&state, id).await?;
    let page = campaign_page(&state, &admin, campaign, None, Vec::new(), flag.saved.is_some()).await?;
    Ok(render(&page))
}

/// POST /admin/campaigns/{id} — saves new settings.
pub async fn update(
    State(state): State<AppState>,
    admin: Admin,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<CampaignFields>,
) -> WebResult {
    let campaign = campaign_by_id(&state, id).await?;
    let (now, actor) = (state.clock.unix(), admin.actor());
    let saved = save_form(&form, async |new| {
        state.store.update_campaign(id, new, now, &actor).await
    })
    .await?;
    match saved {
        Ok(saved) => Ok(Redirect::to(&saved_url(&saved)).into_response()),
        Err(problems) => {
            let page = campaign_page(&state, &admin, campaign, Some(form), problems, false).await?;
            Ok(render_as(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
    }
}

/// The kill switch's form: `confirm=yes` from its confirmation step.
#[derive(Debug, Default, Deserialize)]
pub struct CloseForm {
    #[serde(default)]
    confirm: Option<String>,
}

/// POST /admin/campaigns/{id}/close — stops claims at once, once confirmed.
pub async fn close(
    State(state): State<AppState>,
    admin: Admin,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<CloseForm>,
) -> WebResult {
    if !crate::web::views::confirmed(&form.confirm) {
        let campaign = campaign_by_id(&state, id).await?;
        return Ok(render(&crate::web::views::ConfirmPage {
            chrome: admin.chrome(),
            what: crate::web::views::Confirming::CloseClaims {
                campaign: campaign.name,
            },
            action: URLS.admin_campaign_close(id),
            fields: Vec::new(),
            back: URLS.admin_campaign(id),
        }));
    }
    switch(state, admin, id, true).await
}

/// POST /admin/campaigns/{id}/open — lets claims happen again within the dates.
pub async fn open(
    State(state): State<AppState>,
    admin: Admin,
    Path(id): Path<i64>,
    _: CsrfForm<NoFields>,
) -> WebResult {
    switch(state, admin, id, false).await
}

async fn switch(state: AppState, admin: Admin, id: i64, closed: bool) -> WebResult {
    let campaign = campaign_by_id(&state, id).await?;
    // A purged campaign has forgotten its people: it stays closed (its page offers no switch).
    if campaign.purged_at.is_none() {
        state
            .store
            .set_claims_closed(id, closed, state.clock.unix(), &admin.actor())
            .await?;
    }
    Ok(Redirect::to(&URLS.admin_campaign(campaign.id)).into_response())
}

/// GET /admin/campaigns/{id}/archives/{archive} — one archive, as the JSON it was stored as.
pub async fn archive(
    State(state): State<AppState>,
    _admin: Admin,
    Path((id, archive_id)): Path<(i64, i64)>,
) -> WebResult {
    let archive = state
        .store
        .archives_of(id)
        .await?
        .into_iter()
        .find(|a| a.id == archive_id)
        .ok_or(AppError::NotFound)?;
    let disposition = format!("attachment; filename=\"keydrop-archive-{archive_id}.json\"");
    Ok((
        [
            (header::CONTENT_TYPE, "application/json".to_string()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        archive.summary,
    )
        .into_response())
}
