//! Link settings of the `keydrop` executable.
//!
//! Relative relocations are packed (`-z pack-relative-relocs`, the DT_RELR format): a
//! position-independent executable of this size carries about 75,000 of them, 1.8 MB of
//! `.rela.dyn` that the loader reads at every start and that then stayed resident for the
//! life of the process, a tenth of the idle server's memory. Packed, they take a few
//! kilobytes. The executable stays position-independent (its addresses still move from run
//! to run). Only glibc 2.36 and later know the packed format, so it is used only when the
//! build machine's glibc (the one the executable is linked against) is that recent; older
//! ones get the usual table.

use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let gnu_linux = std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux")
        && std::env::var("CARGO_CFG_TARGET_ENV").as_deref() == Ok("gnu");
    if gnu_linux && glibc_knows_packed_relocations() {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
}

/// True when `getconf GNU_LIBC_VERSION` answers glibc 2.36 or later.
fn glibc_knows_packed_relocations() -> bool {
    let Ok(output) = Command::new("getconf").arg("GNU_LIBC_VERSION").output() else {
        return false;
    };
    let text = String::from_utf8_lossy(&output.stdout);
    let version = text.trim().strip_prefix("glibc ").unwrap_or_default();
    let mut parts = version.split('.').map(|part| part.parse::<u32>().ok());
    match (parts.next().flatten(), parts.next().flatten()) {
        (Some(major), Some(minor)) => (major, minor) >= (2, 36),
        _ => false,
    }
}
