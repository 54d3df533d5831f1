//! Time-based one-time passwords (RFC 6238) for the admin area: 6 digits, 30-second steps,
//! SHA-1 (what authenticator apps support), one step of clock skew either way.

use rand::{Rng, RngExt};
use totp_rs::{Algorithm, Builder, Secret, Totp};

/// The issuer name authenticator apps show beside the account.
pub const ISSUER: &str = "keydrop";

/// A new random secret (160 bits, as RFC 4226 recommends), base32 as apps expect it.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 20];
    rand::rng().fill_bytes(&mut bytes);
    Secret::from(bytes.to_vec()).to_base32()
}

fn totp(secret_base32: &str, account: &str) -> anyhow::Result<Totp> {
    let secret =
        Secret::try_from_base32(secret_base32).map_err(|e| anyhow::anyhow!("bad TOTP secret: {e:?}"))?;
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(6)
        .with_skew(1)
        .with_step_duration(30)
        .with_secret(secret)
        .with_account_name(account)
        .with_issuer(Some(ISSUER))
        .build()
        .map_err(|e| anyhow::anyhow!("TOTP: {e}"))
}

/// The time step a code is valid for at `unix_time`, or `None` when the code is wrong.
/// Callers accept each step once.
pub fn verify(secret_base32: &str, code: &str, unix_time: i64) -> anyhow::Result<Option<i64>> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    let step = totp(secret_base32, "-")?.check(&code, unix_time.max(0) as u64);
    Ok(step.map(|s| s as i64))
}

/// The code for `unix_time` (what an authenticator app would show).
pub fn code_at(secret_base32: &str, unix_time: i64) -> anyhow::Result<String> {
    Ok(totp(secret_base32, "-")?
        .generate(unix_time.max(0) as u64)
        .to_string())
}

/// The `otpauth://` URI an authenticator app reads from the QR code.
pub fn provisioning_uri(secret_base32: &str, account: &str) -> anyhow::Result<String> {
    totp(secret_base32, account)?
        .to_url()
        .map_err(|e| anyhow::anyhow!("TOTP URL: {e}"))
}

/// The URI as an SVG QR code, for inline use in a page.
pub fn qr_svg(uri: &str) -> anyhow::Result<String> {
    let code = qrcode::QrCode::new(uri.as_bytes())?;
    Ok(code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(200, 200)
        .dark_color(qrcode::render::svg::Color("#000000"))
        .light_color(qrcode::render::svg::Color("#ffffff"))
        .build())
}

/// Recovery codes made at enrolment.
pub const RECOVERY_CODES: usize = 10;
/// Symbols in a recovery code: 31^10 ≈ 2^49 possibilities each, from the look-alike-free
/// alphabet of generated promo codes.
const RECOVERY_SYMBOLS: usize = 10;

/// New recovery codes, as shown to the admin (`XXXXX-XXXXX`).
pub fn new_recovery_codes() -> Vec<String> {
    let mut rng = rand::rng();
    (0..RECOVERY_CODES)
        .map(|_| {
            let symbols: String = (0..RECOVERY_SYMBOLS)
                .map(|_| crate::domain::code_format::ALPHABET[rng.random_range(0..31)] as char)
                .collect();
            format!("{}-{}", &symbols[..5], &symbols[5..])
        })
        .collect()
}

/// A typed recovery code in its canonical form (dashes and spaces dropped, upper case), or
/// `None` when the input cannot be one (a six-digit TOTP code, say).
pub fn recovery_code(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let alphabet = crate::domain::code_format::ALPHABET;
    (code.len() == RECOVERY_SYMBOLS && code.bytes().all(|b| alphabet.contains(&b))).then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_verify_within_one_step_of_skew() {
        let secret = new_secret();
        let t = 1_800_000_000;
        let code = code_at(&secret, t).unwrap();
        assert_eq!(verify(&secret, &code, t).unwrap(), Some(t / 30));
        assert!(
            verify(&secret, &code, t + 30).unwrap().is_some(),
            "one step late is fine"
        );
        assert!(
            verify(&secret, &code, t + 95).unwrap().is_none(),
            "three steps late is not"
        );
        assert!(verify(&secret, "12345", t).unwrap().is_none());
        assert!(verify(&secret, "abcdef", t).unwrap().is_none());
        let spaced = format!("{} {}", &code[..3], &code[3..]);
        assert!(verify(&secret, &spaced, t).unwrap().is_some());
    }

    #[test]
    fn recovery_codes_are_distinct_and_read_back_however_typed() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), RECOVERY_CODES);
        assert_eq!(
            codes.iter().collect::<std::collections::HashSet<_>>().len(),
            RECOVERY_CODES
        );
        let code = &codes[0];
        assert_eq!(code.len(), 11);
        let canonical = code.replace('-', "");
        assert_eq!(recovery_code(code).as_deref(), Some(canonical.as_str()));
        assert_eq!(
            recovery_code(&format!(" {} ", code.to_lowercase())).as_deref(),
            Some(canonical.as_str())
        );
        assert_eq!(recovery_code("123456"), None, "a TOTP code is no recovery code");
        assert_eq!(
            recovery_code("OOOOO-IIIII"),
            None,
            "look-alikes are not in the alphabet"
        );
    }

    #[test]
    fn rfc_6238_test_vector() {
        // RFC 6238 appendix B, SHA-1, secret "12345678901234567890", T = 59 s: 94287082 (8
        // digits); its last six digits are the 6-digit code.
        let secret = Secret::from(b"12345678901234567890".to_vec()).to_base32();
        assert_eq!(code_at(&secret, 59).unwrap(), "287082");
    }

    #[test]
    fn provisioning_uri_and_qr_code() {
        let secret = new_secret();
        let uri = provisioning_uri(&secret, "alice").unwrap();
        assert!(uri.starts_with("otpauth://totp/keydrop:alice?"), "{uri}");
        assert!(uri.contains(&format!("secret={secret}")));
        let svg = qr_svg(&uri).unwrap();
        assert!(svg.contains("<svg") && svg.contains("<path"));
        assert!(!svg.contains("style="), "no inline style: the CSP forbids it");
    }
}
