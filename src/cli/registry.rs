//! `keydrop registry import`: the registry's projects, users and roles.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::{CliResult, Context, open_file};
use crate::domain::cohort::CohortRule;

#[derive(Debug, Subcommand)]
pub enum RegistryCommand {
    /// Import (or re-import) projects, users and roles, and mark the critical projects.
    Import(RegistryImport),
}

#[derive(Debug, Args)]
pub struct RegistryImport {
    /// CSV: name,downloads
    #[arg(long)]
    projects: PathBuf,
    /// CSV: username,email,date_joined,has_totp,has_webauthn
    #[arg(long)]
    users: PathBuf,
    /// CSV: project,username,role (Owner or Maintainer)
    #[arg(long)]
    roles: PathBuf,
    /// Critical = this top percentage of the imported projects by downloads.
    #[arg(long, default_value_t = 1.0, conflicts_with = "cohort_size")]
    top_percent: f64,
    /// Critical = exactly this many most-downloaded projects (when the import holds only the
    /// head of a larger registry).
    #[arg(long)]
    cohort_size: Option<u64>,
}

pub(super) async fn run(ctx: &Context, command: RegistryCommand) -> CliResult {
    let RegistryCommand::Import(args) = command;
    let rule = match args.cohort_size {
        Some(size) => CohortRule::Size(size),
        None => {
            anyhow::ensure!(
                (0.0..=100.0).contains(&args.top_percent),
                "--top-percent must be between 0 and 100"
            );
            CohortRule::TopPercent(args.top_percent)
        }
    };
    let s = crate::registry::import(
        &ctx.store,
        open_file(&args.projects)?,
        open_file(&args.users)?,
        open_file(&args.roles)?,
        rule,
        ctx.clock.unix(),
        &ctx.actor(),
    )
    .await?;
    println!(
        "imported {} projects (critical set this time: the top {}; {} newly critical; {} critical in all), {} users ({} new), {} roles",
        s.projects, s.cohort_size, s.newly_critical, s.critical_total, s.users, s.users_added, s.roles
    );
    Ok(())
}
