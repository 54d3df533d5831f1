//! The hostile-input corpus (issue 10, item 7): several hundred requests no honest browser
//! sends, across every route of the service — forged and missing CSRF tokens, tampered
//! cookies, reused links, huge and malformed bodies, wrong methods and content types, path
//! tricks, NUL and invalid UTF-8, look-alike Unicode, HTML and SQL and CR/LF in every text
//! field — each sent as raw HTTP/1.1 by a given caller (anonymous, a signed-in maintainer, an
//! admin past the second factor, an API token).
//!
//! Each case says what the answer must be: a 4xx of the service with a message a person can
//! read (its page, or JSON under /api), and every table's row count unchanged; or, for odd
//! text the service may take as text (HTML in a grant's reason), exactly the rows it writes
//! and a page that shows the text escaped. No case may be answered 5xx. Cases are generated
//! from tables ([`cases`]); each failure names its case.

mod cases;
mod http;
mod payloads;
mod requests;
mod world;

use cases::Case;
use world::{RowCounter, RowCounts, World, row_counts};

/// Runs `cases` one after the other; answers one line per case that failed.
async fn run(world: &World, cases: Vec<Case>) -> Vec<String> {
    let mut failures = Vec::new();
    let address = world.address();
    let mut counter = RowCounter::open(&world.app).await;
    for case in cases {
        let before = row_counts(&mut counter).await;
        let answer = http::send(&address, &case.request).await;
        let after = row_counts(&mut counter).await;
        let answer = match answer {
            Ok(answer) => answer,
            Err(problem) => {
                failures.push(format!("{}: {problem}", case.name));
                continue;
            }
        };
        let expect = &case.expect;
        let mut problems = Vec::new();
        if answer.status >= 500 {
            problems.push(format!("a server error: {}", clip(&answer.text())));
        }
        if answer.status != expect.status {
            problems.push(format!(
                "status {} (expected {}): {}",
                answer.status,
                expect.status,
                clip(&answer.text())
            ));
        }
        if let Some(phrase) = &expect.phrase
            && !message_shows(&answer, phrase)
        {
            problems.push(format!("no {phrase:?} in: {}", clip(&answer.text())));
        }
        if let Some(markup) = &expect.not_echoed
            && answer.body.contains(markup.as_str())
        {
            problems.push(format!("the answer echoes {markup:?} unescaped"));
        }
        problems.extend(row_changes(&before, &after, &expect.rows, case.counted));
        if let Some((page, text)) = &expect.shown_at {
            match page.as_deref().or(answer.header("location")) {
                Some(page) => problems.extend(escaped_on(world, page, text).await),
                None => problems.push("no page to show the text on".to_string()),
            }
        }
        if !problems.is_empty() {
            failures.push(format!("{}: {}", case.name, problems.join("; ")));
        }
    }
    failures
}

/// True when the answer's message (its page's text, or the JSON `error`) holds `phrase`.
fn message_shows(answer: &http::RawResponse, phrase: &str) -> bool {
    let json = answer
        .header("content-type")
        .is_some_and(|t| t.starts_with("application/json"));
    if json {
        let value: serde_json::Value = serde_json::from_str(&answer.body).unwrap_or_default();
        return value["error"].as_str().is_some_and(|e| e.contains(phrase));
    }
    answer.text().contains(phrase)
}

/// The differences between two row counts that `expected` (table, change) does not explain.
/// A request counted by a rate limiter may add one counter row (a window's first event).
fn row_changes(
    before: &RowCounts,
    after: &RowCounts,
    expected: &[(&str, i64)],
    counted: bool,
) -> Vec<String> {
    let mut problems = Vec::new();
    for (table, count) in after {
        let change = count - before[table];
        let wanted = expected.iter().find(|(t, _)| t == table).map_or(0, |(_, c)| *c);
        let counter = counted && *table == "rate_limits" && (0..=1).contains(&change);
        if change != wanted && !counter {
            problems.push(format!("{table}: {change:+} rows (expected {wanted:+})"));
        }
    }
    problems
}

/// Problems with how the admin page `page` shows text `raw` that contains markup: it must
/// show it as text (escaped), never as markup.
async fn escaped_on(world: &World, page: &str, raw: &str) -> Vec<String> {
    let request = http::RawRequest::new("GET", page).header("Cookie", world.admin_cookie.clone());
    let answer = match http::send(&world.address(), &request).await {
        Ok(answer) => answer,
        Err(problem) => return vec![format!("{page}: {problem}")],
    };
    let mut problems = Vec::new();
    if answer.status != 200 {
        problems.push(format!("{page} answered {}", answer.status));
    }
    if raw.contains('<') && answer.body.contains(raw) {
        problems.push(format!("{page} shows {raw:?} unescaped"));
    }
    // The body, not the visible text: a value may be shown in a form field's attribute.
    let fold = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    if !fold(&unescape(&answer.body)).contains(&fold(raw)) {
        problems.push(format!("{page} does not show {raw:?}"));
    }
    problems
}

/// Text with the entities an HTML escaper writes (named and numeric) turned back into
/// characters.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let entity = rest.find(';').map(|end| (&rest[1..end], end));
        let decoded = entity.and_then(|(name, end)| {
            let ch = match name {
                "lt" => Some('<'),
                "gt" => Some('>'),
                "amp" => Some('&'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                    .or_else(|| name.strip_prefix('#').and_then(|dec| dec.parse().ok()))
                    .and_then(char::from_u32),
            };
            ch.map(|ch| (ch, end))
        });
        match decoded {
            Some((ch, end)) => {
                out.push(ch);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The first 300 characters of a message, for failure reports.
fn clip(text: &str) -> String {
    text.chars().take(300).collect()
}

/// Runs a group of cases and fails naming every case that failed.
async fn check(world: &World, group: &str, cases: Vec<Case>) {
    let total = cases.len();
    let failures = run(world, cases).await;
    assert!(
        failures.is_empty(),
        "{} of {total} {group} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

backend_tests! {
    async fn hostile_text_in_every_form_field_is_refused_or_kept_as_text(backend: Backend) {
        let world = World::start(backend).await;
        let cases = cases::form_fields(&world);
        assert!(cases.len() >= 150, "only {} form-field cases", cases.len());
        check(&world, "form-field", cases).await;
    }

    async fn forged_tampered_misdirected_and_malformed_requests_are_refused(backend: Backend) {
        let world = World::start(backend).await;
        let cases = cases::requests(&world);
        assert!(cases.len() >= 100, "only {} request cases", cases.len());
        check(&world, "request", cases).await;
    }
}
