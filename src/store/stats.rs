//! Counts per campaign, batch and country.

use chrono::NaiveDate;

use super::{Campaign, Store, on_pool};

/// Codes of a batch by state.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, serde::Serialize, serde::Deserialize)]
pub struct BatchStats {
    pub batch_id: i64,
    pub label: Option<String>,
    pub expires_on: NaiveDate,
    /// Comma-separated countries, or empty when the batch serves all of the campaign's.
    pub countries: String,
    pub total: i64,
    pub available: i64,
    pub assigned: i64,
    pub redeemed: i64,
    pub expired: i64,
    pub revoked: i64,
}

/// Claims and redemptions by the country maintainers declared.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, serde::Serialize, serde::Deserialize)]
pub struct CountryStats {
    pub country: String,
    /// Codes handed out to maintainers in this country (whatever became of them since).
    pub claimed: i64,
    pub redeemed: i64,
}

/// A campaign's counts.
#[derive(Debug, Clone)]
pub struct CampaignStats {
    pub campaign: Campaign,
    pub batches: Vec<BatchStats>,
    pub countries: Vec<CountryStats>,
}

impl CampaignStats {
    /// The batches' counts added up.
    pub fn totals(&self) -> BatchStats {
        let mut sum = BatchStats {
            batch_id: 0,
            label: None,
            expires_on: self
                .batches
                .iter()
                .map(|b| b.expires_on)
                .max()
                .unwrap_or(self.campaign.ends_on),
            countries: String::new(),
            total: 0,
            available: 0,
            assigned: 0,
            redeemed: 0,
            expired: 0,
            revoked: 0,
        };
        for b in &self.batches {
            sum.total += b.total;
            sum.available += b.available;
            sum.assigned += b.assigned;
            sum.redeemed += b.redeemed;
            sum.expired += b.expired;
            sum.revoked += b.revoked;
        }
        sum
    }
}

impl Store {
    /// Counts for one campaign.
    pub async fn campaign_stats(&self, campaign: &Campaign) -> sqlx::Result<CampaignStats> {
        let (batches, countries) = on_pool!(self, pool => {
            // The batch's countries are folded in Rust (string aggregation differs by dialect).
            // The available codes, usually nearly all of them, are not counted: `batch_stock`
            // keeps their number (migration 0011). The others are counted per state on the
            // (batch, state) index, a cost that grows with the codes handed out only; the
            // total is the sum, filled in below.
            let batches = sqlx::query_as::<_, BatchStats>(
                "SELECT b.id AS batch_id, b.label, b.expires_on, '' AS countries, CAST(0 AS BIGINT) AS total, \
                        (SELECT CAST(COALESCE(SUM(s.available), 0) AS BIGINT) FROM batch_stock s WHERE s.batch_id = b.id) AS available, \
                        (SELECT COUNT(*) FROM codes c WHERE c.batch_id = b.id AND c.state = 'assigned') AS assigned, \
                        (SELECT COUNT(*) FROM codes c WHERE c.batch_id = b.id AND c.state = 'redeemed') AS redeemed, \
                        (SELECT COUNT(*) FROM codes c WHERE c.batch_id = b.id AND c.state = 'expired') AS expired, \
                        (SELECT COUNT(*) FROM codes c WHERE c.batch_id = b.id AND c.state = 'revoked') AS revoked \
                 FROM batches b WHERE b.campaign_id = $1 AND b.published ORDER BY b.id")
                .bind(campaign.id).fetch_all(pool).await?;
            let batch_countries: Vec<(i64, String)> = sqlx::query_as(
                "SELECT bc.batch_id, bc.country FROM batch_countries bc JOIN batches b ON b.id = bc.batch_id \
                 WHERE b.campaign_id = $1 AND b.published ORDER BY bc.batch_id, bc.country")
                .bind(campaign.id).fetch_all(pool).await?;
            let countries = sqlx::query_as::<_, CountryStats>(
                "SELECT country, COUNT(*) AS claimed, COUNT(*) FILTER (WHERE state = 'redeemed') AS redeemed \
                 FROM codes WHERE campaign_id = $1 AND country IS NOT NULL \
                 GROUP BY country ORDER BY country")
                .bind(campaign.id).fetch_all(pool).await?;
            let batches = batches.into_iter().map(|mut b| {
                b.total = b.available + b.assigned + b.redeemed + b.expired + b.revoked;
                b.countries = batch_countries.iter().filter(|(id, _)| *id == b.batch_id)
                    .map(|(_, c)| c.as_str()).collect::<Vec<_>>().join(",");
                b
            }).collect::<Vec<_>>();
            (batches, countries)
        });
        Ok(CampaignStats {
            campaign: campaign.clone(),
            batches,
            countries,
        })
    }
}
