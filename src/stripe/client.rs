//! [`StripeApi`] on async-stripe 1.0.0-rc.10 (rustls with ring; no native TLS). The only
//! module that names the pre-release crates: their API may change before 1.0.

use std::collections::HashMap;
use std::str::FromStr;
use std::time::Duration;

use stripe::{IdempotencyKey, RequestStrategy, StripeRequest};
use stripe_checkout::CheckoutSessionMode;
use stripe_checkout::checkout_session::{
    CreateCheckoutSession, CreateCheckoutSessionDiscounts, CreateCheckoutSessionLineItems,
    CreateCheckoutSessionLineItemsPriceData, CreateCheckoutSessionShippingAddressCollection,
    CreateCheckoutSessionShippingAddressCollectionAllowedCountries, ProductData,
};
use stripe_product::CouponDuration;
use stripe_product::coupon::CreateCoupon;
use stripe_product::promotion_code::{
    CreatePromotionCode, CreatePromotionCodePromotion, CreatePromotionCodePromotionType, ListPromotionCode,
    RetrievePromotionCode, UpdatePromotionCode,
};

use super::{
    CheckoutRequest, CheckoutSession, CouponRequest, PromotionCode, PromotionCodeRequest, StripeApi,
    StripeError,
};
use futures_util::future::BoxFuture;

/// Metadata key holding our code id on a promotion code.
pub const CODE_ID_METADATA_KEY: &str = "keydrop_code_id";

/// Per-attempt HTTP timeout (the crate's default is no timeout at all).
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// `StripeApi` implemented with async-stripe's hyper/rustls client.
#[derive(Clone)]
pub struct AsyncStripe {
    client: stripe::Client,
}

impl std::fmt::Debug for AsyncStripe {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // stripe::Client's Debug does not print the secret (sensitive header), but keep it short.
        f.debug_struct("AsyncStripe").finish_non_exhaustive()
    }
}

impl AsyncStripe {
    /// `api_base`, e.g. "http://127.0.0.1:4567", points the client at another server
    /// (requests go to `{api_base}/v1/...`). `None` = https://api.stripe.com/.
    pub fn new(secret_key: &str, api_base: Option<&str>) -> Result<AsyncStripe, String> {
        let mut builder = stripe::ClientBuilder::new(secret_key)
            .request_strategy(RequestStrategy::Once)
            .timeout(REQUEST_TIMEOUT);
        if let Some(base) = api_base {
            // The client builds `format!("{api_base}v1{path}")` from the parsed Uri. A bare
            // authority ("http://h:1") displays with a trailing "/", but "http://h:1/prefix"
            // would not, so normalise to a trailing slash.
            let base = if base.ends_with('/') {
                base.to_string()
            } else {
                format!("{base}/")
            };
            builder = builder.url(base);
        }
        let client = builder.build().map_err(|e| e.to_string())?;
        Ok(AsyncStripe { client })
    }
}

fn idempotent(key: &str) -> Result<RequestStrategy, StripeError> {
    IdempotencyKey::new(key)
        .map(RequestStrategy::Idempotent)
        .map_err(|e| StripeError {
            message: format!("invalid idempotency key: {e}"),
            code: None,
            retryable: false,
        })
}

fn local_err(message: impl Into<String>) -> StripeError {
    StripeError {
        message: message.into(),
        code: None,
        retryable: false,
    }
}

/// Stripe error codes for which a later retry may succeed.
fn retryable_code(code: &str) -> bool {
    matches!(code, "lock_timeout" | "rate_limit" | "idempotency_key_in_use")
}

/// Maps async-stripe's error into ours.
pub fn map_error(err: stripe::StripeError) -> StripeError {
    use stripe::StripeError as E;
    match err {
        E::Stripe(api, status) => {
            let code = api.code.as_ref().map(|c| c.as_str().to_string());
            let retryable = status >= 500 || status == 429 || code.as_deref().is_some_and(retryable_code);
            let message = api
                .message
                .clone()
                .unwrap_or_else(|| format!("stripe error (HTTP {status}, type {})", api.type_.as_str()));
            StripeError {
                message,
                code,
                retryable,
            }
        }
        // The crate produces exactly this message when a non-2xx answer's body is not a
        // Stripe error JSON (e.g. an HTML 502 from a proxy); the HTTP status is lost then,
        // so treat it as transient.
        E::JSONDeserialize(msg) if msg == "error deserializing Stripe error" => StripeError {
            message: format!("non-JSON error response from Stripe: {msg}"),
            code: None,
            retryable: true,
        },
        // A 2xx answer that did not match the crate's types: the call itself succeeded at
        // Stripe; retrying (same idempotency key) would replay the same answer.
        E::JSONDeserialize(msg) => StripeError {
            message: format!("could not parse Stripe response: {msg}"),
            code: None,
            retryable: false,
        },
        E::ClientError(msg) => StripeError {
            message: format!("error communicating with Stripe: {msg}"),
            code: None,
            retryable: true,
        },
        E::Timeout => StripeError {
            message: "timeout communicating with Stripe".into(),
            code: None,
            retryable: true,
        },
        E::ConfigError(msg) => StripeError {
            message: format!("stripe client configuration error: {msg}"),
            code: None,
            retryable: false,
        },
    }
}

fn convert_promotion_code(pc: stripe_product::PromotionCode) -> PromotionCode {
    let code_id = pc
        .metadata
        .as_ref()
        .and_then(|m| m.get(CODE_ID_METADATA_KEY))
        .and_then(|v| v.trim().parse::<i64>().ok());
    PromotionCode {
        id: pc.id.as_str().to_string(),
        code: pc.code,
        active: pc.active,
        times_redeemed: pc.times_redeemed,
        max_redemptions: pc.max_redemptions,
        code_id,
    }
}

impl StripeApi for AsyncStripe {
    fn create_coupon<'a>(
        &'a self,
        req: &'a CouponRequest,
        idempotency_key: &'a str,
    ) -> BoxFuture<'a, Result<String, StripeError>> {
        Box::pin(async move {
            let strategy = idempotent(idempotency_key)?;
            let coupon = CreateCoupon::new()
                .percent_off(100.0)
                .duration(CouponDuration::Once)
                .name(req.name.as_str())
                .redeem_by(req.redeem_by)
                .customize()
                .request_strategy(strategy)
                .send(&self.client)
                .await
                .map_err(map_error)?;
            Ok(coupon.id.as_str().to_string())
        })
    }

    fn create_promotion_code<'a>(
        &'a self,
        req: &'a PromotionCodeRequest,
        idempotency_key: &'a str,
    ) -> BoxFuture<'a, Result<PromotionCode, StripeError>> {
        Box::pin(async move {
            let strategy = idempotent(idempotency_key)?;
            let mut promotion = CreatePromotionCodePromotion::new(CreatePromotionCodePromotionType::Coupon);
            promotion.coupon = Some(req.coupon_id.clone());
            let metadata = HashMap::from([(CODE_ID_METADATA_KEY.to_string(), req.code_id.to_string())]);
            let pc = CreatePromotionCode::new(promotion)
                .code(req.code.as_str())
                .max_redemptions(1)
                .expires_at(req.expires_at)
                .metadata(metadata)
                .customize()
                .request_strategy(strategy)
                .send(&self.client)
                .await
                .map_err(map_error)?;
            Ok(convert_promotion_code(pc))
        })
    }

    fn set_promotion_code_active<'a>(
        &'a self,
        id: &'a str,
        active: bool,
    ) -> BoxFuture<'a, Result<PromotionCode, StripeError>> {
        Box::pin(async move {
            let pc = UpdatePromotionCode::new(id)
                .active(active)
                .send(&self.client)
                .await
                .map_err(map_error)?;
            Ok(convert_promotion_code(pc))
        })
    }

    fn retrieve_promotion_code<'a>(
        &'a self,
        id: &'a str,
    ) -> BoxFuture<'a, Result<PromotionCode, StripeError>> {
        Box::pin(async move {
            let pc = RetrievePromotionCode::new(id)
                .send(&self.client)
                .await
                .map_err(map_error)?;
            Ok(convert_promotion_code(pc))
        })
    }

    fn find_promotion_codes<'a>(
        &'a self,
        code: &'a str,
    ) -> BoxFuture<'a, Result<Vec<PromotionCode>, StripeError>> {
        Box::pin(async move {
            // A code is unique among *active* codes only; inactive ones may repeat, so ask for
            // a full page (100) rather than relying on the default of 10.
            let list = ListPromotionCode::new()
                .code(code)
                .limit(100)
                .send(&self.client)
                .await
                .map_err(map_error)?;
            Ok(list.data.into_iter().map(convert_promotion_code).collect())
        })
    }

    fn create_checkout_session<'a>(
        &'a self,
        req: &'a CheckoutRequest,
    ) -> BoxFuture<'a, Result<CheckoutSession, StripeError>> {
        Box::pin(async move {
            let quantity = u64::try_from(req.quantity)
                .map_err(|_| local_err(format!("quantity must be >= 0, got {}", req.quantity)))?;
            let currency =
                stripe_types::Currency::from_str(&req.currency.to_ascii_lowercase()).expect("infallible");

            let mut price_data = CreateCheckoutSessionLineItemsPriceData::new(currency);
            price_data.unit_amount = Some(req.unit_amount);
            price_data.product_data = Some(ProductData::new(req.product_name.as_str()));

            let mut line_item = CreateCheckoutSessionLineItems::new();
            line_item.price_data = Some(price_data);
            line_item.quantity = Some(quantity);

            let mut discount = CreateCheckoutSessionDiscounts::new();
            discount.promotion_code = Some(req.promotion_code_id.clone());

            let countries: Vec<_> = req
                .allowed_countries
                .iter()
                .map(|c| {
                    CreateCheckoutSessionShippingAddressCollectionAllowedCountries::from_str(
                        &c.to_ascii_uppercase(),
                    )
                    .expect("infallible")
                })
                .collect();

            let session = CreateCheckoutSession::new()
                .mode(CheckoutSessionMode::Payment)
                .line_items(vec![line_item])
                .discounts(vec![discount])
                .shipping_address_collection(CreateCheckoutSessionShippingAddressCollection::new(countries))
                .client_reference_id(req.client_reference_id.as_str())
                .expires_at(req.expires_at)
                .success_url(req.success_url.as_str())
                .cancel_url(req.cancel_url.as_str())
                .send(&self.client)
                .await
                .map_err(map_error)?;

            let url = session
                .url
                .ok_or_else(|| local_err(format!("checkout session {} has no url", session.id.as_str())))?;
            Ok(CheckoutSession {
                id: session.id.as_str().to_string(),
                url,
            })
        })
    }
}
