//! Redemption through a store on Stripe.
//!
//! The rest of the service sees Stripe only through [`StripeApi`], a small trait of ours: the
//! client behind it ([`client::AsyncStripe`], on async-stripe, a pre-release) can change
//! without touching anything else. Publication of promotion codes runs in the background
//! ([`publisher`]); Stripe reports back through signed webhooks ([`signature`], [`events`]).

use std::sync::Arc;

use futures_util::future::BoxFuture;

pub mod client;
pub mod events;
pub mod publisher;
pub mod signature;

/// A Stripe failure. `retryable` when trying again later may work (network, 5xx, 429, a
/// lock timeout).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StripeError {
    pub message: String,
    /// Stripe's error code, e.g. `resource_already_exists`.
    pub code: Option<String>,
    pub retryable: bool,
}

impl std::fmt::Display for StripeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.code {
            Some(code) => write!(f, "{} ({code})", self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// A campaign's 100%-off coupon, used once, redeemable until `redeem_by`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CouponRequest {
    pub name: String,
    /// Unix seconds.
    pub redeem_by: i64,
}

/// One of our codes as a Stripe PromotionCode (used at most once).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PromotionCodeRequest {
    pub coupon_id: String,
    pub code: String,
    /// Unix seconds.
    pub expires_at: i64,
    /// Our code's id, kept in the metadata as `keydrop_code_id`.
    pub code_id: i64,
}

/// A PromotionCode as Stripe answers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PromotionCode {
    pub id: String,
    pub code: String,
    pub active: bool,
    pub times_redeemed: i64,
    pub max_redemptions: Option<i64>,
    /// The metadata's `keydrop_code_id`.
    pub code_id: Option<i64>,
}

/// A Checkout Session for one code: the campaign's product, the code's promotion code as the
/// discount, shipping only to the campaign's countries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckoutRequest {
    pub promotion_code_id: String,
    pub product_name: String,
    /// In the currency's smallest unit.
    pub unit_amount: i64,
    /// Lower-case ISO 4217.
    pub currency: String,
    pub quantity: i64,
    /// ISO 3166-1 alpha-2, upper-case.
    pub allowed_countries: Vec<String>,
    pub client_reference_id: String,
    /// Unix seconds.
    pub expires_at: i64,
    pub success_url: String,
    pub cancel_url: String,
}

/// A Checkout Session as Stripe answers it: the browser is sent to `url`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckoutSession {
    pub id: String,
    pub url: String,
}

/// The Stripe calls the service makes.
pub trait StripeApi: Send + Sync {
    /// Creates a 100%-off coupon, duration once.
    fn create_coupon<'a>(
        &'a self,
        req: &'a CouponRequest,
        idempotency_key: &'a str,
    ) -> BoxFuture<'a, Result<String, StripeError>>;
    /// Creates a promotion code with max_redemptions 1.
    fn create_promotion_code<'a>(
        &'a self,
        req: &'a PromotionCodeRequest,
        idempotency_key: &'a str,
    ) -> BoxFuture<'a, Result<PromotionCode, StripeError>>;
    /// Sets a promotion code's `active`.
    fn set_promotion_code_active<'a>(
        &'a self,
        id: &'a str,
        active: bool,
    ) -> BoxFuture<'a, Result<PromotionCode, StripeError>>;
    fn retrieve_promotion_code<'a>(
        &'a self,
        id: &'a str,
    ) -> BoxFuture<'a, Result<PromotionCode, StripeError>>;
    /// Promotion codes with exactly this code, to adopt one whose creation answer was lost.
    fn find_promotion_codes<'a>(
        &'a self,
        code: &'a str,
    ) -> BoxFuture<'a, Result<Vec<PromotionCode>, StripeError>>;
    fn create_checkout_session<'a>(
        &'a self,
        req: &'a CheckoutRequest,
    ) -> BoxFuture<'a, Result<CheckoutSession, StripeError>>;
}

/// Stripe settings: STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET, and STRIPE_API_BASE to point
/// the client at another server.
#[derive(Debug, Clone)]
pub struct StripeConfig {
    pub secret_key: String,
    pub webhook_secret: String,
    pub api_base: Option<String>,
}

impl StripeConfig {
    /// The settings from the environment; `None` unless both secrets are set.
    pub fn from_env() -> Option<StripeConfig> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        match (var("STRIPE_SECRET_KEY"), var("STRIPE_WEBHOOK_SECRET")) {
            (Some(secret_key), Some(webhook_secret)) => Some(StripeConfig {
                secret_key,
                webhook_secret,
                api_base: var("STRIPE_API_BASE"),
            }),
            (None, None) => None,
            _ => {
                tracing::warn!("Stripe is off: set both STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET");
                None
            }
        }
    }
}

/// The service's Stripe: the API, and the secret webhooks are signed with.
#[derive(Clone)]
pub struct Stripe {
    pub api: Arc<dyn StripeApi>,
    pub webhook_secret: String,
}

impl Stripe {
    /// Stripe through async-stripe, as configured.
    pub fn connect(config: &StripeConfig) -> anyhow::Result<Stripe> {
        let api = client::AsyncStripe::new(&config.secret_key, config.api_base.as_deref())
            .map_err(|e| anyhow::anyhow!("Stripe client: {e}"))?;
        Ok(Stripe {
            api: Arc::new(api),
            webhook_secret: config.webhook_secret.clone(),
        })
    }
}

impl std::fmt::Debug for Stripe {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Stripe { .. }")
    }
}
