//! The batch-file reader on any bytes: it never panics, and what it reports holds together.
#![no_main]

use keydrop::domain::batch_file;
use keydrop::domain::code_format::{MAX_LEN, MIN_LEN};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(check) = batch_file::check(data) else {
        return; // reading from a slice cannot fail, but the reader may say so
    };
    let physical_lines = data.split(|&b| b == b'\n').count() as u64;
    assert_eq!(check.entries, (check.good.len() + check.bad.len()) as u64);
    let mut seen = std::collections::HashSet::new();
    for good in &check.good {
        assert!(good.line >= 1 && good.line <= physical_lines, "line {} of {physical_lines}", good.line);
        assert!((MIN_LEN..=MAX_LEN).contains(&good.code.len()), "{:?}", good.code);
        assert!(
            good.code.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-'),
            "{:?}",
            good.code
        );
        assert!(seen.insert(good.code.clone()), "a code twice among the good lines: {:?}", good.code);
    }
    for bad in &check.bad {
        assert!(bad.line >= 1 && bad.line <= physical_lines, "line {} of {physical_lines}", bad.line);
        assert!(!check.good.iter().any(|g| g.line == bad.line), "line {} is good and bad", bad.line);
    }
    assert!(check.good.windows(2).all(|w| w[0].line < w[1].line), "good lines out of order");
});
