//! keydrop-bench: the figures of BENCHMARKS.md, each measured in the same run as its baseline
//! and reported as a ratio with the absolute numbers beside it.
//!
//! ```sh
//! cargo bench --bench keydrop-bench -- --quick   # small sizes, under a minute, prints only
//! cargo bench --bench keydrop-bench              # the sizes of BENCHMARKS.md, rewrites its table
//! ```
//!
//! PostgreSQL is measured too when `KEYDROP_TEST_POSTGRES_URL` names a server on which the
//! user may create databases. The server under test is a real `keydrop serve` process of the
//! same (release) build, so its RSS is read from /proc; the client is one HTTP client with
//! 64 connections. Flags: `--quick`, `--out FILE` (write the table between the markers of
//! FILE; a full run writes BENCHMARKS.md), `--sqlite-only`, `--postgres-only` (the PostgreSQL
//! stampede alone), `--sqlite-main-only` (the SQLite stampede, pages and memory rows),
//! `--import-only` (the import rows and the claims during a load); the last three print a
//! partial table and write nothing unless `--out` is given.

#[path = "../../tests/it/common/db.rs"]
#[allow(dead_code)]
mod db;
mod measure;
#[path = "../../tests/it/common/process.rs"]
#[allow(dead_code)]
mod process;
#[path = "../../tests/it/common/settings.rs"]
mod settings;
mod world;

use std::fmt::Write as _;

use db::Backend;
use measure::{CodeOrder, Imports, Sample, claims_during_load, gets, holdings, import, raw_claims, stampede};
use world::{Server, Size, World, proc_cpu_seconds, proc_mb, reset_peak};

/// The sizes of a run.
struct Plan {
    quick: bool,
    base: Size,
    million: usize,
    import: usize,
    page_requests: usize,
    /// Claims before a load (the baseline of the claims during it).
    quiet_claims: usize,
    /// The most claims made during the load (the maintainers for them).
    claims_during_load: usize,
}

impl Plan {
    fn new(quick: bool) -> Plan {
        if quick {
            Plan {
                quick,
                base: Size {
                    maintainers: 600,
                    codes: 150,
                    baseline_codes: 600,
                },
                million: 100_000,
                import: 100_000,
                page_requests: 3_000,
                quiet_claims: 100,
                claims_during_load: 400,
            }
        } else {
            Plan {
                quick,
                base: Size {
                    maintainers: 8_241,
                    codes: 2_000,
                    baseline_codes: 8_000,
                },
                million: 1_000_000,
                import: 1_000_000,
                page_requests: 20_000,
                quiet_claims: 300,
                claims_during_load: 2_000,
            }
        }
    }
}

/// One line of the table.
struct Row {
    what: String,
    keydrop: String,
    baseline: String,
    ratio: f64,
    target: String,
    met: bool,
    why: String,
}

fn ms(sample: &Sample) -> String {
    format!(
        "p50 {:.1} ms, p99 {:.1} ms",
        sample.percentile_ms(0.5),
        sample.percentile_ms(0.99)
    )
}

/// A stampede on a fresh world of `size`: the sample, its holdings check and the server's
/// idle and peak RSS.
struct Stampede {
    sample: Sample,
    errors: usize,
    correct: bool,
    detail: String,
    idle_mb: f64,
    peak_mb: f64,
}

async fn run_stampede(world: &World, server: &Server, size: Size) -> Stampede {
    let idle_mb = proc_mb(server.pid(), "VmRSS:").unwrap_or(0.0);
    reset_peak(server.pid());
    let sample = stampede(world, &server.base).await;
    let peak_mb = proc_mb(server.pid(), "VmHWM:").unwrap_or(0.0);
    let held = holdings(world).await;
    let expected = size.maintainers.min(size.codes) as i64;
    // 303: a code (or the one held); 409: none left. Anything else is an error.
    let errors = sample.errors(&[303, 409]);
    let correct = held.assigned == expected
        && held.holders == expected
        && held.counter_exact
        && sample.count(303) as i64 == expected;
    let detail = format!(
        "{} distinct codes held by {} distinct maintainers (expected {expected}), stock counter {}",
        held.assigned,
        held.holders,
        if held.counter_exact { "exact" } else { "WRONG" }
    );
    Stampede {
        sample,
        errors,
        correct,
        detail,
        idle_mb,
        peak_mb,
    }
}

/// The stampede on `backend` with its baselines: the rows of the stampede, and (SQLite) of
/// pages and memory; answers the claims/s for the scaling rows.
async fn main_scenario(plan: &Plan, backend: Backend, rows: &mut Vec<Row>) -> f64 {
    let name = match backend {
        Backend::Sqlite => "SQLite",
        Backend::Postgres => "PostgreSQL",
    };
    eprintln!(
        "[{name}] building {} maintainers, {} codes",
        plan.base.maintainers, plan.base.codes
    );
    let world = World::build(backend, plan.base).await;
    let server = Server::start(world.db.url()).await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let idle_mb = proc_mb(server.pid(), "VmRSS:").unwrap_or(0.0);
    eprintln!("[{name}] trivial handler, pages, raw claims");
    let cpu_before = proc_cpu_seconds(server.pid()).unwrap_or(0.0);
    let trivial = gets(
        &world,
        &server.base,
        "/static/favicon.svg",
        plan.page_requests,
        false,
    )
    .await;
    let trivial_cpu_us =
        (proc_cpu_seconds(server.pid()).unwrap_or(0.0) - cpu_before) * 1e6 / plan.page_requests as f64;
    // Each page run with the server's CPU time per request (µs).
    let mut pages = Vec::new();
    if backend == Backend::Sqlite {
        // A signed-in visitor of the start page is sent on to their page (303).
        for (what, path) in [("GET / signed in", "/"), ("GET /giveaway signed in", "/giveaway")] {
            let cpu_before = proc_cpu_seconds(server.pid()).unwrap_or(0.0);
            let sample = gets(&world, &server.base, path, plan.page_requests, true).await;
            let cpu = proc_cpu_seconds(server.pid()).unwrap_or(0.0) - cpu_before;
            pages.push((what, sample, cpu * 1e6 / plan.page_requests as f64));
        }
    }
    let raw = raw_claims(&world).await;
    eprintln!("[{name}] stampede");
    let run = run_stampede(&world, &server, plan.base).await;
    let limit = 1.0 / (1.0 / raw.rate() + 1.0 / trivial.rate());
    let claims = run.sample.rate();
    let ratio = claims / limit;
    let p99 = run.sample.percentile_ms(0.99);
    rows.push(Row {
        what: format!(
            "stampede, {name}: {} signed-in maintainers POST one claim each over 64 connections, {} codes",
            plan.base.maintainers, plan.base.codes
        ),
        keydrop: format!(
            "{claims:.0} claims/s, {}, {} errors, {}",
            ms(&run.sample),
            run.errors,
            if run.correct { "correct" } else { "INCORRECT" }
        ),
        baseline: format!(
            "claim transaction direct ({}): {:.0}/s, {}; trivial handler: {:.0}/s; limit {limit:.0}/s",
            if backend == Backend::Sqlite {
                "one after another"
            } else {
                "64 concurrent"
            },
            raw.rate(),
            // The transaction's own latency: on PostgreSQL, what 64 claims at once cost the
            // database with no HTTP and no reads around them.
            ms(&raw),
            trivial.rate()
        ),
        ratio,
        target: ">= 0.5, p99 <= 25 ms, 0 errors".into(),
        met: ratio >= 0.5 && p99 <= 25.0 && run.errors == 0 && run.correct,
        why: run.detail.clone(),
    });
    for (what, sample, cpu_us) in pages {
        let ratio = sample.rate() / trivial.rate();
        rows.push(Row {
            what: format!("{what}, 64 connections ({name})"),
            keydrop: format!(
                "{:.0}/s, {}, {} errors; server CPU {cpu_us:.0} µs a request",
                sample.rate(),
                ms(&sample),
                sample.errors(&[200, 303])
            ),
            baseline: format!(
                "trivial handler (GET /static/favicon.svg), same client: {:.0}/s; server CPU {trivial_cpu_us:.0} µs a request",
                trivial.rate()
            ),
            ratio,
            target: ">= 0.5".into(),
            met: ratio >= 0.5 && sample.errors(&[200, 303]) == 0,
            why: String::new(),
        });
    }
    if backend == Backend::Sqlite {
        rows.push(Row {
            what: format!(
                "idle RSS of keydrop serve ({name}, {} sessions)",
                plan.base.maintainers
            ),
            keydrop: format!("{idle_mb:.1} MB"),
            baseline: "20 MB".into(),
            ratio: idle_mb / 20.0,
            target: "<= 1.0 (20 MB)".into(),
            met: idle_mb <= 20.0,
            why: String::new(),
        });
        rows.push(Row {
            what: format!("peak RSS of keydrop serve during the stampede ({name})"),
            keydrop: format!("{:.1} MB (idle before: {:.1} MB)", run.peak_mb, run.idle_mb),
            baseline: "64 MB".into(),
            ratio: run.peak_mb / 64.0,
            target: "<= 1.0 (64 MB)".into(),
            met: run.peak_mb <= 64.0,
            why: String::new(),
        });
    }
    claims
}

/// The stampede at `factor` times the maintainers and codes (or with `codes` codes), against
/// the 1x figure.
async fn scaled(plan: &Plan, what: String, size: Size, one_x: f64, rows: &mut Vec<Row>) {
    eprintln!("[SQLite] {what}");
    let world = World::build(Backend::Sqlite, size).await;
    let server = Server::start(world.db.url()).await;
    let run = run_stampede(&world, &server, size).await;
    let ratio = run.sample.rate() / one_x;
    rows.push(Row {
        what,
        keydrop: format!(
            "{:.0} claims/s, {}, {} errors, {}",
            run.sample.rate(),
            ms(&run.sample),
            run.errors,
            if run.correct { "correct" } else { "INCORRECT" }
        ),
        baseline: format!("the 1x stampede: {one_x:.0} claims/s"),
        ratio,
        target: ">= 0.8".into(),
        met: ratio >= 0.8 && run.errors == 0 && run.correct,
        why: run.detail,
    });
    let _ = plan;
}

/// The import by the command line and by the API upload, each against the sqlite3 shell on
/// the same file in the same run.
async fn import_rows(plan: &Plan, rows: &mut Vec<Row>) {
    eprintln!(
        "[SQLite] import of {} codes: keydrop codes import, the API, the sqlite3 shell",
        plan.import
    );
    let in_order = import(plan.import, CodeOrder::InOrder).await;
    let random = import(plan.import, CodeOrder::Random).await;
    let shell = |runs: &Imports| {
        format!(
            "sqlite3 shell, `.import` into a temporary table then INSERT ... SELECT into a table of the shape and indexes of `codes`: {:.2} s, {:.1} MB",
            runs.shell.seconds, runs.shell.peak_mb
        )
    };
    let mut loads = vec![(
        format!(
            "`keydrop codes import` of {} codes in order (SQLite)",
            plan.import
        ),
        &in_order.cli,
        "peak",
        &in_order,
    )];
    if let Some(api) = &in_order.api {
        loads.push((
            format!(
                "API upload (`POST /api/v1/campaigns/NAME/batches`) of the same {} codes (SQLite)",
                plan.import
            ),
            api,
            "peak of keydrop serve",
            &in_order,
        ));
    }
    loads.push((
        format!(
            "`keydrop codes import` of {} random 16-letter codes, as vendors' are (SQLite)",
            plan.import
        ),
        &random.cli,
        "peak",
        &random,
    ));
    for (what, run, peak, runs) in loads {
        let shell = shell(runs);
        let ratio = runs.shell.seconds / run.seconds;
        rows.push(Row {
            what,
            keydrop: format!("{:.2} s, {:.1} MB {peak}", run.seconds, run.peak_mb),
            baseline: shell.clone(),
            ratio,
            target: ">= 1.0, peak <= 100 MB".into(),
            met: ratio >= 1.0 && run.peak_mb <= 100.0,
            why: String::new(),
        });
    }
}

/// Claims' p99 while a load runs on the same server, against their p99 with nothing else
/// happening, in the same run.
async fn during_load_row(plan: &Plan, rows: &mut Vec<Row>) {
    let size = Size {
        maintainers: plan.quiet_claims + plan.claims_during_load,
        codes: plan.quiet_claims + plan.claims_during_load,
        baseline_codes: 0,
    };
    eprintln!("[SQLite] claims during a load of {} codes", plan.import);
    let world = World::build(Backend::Sqlite, size).await;
    let server = Server::start(world.db.url()).await;
    let (quiet, during) = claims_during_load(&world, &server, plan.quiet_claims, plan.import).await;
    let (quiet_p99, during_p99) = (quiet.percentile_ms(0.99), during.percentile_ms(0.99));
    let errors = quiet.errors(&[303]) + during.errors(&[303]);
    let ratio = during_p99 / quiet_p99;
    rows.push(Row {
        what: format!(
            "claims during an API upload of {} codes (SQLite), one after another every {} ms",
            plan.import,
            measure::CLAIM_GAP.as_millis()
        ),
        keydrop: format!(
            "{} claims, {}, {errors} errors",
            during.latencies.len(),
            ms(&during)
        ),
        baseline: format!(
            "{} claims with no load, same server: {}",
            quiet.latencies.len(),
            ms(&quiet)
        ),
        ratio,
        target: "p99 <= 2x the quiet p99, 0 errors".into(),
        met: ratio <= 2.0 && errors == 0 && !during.latencies.is_empty(),
        why: String::new(),
    });
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
    let memory = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .next()
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map(|kb| format!("{:.1} GB", kb / 1024.0 / 1024.0))
        .unwrap_or_default();
    format!("{cpu}, {cores} cores, {memory} RAM")
}

fn table(plan: &Plan, rows: &[Row]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Run {} UTC on {} ({} sizes).\n",
        chrono::Utc::now().format("%Y-%m-%d %H:%M"),
        machine(),
        if plan.quick { "--quick" } else { "full" }
    );
    let _ = writeln!(
        out,
        "| what | keydrop | measured in the same run | ratio | target | verdict |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|---|");
    for row in rows {
        let verdict = if row.met { "met" } else { "not met" };
        let why = if row.why.is_empty() {
            String::new()
        } else {
            format!(" ({})", row.why)
        };
        let _ = writeln!(
            out,
            "| {} | {}{why} | {} | {:.3} | {} | {verdict} |",
            row.what, row.keydrop, row.baseline, row.ratio, row.target
        );
    }
    out
}

/// Writes `table` between the markers of `path`.
fn write_into(path: &str, table: &str) {
    const BEGIN: &str = "<!-- keydrop-bench:begin -->";
    const END: &str = "<!-- keydrop-bench:end -->";
    let text = std::fs::read_to_string(path).unwrap_or_else(|_| format!("{BEGIN}\n{END}\n"));
    let (Some(start), Some(end)) = (text.find(BEGIN), text.find(END)) else {
        panic!("{path} has no {BEGIN} ... {END} markers");
    };
    let updated = format!("{}{BEGIN}\n{table}{}", &text[..start], &text[end..]);
    std::fs::write(path, updated).unwrap();
}

async fn run() {
    let args: Vec<String> = std::env::args().collect();
    let quick = args.iter().any(|a| a == "--quick");
    // --postgres-only, --sqlite-main-only and --import-only run a part of the table (the
    // PostgreSQL stampede; the SQLite stampede with the pages and memory rows; the import rows
    // and the claims during a load): a partial table rewrites no file unless --out names one.
    let postgres_only = args.iter().any(|a| a == "--postgres-only");
    let import_only = args.iter().any(|a| a == "--import-only");
    let sqlite_main_only = args.iter().any(|a| a == "--sqlite-main-only");
    let out = args
        .iter()
        .position(|a| a == "--out")
        .and_then(|i| args.get(i + 1).cloned())
        .or_else(|| {
            (!quick && !postgres_only && !import_only && !sqlite_main_only)
                .then(|| "BENCHMARKS.md".to_string())
        });
    let with_postgres = db::postgres_url().is_some() && !args.iter().any(|a| a == "--sqlite-only");
    let plan = Plan::new(quick);
    let mut rows = Vec::new();
    if postgres_only {
        assert!(with_postgres, "--postgres-only needs KEYDROP_TEST_POSTGRES_URL");
        main_scenario(&plan, Backend::Postgres, &mut rows).await;
        finish(&plan, &rows, out);
        return;
    }
    if sqlite_main_only {
        main_scenario(&plan, Backend::Sqlite, &mut rows).await;
        finish(&plan, &rows, out);
        return;
    }

    if !import_only {
        let one_x = main_scenario(&plan, Backend::Sqlite, &mut rows).await;
        if with_postgres {
            main_scenario(&plan, Backend::Postgres, &mut rows).await;
        } else {
            eprintln!("KEYDROP_TEST_POSTGRES_URL is not set: the PostgreSQL stampede is skipped");
        }
        for factor in [4, 16] {
            let size = Size {
                maintainers: plan.base.maintainers * factor,
                codes: plan.base.codes * factor,
                baseline_codes: 0,
            };
            let what = format!(
                "stampede {factor}x, SQLite: {} maintainers, {} codes",
                size.maintainers, size.codes
            );
            scaled(&plan, what, size, one_x, &mut rows).await;
        }
        let size = Size {
            codes: plan.million,
            baseline_codes: 0,
            ..plan.base
        };
        let what = format!(
            "stampede with {} codes loaded, SQLite: {} maintainers",
            plan.million, size.maintainers
        );
        scaled(&plan, what, size, one_x, &mut rows).await;
    }
    import_rows(&plan, &mut rows).await;
    during_load_row(&plan, &mut rows).await;

    finish(&plan, &rows, out);
}

/// Prints the table, and writes it into `out` if given.
fn finish(plan: &Plan, rows: &[Row], out: Option<String>) {
    let table = table(plan, rows);
    println!("{table}");
    if let Some(path) = out {
        write_into(&path, &table);
        eprintln!("wrote the table into {path}");
    }
}

fn main() {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(run());
}
