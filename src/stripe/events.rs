//! The webhook events the service acts on, read from Stripe's JSON. Only the fields used are
//! read, so the service does not depend on the exact API version of the endpoint.

use serde_json::Value;

use crate::store::PromotionStatus;

/// A webhook event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StripeEvent {
    /// checkout.session.completed.
    CheckoutCompleted {
        event_id: String,
        session_id: String,
        /// Our code id, from client_reference_id.
        code_id: Option<i64>,
        /// `complete` when the order went through.
        status: String,
        /// The shipping country Stripe collected.
        country: Option<String>,
    },
    /// checkout.session.expired.
    CheckoutExpired { event_id: String, session_id: String },
    /// promotion_code.updated; `None` when its metadata names no code of ours.
    PromotionCodeUpdated {
        event_id: String,
        status: Option<PromotionStatus>,
    },
    /// Anything else: recorded, nothing done.
    Other { event_id: String, event_type: String },
}

impl StripeEvent {
    pub fn id(&self) -> &str {
        match self {
            StripeEvent::CheckoutCompleted { event_id, .. }
            | StripeEvent::CheckoutExpired { event_id, .. }
            | StripeEvent::PromotionCodeUpdated { event_id, .. }
            | StripeEvent::Other { event_id, .. } => event_id,
        }
    }
}

/// Why an event body was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EventError {
    #[error("the body is not JSON: {0}")]
    NotJson(String),
    #[error("the event has no {0}")]
    Missing(&'static str),
}

fn text(value: &Value, pointer: &str) -> Option<String> {
    value.pointer(pointer).and_then(Value::as_str).map(str::to_string)
}

/// Our code id as metadata or client_reference_id carry it (a string of digits).
fn code_id(value: Option<&Value>) -> Option<i64> {
    match value? {
        Value::String(s) => s.parse().ok(),
        Value::Number(n) => n.as_i64(),
        _ => None,
    }
}

/// Reads a webhook body.
pub fn parse(body: &[u8]) -> Result<StripeEvent, EventError> {
    let event: Value = serde_json::from_slice(body).map_err(|e| EventError::NotJson(e.to_string()))?;
    let event_id = text(&event, "/id").ok_or(EventError::Missing("id"))?;
    let event_type = text(&event, "/type").ok_or(EventError::Missing("type"))?;
    let object = event
        .pointer("/data/object")
        .ok_or(EventError::Missing("data.object"))?;
    let object_id = || text(object, "/id").ok_or(EventError::Missing("data.object.id"));
    Ok(match event_type.as_str() {
        "checkout.session.completed" => StripeEvent::CheckoutCompleted {
            session_id: object_id()?,
            code_id: code_id(object.get("client_reference_id")),
            status: text(object, "/status").unwrap_or_default(),
            // Newer API versions keep it under collected_information, older ones at the top.
            country: text(object, "/collected_information/shipping_details/address/country")
                .or_else(|| text(object, "/shipping_details/address/country")),
            event_id,
        },
        "checkout.session.expired" => StripeEvent::CheckoutExpired {
            session_id: object_id()?,
            event_id,
        },
        "promotion_code.updated" => {
            let promotion_code_id = object_id()?;
            let status =
                code_id(object.pointer("/metadata/keydrop_code_id")).map(|code_id| PromotionStatus {
                    promotion_code_id,
                    code_id,
                    active: object.get("active").and_then(Value::as_bool).unwrap_or(false),
                    times_redeemed: object.get("times_redeemed").and_then(Value::as_i64).unwrap_or(0),
                });
            StripeEvent::PromotionCodeUpdated { event_id, status }
        }
        _ => StripeEvent::Other { event_id, event_type },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_completed_checkout() {
        let body = br#"{"id":"evt_1","type":"checkout.session.completed","data":{"object":{
            "id":"cs_1","object":"checkout.session","status":"complete","client_reference_id":"42",
            "collected_information":{"shipping_details":{"address":{"country":"DE"}}}}}}"#;
        assert_eq!(
            parse(body).unwrap(),
            StripeEvent::CheckoutCompleted {
                event_id: "evt_1".into(),
                session_id: "cs_1".into(),
                code_id: Some(42),
                status: "complete".into(),
                country: Some("DE".into()),
            }
        );
    }

    #[test]
    fn reads_promotion_code_updates_and_other_events() {
        let body = br#"{"id":"evt_2","type":"promotion_code.updated","data":{"object":{
            "id":"promo_1","active":false,"times_redeemed":1,"metadata":{"keydrop_code_id":"7"}}}}"#;
        assert_eq!(
            parse(body).unwrap(),
            StripeEvent::PromotionCodeUpdated {
                event_id: "evt_2".into(),
                status: Some(PromotionStatus {
                    promotion_code_id: "promo_1".into(),
                    code_id: 7,
                    active: false,
                    times_redeemed: 1
                }),
            }
        );
        let other = br#"{"id":"evt_3","type":"charge.succeeded","data":{"object":{"id":"ch_1"}}}"#;
        assert_eq!(parse(other).unwrap().id(), "evt_3");
        assert_eq!(parse(b"{}"), Err(EventError::Missing("id")));
        assert!(matches!(parse(b"not json"), Err(EventError::NotJson(_))));
    }
}
