//! The integration suite, as one test binary: one module per area, sharing `common` (the test
//! server, the browser-like client, real SMTP and a fake Stripe). One binary means the shared
//! code compiles once and the suite links once, which is most of CI's build time.
//!
//! Every test written with [`backend_tests!`] runs on SQLite and on PostgreSQL.

#[macro_use]
mod common;

mod admin;
mod batching;
mod cli;
mod concurrency;
mod crash;
mod e2e;
mod faults;
mod giveaway;
mod hand_back;
mod hostile;
mod kept_reads;
mod languages;
mod limits;
mod loading;
mod mail;
mod mail_languages;
mod offers;
mod outcome;
mod prometheus;
mod registry_live;
mod replicas;
mod rough_edges;
mod second_factor;
mod security_keys;
mod sessions;
mod signin;
mod stock;
mod stripe;
mod structure;
mod translated_admin;
mod translated_pages;
mod translated_people;
