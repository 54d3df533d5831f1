//! keydrop: a hardware-security-key giveaway for the maintainers of a package registry's
//! critical projects.

pub mod domain;
