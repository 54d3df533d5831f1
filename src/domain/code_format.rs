//! Promo codes: what a loaded code may look like, and how keydrop generates its own.
//!
//! Generated codes use an alphabet of 31 symbols without look-alikes (no 0/O, no 1/I/L). 31 is
//! prime, so a weighted sum modulo 31 with distinct non-zero neighbouring weights catches every
//! single wrong character and every swap of two neighbouring characters: the last character of
//! a generated code is that check character.

use rand::{Rng, RngExt};

/// The symbols of generated codes: digits 2–9 and A–Z without I, L and O.
pub const ALPHABET: &[u8; 31] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
/// Shortest code accepted in a batch.
pub const MIN_LEN: usize = 4;
/// Longest code accepted in a batch.
pub const MAX_LEN: usize = 64;
/// Random symbols in a generated code (31^15 ≈ 2^74 possibilities), before the check symbol.
pub const GENERATED_RANDOM_SYMBOLS: usize = 15;
/// Generated codes are shown in groups of this many symbols, joined by '-'.
pub const GROUP_SIZE: usize = 4;

/// Why one entry of a batch cannot be loaded as a code.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum CodeProblem {
    Empty,
    /// The characters outside A–Z, 0–9 and '-', in order of appearance, each once.
    BadCharacters(String),
    TooShort(usize),
    TooLong(usize),
}

impl std::fmt::Display for CodeProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CodeProblem::Empty => write!(f, "empty"),
            CodeProblem::BadCharacters(chars) => {
                write!(f, "bad characters {chars:?}: only A-Z, 0-9 and '-' are allowed")
            }
            CodeProblem::TooShort(len) => {
                write!(f, "too short: {len} characters, at least {MIN_LEN}")
            }
            CodeProblem::TooLong(len) => write!(f, "too long: {len} characters, at most {MAX_LEN}"),
        }
    }
}

impl CodeProblem {
    /// The problem in `lang`, for a page (its `Display` stays English, for the command line
    /// and the API).
    pub fn words(&self, lang: crate::i18n::Lang) -> String {
        let count = |len: usize| (len as f64).into();
        match self {
            CodeProblem::Empty => lang.t("admin-line-empty"),
            CodeProblem::BadCharacters(chars) => {
                lang.t_args("admin-line-bad-characters", &[("chars", chars.as_str().into())])
            }
            CodeProblem::TooShort(len) => lang.t_args("admin-line-too-short", &[("count", count(*len))]),
            CodeProblem::TooLong(len) => lang.t_args("admin-line-too-long", &[("count", count(*len))]),
        }
    }
}

/// Canonical form of a code from a file or a form: trimmed, checked, then upper-cased. The
/// characters are checked before any case change: Unicode case mapping would turn `ﬁ` into
/// `FI` and `ß` into `SS`, loading a code the vendor never issued.
pub fn canonicalize(raw: &str) -> Result<String, CodeProblem> {
    let code = raw.trim();
    if code.is_empty() {
        return Err(CodeProblem::Empty);
    }
    let mut bad = String::new();
    for ch in code.chars() {
        let allowed = ch.is_ascii_alphanumeric() || ch == '-';
        if !allowed && !bad.contains(ch) {
            bad.push(ch);
        }
    }
    if !bad.is_empty() {
        return Err(CodeProblem::BadCharacters(bad));
    }
    let code = code.to_ascii_uppercase();
    match code.len() {
        len if len < MIN_LEN => Err(CodeProblem::TooShort(len)),
        len if len > MAX_LEN => Err(CodeProblem::TooLong(len)),
        _ => Ok(code),
    }
}

fn symbol_value(symbol: u8) -> Option<u32> {
    ALPHABET.iter().position(|&s| s == symbol).map(|p| p as u32)
}

/// Weight of the symbol at `index`: 1..=30 repeating, so neighbours always differ and no
/// weight is 0 modulo 31.
fn weight(index: usize) -> u32 {
    (index % 30) as u32 + 1
}

/// Weighted sum of the symbols modulo 31, or `None` when a symbol is not in the alphabet.
fn weighted_sum(symbols: &[u8]) -> Option<u32> {
    symbols.iter().enumerate().try_fold(0u32, |sum, (i, &symbol)| {
        Some((sum + weight(i) * symbol_value(symbol)?) % 31)
    })
}

/// The check symbol that makes the weighted sum of `symbols` followed by it 0 modulo 31.
fn check_symbol(symbols: &[u8]) -> u8 {
    let sum = weighted_sum(symbols).expect("generated symbols are in the alphabet");
    let w = weight(symbols.len());
    // Solve w * c ≡ -sum (mod 31); 31 is prime so w has an inverse, w^29 by Fermat.
    let inverse = (0..29).fold(1u32, |acc, _| acc * w % 31);
    let value = (31 - sum) % 31 * inverse % 31;
    ALPHABET[value as usize]
}

/// True when `code` is a well-formed generated code whose check symbol matches: its last 16
/// symbols (after any prefix; '-' separators ignored) are checked.
pub fn has_valid_check_symbol(code: &str) -> bool {
    let symbols: Vec<u8> = code.bytes().filter(|&b| b != b'-').collect();
    let body_len = GENERATED_RANDOM_SYMBOLS + 1;
    let groups: Vec<&str> = code.split('-').collect();
    let prefixed = groups.len() > body_len / GROUP_SIZE;
    let body = if prefixed {
        // With a prefix, the body is exactly the last four groups of four.
        let tail = &groups[groups.len() - body_len / GROUP_SIZE..];
        if !tail.iter().all(|g| g.len() == GROUP_SIZE) {
            return false;
        }
        tail.concat().into_bytes()
    } else {
        symbols
    };
    body.len() == body_len && weighted_sum(&body) == Some(0)
}

/// The longest prefix a generated batch may carry.
pub const MAX_PREFIX_LEN: usize = 12;

/// True for a prefix of generated codes: empty, or up to 12 of A–Z and 0–9.
pub fn is_valid_prefix(prefix: &str) -> bool {
    prefix.len() <= MAX_PREFIX_LEN
        && prefix
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// Makes one code with a prefix (see [`is_valid_prefix`]), e.g. `PYPI-7KQ4-MZ2X-HH9T-R3WC`.
pub fn generate_with_prefix(rng: &mut impl Rng, prefix: &str) -> String {
    if prefix.is_empty() {
        generate(rng)
    } else {
        format!("{prefix}-{}", generate(rng))
    }
}

/// Makes one code: random symbols from `rng` (callers pass the OS-seeded CSPRNG) plus the check
/// symbol, grouped for reading, e.g. `7KQ4-MZ2X-HH9T-R3WC`.
pub fn generate(rng: &mut impl Rng) -> String {
    let mut symbols: Vec<u8> = (0..GENERATED_RANDOM_SYMBOLS)
        .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())])
        .collect();
    symbols.push(check_symbol(&symbols));
    symbols
        .chunks(GROUP_SIZE)
        .map(|group| std::str::from_utf8(group).expect("ASCII"))
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alphabet_has_no_look_alikes_and_no_repeats() {
        for look_alike in b"01OIL" {
            assert!(!ALPHABET.contains(look_alike));
        }
        let mut sorted = ALPHABET.to_vec();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), 31);
    }

    #[test]
    fn canonical_codes_are_trimmed_and_upper_cased() {
        assert_eq!(canonicalize("  titan-ab12 \r").unwrap(), "TITAN-AB12");
    }

    #[test]
    fn non_ascii_letters_are_refused_not_case_mapped() {
        // Upper-casing first would have made these KDFI9999 and KDSS88888.
        assert_eq!(
            canonicalize("kdﬁ9999"),
            Err(CodeProblem::BadCharacters("ﬁ".into()))
        );
        assert_eq!(
            canonicalize("kdß88888"),
            Err(CodeProblem::BadCharacters("ß".into()))
        );
        // Look-alikes: Cyrillic А and Greek Ο are not A and O.
        assert_eq!(
            canonicalize("АBCD-Ο123"),
            Err(CodeProblem::BadCharacters("АΟ".into()))
        );
        assert_eq!(
            canonicalize("ｆｕｌｌ"),
            Err(CodeProblem::BadCharacters("ｆｕｌ".into()))
        );
    }

    #[test]
    fn bad_codes_have_reasons() {
        assert_eq!(canonicalize("   "), Err(CodeProblem::Empty));
        assert_eq!(
            canonicalize("AB C_D"),
            Err(CodeProblem::BadCharacters(" _".into()))
        );
        assert_eq!(canonicalize("ÄBCD"), Err(CodeProblem::BadCharacters("Ä".into())));
        assert_eq!(canonicalize("ABC"), Err(CodeProblem::TooShort(3)));
        assert_eq!(canonicalize(&"A".repeat(65)), Err(CodeProblem::TooLong(65)));
        assert!(canonicalize(&"A".repeat(64)).is_ok());
        assert!(CodeProblem::TooLong(65).to_string().contains("at most 64"));
    }

    #[test]
    fn generated_codes_are_grouped_valid_and_canonical() {
        let mut rng = rand::rng();
        for _ in 0..1000 {
            let code = generate(&mut rng);
            assert_eq!(code.len(), 19, "{code}");
            assert_eq!(code.matches('-').count(), 3, "{code}");
            assert!(has_valid_check_symbol(&code), "{code}");
            assert_eq!(canonicalize(&code).unwrap(), code);
        }
    }

    #[test]
    fn check_symbol_catches_every_single_substitution() {
        let mut rng = rand::rng();
        for _ in 0..50 {
            let code: Vec<u8> = generate(&mut rng).bytes().filter(|&b| b != b'-').collect();
            for i in 0..code.len() {
                for &other in ALPHABET.iter().filter(|&&s| s != code[i]) {
                    let mut wrong = code.clone();
                    wrong[i] = other;
                    assert!(!has_valid_check_symbol(std::str::from_utf8(&wrong).unwrap()));
                }
            }
        }
    }

    #[test]
    fn check_symbol_catches_every_swap_of_neighbours() {
        let mut rng = rand::rng();
        for _ in 0..500 {
            let code: Vec<u8> = generate(&mut rng).bytes().filter(|&b| b != b'-').collect();
            for i in 0..code.len() - 1 {
                if code[i] == code[i + 1] {
                    continue; // swapping equal symbols changes nothing
                }
                let mut swapped = code.clone();
                swapped.swap(i, i + 1);
                assert!(!has_valid_check_symbol(std::str::from_utf8(&swapped).unwrap()));
            }
        }
    }

    #[test]
    fn prefixed_codes_keep_their_check_symbol() {
        let mut rng = rand::rng();
        let code = generate_with_prefix(&mut rng, "PYPI26");
        assert!(code.starts_with("PYPI26-") && code.len() == 26, "{code}");
        assert!(has_valid_check_symbol(&code));
        assert_eq!(canonicalize(&code).unwrap(), code);
        assert!(
            is_valid_prefix("")
                && is_valid_prefix("PYPI26")
                && !is_valid_prefix("PY-PI")
                && !is_valid_prefix("ABCDEFGHIJKLM")
        );
    }

    #[test]
    fn codes_of_another_shape_have_no_valid_check_symbol() {
        assert!(!has_valid_check_symbol("TITAN-AB12"));
        assert!(!has_valid_check_symbol("0000-0000-0000-0000"));
    }
}
