//! The maintainer's side of the giveaway: where they stand in each campaign, and claiming.
//!
//! A claim, top to bottom:
//! 1. `POST /giveaway/claim` ([`crate::web::pages::claim`]) checks the form's CSRF token and
//!    finds the campaign the form names;
//! 2. [`claim`] (here) reads the store once ([`Store::standing_reads`]: the code held, the
//!    eligibility facts, the stock of the offer the form settles on), gives back a code
//!    already held, then re-checks eligibility against the rules, which are pure functions
//!    in [`crate::domain::eligibility`], and validates the declared country
//!    ([`crate::domain::countries`]) against the campaign's;
//!    It then picks the offer: the one the form names, else the only one shipping to that
//!    country, else (several with stock left) the page asks which ([`ClaimRefusal::ChooseOffer`]);
//! 3. [`Store::claim_counted`] (`src/store/claims/`) assigns a code in one transaction,
//!    which also counts the claim against its rate limit and leaves the session's message:
//!    the claim statements and their dialect variants stand beside it, with why no code can
//!    go to two people;
//! 4. the handler redirects to the maintainer's page, or shows the page again with the
//!    refusal beside the form.

use chrono::NaiveDate;

use crate::domain::countries::{Country, CountryError};
use crate::domain::eligibility::{self, Facts, Ineligible};
use crate::domain::phases::{self, Phase};
use crate::registry_live::LiveRegistry;
use crate::store::{
    Campaign, ClaimOutcome, ClaimRequest, CounterRow, CriticalProject, HeldCode, Offer, Released,
    SessionFlash, StandingReads, Store, User,
};

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
    /// Not eligible yet, but the phase of this day would admit them.
    pub admitted_from: Option<NaiveDate>,
    /// The offer of the code they hold, if any.
    pub held_offer_id: Option<i64>,
    /// When a code of theirs in the campaign was last revoked (not handed back), if ever.
    pub last_revoked_at: Option<i64>,
}

/// The facts the eligibility rules need about a maintainer who holds no code in the campaign,
/// from their reads in it, with the rules of the phase in force on `today`.
fn facts_from(
    reads: &StandingReads,
    user: &User,
    campaign: &Campaign,
    schedule: &[Phase],
    today: NaiveDate,
) -> Facts {
    Facts {
        today,
        campaign_starts_on: campaign.starts_on,
        campaign_ends_on: campaign.ends_on,
        claims_closed: campaign.claims_closed,
        granted: reads.granted,
        codes_left: reads.codes_left.max(0) as u64,
        critical_roles: reads.critical_roles.max(0) as u64,
        date_joined: user.date_joined,
        has_security_key: user.has_webauthn,
        has_totp: user.has_totp,
        rules: phases::rules_on(schedule, today),
        // A campaign that lets people claim again never bars them.
        handed_back: !campaign.claim_after_hand_back && reads.handed_back,
    }
}

/// The maintainer's standing in one campaign from their reads in it (see
/// [`Store::standing_reads`]); the campaign's schedule is kept in process.
async fn standing_from(
    store: &Store,
    user: &User,
    campaign: &Campaign,
    today: NaiveDate,
    reads: StandingReads,
) -> sqlx::Result<CampaignStanding> {
    let (standing, admitted_from) = match reads.held.clone() {
        Some(held) => (Standing::Holds(held), None),
        None => {
            let schedule = store.schedule_of(campaign).await?;
            let facts = facts_from(&reads, user, campaign, &schedule, today);
            match eligibility::check(&facts) {
                Ok(()) => (Standing::MayClaim, None),
                Err(reason) => (
                    Standing::Ineligible(reason),
                    eligibility::admitted_from(&facts, &schedule),
                ),
            }
        }
    };
    Ok(CampaignStanding {
        campaign: campaign.clone(),
        standing,
        admitted_from,
        held_offer_id: reads.held_offer_id,
        last_revoked_at: reads.last_revoked_at,
    })
}

/// The maintainer's standing in one campaign, and the day a later phase would admit them if
/// they are not eligible yet: one read of the store.
pub async fn standing_in(
    store: &Store,
    user: &User,
    campaign: &Campaign,
    today: NaiveDate,
) -> sqlx::Result<(Standing, Option<NaiveDate>)> {
    let reads = store.standing_reads(campaign.id, user.id, today, None).await?;
    let shown = standing_from(store, user, campaign, today, reads).await?;
    Ok((shown.standing, shown.admitted_from))
}

/// The campaigns a maintainer's page shows: every one within its dates (open, or closed by an
/// admin, so they read why) and every one they hold a code in. When there are none: the one
/// that ended last (it says it has ended, with its message) and the next one to open. Empty
/// only when there has never been a campaign. Purged campaigns have nothing left to show.
/// With them, the maintainer's critical projects. Read through [`Store::page_reads`] (kept
/// in process for a moment): for a page, never for a claim. `decided_on`, the reads a claim
/// of this request was just answered on, stand in for that campaign's read.
pub async fn standings(
    store: &Store,
    user: &User,
    today: NaiveDate,
    decided_on: Option<&(i64, StandingReads)>,
) -> sqlx::Result<(Vec<CriticalProject>, Vec<CampaignStanding>)> {
    let campaigns: Vec<Campaign> = store
        .campaigns()
        .await?
        .into_iter()
        .filter(|c| c.purged_at.is_none())
        .collect();
    let ids: Vec<i64> = campaigns.iter().map(|c| c.id).collect();
    let (projects, reads) = store.page_reads(user.id, &ids, today, decided_on).await?;
    let mut shown = Vec::new();
    for (campaign, reads) in campaigns.iter().zip(&reads) {
        let in_dates = (campaign.starts_on..=campaign.ends_on).contains(&today);
        // Outside its dates a campaign shows only to a holder.
        if !in_dates && reads.held.is_none() {
            continue;
        }
        shown.push(standing_from(store, user, campaign, today, reads.clone()).await?);
    }
    if shown.is_empty() {
        let last_ended = campaigns
            .iter()
            .zip(&reads)
            .filter(|(c, _)| c.ends_on < today)
            .max_by_key(|(c, _)| c.ends_on);
        let next = campaigns
            .iter()
            .zip(&reads)
            .filter(|(c, _)| c.starts_on > today)
            .min_by_key(|(c, _)| c.starts_on);
        for (campaign, reads) in last_ended.into_iter().chain(next) {
            shown.push(standing_from(store, user, campaign, today, reads.clone()).await?);
        }
    }
    Ok((projects, shown))
}

/// Why a claim gave no code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClaimRefusal {
    Ineligible(Ineligible),
    BadCountry(CountryError),
    /// A valid country no offer of the campaign ships to.
    CountryNotServed(Country),
    /// No code is left for that country (others may have some).
    NoneLeftFor(Country),
    /// The offer the form names is not one of the campaign's, or does not ship there.
    UnknownOffer {
        country: Country,
    },
    /// Several offers ship to the country with codes left: the maintainer picks one.
    ChooseOffer {
        country: Country,
        offers: Vec<Offer>,
    },
    /// The registry says, today, that they hold no Owner or Maintainer role on any critical
    /// project any more (only with `KEYDROP_REGISTRY_URL`).
    RolesGone,
}

/// The countries some offer of the campaign ships to, sorted.
pub fn countries_served(offers: &[Offer]) -> Vec<Country> {
    let mut countries: Vec<Country> = offers.iter().flat_map(Offer::country_list).collect();
    countries.sort_by_key(|c| c.code());
    countries.dedup();
    countries
}

/// The offer a claim takes its code from when no stock decides it: the one the form names
/// (a refusal when it names none shipping to `country`), else the only one shipping there.
/// `None` when several ship there and the form names none.
fn offer_chosen(
    offers: &[Offer],
    country: Country,
    offer_input: Option<&str>,
) -> Option<Result<Offer, ClaimRefusal>> {
    let mut shipping = offers.iter().filter(|o| o.ships_to(country));
    if let Some(name) = offer_input.map(str::trim).filter(|n| !n.is_empty()) {
        return Some(
            shipping
                .find(|o| o.name == name)
                .cloned()
                .ok_or(ClaimRefusal::UnknownOffer { country }),
        );
    }
    match (shipping.next(), shipping.next()) {
        (Some(only), None) => Some(Ok(only.clone())),
        _ => None,
    }
}

/// The offer a claim takes its code from: the one the form names, else the only one shipping
/// to `country`, else the only one of those with codes left ([`offer_chosen`]). Stock is
/// counted only when several offers ship to the country and the form names none, so the
/// usual claim (one offer, or an offer chosen) adds no count to its path.
async fn offer_for_claim(
    store: &Store,
    offers: &[Offer],
    country: Country,
    offer_input: Option<&str>,
    today: NaiveDate,
) -> sqlx::Result<Result<Offer, ClaimRefusal>> {
    if let Some(chosen) = offer_chosen(offers, country, offer_input) {
        return Ok(chosen);
    }
    let shipping = offers.iter().filter(|o| o.ships_to(country)).cloned();
    let mut stocked = Vec::new();
    for offer in shipping {
        if store.codes_left_for_offer(offer.id, Some(country), today).await? > 0 {
            stocked.push(offer);
        }
    }
    Ok(match stocked.len() {
        0 => Err(ClaimRefusal::NoneLeftFor(country)),
        1 => Ok(stocked.remove(0)),
        _ => Err(ClaimRefusal::ChooseOffer {
            country,
            offers: stocked,
        }),
    })
}

/// What a maintainer declared on the claim form: the country the keys ship to, as typed, and
/// the offer chosen, when the form asked for one.
#[derive(Debug, Clone, Copy)]
pub struct Declared<'a> {
    pub country: &'a str,
    pub offer: Option<&'a str>,
}

/// How a claim is made: on which day and second, and what its transaction writes beside the
/// code.
#[derive(Debug, Clone, Copy)]
pub struct Claiming<'a> {
    pub today: NaiveDate,
    pub now: i64,
    /// A message left for the session by the transaction that assigns a code.
    pub flash: Option<SessionFlash<'a>>,
    /// The claim's rate-limit counter, counted by the claim's transaction when it gets that
    /// far (see [`ClaimAnswer::hits`]).
    pub counter: Option<CounterRow<'a>>,
}

/// What a claim came to, and whether its transaction counted it.
#[derive(Debug, Clone)]
pub struct ClaimAnswer {
    pub result: Result<ClaimOutcome, ClaimRefusal>,
    /// The rate-limit window's count, this claim included, when the claim's transaction
    /// counted it; `None` when the claim ended before (the caller counts it then).
    pub hits: Option<i64>,
    /// The maintainer's reads in the campaign that decided the answer, when nothing was
    /// written after them: the page explaining a refusal shows them rather than reading
    /// the same row again (see [`standings`]).
    pub decided_on: Option<(i64, StandingReads)>,
}

impl ClaimAnswer {
    /// An answer decided on `reads` of the campaign `campaign_id`, before any transaction.
    fn uncounted(
        (campaign_id, reads): (i64, &StandingReads),
        result: Result<ClaimOutcome, ClaimRefusal>,
    ) -> ClaimAnswer {
        ClaimAnswer {
            result,
            hits: None,
            decided_on: Some((campaign_id, reads.clone())),
        }
    }
}

/// Claims a code: re-checks eligibility, validates the declared country, picks the offer (see
/// [`offer_for_claim`]), then assigns a code of it (see [`Store::claim_counted`]). A maintainer
/// who holds a code gets it back, whatever they declare. With `live` (KEYDROP_REGISTRY_URL),
/// the registry is asked too. Before the claim's transaction the store is read once: the
/// code held, the eligibility facts and the stock of the offer the form settles on, together
/// ([`Store::standing_reads`]); campaigns, offers and phases are kept in process.
pub async fn claim(
    store: &Store,
    live: Option<&LiveRegistry>,
    user: &User,
    campaign: &Campaign,
    declared: Declared<'_>,
    claiming: Claiming<'_>,
) -> sqlx::Result<ClaimAnswer> {
    let today = claiming.today;
    let offers = store.offers_of(campaign.id).await?;
    let country = Country::parse_typed(declared.country);
    // The offer known without counting, so that its stock is read with the rest.
    let offer_in =
        country
            .as_ref()
            .ok()
            .and_then(|&country| match offer_chosen(&offers, country, declared.offer) {
                Some(Ok(offer)) => Some((offer.id, country)),
                _ => None,
            });
    let reads = store
        .standing_reads(campaign.id, user.id, today, offer_in)
        .await?;
    let read = (campaign.id, &reads);
    if let Some(held) = reads.held.clone() {
        return Ok(ClaimAnswer::uncounted(read, Ok(ClaimOutcome::AlreadyHeld(held))));
    }
    let schedule = store.schedule_of(campaign).await?;
    if let Err(reason) = eligibility::check(&facts_from(&reads, user, campaign, &schedule, today)) {
        return Ok(ClaimAnswer::uncounted(
            read,
            Err(ClaimRefusal::Ineligible(reason)),
        ));
    }
    // Who maintains the projects today, by the registry's own word: asked before the claim's
    // transaction, never inside it (src/registry_live.rs: time-outs, cache, fallback).
    if let Some(live) = live
        && crate::registry_live::lost_every_role(live, store, user).await?
    {
        return Ok(ClaimAnswer::uncounted(read, Err(ClaimRefusal::RolesGone)));
    }
    let country = match country {
        Ok(country) => country,
        Err(err) => return Ok(ClaimAnswer::uncounted(read, Err(ClaimRefusal::BadCountry(err)))),
    };
    if !countries_served(&offers).contains(&country) {
        return Ok(ClaimAnswer::uncounted(
            read,
            Err(ClaimRefusal::CountryNotServed(country)),
        ));
    }
    let offer = match offer_for_claim(store, &offers, country, declared.offer, today).await? {
        Ok(offer) => offer,
        Err(refusal) => return Ok(ClaimAnswer::uncounted(read, Err(refusal))),
    };
    let actor = format!("maintainer {}", user.username);
    let request = ClaimRequest {
        campaign_id: campaign.id,
        offer_id: offer.id,
        user_id: user.id,
        country,
        today,
        now: claiming.now,
        actor: &actor,
        flash: claiming.flash,
        stock: reads
            .offer_stock
            .filter(|_| offer_in == Some((offer.id, country))),
        counter: claiming.counter,
    };
    let counted = store.claim_counted(&request).await?;
    // A stock read as empty sends no claim to a transaction: the reads still hold.
    let nothing_written = request.stock.is_some_and(|stock| stock.total() == 0);
    Ok(ClaimAnswer {
        result: match counted.outcome {
            ClaimOutcome::NoneLeft => Err(ClaimRefusal::NoneLeftFor(country)),
            outcome => Ok(outcome),
        },
        hits: counted.hits,
        decided_on: nothing_written.then(|| (campaign.id, reads.clone())),
    })
}

/// Hands back the code the maintainer holds in the campaign, while it is unused: back to stock
/// or retired, as the campaign says. `None` when they hold no unused code (handed back
/// already, used, expired or revoked).
pub async fn hand_back(
    store: &Store,
    user: &User,
    campaign: &Campaign,
    now: i64,
) -> sqlx::Result<Option<Released>> {
    let actor = format!("maintainer {}", user.username);
    store.release_code(campaign, user.id, now, &actor).await
}
