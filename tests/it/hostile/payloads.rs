//! The hostile values every text field, query parameter and path parameter is tried with.

/// How the service must take a value, whatever field it is put in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Text, however odd: the field's own rules judge it (refused as no date, kept escaped as
    /// a reason, ...).
    Text,
    /// Not text at all (a NUL, a control character, bytes that are not UTF-8): refused before
    /// any handler reads it.
    NotText,
    /// One character more than a field takes.
    TooLong,
    /// A value larger than a form's whole body may be.
    Huge,
}

/// One hostile value.
#[derive(Debug, Clone)]
pub struct Payload {
    pub name: &'static str,
    /// The value as text, when it is text (`None` for bytes that are not UTF-8).
    pub text: Option<String>,
    /// The value percent-encoded: for a form body, a query string or a path segment.
    pub encoded: String,
    pub class: Class,
}

/// Every byte but RFC 3986's unreserved characters percent-encoded.
pub fn encode(bytes: &[u8]) -> String {
    let mut encoded = String::with_capacity(bytes.len() * 3);
    for byte in bytes {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(byte) {
            encoded.push(char::from(*byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

fn text(name: &'static str, value: &str, class: Class) -> Payload {
    Payload {
        name,
        text: Some(value.to_string()),
        encoded: encode(value.as_bytes()),
        class,
    }
}

/// The values text may hold that are meant to be refused or shown harmlessly. `unique`
/// makes each value of one run distinct (a campaign name must be), and is put where the
/// hostile part stays intact.
pub fn text_payloads(unique: &str) -> Vec<Payload> {
    use Class::Text;
    vec![
        text(
            "CR/LF",
            &format!("{unique}\r\nSet-Cookie: kd_session=forged"),
            Text,
        ),
        text("HTML", &format!("<script>alert('{unique}')</script>"), Text),
        text("SQL", &format!("{unique}' OR 1=1; DROP TABLE codes; --"), Text),
        // Cyrillic А (U+0410) and е (U+0435) in place of the Latin letters.
        text("look-alike Unicode", &format!("Аlicе {unique}"), Text),
        text(
            "fullwidth digits",
            &format!("２０２６－１２－３１ {unique}"),
            Text,
        ),
        // U+202E RIGHT-TO-LEFT OVERRIDE: the text reads backwards on screen.
        text("RTL override", &format!("{unique} \u{202E}fdp.exe"), Text),
    ]
}

/// The values no field takes.
pub fn refused_payloads() -> Vec<Payload> {
    vec![
        text("NUL", "before\0after", Class::NotText),
        text("escape sequence", "\u{1b}[2J\u{1b}[31mred", Class::NotText),
        Payload {
            name: "invalid UTF-8",
            text: None,
            encoded: encode(b"ok\xff\xfe\xc3("),
            class: Class::NotText,
        },
        text("2,001 characters", &"x".repeat(2001), Class::TooLong),
        text("70 KiB", &"y".repeat(70 * 1024), Class::Huge),
    ]
}

/// Every hostile value, text first.
pub fn all(unique: &str) -> Vec<Payload> {
    let mut payloads = text_payloads(unique);
    payloads.extend(refused_payloads());
    payloads
}
