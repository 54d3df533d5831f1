//! Secrets kept encrypted at rest: the admins' TOTP secrets are sealed with AES-256-GCM under
//! the service's key (`KEYDROP_SECRET_KEY`), so a copy of the database alone (a backup, a
//! leaked dump) does not give away anyone's second factor.
//!
//! A sealed value is `v1:` followed by the hex of a random 96-bit nonce and the ciphertext with
//! its tag. Each value is bound to what it belongs to (its "context", e.g. `totp:42` for
//! user 42): the authentication tag covers it, so a sealed secret copied to another user's row
//! does not open there.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use rand::Rng;

/// The prefix of sealed values (the format's version).
const SEALED_PREFIX: &str = "v1:";
const NONCE_BYTES: usize = 12;

/// The service's key for secrets at rest.
#[derive(Clone)]
pub struct SecretKey {
    /// Shared: the expanded key is half a kilobyte, and the service's state, which holds it,
    /// is cloned on every request.
    cipher: std::sync::Arc<Aes256Gcm>,
}

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print the key.
        f.write_str("SecretKey(..)")
    }
}

/// Why a key or a sealed value was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SecretError {
    #[error(
        "KEYDROP_SECRET_KEY must be 64 hexadecimal characters (32 bytes); make one with `openssl rand -hex 32`"
    )]
    BadKey,
    #[error("a sealed secret is damaged, or was sealed under another key or for another owner")]
    CannotOpen,
}

impl SecretKey {
    /// The key from its hex form (64 hex characters).
    pub fn from_hex(hex_key: &str) -> Result<SecretKey, SecretError> {
        let bytes = hex::decode(hex_key.trim()).map_err(|_| SecretError::BadKey)?;
        let cipher = Aes256Gcm::new_from_slice(&bytes).map_err(|_| SecretError::BadKey)?;
        Ok(SecretKey {
            cipher: std::sync::Arc::new(cipher),
        })
    }

    /// A new random key, as hex (for the demo, which makes its own).
    pub fn generate_hex() -> String {
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        hex::encode(bytes)
    }

    /// Seals `plaintext` for `context`.
    pub fn seal(&self, plaintext: &str, context: &str) -> String {
        let mut nonce = [0u8; NONCE_BYTES];
        rand::rng().fill_bytes(&mut nonce);
        let payload = Payload {
            msg: plaintext.as_bytes(),
            aad: context.as_bytes(),
        };
        let ciphertext = self
            .cipher
            .encrypt(&Nonce::from(nonce), payload)
            .expect("AES-GCM encrypts any message of this size");
        format!("{SEALED_PREFIX}{}{}", hex::encode(nonce), hex::encode(ciphertext))
    }

    /// Opens a value sealed for `context`.
    pub fn open(&self, sealed: &str, context: &str) -> Result<String, SecretError> {
        let raw = sealed
            .strip_prefix(SEALED_PREFIX)
            .and_then(|hex_text| hex::decode(hex_text).ok())
            .filter(|raw| raw.len() > NONCE_BYTES)
            .ok_or(SecretError::CannotOpen)?;
        let (nonce, ciphertext) = raw.split_at(NONCE_BYTES);
        let nonce: [u8; NONCE_BYTES] = nonce.try_into().map_err(|_| SecretError::CannotOpen)?;
        let payload = Payload {
            msg: ciphertext,
            aad: context.as_bytes(),
        };
        let plaintext = self
            .cipher
            .decrypt(&Nonce::from(nonce), payload)
            .map_err(|_| SecretError::CannotOpen)?;
        String::from_utf8(plaintext).map_err(|_| SecretError::CannotOpen)
    }

    /// True when `stored` is a sealed value (not a plaintext one kept from before sealing).
    pub fn is_sealed(stored: &str) -> bool {
        stored.starts_with(SEALED_PREFIX)
    }
}

/// The context a user's TOTP secret is sealed for.
pub fn totp_context(user_id: i64) -> String {
    format!("totp:{user_id}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> SecretKey {
        SecretKey::from_hex(&SecretKey::generate_hex()).unwrap()
    }

    #[test]
    fn a_sealed_secret_opens_with_its_key_and_context_only() {
        let (key, other_key) = (key(), key());
        let sealed = key.seal("JBSWY3DPEHPK3PXP", "totp:1");
        assert!(SecretKey::is_sealed(&sealed));
        assert!(!sealed.contains("JBSWY3DPEHPK3PXP"));
        assert_eq!(key.open(&sealed, "totp:1").unwrap(), "JBSWY3DPEHPK3PXP");
        assert_eq!(key.open(&sealed, "totp:2"), Err(SecretError::CannotOpen));
        assert_eq!(other_key.open(&sealed, "totp:1"), Err(SecretError::CannotOpen));
    }

    #[test]
    fn sealing_twice_gives_different_values() {
        let key = key();
        assert_ne!(key.seal("same", "c"), key.seal("same", "c"));
    }

    #[test]
    fn damaged_values_and_bad_keys_are_refused() {
        let key = key();
        let mut sealed = key.seal("secret", "c");
        let last = sealed.pop().unwrap();
        sealed.push(if last == '0' { '1' } else { '0' });
        assert_eq!(key.open(&sealed, "c"), Err(SecretError::CannotOpen));
        assert_eq!(key.open("JBSWY3DPEHPK3PXP", "c"), Err(SecretError::CannotOpen));
        assert_eq!(key.open("v1:00", "c"), Err(SecretError::CannotOpen));
        assert_eq!(SecretKey::from_hex("abcd").unwrap_err(), SecretError::BadKey);
        assert_eq!(
            SecretKey::from_hex(&"zz".repeat(32)).unwrap_err(),
            SecretError::BadKey
        );
    }
}
