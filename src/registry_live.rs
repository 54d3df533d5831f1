//! Ownership checked live: with `KEYDROP_REGISTRY_URL` set, a claim also asks the registry
//! whether the maintainer still holds an Owner or Maintainer role on their critical projects
//! (`GET {url}/pypi/{project}/json`, its `ownership` object: see [`crate::domain::ownership`]).
//!
//! Imported files say who maintained what on the day of the export; this asks about today.
//! The registry is asked before the claim's transaction, never inside it (a slow registry
//! must not hold a database lock). Each answer waits at most `timeout`; answers are kept a
//! while in a small cache (bounded in size, entries live `cache_ttl`); requests under way at
//! once are bounded across all claims. When the registry does not answer, or answers
//! something that does not read, the imported data decides: the fallback is logged and
//! counted ([`LiveCounters`], shown on the admin dashboard).

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use futures_util::StreamExt;
use tokio::sync::Semaphore;

use crate::config::RegistrySettings;
use crate::domain::ownership::{self, Ownership, ProjectRole, Verdict};
use crate::store::{Store, User};

/// The largest project JSON read (PyPI's biggest are a few MiB: every release's files).
const MAX_ANSWER_BYTES: usize = 32 * 1024 * 1024;
/// Projects of one maintainer asked at once (within the global bound).
const LOOKUPS_PER_CLAIM: usize = 4;

/// How the live check has fared since the server started.
#[derive(Debug, Default)]
pub struct LiveCounters {
    /// Questions sent to the registry.
    pub lookups: AtomicU64,
    /// Questions answered from the cache.
    pub cache_hits: AtomicU64,
    /// Questions the registry did not answer usefully (time-out, error status, garbage):
    /// for those, the imported data decided.
    pub fallbacks: AtomicU64,
    /// Claims refused because the maintainer lost every critical role.
    pub refusals: AtomicU64,
}

/// The registry as the claim asks it.
#[derive(Debug)]
pub struct LiveRegistry {
    settings: RegistrySettings,
    client: reqwest::Client,
    /// Project name (lower case) → when it was answered, and the answer.
    cache: Mutex<HashMap<String, (Instant, Ownership)>>,
    permits: Semaphore,
    pub counters: LiveCounters,
}

/// Why an answer could not be used.
#[derive(Debug)]
enum LookupFailure {
    TimedOut,
    Status(u16),
    Unreadable,
    Transport(String),
}

impl std::fmt::Display for LookupFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LookupFailure::TimedOut => write!(f, "no answer in time"),
            LookupFailure::Status(status) => write!(f, "answered {status}"),
            LookupFailure::Unreadable => write!(f, "answered no ownership data"),
            LookupFailure::Transport(err) => write!(f, "{err}"),
        }
    }
}

impl LiveRegistry {
    /// A client for the registry of `settings`.
    pub fn new(settings: RegistrySettings) -> anyhow::Result<LiveRegistry> {
        let client = reqwest::Client::builder()
            .timeout(settings.timeout)
            .user_agent(concat!("keydrop/", env!("CARGO_PKG_VERSION")))
            .build()?;
        Ok(LiveRegistry {
            permits: Semaphore::new(settings.concurrent_lookups.max(1)),
            settings,
            client,
            cache: Mutex::new(HashMap::new()),
            counters: LiveCounters::default(),
        })
    }

    /// What the registry says today of `user`'s claim: asked for each of their critical
    /// projects (a few at once), from the cache where it can be.
    pub async fn verdict_for(&self, store: &Store, user: &User) -> sqlx::Result<Verdict> {
        let projects = store.critical_projects_of(user.id).await?;
        let roles: Vec<ProjectRole> = futures_util::stream::iter(projects)
            .map(|project| async move {
                match self.ownership_of(&project.display_name).await {
                    Some(answer) => ownership::role_of(&answer, &user.username),
                    None => ProjectRole::Undecided,
                }
            })
            .buffer_unordered(LOOKUPS_PER_CLAIM)
            .collect()
            .await;
        let verdict = ownership::verdict(&roles);
        if verdict == Verdict::LostEveryRole {
            self.counters.refusals.fetch_add(1, Ordering::Relaxed);
            tracing::info!(user = %user.username, "registry: no critical role left; claim refused");
        }
        Ok(verdict)
    }

    /// The project's ownership, from the cache or the registry; `None` (logged and counted)
    /// when the registry gave nothing usable.
    async fn ownership_of(&self, project: &str) -> Option<Ownership> {
        let key = project.to_lowercase();
        if let Some(answer) = self.cached(&key) {
            self.counters.cache_hits.fetch_add(1, Ordering::Relaxed);
            return Some(answer);
        }
        self.counters.lookups.fetch_add(1, Ordering::Relaxed);
        // The timeout covers the wait for a permit too: a queue of slow lookups does not
        // make a claim wait longer than one lookup may take.
        let asked = tokio::time::timeout(self.settings.timeout, async {
            let _permit = self.permits.acquire().await.expect("never closed");
            self.ask(project).await
        })
        .await
        .unwrap_or(Err(LookupFailure::TimedOut));
        match asked {
            Ok(answer) => {
                self.remember(key, answer.clone());
                Some(answer)
            }
            Err(failure) => {
                self.counters.fallbacks.fetch_add(1, Ordering::Relaxed);
                tracing::warn!(%project, %failure, "registry: ownership not confirmed live; the imported data decides");
                None
            }
        }
    }

    async fn ask(&self, project: &str) -> Result<Ownership, LookupFailure> {
        let mut url = self.settings.url.clone();
        url.path_segments_mut()
            .map_err(|_| LookupFailure::Transport("the registry URL cannot take a path".into()))?
            .pop_if_empty()
            .extend(["pypi", project, "json"]);
        let transport = |err: reqwest::Error| {
            if err.is_timeout() {
                LookupFailure::TimedOut
            } else {
                LookupFailure::Transport(err.without_url().to_string())
            }
        };
        let mut response = self.client.get(url).send().await.map_err(transport)?;
        if !response.status().is_success() {
            return Err(LookupFailure::Status(response.status().as_u16()));
        }
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(transport)? {
            if body.len() + chunk.len() > MAX_ANSWER_BYTES {
                return Err(LookupFailure::Unreadable);
            }
            body.extend_from_slice(&chunk);
        }
        ownership::parse_project_json(&body).ok_or(LookupFailure::Unreadable)
    }

    fn cached(&self, key: &str) -> Option<Ownership> {
        let cache = self.cache.lock().expect("cache lock");
        cache
            .get(key)
            .filter(|(at, _)| at.elapsed() < self.settings.cache_ttl)
            .map(|(_, answer)| answer.clone())
    }

    /// Keeps an answer; when the cache is full, expired entries go first, then the oldest.
    fn remember(&self, key: String, answer: Ownership) {
        let mut cache = self.cache.lock().expect("cache lock");
        if cache.len() >= self.settings.cache_entries && !cache.contains_key(&key) {
            let ttl = self.settings.cache_ttl;
            cache.retain(|_, (at, _)| at.elapsed() < ttl);
            if cache.len() >= self.settings.cache_entries
                && let Some(oldest) = cache
                    .iter()
                    .min_by_key(|(_, (at, _))| *at)
                    .map(|(k, _)| k.clone())
            {
                cache.remove(&oldest);
            }
        }
        cache.insert(key, (Instant::now(), answer));
    }

    /// Projects whose answers are cached now.
    pub fn cached_projects(&self) -> usize {
        self.cache.lock().expect("cache lock").len()
    }
}

/// Whether a claim must be refused because the registry says `user` lost every critical
/// role. A hand-made grant stands whatever the registry says; without the setting, or
/// when the registry cannot tell, the imported data decides (`false`).
pub async fn lost_every_role(registry: &LiveRegistry, store: &Store, user: &User) -> sqlx::Result<bool> {
    if store.active_grant(user.id).await?.is_some() {
        return Ok(false);
    }
    Ok(registry.verdict_for(store, user).await? == Verdict::LostEveryRole)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn registry(entries: usize, ttl: Duration) -> LiveRegistry {
        LiveRegistry::new(RegistrySettings {
            url: "http://127.0.0.1:9/".parse().unwrap(),
            timeout: Duration::from_secs(1),
            cache_ttl: ttl,
            cache_entries: entries,
            concurrent_lookups: 2,
        })
        .unwrap()
    }

    fn answer(user: &str) -> Ownership {
        ownership::parse_project_json(
            format!(r#"{{"ownership": {{"roles": [{{"role": "Owner", "user": "{user}"}}], "organization": null}}}}"#)
                .as_bytes(),
        )
        .unwrap()
    }

    #[test]
    fn the_cache_stays_within_its_size_dropping_the_oldest() {
        let live = registry(3, Duration::from_secs(60));
        for name in ["a", "b", "c", "d", "e"] {
            live.remember(name.to_string(), answer(name));
        }
        assert_eq!(live.cached_projects(), 3);
        assert!(live.cached("a").is_none() && live.cached("b").is_none());
        assert_eq!(live.cached("e"), Some(answer("e")));
    }

    #[test]
    fn expired_answers_are_not_used() {
        let live = registry(3, Duration::ZERO);
        live.remember("a".into(), answer("a"));
        assert!(live.cached("a").is_none());
    }
}
