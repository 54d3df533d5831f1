//! The admin dashboard's figures.

use chrono::NaiveDate;

use super::{Campaign, Store, on_pool};
use crate::domain::phases::{self, Rules};

/// How the maintainers of critical projects protect their accounts: the figure the giveaway
/// exists to move.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct TwoFactorAdoption {
    pub maintainers: i64,
    pub security_key: i64,
    /// TOTP and no security key.
    pub totp_only: i64,
    pub none: i64,
}

/// Claims and redemptions on one day.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DailyActivity {
    pub day: NaiveDate,
    pub claims: i64,
    pub redemptions: i64,
}

/// Claims and redemptions of one day, declared country and batch.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ActivityCount {
    pub day: NaiveDate,
    /// The country the maintainer declared; none for codes the vendor reported used that
    /// keydrop never handed out.
    pub country: Option<String>,
    pub batch_id: i64,
    pub claims: i64,
    pub redemptions: i64,
}

/// Adds up counts (sorted as [`Store::activity_counts`] answers them) whose `key` is the same
/// as their neighbour's: `(key, claims, redemptions)` for each key, in order. Keys must be a
/// prefix of the sort order (the day; or the day and country).
pub fn sum_activity_by<K: PartialEq>(
    counts: Vec<ActivityCount>,
    key: impl Fn(&ActivityCount) -> K,
) -> Vec<(K, i64, i64)> {
    let mut sums: Vec<(K, i64, i64)> = Vec::new();
    for count in counts {
        let k = key(&count);
        match sums.last_mut() {
            Some((last, claims, redemptions)) if *last == k => {
                *claims += count.claims;
                *redemptions += count.redemptions;
            }
            _ => sums.push((k, count.claims, count.redemptions)),
        }
    }
    sums
}

/// A campaign's people counts.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CampaignPeople {
    /// Maintainers the campaign's rules admit (critical role, account age, key holders), plus
    /// hand-made grants.
    pub eligible: i64,
    /// Of those, how many have signed in at least once.
    pub eligible_signed_in: i64,
    /// Codes ever handed out in the campaign.
    pub claimed: i64,
}

const SECONDS_PER_DAY: i64 = 86_400;

/// The condition on a user `u` that a phase's rules admit them (a role on a critical project
/// if required, account age, key holders, TOTP users) or that an admin granted them
/// eligibility by hand. `$1` is the account cutoff, `$2` whether key holders may claim, `$3`
/// whether a critical role is required, `$4` whether TOTP users are left out (bind them with
/// [`bind_rules!`]). For `concat!` into statements: the dashboard counts these maintainers,
/// invitations and reminders go to them.
macro_rules! eligible_user {
    () => {
        "(EXISTS (SELECT 1 FROM grants g WHERE g.user_id = u.id AND g.withdrawn_at IS NULL) \
          OR ((NOT $3 OR EXISTS (SELECT 1 FROM roles r JOIN projects p ON p.id = r.project_id \
                                 WHERE r.user_id = u.id AND p.critical_since IS NOT NULL)) \
              AND (CAST($1 AS DATE) IS NULL OR u.date_joined <= $1) \
              AND ($2 OR NOT u.has_webauthn) \
              AND (NOT $4 OR u.has_webauthn OR NOT u.has_totp)))"
    };
}
pub(crate) use eligible_user;

/// Binds a [`Rules`]' four values as `$1`..`$4` of [`eligible_user!`].
macro_rules! bind_rules {
    ($query:expr, $rules:expr) => {{
        let rules: &$crate::domain::phases::Rules = $rules;
        $query
            .bind(rules.account_cutoff)
            .bind(rules.allow_key_holders)
            .bind(rules.require_critical)
            .bind(rules.exclude_totp)
    }};
}
pub(crate) use bind_rules;

/// Maintainers one phase's rules admit (hand-made grants included).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PhaseEligible {
    pub from: NaiveDate,
    pub rules: Rules,
    pub eligible: i64,
}

impl Store {
    /// 2FA adoption among the Owners and Maintainers of critical projects.
    pub async fn two_factor_adoption(&self) -> sqlx::Result<TwoFactorAdoption> {
        let (maintainers, security_key, totp_only): (i64, i64, i64) = on_pool!(self, pool => sqlx::query_as(
            "SELECT COUNT(*), COUNT(*) FILTER (WHERE u.has_webauthn), \
                    COUNT(*) FILTER (WHERE u.has_totp AND NOT u.has_webauthn) \
             FROM users u WHERE EXISTS (SELECT 1 FROM roles r JOIN projects p ON p.id = r.project_id \
                                        WHERE r.user_id = u.id AND p.critical_since IS NOT NULL)")
            .fetch_one(pool).await)?;
        Ok(TwoFactorAdoption {
            maintainers,
            security_key,
            totp_only,
            none: maintainers - security_key - totp_only,
        })
    }

    /// The rules of the campaign's phase in force on `today`.
    pub async fn rules_on(&self, campaign: &Campaign, today: NaiveDate) -> sqlx::Result<Rules> {
        Ok(phases::rules_on(&self.schedule_of(campaign).await?, today))
    }

    /// Each phase of the campaign with how many maintainers its rules admit.
    pub async fn eligible_per_phase(&self, campaign: &Campaign) -> sqlx::Result<Vec<PhaseEligible>> {
        let mut counted = Vec::new();
        for phase in self.schedule_of(campaign).await? {
            let eligible: i64 = on_pool!(self, pool => bind_rules!(sqlx::query_scalar(concat!(
                "SELECT COUNT(*) FROM users u WHERE ", eligible_user!())), &phase.rules)
                .fetch_one(pool).await)?;
            counted.push(PhaseEligible {
                from: phase.from,
                rules: phase.rules,
                eligible,
            });
        }
        Ok(counted)
    }

    /// Eligible maintainers (by the rules in force on `today`), how many signed in, and codes
    /// claimed, for a campaign.
    pub async fn campaign_people(
        &self,
        campaign: &Campaign,
        today: NaiveDate,
    ) -> sqlx::Result<CampaignPeople> {
        let rules = self.rules_on(campaign, today).await?;
        let (eligible, eligible_signed_in): (i64, i64) = on_pool!(self, pool => bind_rules!(sqlx::query_as(concat!(
            "SELECT COUNT(*), COUNT(*) FILTER (WHERE u.first_login_at IS NOT NULL) FROM users u WHERE ",
            eligible_user!())), &rules)
            .fetch_one(pool).await)?;
        let claimed: i64 = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM codes WHERE campaign_id = $1 AND assigned_at IS NOT NULL")
            .bind(campaign.id).fetch_one(pool).await)?;
        Ok(CampaignPeople {
            eligible,
            eligible_signed_in,
            claimed,
        })
    }

    /// Claims and redemptions per UTC day, declared country and batch: the finest counts a
    /// campaign keeps, and none of them names a person. Sorted by day, country, batch.
    pub async fn activity_counts(&self, campaign_id: i64) -> sqlx::Result<Vec<ActivityCount>> {
        let rows: Vec<(i64, Option<String>, i64, i64, i64)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT day, country, batch_id, CAST(SUM(claims) AS BIGINT), CAST(SUM(redemptions) AS BIGINT) FROM ( \
                 SELECT assigned_at / $2 AS day, country, batch_id, 1 AS claims, 0 AS redemptions FROM codes \
                     WHERE campaign_id = $1 AND assigned_at IS NOT NULL \
                 UNION ALL \
                 SELECT redeemed_at / $2 AS day, country, batch_id, 0 AS claims, 1 AS redemptions FROM codes \
                     WHERE campaign_id = $1 AND redeemed_at IS NOT NULL \
             ) activity GROUP BY day, country, batch_id")
            .bind(campaign_id).bind(SECONDS_PER_DAY)
            .fetch_all(pool).await)?;
        let mut counts: Vec<ActivityCount> = rows
            .into_iter()
            .filter_map(|(day, country, batch_id, claims, redemptions)| {
                Some(ActivityCount {
                    day: chrono::DateTime::from_timestamp(day * SECONDS_PER_DAY, 0)?.date_naive(),
                    country,
                    batch_id,
                    claims,
                    redemptions,
                })
            })
            .collect();
        // Sorted here: the dialects put NULL countries at opposite ends.
        counts.sort_by(|a, b| (a.day, &a.country, a.batch_id).cmp(&(b.day, &b.country, b.batch_id)));
        Ok(counts)
    }

    /// Claims and redemptions per UTC day of a campaign (days without either are left out).
    pub async fn daily_activity(&self, campaign_id: i64) -> sqlx::Result<Vec<DailyActivity>> {
        let days = sum_activity_by(self.activity_counts(campaign_id).await?, |count| count.day);
        Ok(days
            .into_iter()
            .map(|(day, claims, redemptions)| DailyActivity {
                day,
                claims,
                redemptions,
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Datelike;

    fn count(day: u32, country: &str, batch_id: i64, claims: i64, redemptions: i64) -> ActivityCount {
        ActivityCount {
            day: NaiveDate::from_ymd_opt(2026, 11, day).unwrap(),
            country: Some(country.to_string()),
            batch_id,
            claims,
            redemptions,
        }
    }

    #[test]
    fn sums_neighbours_with_the_same_key() {
        let counts = vec![
            count(1, "DE", 1, 2, 0),
            count(1, "DE", 2, 1, 1),
            count(1, "US", 1, 4, 0),
            count(2, "DE", 1, 0, 3),
        ];
        let by_day = sum_activity_by(counts.clone(), |c| c.day.day());
        assert_eq!(by_day, vec![(1, 7, 1), (2, 0, 3)]);
        let by_day_and_country = sum_activity_by(counts, |c| (c.day.day(), c.country.clone()));
        assert_eq!(
            by_day_and_country,
            vec![
                ((1, Some("DE".into())), 3, 1),
                ((1, Some("US".into())), 4, 0),
                ((2, Some("DE".into())), 0, 3)
            ]
        );
    }
}
