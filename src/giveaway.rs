//! The maintainer's side of the giveaway: where they stand in each campaign, and claiming.
//!
//! A claim, top to bottom:
//! 1. `POST /giveaway/claim` ([`crate::web::pages::claim`]) checks the form's CSRF token and
//!    finds the campaign the form names;
//! 2. [`claim`] (here) gives back a code already held, then re-checks eligibility with the
//!    facts from the store ([`check_eligibility`]) against the rules, which are pure
//!    functions in [`crate::domain::eligibility`], and validates the declared country
//!    ([`crate::domain::countries`]) against the campaign's;
//! 3. [`Store::claim`] (`src/store/claims.rs`) assigns a code in one transaction: the claim
//!    statements and their dialect variants stand beside it, with why no code can go to two
//!    people;
//! 4. the handler leaves a flash message and redirects to the maintainer's page, or shows
//!    the page again with the refusal beside the form.

use chrono::NaiveDate;

use crate::domain::countries::{Country, CountryError};
use crate::domain::eligibility::{self, Facts, Ineligible};
use crate::store::{Campaign, ClaimOutcome, HeldCode, Store, User};

/// Where a maintainer stands in one campaign.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Standing {
    /// They hold a code: it is shown on every visit.
    Holds(HeldCode),
    /// They may claim a code.
    MayClaim,
    /// They may not, and why.
    Ineligible(Ineligible),
}

/// A campaign and the maintainer's standing in it.
#[derive(Debug, Clone)]
pub struct CampaignStanding {
    pub campaign: Campaign,
    pub standing: Standing,
}

/// Checks the eligibility rules for a maintainer who holds no code in the campaign.
pub async fn check_eligibility(
    store: &Store,
    user: &User,
    campaign: &Campaign,
    today: NaiveDate,
) -> sqlx::Result<Result<(), Ineligible>> {
    let codes_left = store.codes_left(campaign.id, today).await?;
    let critical_roles = store.critical_projects_of(user.id).await?.len() as u64;
    let granted = store.active_grant(user.id).await?.is_some();
    Ok(eligibility::check(&Facts {
        today,
        campaign_starts_on: campaign.starts_on,
        campaign_ends_on: campaign.ends_on,
        claims_closed: campaign.claims_closed,
        granted,
        codes_left: codes_left as u64,
        critical_roles,
        date_joined: user.date_joined,
        account_cutoff: campaign.account_cutoff,
        has_security_key: user.has_webauthn,
        allow_key_holders: campaign.allow_key_holders,
    }))
}

/// The maintainer's standing in one campaign.
pub async fn standing_in(
    store: &Store,
    user: &User,
    campaign: &Campaign,
    today: NaiveDate,
) -> sqlx::Result<Standing> {
    if let Some(held) = store.held_code(campaign.id, user.id).await? {
        return Ok(Standing::Holds(held));
    }
    Ok(match check_eligibility(store, user, campaign, today).await? {
        Ok(()) => Standing::MayClaim,
        Err(reason) => Standing::Ineligible(reason),
    })
}

/// The campaigns a maintainer's page shows: every one within its dates (open, or closed by an
/// admin, so they read why) and every one they hold a code in. When there are none: the one
/// that ended last (it says it has ended, with its message) and the next one to open. Empty
/// only when there has never been a campaign. Purged campaigns have nothing left to show.
pub async fn standings(store: &Store, user: &User, today: NaiveDate) -> sqlx::Result<Vec<CampaignStanding>> {
    let campaigns: Vec<Campaign> = store
        .campaigns()
        .await?
        .into_iter()
        .filter(|c| c.purged_at.is_none())
        .collect();
    let mut shown = Vec::new();
    for campaign in &campaigns {
        let standing = standing_in(store, user, campaign, today).await?;
        let in_dates = (campaign.starts_on..=campaign.ends_on).contains(&today);
        if in_dates || matches!(standing, Standing::Holds(_)) {
            shown.push(CampaignStanding {
                campaign: campaign.clone(),
                standing,
            });
        }
    }
    if shown.is_empty() {
        let last_ended = campaigns
            .iter()
            .filter(|c| c.ends_on < today)
            .max_by_key(|c| c.ends_on);
        let next = campaigns
            .iter()
            .filter(|c| c.starts_on > today)
            .min_by_key(|c| c.starts_on);
        for campaign in last_ended.into_iter().chain(next) {
            let standing = standing_in(store, user, campaign, today).await?;
            shown.push(CampaignStanding {
                campaign: campaign.clone(),
                standing,
            });
        }
    }
    Ok(shown)
}

/// Why a claim gave no code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClaimRefusal {
    Ineligible(Ineligible),
    BadCountry(CountryError),
    /// A valid country the campaign does not ship to.
    CountryNotServed(Country),
    /// No code is left for that country (others may have some).
    NoneLeftFor(Country),
}

/// Claims a code: re-checks eligibility, validates the declared country, then assigns a code
/// (see [`Store::claim`]). A maintainer who holds a code gets it back, whatever they declare.
pub async fn claim(
    store: &Store,
    user: &User,
    campaign: &Campaign,
    country_input: &str,
    today: NaiveDate,
    now: i64,
) -> sqlx::Result<Result<ClaimOutcome, ClaimRefusal>> {
    if let Some(held) = store.held_code(campaign.id, user.id).await? {
        return Ok(Ok(ClaimOutcome::AlreadyHeld(held)));
    }
    if let Err(reason) = check_eligibility(store, user, campaign, today).await? {
        return Ok(Err(ClaimRefusal::Ineligible(reason)));
    }
    let country = match Country::parse_typed(country_input) {
        Ok(country) => country,
        Err(err) => return Ok(Err(ClaimRefusal::BadCountry(err))),
    };
    if !campaign.country_list().contains(&country) {
        return Ok(Err(ClaimRefusal::CountryNotServed(country)));
    }
    let actor = format!("maintainer {}", user.username);
    Ok(
        match store
            .claim(campaign.id, user.id, country, today, now, &actor)
            .await?
        {
            ClaimOutcome::NoneLeft => Err(ClaimRefusal::NoneLeftFor(country)),
            outcome => Ok(outcome),
        },
    )
}
