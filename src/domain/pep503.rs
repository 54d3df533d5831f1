//! Project-name normalisation as PyPI does it (PEP 503).

/// Normalises a project name: runs of `-`, `_` and `.` become one `-`, and letters are
/// lower-cased, so `Foo.Bar__baz` and `foo-bar-baz` name the same project.
pub fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut in_separator_run = false;
    for ch in name.trim().chars() {
        if matches!(ch, '-' | '_' | '.') {
            if !in_separator_run {
                out.push('-');
            }
            in_separator_run = true;
        } else {
            out.extend(ch.to_lowercase());
            in_separator_run = false;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn follows_pep_503_examples() {
        // The examples given in PEP 503 and PyPI's own tests.
        for name in [
            "friendly-bard",
            "Friendly-Bard",
            "FRIENDLY-BARD",
            "friendly.bard",
            "friendly_bard",
            "friendly--bard",
            "FrIeNdLy-._.-bArD",
        ] {
            assert_eq!(normalize(name), "friendly-bard", "{name}");
        }
    }

    #[test]
    fn keeps_digits_and_trims_whitespace() {
        assert_eq!(normalize("  Py3.Zip  "), "py3-zip");
        assert_eq!(normalize("zope.interface"), "zope-interface");
        assert_eq!(normalize("a"), "a");
    }
}
