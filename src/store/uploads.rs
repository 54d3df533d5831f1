//! The staging table every batch passes through (see [`crate::batches`]): codes are checked
//! and staged first, then loaded in one transaction on confirmation. The staged codes are
//! what a preview showed, so a confirmation loads exactly those; a file is never read twice.

use chrono::NaiveDate;

use super::{NewBatch, Store, on_pool};
use crate::domain::batch_file::BadLine;
use crate::domain::countries::{self, Country};

/// A batch being staged, or staged and waiting for its confirmation.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Upload {
    pub id: i64,
    pub campaign_id: i64,
    /// The offer the batch will belong to.
    pub offer_id: i64,
    pub label: Option<String>,
    /// "imported" or "generated", as the batch will say.
    pub source: String,
    pub expires_on: NaiveDate,
    /// Comma-separated, '' for all of the campaign's countries.
    pub countries: String,
    pub entries: i64,
    pub good: i64,
    /// JSON list of [`BadLine`]s (at most [`Upload::REPORT_LIMIT`] of them).
    pub bad_report: String,
    pub created_by: String,
    pub created_at: i64,
    pub loaded_batch_id: Option<i64>,
}

impl Upload {
    /// Bad lines kept for the preview; the count of bad lines is always exact.
    pub const REPORT_LIMIT: usize = 1_000;

    /// The bad lines kept.
    pub fn bad_lines(&self) -> Vec<BadLine> {
        serde_json::from_str(&self.bad_report).unwrap_or_default()
    }

    /// Every entry not counted good was bad.
    pub fn bad_count(&self) -> i64 {
        self.entries - self.good
    }

    /// The batch's countries.
    pub fn country_list(&self) -> Vec<Country> {
        countries::split_stored(&self.countries)
    }
}

/// Rows per multi-row INSERT while staging (3 parameters each, far below either database's
/// limit on parameters).
pub const STAGE_CHUNK: usize = 500;

impl Store {
    /// Starts staging `new`; `token_hash` is what a confirm form refers to.
    pub async fn create_upload(&self, token_hash: &str, new: &NewBatch, now: i64) -> sqlx::Result<i64> {
        on_pool!(self, pool => sqlx::query_scalar(
            "INSERT INTO batch_uploads (token_hash, campaign_id, label, source, expires_on, countries, entries, good, bad_report, created_by, created_at, offer_id) \
             VALUES ($1, $2, $3, $4, $5, $6, 0, 0, '[]', $7, $8, $9) RETURNING id")
            .bind(token_hash).bind(new.campaign_id).bind(&new.label).bind(new.source).bind(new.expires_on)
            .bind(countries::join(&new.countries)).bind(&new.created_by).bind(now).bind(new.offer_id)
            .fetch_one(pool).await)
    }

    /// Forgets an upload that will not be confirmed, with its staged codes (in chunks: a
    /// million staged codes must not hold SQLite's write lock).
    pub async fn discard_upload(&self, upload_id: i64) -> sqlx::Result<()> {
        self.discard_staged_codes(upload_id).await?;
        on_pool!(self, pool => sqlx::query("DELETE FROM batch_uploads WHERE id = $1 AND loaded_batch_id IS NULL")
            .bind(upload_id).execute(pool).await.map(drop))
    }

    /// Deletes an upload's staged codes, a few thousand per transaction.
    pub(super) async fn discard_staged_codes(&self, upload_id: i64) -> sqlx::Result<()> {
        self.delete_in_chunks(
            "DELETE FROM staged_codes WHERE upload_id = $1 AND line IN \
             (SELECT line FROM staged_codes WHERE upload_id = $1 LIMIT 5000)",
            upload_id,
        )
        .await
    }

    /// Forgets uploads started before `before` and never confirmed (a preview nobody
    /// confirmed, a load whose process died), with their staged codes. Answers how many.
    pub async fn discard_abandoned_uploads(&self, before: i64) -> sqlx::Result<u64> {
        let abandoned: Vec<i64> = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT id FROM batch_uploads WHERE loaded_batch_id IS NULL AND created_at < $1")
            .bind(before).fetch_all(pool).await?);
        for upload_id in &abandoned {
            self.discard_upload(*upload_id).await?;
        }
        Ok(abandoned.len() as u64)
    }

    /// Stages good codes (at most [`STAGE_CHUNK`]); answers the lines whose code repeats one
    /// staged before, each with the line that came first.
    pub async fn stage_codes(
        &self,
        upload_id: i64,
        codes: &[(u64, String)],
    ) -> sqlx::Result<Vec<(u64, u64)>> {
        if codes.is_empty() {
            return Ok(Vec::new());
        }
        let inserted: Vec<i64> = on_pool!(self, pool => {
            let mut insert = sqlx::QueryBuilder::new("INSERT INTO staged_codes (upload_id, line, code) ");
            insert.push_values(codes, |mut row, (line, code)| {
                row.push_bind(upload_id).push_bind(*line as i64).push_bind(code);
            });
            insert.push(" ON CONFLICT (upload_id, code) DO NOTHING RETURNING line");
            insert.build_query_scalar().fetch_all(pool).await?
        });
        let inserted: std::collections::HashSet<i64> = inserted.into_iter().collect();
        let mut repeats = Vec::new();
        for (line, code) in codes
            .iter()
            .filter(|(line, _)| !inserted.contains(&(*line as i64)))
        {
            let first: i64 = on_pool!(self, pool => sqlx::query_scalar(
                "SELECT line FROM staged_codes WHERE upload_id = $1 AND code = $2")
                .bind(upload_id).bind(code).fetch_one(pool).await?);
            repeats.push((*line, first as u64));
        }
        Ok(repeats)
    }

    /// Takes staged codes that are already in the database out of the upload; answers their
    /// lines, in order. A few thousand lines per statement, so that a million staged codes
    /// never hold SQLite's write lock for long; each statement both finds and removes, so a
    /// code loaded concurrently is either reported here or still staged (and then found by
    /// the load), never lost between the two.
    pub async fn unstage_already_loaded(&self, upload_id: i64) -> sqlx::Result<Vec<u64>> {
        let last_line: Option<i64> = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT MAX(line) FROM staged_codes WHERE upload_id = $1")
            .bind(upload_id).fetch_one(pool).await?);
        let mut lines: Vec<i64> = Vec::new();
        let mut after = 0;
        while after < last_line.unwrap_or(0) {
            let found: Vec<i64> = on_pool!(self, pool => sqlx::query_scalar(
                "DELETE FROM staged_codes WHERE upload_id = $1 AND line > $2 AND line <= $3 \
                 AND EXISTS (SELECT 1 FROM codes c WHERE c.code = staged_codes.code) RETURNING line")
                .bind(upload_id).bind(after).bind(after + super::LOAD_CHUNK)
                .fetch_all(pool).await?);
            lines.extend(found);
            after += super::LOAD_CHUNK;
        }
        lines.sort_unstable();
        Ok(lines.into_iter().map(|l| l as u64).collect())
    }

    /// Records an upload's counts and report once it is checked.
    pub async fn finish_upload(
        &self,
        upload_id: i64,
        entries: u64,
        good: u64,
        bad_lines: &[BadLine],
    ) -> sqlx::Result<()> {
        let report = serde_json::to_string(&bad_lines[..bad_lines.len().min(Upload::REPORT_LIMIT)])
            .expect("serialisable");
        on_pool!(self, pool => sqlx::query("UPDATE batch_uploads SET entries = $2, good = $3, bad_report = $4 WHERE id = $1")
            .bind(upload_id).bind(entries as i64).bind(good as i64).bind(report)
            .execute(pool).await.map(drop))
    }

    /// The upload a confirm form refers to.
    pub async fn upload_by_token(&self, token_hash: &str) -> sqlx::Result<Option<Upload>> {
        on_pool!(self, pool => sqlx::query_as::<_, Upload>(
            "SELECT id, campaign_id, offer_id, label, source, expires_on, countries, entries, good, bad_report, created_by, created_at, loaded_batch_id \
             FROM batch_uploads WHERE token_hash = $1")
            .bind(token_hash).fetch_optional(pool).await)
    }
}
