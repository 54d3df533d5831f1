//! The end of a campaign: an anonymised archive of its counts, then the purge of its
//! personal data (`keydrop campaign archive NAME`, then `keydrop campaign purge NAME`).

use chrono::NaiveDate;

use crate::store::{Campaign, CampaignArchive, HeldCodes, Store};

/// Why a campaign cannot be archived yet.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ArchiveRefusal {
    #[error("the campaign runs until {ends_on}: archive it after its end (or close its claims first)")]
    NotFinished { ends_on: NaiveDate },
    #[error(
        "{} codes are still held and may yet be redeemed; they expire by {}",
        .0.count,
        .0.last_expiry.map(|d| d.to_string()).unwrap_or_default()
    )]
    CodesHeld(HeldCodes),
    #[error("the campaign was purged already: its archive was made before")]
    Purged,
}

/// The rule: a campaign is archived once it is over (past its last day, or closed by an
/// admin) and no code is still in a holder's hands, so the counts are final.
pub fn may_archive(campaign: &Campaign, today: NaiveDate, held: HeldCodes) -> Result<(), ArchiveRefusal> {
    if campaign.purged_at.is_some() {
        return Err(ArchiveRefusal::Purged);
    }
    if today <= campaign.ends_on && !campaign.claims_closed {
        return Err(ArchiveRefusal::NotFinished {
            ends_on: campaign.ends_on,
        });
    }
    if held.count > 0 {
        return Err(ArchiveRefusal::CodesHeld(held));
    }
    Ok(())
}

/// Gathers a finished campaign's counts and stores them as its archive. Answers the
/// archive's id and contents, or why the campaign is not finished.
pub async fn archive(
    store: &Store,
    campaign: &Campaign,
    today: NaiveDate,
    now: i64,
    actor: &str,
) -> anyhow::Result<Result<(i64, CampaignArchive), ArchiveRefusal>> {
    if let Err(refusal) = may_archive(campaign, today, store.held_codes(campaign.id).await?) {
        return Ok(Err(refusal));
    }
    let stats = store.campaign_stats(campaign).await?;
    let archive = CampaignArchive {
        campaign: campaign.name.clone(),
        starts_on: campaign.starts_on,
        ends_on: campaign.ends_on,
        countries: campaign.countries.clone(),
        keys_per_code: campaign.keys_per_code,
        people: store.campaign_people(campaign, today).await?,
        batches: stats.batches,
        claims_by_country: stats.countries,
        activity: store.activity_counts(campaign.id).await?,
        keys_in_use: store.keys_in_use(campaign.id).await?,
    };
    let id = store.save_archive(campaign, &archive, now, actor).await?;
    Ok(Ok((id, archive)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn campaign(ends_on: &str, closed: bool) -> Campaign {
        Campaign {
            id: 1,
            name: "Titan".into(),
            countries: "DE".into(),
            starts_on: "2026-01-01".parse().unwrap(),
            ends_on: ends_on.parse().unwrap(),
            store_url: None,
            keys_per_code: 2,
            account_cutoff: None,
            allow_key_holders: false,
            created_at: 0,
            claims_closed: closed,
            ended_message: None,
            purged_at: None,
            fulfilment: "vendor".into(),
            product_name: None,
            unit_amount: None,
            currency: None,
            stripe_coupon_id: None,
            require_critical: true,
            exclude_totp: false,
            handed_back: "retire".into(),
            claim_after_hand_back: false,
        }
    }

    const NONE_HELD: HeldCodes = HeldCodes {
        count: 0,
        last_expiry: None,
    };

    #[test]
    fn archives_after_the_last_day_or_once_closed() {
        let today: NaiveDate = "2026-03-01".parse().unwrap();
        assert_eq!(
            may_archive(&campaign("2026-03-01", false), today, NONE_HELD),
            Err(ArchiveRefusal::NotFinished { ends_on: today })
        );
        assert_eq!(
            may_archive(&campaign("2026-02-28", false), today, NONE_HELD),
            Ok(())
        );
        assert_eq!(
            may_archive(&campaign("2026-12-31", true), today, NONE_HELD),
            Ok(())
        );
    }

    #[test]
    fn waits_for_held_codes_and_refuses_after_a_purge() {
        let today: NaiveDate = "2026-03-01".parse().unwrap();
        let held = HeldCodes {
            count: 3,
            last_expiry: Some("2026-04-30".parse().unwrap()),
        };
        let refusal = may_archive(&campaign("2026-02-01", false), today, held).unwrap_err();
        assert_eq!(refusal, ArchiveRefusal::CodesHeld(held));
        assert!(refusal.to_string().contains("3 codes are still held"));
        assert!(refusal.to_string().contains("2026-04-30"));
        let purged = Campaign {
            purged_at: Some(5),
            ..campaign("2026-02-01", false)
        };
        assert_eq!(
            may_archive(&purged, today, NONE_HELD),
            Err(ArchiveRefusal::Purged)
        );
    }
}
