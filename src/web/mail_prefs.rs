//! Giveaway mail on and off: the switch on the maintainer's page, and the unsubscribe link
//! that invitations (in their List-Unsubscribe header) and reminders (in the text too) carry.
//!
//! The unsubscribe link's token is its credential: 256 random bits, stored only as a hash,
//! made for the message that carries it. It turns mail off for its reader, and for nobody
//! else. Opening it only shows a button (mail scanners open links); the button posts
//! `List-Unsubscribe=One-Click`, which is also what mail programs post by themselves (RFC
//! 8058). No cookie is involved, so there is no session for a forged form to ride on, and a
//! mail program's POST carries no CSRF token: the POST is taken without one, on purpose.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::AppState;
use super::error::WebResult;
use super::session::{CsrfForm, SignedIn};
use super::urls;
use super::views::{Chrome, Flash, UnsubscribePage, UnsubscribeStep, render, render_as};
use crate::tokens;

/// The switch on the maintainer's page.
#[derive(Deserialize)]
pub struct MailSwitchForm {
    /// `on` or `off`.
    #[serde(default)]
    giveaway_mail: String,
}

/// POST /giveaway/mail — turns the signed-in maintainer's invitations and reminders on or off.
pub async fn switch(
    State(state): State<AppState>,
    signed_in: SignedIn,
    CsrfForm(form): CsrfForm<MailSwitchForm>,
) -> WebResult {
    let on = match form.giveaway_mail.as_str() {
        "on" => true,
        "off" => false,
        _ => return Err(super::error::AppError::BadRequest),
    };
    let actor = format!("maintainer {}", signed_in.user.username);
    state
        .store
        .set_giveaway_mail(signed_in.user.id, on, state.clock.unix(), &actor)
        .await?;
    let flash = if on { Flash::MailOn } else { Flash::MailOff };
    state
        .store
        .set_flash(&signed_in.session_hash, flash.key())
        .await?;
    Ok(Redirect::to(urls::GIVEAWAY).into_response())
}

/// An unsubscribe link that matches no message.
fn unknown_link(state: &AppState) -> Response {
    let page = UnsubscribePage {
        chrome: Chrome::anonymous(&state.config),
        step: UnsubscribeStep::Unknown,
    };
    render_as(StatusCode::BAD_REQUEST, &page)
}

/// GET /mail/unsubscribe/{token} — names the account and asks for a click.
pub async fn unsubscribe_page(State(state): State<AppState>, Path(token): Path<String>) -> WebResult {
    let Some(user) = state.store.unsubscribing_user(&tokens::hash(&token)).await? else {
        return Ok(unknown_link(&state));
    };
    Ok(render(&UnsubscribePage {
        chrome: Chrome::anonymous(&state.config),
        step: UnsubscribeStep::Ask {
            username: user.username,
            action: urls::mail_unsubscribe(&token),
        },
    }))
}

/// POST /mail/unsubscribe/{token} — from the page's button or from a mail program (RFC 8058
/// one-click: `List-Unsubscribe=One-Click`, as multipart/form-data or urlencoded): turns the
/// reader's giveaway mail off. The body is not read: the token is what counts, and a POST
/// is what a mail scanner opening links does not send.
pub async fn unsubscribe(State(state): State<AppState>, Path(token): Path<String>) -> WebResult {
    let Some(user) = state.store.unsubscribing_user(&tokens::hash(&token)).await? else {
        return Ok(unknown_link(&state));
    };
    let actor = format!("maintainer {} (unsubscribe link)", user.username);
    state
        .store
        .set_giveaway_mail(user.id, false, state.clock.unix(), &actor)
        .await?;
    Ok(render(&UnsubscribePage {
        chrome: Chrome::anonymous(&state.config),
        step: UnsubscribeStep::Done {
            username: user.username,
        },
    }))
}
