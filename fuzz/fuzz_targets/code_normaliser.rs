//! The code normaliser on any text: what it accepts is canonical, stays the same when
//! normalised again, and is the input up to ASCII case and surrounding white space.
#![no_main]

use keydrop::domain::code_format::canonicalize;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|raw: &str| {
    if let Ok(code) = canonicalize(raw) {
        assert!(code.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-'), "{code:?}");
        assert_eq!(canonicalize(&code).as_deref(), Ok(code.as_str()), "not idempotent");
        assert!(code.eq_ignore_ascii_case(raw.trim()), "{raw:?} became {code:?}");
    }
});
