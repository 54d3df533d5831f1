//! The pages' data: one struct per template. Every word a user reads is in templates/.

use askama::Template;
use axum::response::{Html, IntoResponse, Response};
use chrono::{DateTime, NaiveDate};

use super::urls::{URLS, Urls};
use crate::domain::countries::{Country, CountryError};
use crate::domain::eligibility::Ineligible;
use crate::giveaway::{ClaimRefusal, Standing};
use crate::limiter::Limit;
use crate::store::{Campaign, CriticalProject, HeldCode};

/// Renders a template, or a bare 500 if the template itself fails (it never should).
pub fn render(template: &impl Template) -> Response {
    match template.render() {
        Ok(html) => Html(html).into_response(),
        Err(err) => {
            tracing::error!(error = %err, "template failed to render");
            (
                axum::http::StatusCode::INTERNAL_SERVER_ERROR,
                "Internal Server Error",
            )
                .into_response()
        }
    }
}

/// Renders a template as the answer with `status` (a refused form's 422, a 403 page).
pub fn render_as(status: axum::http::StatusCode, template: &impl Template) -> Response {
    (status, render(template)).into_response()
}

/// What the layout needs on every page: who is signed in and the sign-out form's token.
#[derive(Debug, Clone, Default)]
pub struct Chrome {
    pub username: Option<String>,
    pub csrf_token: String,
}

impl Chrome {
    pub fn urls(&self) -> Urls {
        URLS
    }
}

/// Messages left for the next page, stored by key; their words are in `_flash.html`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flash {
    SignedIn,
    Claimed,
    AlreadyHeld,
    Redeemed,
    /// Back from a completed Stripe checkout (the webhook confirms it).
    CheckoutDone,
    /// The code's Stripe promotion code is not published yet.
    CheckoutNotReady,
    /// Stripe did not answer or refused the session.
    CheckoutFailed,
    /// Giveaway mail (invitations and reminders) turned on, or off.
    MailOn,
    MailOff,
}

impl Flash {
    pub fn key(self) -> &'static str {
        match self {
            Flash::SignedIn => "signed-in",
            Flash::Claimed => "claimed",
            Flash::AlreadyHeld => "already-held",
            Flash::Redeemed => "redeemed",
            Flash::CheckoutDone => "checkout-done",
            Flash::CheckoutNotReady => "checkout-not-ready",
            Flash::CheckoutFailed => "checkout-failed",
            Flash::MailOn => "mail-on",
            Flash::MailOff => "mail-off",
        }
    }

    /// True for the messages that report a problem.
    pub fn is_problem(self) -> bool {
        matches!(self, Flash::CheckoutNotReady | Flash::CheckoutFailed)
    }

    pub fn from_key(key: &str) -> Option<Flash> {
        [
            Flash::SignedIn,
            Flash::Claimed,
            Flash::AlreadyHeld,
            Flash::Redeemed,
            Flash::CheckoutDone,
            Flash::CheckoutNotReady,
            Flash::CheckoutFailed,
            Flash::MailOn,
            Flash::MailOff,
        ]
        .into_iter()
        .find(|f| f.key() == key)
    }
}

#[derive(Template)]
#[template(path = "index.html")]
pub struct IndexPage {
    pub chrome: Chrome,
    /// Just signed out: say so.
    pub signed_out: bool,
}

/// Why the sign-in page is shown again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoginProblem {
    EmptyLogin,
    LinkUsed,
    LinkExpired,
    LinkUnknown,
}

#[derive(Template)]
#[template(path = "login.html")]
pub struct LoginPage {
    pub chrome: Chrome,
    pub form_token: String,
    pub problem: Option<LoginProblem>,
    pub minutes_valid: u64,
}

#[derive(Template)]
#[template(path = "login_sent.html")]
pub struct LoginSentPage {
    pub chrome: Chrome,
    pub minutes_valid: u64,
}

#[derive(Template)]
#[template(path = "login_confirm.html")]
pub struct LoginConfirmPage {
    pub chrome: Chrome,
    pub form_token: String,
    pub action: String,
}

/// A critical project as the maintainer's page lists it.
pub struct ProjectView {
    pub name: String,
    pub role: String,
    pub rank: i64,
    pub since: NaiveDate,
}

impl From<CriticalProject> for ProjectView {
    fn from(p: CriticalProject) -> Self {
        ProjectView {
            name: p.display_name,
            role: p.role,
            rank: p.critical_rank,
            since: DateTime::from_timestamp(p.critical_since, 0)
                .unwrap_or_default()
                .date_naive(),
        }
    }
}

/// A held code with what its page says about it.
pub struct CodeView {
    pub held: HeldCode,
    pub days_left: i64,
    pub redeemed_on: Option<NaiveDate>,
}

/// One campaign's section of the maintainer's page.
pub struct CampaignView {
    pub campaign: Campaign,
    pub countries: Vec<Country>,
    pub standing: Standing,
    pub code: Option<CodeView>,
    /// The claim form carries the campaign's name when several are shown.
    pub name_in_form: bool,
    /// The claim just refused, shown beside the form.
    pub refusal: Option<ClaimRefusal>,
    /// What the maintainer typed, kept in the form after a refusal.
    pub entered_country: String,
    /// When an admin revoked the code the maintainer held, if that is the latest news.
    pub revoked_on: Option<NaiveDate>,
    /// The code is redeemed through our Stripe checkout (a Stripe campaign, Stripe set up).
    pub stripe_checkout: bool,
}

#[derive(Template)]
#[template(path = "giveaway.html")]
pub struct GiveawayPage {
    pub chrome: Chrome,
    pub flash: Option<Flash>,
    pub projects: Vec<ProjectView>,
    pub campaigns: Vec<CampaignView>,
    /// The maintainer turned invitations and reminders off.
    pub mail_off: bool,
}

impl GiveawayPage {
    /// True when the page shows a refused claim (its title then says so).
    pub fn has_refusal(&self) -> bool {
        self.campaigns.iter().any(|c| c.refusal.is_some())
    }
}

/// Which error page (or, under /api, which JSON error).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    NotFound,
    Csrf,
    BadRequest,
    Internal,
    /// The database was too busy to answer in time: try again in a few seconds.
    Busy,
    /// A rate limit was reached: try again in so many minutes (429).
    TooMany(Limit, u64),
    /// The request's body is larger than this address takes (413).
    TooLarge,
    /// A field, the query string or the path holds something that is not text (400).
    NotText,
    /// A form was sent without a session (403).
    SignedOut,
    /// A form field is longer than the most any field takes, in characters (422).
    FieldTooLong(usize),
    /// Not a method this address answers (405).
    MethodNotAllowed,
    /// The address is longer than the service reads (414).
    UriTooLong,
    /// The request's body did not arrive in time (408).
    TimedOut,
    /// The API was called without a valid bearer token (401).
    Unauthorized,
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub chrome: Chrome,
    pub status: u16,
    pub kind: ErrorKind,
}

/// The same error in one line of text, for the API's JSON answers.
#[derive(Template)]
#[template(path = "error_message.txt")]
pub struct ErrorMessage {
    pub kind: ErrorKind,
}

/// Where an unsubscribe link has got to.
pub enum UnsubscribeStep {
    /// The link is good: a button to press.
    Ask {
        username: String,
        action: String,
    },
    Done {
        username: String,
    },
    /// No message carried this link.
    Unknown,
}

#[derive(Template)]
#[template(path = "unsubscribe.html")]
pub struct UnsubscribePage {
    pub chrome: Chrome,
    pub step: UnsubscribeStep,
}
