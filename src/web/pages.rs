//! The maintainer pages' handlers.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::CookieJar;
use serde::Deserialize;

use super::AppState;
use super::error::{AppError, WebResult};
use super::session::{self, AnonCsrf, AnonCsrfForm, CookieName, CsrfForm, MaybeSignedIn, NoFields, SignedIn};
use super::urls;
use super::views::*;
use crate::giveaway::{self, ClaimRefusal, Standing};
use crate::limiter::{self, Limit, Subject};
use crate::service_metrics::RedeemedVia;
use crate::store::{AuditEntry, ClaimOutcome, ConsumeLoginToken, SessionFlash};
use crate::tokens;

fn minutes_valid(state: &AppState) -> u64 {
    state.config.login_link_ttl.as_secs() / 60
}

/// The sign-in form, empty, with a problem to explain or none.
fn login_page(state: &AppState, csrf: &AnonCsrf, problem: Option<LoginProblem>) -> LoginPage {
    LoginPage {
        chrome: Chrome::anonymous(&state.config),
        form_token: csrf.token.clone(),
        problem,
        minutes_valid: minutes_valid(state),
    }
}

/// GET / — what this is; signed-in maintainers go straight to their page.
pub async fn index(
    State(state): State<AppState>,
    MaybeSignedIn(signed_in): MaybeSignedIn,
    uri: axum::http::Uri,
) -> Response {
    match signed_in {
        Some(_) => Redirect::to(urls::GIVEAWAY).into_response(),
        None => render(&IndexPage {
            chrome: Chrome::anonymous(&state.config),
            signed_out: uri.query() == Some("signed-out"),
        }),
    }
}

/// GET /login
pub async fn login_form(State(state): State<AppState>, csrf: AnonCsrf) -> Response {
    let page = login_page(&state, &csrf, None);
    csrf.attach(render(&page))
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    login: String,
}

/// POST /login — queues a sign-in link for the address on record of the account named (the
/// outbox's senders make and send it). The answer is the same whether or not an account
/// matched, and takes as long: no mail is sent while the person waits.
pub async fn login_submit(
    State(state): State<AppState>,
    csrf: AnonCsrf,
    AnonCsrfForm(form): AnonCsrfForm<LoginForm>,
) -> WebResult {
    let login = form.login.trim();
    if login.is_empty() {
        let page = login_page(&state, &csrf, Some(LoginProblem::EmptyLogin));
        return Ok(csrf.attach(render_as(StatusCode::UNPROCESSABLE_ENTITY, &page)));
    }
    let (limits, now) = (&state.config.limits, state.clock.unix());
    // Counted whether or not the text names an account, so that the answer says nothing
    // of that; then per account, so that a maintainer cannot be mailed links without end.
    limiter::hit(
        &state.store,
        limits,
        Limit::SignInPerAddress,
        Subject::submitted(login),
        now,
    )
    .await??;
    let users = state.store.users_for_login(login).await?;
    for user in &users {
        limiter::hit(
            &state.store,
            limits,
            Limit::SignInPerAccount,
            Subject::account(user.id),
            now,
        )
        .await??;
    }
    if !users.is_empty() {
        let give_up_at = state.config.mail.give_up_at(now);
        state
            .store
            .queue_sign_in_mail(&users, crate::i18n::current(), now, give_up_at)
            .await?;
        state.outbox.wake();
    }
    Ok(csrf.attach(render(&LoginSentPage {
        chrome: Chrome::anonymous(&state.config),
        minutes_valid: minutes_valid(&state),
    })))
}

/// GET /login/{token} — asks for a click before using the link, so that mail scanners that
/// fetch links do not use it up.
pub async fn login_confirm(
    State(state): State<AppState>,
    Path(token): Path<String>,
    csrf: AnonCsrf,
) -> Response {
    let page = LoginConfirmPage {
        chrome: Chrome::anonymous(&state.config),
        form_token: csrf.token.clone(),
        action: urls::login_link(&token),
    };
    csrf.attach(render(&page))
}

/// POST /login/{token} — uses the link and opens a session.
pub async fn login_complete(
    State(state): State<AppState>,
    Path(token): Path<String>,
    csrf: AnonCsrf,
    _: AnonCsrfForm<NoFields>,
) -> WebResult {
    let now = state.clock.unix();
    let problem = match state
        .store
        .consume_login_token(&tokens::hash(&token), now)
        .await?
    {
        ConsumeLoginToken::SignedIn { user_id } => {
            let session_token = tokens::new_token();
            let session_hash = tokens::hash(&session_token);
            let ttl = state.config.session_ttl;
            state
                .store
                .create_session(&session_hash, user_id, now, now + ttl.as_secs() as i64)
                .await?;
            state
                .store
                .set_flash(&session_hash, Flash::SignedIn.key())
                .await?;
            state.store.note_sign_in(user_id, now).await?;
            state.metrics.signed_in();
            let user = state
                .store
                .user_by_id(user_id)
                .await?
                .ok_or_else(|| anyhow::anyhow!("user {user_id} vanished"))?;
            let entry = AuditEntry {
                actor: format!("maintainer {}", user.username),
                action: "login",
                user_id: Some(user_id),
                ..AuditEntry::default()
            };
            state.store.audit(now, &entry).await?;
            let jar = CookieJar::new().add(session::cookie(
                CookieName::Session,
                session_token,
                &state,
                Some(ttl),
            ));
            return Ok((jar, Redirect::to(urls::GIVEAWAY)).into_response());
        }
        ConsumeLoginToken::Used => LoginProblem::LinkUsed,
        ConsumeLoginToken::Expired => LoginProblem::LinkExpired,
        ConsumeLoginToken::Unknown => LoginProblem::LinkUnknown,
    };
    let page = login_page(&state, &csrf, Some(problem));
    Ok(csrf.attach(render_as(StatusCode::BAD_REQUEST, &page)))
}

/// POST /logout
pub async fn logout(State(state): State<AppState>, signed_in: SignedIn, _: CsrfForm<NoFields>) -> WebResult {
    state.store.delete_session(&signed_in.session_hash).await?;
    let jar = CookieJar::new().add(session::removal_cookie(CookieName::Session, &state));
    Ok((jar, Redirect::to(urls::SIGNED_OUT)).into_response())
}

/// A refused claim, to show beside the form it came from.
struct ShownRefusal {
    campaign_id: i64,
    refusal: ClaimRefusal,
    entered_country: String,
    /// The reads the refusal was decided on (see [`giveaway::ClaimAnswer::decided_on`]).
    decided_on: Option<(i64, crate::store::StandingReads)>,
}

/// Builds the maintainer's page.
async fn giveaway_page(
    state: &AppState,
    signed_in: &SignedIn,
    refusal: Option<ShownRefusal>,
) -> WebResult<GiveawayPage> {
    let today = state.clock.today();
    let user = &signed_in.user;
    let decided_on = refusal.as_ref().and_then(|r| r.decided_on.as_ref());
    let (projects, standings) = giveaway::standings(&state.store, user, today, decided_on).await?;
    let projects = projects.into_iter().map(ProjectView::from).collect();
    let several = standings.len() > 1;
    // The countries each campaign's offers ship to, for its claim form, and the offer of the
    // code held (offers are kept in process: no round trip).
    let mut served = Vec::with_capacity(standings.len());
    for s in &standings {
        let offers = state.store.offers_of(s.campaign.id).await?;
        let held_offer = offers.iter().find(|o| Some(o.id) == s.held_offer_id).cloned();
        served.push((giveaway::countries_served(&offers), held_offer));
    }
    let mut served = served.into_iter();
    let mut refusal = refusal;
    let campaigns: Vec<CampaignView> = standings
        .into_iter()
        .map(|s| {
            let code = match &s.standing {
                Standing::Holds(held) => Some(CodeView {
                    held: held.clone(),
                    days_left: (held.expires_on - today).num_days().max(0),
                    redeemed_on: held
                        .redeemed_at
                        .and_then(|t| chrono::DateTime::from_timestamp(t, 0))
                        .map(|t| t.date_naive()),
                }),
                _ => None,
            };
            let shown = refusal.take_if(|r| r.campaign_id == s.campaign.id);
            let (countries, held_offer) = served.next().unwrap_or_default();
            // A code revoked is told of until another is held.
            let revoked_on = match code {
                Some(_) => None,
                None => s
                    .last_revoked_at
                    .and_then(|t| chrono::DateTime::from_timestamp(t, 0))
                    .map(|t| t.date_naive()),
            };
            CampaignView {
                countries,
                offer: held_offer.filter(|_| code.is_some()),
                admitted_from: s.admitted_from,
                code,
                name_in_form: several,
                entered_country: shown
                    .as_ref()
                    .map(|r| r.entered_country.clone())
                    .unwrap_or_default(),
                refusal: shown.map(|r| r.refusal),
                revoked_on,
                stripe_checkout: state.stripe.is_some() && s.campaign.uses_stripe(),
                standing: s.standing,
                campaign: s.campaign,
            }
        })
        .collect();
    let flash = signed_in.flash.as_deref().and_then(Flash::from_key);
    if signed_in.flash.is_some() {
        state.store.clear_flash(&signed_in.session_hash).await?;
    }
    Ok(GiveawayPage {
        chrome: Chrome {
            // Admins sign in here too: the header takes them on to the admin area.
            admin: signed_in.is_admin,
            ..signed_in.chrome()
        },
        flash,
        projects,
        campaigns,
        mail_off: signed_in.giveaway_mail_off,
    })
}

/// GET /giveaway — the maintainer's critical projects, then per campaign their code, the
/// claim form, or why they cannot claim.
pub async fn giveaway(State(state): State<AppState>, signed_in: SignedIn) -> WebResult {
    Ok(render(&giveaway_page(&state, &signed_in, None).await?))
}

#[derive(Deserialize)]
pub struct ClaimForm {
    #[serde(default)]
    country: String,
    #[serde(default)]
    campaign: Option<String>,
    /// The offer chosen, when several ship to the country (see `_offer_choice.html`).
    #[serde(default)]
    offer: Option<String>,
}

/// The campaign a form names, or the only open one when it names none.
pub(crate) async fn campaign_of_form(
    state: &AppState,
    named: Option<&str>,
) -> WebResult<crate::store::Campaign> {
    match named.map(str::trim).filter(|n| !n.is_empty()) {
        Some(name) => state
            .store
            .campaign_by_name(name)
            .await?
            .ok_or(AppError::NotFound),
        None => {
            let today = state.clock.today();
            let mut open: Vec<_> = state
                .store
                .campaigns()
                .await?
                .into_iter()
                .filter(|c| c.is_open_on(today))
                .collect();
            match open.len() {
                1 => Ok(open.remove(0)),
                // No campaign named and none or several open: the latest one's page explains.
                _ => state
                    .store
                    .campaigns()
                    .await?
                    .into_iter()
                    .next()
                    .ok_or(AppError::NotFound),
            }
        }
    }
}

/// POST /giveaway/claim — assigns a code, or shows the page again with the reason why not.
/// Every claim counts against the claims limit: a claim that reaches its transaction is
/// counted there, any other is counted once its answer is known; over the limit, the answer
/// is the limit's, whatever the claim came to (no code is assigned past the limit).
pub async fn claim(
    State(state): State<AppState>,
    signed_in: SignedIn,
    CsrfForm(form): CsrfForm<ClaimForm>,
) -> WebResult {
    let now = state.clock.unix();
    let limit = limiter::Pending::new(
        &state.config.limits,
        Limit::Claims,
        Subject::account(signed_in.user.id),
        now,
    );
    let campaign = match campaign_of_form(&state, form.campaign.as_deref()).await {
        Ok(campaign) => campaign,
        Err(err) => {
            limit.count(&state.store).await??;
            return Err(err);
        }
    };
    // An assigned code's message is written by the claim's own transaction.
    let flash = SessionFlash {
        session_hash: &signed_in.session_hash,
        message: Flash::Claimed.key(),
    };
    let answer = giveaway::claim(
        &state.store,
        state.registry.as_deref(),
        &signed_in.user,
        &campaign,
        giveaway::Declared {
            country: &form.country,
            offer: form.offer.as_deref(),
        },
        giveaway::Claiming {
            today: state.clock.today(),
            now,
            flash: Some(flash),
            counter: Some(limit.row()),
        },
    )
    .await?;
    match answer.hits {
        Some(hits) => limit.verdict(hits)?,
        None => limit.count(&state.store).await??,
    };
    match answer.result {
        Ok(outcome) => {
            match outcome {
                ClaimOutcome::Assigned(_) => state.metrics.claimed(),
                ClaimOutcome::AlreadyHeld(_) => {
                    state
                        .store
                        .set_flash(&signed_in.session_hash, Flash::AlreadyHeld.key())
                        .await?
                }
                // No code left became a refusal, and a claim over the limit the limit's
                // answer, above.
                ClaimOutcome::NoneLeft | ClaimOutcome::OverLimit => {}
            }
            Ok(Redirect::to(urls::GIVEAWAY).into_response())
        }
        Err(refusal) => {
            let status = match refusal {
                ClaimRefusal::BadCountry(_)
                | ClaimRefusal::CountryNotServed(_)
                | ClaimRefusal::UnknownOffer { .. } => StatusCode::UNPROCESSABLE_ENTITY,
                ClaimRefusal::NoneLeftFor(_) | ClaimRefusal::Ineligible(_) | ClaimRefusal::RolesGone => {
                    StatusCode::CONFLICT
                }
                // Not a refusal: the page asks which offer.
                ClaimRefusal::ChooseOffer { .. } => StatusCode::OK,
            };
            let shown = ShownRefusal {
                campaign_id: campaign.id,
                refusal,
                entered_country: form.country.trim().to_string(),
                decided_on: answer.decided_on,
            };
            let page = giveaway_page(&state, &signed_in, Some(shown)).await?;
            Ok((status, render(&page)).into_response())
        }
    }
}

/// A form about the code held in a campaign: "I have ordered my keys", "Redeem".
#[derive(Deserialize)]
pub struct RedeemedForm {
    #[serde(default)]
    pub campaign: Option<String>,
    /// `yes` from the confirmation step ("I have ordered my keys" cannot be undone).
    #[serde(default)]
    pub confirm: Option<String>,
}

/// POST /giveaway/redeemed — the holder says they ordered their keys.
pub async fn redeemed(
    State(state): State<AppState>,
    signed_in: SignedIn,
    CsrfForm(form): CsrfForm<RedeemedForm>,
) -> WebResult {
    let campaign = campaign_of_form(&state, form.campaign.as_deref()).await?;
    if !confirmed(&form.confirm) {
        return Ok(render(&ConfirmPage {
            chrome: signed_in.chrome(),
            what: Confirming::Ordered {
                campaign: campaign.name.clone(),
            },
            action: urls::REDEEMED.to_string(),
            fields: vec![("campaign", campaign.name)],
            back: urls::GIVEAWAY.to_string(),
        }));
    }
    let actor = format!("maintainer {}", signed_in.user.username);
    let (held, marked) = state
        .store
        .mark_redeemed_by_holder(campaign.id, signed_in.user.id, state.clock.unix(), &actor)
        .await?;
    if marked {
        state.metrics.redeemed(RedeemedVia::Maintainer, 1);
    }
    if held.is_some_and(|h| h.state == "redeemed") {
        state
            .store
            .set_flash(&signed_in.session_hash, Flash::Redeemed.key())
            .await?;
    }
    Ok(Redirect::to(urls::GIVEAWAY).into_response())
}
