//! A software security key for the tests, made from the WebAuthn protocol as documented
//! (W3C Web Authentication, §6.1 authenticator data, §6.5 attestation, §8.7 "none"
//! attestation; COSE keys per RFC 9053): a P-256 key pair, a signature counter, and the
//! client's part (clientDataJSON with the origin the "browser" is on). It answers the
//! options keydrop's ceremonies start with, as a browser's `navigator.credentials` would.
//!
//! Cloning it clones the private key and the counter: a cloned key.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use p256::ecdsa::signature::Signer;
use p256::ecdsa::{DerSignature, SigningKey};
use rand::Rng;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

/// Authenticator data flags: user present, user verified, attested credential data.
const UP: u8 = 0x01;
const UV: u8 = 0x04;
const AT: u8 = 0x40;

#[derive(Clone)]
pub struct SoftKey {
    signing: SigningKey,
    pub credential_id: Vec<u8>,
    /// The signature counter; each assertion adds one before it signs.
    pub counter: u32,
    /// The origin the client says the page is on.
    pub origin: String,
}

fn b64(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// CBOR (RFC 8949) for the few shapes WebAuthn needs.
mod cbor {
    pub fn head(major: u8, n: u64) -> Vec<u8> {
        let m = major << 5;
        match n {
            0..=23 => vec![m | n as u8],
            24..=0xff => vec![m | 24, n as u8],
            0x100..=0xffff => vec![m | 25, (n >> 8) as u8, n as u8],
            _ => {
                let mut out = vec![m | 26];
                out.extend_from_slice(&(n as u32).to_be_bytes());
                out
            }
        }
    }
    pub fn int(i: i64) -> Vec<u8> {
        if i >= 0 {
            head(0, i as u64)
        } else {
            head(1, (-1 - i) as u64)
        }
    }
    pub fn bytes(b: &[u8]) -> Vec<u8> {
        let mut out = head(2, b.len() as u64);
        out.extend_from_slice(b);
        out
    }
    pub fn text(t: &str) -> Vec<u8> {
        let mut out = head(3, t.len() as u64);
        out.extend_from_slice(t.as_bytes());
        out
    }
    pub fn map(pairs: &[(Vec<u8>, Vec<u8>)]) -> Vec<u8> {
        let mut out = head(5, pairs.len() as u64);
        for (k, v) in pairs {
            out.extend_from_slice(k);
            out.extend_from_slice(v);
        }
        out
    }
}

impl SoftKey {
    /// A new key, on a page of `origin` (e.g. `http://localhost:4000`).
    pub fn new(origin: &str) -> SoftKey {
        let mut rng = rand::rng();
        let signing = loop {
            let mut secret = [0u8; 32];
            rng.fill_bytes(&mut secret);
            if let Ok(key) = SigningKey::from_slice(&secret) {
                break key;
            }
        };
        let mut credential_id = vec![0u8; 32];
        rng.fill_bytes(&mut credential_id);
        SoftKey {
            signing,
            credential_id,
            counter: 0,
            origin: origin.to_string(),
        }
    }

    /// The same key (same private key and counter) used from a page of another origin.
    pub fn on_origin(&self, origin: &str) -> SoftKey {
        SoftKey {
            origin: origin.to_string(),
            ..self.clone()
        }
    }

    fn client_data(&self, kind: &str, challenge: &str) -> Vec<u8> {
        serde_json::to_vec(&json!({
            "type": kind,
            "challenge": challenge,
            "origin": self.origin,
            "crossOrigin": false,
        }))
        .unwrap()
    }

    /// The public key as a COSE_Key: EC2, ES256, P-256, x, y.
    fn cose_key(&self) -> Vec<u8> {
        let point = self.signing.verifying_key().to_sec1_point(false);
        let sec1 = point.as_bytes();
        let (x, y) = (&sec1[1..33], &sec1[33..65]);
        cbor::map(&[
            (cbor::int(1), cbor::int(2)),
            (cbor::int(3), cbor::int(-7)),
            (cbor::int(-1), cbor::int(1)),
            (cbor::int(-2), cbor::bytes(x)),
            (cbor::int(-3), cbor::bytes(y)),
        ])
    }

    /// The answer to a registration's options (`{"publicKey": {...}}`), as the JSON the
    /// page's script sends.
    pub fn register(&self, options: &Value) -> String {
        let key = &options["publicKey"];
        let challenge = key["challenge"].as_str().expect("a challenge");
        let rp_id = key["rp"]["id"].as_str().expect("an RP ID");
        let mut auth_data = Sha256::digest(rp_id.as_bytes()).to_vec();
        auth_data.push(UP | UV | AT);
        auth_data.extend_from_slice(&0u32.to_be_bytes());
        auth_data.extend_from_slice(&[0u8; 16]); // AAGUID: none
        auth_data.extend_from_slice(&(self.credential_id.len() as u16).to_be_bytes());
        auth_data.extend_from_slice(&self.credential_id);
        auth_data.extend_from_slice(&self.cose_key());
        let attestation = cbor::map(&[
            (cbor::text("fmt"), cbor::text("none")),
            (cbor::text("attStmt"), cbor::map(&[])),
            (cbor::text("authData"), cbor::bytes(&auth_data)),
        ]);
        self.credential(json!({
            "attestationObject": b64(&attestation),
            "clientDataJSON": b64(&self.client_data("webauthn.create", challenge)),
        }))
    }

    /// A `PublicKeyCredential` of this key with `response`, as JSON.
    fn credential(&self, response: Value) -> String {
        json!({
            "id": b64(&self.credential_id),
            "rawId": b64(&self.credential_id),
            "type": "public-key",
            "extensions": {},
            "response": response,
        })
        .to_string()
    }

    /// The answer to an authentication's options: the counter moves on by one, then the key
    /// signs authenticatorData || SHA-256(clientDataJSON).
    pub fn authenticate(&mut self, options: &Value) -> String {
        let key = &options["publicKey"];
        let challenge = key["challenge"].as_str().expect("a challenge");
        let rp_id = key["rpId"].as_str().expect("an RP ID");
        self.counter += 1;
        let mut auth_data = Sha256::digest(rp_id.as_bytes()).to_vec();
        auth_data.push(UP | UV);
        auth_data.extend_from_slice(&self.counter.to_be_bytes());
        let client_data = self.client_data("webauthn.get", challenge);
        let mut signed = auth_data.clone();
        signed.extend_from_slice(&Sha256::digest(&client_data));
        let signature: DerSignature = self.signing.sign(&signed);
        self.credential(json!({
            "authenticatorData": b64(&auth_data),
            "clientDataJSON": b64(&client_data),
            "signature": b64(signature.as_bytes()),
            "userHandle": null,
        }))
    }
}
