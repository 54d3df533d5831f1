//! Benchmark: claims keep flowing while a million codes load (SQLite, where one writer at a
//! time is the rule). In one run, on one server: claims with nothing else happening (the
//! baseline), then claims while `keydrop::batches::load` loads 1,000,000 codes into the same
//! campaign. It prints p50, p99 and the slowest claim of each phase, and the ratio of the
//! p99s. The launch-day requirement is a p99 under one second during the load.
//!
//! Run: `cargo bench --bench claims_during_load`.

#[path = "../tests/it/common/mod.rs"]
#[allow(unused_macros)]
mod common;

use std::time::{Duration, Instant};

use common::fixture::{CAMPAIGN, RACERS, racer};
use common::{Backend, Browser, TestApp};
use keydrop::batches::{self, BatchOptions, new_batch};

const BIG_LOAD: u64 = 1_000_000;

/// Claims by each of `browsers`, one after another, `gap` apart; answers each claim's time
/// and when it started.
async fn claims(browsers: &[(Browser, String)], gap: Duration) -> Vec<(Instant, Duration)> {
    let mut times = Vec::new();
    for (browser, token) in browsers {
        let started = Instant::now();
        let page = browser
            .post_raw("/giveaway/claim", &[("country", "US"), ("csrf_token", token)])
            .await;
        let took = started.elapsed();
        assert!(
            page.promo_code().is_some(),
            "a claim failed: {} {}",
            page.status,
            page.text()
        );
        times.push((started, took));
        tokio::time::sleep(gap).await;
    }
    times
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn report(name: &str, mut times: Vec<Duration>) -> Duration {
    times.sort();
    let (p50, p99, max) = (
        percentile(&times, 0.5),
        percentile(&times, 0.99),
        *times.last().unwrap(),
    );
    println!(
        "{name:<28} {:>6} {:>10.1} {:>10.1} {:>10.1}",
        times.len(),
        p50.as_secs_f64() * 1e3,
        p99.as_secs_f64() * 1e3,
        max.as_secs_f64() * 1e3
    );
    p99
}

async fn run() {
    let app = TestApp::start(Backend::Sqlite).await;
    app.with_open_campaign(RACERS).await;
    let mut browsers = Vec::new();
    for i in 1..=RACERS {
        let browser = app.signed_in(&racer(i)).await;
        let token = browser.get("/giveaway").await.csrf_token();
        browsers.push((browser, token));
    }
    let (quiet, during) = browsers.split_at(RACERS / 2);

    let baseline: Vec<Duration> = claims(quiet, Duration::from_millis(20))
        .await
        .into_iter()
        .map(|(_, t)| t)
        .collect();

    let options = BatchOptions {
        campaign: CAMPAIGN,
        offer: None,
        expires_on: app.today() + chrono::Duration::days(60),
        countries: None,
        label: Some("bench"),
        source: "imported",
        created_by: "bench".into(),
    };
    let (_, new) = new_batch(&app.store, options, app.today())
        .await
        .unwrap()
        .unwrap();
    let file: String = (0..BIG_LOAD).map(|i| format!("LOAD-{i:010}\n")).collect();
    let (store, now) = (app.store.clone(), app.clock.unix());
    let load_started = Instant::now();
    let load = tokio::spawn(async move {
        let loaded = batches::load(&store, &new, std::io::Cursor::new(file), false, now)
            .await
            .unwrap();
        (loaded, Instant::now())
    });
    // The claims are spread over the load: one every 100 ms.
    let timed = claims(during, Duration::from_millis(100)).await;
    let (loaded, load_ended) = load.await.unwrap();
    assert_eq!(loaded.loaded, BIG_LOAD);
    let under_load: Vec<Duration> = timed
        .iter()
        .filter(|(started, _)| *started < load_ended)
        .map(|(_, took)| *took)
        .collect();
    println!(
        "claims while {BIG_LOAD} codes load (SQLite; the load took {:.1} s)",
        (load_ended - load_started).as_secs_f64()
    );
    println!(
        "{:<28} {:>6} {:>10} {:>10} {:>10}",
        "phase", "claims", "p50 ms", "p99 ms", "max ms"
    );
    let quiet_p99 = report("nothing else happening", baseline);
    let load_p99 = report("during the load", under_load);
    println!(
        "p99 during the load: {:.1} ms, {:.1}x the quiet p99 (the requirement: under 1,000 ms)",
        load_p99.as_secs_f64() * 1e3,
        load_p99.as_secs_f64() / quiet_p99.as_secs_f64()
    );
}

fn main() {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(run());
}
