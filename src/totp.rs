//! Time-based one-time passwords (RFC 6238) for the admin area: 6 digits, 30-second steps,
//! SHA-1 (what authenticator apps support), one step of clock skew either way.

use rand::Rng;
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
