//! The admin area's pages.

use axum::extract::{Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};

use super::Admin;
use super::views::*;
use crate::domain::vendor_report;
use crate::giveaway;
use crate::service_metrics::RedeemedVia;
use crate::store::Campaign;
use crate::web::AppState;
use crate::web::chart::outcome::OutcomeChart;
use crate::web::chart::{DailyChart, DayCount};
use crate::web::error::{AppError, WebResult};
use crate::web::session::{CsrfForm, NoFields};
use crate::web::urls::URLS;
use crate::web::views::{ProjectView, render, render_as};

/// Every figure of one campaign, for the dashboard and the stats API.
pub async fn campaign_figures(state: &AppState, campaign: &Campaign) -> anyhow::Result<CampaignFigures> {
    let store = &state.store;
    let today = state.clock.today();
    let stats = store.campaign_stats(campaign).await?;
    let mut codes_left_by_country = Vec::new();
    for country in campaign.country_list() {
        let codes_left = store.codes_left_for(campaign.id, country, today).await?;
        codes_left_by_country.push(CountryLeft {
            country: country.code().to_string(),
            name: country.common_name(),
            codes_left,
        });
    }
    Ok(CampaignFigures {
        name: campaign.name.clone(),
        starts_on: campaign.starts_on,
        ends_on: campaign.ends_on,
        open: campaign.is_open_on(today),
        people: store.campaign_people(campaign, today).await?,
        codes: stats.totals(),
        batches: stats
            .batches
            .iter()
            .map(|b| BatchLine {
                stats: b.clone(),
                days_to_expiry: (b.expires_on - today).num_days(),
            })
            .collect(),
        codes_left_by_country,
        claims_by_country: stats.countries.clone(),
        daily: store.daily_activity(campaign.id).await?,
        two_factor: store.two_factor_adoption().await?,
        offers: store.offer_stats(campaign.id, today).await?,
        phases: store.eligible_per_phase(campaign).await?,
        handed_back: store.hand_back_counts(campaign.id).await?,
        keys_in_use: store.campaign_keys_in_use(campaign).await?,
        campaign: campaign.clone(),
    })
}

/// Failed messages the dashboard lists (`keydrop mail status` counts them all).
const FAILED_MAIL_SHOWN: i64 = 20;

/// GET /admin — per campaign: people, codes, batches, countries, and claims and redemptions
/// per day and keys in use; 2FA adoption among the maintainers of critical projects and its
/// course over the registry imports; the mail outbox.
pub async fn dashboard(State(state): State<AppState>, admin: Admin) -> WebResult {
    let today = state.clock.today();
    let mut campaigns = Vec::new();
    for campaign in state.store.campaigns().await? {
        let figures = campaign_figures(&state, &campaign).await?;
        let counts: Vec<DayCount> = figures
            .daily
            .iter()
            .map(|d| DayCount {
                day: d.day,
                claims: d.claims,
                redemptions: d.redemptions,
            })
            .collect();
        let phase_days: Vec<chrono::NaiveDate> = figures.phases.iter().skip(1).map(|p| p.from).collect();
        // The timeline runs to today, or on to the last phase scheduled, so that it shows.
        let last_phase = phase_days.last().copied().unwrap_or(campaign.starts_on);
        let last = today
            .max(last_phase)
            .min(campaign.ends_on)
            .max(campaign.starts_on);
        let chart = DailyChart::new(&counts, campaign.starts_on, last)
            .with_id(format!("campaign-{}", campaign.id))
            .with_phases(&phase_days);
        campaigns.push(CampaignPanel { figures, chart });
    }
    let adoption = state.store.two_factor_adoption().await?;
    let failed_mail = state
        .store
        .failed_mail(FAILED_MAIL_SHOWN)
        .await?
        .into_iter()
        .map(|mail| FailedMailLine {
            failed_at: mail.failed_at.map(super::views::when).unwrap_or_default(),
            mail,
        })
        .collect();
    let lockouts = state
        .store
        .take_lockout_notices(admin.0.user.id, state.clock.unix())
        .await?
        .into_iter()
        .map(|lockout| LockoutNotice {
            locked_at: when(lockout.locked_at),
            locked_until: when(lockout.locked_until),
        })
        .collect();
    Ok(render(&DashboardPage {
        chrome: admin.chrome(),
        adoption,
        outcome: OutcomeChart::new(&state.store.registry_snapshots().await?),
        campaigns,
        mail: state.store.mail_counts().await?,
        failed_mail,
        lockouts,
        registry: state.registry.as_ref().map(|live| (&live.counters).into()),
    }))
}

/// A search box's query.
#[derive(serde::Deserialize, Default)]
pub struct Search {
    #[serde(default)]
    q: String,
}

/// GET /admin/codes?q= — find codes by code, username or email.
pub async fn codes(State(state): State<AppState>, admin: Admin, Query(search): Query<Search>) -> WebResult {
    Ok(render(&codes_page(&state, &admin, &search.q, None).await?))
}

async fn codes_page(
    state: &AppState,
    admin: &Admin,
    query: &str,
    report_problem: Option<ReportProblem>,
) -> WebResult<CodesPage> {
    let query = query.trim().to_string();
    let results = if query.is_empty() {
        Vec::new()
    } else {
        state.store.search_codes(&query, 100).await?
    };
    Ok(CodesPage {
        chrome: admin.chrome(),
        query,
        results: results.iter().map(CodeView::from).collect(),
        report_problem,
    })
}

/// POST /admin/codes/vendor-report — multipart: csrf_token, then the vendor's redemption
/// report (CSV with `code` and `date` columns). Nothing is marked unless every line reads.
pub async fn vendor_report(State(state): State<AppState>, admin: Admin, multipart: Multipart) -> WebResult {
    let refuse = |problem: ReportProblem| async {
        let page = codes_page(&state, &admin, "", Some(problem)).await?;
        Ok::<_, AppError>(render_as(StatusCode::UNPROCESSABLE_ENTITY, &page))
    };
    let upload = match super::receive_upload(&admin, multipart, super::MAX_REPORT_BYTES).await? {
        Ok(upload) => upload,
        Err((problem, _)) => return refuse(ReportProblem::Upload(problem)).await,
    };
    let file = upload.file.reopen().map_err(anyhow::Error::from)?;
    let rows = tokio::task::spawn_blocking(move || vendor_report::read(std::io::BufReader::new(file)))
        .await
        .map_err(anyhow::Error::from)?;
    let rows = match rows {
        Ok(rows) => rows,
        Err(problems) => return refuse(ReportProblem::BadLines(problems)).await,
    };
    let report = state
        .store
        .import_vendor_redemptions(&rows, state.clock.unix(), &admin.actor())
        .await?;
    state
        .metrics
        .redeemed(RedeemedVia::VendorReport, report.newly_redeemed());
    Ok(render(&VendorReportPage {
        chrome: admin.chrome(),
        report,
    }))
}

/// GET /admin/codes/{id} — a code, its history, and what can be done with it.
pub async fn code(State(state): State<AppState>, admin: Admin, Path(id): Path<i64>) -> WebResult {
    Ok(render(&code_page(&state, &admin, id).await?))
}

async fn code_page(state: &AppState, admin: &Admin, id: i64) -> WebResult<CodePage> {
    let row = state.store.code_row(id).await?.ok_or(AppError::NotFound)?;
    let history = state
        .store
        .code_history(id)
        .await?
        .into_iter()
        .map(HistoryLine::from)
        .collect();
    // Publication to Stripe shows only where Stripe is set up.
    let promotion = match state.stripe {
        Some(_) => state.store.promotion_of(id).await?.map(PromotionView::from),
        None => None,
    };
    Ok(CodePage {
        chrome: admin.chrome(),
        code: CodeView::from(&row),
        history,
        promotion,
    })
}

#[derive(serde::Deserialize)]
pub struct ReasonForm {
    #[serde(default)]
    reason: String,
    /// `yes` from the confirmation step (revoking cannot be undone).
    #[serde(default)]
    confirm: Option<String>,
}

/// POST /admin/codes/{id}/revoke — takes an assigned code back, with a reason.
pub async fn revoke_code(
    State(state): State<AppState>,
    admin: Admin,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<ReasonForm>,
) -> WebResult {
    let reason = form.reason.trim();
    if reason.is_empty() {
        let page = code_page(&state, &admin, id).await?;
        return Ok(render_as(StatusCode::UNPROCESSABLE_ENTITY, &page));
    }
    if !crate::web::views::confirmed(&form.confirm) {
        let code = state.store.code_row(id).await?.ok_or(AppError::NotFound)?;
        return Ok(render(&crate::web::views::ConfirmPage {
            chrome: admin.chrome(),
            what: crate::web::views::Confirming::Revoke {
                code: code.code,
                reason: reason.to_string(),
            },
            action: URLS.admin_code_revoke(id),
            fields: vec![("reason", reason.to_string())],
            back: URLS.admin_code(id),
        }));
    }
    state
        .store
        .revoke_code(id, reason, state.clock.unix(), &admin.actor())
        .await?;
    Ok(Redirect::to(&URLS.admin_code(id)).into_response())
}

/// POST /admin/codes/{id}/redeemed — marks an assigned code redeemed.
pub async fn mark_redeemed(
    State(state): State<AppState>,
    admin: Admin,
    Path(id): Path<i64>,
    _: CsrfForm<NoFields>,
) -> WebResult {
    if state
        .store
        .mark_redeemed_by_admin(id, state.clock.unix(), &admin.actor())
        .await?
    {
        state.metrics.redeemed(RedeemedVia::Admin, 1);
    }
    Ok(Redirect::to(&URLS.admin_code(id)).into_response())
}

/// GET /admin/maintainers?q= — find maintainers by username or email.
pub async fn maintainers(
    State(state): State<AppState>,
    admin: Admin,
    Query(search): Query<Search>,
) -> WebResult {
    let query = search.q.trim().to_string();
    let results = if query.is_empty() {
        Vec::new()
    } else {
        state.store.search_users(&query, 100).await?
    };
    Ok(render(&MaintainersPage {
        chrome: admin.chrome(),
        query,
        results,
    }))
}

/// GET /admin/maintainers/{username} — why a maintainer is or is not eligible, in the words
/// and order the maintainer sees, and their grant.
pub async fn maintainer(
    State(state): State<AppState>,
    admin: Admin,
    Path(username): Path<String>,
) -> WebResult {
    Ok(render(&maintainer_page(&state, &admin, &username, false).await?))
}

async fn maintainer_page(
    state: &AppState,
    admin: &Admin,
    username: &str,
    missing_reason: bool,
) -> WebResult<MaintainerPage> {
    let user = state
        .store
        .user_by_username(username)
        .await?
        .ok_or(AppError::NotFound)?;
    let today = state.clock.today();
    let projects = state
        .store
        .critical_projects_of(user.id)
        .await?
        .into_iter()
        .map(ProjectView::from)
        .collect();
    let mut standings = Vec::new();
    for campaign in state.store.campaigns().await? {
        let (standing, admitted_from) = giveaway::standing_in(&state.store, &user, &campaign, today).await?;
        standings.push(MaintainerStanding {
            campaign,
            standing,
            admitted_from,
        });
    }
    let grant = state.store.active_grant(user.id).await?;
    let releases = state.store.releases_of_user(user.id).await?;
    Ok(MaintainerPage {
        chrome: admin.chrome(),
        user,
        projects,
        standings,
        grant,
        missing_reason,
        releases,
    })
}

/// POST /admin/maintainers/{username}/grant — grants eligibility by hand, with a reason.
pub async fn grant(
    State(state): State<AppState>,
    admin: Admin,
    Path(username): Path<String>,
    CsrfForm(form): CsrfForm<ReasonForm>,
) -> WebResult {
    change_grant(&state, &admin, &username, &form, true).await
}

/// POST /admin/maintainers/{username}/withdraw — withdraws the grant in force.
pub async fn withdraw(
    State(state): State<AppState>,
    admin: Admin,
    Path(username): Path<String>,
    CsrfForm(form): CsrfForm<ReasonForm>,
) -> WebResult {
    change_grant(&state, &admin, &username, &form, false).await
}

/// Grants (a reason is required) or withdraws a maintainer's grant, then shows the maintainer.
async fn change_grant(
    state: &AppState,
    admin: &Admin,
    username: &str,
    form: &ReasonForm,
    grant: bool,
) -> WebResult {
    let user = state
        .store
        .user_by_username(username)
        .await?
        .ok_or(AppError::NotFound)?;
    let (reason, now, actor) = (form.reason.trim(), state.clock.unix(), admin.actor());
    if grant {
        if reason.is_empty() {
            let page = maintainer_page(state, admin, username, true).await?;
            return Ok(render_as(StatusCode::UNPROCESSABLE_ENTITY, &page));
        }
        state.store.grant(user.id, reason, now, &actor).await?;
    } else {
        state.store.withdraw_grant(user.id, reason, now, &actor).await?;
    }
    Ok(Redirect::to(&URLS.admin_maintainer(&user.username)).into_response())
}
