//! `keydrop codes ...`: load a batch file, generate a batch, take a vendor's redemption
//! report. Loading and generating go through [`crate::batches`], as the browser and the API
//! do.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use clap::{Args, Subcommand};
use futures_util::StreamExt;

use super::{CliResult, Context, open_file};
use crate::batches::{self, BatchOptions, LoadReport, new_batch};
use crate::domain::registry_files::Refused;
use crate::domain::{code_format, vendor_report};
use crate::store::{Campaign, NewBatch};

#[derive(Debug, Subcommand)]
pub enum CodesCommand {
    /// Load a batch of codes: one per line, or CSV with a `code` column.
    Import {
        file: PathBuf,
        #[command(flatten)]
        batch: BatchArgs,
        /// Load the good lines even when some are bad (they are still reported).
        #[arg(long)]
        skip_bad: bool,
    },
    /// Make a batch of codes with the OS's random generator and write it as CSV for the vendor.
    Generate {
        #[arg(long)]
        count: u64,
        #[command(flatten)]
        batch: BatchArgs,
        /// Put this before every code (up to 12 of A-Z and 0-9), e.g. PYPI26.
        #[arg(long, default_value = "")]
        prefix: String,
        /// Where to write the CSV (code,expires_on); standard output when not given.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Import a vendor's redemption report: CSV with `code` and `date` columns.
    Redeemed { file: PathBuf },
}

/// Options of a new batch.
#[derive(Debug, Args)]
pub struct BatchArgs {
    /// The campaign the batch belongs to.
    #[arg(long)]
    campaign: String,
    /// The offer the batch's codes are of (default: the campaign's only offer).
    #[arg(long)]
    offer: Option<String>,
    /// Last day the codes can be used (YYYY-MM-DD, UTC).
    #[arg(long)]
    expires: NaiveDate,
    /// Only maintainers in these countries receive codes of this batch (default: all of the
    /// offer's countries).
    #[arg(long)]
    countries: Option<String>,
    /// A name for the batch, e.g. the vendor's order number.
    #[arg(long)]
    label: Option<String>,
}

/// The most codes one `codes generate` makes.
const MAX_GENERATED: u64 = 10_000_000;

pub(super) async fn run(ctx: &Context, command: CodesCommand) -> CliResult {
    match command {
        CodesCommand::Import {
            file,
            batch,
            skip_bad,
        } => import(ctx, &file, &batch, skip_bad).await,
        CodesCommand::Generate {
            count,
            batch,
            prefix,
            out,
        } => generate(ctx, count, &prefix.to_uppercase(), &batch, out.as_deref()).await,
        CodesCommand::Redeemed { file } => redeemed(ctx, &file).await,
    }
}

/// Checks the batch options against the campaign (see [`crate::batches::new_batch`]).
async fn batch_for(
    ctx: &Context,
    args: &BatchArgs,
    source: &'static str,
) -> anyhow::Result<(Campaign, NewBatch)> {
    let options = BatchOptions {
        campaign: &args.campaign,
        offer: args.offer.as_deref(),
        expires_on: args.expires,
        countries: args.countries.as_deref(),
        label: args.label.as_deref(),
        source,
        created_by: ctx.actor(),
    };
    Ok(new_batch(&ctx.store, options, ctx.clock.today()).await??)
}

/// The report of a load's bad lines, one per line (the first thousand, then how many more).
fn bad_lines_report(load: &LoadReport) -> String {
    let mut report: String = load
        .bad
        .iter()
        .map(|bad| format!("  line {}: {}\n", bad.line, bad.problem))
        .collect();
    let unlisted = load.bad_count - load.bad.len() as u64;
    if unlisted > 0 {
        report.push_str(&format!("  ... and {unlisted} more bad lines\n"));
    }
    report
}

async fn import(ctx: &Context, file: &Path, args: &BatchArgs, skip_bad: bool) -> CliResult {
    let name = file.display().to_string();
    let reader = open_file(file)?;
    let (campaign, new) = batch_for(ctx, args, "imported").await?;
    let load = batches::load(&ctx.store, &new, reader, skip_bad, ctx.clock.unix())
        .await
        .map_err(|e| anyhow::anyhow!("cannot load {name}: {e:#}"))?;
    let (entries, report) = (load.entries, bad_lines_report(&load));
    match load.batch_id {
        Some(batch_id) => {
            println!(
                "loaded {} of {entries} codes into campaign {:?} as batch {batch_id}",
                load.loaded, campaign.name
            );
            if !report.is_empty() {
                eprint!("skipped {} bad lines:\n{report}", load.bad_count);
            }
            Ok(())
        }
        None if report.is_empty() => anyhow::bail!("nothing was loaded: {name} holds no codes"),
        None => anyhow::bail!(
            "nothing was loaded: {} of {entries} lines are bad{}\n{}",
            load.bad_count,
            if skip_bad {
                ""
            } else {
                " (fix them, or load the good lines with --skip-bad)"
            },
            report.trim_end()
        ),
    }
}

async fn generate(
    ctx: &Context,
    count: u64,
    prefix: &str,
    args: &BatchArgs,
    out: Option<&Path>,
) -> CliResult {
    anyhow::ensure!(
        (1..=MAX_GENERATED).contains(&count),
        "--count must be between 1 and {MAX_GENERATED}"
    );
    let (campaign, new) = batch_for(ctx, args, "generated").await?;
    anyhow::ensure!(
        code_format::is_valid_prefix(prefix),
        "--prefix must be at most {} letters A-Z and digits",
        code_format::MAX_PREFIX_LEN
    );
    let load = batches::generate(&ctx.store, &new, count, prefix, ctx.clock.unix()).await?;
    let batch_id = load.batch_id.ok_or_else(|| {
        anyhow::anyhow!(
            "a generated code collided with a loaded one; nothing was loaded, run the command again"
        )
    })?;
    let writer: Box<dyn std::io::Write> = match out {
        Some(path) => Box::new(
            std::fs::File::create(path)
                .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?,
        ),
        None => Box::new(std::io::stdout().lock()),
    };
    // The codes stream back from the database: a large batch is never held in memory.
    let mut csv = csv::Writer::from_writer(std::io::BufWriter::new(writer));
    csv.write_record(["code", "expires_on"])?;
    let mut codes = ctx.store.batch_codes(batch_id);
    while let Some(row) = codes.next().await {
        let (code, expires_on) = row?;
        csv.write_record([code, expires_on.to_string()])?;
    }
    csv.flush()?;
    eprintln!(
        "generated {} codes into campaign {:?} as batch {batch_id}",
        load.loaded, campaign.name
    );
    Ok(())
}

async fn redeemed(ctx: &Context, file: &Path) -> CliResult {
    let rows = vendor_report::read(open_file(file)?).map_err(Refused)?;
    let report = ctx
        .store
        .import_vendor_redemptions(&rows, ctx.clock.unix(), &ctx.actor())
        .await?;
    println!("{}", report.summary());
    let list = |title: &str, rows: &[(u64, String)]| {
        if !rows.is_empty() {
            println!("{title}: {}", rows.len());
            for (line, code) in rows {
                println!("  line {line}: {code}");
            }
        }
    };
    list("unknown codes (not loaded in keydrop)", &report.unknown);
    list(
        "codes never handed out by keydrop (now marked redeemed so nobody receives them)",
        &report.never_assigned,
    );
    list("revoked codes (left revoked)", &report.revoked);
    Ok(())
}
