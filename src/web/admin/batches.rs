//! Loading batches in the browser: upload, preview, confirm; and generating a batch.
//!
//! An upload streams to a temporary file, then goes through [`crate::batches::stage`], the
//! path every batch takes; the preview shows what was staged and the confirmation loads it.

use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use chrono::NaiveDate;
use serde::Deserialize;

use super::Admin;
use super::views::{BatchFields, BatchesPage, FormProblem, PreviewPage};
use crate::batches::{self, BatchOptions, new_batch};
use crate::domain::code_format;
use crate::store::Confirmed;
use crate::tokens;
use crate::web::AppState;
use crate::web::error::{AppError, WebResult};
use crate::web::session::CsrfForm;
use crate::web::views::{render, render_as};

/// Which of the page's two forms was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BatchForm {
    Upload,
    Generate,
}

async fn batches_page(
    state: &AppState,
    admin: &Admin,
    problem: Option<FormProblem>,
    sent: Option<(BatchForm, BatchFields)>,
) -> WebResult<BatchesPage> {
    let campaigns = state.store.campaigns().await?;
    let today = state.clock.today();
    let fresh = BatchFields::with_default_campaign(&campaigns, today);
    let (mut upload_form, mut generate_form) = (fresh.clone(), fresh);
    match sent {
        Some((BatchForm::Upload, fields)) => upload_form = fields,
        Some((BatchForm::Generate, fields)) => generate_form = fields,
        None => {}
    }
    Ok(BatchesPage {
        chrome: admin.chrome(),
        campaigns,
        problem,
        today,
        upload_form,
        generate_form,
    })
}

/// GET /admin/batches — the upload and generation forms.
pub async fn page(State(state): State<AppState>, admin: Admin) -> WebResult {
    Ok(render(&batches_page(&state, &admin, None, None).await?))
}

/// The page again, with a problem explained and the form as it was sent, as 422.
async fn refuse(
    state: &AppState,
    admin: &Admin,
    problem: FormProblem,
    sent: Option<(BatchForm, BatchFields)>,
) -> WebResult {
    let page = batches_page(state, admin, Some(problem), sent).await?;
    Ok(render_as(StatusCode::UNPROCESSABLE_ENTITY, &page))
}

/// POST /admin/batches/preview — multipart: csrf_token, campaign, expires, countries, label,
/// then the file. Checks every line and shows the preview.
pub async fn preview(State(state): State<AppState>, admin: Admin, multipart: Multipart) -> WebResult {
    let upload = match super::receive_upload(&admin, multipart, super::MAX_UPLOAD_BYTES).await? {
        Ok(upload) => upload,
        Err((problem, fields)) => {
            let problem = match problem {
                super::UploadProblem::NoFile => FormProblem::NoFile,
                super::UploadProblem::TooLarge => FormProblem::FileTooLarge,
            };
            let sent = BatchFields::from_sent(|name| fields.get(name).cloned());
            return refuse(&state, &admin, problem, Some((BatchForm::Upload, sent))).await;
        }
    };
    let (fields, file) = (upload.fields, upload.file);
    let sent = Some((
        BatchForm::Upload,
        BatchFields::from_sent(|name| fields.get(name).cloned()),
    ));
    let Some(expires_on) = fields
        .get("expires")
        .and_then(|e| e.trim().parse::<NaiveDate>().ok())
    else {
        return refuse(&state, &admin, FormProblem::BadExpiry, sent).await;
    };
    let options = BatchOptions {
        campaign: fields.get("campaign").map(String::as_str).unwrap_or_default(),
        offer: fields.get("offer").map(String::as_str),
        expires_on,
        countries: fields.get("countries").map(String::as_str),
        label: fields.get("label").map(String::as_str),
        source: "imported",
        created_by: admin.actor(),
    };
    let (campaign, new) = match new_batch(&state.store, options, state.clock.today()).await? {
        Ok(checked) => checked,
        Err(err) => return refuse(&state, &admin, FormProblem::Options(err), sent).await,
    };

    let token = tokens::new_token();
    let mut file = file.into_file();
    std::io::Seek::rewind(&mut file).map_err(anyhow::Error::from)?;
    let source = batches::file_entries(file);
    batches::stage(
        &state.store,
        &new,
        &tokens::hash(&token),
        source,
        state.clock.unix(),
    )
    .await?;
    let upload = state
        .store
        .upload_by_token(&tokens::hash(&token))
        .await?
        .ok_or_else(|| anyhow::anyhow!("upload vanished"))?;
    Ok(render(&PreviewPage {
        chrome: admin.chrome(),
        campaign,
        bad_lines: upload.bad_lines(),
        upload,
        token,
    }))
}

#[derive(Deserialize)]
pub struct ConfirmForm {
    #[serde(default)]
    upload: String,
    /// "all" or "good".
    #[serde(default)]
    load: String,
}

/// POST /admin/batches/confirm — loads what the preview showed: everything, or the good lines.
pub async fn confirm(
    State(state): State<AppState>,
    admin: Admin,
    CsrfForm(form): CsrfForm<ConfirmForm>,
) -> WebResult {
    let upload = state
        .store
        .upload_by_token(&tokens::hash(form.upload.trim()))
        .await?
        .ok_or(AppError::NotFound)?;
    let outcome = state
        .store
        .confirm_upload(&upload, form.load == "good", state.clock.unix(), &admin.actor())
        .await?;
    let problem = match outcome {
        Confirmed::Loaded { batch_id, loaded, .. } => {
            return Ok(render(&super::views::LoadedPage {
                chrome: admin.chrome(),
                batch_id,
                loaded,
                generated: false,
            }));
        }
        Confirmed::AlreadyConfirmed { .. } => FormProblem::AlreadyConfirmed,
        Confirmed::Refused { bad, .. } => FormProblem::BadLinesRemain(bad),
        Confirmed::Empty { .. } => FormProblem::NothingToLoad,
    };
    refuse(&state, &admin, problem, None).await
}

#[derive(Deserialize, Clone)]
pub struct GenerateForm {
    #[serde(default)]
    campaign: String,
    #[serde(default)]
    count: String,
    #[serde(default)]
    prefix: String,
    #[serde(default)]
    expires: String,
    #[serde(default)]
    countries: String,
    #[serde(default)]
    label: String,
    /// The offer's name; blank for the campaign's only offer.
    #[serde(default)]
    offer: String,
}

/// The most codes one generation makes.
pub const MAX_GENERATED: u64 = 1_000_000;

impl GenerateForm {
    /// The form as sent, to show again when it is refused.
    fn sent(&self) -> Option<(BatchForm, BatchFields)> {
        let fields = BatchFields {
            campaign: self.campaign.clone(),
            expires: self.expires.clone(),
            countries: self.countries.clone(),
            label: self.label.clone(),
            count: self.count.clone(),
            prefix: self.prefix.clone(),
        };
        Some((BatchForm::Generate, fields))
    }
}

/// POST /admin/batches/generate — makes and loads a batch, and answers a page saying so,
/// with the link that downloads its codes as CSV for the vendor.
pub async fn generate(
    State(state): State<AppState>,
    admin: Admin,
    CsrfForm(form): CsrfForm<GenerateForm>,
) -> WebResult {
    let Some(count) = form
        .count
        .trim()
        .parse::<u64>()
        .ok()
        .filter(|c| (1..=MAX_GENERATED).contains(c))
    else {
        return refuse(&state, &admin, FormProblem::BadCount, form.sent()).await;
    };
    let prefix = form.prefix.trim().to_uppercase();
    if !code_format::is_valid_prefix(&prefix) {
        return refuse(&state, &admin, FormProblem::BadPrefix, form.sent()).await;
    }
    let Ok(expires_on) = form.expires.trim().parse::<NaiveDate>() else {
        return refuse(&state, &admin, FormProblem::BadExpiry, form.sent()).await;
    };
    let options = BatchOptions {
        campaign: &form.campaign,
        offer: Some(&form.offer),
        expires_on,
        countries: Some(&form.countries),
        label: Some(&form.label),
        source: "generated",
        created_by: admin.actor(),
    };
    let (_, new) = match new_batch(&state.store, options, state.clock.today()).await? {
        Ok(checked) => checked,
        Err(err) => return refuse(&state, &admin, FormProblem::Options(err), form.sent()).await,
    };
    let load = batches::generate(&state.store, &new, count, &prefix, state.clock.unix()).await?;
    let Some(batch_id) = load.batch_id else {
        return Err(AppError::Internal(anyhow::anyhow!(
            "a generated code collided with a loaded one"
        )));
    };
    Ok(render(&super::views::LoadedPage {
        chrome: admin.chrome(),
        batch_id,
        loaded: load.loaded as i64,
        generated: true,
    }))
}

#[derive(Deserialize)]
pub struct BatchPath {
    id: i64,
}

/// GET /admin/batches/{id}/codes.csv — a batch's codes and expiry as CSV, for the vendor
/// (audited, as every export). The codes stream from the database: a large batch is never
/// held in memory.
pub async fn codes_csv(
    State(state): State<AppState>,
    admin: Admin,
    axum::extract::Path(BatchPath { id }): axum::extract::Path<BatchPath>,
) -> WebResult {
    let entry = crate::store::AuditEntry {
        actor: admin.actor(),
        action: "export.batch-codes",
        detail: format!("batch {id}"),
        ..Default::default()
    };
    state.store.audit(state.clock.unix(), &entry).await?;
    Ok(super::exports::csv_download(
        format!("keydrop-batch-{id}.csv"),
        &["code", "expires_on"],
        state.store.batch_codes(id),
        |(code, expires_on)| vec![code, expires_on.to_string()],
    ))
}
