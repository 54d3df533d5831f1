//! What `GET /metrics` answers, in Prometheus' text format: counters and histograms this
//! process recorded (claims, redemptions, sign-ins, HTTP requests by route and status, and
//! their durations), and gauges read from the database at scrape time (codes by campaign and
//! state, the outbox's depth).
//!
//! The `metrics` crate's macros record into a recorder of `metrics-exporter-prometheus`,
//! which renders the text. No recorder is installed process-wide: each [`Metrics`] (one per
//! running service, in its `AppState`) owns its recorder and records through
//! `metrics::with_local_recorder`, so services started side by side in one process (the
//! tests do) keep counts of their own. The gauges are rendered by a recorder made fresh for
//! each reading, so a campaign renamed since leaves no stale series behind; the reading is
//! kept for a while ([`crate::config::METRICS_GAUGES_FRESH_FOR`] by default), so however
//! often `/metrics` is asked, the database is read at most that often.

use std::fmt;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use metrics::{counter, describe_counter, describe_gauge, describe_histogram, gauge, histogram};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle, PrometheusRecorder};

use crate::store::Store;

/// The upper bounds of the request-duration histogram's buckets, in seconds: from a static
/// file to a claim waiting on the database's lock (which gives up after 5 s).
const DURATION_BUCKETS: [f64; 12] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
];

/// Requests recorded between two drains of the histograms' raw samples into their buckets
/// (a scrape drains them too): memory stays bounded when nobody scrapes.
const UPKEEP_EVERY: u64 = 4096;

/// The label of requests that matched no route: the raw path is never a label (every
/// distinct path would make a new series, and a client could make unboundedly many).
pub const UNMATCHED_ROUTE: &str = "unmatched";

/// The code states a campaign's gauge always shows, zero or not.
const CODE_STATES: [&str; 5] = ["available", "assigned", "redeemed", "expired", "revoked"];

/// How a redemption was recorded, as the `via` label says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RedeemedVia {
    /// The maintainer said they ordered.
    Maintainer,
    /// An admin marked the code.
    Admin,
    /// A vendor's redemption report.
    VendorReport,
    /// A completed Stripe checkout.
    Stripe,
}

impl RedeemedVia {
    fn label(self) -> &'static str {
        match self {
            RedeemedVia::Maintainer => "maintainer",
            RedeemedVia::Admin => "admin",
            RedeemedVia::VendorReport => "vendor-report",
            RedeemedVia::Stripe => "stripe",
        }
    }
}

/// One service's metrics: cheap to clone (shared).
#[derive(Clone)]
pub struct Metrics {
    inner: Arc<Inner>,
}

struct Inner {
    recorder: PrometheusRecorder,
    handle: PrometheusHandle,
    requests: AtomicU64,
    /// The gauges' latest rendering and when it was read; one reader at a time.
    gauges: tokio::sync::Mutex<Option<(Instant, String)>>,
}

impl fmt::Debug for Metrics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Metrics").finish_non_exhaustive()
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics::new()
    }
}

impl Metrics {
    /// A new, empty set of metrics with its own recorder.
    pub fn new() -> Metrics {
        let recorder = PrometheusBuilder::new()
            .set_buckets_for_metric(
                Matcher::Full("keydrop_http_request_duration_seconds".into()),
                &DURATION_BUCKETS,
            )
            .expect("the buckets are not empty")
            .build_recorder();
        let handle = recorder.handle();
        let metrics = Metrics {
            inner: Arc::new(Inner {
                recorder,
                handle,
                requests: AtomicU64::new(0),
                gauges: tokio::sync::Mutex::new(None),
            }),
        };
        metrics.record(|| {
            describe_counter!("keydrop_claims_total", "Codes handed out by claims");
            describe_counter!("keydrop_redemptions_total", "Codes marked redeemed, by how");
            describe_counter!(
                "keydrop_sign_ins_total",
                "Sign-ins completed through a one-time link"
            );
            describe_counter!(
                "keydrop_http_requests_total",
                "HTTP requests answered, by route pattern and status"
            );
            describe_histogram!(
                "keydrop_http_request_duration_seconds",
                metrics::Unit::Seconds,
                "Time to answer an HTTP request, by route pattern"
            );
            // Present from the start, so that a rate over them works before the first event.
            counter!("keydrop_claims_total").absolute(0);
            counter!("keydrop_sign_ins_total").absolute(0);
        });
        metrics
    }

    /// Runs `record` with this service's recorder as the macros' target.
    fn record<T>(&self, record: impl FnOnce() -> T) -> T {
        metrics::with_local_recorder(&self.inner.recorder, record)
    }

    /// A code handed out by a claim.
    pub fn claimed(&self) {
        self.record(|| counter!("keydrop_claims_total").increment(1));
    }

    /// `count` codes marked redeemed.
    pub fn redeemed(&self, via: RedeemedVia, count: u64) {
        self.record(|| counter!("keydrop_redemptions_total", "via" => via.label()).increment(count));
    }

    /// A completed sign-in.
    pub fn signed_in(&self) {
        self.record(|| counter!("keydrop_sign_ins_total").increment(1));
    }

    /// An answered request: `route` is the matched route pattern (or [`UNMATCHED_ROUTE`]).
    pub fn request(&self, route: &str, status: u16, took: Duration) {
        let route = route.to_string();
        self.record(|| {
            counter!("keydrop_http_requests_total", "route" => route.clone(), "status" => status.to_string())
                .increment(1);
            histogram!("keydrop_http_request_duration_seconds", "route" => route).record(took.as_secs_f64());
        });
        if self.inner.requests.fetch_add(1, Ordering::Relaxed) % UPKEEP_EVERY == UPKEEP_EVERY - 1 {
            self.inner.handle.run_upkeep();
        }
    }

    /// Everything in Prometheus' text format: the counters and histograms, then the gauges
    /// read from `store` (or their reading of less than `fresh_for` ago).
    pub async fn render(&self, store: &Store, fresh_for: Duration) -> sqlx::Result<String> {
        let mut text = self.inner.handle.render();
        text.push_str(&self.gauges(store, fresh_for).await?);
        Ok(text)
    }

    /// The gauges' text, read again when the last reading is stale. The lock makes scrapes
    /// that arrive together share one reading.
    async fn gauges(&self, store: &Store, fresh_for: Duration) -> sqlx::Result<String> {
        let mut cached = self.inner.gauges.lock().await;
        if let Some((read_at, text)) = cached.as_ref()
            && read_at.elapsed() < fresh_for
        {
            return Ok(text.clone());
        }
        let counts = store.code_state_counts().await?;
        let outbox = store.outbox_depth().await?;
        let recorder = PrometheusBuilder::new().build_recorder();
        metrics::with_local_recorder(&recorder, || {
            describe_gauge!(
                "keydrop_codes",
                "Codes of published batches, by campaign and state"
            );
            describe_gauge!("keydrop_outbox_depth", "Messages waiting in the mail outbox");
            let mut campaigns: Vec<&str> = counts.iter().map(|c| c.campaign.as_str()).collect();
            campaigns.dedup();
            for campaign in campaigns {
                for state in CODE_STATES {
                    gauge!("keydrop_codes", "campaign" => campaign.to_string(), "state" => state).set(0.0);
                }
            }
            for count in &counts {
                gauge!("keydrop_codes", "campaign" => count.campaign.clone(), "state" => count.state.clone())
                    .set(count.codes as f64);
            }
            gauge!("keydrop_outbox_depth").set(outbox as f64);
        });
        let text = recorder.handle().render();
        *cached = Some((Instant::now(), text.clone()));
        Ok(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The value of the sample line that starts with `series` (name and labels).
    fn sample(text: &str, series: &str) -> Option<f64> {
        text.lines()
            .find_map(|line| line.strip_prefix(series)?.strip_prefix(' ')?.parse().ok())
    }

    #[test]
    fn each_service_counts_for_itself() {
        let (a, b) = (Metrics::new(), Metrics::new());
        a.claimed();
        a.claimed();
        b.signed_in();
        let (a, b) = (a.inner.handle.render(), b.inner.handle.render());
        assert_eq!(sample(&a, "keydrop_claims_total"), Some(2.0));
        assert_eq!(sample(&a, "keydrop_sign_ins_total"), Some(0.0));
        assert_eq!(sample(&b, "keydrop_claims_total"), Some(0.0));
        assert_eq!(sample(&b, "keydrop_sign_ins_total"), Some(1.0));
    }

    #[test]
    fn requests_are_counted_by_route_and_status_with_buckets() {
        let metrics = Metrics::new();
        metrics.request("/admin/codes/{id}", 200, Duration::from_millis(3));
        metrics.request("/admin/codes/{id}", 200, Duration::from_millis(30));
        metrics.request(UNMATCHED_ROUTE, 404, Duration::from_millis(1));
        metrics.redeemed(RedeemedVia::VendorReport, 7);
        let text = metrics.inner.handle.render();
        assert_eq!(
            sample(
                &text,
                r#"keydrop_http_requests_total{route="/admin/codes/{id}",status="200"}"#
            ),
            Some(2.0),
            "{text}"
        );
        assert_eq!(
            sample(
                &text,
                r#"keydrop_http_requests_total{route="unmatched",status="404"}"#
            ),
            Some(1.0)
        );
        assert_eq!(
            sample(
                &text,
                r#"keydrop_http_request_duration_seconds_bucket{route="/admin/codes/{id}",le="0.005"}"#
            ),
            Some(1.0),
            "{text}"
        );
        assert_eq!(
            sample(
                &text,
                r#"keydrop_http_request_duration_seconds_count{route="/admin/codes/{id}"}"#
            ),
            Some(2.0)
        );
        assert_eq!(
            sample(&text, r#"keydrop_redemptions_total{via="vendor-report"}"#),
            Some(7.0)
        );
    }
}
