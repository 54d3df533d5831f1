//! The check symbol: every generated code passes; any single wrong symbol and any swap of two
//! different neighbours fails.
#![no_main]

use keydrop::domain::code_format::{ALPHABET, generate_with_prefix, has_valid_check_symbol};
use libfuzzer_sys::fuzz_target;
use rand::SeedableRng;

fuzz_target!(|input: ([u8; 32], u8, u8, u8)| {
    let (seed, position, replacement, prefix_len) = input;
    let mut rng = rand::rngs::StdRng::from_seed(seed);
    let prefix: String = "PYPI26XYZ123".chars().take(prefix_len as usize % 13).collect();
    let code = generate_with_prefix(&mut rng, &prefix);
    assert!(has_valid_check_symbol(&code), "{code:?}");

    // The body: the last 16 symbols, without the separators.
    let body_positions: Vec<usize> = code
        .char_indices()
        .filter(|&(_, c)| c != '-')
        .map(|(i, _)| i)
        .collect::<Vec<_>>()
        .split_off(code.chars().filter(|&c| c != '-').count() - 16);
    let at = body_positions[position as usize % 16];
    let new_symbol = ALPHABET[replacement as usize % ALPHABET.len()];
    let mut wrong = code.clone().into_bytes();
    if wrong[at] != new_symbol {
        wrong[at] = new_symbol;
        let wrong = String::from_utf8(wrong).unwrap();
        assert!(!has_valid_check_symbol(&wrong), "{code:?} -> {wrong:?} passes");
    }
    let next = body_positions[(position as usize % 15) + 1];
    let here = body_positions[position as usize % 15];
    let mut swapped = code.clone().into_bytes();
    if swapped[here] != swapped[next] {
        swapped.swap(here, next);
        let swapped = String::from_utf8(swapped).unwrap();
        assert!(!has_valid_check_symbol(&swapped), "{code:?} -> {swapped:?} passes");
    }
});
