//! Whether a maintainer may claim a code in a campaign: one ordered list of reasons, used by
//! every page that explains eligibility.

use chrono::NaiveDate;

/// What the eligibility check needs to know about a campaign and a maintainer.
#[derive(Debug, Clone)]
pub struct Facts {
    pub today: NaiveDate,
    pub campaign_starts_on: NaiveDate,
    pub campaign_ends_on: NaiveDate,
    /// An admin closed claims at once (the kill switch).
    pub claims_closed: bool,
    /// Unexpired codes still available in the campaign, for any country.
    pub codes_left: u64,
    /// Owner or Maintainer roles the maintainer holds on critical projects.
    pub critical_roles: u64,
    pub date_joined: NaiveDate,
    /// Accounts created after this day are too new (the rule is optional).
    pub account_cutoff: Option<NaiveDate>,
    pub has_security_key: bool,
    pub allow_key_holders: bool,
    /// An admin granted eligibility by hand (to someone behind a team or organisation
    /// account, say): the maintainer's own checks are then passed.
    pub granted: bool,
}

/// Why a maintainer cannot claim a code, in the order the checks are made. The wording lives
/// in the templates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ineligible {
    Closed,
    NotOpenYet { starts_on: NaiveDate },
    Ended { ended_on: NaiveDate },
    NoCodesLeft,
    NoCriticalRole,
    AccountTooNew { joined: NaiveDate, cutoff: NaiveDate },
    HasSecurityKey,
}

/// Checks the rules in a fixed order and answers the first that fails: first the campaign
/// (closed by an admin? open? stock?), then the maintainer (role on a critical project, account
/// age, existing key), unless an admin granted eligibility by hand.
pub fn check(facts: &Facts) -> Result<(), Ineligible> {
    if facts.claims_closed {
        return Err(Ineligible::Closed);
    }
    if facts.today < facts.campaign_starts_on {
        return Err(Ineligible::NotOpenYet {
            starts_on: facts.campaign_starts_on,
        });
    }
    if facts.today > facts.campaign_ends_on {
        return Err(Ineligible::Ended {
            ended_on: facts.campaign_ends_on,
        });
    }
    if facts.codes_left == 0 {
        return Err(Ineligible::NoCodesLeft);
    }
    if facts.granted {
        return Ok(());
    }
    if facts.critical_roles == 0 {
        return Err(Ineligible::NoCriticalRole);
    }
    if let Some(cutoff) = facts.account_cutoff
        && facts.date_joined > cutoff
    {
        return Err(Ineligible::AccountTooNew {
            joined: facts.date_joined,
            cutoff,
        });
    }
    if facts.has_security_key && !facts.allow_key_holders {
        return Err(Ineligible::HasSecurityKey);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn eligible() -> Facts {
        Facts {
            today: day("2026-11-23"),
            campaign_starts_on: day("2026-11-01"),
            campaign_ends_on: day("2026-12-31"),
            codes_left: 10,
            critical_roles: 1,
            date_joined: day("2020-05-05"),
            account_cutoff: Some(day("2026-01-01")),
            has_security_key: false,
            allow_key_holders: false,
            claims_closed: false,
            granted: false,
        }
    }

    #[test]
    fn an_eligible_maintainer_passes() {
        assert_eq!(check(&eligible()), Ok(()));
        // The open window includes its first and last day.
        assert_eq!(
            check(&Facts {
                today: day("2026-11-01"),
                ..eligible()
            }),
            Ok(())
        );
        assert_eq!(
            check(&Facts {
                today: day("2026-12-31"),
                ..eligible()
            }),
            Ok(())
        );
    }

    #[test]
    fn each_rule_fails_on_its_own() {
        let cases = [
            (
                Facts {
                    today: day("2026-10-31"),
                    ..eligible()
                },
                Ineligible::NotOpenYet {
                    starts_on: day("2026-11-01"),
                },
            ),
            (
                Facts {
                    today: day("2027-01-01"),
                    ..eligible()
                },
                Ineligible::Ended {
                    ended_on: day("2026-12-31"),
                },
            ),
            (
                Facts {
                    codes_left: 0,
                    ..eligible()
                },
                Ineligible::NoCodesLeft,
            ),
            (
                Facts {
                    critical_roles: 0,
                    ..eligible()
                },
                Ineligible::NoCriticalRole,
            ),
            (
                Facts {
                    date_joined: day("2026-01-02"),
                    ..eligible()
                },
                Ineligible::AccountTooNew {
                    joined: day("2026-01-02"),
                    cutoff: day("2026-01-01"),
                },
            ),
            (
                Facts {
                    has_security_key: true,
                    ..eligible()
                },
                Ineligible::HasSecurityKey,
            ),
        ];
        for (facts, reason) in cases {
            assert_eq!(check(&facts), Err(reason));
        }
    }

    #[test]
    fn reasons_come_in_a_fixed_order() {
        // Everything wrong at once: the campaign's state is told first, then stock, then the
        // maintainer's own situation.
        let all_wrong = Facts {
            today: day("2027-02-01"),
            codes_left: 0,
            critical_roles: 0,
            date_joined: day("2026-06-01"),
            has_security_key: true,
            ..eligible()
        };
        assert!(matches!(check(&all_wrong), Err(Ineligible::Ended { .. })));
        let open = Facts {
            today: day("2026-11-23"),
            ..all_wrong.clone()
        };
        assert_eq!(check(&open), Err(Ineligible::NoCodesLeft));
        let stocked = Facts {
            codes_left: 5,
            ..open
        };
        assert_eq!(check(&stocked), Err(Ineligible::NoCriticalRole));
        let maintainer = Facts {
            critical_roles: 2,
            ..stocked
        };
        assert!(matches!(
            check(&maintainer),
            Err(Ineligible::AccountTooNew { .. })
        ));
        let old_account = Facts {
            date_joined: day("2019-01-01"),
            ..maintainer
        };
        assert_eq!(check(&old_account), Err(Ineligible::HasSecurityKey));
    }

    #[test]
    fn optional_rules_can_be_switched_off() {
        let no_cutoff = Facts {
            account_cutoff: None,
            date_joined: day("2026-11-20"),
            ..eligible()
        };
        assert_eq!(check(&no_cutoff), Ok(()));
        let key_holders_allowed = Facts {
            has_security_key: true,
            allow_key_holders: true,
            ..eligible()
        };
        assert_eq!(check(&key_holders_allowed), Ok(()));
    }

    #[test]
    fn the_kill_switch_comes_before_everything() {
        let closed = Facts {
            claims_closed: true,
            today: day("2027-02-01"),
            codes_left: 0,
            ..eligible()
        };
        assert_eq!(check(&closed), Err(Ineligible::Closed));
    }

    #[test]
    fn a_grant_passes_the_maintainer_checks_but_not_the_campaign_ones() {
        let outsider = Facts {
            critical_roles: 0,
            date_joined: day("2026-11-01"),
            has_security_key: true,
            granted: true,
            ..eligible()
        };
        assert_eq!(check(&outsider), Ok(()));
        assert_eq!(
            check(&Facts {
                granted: false,
                ..outsider.clone()
            }),
            Err(Ineligible::NoCriticalRole)
        );
        assert_eq!(
            check(&Facts {
                codes_left: 0,
                ..outsider.clone()
            }),
            Err(Ineligible::NoCodesLeft)
        );
        assert_eq!(
            check(&Facts {
                claims_closed: true,
                ..outsider
            }),
            Err(Ineligible::Closed)
        );
    }
}
