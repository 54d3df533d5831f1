//! Who the registry says maintains a project today: the `ownership` object of its project
//! JSON (`GET {registry}/pypi/{project}/json`), and what it means for a maintainer's claim.
//!
//! The shape read (PyPI's JSON API since pypi/warehouse#19525), beside the response's `info`,
//! `releases`, `urls` and the rest, which are ignored:
//!
//! ```json
//! "ownership": {
//!     "roles": [{"role": "Owner", "user": "theacodes"}, {"role": "Maintainer", "user": "pypa-bot"}],
//!     "organization": "pypa"
//! }
//! ```
//!
//! `organization` is `null` for a project no organisation owns. An organisation's members
//! act through the organisation and are not listed in `roles`, so for an organisation's
//! project a maintainer missing from `roles` proves nothing: the imported data decides.

use serde::Deserialize;

/// A project's ownership as the registry answered it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Ownership {
    pub roles: Vec<RoleHolder>,
    #[serde(default)]
    pub organization: Option<String>,
}

/// One account's role on a project.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct RoleHolder {
    pub role: String,
    pub user: String,
}

/// The part of the project JSON the connector reads.
#[derive(Deserialize)]
struct ProjectJson {
    ownership: Ownership,
}

/// Reads a project JSON answer; `None` when it is not JSON or has no `ownership` object of
/// the shape above (an older registry, a proxy's error page): garbage decides nothing.
pub fn parse_project_json(body: &[u8]) -> Option<Ownership> {
    serde_json::from_slice::<ProjectJson>(body)
        .ok()
        .map(|json| json.ownership)
}

/// What the registry says of one maintainer on one project.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProjectRole {
    /// They hold an Owner or Maintainer role today.
    Holds,
    /// They are not among the role holders of a project no organisation owns.
    Lost,
    /// The answer cannot tell: an organisation's project they are not listed on, or no
    /// usable answer at all. The imported data decides.
    Undecided,
}

/// Whether `username` holds an Owner or Maintainer role in `ownership`. Usernames compare
/// without regard to case, as the registry's do.
pub fn role_of(ownership: &Ownership, username: &str) -> ProjectRole {
    let holds = ownership.roles.iter().any(|holder| {
        holder.user.eq_ignore_ascii_case(username) && matches!(holder.role.as_str(), "Owner" | "Maintainer")
    });
    if holds {
        ProjectRole::Holds
    } else if ownership.organization.is_some() {
        ProjectRole::Undecided
    } else {
        ProjectRole::Lost
    }
}

/// What the registry's answers, one per critical project, say of a maintainer's claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// At least one critical role is confirmed today.
    Confirmed,
    /// Every critical project answered, and none lists them any more: no claim.
    LostEveryRole,
    /// Nothing confirmed, nothing ruled out everywhere: the imported data decides.
    Undecided,
}

/// One lost role is not enough to refuse: a claim needs one critical role, so it is refused
/// only when the registry answered for every project and none confirms a role.
pub fn verdict(roles: &[ProjectRole]) -> Verdict {
    if roles.contains(&ProjectRole::Holds) {
        Verdict::Confirmed
    } else if !roles.is_empty() && roles.iter().all(|r| *r == ProjectRole::Lost) {
        Verdict::LostEveryRole
    } else {
        Verdict::Undecided
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"{"info": {"name": "sampleproject"}, "releases": {}, "urls": [],
        "vulnerabilities": [],
        "ownership": {"roles": [{"role": "Owner", "user": "theacodes"},
                                {"role": "Maintainer", "user": "pypa-bot"}],
                      "organization": "pypa"}}"#;

    fn ownership(roles: &[(&str, &str)], organization: Option<&str>) -> Ownership {
        Ownership {
            roles: roles
                .iter()
                .map(|(role, user)| RoleHolder {
                    role: role.to_string(),
                    user: user.to_string(),
                })
                .collect(),
            organization: organization.map(str::to_string),
        }
    }

    #[test]
    fn reads_the_ownership_object_and_ignores_the_rest() {
        let parsed = parse_project_json(SAMPLE.as_bytes()).unwrap();
        assert_eq!(
            parsed,
            ownership(
                &[("Owner", "theacodes"), ("Maintainer", "pypa-bot")],
                Some("pypa")
            )
        );
        let no_org = r#"{"ownership": {"roles": [], "organization": null}}"#;
        assert_eq!(parse_project_json(no_org.as_bytes()), Some(ownership(&[], None)));
    }

    #[test]
    fn garbage_and_other_shapes_read_as_nothing() {
        for body in [
            "",
            "<html>502 Bad Gateway</html>",
            "{\"info\": {}}",
            "{\"ownership\": {\"roles\": \"Owner\"}}",
            "{\"ownership\": {\"roles\": [{\"role\": \"Owner\"}]}}",
            "[1, 2]",
        ] {
            assert_eq!(parse_project_json(body.as_bytes()), None, "{body}");
        }
    }

    #[test]
    fn owner_and_maintainer_count_whatever_the_case_of_the_name() {
        let o = ownership(&[("Owner", "Alice"), ("Maintainer", "bob")], None);
        assert_eq!(role_of(&o, "alice"), ProjectRole::Holds);
        assert_eq!(role_of(&o, "BOB"), ProjectRole::Holds);
        assert_eq!(role_of(&o, "carol"), ProjectRole::Lost);
        // A role of another kind is no critical role.
        let o = ownership(&[("Reader", "carol")], None);
        assert_eq!(role_of(&o, "carol"), ProjectRole::Lost);
    }

    #[test]
    fn an_organisations_project_cannot_rule_a_maintainer_out() {
        let o = ownership(&[("Owner", "alice")], Some("psf"));
        assert_eq!(role_of(&o, "alice"), ProjectRole::Holds);
        assert_eq!(role_of(&o, "dave"), ProjectRole::Undecided);
    }

    #[test]
    fn a_claim_is_refused_only_when_every_project_says_so() {
        use ProjectRole::*;
        assert_eq!(verdict(&[Lost, Holds]), Verdict::Confirmed);
        assert_eq!(verdict(&[Undecided, Holds]), Verdict::Confirmed);
        assert_eq!(verdict(&[Lost, Lost]), Verdict::LostEveryRole);
        assert_eq!(verdict(&[Lost, Undecided]), Verdict::Undecided);
        assert_eq!(verdict(&[]), Verdict::Undecided);
    }
}
