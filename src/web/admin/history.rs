//! A code's history in the page's language. The audit log keeps its entries in English, as
//! the service wrote them (the CLI and the exports show them so); the code page puts the
//! actors and the details the service writes itself into words of the page's language.
//! Anything else (a reason an admin typed, an entry of a kind not known here) is shown as
//! recorded.

use crate::i18n::Lang;

/// Who acted, in `lang`: "maintainer alice", "admin bob", "command line (ops@keys-1)",
/// "Stripe", "system", "API token 3 (deploy)".
pub(super) fn actor(lang: Lang, recorded: &str) -> String {
    if let Some(username) = recorded.strip_prefix("maintainer ") {
        return lang.t_args("admin-history-actor-maintainer", &[("name", username.into())]);
    }
    if let Some(username) = recorded.strip_prefix("admin ") {
        return lang.t_args("admin-history-actor-admin", &[("name", username.into())]);
    }
    if let Some(token) = recorded.strip_prefix("api token ") {
        return lang.t_args("admin-history-actor-api-token", &[("token", token.into())]);
    }
    if let Some(who) = recorded
        .strip_prefix("command line (")
        .and_then(|rest| rest.strip_suffix(')'))
    {
        return lang.t_args("admin-history-actor-command-line-of", &[("who", who.into())]);
    }
    match recorded {
        "command line" => lang.t("admin-history-actor-command-line"),
        "system" => lang.t("admin-history-actor-system"),
        "stripe" => lang.t("admin-history-actor-stripe"),
        _ => recorded.to_string(),
    }
}

/// What the entry says besides its action, in `lang`, for the details the service writes
/// (src/store/claims/, codes.rs, releases.rs).
pub(super) fn detail(lang: Lang, action: &str, recorded: &str) -> String {
    match (action, recorded) {
        ("code.claim", _) => match recorded.strip_prefix("declared country ") {
            Some(country) => lang.t_args(
                "admin-history-detail-declared-country",
                &[("country", country.into())],
            ),
            None => recorded.to_string(),
        },
        ("code.redeem", "reported by the holder") => lang.t("admin-history-detail-reported-by-holder"),
        ("code.redeem", "marked by an admin") => lang.t("admin-history-detail-marked-by-admin"),
        ("code.hand-back", "handed back by its holder: restocked") => {
            lang.t("admin-history-detail-handed-back-restocked")
        }
        ("code.hand-back", "handed back by its holder: retired") => {
            lang.t("admin-history-detail-handed-back-retired")
        }
        _ => recorded.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actors_and_details_are_put_in_words_and_the_rest_is_kept() {
        assert_eq!(actor(Lang::En, "maintainer bob"), "maintainer bob");
        assert_eq!(actor(Lang::Fr, "admin alice"), "administrateur alice");
        assert_eq!(
            actor(Lang::De, "command line (ops@keys-1)"),
            "Kommandozeile (ops@keys-1)"
        );
        assert_eq!(actor(Lang::En, "someone new"), "someone new");
        assert_eq!(
            detail(Lang::Fr, "code.claim", "declared country FR"),
            "pays déclaré : FR"
        );
        assert_eq!(
            detail(Lang::Fr, "code.revoke", "declared country FR"),
            "declared country FR",
            "a reason an admin typed stays as typed"
        );
    }
}
