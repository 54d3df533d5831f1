//! A holder hands back a code they will not use: `GET /giveaway/release?campaign=NAME` asks
//! them to confirm (a page with a form, so no script is needed and a link followed by a mail
//! scanner changes nothing), `POST /giveaway/release` does it, CSRF-checked. What becomes of
//! the code, and whether they may claim again, is the campaign's setting; the store's
//! conditional update makes a double hand-back, or one racing a redemption, change one thing
//! once (see `src/store/releases.rs`).

use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect};
use serde::Deserialize;

use super::AppState;
use super::error::WebResult;
use super::pages::{RedeemedForm, campaign_of_form};
use super::session::{CsrfForm, SignedIn};
use super::urls;
use super::views::{Flash, ReleasePage, render};
use crate::giveaway;

/// The campaign the confirmation page is about.
#[derive(Deserialize)]
pub struct ReleaseQuery {
    #[serde(default)]
    campaign: Option<String>,
}

/// GET /giveaway/release — asks the holder to confirm; back to their page when they hold no
/// unused code in the campaign.
pub async fn confirm(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Query(query): Query<ReleaseQuery>,
) -> WebResult {
    let campaign = campaign_of_form(&state, query.campaign.as_deref()).await?;
    let held = state.store.held_code(campaign.id, signed_in.user.id).await?;
    let Some(code) = held.filter(|h| h.state == "assigned") else {
        return Ok(Redirect::to(urls::GIVEAWAY).into_response());
    };
    Ok(render(&ReleasePage {
        chrome: signed_in.chrome(),
        restock: campaign.restocks_handed_back(),
        campaign,
        code,
    }))
}

/// POST /giveaway/release — hands the code back, and says so on the maintainer's page.
pub async fn release(
    State(state): State<AppState>,
    signed_in: SignedIn,
    CsrfForm(form): CsrfForm<RedeemedForm>,
) -> WebResult {
    let campaign = campaign_of_form(&state, form.campaign.as_deref()).await?;
    let released = giveaway::hand_back(&state.store, &signed_in.user, &campaign, state.clock.unix()).await?;
    let flash = if released.is_some() {
        Flash::HandedBack
    } else {
        Flash::NothingToHandBack
    };
    state
        .store
        .set_flash(&signed_in.session_hash, flash.key())
        .await?;
    Ok(Redirect::to(urls::GIVEAWAY).into_response())
}
