//! Whether a maintainer may claim a code in a campaign: one ordered list of reasons, used by
//! every page that explains eligibility.

use chrono::NaiveDate;

use super::phases::{self, Phase, Rules};

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
    pub has_security_key: bool,
    pub has_totp: bool,
    /// The rules of the phase in force (see [`crate::domain::phases`]).
    pub rules: Rules,
    /// The maintainer handed a code of this campaign back, and the campaign does not let
    /// them claim again.
    pub handed_back: bool,
    /// An admin granted eligibility by hand (to someone behind a team or organisation
    /// account, say): the maintainer's own checks are then passed.
    pub granted: bool,
}

/// Why a maintainer cannot claim a code, in the order the checks are made. The wording lives
/// in the templates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ineligible {
    Closed,
    NotOpenYet {
        starts_on: NaiveDate,
    },
    Ended {
        ended_on: NaiveDate,
    },
    NoCodesLeft,
    NoCriticalRole,
    AccountTooNew {
        joined: NaiveDate,
        cutoff: NaiveDate,
    },
    HasSecurityKey,
    /// The phase in force leaves out maintainers who already use TOTP.
    HasTotp,
    /// They handed their code back, and the campaign does not let them claim again.
    HandedBack,
}

impl Ineligible {
    /// True for the reasons that are the maintainer's own (not the campaign's state): those
    /// a later phase may lift.
    pub fn is_about_the_maintainer(&self) -> bool {
        matches!(
            self,
            Ineligible::NoCriticalRole
                | Ineligible::AccountTooNew { .. }
                | Ineligible::HasSecurityKey
                | Ineligible::HasTotp
        )
    }
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
    // A code handed back is not made good by a grant: it was this person's choice.
    if facts.handed_back {
        return Err(Ineligible::HandedBack);
    }
    if facts.granted {
        return Ok(());
    }
    let rules = &facts.rules;
    if rules.require_critical && facts.critical_roles == 0 {
        return Err(Ineligible::NoCriticalRole);
    }
    if let Some(cutoff) = rules.account_cutoff
        && facts.date_joined > cutoff
    {
        return Err(Ineligible::AccountTooNew {
            joined: facts.date_joined,
            cutoff,
        });
    }
    if facts.has_security_key && !rules.allow_key_holders {
        return Err(Ineligible::HasSecurityKey);
    }
    if facts.has_totp && !facts.has_security_key && rules.exclude_totp {
        return Err(Ineligible::HasTotp);
    }
    Ok(())
}

/// For a maintainer refused for a reason of their own, the first day of a phase still to come
/// (within the campaign's dates) whose rules would admit them, if one would.
pub fn admitted_from(facts: &Facts, phases: &[Phase]) -> Option<NaiveDate> {
    if !check(facts).is_err_and(|reason| reason.is_about_the_maintainer()) {
        return None;
    }
    phases::upcoming(phases, facts.today)
        .filter(|phase| phase.from <= facts.campaign_ends_on)
        .find(|phase| {
            check(&Facts {
                today: phase.from,
                rules: phase.rules,
                ..facts.clone()
            })
            .is_ok()
        })
        .map(|phase| phase.from)
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
            has_security_key: false,
            has_totp: false,
            rules: Rules {
                require_critical: true,
                exclude_totp: false,
                allow_key_holders: false,
                account_cutoff: Some(day("2026-01-01")),
            },
            handed_back: false,
            claims_closed: false,
            granted: false,
        }
    }

    fn with_rules(change: impl FnOnce(&mut Rules)) -> Facts {
        let mut facts = eligible();
        change(&mut facts.rules);
        facts
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
            date_joined: day("2026-11-20"),
            ..with_rules(|r| r.account_cutoff = None)
        };
        assert_eq!(check(&no_cutoff), Ok(()));
        let key_holders_allowed = Facts {
            has_security_key: true,
            ..with_rules(|r| r.allow_key_holders = true)
        };
        assert_eq!(check(&key_holders_allowed), Ok(()));
        let anyone = Facts {
            critical_roles: 0,
            ..with_rules(|r| r.require_critical = false)
        };
        assert_eq!(check(&anyone), Ok(()));
    }

    #[test]
    fn totp_users_are_left_out_only_when_the_phase_says_so() {
        let totp_user = Facts {
            has_totp: true,
            ..eligible()
        };
        assert_eq!(check(&totp_user), Ok(()));
        let excluded = Facts {
            has_totp: true,
            ..with_rules(|r| r.exclude_totp = true)
        };
        assert_eq!(check(&excluded), Err(Ineligible::HasTotp));
    }

    #[test]
    fn a_code_handed_back_bars_even_a_grant() {
        let back = Facts {
            handed_back: true,
            granted: true,
            ..eligible()
        };
        assert_eq!(check(&back), Err(Ineligible::HandedBack));
        assert!(!Ineligible::HandedBack.is_about_the_maintainer());
    }

    #[test]
    fn a_later_phase_that_would_admit_is_found() {
        use crate::domain::phases::{PhaseChange, schedule};
        let base = eligible().rules;
        let phases = schedule(
            day("2026-11-01"),
            base,
            &[
                (
                    day("2026-12-01"),
                    PhaseChange {
                        allow_key_holders: Some(true),
                        ..PhaseChange::default()
                    },
                ),
                (
                    day("2026-12-15"),
                    PhaseChange {
                        account_cutoff: Some(None),
                        ..PhaseChange::default()
                    },
                ),
            ],
        );
        let key_holder = Facts {
            has_security_key: true,
            ..eligible()
        };
        assert_eq!(admitted_from(&key_holder, &phases), Some(day("2026-12-01")));
        // Too new and a key holder: only once both rules are lifted.
        let new_key_holder = Facts {
            date_joined: day("2026-06-01"),
            ..key_holder.clone()
        };
        assert_eq!(admitted_from(&new_key_holder, &phases), Some(day("2026-12-15")));
        // No phase lifts the critical-role rule.
        let outsider = Facts {
            critical_roles: 0,
            ..eligible()
        };
        assert_eq!(admitted_from(&outsider, &phases), None);
        // Not for the campaign's own reasons, nor for someone already eligible.
        let no_stock = Facts {
            codes_left: 0,
            ..key_holder.clone()
        };
        assert_eq!(admitted_from(&no_stock, &phases), None);
        assert_eq!(admitted_from(&eligible(), &phases), None);
        // A phase after the campaign's last day admits nobody.
        let short = Facts {
            campaign_ends_on: day("2026-11-30"),
            ..key_holder
        };
        assert_eq!(admitted_from(&short, &phases), None);
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
