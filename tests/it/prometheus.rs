//! GET /metrics: behind its bearer token, rate limited, and what it counts.

use crate::common;

use std::time::Duration;

use common::TestApp;
use common::fixture::CAMPAIGN;
use keydrop::domain::rates::RateLimit;

const TOKEN: &str = "scrape-token-0123456789abcdef";

/// A server whose `/metrics` answers the bearer of [`TOKEN`], with gauges read on every scrape.
async fn start(backend: common::Backend) -> TestApp {
    TestApp::start_configured(backend, |config| {
        config.metrics_token = Some(TOKEN.to_string());
        config.metrics_gauges_fresh_for = Duration::ZERO;
    })
    .await
}

/// GET /metrics with this `Authorization` header (none when `None`).
async fn scrape_with(app: &TestApp, authorization: Option<&str>) -> reqwest::Response {
    let mut request = reqwest::Client::new().get(format!("{}/metrics", app.base));
    if let Some(value) = authorization {
        request = request.header("authorization", value);
    }
    request.send().await.unwrap()
}

/// The metrics, read with the right token.
async fn scrape(app: &TestApp) -> String {
    let answer = scrape_with(app, Some(&format!("Bearer {TOKEN}"))).await;
    assert_eq!(answer.status(), 200);
    answer.text().await.unwrap()
}

/// The value of the sample whose name and labels are `series`, 0 when absent.
fn sample(text: &str, series: &str) -> f64 {
    text.lines()
        .find_map(|line| line.strip_prefix(series)?.strip_prefix(' ')?.parse().ok())
        .unwrap_or(0.0)
}

/// The distinct values of the `route` label in the text.
fn routes(text: &str) -> std::collections::BTreeSet<String> {
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| {
            line.split("route=\"")
                .nth(1)?
                .split('"')
                .next()
                .map(str::to_string)
        })
        .collect()
}

backend_tests! {
    async fn without_a_token_setting_there_is_no_metrics_path(backend: Backend) {
        let app = TestApp::start_configured(backend, |config| config.metrics_token = None).await;
        assert_eq!(scrape_with(&app, None).await.status(), 404);
        assert_eq!(scrape_with(&app, Some(&format!("Bearer {TOKEN}"))).await.status(), 404);
    }

    async fn only_the_right_bearer_token_reads_the_metrics(backend: Backend) {
        let app = start(backend).await;
        app.with_open_campaign(4).await;
        let missing = scrape_with(&app, None).await;
        assert_eq!(missing.status(), 401);
        assert_eq!(missing.headers()["www-authenticate"], "Bearer");
        let body = missing.text().await.unwrap();
        assert!(!body.contains("keydrop_"), "{body}");
        for wrong in [format!("Bearer {TOKEN}x"), "Bearer ".to_string(), format!("Basic {TOKEN}"), TOKEN.to_string()] {
            assert_eq!(scrape_with(&app, Some(&wrong)).await.status(), 401, "{wrong}");
        }
        let right = scrape_with(&app, Some(&format!("bearer {TOKEN}"))).await;
        assert_eq!(right.status(), 200);
        assert!(right.headers()["content-type"].to_str().unwrap().starts_with("text/plain; version=0.0.4"));
        let text = right.text().await.unwrap();
        let codes = |state: &str| sample(&text, &format!(r#"keydrop_codes{{campaign="{CAMPAIGN}",state="{state}"}}"#));
        assert_eq!((codes("available"), codes("assigned"), codes("redeemed")), (4.0, 0.0, 0.0), "{text}");
        assert!(text.contains("# TYPE keydrop_codes gauge"), "{text}");
        assert!(text.contains("keydrop_outbox_depth "), "{text}");
        assert!(text.contains("# TYPE keydrop_http_request_duration_seconds histogram"), "{text}");
        // The refused scrapes were counted under their route, with their status.
        assert_eq!(sample(&text, r#"keydrop_http_requests_total{route="/metrics",status="401"}"#), 5.0, "{text}");
    }

    async fn counters_move_after_a_sign_in_a_claim_and_a_redemption(backend: Backend) {
        let app = start(backend).await;
        app.with_open_campaign(4).await;
        let before = scrape(&app).await;
        let bob = app.signed_in("bob").await;
        assert!(bob.claim("US").await.promo_code().is_some());
        // A second claim is the code already held: no new claim.
        bob.claim("US").await;
        bob.submit("/giveaway", "/giveaway/redeemed", &[("confirm", "yes")]).await;
        // Said again: no new redemption.
        bob.submit("/giveaway", "/giveaway/redeemed", &[("confirm", "yes")]).await;
        let after = scrape(&app).await;
        let delta = |series: &str| sample(&after, series) - sample(&before, series);
        assert_eq!(delta("keydrop_sign_ins_total"), 1.0, "{after}");
        assert_eq!(delta("keydrop_claims_total"), 1.0, "{after}");
        assert_eq!(delta(r#"keydrop_redemptions_total{via="maintainer"}"#), 1.0, "{after}");
        assert_eq!(delta(r#"keydrop_http_requests_total{route="/giveaway/claim",status="303"}"#), 2.0, "{after}");
        assert_eq!(delta(r#"keydrop_http_request_duration_seconds_count{route="/giveaway/claim"}"#), 2.0);
        // The gauges are the database's, read at scrape time.
        let codes = |state: &str| sample(&after, &format!(r#"keydrop_codes{{campaign="{CAMPAIGN}",state="{state}"}}"#));
        assert_eq!((codes("available"), codes("assigned"), codes("redeemed")), (3.0, 0.0, 1.0), "{after}");
    }

    async fn route_labels_stay_bounded_whatever_the_paths(backend: Backend) {
        let app = start(backend).await;
        app.with_open_campaign(1).await;
        let client = reqwest::Client::new();
        let before = scrape(&app).await;
        for i in 0..40 {
            let random = keydrop::tokens::new_token();
            let unknown = client.get(format!("{}/{random}/{i}", app.base)).send().await.unwrap();
            assert_eq!(unknown.status(), 404);
            // A route with a parameter counts under its pattern, not its path.
            let sign_in = client.get(format!("{}/login/{random}", app.base)).send().await.unwrap();
            assert_eq!(sign_in.status(), 200);
        }
        let after = scrape(&app).await;
        assert!(!after.contains("/login/0") && !after.lines().any(|l| l.contains("route=\"/login/") && !l.contains("{token}")));
        assert_eq!(
            sample(&after, r#"keydrop_http_requests_total{route="unmatched",status="404"}"#)
                - sample(&before, r#"keydrop_http_requests_total{route="unmatched",status="404"}"#),
            40.0,
            "{after}"
        );
        assert_eq!(sample(&after, r#"keydrop_http_requests_total{route="/login/{token}",status="200"}"#), 40.0);
        // Every label value is a route pattern of the service, or "unmatched".
        let seen = routes(&after);
        assert!(seen.len() <= 6, "{seen:?}");
        for route in &seen {
            assert!(route == "unmatched" || route.starts_with('/') && route.len() < 40, "{route}");
        }
    }

    async fn scrapes_are_rate_limited_and_guesses_cannot_starve_the_scraper(backend: Backend) {
        let app = TestApp::start_configured(backend, |config| {
            config.metrics_token = Some(TOKEN.to_string());
            config.limits.metrics_scrapes = RateLimit::new(3, Duration::from_secs(3600));
        })
        .await;
        for _ in 0..3 {
            assert_eq!(scrape_with(&app, Some("Bearer guess")).await.status(), 401);
        }
        let limited = scrape_with(&app, Some("Bearer guess")).await;
        assert_eq!(limited.status(), 429);
        assert!(limited.headers().contains_key("retry-after"));
        // The right token has a count of its own.
        for _ in 0..3 {
            scrape(&app).await;
        }
        assert_eq!(scrape_with(&app, Some(&format!("Bearer {TOKEN}"))).await.status(), 429);
    }
}
