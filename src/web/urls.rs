//! Every URL of the service, in one place: the route table and the templates both use these.
//!
//! A route with parameters has its pattern here (`..._ROUTE`, for the route table) and a
//! method on [`Urls`] that fills it in, which Rust code (as `URLS.admin_code(id)`) and
//! templates (as `chrome.urls().admin_code(id)`) both call. Parameters are percent-encoded, so
//! user text such as a username always stays one path segment.

use std::fmt::Display;

pub const HOME: &str = "/";
pub const LOGIN: &str = "/login";
/// Route pattern of a sign-in link; see [`login_link`].
pub const LOGIN_LINK_ROUTE: &str = "/login/{token}";
pub const LOGOUT: &str = "/logout";
pub const GIVEAWAY: &str = "/giveaway";
pub const CLAIM: &str = "/giveaway/claim";
pub const REDEEMED: &str = "/giveaway/redeemed";
/// GET: the page asking a holder to confirm they hand their code back; POST: hand it back.
pub const RELEASE: &str = "/giveaway/release";
/// The maintainer turns giveaway mail (invitations and reminders) on or off.
pub const GIVEAWAY_MAIL: &str = "/giveaway/mail";
/// Route pattern of the unsubscribe link in giveaway mail; see [`mail_unsubscribe`].
pub const MAIL_UNSUBSCRIBE_ROUTE: &str = "/mail/unsubscribe/{token}";
/// Redeeming through the Stripe checkout (only with Stripe settings).
pub const CHECKOUT: &str = "/giveaway/checkout";
/// Where Stripe sends the browser back after a completed checkout.
pub const CHECKOUT_DONE: &str = "/giveaway/checkout/done";
/// Stripe's webhook endpoint.
pub const STRIPE_WEBHOOK: &str = "/webhooks/stripe";
/// Route pattern of the language switcher; see [`Urls::language`].
pub const LANGUAGE_ROUTE: &str = "/language/{code}";
pub const HEALTHZ: &str = "/healthz";
/// Prometheus' scrape endpoint (with KEYDROP_METRICS_TOKEN set).
pub const METRICS: &str = "/metrics";
pub const STYLESHEET: &str = "/static/style.css";
pub const SCRIPT: &str = "/static/app.js";
pub const FAVICON: &str = "/static/favicon.svg";
/// Where signing out lands: the start page, saying so.
pub const SIGNED_OUT: &str = "/?signed-out";

/// The admin dashboard; every path of the admin area starts with it.
pub const ADMIN: &str = "/admin";
pub const ADMIN_SECOND_FACTOR: &str = "/admin/second-factor";
/// A security key as second factor: the ceremony's start (JSON options), then its answer.
pub const ADMIN_SECOND_FACTOR_KEY_START: &str = "/admin/second-factor/key-start";
pub const ADMIN_SECOND_FACTOR_KEY: &str = "/admin/second-factor/key";
/// The admin's own security keys: the list (GET), a registration's answer (POST).
pub const ADMIN_SECURITY_KEYS: &str = "/admin/security-keys";
/// A registration's start (JSON options).
pub const ADMIN_SECURITY_KEY_START: &str = "/admin/security-keys/register-start";
pub const ADMIN_SECURITY_KEY_REMOVE_ROUTE: &str = "/admin/security-keys/{id}/remove";
pub const ADMIN_CAMPAIGNS: &str = "/admin/campaigns";
pub const ADMIN_CAMPAIGN_ROUTE: &str = "/admin/campaigns/{id}";
pub const ADMIN_CAMPAIGN_CLOSE_ROUTE: &str = "/admin/campaigns/{id}/close";
pub const ADMIN_CAMPAIGN_OPEN_ROUTE: &str = "/admin/campaigns/{id}/open";
pub const ADMIN_CAMPAIGN_ARCHIVE_ROUTE: &str = "/admin/campaigns/{id}/archives/{archive}";
pub const ADMIN_CAMPAIGN_OFFERS_ROUTE: &str = "/admin/campaigns/{id}/offers";
pub const ADMIN_CAMPAIGN_OFFER_ROUTE: &str = "/admin/campaigns/{id}/offers/{offer}";
pub const ADMIN_CAMPAIGN_PHASES_ROUTE: &str = "/admin/campaigns/{id}/phases";
pub const ADMIN_CAMPAIGN_PHASE_REMOVE_ROUTE: &str = "/admin/campaigns/{id}/phases/remove";
pub const ADMIN_CAMPAIGN_HAND_BACK_ROUTE: &str = "/admin/campaigns/{id}/hand-back";
pub const ADMIN_EXPORT_CODES: &str = "/admin/exports/codes.csv";
pub const ADMIN_EXPORT_CLAIMS: &str = "/admin/exports/claims.csv";
pub const ADMIN_EXPORT_AUDIT: &str = "/admin/exports/audit.csv";
pub const ADMIN_BATCHES: &str = "/admin/batches";
pub const ADMIN_BATCH_PREVIEW: &str = "/admin/batches/preview";
pub const ADMIN_BATCH_CONFIRM: &str = "/admin/batches/confirm";
pub const ADMIN_BATCH_GENERATE: &str = "/admin/batches/generate";
/// A batch's codes as CSV (a generated batch, for the vendor).
pub const ADMIN_BATCH_CODES_ROUTE: &str = "/admin/batches/{id}/codes.csv";
pub const ADMIN_CODES: &str = "/admin/codes";
pub const ADMIN_VENDOR_REPORT: &str = "/admin/codes/vendor-report";
pub const ADMIN_CODE_ROUTE: &str = "/admin/codes/{id}";
pub const ADMIN_CODE_REVOKE_ROUTE: &str = "/admin/codes/{id}/revoke";
pub const ADMIN_CODE_REDEEMED_ROUTE: &str = "/admin/codes/{id}/redeemed";
pub const ADMIN_MAINTAINERS: &str = "/admin/maintainers";
pub const ADMIN_MAINTAINER_ROUTE: &str = "/admin/maintainers/{username}";
pub const ADMIN_MAINTAINER_GRANT_ROUTE: &str = "/admin/maintainers/{username}/grant";
pub const ADMIN_MAINTAINER_WITHDRAW_ROUTE: &str = "/admin/maintainers/{username}/withdraw";
/// The admin API: a campaign's batches (POST a file) and its figures.
pub const API_BATCHES_ROUTE: &str = "/api/v1/campaigns/{name}/batches";
pub const API_STATS_ROUTE: &str = "/api/v1/campaigns/{name}/stats";

/// The path of a sign-in link.
pub fn login_link(token: &str) -> String {
    fill(LOGIN_LINK_ROUTE, &[&token])
}

/// The path of an unsubscribe link (its List-Unsubscribe header and the link in reminders).
pub fn mail_unsubscribe(token: &str) -> String {
    fill(MAIL_UNSUBSCRIBE_ROUTE, &[&token])
}

/// A route pattern with each `{param}` replaced, in order, by a percent-encoded value.
fn fill(pattern: &str, values: &[&dyn Display]) -> String {
    let mut path = String::with_capacity(pattern.len());
    let mut values = values.iter();
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        let close = rest[open..].find('}').map_or(rest.len(), |c| open + c + 1);
        path.push_str(&rest[..open]);
        let value = values.next().expect("a value for every parameter");
        path.push_str(&path_segment(&value.to_string()));
        rest = &rest[close..];
    }
    path.push_str(rest);
    debug_assert!(values.next().is_none(), "a parameter for every value");
    path
}

/// A value as one path segment: everything but RFC 3986's unreserved characters encoded.
fn path_segment(value: &str) -> String {
    let mut segment = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            segment.push(char::from(byte));
        } else {
            segment.push_str(&format!("%{byte:02X}"));
        }
    }
    segment
}

/// The page a form whose address is `path` lives on: the address one segment up (`/giveaway`
/// for `/giveaway/claim`, `/admin/codes/7` for `/admin/codes/7/revoke`, `/` for `/logout`).
/// A GET on a form's address (a bookmark, an address typed after a refused form) is sent
/// there rather than refused. `None` for the API and Stripe's webhook, which no person opens.
pub fn form_page_of(path: &str) -> Option<String> {
    let machine = ["/api/", STRIPE_WEBHOOK];
    if machine.iter().any(|prefix| path.starts_with(prefix)) {
        return None;
    }
    let trimmed = path.trim_end_matches('/');
    let parent = &trimmed[..trimmed.rfind('/')?];
    if parent.starts_with("//") {
        return None;
    }
    Some(if parent.is_empty() {
        HOME.to_string()
    } else {
        parent.to_string()
    })
}

/// The URLs templates link to, as a value they can reach (`urls.login`, ...).
#[derive(Debug, Clone, Copy)]
pub struct Urls {
    pub home: &'static str,
    pub login: &'static str,
    pub logout: &'static str,
    pub giveaway: &'static str,
    pub claim: &'static str,
    pub redeemed: &'static str,
    pub release: &'static str,
    pub giveaway_mail: &'static str,
    pub checkout: &'static str,
    pub stylesheet: &'static str,
    pub script: &'static str,
    pub favicon: &'static str,
    pub admin: &'static str,
    pub admin_second_factor: &'static str,
    pub admin_second_factor_key_start: &'static str,
    pub admin_second_factor_key: &'static str,
    pub admin_security_keys: &'static str,
    pub admin_security_key_start: &'static str,
    pub admin_campaigns: &'static str,
    pub admin_batches: &'static str,
    pub admin_batch_preview: &'static str,
    pub admin_batch_confirm: &'static str,
    pub admin_batch_generate: &'static str,
    pub admin_codes: &'static str,
    pub admin_vendor_report: &'static str,
    pub admin_maintainers: &'static str,
}

/// The URLs with parameters. They take any displayable value (templates pass references).
impl Urls {
    /// The switcher's link to a language, coming back to `next` (a path of this site).
    pub fn language(&self, code: impl Display, next: &str) -> String {
        self.language_links([code], next).remove(0)
    }

    /// The switcher's links to each language of `codes`, each coming back to `next`, which
    /// is encoded once for all (every page renders the switcher).
    pub fn language_links<C: Display>(&self, codes: impl IntoIterator<Item = C>, next: &str) -> Vec<String> {
        let query: String = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("next", next)
            .finish();
        codes
            .into_iter()
            .map(|code| format!("{}?{query}", fill(LANGUAGE_ROUTE, &[&code])))
            .collect()
    }

    /// The page confirming the hand-back of the code held in a campaign.
    pub fn release_confirm(&self, campaign_name: impl Display) -> String {
        format!("{RELEASE}?campaign={}", path_segment(&campaign_name.to_string()))
    }

    pub fn admin_campaign(&self, id: impl Display) -> String {
        fill(ADMIN_CAMPAIGN_ROUTE, &[&id])
    }

    pub fn admin_campaign_close(&self, id: impl Display) -> String {
        fill(ADMIN_CAMPAIGN_CLOSE_ROUTE, &[&id])
    }

    pub fn admin_campaign_open(&self, id: impl Display) -> String {
        fill(ADMIN_CAMPAIGN_OPEN_ROUTE, &[&id])
    }

    pub fn admin_campaign_archive(&self, id: impl Display, archive: impl Display) -> String {
        fill(ADMIN_CAMPAIGN_ARCHIVE_ROUTE, &[&id, &archive])
    }

    pub fn admin_campaign_offers(&self, id: impl Display) -> String {
        fill(ADMIN_CAMPAIGN_OFFERS_ROUTE, &[&id])
    }

    pub fn admin_campaign_offer(&self, id: impl Display, offer: impl Display) -> String {
        fill(ADMIN_CAMPAIGN_OFFER_ROUTE, &[&id, &offer])
    }

    pub fn admin_campaign_phases(&self, id: impl Display) -> String {
        fill(ADMIN_CAMPAIGN_PHASES_ROUTE, &[&id])
    }

    pub fn admin_campaign_phase_remove(&self, id: impl Display) -> String {
        fill(ADMIN_CAMPAIGN_PHASE_REMOVE_ROUTE, &[&id])
    }

    pub fn admin_campaign_hand_back(&self, id: impl Display) -> String {
        fill(ADMIN_CAMPAIGN_HAND_BACK_ROUTE, &[&id])
    }

    /// A campaign's codes as CSV.
    pub fn admin_export_codes(&self, campaign_id: impl Display) -> String {
        format!("{ADMIN_EXPORT_CODES}?campaign={campaign_id}")
    }

    /// A campaign's claims per day and country as CSV.
    pub fn admin_export_claims(&self, campaign_id: impl Display) -> String {
        format!("{ADMIN_EXPORT_CLAIMS}?campaign={campaign_id}")
    }

    /// A campaign's audit log as CSV.
    pub fn admin_export_audit(&self, campaign_id: impl Display) -> String {
        format!("{ADMIN_EXPORT_AUDIT}?campaign={campaign_id}")
    }

    pub fn admin_batch_codes(&self, id: impl Display) -> String {
        fill(ADMIN_BATCH_CODES_ROUTE, &[&id])
    }

    pub fn admin_code(&self, id: impl Display) -> String {
        fill(ADMIN_CODE_ROUTE, &[&id])
    }

    pub fn admin_code_revoke(&self, id: impl Display) -> String {
        fill(ADMIN_CODE_REVOKE_ROUTE, &[&id])
    }

    pub fn admin_code_redeemed(&self, id: impl Display) -> String {
        fill(ADMIN_CODE_REDEEMED_ROUTE, &[&id])
    }

    pub fn admin_security_key_remove(&self, id: impl Display) -> String {
        fill(ADMIN_SECURITY_KEY_REMOVE_ROUTE, &[&id])
    }
    pub fn admin_maintainer(&self, username: impl Display) -> String {
        fill(ADMIN_MAINTAINER_ROUTE, &[&username])
    }

    pub fn admin_maintainer_grant(&self, username: impl Display) -> String {
        fill(ADMIN_MAINTAINER_GRANT_ROUTE, &[&username])
    }

    pub fn admin_maintainer_withdraw(&self, username: impl Display) -> String {
        fill(ADMIN_MAINTAINER_WITHDRAW_ROUTE, &[&username])
    }

    pub fn api_batches(&self, campaign_name: impl Display) -> String {
        fill(API_BATCHES_ROUTE, &[&campaign_name])
    }

    pub fn api_stats(&self, campaign_name: impl Display) -> String {
        fill(API_STATS_ROUTE, &[&campaign_name])
    }
}

/// The one instance of [`Urls`].
pub const URLS: Urls = Urls {
    home: HOME,
    login: LOGIN,
    logout: LOGOUT,
    giveaway: GIVEAWAY,
    claim: CLAIM,
    redeemed: REDEEMED,
    release: RELEASE,
    giveaway_mail: GIVEAWAY_MAIL,
    checkout: CHECKOUT,
    stylesheet: STYLESHEET,
    script: SCRIPT,
    favicon: FAVICON,
    admin: ADMIN,
    admin_second_factor: ADMIN_SECOND_FACTOR,
    admin_second_factor_key_start: ADMIN_SECOND_FACTOR_KEY_START,
    admin_second_factor_key: ADMIN_SECOND_FACTOR_KEY,
    admin_security_keys: ADMIN_SECURITY_KEYS,
    admin_security_key_start: ADMIN_SECURITY_KEY_START,
    admin_campaigns: ADMIN_CAMPAIGNS,
    admin_batches: ADMIN_BATCHES,
    admin_batch_preview: ADMIN_BATCH_PREVIEW,
    admin_batch_confirm: ADMIN_BATCH_CONFIRM,
    admin_batch_generate: ADMIN_BATCH_GENERATE,
    admin_codes: ADMIN_CODES,
    admin_vendor_report: ADMIN_VENDOR_REPORT,
    admin_maintainers: ADMIN_MAINTAINERS,
};

#[cfg(test)]
mod tests {
    use axum::Router;
    use axum::body::Body;
    use axum::extract::Path;
    use axum::http::{Method, Request, StatusCode};
    use axum::routing::any;
    use tower::ServiceExt;

    use super::*;

    #[test]
    fn a_form_address_leads_to_the_page_one_segment_up() {
        for (form, page) in [
            (CLAIM, Some(GIVEAWAY)),
            (REDEEMED, Some(GIVEAWAY)),
            (LOGOUT, Some(HOME)),
            (ADMIN_SECOND_FACTOR, Some(ADMIN)),
            (ADMIN_BATCH_CONFIRM, Some(ADMIN_BATCHES)),
            ("/admin/codes/7/revoke", Some("/admin/codes/7")),
            (
                "/admin/maintainers/ann%2Fo/grant",
                Some("/admin/maintainers/ann%2Fo"),
            ),
            (STRIPE_WEBHOOK, None),
            ("/api/v1/campaigns/x/batches", None),
        ] {
            assert_eq!(form_page_of(form).as_deref(), page, "{form}");
        }
    }

    /// User text that would break a path if it were not encoded.
    const AWKWARD: &str = "ann o'neil/../ü?x=1#top%20+";

    /// A URL with parameters as made here, the route pattern it is for, a method that route
    /// takes, and the parameters the route should find in it.
    struct Case {
        pattern: &'static str,
        method: Method,
        url: String,
        params: Vec<String>,
    }

    fn case(pattern: &'static str, method: Method, url: String, params: &[&dyn Display]) -> Case {
        let params = params.iter().map(|p| p.to_string()).collect();
        Case {
            pattern,
            method,
            url,
            params,
        }
    }

    /// Every URL with parameters.
    fn cases() -> Vec<Case> {
        use Method as M;
        let token = "ab".repeat(32);
        vec![
            case(LOGIN_LINK_ROUTE, M::GET, login_link(&token), &[&token]),
            case(
                MAIL_UNSUBSCRIBE_ROUTE,
                M::GET,
                mail_unsubscribe(&token),
                &[&token],
            ),
            case(
                MAIL_UNSUBSCRIBE_ROUTE,
                M::POST,
                mail_unsubscribe(&token),
                &[&token],
            ),
            case(RELEASE, M::GET, URLS.release_confirm(AWKWARD), &[]),
            case(ADMIN_CAMPAIGN_ROUTE, M::GET, URLS.admin_campaign(7), &[&7]),
            case(
                ADMIN_CAMPAIGN_CLOSE_ROUTE,
                M::POST,
                URLS.admin_campaign_close(7),
                &[&7],
            ),
            case(
                ADMIN_CAMPAIGN_OPEN_ROUTE,
                M::POST,
                URLS.admin_campaign_open(7),
                &[&7],
            ),
            case(
                ADMIN_CAMPAIGN_ARCHIVE_ROUTE,
                M::GET,
                URLS.admin_campaign_archive(7, 3),
                &[&7, &3],
            ),
            case(
                ADMIN_CAMPAIGN_OFFERS_ROUTE,
                M::POST,
                URLS.admin_campaign_offers(7),
                &[&7],
            ),
            case(
                ADMIN_CAMPAIGN_OFFER_ROUTE,
                M::POST,
                URLS.admin_campaign_offer(7, 2),
                &[&7, &2],
            ),
            case(
                ADMIN_CAMPAIGN_PHASES_ROUTE,
                M::POST,
                URLS.admin_campaign_phases(7),
                &[&7],
            ),
            case(
                ADMIN_CAMPAIGN_PHASE_REMOVE_ROUTE,
                M::POST,
                URLS.admin_campaign_phase_remove(7),
                &[&7],
            ),
            case(
                ADMIN_CAMPAIGN_HAND_BACK_ROUTE,
                M::POST,
                URLS.admin_campaign_hand_back(7),
                &[&7],
            ),
            case(ADMIN_EXPORT_CODES, M::GET, URLS.admin_export_codes(7), &[]),
            case(ADMIN_EXPORT_CLAIMS, M::GET, URLS.admin_export_claims(7), &[]),
            case(ADMIN_EXPORT_AUDIT, M::GET, URLS.admin_export_audit(7), &[]),
            case(ADMIN_BATCH_CODES_ROUTE, M::GET, URLS.admin_batch_codes(9), &[&9]),
            case(ADMIN_CODE_ROUTE, M::GET, URLS.admin_code(42), &[&42]),
            case(
                ADMIN_CODE_REVOKE_ROUTE,
                M::POST,
                URLS.admin_code_revoke(42),
                &[&42],
            ),
            case(
                ADMIN_CODE_REDEEMED_ROUTE,
                M::POST,
                URLS.admin_code_redeemed(42),
                &[&42],
            ),
            case(
                ADMIN_MAINTAINER_ROUTE,
                M::GET,
                URLS.admin_maintainer(AWKWARD),
                &[&AWKWARD],
            ),
            case(
                ADMIN_MAINTAINER_GRANT_ROUTE,
                M::POST,
                URLS.admin_maintainer_grant(AWKWARD),
                &[&AWKWARD],
            ),
            case(
                ADMIN_MAINTAINER_WITHDRAW_ROUTE,
                M::POST,
                URLS.admin_maintainer_withdraw(AWKWARD),
                &[&AWKWARD],
            ),
            case(
                ADMIN_SECURITY_KEY_REMOVE_ROUTE,
                M::POST,
                URLS.admin_security_key_remove(42),
                &[&42],
            ),
            case(API_BATCHES_ROUTE, M::POST, URLS.api_batches(AWKWARD), &[&AWKWARD]),
            case(API_STATS_ROUTE, M::GET, URLS.api_stats(AWKWARD), &[&AWKWARD]),
        ]
    }

    /// The service's own route table answers each URL from a route, not from its 404 fallback
    /// (without a session, admin pages redirect to sign in and the API answers 401).
    #[tokio::test]
    async fn every_url_with_parameters_reaches_a_route_of_the_service() {
        let dir = tempfile::tempdir().unwrap();
        let database = format!("sqlite:{}", dir.path().join("urls.db").display());
        let store = crate::store::Store::connect(&database).await.unwrap();
        let mut config =
            crate::config::Config::from_env(&database, "http://keys.test".parse().unwrap()).unwrap();
        (config.smtp_url, config.stripe) = (None, None);
        config.secret_key = Some(crate::secrets::SecretKey::generate_hex());
        let state = crate::web::AppState::new(store, config, crate::clock::Clock::default()).unwrap();
        let app = crate::web::app(state);
        // The control: a URL of no route is the fallback's 404.
        let nowhere = Request::get(format!("{}/nowhere", URLS.admin_code(42)))
            .body(Body::empty())
            .unwrap();
        let status = app.clone().oneshot(nowhere).await.unwrap().status();
        assert_eq!(status, StatusCode::NOT_FOUND);
        for case in cases() {
            let request = Request::builder()
                .method(case.method)
                .uri(&case.url)
                .body(Body::empty())
                .unwrap();
            let status = app.clone().oneshot(request).await.unwrap().status();
            assert_ne!(
                status,
                StatusCode::NOT_FOUND,
                "{} does not reach {}",
                case.url,
                case.pattern
            );
        }
    }

    /// Each URL matches its own pattern, and the route finds each parameter exactly as given.
    #[tokio::test]
    async fn parameters_are_encoded_and_come_back_unchanged() {
        for case in cases() {
            assert!(!case.url.contains([' ', '#']), "{}", case.url);
            let echo = Router::new().route(
                case.pattern,
                any(|Path(params): Path<Vec<(String, String)>>| async move {
                    params
                        .into_iter()
                        .map(|(_, value)| value)
                        .collect::<Vec<_>>()
                        .join("|")
                }),
            );
            let path = case.url.split('?').next().unwrap_or_default();
            let response = echo
                .oneshot(Request::get(path).body(Body::empty()).unwrap())
                .await
                .unwrap();
            assert_eq!(
                response.status(),
                StatusCode::OK,
                "{} does not match {}",
                case.url,
                case.pattern
            );
            let body = axum::body::to_bytes(response.into_body(), usize::MAX)
                .await
                .unwrap();
            assert_eq!(
                String::from_utf8_lossy(&body),
                case.params.join("|"),
                "{}",
                case.url
            );
        }
    }
}
