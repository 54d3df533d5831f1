//! The one rate limiter every route uses: counts an event for a subject in the database (so
//! replicas share the count) and says whether it went over the limit set for its kind.
//!
//! Subjects are an account's id, an API token's id, or the SHA-256 of a submitted address
//! (so a typed address is not kept in clear). No limit keys on the client's IP address: none
//! is stored, hashed or not.

use crate::config::Limits;
use crate::domain::rates::RateLimit;
use crate::store::{CounterRow, Store};
use crate::tokens;

/// What is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// Sign-in links mailed to one account.
    SignInPerAccount,
    /// Sign-in requests naming one username or address.
    SignInPerAddress,
    /// Wrong second-factor codes of one admin account.
    WrongTotp,
    /// Claims by one account.
    Claims,
    /// Calls with one API token.
    ApiCalls,
    /// Scrapes of `/metrics`.
    MetricsScrapes,
}

impl Limit {
    /// The kind as the counters table names it.
    pub fn kind(self) -> &'static str {
        match self {
            Limit::SignInPerAccount => "sign-in-account",
            Limit::SignInPerAddress => "sign-in-address",
            Limit::WrongTotp => "wrong-totp",
            Limit::Claims => "claim",
            Limit::ApiCalls => "api",
            Limit::MetricsScrapes => "metrics",
        }
    }

    /// The limit set for this kind.
    pub fn rate(self, limits: &Limits) -> RateLimit {
        match self {
            Limit::SignInPerAccount => limits.sign_in_per_account,
            Limit::SignInPerAddress => limits.sign_in_per_address,
            Limit::WrongTotp => limits.wrong_totp,
            Limit::Claims => limits.claims,
            Limit::ApiCalls => limits.api_calls,
            Limit::MetricsScrapes => limits.metrics_scrapes,
        }
    }
}

/// Whom an event is counted for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subject(String);

impl Subject {
    /// An account (a user's id).
    pub fn account(user_id: i64) -> Subject {
        Subject(format!("user {user_id}"))
    }

    /// An API token (its id).
    pub fn api_token(token_id: i64) -> Subject {
        Subject(format!("token {token_id}"))
    }

    /// The scrapers of `/metrics`: those with the right token, or everyone else together.
    pub fn scraper(right_token: bool) -> Subject {
        Subject(format!("scraper {}", if right_token { "right" } else { "wrong" }))
    }

    /// A username or address as submitted, trimmed and in lower case, kept only as a hash.
    pub fn submitted(text: &str) -> Subject {
        Subject(tokens::derive(
            "rate-limit submitted",
            &text.trim().to_lowercase(),
        ))
    }
}

/// An event refused for going over its limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limited {
    pub limit: Limit,
    /// Seconds until it may be tried again.
    pub retry_after: u64,
    /// This event's place in its window: `max + 1` for the first one refused.
    pub count: i64,
}

impl Limited {
    /// The wait in whole minutes, rounded up, as pages say it.
    pub fn minutes(&self) -> u64 {
        self.retry_after.div_ceil(60)
    }
}

impl Limited {
    /// True for the first event refused in its window (the one that may trigger a lock).
    pub fn is_first_refusal(&self, limits: &Limits) -> bool {
        self.count == i64::from(self.limit.rate(limits).max) + 1
    }
}

/// A counted event: [`undo`] takes it back when it turns out not to count.
#[derive(Debug, Clone)]
pub struct Counted {
    limit: Limit,
    subject: Subject,
    window_start: i64,
    /// This event's place in its window (1 for the first).
    pub count: i64,
}

/// An event about to be counted: where its counter is, and what its count will mean. Most
/// events are counted at once by [`hit`]; a claim hands its [`Pending::row`] to the claim's
/// own transaction, which counts it there (one write transaction instead of two), and reads
/// the verdict with [`Pending::verdict`].
#[derive(Debug, Clone)]
pub struct Pending {
    limit: Limit,
    subject: Subject,
    rate: RateLimit,
    now: i64,
}

impl Pending {
    /// The event of `limit` for `subject` at `now`, not counted yet.
    pub fn new(limits: &Limits, limit: Limit, subject: Subject, now: i64) -> Pending {
        Pending {
            rate: limit.rate(limits),
            limit,
            subject,
            now,
        }
    }

    /// The counter row this event adds one to.
    pub fn row(&self) -> CounterRow<'_> {
        CounterRow {
            kind: self.limit.kind(),
            subject: &self.subject.0,
            window_start: self.rate.window_start(self.now),
            expires_at: self.rate.window_end(self.now),
            max: i64::from(self.rate.max),
        }
    }

    /// What the window's count, this event included, means: `Err(Limited)` over the limit.
    pub fn verdict(self, count: i64) -> Result<Counted, Limited> {
        if self.rate.exceeded_by(count) {
            return Err(Limited {
                limit: self.limit,
                retry_after: self.rate.retry_after(self.now),
                count,
            });
        }
        Ok(Counted {
            window_start: self.rate.window_start(self.now),
            limit: self.limit,
            subject: self.subject,
            count,
        })
    }

    /// Counts the event now, in a statement of its own.
    pub async fn count(self, store: &Store) -> sqlx::Result<Result<Counted, Limited>> {
        let count = store.count_hit(&self.row()).await?;
        Ok(self.verdict(count))
    }
}

/// Counts one event of `limit` for `subject` at `now`. `Ok(Err(Limited))` when it went over
/// the limit (it is counted all the same: hammering does not reset the window).
pub async fn hit(
    store: &Store,
    limits: &Limits,
    limit: Limit,
    subject: Subject,
    now: i64,
) -> sqlx::Result<Result<Counted, Limited>> {
    Pending::new(limits, limit, subject, now).count(store).await
}

/// Takes back a counted event (a right second-factor code: only wrong ones count).
pub async fn undo(store: &Store, counted: &Counted) -> sqlx::Result<()> {
    store
        .uncount_hit(counted.limit.kind(), &counted.subject.0, counted.window_start)
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects_keep_no_submitted_text_and_fold_case() {
        let subject = Subject::submitted(" Alice@Example.org ");
        assert_eq!(subject, Subject::submitted("alice@example.org"));
        assert!(!subject.0.contains("alice"));
        assert_ne!(Subject::account(7), Subject::api_token(7));
    }

    #[test]
    fn waits_are_said_in_whole_minutes() {
        let limited = |retry_after| Limited {
            limit: Limit::Claims,
            retry_after,
            count: 21,
        };
        assert_eq!(limited(1).minutes(), 1);
        assert_eq!(limited(60).minutes(), 1);
        assert_eq!(limited(61).minutes(), 2);
    }
}
