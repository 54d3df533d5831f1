//! The pages' data: one struct per template. The words a user reads are in `locales/`, asked
//! for by the templates (see [`crate::i18n`]).

use askama::Template;
use axum::response::{Html, IntoResponse, Response};
use chrono::{DateTime, NaiveDate};
use fluent_templates::fluent_bundle::FluentValue;

use super::request;
use super::urls::{URLS, Urls};
use crate::domain::countries::{Country, CountryError};
use crate::domain::eligibility::Ineligible;
use crate::giveaway::{ClaimRefusal, Standing};
use crate::i18n::{self, Lang};
use crate::limiter::Limit;
use crate::store::{Campaign, CriticalProject, HeldCode, Offer};

/// Renders a template, or a bare 500 if the template itself fails (it never should).
pub fn render(template: &impl Template) -> Response {
    // Room for a whole page at once: rendering into askama's own estimate (the templates'
    // text, not what fills them) grew the page three or four times, copying it each time.
    const PAGE_ROOM: usize = 16 * 1024;
    let mut html = String::with_capacity(PAGE_ROOM);
    match template.render_into(&mut html) {
        Ok(()) => Html(html).into_response(),
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

/// What the layout needs on every page: who is signed in, the sign-out form's token, whether
/// to link to the admin area, and where to get help.
#[derive(Debug, Clone, Default)]
pub struct Chrome {
    pub username: Option<String>,
    pub csrf_token: String,
    /// The person is an admin: the header links to the admin area.
    pub admin: bool,
    /// KEYDROP_SUPPORT_URL, linked from the footer and from "ask for help" sentences.
    pub support_url: Option<String>,
}

impl Chrome {
    /// The layout of a page for someone not signed in.
    pub fn anonymous(config: &crate::config::Config) -> Chrome {
        Chrome {
            support_url: config.support_url.clone(),
            ..Chrome::default()
        }
    }

    pub fn urls(&self) -> Urls {
        URLS
    }

    /// The language of the page (see [`crate::i18n`]).
    pub fn lang(&self) -> Lang {
        i18n::current()
    }

    /// The message `id` in the page's language.
    pub fn t(&self, id: &str) -> std::borrow::Cow<'static, str> {
        self.lang().text(id)
    }

    /// The message `id` with one argument.
    pub fn t1<'a>(&self, id: &str, name: &'static str, value: impl Into<FluentValue<'a>>) -> String {
        self.lang().t_args(id, &[(name, value.into())])
    }

    /// The message `id` with two arguments. They are taken by reference because askama
    /// passes a template's tuple arguments so (`("name", value)` in a template).
    pub fn t2<'a, 'b, A, B>(
        &self,
        id: &str,
        (first, first_value): &(&'static str, A),
        (second, second_value): &(&'static str, B),
    ) -> String
    where
        A: Clone + Into<FluentValue<'a>>,
        B: Clone + Into<FluentValue<'b>>,
    {
        self.lang().t_args(
            id,
            &[
                (*first, first_value.clone().into()),
                (*second, second_value.clone().into()),
            ],
        )
    }

    /// The switcher: every language, its link back to this page, and whether it is this one.
    pub fn languages(&self) -> Vec<(Lang, String, bool)> {
        let here = request::page_path();
        let current = self.lang();
        let links = URLS.language_links(Lang::ALL.iter().map(|lang| lang.code()), &here);
        Lang::ALL
            .into_iter()
            .zip(links)
            .map(|(lang, link)| (lang, link, lang == current))
            .collect()
    }
}

/// Messages left for the next page, stored by key; `_flash.html` shows their words (the
/// `flash-` messages of `locales/`).
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
    /// The holder handed their code back.
    HandedBack,
    /// A hand-back found no unused code (handed back already, or used meanwhile).
    NothingToHandBack,
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
            Flash::HandedBack => "handed-back",
            Flash::NothingToHandBack => "nothing-to-hand-back",
        }
    }

    /// True for the messages that report a problem.
    pub fn is_problem(self) -> bool {
        matches!(
            self,
            Flash::CheckoutNotReady | Flash::CheckoutFailed | Flash::NothingToHandBack
        )
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
            Flash::HandedBack,
            Flash::NothingToHandBack,
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
    /// The offer of the code held: its store and keys per code.
    pub offer: Option<Offer>,
    /// Not eligible yet, but the phase of this day would admit them.
    pub admitted_from: Option<NaiveDate>,
}

impl CampaignView {
    /// Keys one code pays for: the held code's offer's, else the campaign's.
    pub fn keys_per_code(&self) -> i64 {
        self.offer
            .as_ref()
            .map_or(self.campaign.keys_per_code, |o| o.keys_per_code)
    }

    /// The store where the held code is used: its offer's, else the campaign's.
    pub fn store_url(&self) -> Option<&str> {
        match &self.offer {
            Some(offer) => offer.store_url.as_deref(),
            None => self.campaign.store_url.as_deref(),
        }
    }

    /// The offers to choose from, when the claim asked which (see `_offer_choice.html`).
    pub fn offer_choice(&self) -> Option<&[Offer]> {
        match &self.refusal {
            Some(ClaimRefusal::ChooseOffer { offers, .. }) => Some(offers),
            _ => None,
        }
    }
}

/// The page that asks a holder to confirm they hand their code back.
#[derive(Template)]
#[template(path = "release.html")]
pub struct ReleasePage {
    pub chrome: Chrome,
    pub campaign: Campaign,
    pub code: HeldCode,
    /// Their code goes back to stock (else it is retired).
    pub restock: bool,
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
        self.campaigns
            .iter()
            .any(|c| c.refusal.is_some() && c.offer_choice().is_none())
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

/// An action that cannot be undone, asked about once more before it is done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirming {
    /// The maintainer says they ordered their keys with the code of `campaign`.
    Ordered { campaign: String },
    /// An admin closes the claims of `campaign`.
    CloseClaims { campaign: String },
    /// An admin revokes `code` for `reason`.
    Revoke { code: String, reason: String },
}

/// The form field that says the second step was taken.
pub const CONFIRM_FIELD: &str = "confirm";

/// True when a form was sent from its confirmation step (`confirm=yes`).
pub fn confirmed(field: &Option<String>) -> bool {
    field.as_deref() == Some("yes")
}

/// The confirmation step of an action that cannot be undone: a page that sends the same form
/// again with `confirm=yes`, or leads back. It works without JavaScript.
#[derive(Template)]
#[template(path = "confirm.html")]
pub struct ConfirmPage {
    pub chrome: Chrome,
    pub what: Confirming,
    /// Where the form is sent, with these fields (the CSRF token and `confirm` added).
    pub action: String,
    pub fields: Vec<(&'static str, String)>,
    /// The page the action was asked from: "No" leads back there.
    pub back: String,
}

impl ConfirmPage {
    pub fn confirm_field(&self) -> &'static str {
        CONFIRM_FIELD
    }

    /// The admins' actions take something away from someone: their button says so.
    pub fn danger(&self) -> bool {
        !matches!(self.what, Confirming::Ordered { .. })
    }
}
