//! Secret tokens: made with the OS-seeded CSPRNG, stored only as SHA-256 hashes.

use rand::Rng;
use sha2::{Digest, Sha256};

/// A new random token: 32 bytes (256 bits) as 64 hex digits, safe in URLs and cookies.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// The hash under which a token is stored.
pub fn hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// A value derived from a secret for one purpose, e.g. a session's CSRF token: knowing it
/// reveals nothing of the secret.
pub fn derive(purpose: &str, secret: &str) -> String {
    let mut digest = Sha256::new();
    digest.update(purpose.as_bytes());
    digest.update([0u8]);
    digest.update(secret.as_bytes());
    hex::encode(digest.finalize())
}

/// Compares two strings in time that depends only on their lengths.
pub fn constant_time_eq(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_random_and_distinct() {
        let (a, b) = (new_token(), new_token());
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert!(a.bytes().all(|c| c.is_ascii_hexdigit()));
    }

    #[test]
    fn hashes_and_derivations_differ_from_the_secret() {
        let token = new_token();
        assert_ne!(hash(&token), token);
        assert_eq!(hash(&token), hash(&token));
        assert_ne!(derive("csrf", &token), hash(&token));
        assert_ne!(derive("csrf", &token), derive("other", &token));
    }

    #[test]
    fn constant_time_eq_compares() {
        assert!(constant_time_eq("abc", "abc"));
        assert!(!constant_time_eq("abc", "abd"));
        assert!(!constant_time_eq("abc", "ab"));
    }
}
