//! A fake Stripe for the endpoints keydrop uses, on 127.0.0.1:0, keeping state the way Stripe
//! does: form-encoded bodies, bearer keys, idempotency keys that replay the first answer,
//! case-insensitive uniqueness of active promotion codes, `times_redeemed` against
//! `max_redemptions`, `discounts` refused together with `allow_promotion_codes`, and failures
//! that tests inject. Completing or expiring a session posts a correctly signed event to the
//! service, as Stripe does.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use serde_json::{Value, json};

/// The secret key the fake accepts.
pub const SECRET_KEY: &str = "sk_test_keydrop";
/// The webhook signing secret.
pub const WEBHOOK_SECRET: &str = "whsec_keydrop_test";

/// How an injected failure fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// Answers 500 and does nothing.
    Refuse,
    /// Does the work, then answers 500: the answer is lost (a crash or a cut connection
    /// between Stripe and us). A retry with the same idempotency key gets the first answer.
    LoseAnswer,
}

#[derive(Debug, Clone)]
pub struct FakeCoupon {
    pub id: String,
    pub percent_off: f64,
    pub duration: String,
    pub redeem_by: Option<i64>,
}

#[derive(Debug, Clone)]
pub struct FakePromotionCode {
    pub id: String,
    pub code: String,
    pub coupon: String,
    pub active: bool,
    pub max_redemptions: Option<i64>,
    pub times_redeemed: i64,
    pub expires_at: Option<i64>,
    pub metadata: HashMap<String, String>,
}

#[derive(Debug, Clone)]
pub struct FakeSession {
    pub id: String,
    pub status: String,
    pub promotion_code: String,
    pub quantity: i64,
    pub unit_amount: i64,
    pub currency: String,
    pub product_name: String,
    pub allowed_countries: Vec<String>,
    pub client_reference_id: Option<String>,
    pub expires_at: i64,
    pub success_url: String,
    pub shipping_country: Option<String>,
}

#[derive(Default)]
struct Books {
    next_id: u64,
    coupons: Vec<FakeCoupon>,
    promotion_codes: Vec<FakePromotionCode>,
    sessions: Vec<FakeSession>,
    /// Idempotency key → the first answer.
    answers: HashMap<String, (StatusCode, Value)>,
    /// Failures to inject, the next first, for requests whose path starts with the prefix.
    failures: Vec<(String, Failure)>,
    events: u64,
}

/// A running fake Stripe.
#[derive(Clone)]
pub struct FakeStripe {
    books: Arc<Mutex<Books>>,
    pub base: String,
    /// Where events go: the service's webhook URL.
    webhook_url: Arc<Mutex<Option<String>>>,
}

type Form = Vec<(String, String)>;

fn form_value<'a>(form: &'a Form, key: &str) -> Option<&'a str> {
    form.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
}

fn form_list(form: &Form, prefix: &str) -> Vec<String> {
    form.iter()
        .filter(|(k, _)| {
            k.starts_with(prefix) && k[prefix.len()..].trim_end_matches(']').parse::<u32>().is_ok()
        })
        .map(|(_, v)| v.clone())
        .collect()
}

fn error(status: StatusCode, code: &str, message: &str) -> (StatusCode, Value) {
    (
        status,
        json!({ "error": { "type": "invalid_request_error", "code": code, "message": message } }),
    )
}

fn coupon_json(c: &FakeCoupon) -> Value {
    json!({
        "id": c.id, "object": "coupon", "amount_off": null, "created": 1_700_000_000, "currency": null,
        "duration": c.duration, "duration_in_months": null, "livemode": false, "max_redemptions": null,
        "metadata": {}, "name": null, "percent_off": c.percent_off, "redeem_by": c.redeem_by,
        "times_redeemed": 0, "valid": true
    })
}

/// A promotion code as API version 2026-09-30 renders it: the coupon under `promotion`.
fn promotion_json(p: &FakePromotionCode) -> Value {
    json!({
        "id": p.id, "object": "promotion_code", "active": p.active, "code": p.code,
        "promotion": { "type": "coupon", "coupon": p.coupon },
        "created": 1_700_000_000, "customer": null, "expires_at": p.expires_at, "livemode": false,
        "max_redemptions": p.max_redemptions, "metadata": p.metadata,
        "restrictions": { "first_time_transaction": false, "minimum_amount": null, "minimum_amount_currency": null,
                          "currency_options": {} },
        "times_redeemed": p.times_redeemed
    })
}

/// A Checkout Session with the fields Stripe always renders and those keydrop reads.
fn session_json(s: &FakeSession, base: &str) -> Value {
    let url = if s.status == "open" {
        Value::String(format!("{base}/pay/{}", s.id))
    } else {
        Value::Null
    };
    let shipping = s.shipping_country.as_ref().map(|country| {
        json!({ "shipping_details": { "name": "A Maintainer", "address": { "country": country, "line1": "1 Main St" } } })
    });
    let payment_status = if s.status == "complete" {
        "no_payment_required"
    } else {
        "unpaid"
    };
    let mut session = json!({
        "id": s.id, "object": "checkout.session", "mode": "payment", "status": s.status,
        "payment_status": payment_status, "url": url, "client_reference_id": s.client_reference_id,
        "expires_at": s.expires_at, "created": 1_700_000_000, "livemode": false, "currency": s.currency,
        "amount_subtotal": s.unit_amount * s.quantity, "amount_total": 0, "success_url": s.success_url,
        "automatic_tax": { "enabled": false }, "custom_fields": [], "custom_text": {},
        "payment_method_types": ["card"], "shipping_options": [],
        "shipping_address_collection": { "allowed_countries": s.allowed_countries },
        "collected_information": shipping
    });
    session["discounts"] = json!([{ "promotion_code": s.promotion_code }]);
    session
}

impl FakeStripe {
    /// Starts the fake on a free port.
    pub async fn start() -> FakeStripe {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let fake = FakeStripe {
            books: Arc::default(),
            base,
            webhook_url: Arc::default(),
        };
        let app = Router::new()
            .route("/v1/coupons", post(create_coupon))
            .route(
                "/v1/promotion_codes",
                post(create_promotion_code).get(list_promotion_codes),
            )
            .route(
                "/v1/promotion_codes/{id}",
                post(update_promotion_code).get(retrieve_promotion_code),
            )
            .route("/v1/checkout/sessions", post(create_session))
            .with_state(fake.clone());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        fake
    }

    /// Where events are posted.
    pub fn send_events_to(&self, url: String) {
        *self.webhook_url.lock().unwrap() = Some(url);
    }

    /// Makes the next request whose path starts with `path_prefix` fail.
    pub fn fail_next(&self, path_prefix: &str, failure: Failure) {
        self.books
            .lock()
            .unwrap()
            .failures
            .push((path_prefix.to_string(), failure));
    }

    /// Stripe keeps idempotency keys for 24 hours: this is the day after.
    pub fn forget_idempotency_keys(&self) {
        self.books.lock().unwrap().answers.clear();
    }

    /// A redemption Stripe counts without telling keydrop (no event).
    pub fn redeem_quietly(&self, code: &str) {
        let mut books = self.books.lock().unwrap();
        books
            .promotion_codes
            .iter_mut()
            .find(|p| p.code == code)
            .expect("a promotion code")
            .times_redeemed += 1;
    }

    pub fn coupons(&self) -> Vec<FakeCoupon> {
        self.books.lock().unwrap().coupons.clone()
    }

    pub fn promotion_codes(&self) -> Vec<FakePromotionCode> {
        self.books.lock().unwrap().promotion_codes.clone()
    }

    pub fn promotion_code(&self, code: &str) -> Option<FakePromotionCode> {
        self.promotion_codes().into_iter().find(|p| p.code == code)
    }

    pub fn sessions(&self) -> Vec<FakeSession> {
        self.books.lock().unwrap().sessions.clone()
    }

    /// The maintainer pays (nothing): the session completes, its promotion code counts a
    /// redemption, and Stripe posts checkout.session.completed. Answers the service's status.
    pub async fn complete(&self, session_id: &str, country: &str) -> u16 {
        let object = {
            let mut books = self.books.lock().unwrap();
            let session = session_mut(&mut books, session_id);
            assert_eq!(session.status, "open", "only an open session completes");
            assert!(
                session.allowed_countries.iter().any(|c| c == country),
                "Stripe ships only to the allowed countries"
            );
            session.status = "complete".into();
            session.shipping_country = Some(country.to_string());
            let session = session.clone();
            let promotion = books
                .promotion_codes
                .iter_mut()
                .find(|p| p.id == session.promotion_code)
                .unwrap();
            promotion.times_redeemed += 1;
            session_json(&session, &self.base)
        };
        self.post_event("checkout.session.completed", object).await
    }

    /// The session's time runs out: Stripe posts checkout.session.expired.
    pub async fn expire(&self, session_id: &str) -> u16 {
        let object = {
            let mut books = self.books.lock().unwrap();
            let session = session_mut(&mut books, session_id);
            session.status = "expired".into();
            session_json(session, &self.base)
        };
        self.post_event("checkout.session.expired", object).await
    }

    /// Someone changes a promotion code in Stripe's dashboard: Stripe posts
    /// promotion_code.updated.
    pub async fn dashboard_update(&self, code: &str, active: bool, times_redeemed: i64) -> u16 {
        let object = {
            let mut books = self.books.lock().unwrap();
            let promotion = books
                .promotion_codes
                .iter_mut()
                .find(|p| p.code == code)
                .expect("a promotion code");
            promotion.active = active;
            promotion.times_redeemed = times_redeemed;
            promotion_json(promotion)
        };
        self.post_event("promotion_code.updated", object).await
    }

    /// The event body Stripe would send for `object`, and its id.
    pub fn event(&self, event_type: &str, object: Value) -> (String, Vec<u8>) {
        let id = {
            let mut books = self.books.lock().unwrap();
            books.events += 1;
            format!("evt_{:06}", books.events)
        };
        let body = json!({
            "id": id, "object": "event", "api_version": "2025-09-30.clover", "created": 1_700_000_000,
            "livemode": false, "pending_webhooks": 1, "request": { "id": null, "idempotency_key": null },
            "type": event_type, "data": { "object": object }
        });
        (id, serde_json::to_vec(&body).unwrap())
    }

    /// A Stripe-Signature header for `body`, made by async-stripe-webhook (Stripe's own
    /// algorithm in another implementation than the service's verifier).
    pub fn signature(body: &[u8], secret: &str, timestamp: i64) -> String {
        let body = std::str::from_utf8(body).expect("events are JSON");
        stripe_webhook::Webhook::generate_test_header(body, secret, Some(timestamp))
    }

    /// Posts `body` to the service, signed at `timestamp` with `secret`. Answers the status.
    pub async fn deliver(&self, body: &[u8], secret: &str, timestamp: i64) -> u16 {
        let url = self
            .webhook_url
            .lock()
            .unwrap()
            .clone()
            .expect("send_events_to first");
        let signature = Self::signature(body, secret, timestamp);
        reqwest::Client::new()
            .post(url)
            .header("stripe-signature", signature)
            .header("content-type", "application/json")
            .body(body.to_vec())
            .send()
            .await
            .unwrap()
            .status()
            .as_u16()
    }

    async fn post_event(&self, event_type: &str, object: Value) -> u16 {
        let (_, body) = self.event(event_type, object);
        self.deliver(&body, WEBHOOK_SECRET, chrono::Utc::now().timestamp())
            .await
    }

    /// The session the browser was sent to, from its URL.
    pub fn session_of_url(&self, url: &str) -> Option<FakeSession> {
        let id = url.rsplit('/').next()?;
        self.sessions().into_iter().find(|s| s.id == id)
    }
}

/// Checks the key, injects failures, and replays idempotent answers around
/// `work`.
fn handle(
    fake: &FakeStripe,
    path: &str,
    headers: &HeaderMap,
    work: impl FnOnce(&mut Books, &str) -> (StatusCode, Value),
) -> Response {
    let mut books = fake.books.lock().unwrap();
    let authorized = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v == format!("Bearer {SECRET_KEY}"));
    if !authorized {
        let (status, body) = error(
            StatusCode::UNAUTHORIZED,
            "api_key_invalid",
            "Invalid API Key provided",
        );
        return (status, axum::Json(body)).into_response();
    }
    let key = headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    if let Some((status, body)) = key.as_ref().and_then(|k| books.answers.get(k)).cloned() {
        return (status, [("idempotent-replayed", "true")], axum::Json(body)).into_response();
    }
    let failure = books
        .failures
        .iter()
        .position(|(prefix, _)| path.starts_with(prefix.as_str()));
    let failure = failure.map(|i| books.failures.remove(i).1);
    if failure == Some(Failure::Refuse) {
        let (status, body) = (
            StatusCode::INTERNAL_SERVER_ERROR,
            json!({ "error": { "type": "api_error", "message": "injected failure" } }),
        );
        return (status, axum::Json(body)).into_response();
    }
    let base = fake.base.clone();
    let (status, body) = work(&mut books, &base);
    // Stripe keeps the first answer of a key, success or 4xx alike.
    if let Some(key) = key {
        books.answers.insert(key, (status, body.clone()));
    }
    if failure == Some(Failure::LoseAnswer) {
        let body = json!({ "error": { "type": "api_error", "message": "injected failure after the work" } });
        return (StatusCode::INTERNAL_SERVER_ERROR, axum::Json(body)).into_response();
    }
    (status, axum::Json(body)).into_response()
}

fn session_mut<'a>(books: &'a mut Books, session_id: &str) -> &'a mut FakeSession {
    books
        .sessions
        .iter_mut()
        .find(|s| s.id == session_id)
        .expect("a session")
}

fn new_id(books: &mut Books, prefix: &str) -> String {
    books.next_id += 1;
    format!("{prefix}_{:08}", books.next_id)
}

async fn create_coupon(State(fake): State<FakeStripe>, headers: HeaderMap, body: String) -> Response {
    let form: Form = serde_urlencoded::from_str(&body).unwrap_or_default();
    handle(&fake, "/v1/coupons", &headers, |books, _| {
        let coupon = FakeCoupon {
            id: new_id(books, "coupon"),
            percent_off: form_value(&form, "percent_off")
                .and_then(|v| v.parse().ok())
                .unwrap_or(0.0),
            duration: form_value(&form, "duration").unwrap_or("once").to_string(),
            redeem_by: form_value(&form, "redeem_by").and_then(|v| v.parse().ok()),
        };
        books.coupons.push(coupon.clone());
        (StatusCode::OK, coupon_json(&coupon))
    })
}

async fn create_promotion_code(State(fake): State<FakeStripe>, headers: HeaderMap, body: String) -> Response {
    let form: Form = serde_urlencoded::from_str(&body).unwrap_or_default();
    handle(&fake, "/v1/promotion_codes", &headers, |books, _| {
        let coupon = form_value(&form, "promotion[coupon]")
            .or_else(|| form_value(&form, "coupon"))
            .unwrap_or_default();
        let Some(coupon) = books.coupons.iter().find(|c| c.id == coupon).cloned() else {
            return error(StatusCode::BAD_REQUEST, "resource_missing", "No such coupon");
        };
        let code = form_value(&form, "code").unwrap_or_default().to_string();
        if books
            .promotion_codes
            .iter()
            .any(|p| p.active && p.code.eq_ignore_ascii_case(&code))
        {
            return error(
                StatusCode::BAD_REQUEST,
                "resource_already_exists",
                &format!("An active promotion code with `code: {code}` already exists."),
            );
        }
        let expires_at = form_value(&form, "expires_at").and_then(|v| v.parse().ok());
        if let (Some(expires_at), Some(redeem_by)) = (expires_at, coupon.redeem_by)
            && expires_at > redeem_by
        {
            return error(
                StatusCode::BAD_REQUEST,
                "parameter_invalid",
                "The promotion code cannot expire after its coupon",
            );
        }
        let metadata = form
            .iter()
            .filter_map(|(k, v)| {
                Some((
                    k.strip_prefix("metadata[")?.strip_suffix(']')?.to_string(),
                    v.clone(),
                ))
            })
            .collect();
        let promotion = FakePromotionCode {
            id: new_id(books, "promo"),
            code,
            coupon: coupon.id.clone(),
            active: form_value(&form, "active") != Some("false"),
            max_redemptions: form_value(&form, "max_redemptions").and_then(|v| v.parse().ok()),
            times_redeemed: 0,
            expires_at,
            metadata,
        };
        books.promotion_codes.push(promotion.clone());
        (StatusCode::OK, promotion_json(&promotion))
    })
}

async fn update_promotion_code(
    State(fake): State<FakeStripe>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: String,
) -> Response {
    let form: Form = serde_urlencoded::from_str(&body).unwrap_or_default();
    handle(
        &fake,
        &format!("/v1/promotion_codes/{id}"),
        &headers,
        |books, _| {
            let Some(promotion) = books.promotion_codes.iter_mut().find(|p| p.id == id) else {
                return error(
                    StatusCode::NOT_FOUND,
                    "resource_missing",
                    "No such promotion code",
                );
            };
            if let Some(active) = form_value(&form, "active") {
                promotion.active = active == "true";
            }
            (StatusCode::OK, promotion_json(promotion))
        },
    )
}

async fn retrieve_promotion_code(
    State(fake): State<FakeStripe>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    handle(
        &fake,
        &format!("/v1/promotion_codes/{id}"),
        &headers,
        |books, _| match books.promotion_codes.iter().find(|p| p.id == id) {
            Some(p) => (StatusCode::OK, promotion_json(p)),
            None => error(
                StatusCode::NOT_FOUND,
                "resource_missing",
                "No such promotion code",
            ),
        },
    )
}

async fn list_promotion_codes(
    State(fake): State<FakeStripe>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    handle(&fake, "/v1/promotion_codes", &headers, |books, _| {
        let data: Vec<Value> = books
            .promotion_codes
            .iter()
            .filter(|p| {
                query
                    .get("code")
                    .is_none_or(|code| p.code.eq_ignore_ascii_case(code))
            })
            .map(promotion_json)
            .collect();
        (
            StatusCode::OK,
            json!({ "object": "list", "data": data, "has_more": false, "url": "/v1/promotion_codes" }),
        )
    })
}

async fn create_session(State(fake): State<FakeStripe>, headers: HeaderMap, body: String) -> Response {
    let form: Form = serde_urlencoded::from_str(&body).unwrap_or_default();
    handle(&fake, "/v1/checkout/sessions", &headers, |books, base| {
        let discount = form_value(&form, "discounts[0][promotion_code]").map(str::to_string);
        if discount.is_some() && form_value(&form, "allow_promotion_codes").is_some() {
            return error(
                StatusCode::BAD_REQUEST,
                "parameter_invalid",
                "You may only specify one of these parameters: allow_promotion_codes, discounts.",
            );
        }
        if form_value(&form, "mode") != Some("payment") {
            return error(
                StatusCode::BAD_REQUEST,
                "parameter_missing",
                "mode must be payment",
            );
        }
        let Some(discount) = discount else {
            return error(
                StatusCode::BAD_REQUEST,
                "parameter_missing",
                "keydrop always sends a discount",
            );
        };
        let now = chrono::Utc::now().timestamp();
        let Some(promotion) = books.promotion_codes.iter().find(|p| p.id == discount) else {
            return error(
                StatusCode::BAD_REQUEST,
                "resource_missing",
                "No such promotion code",
            );
        };
        let exhausted = promotion
            .max_redemptions
            .is_some_and(|max| promotion.times_redeemed >= max);
        if !promotion.active || exhausted || promotion.expires_at.is_some_and(|t| t < now) {
            return error(
                StatusCode::BAD_REQUEST,
                "promotion_code_invalid",
                "This promotion code cannot be redeemed.",
            );
        }
        let expires_at = form_value(&form, "expires_at")
            .and_then(|v| v.parse().ok())
            .unwrap_or(now + 86_400);
        if expires_at < now + 30 * 60 || expires_at > now + 86_400 {
            return error(
                StatusCode::BAD_REQUEST,
                "parameter_invalid",
                "expires_at must be 30 minutes to 24 hours away",
            );
        }
        let session = FakeSession {
            id: new_id(books, "cs_test"),
            status: "open".into(),
            promotion_code: discount,
            quantity: form_value(&form, "line_items[0][quantity]")
                .and_then(|v| v.parse().ok())
                .unwrap_or(0),
            unit_amount: form_value(&form, "line_items[0][price_data][unit_amount]")
                .and_then(|v| v.parse().ok())
                .unwrap_or(-1),
            currency: form_value(&form, "line_items[0][price_data][currency]")
                .unwrap_or_default()
                .to_string(),
            product_name: form_value(&form, "line_items[0][price_data][product_data][name]")
                .unwrap_or_default()
                .to_string(),
            allowed_countries: form_list(&form, "shipping_address_collection[allowed_countries]["),
            client_reference_id: form_value(&form, "client_reference_id").map(str::to_string),
            expires_at,
            success_url: form_value(&form, "success_url").unwrap_or_default().to_string(),
            shipping_country: None,
        };
        books.sessions.push(session.clone());
        (StatusCode::OK, session_json(&session, base))
    })
}
