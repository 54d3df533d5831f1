//! Every URL of the service, in one place: the route table and the templates both use these.

pub const HOME: &str = "/";
pub const LOGIN: &str = "/login";
/// Route pattern of a sign-in link; see [`login_link`].
pub const LOGIN_LINK_ROUTE: &str = "/login/{token}";
pub const LOGOUT: &str = "/logout";
pub const GIVEAWAY: &str = "/giveaway";
pub const CLAIM: &str = "/giveaway/claim";
pub const REDEEMED: &str = "/giveaway/redeemed";
/// Redeeming through the Stripe checkout (only with Stripe settings).
pub const CHECKOUT: &str = "/giveaway/checkout";
/// Where Stripe sends the browser back after a completed checkout.
pub const CHECKOUT_DONE: &str = "/giveaway/checkout/done";
/// Stripe's webhook endpoint.
pub const STRIPE_WEBHOOK: &str = "/webhooks/stripe";
pub const HEALTHZ: &str = "/healthz";
pub const STYLESHEET: &str = "/static/style.css";
pub const SCRIPT: &str = "/static/app.js";
pub const FAVICON: &str = "/static/favicon.svg";
/// Where signing out lands: the start page, saying so.
pub const SIGNED_OUT: &str = "/?signed-out";

/// The path of a sign-in link.
pub fn login_link(token: &str) -> String {
    format!("{LOGIN}/{token}")
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
    pub checkout: &'static str,
    pub stylesheet: &'static str,
    pub script: &'static str,
    pub favicon: &'static str,
}

/// The one instance of [`Urls`].
pub const URLS: Urls = Urls {
    home: HOME,
    login: LOGIN,
    logout: LOGOUT,
    giveaway: GIVEAWAY,
    claim: CLAIM,
    redeemed: REDEEMED,
    checkout: CHECKOUT,
    stylesheet: STYLESHEET,
    script: SCRIPT,
    favicon: FAVICON,
};
