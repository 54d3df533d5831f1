//! CSV exports: a campaign's codes with their states, its claims per country and day, and the
//! audit log. Rows stream from the database to the browser as they are read, so a campaign of
//! a million codes downloads in bounded memory. Every export is itself audited: it hands
//! personal data to whoever downloads it.

use axum::body::Body;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use futures_util::StreamExt;
use serde::Deserialize;

use super::Admin;
use crate::store::{AuditEntry, Campaign, RowStream, STREAM_BUFFER, sum_activity_by};
use crate::web::AppState;
use crate::web::error::{AppError, WebResult};

/// `?campaign=ID`
#[derive(Debug, Deserialize)]
pub struct CampaignParam {
    campaign: Option<i64>,
}

/// A time as exports write it: ISO 8601, UTC.
fn iso(unix: Option<i64>) -> String {
    unix.and_then(|t| chrono::DateTime::from_timestamp(t, 0))
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .unwrap_or_default()
}

/// A cell as written: a leading `=`, `+`, `-`, `@`, tab or carriage return would make a
/// spreadsheet run the cell as a formula, so such cells get a leading apostrophe.
fn cell(value: String) -> String {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value
    }
}

/// Answers `rows` as a CSV attachment named `filename`, header first, written chunk by chunk.
pub(super) fn csv_download<T: Send + 'static>(
    filename: String,
    columns: &'static [&'static str],
    rows: RowStream<T>,
    record: fn(T) -> Vec<String>,
) -> Response {
    let write = |records: Vec<Vec<String>>| -> std::io::Result<Vec<u8>> {
        let mut writer = csv::WriterBuilder::new()
            .has_headers(false)
            .from_writer(Vec::new());
        for fields in records {
            writer.write_record(fields.into_iter().map(cell))?;
        }
        writer.into_inner().map_err(|e| e.into_error())
    };
    let head = write(vec![columns.iter().map(|c| c.to_string()).collect()]);
    let body = rows.chunks(STREAM_BUFFER).map(move |chunk| {
        let records = chunk
            .into_iter()
            .map(|row| row.map(record))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|err| {
                // The download is cut short; the browser reports it as failed.
                tracing::error!(error = %err, "export failed");
                std::io::Error::other("export failed")
            })?;
        write(records)
    });
    let body = futures_util::stream::once(async move { head }).chain(body);
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
        ],
        Body::from_stream(body),
    )
        .into_response()
}

/// The campaign named by `?campaign=`, with the export noted in the audit log.
async fn exported_campaign(
    state: &AppState,
    admin: &Admin,
    param: &CampaignParam,
    action: &'static str,
) -> WebResult<Campaign> {
    let id = param.campaign.ok_or(AppError::BadRequest)?;
    let campaign = state.store.campaign_by_id(id).await?.ok_or(AppError::NotFound)?;
    note_export(state, admin, Some(campaign.id), action).await?;
    Ok(campaign)
}

async fn note_export(
    state: &AppState,
    admin: &Admin,
    campaign_id: Option<i64>,
    action: &'static str,
) -> WebResult<()> {
    let entry = AuditEntry {
        actor: admin.actor(),
        action,
        campaign_id,
        ..AuditEntry::default()
    };
    Ok(state.store.audit(state.clock.unix(), &entry).await?)
}

/// GET /admin/exports/codes.csv?campaign=ID — every code of a campaign: state, holder,
/// country and times.
pub async fn codes(
    State(state): State<AppState>,
    admin: Admin,
    Query(param): Query<CampaignParam>,
) -> WebResult {
    let campaign = exported_campaign(&state, &admin, &param, "export.codes").await?;
    Ok(csv_download(
        format!("keydrop-campaign-{}-codes.csv", campaign.id),
        &[
            "code",
            "batch",
            "expires_on",
            "state",
            "username",
            "email",
            "country",
            "assigned_at",
            "redeemed_at",
            "redeemed_via",
            "revoked_at",
            "revoke_reason",
            "offer",
        ],
        state.store.export_codes(campaign.id),
        |c| {
            vec![
                c.code,
                c.batch_id.to_string(),
                c.expires_on.to_string(),
                c.state,
                c.username.unwrap_or_default(),
                c.email.unwrap_or_default(),
                c.country.unwrap_or_default(),
                iso(c.assigned_at),
                iso(c.redeemed_at),
                c.redeemed_via.unwrap_or_default(),
                iso(c.revoked_at),
                c.revoke_reason.unwrap_or_default(),
                c.offer.unwrap_or_default(),
            ]
        },
    ))
}

/// GET /admin/exports/claims.csv?campaign=ID — claims and redemptions per day and declared
/// country.
pub async fn claims(
    State(state): State<AppState>,
    admin: Admin,
    Query(param): Query<CampaignParam>,
) -> WebResult {
    let campaign = exported_campaign(&state, &admin, &param, "export.claims").await?;
    let lines = sum_activity_by(state.store.activity_counts(campaign.id).await?, |count| {
        (count.day, count.country.clone())
    });
    Ok(csv_download(
        format!("keydrop-campaign-{}-claims.csv", campaign.id),
        &["day", "country", "claims", "redemptions"],
        Box::pin(futures_util::stream::iter(lines.into_iter().map(Ok))),
        |((day, country), claims, redemptions)| {
            vec![
                day.to_string(),
                country.unwrap_or_default(),
                claims.to_string(),
                redemptions.to_string(),
            ]
        },
    ))
}

/// GET /admin/exports/audit.csv[?campaign=ID] — the audit log, oldest first.
pub async fn audit(
    State(state): State<AppState>,
    admin: Admin,
    Query(param): Query<CampaignParam>,
) -> WebResult {
    let filename = match param.campaign {
        Some(_) => {
            let campaign = exported_campaign(&state, &admin, &param, "export.audit").await?;
            format!("keydrop-campaign-{}-audit.csv", campaign.id)
        }
        None => {
            note_export(&state, &admin, None, "export.audit").await?;
            "keydrop-audit.csv".to_string()
        }
    };
    Ok(csv_download(
        filename,
        &[
            "id", "at", "actor", "action", "campaign", "code", "username", "detail",
        ],
        state.store.export_audit(param.campaign),
        |a| {
            vec![
                a.id.to_string(),
                iso(Some(a.at)),
                a.actor,
                a.action,
                a.campaign.unwrap_or_default(),
                a.code.unwrap_or_default(),
                a.username.unwrap_or_default(),
                a.detail,
            ]
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused() {
        assert_eq!(cell("=HYPERLINK(\"x\")".into()), "'=HYPERLINK(\"x\")");
        assert_eq!(cell("@SUM(A1)".into()), "'@SUM(A1)");
        assert_eq!(cell("-1".into()), "'-1");
        assert_eq!(cell("TITAN-AAAA".into()), "TITAN-AAAA");
    }

    #[test]
    fn times_are_iso_utc() {
        assert_eq!(iso(Some(0)), "1970-01-01T00:00:00Z");
        assert_eq!(iso(None), "");
    }
}
