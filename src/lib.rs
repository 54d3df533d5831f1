//! keydrop: a hardware-security-key giveaway for the maintainers of a package registry's
//! critical projects.
//!
//! - [`domain`]: the rules, as pure functions.
//! - [`store`]: all SQL, over SQLite or PostgreSQL.
//! - [`giveaway`]: a maintainer's standing and claim, joining the two.
//! - [`batches`] and [`registry`]: loading code batches and the registry's export, one path
//!   each for every caller.
//! - [`registry_live`]: the registry's own word on who maintains a project, asked at claim
//!   time when `KEYDROP_REGISTRY_URL` is set.
//! - [`lifecycle`]: a finished campaign's archive and the purge of its personal data.
//! - [`web`]: the browser pages; [`server`] runs them.
//! - [`cli`]: the command line, for operators and scripts.

pub mod batches;
pub mod cli;
pub mod clock;
pub mod config;
pub mod demo;
pub mod domain;
pub mod giveaway;
pub mod i18n;
pub mod lifecycle;
pub mod limiter;
pub mod mail;
pub mod registry;
pub mod registry_live;
pub mod secrets;
pub mod server;
pub mod service_metrics;
pub mod signin;
pub mod store;
pub mod stripe;
pub mod tokens;
pub mod totp;
pub mod web;
