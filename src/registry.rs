//! Importing the registry's export (projects, users, roles): the one path the command line
//! and the demo share. The files are read and checked whole first (every problem named by
//! file and line); only then does the store apply them, in one transaction.

use std::io::Read;

use crate::domain::cohort::CohortRule;
use crate::domain::registry_files::{self, Refused};
use crate::store::{ImportSummary, Store};

/// Reads and checks the three files, then imports them; files with any problem import
/// nothing and answer [`Refused`].
pub async fn import(
    store: &Store,
    projects: impl Read,
    users: impl Read,
    roles: impl Read,
    rule: CohortRule,
    now: i64,
    actor: &str,
) -> anyhow::Result<ImportSummary> {
    let export = registry_files::read(projects, users, roles).map_err(Refused)?;
    Ok(store.import_registry(&export, rule, now, actor).await?)
}
