//! Redeeming through Stripe: the "Redeem" button makes a Checkout Session and sends the
//! browser to it; Stripe's signed webhooks report back. Without Stripe settings these URLs
//! answer 404 and the pages show nothing of them.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

use super::AppState;
use super::error::{AppError, WebResult};
use super::pages::{RedeemedForm, campaign_of_form};
use super::session::{CsrfForm, SignedIn};
use super::urls;
use super::views::Flash;
use crate::store::EventOutcome;
use crate::stripe::events::{self, StripeEvent};
use crate::stripe::{CheckoutRequest, signature};

/// How long a Checkout Session stays open: Stripe's shortest is 30 minutes; a minute more
/// leaves room for the clocks to differ.
pub const SESSION_SECONDS: i64 = 31 * 60;

async fn back_to_giveaway(state: &AppState, signed_in: &SignedIn, flash: Option<Flash>) -> WebResult {
    if let Some(flash) = flash {
        state
            .store
            .set_flash(&signed_in.session_hash, flash.key())
            .await?;
    }
    Ok(Redirect::to(urls::GIVEAWAY).into_response())
}

/// POST /giveaway/checkout — makes a Checkout Session for the code the maintainer holds and
/// answers 303 to it.
pub async fn checkout(
    State(state): State<AppState>,
    signed_in: SignedIn,
    CsrfForm(form): CsrfForm<RedeemedForm>,
) -> WebResult {
    let stripe = state.stripe.as_ref().ok_or(AppError::NotFound)?;
    let campaign = campaign_of_form(&state, form.campaign.as_deref()).await?;
    if !campaign.uses_stripe() {
        return Err(AppError::NotFound);
    }
    // Only an assigned code can be redeemed: a revoked, expired or redeemed one is explained
    // on the giveaway page.
    let held = match state.store.held_code(campaign.id, signed_in.user.id).await? {
        Some(held) if held.state == "assigned" => held,
        _ => return back_to_giveaway(&state, &signed_in, None).await,
    };
    let promotion = state.store.promotion_of(held.id).await?;
    let Some(promotion_code_id) = promotion
        .filter(|p| p.state == "published" && p.active)
        .and_then(|p| p.promotion_code_id)
    else {
        return back_to_giveaway(&state, &signed_in, Some(Flash::CheckoutNotReady)).await;
    };
    let (Some(product_name), Some(unit_amount), Some(currency)) = (
        campaign.product_name.clone(),
        campaign.unit_amount,
        campaign.currency.clone(),
    ) else {
        return Err(AppError::Internal(anyhow::anyhow!(
            "Stripe campaign {} has no product settings",
            campaign.name
        )));
    };
    let now = state.clock.unix();
    let request = CheckoutRequest {
        promotion_code_id,
        product_name,
        unit_amount,
        currency,
        quantity: campaign.keys_per_code,
        allowed_countries: campaign
            .country_list()
            .iter()
            .map(|c| c.code().to_string())
            .collect(),
        client_reference_id: held.id.to_string(),
        expires_at: now + SESSION_SECONDS,
        success_url: state.config.absolute(urls::CHECKOUT_DONE),
        cancel_url: state.config.absolute(urls::GIVEAWAY),
    };
    match stripe.api.create_checkout_session(&request).await {
        Ok(session) => {
            state
                .store
                .record_checkout(&session.id, held.id, now, request.expires_at)
                .await?;
            Ok(Redirect::to(&session.url).into_response())
        }
        Err(err) => {
            tracing::warn!(code_id = held.id, error = %err, "Stripe checkout session not made");
            back_to_giveaway(&state, &signed_in, Some(Flash::CheckoutFailed)).await
        }
    }
}

/// GET /giveaway/checkout/done — where Stripe sends the browser after the order.
pub async fn done(State(state): State<AppState>, signed_in: SignedIn) -> WebResult {
    back_to_giveaway(&state, &signed_in, Some(Flash::CheckoutDone)).await
}

/// A webhook answer: Stripe reads only the status; the body helps whoever looks at its logs.
fn answer(status: StatusCode, message: &str) -> Response {
    (status, axum::Json(serde_json::json!({ "result": message }))).into_response()
}

/// POST /webhooks/stripe — a signed event from Stripe. 400 for anything not signed with our
/// secret within five minutes; each event id is handled once.
pub async fn webhook(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> Response {
    let Some(stripe) = state.stripe.as_ref() else {
        return AppError::NotFound.into_response();
    };
    let header = headers.get("stripe-signature").and_then(|v| v.to_str().ok());
    if let Err(err) = signature::verify(header, &body, &stripe.webhook_secret, state.clock.unix()) {
        tracing::warn!(error = %err, "Stripe webhook refused");
        return answer(StatusCode::BAD_REQUEST, "bad signature");
    }
    let event = match events::parse(&body) {
        Ok(event) => event,
        Err(err) => {
            tracing::warn!(error = %err, "Stripe webhook unreadable");
            return answer(StatusCode::BAD_REQUEST, "unreadable event");
        }
    };
    match handle(&state, &event).await {
        Ok(outcome) => {
            tracing::info!(event = event.id(), ?outcome, "Stripe webhook");
            if matches!(outcome, EventOutcome::Redeemed { .. }) {
                state
                    .metrics
                    .redeemed(crate::service_metrics::RedeemedVia::Stripe, 1);
            }
            answer(
                StatusCode::OK,
                if outcome == EventOutcome::Duplicate {
                    "duplicate"
                } else {
                    "handled"
                },
            )
        }
        // A 500 makes Stripe send the event again later.
        Err(err) => AppError::from(err).into_response(),
    }
}

async fn handle(state: &AppState, event: &StripeEvent) -> sqlx::Result<EventOutcome> {
    let (store, now) = (&state.store, state.clock.unix());
    match event {
        StripeEvent::CheckoutCompleted {
            event_id,
            session_id,
            code_id: Some(code_id),
            status,
            country,
        } if status == "complete" => {
            store
                .stripe_checkout_completed(event_id, session_id, *code_id, country.as_deref(), now)
                .await
        }
        StripeEvent::CheckoutExpired { event_id, session_id } => {
            store.stripe_checkout_expired(event_id, session_id, now).await
        }
        StripeEvent::PromotionCodeUpdated {
            event_id,
            status: Some(status),
        } => store.reconcile_promotion(Some(event_id), status, now).await,
        other => store.stripe_event_seen(other.id(), "other", now).await,
    }
}
