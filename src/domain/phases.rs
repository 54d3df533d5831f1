//! A campaign's phases: its eligibility rules, and the dates on which they change.
//!
//! The campaign's own settings are its first phase, from its first day. Each scheduled phase
//! changes some rules from its day on and leaves the others as they were; the rules in force
//! on a day are the campaign's, changed by every phase whose day has come, in date order.

use chrono::NaiveDate;

/// The rules that decide who may claim (the campaign's dates and stock aside).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Rules {
    /// Only Owners and Maintainers of critical projects may claim.
    pub require_critical: bool,
    /// Maintainers who already use TOTP are left out (they have a second factor).
    pub exclude_totp: bool,
    /// Maintainers who already use a security key may claim too.
    pub allow_key_holders: bool,
    /// Accounts created after this day may not claim.
    pub account_cutoff: Option<NaiveDate>,
}

/// A scheduled change of the rules: each `Some` replaces the rule in force before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PhaseChange {
    pub require_critical: Option<bool>,
    pub exclude_totp: Option<bool>,
    pub allow_key_holders: Option<bool>,
    /// `Some(None)` drops the account cutoff; `Some(Some(day))` sets a new one.
    pub account_cutoff: Option<Option<NaiveDate>>,
}

impl PhaseChange {
    /// True when the change changes nothing (such a phase is refused).
    pub fn is_empty(&self) -> bool {
        *self == PhaseChange::default()
    }
}

impl Rules {
    /// These rules with `change` made.
    pub fn changed_by(self, change: &PhaseChange) -> Rules {
        Rules {
            require_critical: change.require_critical.unwrap_or(self.require_critical),
            exclude_totp: change.exclude_totp.unwrap_or(self.exclude_totp),
            allow_key_holders: change.allow_key_holders.unwrap_or(self.allow_key_holders),
            account_cutoff: change.account_cutoff.unwrap_or(self.account_cutoff),
        }
    }
}

/// Why a phase cannot be scheduled.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhaseProblem {
    #[error(
        "a phase changes one rule at least: require-critical, exclude-totp, allow-key-holders or account-cutoff"
    )]
    ChangesNothing,
    #[error(
        "a phase starts after the campaign's first day ({starts_on}) and on or before its last ({ends_on})"
    )]
    OutsideCampaign {
        starts_on: NaiveDate,
        ends_on: NaiveDate,
    },
    #[error("the account cutoff must be a date like 2022-07-01, or none; not {0:?}")]
    BadCutoff(String),
    #[error("the campaign has a phase from {0} already")]
    Taken(NaiveDate),
}

/// Checks a phase of a campaign open from `starts_on` to `ends_on`: it must change something,
/// within the campaign's dates (after its first day: the first phase is the campaign's own).
pub fn check_phase(
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    from: NaiveDate,
    change: &PhaseChange,
) -> Result<(), PhaseProblem> {
    if change.is_empty() {
        return Err(PhaseProblem::ChangesNothing);
    }
    if from <= starts_on || from > ends_on {
        return Err(PhaseProblem::OutsideCampaign { starts_on, ends_on });
    }
    Ok(())
}

/// Reads an account cutoff change as given: blank keeps the cutoff, `none` drops it, a date
/// sets it.
pub fn parse_cutoff_change(input: &str) -> Result<Option<Option<NaiveDate>>, PhaseProblem> {
    match input.trim() {
        "" => Ok(None),
        none if none.eq_ignore_ascii_case("none") => Ok(Some(None)),
        day => day
            .parse::<NaiveDate>()
            .map(|d| Some(Some(d)))
            .map_err(|_| PhaseProblem::BadCutoff(day.to_string())),
    }
}

/// One step of a campaign's schedule: from `from` on, `rules` are in force.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Phase {
    pub from: NaiveDate,
    pub rules: Rules,
}

/// The whole schedule: the campaign's own rules from `starts_on`, then each change (in any
/// order) applied on top of the rules before it, in date order. A change dated on or before
/// `starts_on` changes the first phase itself.
pub fn schedule(starts_on: NaiveDate, base: Rules, changes: &[(NaiveDate, PhaseChange)]) -> Vec<Phase> {
    let mut sorted: Vec<&(NaiveDate, PhaseChange)> = changes.iter().collect();
    sorted.sort_by_key(|(day, _)| *day);
    let mut phases = vec![Phase {
        from: starts_on,
        rules: base,
    }];
    for (day, change) in sorted {
        let last = phases.last_mut().expect("the first phase is always there");
        let rules = last.rules.changed_by(change);
        if *day <= last.from {
            last.rules = rules;
        } else {
            phases.push(Phase { from: *day, rules });
        }
    }
    phases
}

/// The rules in force on `day`: those of the latest phase whose day has come (the first
/// phase's before the campaign starts).
pub fn rules_on(phases: &[Phase], day: NaiveDate) -> Rules {
    phases
        .iter()
        .rev()
        .find(|p| p.from <= day)
        .or(phases.first())
        .map(|p| p.rules)
        .expect("a schedule has a first phase")
}

/// The phases still to come after `day`, in date order.
pub fn upcoming(phases: &[Phase], day: NaiveDate) -> impl Iterator<Item = &Phase> {
    phases.iter().filter(move |p| p.from > day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn base() -> Rules {
        Rules {
            require_critical: true,
            exclude_totp: true,
            allow_key_holders: false,
            account_cutoff: None,
        }
    }

    #[test]
    fn the_latest_phase_whose_day_has_come_is_in_force() {
        // PyPI's two widenings: TOTP users first, then any account created before a date.
        let totp_welcome = PhaseChange {
            exclude_totp: Some(false),
            ..PhaseChange::default()
        };
        let anyone_old_enough = PhaseChange {
            require_critical: Some(false),
            account_cutoff: Some(Some(day("2022-07-01"))),
            ..PhaseChange::default()
        };
        // Given out of order on purpose.
        let phases = schedule(
            day("2022-07-08"),
            base(),
            &[
                (day("2022-09-01"), anyone_old_enough),
                (day("2022-08-01"), totp_welcome),
            ],
        );
        assert_eq!(phases.len(), 3);
        assert_eq!(rules_on(&phases, day("2022-07-31")), base());
        assert_eq!(
            rules_on(&phases, day("2022-08-01")),
            Rules {
                exclude_totp: false,
                ..base()
            }
        );
        // The second change keeps the first one's TOTP rule.
        assert_eq!(
            rules_on(&phases, day("2022-09-02")),
            Rules {
                exclude_totp: false,
                require_critical: false,
                account_cutoff: Some(day("2022-07-01")),
                ..base()
            }
        );
        // Before the campaign starts, its own rules.
        assert_eq!(rules_on(&phases, day("2022-01-01")), base());
        let later: Vec<NaiveDate> = upcoming(&phases, day("2022-08-01")).map(|p| p.from).collect();
        assert_eq!(later, vec![day("2022-09-01")]);
    }

    #[test]
    fn a_change_on_the_first_day_changes_the_first_phase() {
        let phases = schedule(
            day("2026-12-01"),
            base(),
            &[(
                day("2026-11-01"),
                PhaseChange {
                    allow_key_holders: Some(true),
                    ..PhaseChange::default()
                },
            )],
        );
        assert_eq!(phases.len(), 1);
        assert!(phases[0].rules.allow_key_holders);
    }

    #[test]
    fn phases_are_checked_against_the_campaign() {
        let (starts, ends) = (day("2026-11-01"), day("2026-12-31"));
        let change = PhaseChange {
            exclude_totp: Some(false),
            ..PhaseChange::default()
        };
        assert_eq!(check_phase(starts, ends, day("2026-11-02"), &change), Ok(()));
        assert_eq!(check_phase(starts, ends, day("2026-12-31"), &change), Ok(()));
        for outside in ["2026-11-01", "2027-01-01"] {
            assert_eq!(
                check_phase(starts, ends, day(outside), &change),
                Err(PhaseProblem::OutsideCampaign {
                    starts_on: starts,
                    ends_on: ends
                })
            );
        }
        assert_eq!(
            check_phase(starts, ends, day("2026-11-02"), &PhaseChange::default()),
            Err(PhaseProblem::ChangesNothing)
        );
        assert_eq!(parse_cutoff_change(" "), Ok(None));
        assert_eq!(parse_cutoff_change("None"), Ok(Some(None)));
        assert_eq!(
            parse_cutoff_change("2022-07-01"),
            Ok(Some(Some(day("2022-07-01"))))
        );
        assert_eq!(
            parse_cutoff_change("July"),
            Err(PhaseProblem::BadCutoff("July".into()))
        );
    }

    #[test]
    fn a_phase_can_drop_the_cutoff() {
        let with_cutoff = Rules {
            account_cutoff: Some(day("2026-01-01")),
            ..base()
        };
        let dropped = with_cutoff.changed_by(&PhaseChange {
            account_cutoff: Some(None),
            ..PhaseChange::default()
        });
        assert_eq!(dropped.account_cutoff, None);
        assert_eq!(with_cutoff.changed_by(&PhaseChange::default()), with_cutoff);
        assert!(PhaseChange::default().is_empty());
    }
}
