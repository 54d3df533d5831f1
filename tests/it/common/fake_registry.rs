//! A fake package registry on 127.0.0.1:0 answering `GET /pypi/{project}/json` as PyPI's
//! JSON API does since pypi/warehouse#19525 (an `ownership` object beside `info`,
//! `releases`, `urls`), with the project's roles as a test sets them, and the failures a
//! test injects: slow answers, error statuses, garbage. It counts the questions it gets and
//! the most it was asked at once.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde_json::json;

/// How the fake answers for a project.
#[derive(Debug, Clone)]
pub enum Answer {
    /// These (role, user) pairs, and the owning organisation.
    Roles(Vec<(&'static str, &'static str)>, Option<&'static str>),
    /// The same, after a pause.
    Slow(Duration, Vec<(&'static str, &'static str)>),
    /// This status and an HTML error page.
    Status(u16),
    /// 200 with a body that is not the JSON API's.
    Garbage,
}

#[derive(Default)]
struct Registry {
    answers: Mutex<HashMap<String, Answer>>,
    asked: Mutex<HashMap<String, usize>>,
    in_flight: AtomicUsize,
    most_in_flight: AtomicUsize,
}

/// A running fake registry.
#[derive(Clone)]
pub struct FakeRegistry {
    /// e.g. `http://127.0.0.1:40123`
    pub base: String,
    registry: Arc<Registry>,
}

impl FakeRegistry {
    pub async fn start() -> FakeRegistry {
        let registry = Arc::new(Registry::default());
        let app = Router::new()
            .route("/pypi/{project}/json", get(project_json))
            .with_state(registry.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await });
        FakeRegistry { base, registry }
    }

    /// How the fake answers for `project` from now on.
    pub fn answer(&self, project: &str, answer: Answer) {
        self.registry
            .answers
            .lock()
            .unwrap()
            .insert(project.to_string(), answer);
    }

    /// How often `project` was asked for.
    pub fn asked(&self, project: &str) -> usize {
        self.registry
            .asked
            .lock()
            .unwrap()
            .get(project)
            .copied()
            .unwrap_or(0)
    }

    /// The most questions that were under way at once.
    pub fn most_at_once(&self) -> usize {
        self.registry.most_in_flight.load(Ordering::SeqCst)
    }
}

fn project_body(project: &str, roles: &[(&str, &str)], organization: Option<&str>) -> String {
    let roles: Vec<_> = roles
        .iter()
        .map(|(role, user)| json!({"role": role, "user": user}))
        .collect();
    json!({
        "info": {"name": project, "version": "1.0", "summary": "a project"},
        "last_serial": 1,
        "releases": {"1.0": []},
        "urls": [],
        "vulnerabilities": [],
        "ownership": {"roles": roles, "organization": organization},
    })
    .to_string()
}

async fn project_json(State(registry): State<Arc<Registry>>, Path(project): Path<String>) -> Response {
    *registry.asked.lock().unwrap().entry(project.clone()).or_default() += 1;
    let now = registry.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
    registry.most_in_flight.fetch_max(now, Ordering::SeqCst);
    let answer = registry.answers.lock().unwrap().get(&project).cloned();
    let json = |body: String| ([("content-type", "application/json")], body).into_response();
    let response = match answer {
        None => (StatusCode::NOT_FOUND, "Not Found").into_response(),
        Some(Answer::Roles(roles, organization)) => json(project_body(&project, &roles, organization)),
        Some(Answer::Slow(pause, roles)) => {
            tokio::time::sleep(pause).await;
            json(project_body(&project, &roles, None))
        }
        Some(Answer::Status(status)) => (
            StatusCode::from_u16(status).unwrap(),
            "<html><body>Service Unavailable</body></html>",
        )
            .into_response(),
        Some(Answer::Garbage) => json("{\"info\": {\"name\": \"x\"}, \"ownership\": \"yes\"".to_string()),
    };
    registry.in_flight.fetch_sub(1, Ordering::SeqCst);
    response
}
