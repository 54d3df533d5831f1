//! The giveaway's rules as pure functions: no I/O, each with its own unit tests.

pub mod batch_file;
pub mod code_format;
pub mod cohort;
pub mod countries;
pub mod country_names;
pub mod eligibility;
pub mod ownership;
pub mod pep503;
pub mod phases;
pub mod rates;
pub mod registry_files;
pub mod vendor_report;
