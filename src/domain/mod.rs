//! The giveaway's rules as pure functions: no I/O, each with its own unit tests.

pub mod batch_file;
pub mod code_format;
pub mod cohort;
pub mod countries;
pub mod eligibility;
pub mod pep503;
pub mod rates;
pub mod registry_files;
pub mod vendor_report;
