//! Stripe's webhook signatures: `Stripe-Signature: t=TIMESTAMP,v1=HEX[,v1=HEX...]`, where each
//! v1 is HMAC-SHA256 of `TIMESTAMP.BODY` under an endpoint secret. While a secret is being
//! rotated Stripe sends one v1 per secret, so any matching v1 is enough.

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// How far a signature's timestamp may be from now: older events are replays.
pub const TOLERANCE_SECONDS: i64 = 300;

/// Why a webhook was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignatureError {
    #[error("no Stripe-Signature header")]
    Missing,
    #[error("the Stripe-Signature header has no timestamp")]
    NoTimestamp,
    #[error("the Stripe-Signature header has no v1 signature")]
    NoSignature,
    #[error("the signature is {age} s from now, more than the tolerance")]
    Stale { age: i64 },
    #[error("no v1 signature matches")]
    Mismatch,
}

fn mac(secret: &str, timestamp: i64, payload: &[u8]) -> Hmac<Sha256> {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes any key length");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(payload);
    mac
}

/// Checks `header` (the Stripe-Signature value, if any) for `payload` at time `now`.
pub fn verify(header: Option<&str>, payload: &[u8], secret: &str, now: i64) -> Result<(), SignatureError> {
    let header = header.ok_or(SignatureError::Missing)?;
    let mut timestamp = None;
    let mut signatures = Vec::new();
    for part in header.split(',') {
        match part.trim().split_once('=') {
            Some(("t", value)) => timestamp = value.parse::<i64>().ok(),
            Some(("v1", value)) => signatures.extend(hex::decode(value).ok()),
            _ => {}
        }
    }
    let timestamp = timestamp.ok_or(SignatureError::NoTimestamp)?;
    if signatures.is_empty() {
        return Err(SignatureError::NoSignature);
    }
    let age = now - timestamp;
    if age.abs() > TOLERANCE_SECONDS {
        return Err(SignatureError::Stale { age });
    }
    let expected = mac(secret, timestamp, payload);
    // verify_slice compares in constant time.
    if signatures
        .iter()
        .any(|sig| expected.clone().verify_slice(sig).is_ok())
    {
        Ok(())
    } else {
        Err(SignatureError::Mismatch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A Stripe-Signature header for `payload`, as Stripe makes it.
    fn sign(payload: &[u8], secret: &str, timestamp: i64) -> String {
        let signature = hex::encode(mac(secret, timestamp, payload).finalize().into_bytes());
        format!("t={timestamp},v1={signature}")
    }

    const BODY: &[u8] = br#"{"id":"evt_1"}"#;

    #[test]
    fn accepts_its_own_signature_within_the_tolerance() {
        let header = sign(BODY, "whsec_a", 1_000);
        assert_eq!(verify(Some(&header), BODY, "whsec_a", 1_000), Ok(()));
        assert_eq!(verify(Some(&header), BODY, "whsec_a", 1_300), Ok(()));
        assert_eq!(
            verify(Some(&header), BODY, "whsec_a", 1_301),
            Err(SignatureError::Stale { age: 301 })
        );
    }

    #[test]
    fn any_v1_may_match_during_a_rotation() {
        let old = sign(BODY, "whsec_old", 1_000);
        let new = sign(BODY, "whsec_new", 1_000);
        let both = format!("{old},{}", new.split_once(',').unwrap().1);
        assert_eq!(verify(Some(&both), BODY, "whsec_new", 1_000), Ok(()));
        assert_eq!(verify(Some(&both), BODY, "whsec_old", 1_000), Ok(()));
        assert_eq!(
            verify(Some(&both), BODY, "whsec_other", 1_000),
            Err(SignatureError::Mismatch)
        );
    }

    #[test]
    fn refuses_forgeries_and_malformed_headers() {
        let header = sign(BODY, "whsec_a", 1_000);
        assert_eq!(
            verify(Some(&header), br#"{"id":"evt_2"}"#, "whsec_a", 1_000),
            Err(SignatureError::Mismatch)
        );
        assert_eq!(verify(None, BODY, "whsec_a", 1_000), Err(SignatureError::Missing));
        assert_eq!(
            verify(Some("v1=abcd"), BODY, "whsec_a", 1_000),
            Err(SignatureError::NoTimestamp)
        );
        assert_eq!(
            verify(Some("t=1000,v0=abcd"), BODY, "whsec_a", 1_000),
            Err(SignatureError::NoSignature)
        );
    }
}
