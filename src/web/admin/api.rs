//! The admin API for scripts: JSON answers, bearer tokens.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{ApiCaller, api_error};
use crate::batches::{self, BatchOptionError, BatchOptions, new_batch};
use crate::web::AppState;
use crate::web::error::WebResult;

/// The largest body a batch upload through the API takes (the whole body is held in memory;
/// larger files go through the browser upload, which streams).
pub const MAX_BODY_BYTES: usize = 64 * 1024 * 1024;

#[derive(Deserialize)]
pub struct BatchQuery {
    expires: Option<String>,
    /// The offer the batch's codes are of (default: the campaign's only offer).
    offer: Option<String>,
    countries: Option<String>,
    label: Option<String>,
    #[serde(default)]
    skip_bad: Option<String>,
}

/// One refused line.
#[derive(Serialize)]
pub struct Rejected {
    pub line: u64,
    pub reason: String,
}

/// The answer to a batch upload.
#[derive(Serialize)]
pub struct BatchReport {
    pub loaded: u64,
    /// The first thousand bad lines.
    pub rejected: Vec<Rejected>,
    /// Bad lines in all.
    pub rejected_total: u64,
    pub batch: Option<i64>,
}

fn bad_request(message: String) -> Response {
    (
        StatusCode::BAD_REQUEST,
        Json(serde_json::json!({ "error": message })),
    )
        .into_response()
}

/// POST /api/v1/campaigns/{name}/batches?expires=DATE[&offer=NAME][&countries=US,CA][&label=L][&skip_bad=true]
/// with the file (CSV with a `code` column, or one code per line) as the body. 200 with the
/// report when codes were loaded; 422 with the same shape when nothing was.
pub async fn load_batch(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(name): Path<String>,
    Query(query): Query<BatchQuery>,
    body: Bytes,
) -> WebResult {
    let Some(expires) = query.expires.as_deref() else {
        return Ok(bad_request(
            "the query parameter expires (YYYY-MM-DD) is required".into(),
        ));
    };
    let Ok(expires_on) = expires.parse::<NaiveDate>() else {
        return Ok(bad_request(format!(
            "expires must be a date like 2026-12-31, not {expires:?}"
        )));
    };
    let skip_bad = match query.skip_bad.as_deref() {
        None | Some("false" | "0" | "") => false,
        Some("true" | "1") => true,
        Some(other) => {
            return Ok(bad_request(format!(
                "skip_bad must be true or false, not {other:?}"
            )));
        }
    };
    let options = BatchOptions {
        campaign: &name,
        offer: query.offer.as_deref(),
        expires_on,
        countries: query.countries.as_deref(),
        label: query.label.as_deref(),
        source: "imported",
        created_by: caller.actor,
    };
    let new = match new_batch(&state.store, options, state.clock.today()).await? {
        Ok((_, new)) => new,
        Err(err @ BatchOptionError::UnknownCampaign(_)) => {
            return Ok((
                StatusCode::NOT_FOUND,
                Json(serde_json::json!({ "error": err.to_string() })),
            )
                .into_response());
        }
        Err(err) => return Ok(bad_request(err.to_string())),
    };
    let reader = std::io::Cursor::new(body);
    let load = batches::load(&state.store, &new, reader, skip_bad, state.clock.unix()).await?;
    let report = BatchReport {
        loaded: load.loaded,
        rejected: load
            .bad
            .iter()
            .map(|b| Rejected {
                line: b.line,
                reason: b.problem.to_string(),
            })
            .collect(),
        rejected_total: load.bad_count,
        batch: load.batch_id,
    };
    let status = if load.batch_id.is_some() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok((status, Json(report)).into_response())
}

/// The stats API's answer: the dashboard's figures of the campaign, and the outcome over the
/// registry imports (the same for every campaign: the registry's, not the campaign's).
#[derive(Serialize)]
struct StatsAnswer {
    #[serde(flatten)]
    figures: super::views::CampaignFigures,
    /// The newest registry snapshots, oldest first.
    outcome: Vec<crate::store::RegistrySnapshot>,
}

/// GET /api/v1/campaigns/{name}/stats — the dashboard's counts as JSON.
pub async fn stats(State(state): State<AppState>, _caller: ApiCaller, Path(name): Path<String>) -> WebResult {
    let Some(campaign) = state.store.campaign_by_name(&name).await? else {
        return Ok(api_error(StatusCode::NOT_FOUND, "no such campaign"));
    };
    let answer = StatsAnswer {
        figures: super::pages::campaign_figures(&state, &campaign).await?,
        outcome: state.store.registry_snapshots().await?,
    };
    Ok(Json(answer).into_response())
}
