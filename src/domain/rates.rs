//! Durations and rate limits as operators write them in settings: `90s`, `15m`, `2h`, `7d`;
//! `5/15m` (five per fifteen minutes).

use std::str::FromStr;
use std::time::Duration;

/// Why a setting was not read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RateError {
    #[error("{0:?} is not a duration: write a whole number and a unit, s, m, h or d (e.g. 15m)")]
    BadDuration(String),
    #[error("{0:?} is not a rate limit: write a count, a slash and a duration (e.g. 5/15m)")]
    BadRate(String),
    #[error("{0:?}: a limit must allow at least one and its window must last at least a second")]
    Empty(String),
}

/// Reads `90s`, `15m`, `2h` or `7d` (a bare number is seconds).
pub fn parse_duration(text: &str) -> Result<Duration, RateError> {
    let text = text.trim();
    let bad = || RateError::BadDuration(text.to_string());
    let split = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let number: u64 = number.parse().map_err(|_| bad())?;
    let unit_seconds = match unit.trim() {
        "" | "s" => 1,
        "m" => 60,
        "h" => 3600,
        "d" => 24 * 3600,
        _ => return Err(bad()),
    };
    number
        .checked_mul(unit_seconds)
        .map(Duration::from_secs)
        .ok_or_else(bad)
}

/// At most `max` events per fixed window of `window`, counted per key.
///
/// Windows are fixed (aligned to multiples of their length since the Unix epoch), so that
/// every replica counts an event in the same window without asking the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    pub max: u32,
    pub window: Duration,
}

impl RateLimit {
    /// `max` per `window`.
    pub const fn new(max: u32, window: Duration) -> RateLimit {
        RateLimit { max, window }
    }

    fn window_seconds(&self) -> i64 {
        self.window.as_secs().max(1) as i64
    }

    /// The start of the window that holds `now` (Unix seconds).
    pub fn window_start(&self, now: i64) -> i64 {
        now - now.rem_euclid(self.window_seconds())
    }

    /// When the window that holds `now` ends: the counter is of no use after it.
    pub fn window_end(&self, now: i64) -> i64 {
        self.window_start(now) + self.window_seconds()
    }

    /// Seconds from `now` until a new window opens (at least one).
    pub fn retry_after(&self, now: i64) -> u64 {
        (self.window_end(now) - now).max(1) as u64
    }

    /// True when the `count`th event of a window goes over the limit.
    pub fn exceeded_by(&self, count: i64) -> bool {
        count > i64::from(self.max)
    }
}

impl FromStr for RateLimit {
    type Err = RateError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let (max, window) = text
            .split_once('/')
            .ok_or_else(|| RateError::BadRate(text.to_string()))?;
        let max: u32 = max
            .trim()
            .parse()
            .map_err(|_| RateError::BadRate(text.to_string()))?;
        let window = parse_duration(window)?;
        if max == 0 || window.as_secs() == 0 {
            return Err(RateError::Empty(text.to_string()));
        }
        Ok(RateLimit { max, window })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_with_their_units() {
        assert_eq!(parse_duration("90s"), Ok(Duration::from_secs(90)));
        assert_eq!(parse_duration("90"), Ok(Duration::from_secs(90)));
        assert_eq!(parse_duration(" 15m "), Ok(Duration::from_secs(900)));
        assert_eq!(parse_duration("2h"), Ok(Duration::from_secs(7200)));
        assert_eq!(parse_duration("7d"), Ok(Duration::from_secs(7 * 86400)));
        for bad in ["", "m", "1.5h", "-3s", "3 weeks", "99999999999999999999d"] {
            assert!(parse_duration(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn rate_limits_read_and_count_in_fixed_windows() {
        let limit: RateLimit = "5/15m".parse().unwrap();
        assert_eq!(limit, RateLimit::new(5, Duration::from_secs(900)));
        let start = limit.window_start(1_000_000);
        assert_eq!(start % 900, 0);
        assert!(start <= 1_000_000 && 1_000_000 < start + 900);
        assert_eq!(limit.window_end(1_000_000), start + 900);
        assert_eq!(limit.retry_after(start), 900);
        assert_eq!(limit.retry_after(start + 899), 1);
        assert!(!limit.exceeded_by(5) && limit.exceeded_by(6));
        for bad in ["5", "/15m", "x/15m", "0/15m", "5/0s", "5/fortnight"] {
            assert!(bad.parse::<RateLimit>().is_err(), "{bad:?}");
        }
    }
}
