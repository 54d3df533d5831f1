//! What a maintainer's standing in a campaign rests on, read in one query: the code they
//! hold, the campaign's stock, their critical roles, a grant, a code handed back, and the
//! stock of the offer they are about to claim from. These were six round trips of every claim
//! and of every campaign on a maintainer's page.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

use chrono::NaiveDate;

use super::{CriticalProject, HANDED_BACK_REASON, HeldCode, Stock, Store, on_kept_connection};
use crate::domain::countries::Country;

/// The facts of one maintainer in one campaign (see [`Store::standing_reads`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StandingReads {
    /// The code they hold in the campaign (not revoked), if any.
    pub held: Option<HeldCode>,
    /// Unexpired codes available in the campaign, for any country (see [`Store::codes_left`]).
    pub codes_left: i64,
    /// Roles on critical projects.
    pub critical_roles: i64,
    /// An admin's grant is in force.
    pub granted: bool,
    /// They handed a code of this campaign back.
    pub handed_back: bool,
    /// The stock of the offer and country asked about, if one was.
    pub offer_stock: Option<Stock>,
    /// The offer of the code held (through its batch).
    pub held_offer_id: Option<i64>,
    /// When a code of theirs in the campaign was last revoked by an admin or a vendor (a
    /// code handed back is not counted), if ever.
    pub last_revoked_at: Option<i64>,
}

/// The row of [`STANDING_SQL`]: the held code's columns are empty when none is held.
#[derive(sqlx::FromRow)]
struct StandingRow {
    codes_left: i64,
    critical_roles: i64,
    granted: bool,
    handed_back: bool,
    offer_bound: i64,
    offer_open: i64,
    last_revoked_at: Option<i64>,
    held_offer_id: Option<i64>,
    #[sqlx(flatten)]
    held: HeldColumns,
}

/// The columns of the code held, all empty when none is held.
#[derive(sqlx::FromRow)]
struct HeldColumns {
    held_id: Option<i64>,
    held_code: Option<String>,
    held_state: Option<String>,
    held_expires_on: Option<NaiveDate>,
    held_country: Option<String>,
    held_assigned_at: Option<i64>,
    held_redeemed_at: Option<i64>,
    held_redeemed_via: Option<String>,
}

impl HeldColumns {
    fn code(self) -> Option<HeldCode> {
        match (
            self.held_id,
            self.held_code,
            self.held_state,
            self.held_expires_on,
        ) {
            (Some(id), Some(code), Some(state), Some(expires_on)) => Some(HeldCode {
                id,
                code,
                state,
                expires_on,
                country: self.held_country,
                assigned_at: self.held_assigned_at,
                redeemed_at: self.held_redeemed_at,
                redeemed_via: self.held_redeemed_via,
            }),
            _ => None,
        }
    }
}

/// The columns of a maintainer's standing in a campaign, the same in [`STANDING_SQL`] and
/// [`PAGE_SQL`]: `$campaign` names the campaign (a parameter, or a column of the outer
/// query), `$user`, `$today` and `$reason` ([`HANDED_BACK_REASON`]) parameters, and `h` is
/// the code held, joined by [`held_join!`]. Each part is the statement its store method
/// would run alone: the stock sums over `batch_stock` rows (migration 0011), never a count
/// of codes.
macro_rules! standing_columns {
    ($campaign:literal, $user:literal, $today:literal, $reason:literal) => {
        concat!(
            "(SELECT CAST(COALESCE(SUM(s.available), 0) AS BIGINT) FROM batches b JOIN batch_stock s ON s.batch_id = b.id \
               WHERE b.campaign_id = ", $campaign, " AND b.published AND b.expires_on >= ", $today, ") AS codes_left, \
             (SELECT COUNT(*) FROM roles r JOIN projects p ON p.id = r.project_id \
               WHERE r.user_id = ", $user, " AND p.critical_since IS NOT NULL) AS critical_roles, \
             EXISTS (SELECT 1 FROM grants g WHERE g.user_id = ", $user, " AND g.withdrawn_at IS NULL) AS granted, \
             EXISTS (SELECT 1 FROM code_releases cr WHERE cr.campaign_id = ", $campaign, " AND cr.user_id = ", $user, ") AS handed_back, \
             (SELECT MAX(r.revoked_at) FROM codes r WHERE r.campaign_id = ", $campaign, " AND r.user_id = ", $user, " AND r.state = 'revoked' \
               AND (r.revoke_reason IS NULL OR r.revoke_reason <> ", $reason, ")) AS last_revoked_at, \
             (SELECT b.offer_id FROM batches b WHERE b.id = h.batch_id) AS held_offer_id, \
             h.id AS held_id, h.code AS held_code, h.state AS held_state, h.expires_on AS held_expires_on, \
             h.country AS held_country, h.assigned_at AS held_assigned_at, h.redeemed_at AS held_redeemed_at, \
             h.redeemed_via AS held_redeemed_via"
        )
    };
}

/// The code `$user` holds in `$campaign` (not revoked): the unique index on (campaign,
/// holder) makes it at most one row.
macro_rules! held_join {
    ($campaign:literal, $user:literal) => {
        concat!(
            "LEFT JOIN codes h ON h.campaign_id = ",
            $campaign,
            " AND h.user_id = ",
            $user,
            " AND h.state <> 'revoked'"
        )
    };
}

/// `$1` campaign, `$2` user, `$3` today, `$4` offer (NULL for none), `$5` country, `$6` the
/// reason a handed-back code is revoked with ([`HANDED_BACK_REASON`]): one row, with the
/// stock of the offer in the country beside the standing.
const STANDING_SQL: &str = concat!(
    "SELECT ",
    standing_columns!("$1", "$2", "$3", "$6"),
    ", (SELECT CAST(COALESCE(SUM(CASE WHEN b.country_bound THEN s.available ELSE 0 END), 0) AS BIGINT) \
       FROM batches b JOIN batch_stock s ON s.batch_id = b.id \
       WHERE b.offer_id = $4 AND b.published AND b.expires_on >= $3 \
         AND b.country_bound AND EXISTS (SELECT 1 FROM batch_countries bc WHERE bc.batch_id = b.id AND bc.country = $5)) AS offer_bound, \
    (SELECT CAST(COALESCE(SUM(s.available), 0) AS BIGINT) FROM batches b JOIN batch_stock s ON s.batch_id = b.id \
       WHERE b.offer_id = $4 AND b.published AND b.expires_on >= $3 AND NOT b.country_bound) AS offer_open \
    FROM (SELECT 1 AS one) only_row ",
    held_join!("$1", "$2")
);

/// A maintainer's page in one round trip: a row per campaign not purged (its standing, as
/// [`STANDING_SQL`] reads it) and a row per critical project of theirs. `$1` user, `$2`
/// today, `$3` [`HANDED_BACK_REASON`]. The two kinds of row share one shape, each leaving
/// the other's columns empty. Unordered: [`Store::page_rows`] sorts the projects, most
/// downloaded first (an `ORDER BY` over the union sorted the campaigns' rows with them).
const PAGE_SQL: &str = concat!(
    "SELECT c.id AS campaign_id, ",
    standing_columns!("c.id", "$1", "$2", "$3"),
    ", NULL AS project_name, NULL AS project_key, NULL AS project_role, NULL AS project_rank, NULL AS project_since \
     FROM campaigns c ",
    held_join!("c.id", "$1"),
    " WHERE c.purged_at IS NULL \
     UNION ALL \
     SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, \
        p.display_name, p.name, r.role, p.critical_rank, p.critical_since \
     FROM roles r JOIN projects p ON p.id = r.project_id \
     WHERE r.user_id = $1 AND p.critical_since IS NOT NULL"
);

/// A row of [`PAGE_SQL`]: a campaign's standing, or a critical project.
#[derive(sqlx::FromRow)]
struct PageRow {
    campaign_id: Option<i64>,
    codes_left: Option<i64>,
    critical_roles: Option<i64>,
    granted: Option<bool>,
    handed_back: Option<bool>,
    last_revoked_at: Option<i64>,
    held_offer_id: Option<i64>,
    #[sqlx(flatten)]
    held: HeldColumns,
    project_name: Option<String>,
    project_key: Option<String>,
    project_role: Option<String>,
    project_rank: Option<i64>,
    project_since: Option<i64>,
}

impl Store {
    /// Everything a maintainer's standing in a campaign rests on, in one query; with
    /// `offer_in`, the stock of that offer in that country too (what a claim of it can find).
    pub async fn standing_reads(
        &self,
        campaign_id: i64,
        user_id: i64,
        today: NaiveDate,
        offer_in: Option<(i64, Country)>,
    ) -> sqlx::Result<StandingReads> {
        let (offer_id, country) = match offer_in {
            Some((offer_id, country)) => (Some(offer_id), Some(country.code())),
            None => (None, None),
        };
        let row: StandingRow = on_kept_connection!(self, conn => sqlx::query_as(STANDING_SQL)
            .bind(campaign_id).bind(user_id).bind(today).bind(offer_id).bind(country).bind(HANDED_BACK_REASON)
            .fetch_one(&mut *conn).await)?;
        Ok(StandingReads {
            held: row.held.code(),
            codes_left: row.codes_left,
            critical_roles: row.critical_roles,
            granted: row.granted,
            handed_back: row.handed_back,
            offer_stock: offer_in.map(|_| Stock {
                bound: row.offer_bound,
                open: row.offer_open,
            }),
            held_offer_id: row.held_offer_id,
            last_revoked_at: row.last_revoked_at,
        })
    }

    /// A maintainer's critical projects and their reads in every campaign not purged, by
    /// campaign id: [`PAGE_SQL`], one round trip whatever the number of campaigns.
    async fn page_rows(
        &self,
        user_id: i64,
        today: NaiveDate,
    ) -> sqlx::Result<(Vec<CriticalProject>, HashMap<i64, StandingReads>)> {
        let rows: Vec<PageRow> = on_kept_connection!(self, conn => sqlx::query_as(PAGE_SQL)
            .bind(user_id).bind(today).bind(HANDED_BACK_REASON)
            .fetch_all(&mut *conn).await)?;
        let mut projects = Vec::new();
        let mut standings = HashMap::new();
        for row in rows {
            match (
                row.campaign_id,
                row.project_name,
                row.project_role,
                row.project_rank,
                row.project_since,
            ) {
                (Some(campaign_id), ..) => {
                    let reads = StandingReads {
                        held: row.held.code(),
                        codes_left: row.codes_left.unwrap_or(0),
                        critical_roles: row.critical_roles.unwrap_or(0),
                        granted: row.granted.unwrap_or(false),
                        handed_back: row.handed_back.unwrap_or(false),
                        offer_stock: None,
                        held_offer_id: row.held_offer_id,
                        last_revoked_at: row.last_revoked_at,
                    };
                    standings.insert(campaign_id, reads);
                }
                (None, Some(display_name), Some(role), Some(critical_rank), Some(critical_since)) => {
                    let project = CriticalProject {
                        display_name,
                        role,
                        critical_rank,
                        critical_since,
                    };
                    projects.push((row.project_key.unwrap_or_default(), project));
                }
                _ => {}
            }
        }
        // Most downloaded first, then by name, as `Store::critical_projects_of` orders them.
        projects.sort_by(|(a_key, a), (b_key, b)| (a.critical_rank, a_key).cmp(&(b.critical_rank, b_key)));
        Ok((
            projects.into_iter().map(|(_, project)| project).collect(),
            standings,
        ))
    }
}

/// What a maintainer's page reads about them: their critical projects and their reads in
/// each campaign, kept in process for a moment (see [`super::READS_KEPT_FOR`]).
#[derive(Debug)]
pub(crate) struct PageReads {
    /// The day the reads were made for (a code expires, a batch goes out of date, with it).
    today: NaiveDate,
    projects: Vec<CriticalProject>,
    /// By campaign id; their `codes_left` is the campaign's kept stock, read apart.
    standings: HashMap<i64, StandingReads>,
}

impl Store {
    /// A maintainer's critical projects and their reads in each of `campaign_ids` on `today`,
    /// in that order, for their page: kept in process for [`super::READS_KEPT_FOR`], and
    /// forgotten at once by a change through this store (a claim, a hand-back, a grant, a
    /// load...). Each campaign's codes left is kept apart, per campaign, so that someone
    /// else's claim does not make everyone's page read again. Never for a claim: a claim
    /// reads [`Store::standing_reads`] and its transaction reads the rest. `known`: a
    /// campaign's reads made by this request already (a claim refused on them); they are
    /// used, not read again, and then nothing is kept, since they were read before this
    /// call's ticket was taken (a change in between would be kept as if it never happened).
    pub async fn page_reads(
        &self,
        user_id: i64,
        campaign_ids: &[i64],
        today: NaiveDate,
        known: Option<&(i64, StandingReads)>,
    ) -> sqlx::Result<(Vec<CriticalProject>, Vec<StandingReads>)> {
        let pages = &self.read_caches.pages;
        let ticket = match pages.get(&user_id) {
            Ok(kept)
                if kept.today == today && campaign_ids.iter().all(|id| kept.standings.contains_key(id)) =>
            {
                let mut standings = Vec::with_capacity(campaign_ids.len());
                for id in campaign_ids {
                    let mut reads = kept.standings[id].clone();
                    reads.codes_left = self.stock_kept(*id, today).await?;
                    standings.push(reads);
                }
                return Ok((kept.projects.clone(), standings));
            }
            // Read for another day, or before a campaign was added: read again.
            Ok(_) => pages.ticket(&user_id),
            Err(ticket) => ticket,
        };
        let stock_tickets: Vec<_> = campaign_ids
            .iter()
            .map(|id| self.read_caches.stock.get(id).err())
            .collect();
        let read_at = Instant::now();
        let (projects, mut read) = self.page_rows(user_id, today).await?;
        let mut standings = Vec::with_capacity(campaign_ids.len());
        for id in campaign_ids {
            standings.push(match (known, read.remove(id)) {
                (Some((known_id, reads)), _) if known_id == id => reads.clone(),
                (_, Some(reads)) => reads,
                // Purged since the caller listed it (campaigns are kept for a moment).
                (_, None) => self.standing_reads(*id, user_id, today, None).await?,
            });
        }
        if known.is_some() {
            return Ok((projects, standings));
        }
        for ((id, reads), ticket) in campaign_ids.iter().zip(&standings).zip(stock_tickets) {
            if let Some(ticket) = ticket {
                self.read_caches
                    .stock
                    .keep(*id, ticket, read_at, (today, reads.codes_left));
            }
        }
        let kept = PageReads {
            today,
            projects: projects.clone(),
            standings: campaign_ids
                .iter()
                .copied()
                .zip(standings.iter().cloned())
                .collect(),
        };
        pages.keep(user_id, ticket, read_at, Arc::new(kept));
        Ok((projects, standings))
    }

    /// A campaign's codes left on `today` (see [`Store::codes_left`]), kept in process for
    /// [`super::READS_KEPT_FOR`] and forgotten at once by a change of its stock through this
    /// store.
    async fn stock_kept(&self, campaign_id: i64, today: NaiveDate) -> sqlx::Result<i64> {
        let stock = &self.read_caches.stock;
        let ticket = match stock.get(&campaign_id) {
            Ok((day, left)) if day == today => return Ok(left),
            Ok(_) => stock.ticket(&campaign_id),
            Err(ticket) => ticket,
        };
        let read_at = Instant::now();
        let left = self.codes_left(campaign_id, today).await?;
        stock.keep(campaign_id, ticket, read_at, (today, left));
        Ok(left)
    }
}
