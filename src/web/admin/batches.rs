//! Loading batches in the browser: upload, preview, confirm; and generating a batch.
//!
//! An upload streams to a temporary file, then is read entry by entry into the store's
//! staging table: memory stays bounded whatever the file's size (a million codes is ~20 MB).
//! Repeats within the file are found by the staging table's unique index, codes already
//! loaded by a join, so no set of codes is held in memory either.

use axum::extract::{Multipart, State};
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use chrono::NaiveDate;
use serde::Deserialize;

use super::Admin;
use super::views::{BatchesPage, FormProblem, PreviewPage};
use crate::batches::{BatchOptions, new_batch};
use crate::domain::batch_file::{self, BadLine, LineProblem};
use crate::domain::code_format;
use crate::store::{Confirmed, STAGE_CHUNK};
use crate::tokens;
use crate::web::AppState;
use crate::web::error::{AppError, WebResult};
use crate::web::session::CsrfForm;
use crate::web::views::{render, render_as};

async fn batches_page(
    state: &AppState,
    admin: &Admin,
    problem: Option<FormProblem>,
) -> WebResult<BatchesPage> {
    let campaigns = state.store.campaigns().await?;
    Ok(BatchesPage {
        chrome: admin.chrome(),
        campaigns,
        problem,
        today: state.clock.today(),
    })
}

/// GET /admin/batches — the upload and generation forms.
pub async fn page(State(state): State<AppState>, admin: Admin) -> WebResult {
    Ok(render(&batches_page(&state, &admin, None).await?))
}

/// The page again, with a problem explained, as 422.
async fn refuse(state: &AppState, admin: &Admin, problem: FormProblem) -> WebResult {
    let page = batches_page(state, admin, Some(problem)).await?;
    Ok(render_as(StatusCode::UNPROCESSABLE_ENTITY, &page))
}

/// POST /admin/batches/preview — multipart: csrf_token, campaign, expires, countries, label,
/// then the file. Checks every line and shows the preview.
pub async fn preview(State(state): State<AppState>, admin: Admin, multipart: Multipart) -> WebResult {
    let upload = match super::receive_upload(&admin, multipart, super::MAX_UPLOAD_BYTES).await? {
        Ok(upload) => upload,
        Err(super::UploadProblem::NoFile) => return refuse(&state, &admin, FormProblem::NoFile).await,
        Err(super::UploadProblem::TooLarge) => {
            return refuse(&state, &admin, FormProblem::FileTooLarge).await;
        }
    };
    let (fields, file) = (upload.fields, upload.file);
    let Some(expires_on) = fields
        .get("expires")
        .and_then(|e| e.trim().parse::<NaiveDate>().ok())
    else {
        return refuse(&state, &admin, FormProblem::BadExpiry).await;
    };
    let options = BatchOptions {
        campaign: fields.get("campaign").map(String::as_str).unwrap_or_default(),
        expires_on,
        countries: fields.get("countries").map(String::as_str),
        label: fields.get("label").map(String::as_str),
        source: "imported",
        created_by: admin.actor(),
    };
    let (campaign, new) = match new_batch(&state.store, options, state.clock.today()).await? {
        Ok(checked) => checked,
        Err(err) => return refuse(&state, &admin, FormProblem::Options(err)).await,
    };

    let token = tokens::new_token();
    let upload_id = state
        .store
        .create_upload(
            &tokens::hash(&token),
            campaign.id,
            new.label.as_deref(),
            new.expires_on,
            &new.countries,
            &admin.actor(),
            state.clock.unix(),
        )
        .await?;
    let summary = stage_file(&state, upload_id, file).await?;
    state
        .store
        .finish_upload(upload_id, summary.entries, summary.good, &summary.bad)
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

/// What staging a file found.
#[derive(Default)]
struct BatchCheckSummary {
    entries: u64,
    good: u64,
    bad: Vec<BadLine>,
}

/// Reads the file entry by entry (on a blocking thread) into the staging table; answers the
/// counts and the bad lines (the first [`crate::store::Upload::REPORT_LIMIT`] of them).
async fn stage_file(
    state: &AppState,
    upload_id: i64,
    file: tempfile::NamedTempFile,
) -> anyhow::Result<BatchCheckSummary> {
    let (sender, mut receiver) = tokio::sync::mpsc::channel::<std::io::Result<Vec<batch_file::Entry>>>(4);
    let reader = tokio::task::spawn_blocking(move || {
        let result = (|| {
            let entries = batch_file::entries(std::io::BufReader::new(file.reopen()?))?;
            let mut chunk = Vec::with_capacity(STAGE_CHUNK);
            for entry in entries {
                chunk.push(entry?);
                if chunk.len() == STAGE_CHUNK && sender.blocking_send(Ok(std::mem::take(&mut chunk))).is_err()
                {
                    return Ok(());
                }
            }
            let _ = sender.blocking_send(Ok(chunk));
            Ok(())
        })();
        if let Err(err) = result {
            let _ = sender.blocking_send(Err(err));
        }
    });
    let mut summary = BatchCheckSummary::default();
    let mut bad_count = 0u64;
    let mut note_bad = |summary: &mut BatchCheckSummary, line: u64, problem: LineProblem| {
        bad_count += 1;
        if summary.bad.len() < crate::store::Upload::REPORT_LIMIT {
            summary.bad.push(BadLine { line, problem });
        }
    };
    while let Some(chunk) = receiver.recv().await {
        let mut good = Vec::with_capacity(chunk.as_ref().map_or(0, Vec::len));
        for (line, code) in chunk? {
            summary.entries += 1;
            match code {
                Ok(code) => good.push((line, code)),
                Err(problem) => note_bad(&mut summary, line, problem),
            }
        }
        for (line, first_line) in state.store.stage_codes(upload_id, &good).await? {
            note_bad(&mut summary, line, LineProblem::DuplicateInFile { first_line });
        }
    }
    reader.await?;
    for line in state.store.unstage_already_loaded(upload_id).await? {
        note_bad(&mut summary, line, LineProblem::AlreadyLoaded);
    }
    summary.good = summary.entries - bad_count;
    summary.bad.sort_by_key(|b| b.line);
    Ok(summary)
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
        Confirmed::Loaded { batch_id, loaded } => {
            return Ok(render(&super::views::LoadedPage {
                chrome: admin.chrome(),
                batch_id,
                loaded,
            }));
        }
        Confirmed::AlreadyConfirmed { .. } => FormProblem::AlreadyConfirmed,
        Confirmed::Refused { bad } => FormProblem::BadLinesRemain(bad),
        Confirmed::Empty => FormProblem::NothingToLoad,
    };
    refuse(&state, &admin, problem).await
}

#[derive(Deserialize)]
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
}

/// The most codes one generation makes.
pub const MAX_GENERATED: u64 = 1_000_000;

/// POST /admin/batches/generate — makes and loads a batch, and answers it as a CSV download.
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
        return refuse(&state, &admin, FormProblem::BadCount).await;
    };
    let prefix = form.prefix.trim().to_uppercase();
    if !code_format::is_valid_prefix(&prefix) {
        return refuse(&state, &admin, FormProblem::BadPrefix).await;
    }
    let Ok(expires_on) = form.expires.trim().parse::<NaiveDate>() else {
        return refuse(&state, &admin, FormProblem::BadExpiry).await;
    };
    let options = BatchOptions {
        campaign: &form.campaign,
        expires_on,
        countries: Some(&form.countries),
        label: Some(&form.label),
        source: "generated",
        created_by: admin.actor(),
    };
    let (_, new) = match new_batch(&state.store, options, state.clock.today()).await? {
        Ok(checked) => checked,
        Err(err) => return refuse(&state, &admin, FormProblem::Options(err)).await,
    };
    let load = crate::batches::generate(&state.store, &new, count, &prefix, state.clock.unix()).await?;
    let Some(batch_id) = load.batch_id else {
        return Err(AppError::Internal(anyhow::anyhow!(
            "a generated code collided with a loaded one"
        )));
    };
    let mut csv = String::from("code,expires_on\n");
    for good in &load.check.good {
        csv.push_str(&format!("{},{}\n", good.code, new.expires_on));
    }
    let disposition = format!("attachment; filename=\"keydrop-batch-{batch_id}.csv\"");
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        csv,
    )
        .into_response())
}
