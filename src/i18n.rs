//! The languages of the pages and the mail: English, French, German, Italian, Spanish, Dutch,
//! Japanese and Korean, in Project Fluent files under `locales/<code>/`.
//!
//! A request's language is, in order: the one the visitor chose with the switcher (a cookie),
//! the best match of the browser's `Accept-Language`, English. [`language_layer`] decides it
//! once per request and holds it for the request's task, so every page, partial and error page
//! rendered while answering reads it through [`current`] without each handler passing it on;
//! the answer says which it was in `Content-Language` (and `<html lang>`). Mail is written in
//! the language of its recipient, passed explicitly.
//!
//! A message missing from a language falls back to English, and a message missing from
//! English too shows as `⟦id⟧`, which the tests look for on every page.

use std::borrow::Cow;
use std::collections::HashMap;
use std::future::Future;
use std::sync::{LazyLock, Mutex};

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, langid};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Unicode isolation marks around arguments help right-to-left scripts, which none of
        // the languages is; they would only get in the way of copying a code or a date.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A language the service speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Fr,
    De,
    It,
    Es,
    Nl,
    Ja,
    Ko,
}

/// The marker shown in place of a message no language has: a test fails on sight of it.
pub const MISSING_OPEN: char = '⟦';

impl Lang {
    /// Every language, in the switcher's order.
    pub const ALL: [Lang; 8] = [
        Lang::En,
        Lang::Fr,
        Lang::De,
        Lang::It,
        Lang::Es,
        Lang::Nl,
        Lang::Ja,
        Lang::Ko,
    ];

    /// The language's code, as in `<html lang>`, `Content-Language` and `locales/`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::It => "it",
            Lang::Es => "es",
            Lang::Nl => "nl",
            Lang::Ja => "ja",
            Lang::Ko => "ko",
        }
    }

    /// The language's name in itself, as the switcher shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::De => "Deutsch",
            Lang::It => "Italiano",
            Lang::Es => "Español",
            Lang::Nl => "Nederlands",
            Lang::Ja => "日本語",
            Lang::Ko => "한국어",
        }
    }

    /// Reads a language tag such as `fr`, `fr-CA` or `DE`: its primary language decides.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|lang| lang.code() == primary)
    }

    /// The best of our languages for an `Accept-Language` header: the highest weight wins, the
    /// earlier of equal weights; `*` and languages we lack are passed over.
    pub fn negotiate(accept_language: &str) -> Option<Lang> {
        let mut best: Option<(Lang, f32)> = None;
        for item in accept_language.split(',').take(32) {
            let mut parts = item.split(';');
            let Some(lang) = parts.next().and_then(Lang::from_tag) else {
                continue;
            };
            let weight = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())
                .filter(|q| (0.0..=1.0).contains(q))
                .unwrap_or(0.0);
            if weight > 0.0 && best.is_none_or(|(_, w)| weight > w) {
                best = Some((lang, weight));
            }
        }
        best.map(|(lang, _)| lang)
    }

    fn id(self) -> &'static LanguageIdentifier {
        static IDS: [LanguageIdentifier; 8] = [
            langid!("en"),
            langid!("fr"),
            langid!("de"),
            langid!("it"),
            langid!("es"),
            langid!("nl"),
            langid!("ja"),
            langid!("ko"),
        ];
        &IDS[self.index()]
    }

    /// The language's place in [`Lang::ALL`].
    fn index(self) -> usize {
        Lang::ALL
            .iter()
            .position(|l| *l == self)
            .expect("every language is listed")
    }

    /// The message `id` in this language.
    pub fn t(self, id: &str) -> String {
        self.text(id).into_owned()
    }

    /// The message `id` in this language, as resolved once for the life of the process: a
    /// message without arguments always reads the same, and a page asks for dozens of them
    /// (each one resolved by Fluent was most of a page's cost). Only messages some language
    /// has are kept, so what is kept is bounded by the `.ftl` files.
    pub fn text(self, id: &str) -> Cow<'static, str> {
        type Resolved = std::sync::RwLock<HashMap<&'static str, &'static str>>;
        static RESOLVED: [std::sync::OnceLock<Resolved>; 8] = [const { std::sync::OnceLock::new() }; 8];
        let resolved = RESOLVED[self.index()].get_or_init(Default::default);
        if let Some(text) = resolved
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .get(id)
        {
            return Cow::Borrowed(text);
        }
        let Some(text) = self.resolve(id, None) else {
            return Cow::Owned(self.missing(id));
        };
        let mut resolved = resolved.write().unwrap_or_else(|poisoned| poisoned.into_inner());
        Cow::Borrowed(
            resolved
                .entry(Box::leak(id.to_string().into_boxed_str()))
                .or_insert_with(|| Box::leak(text.into_boxed_str())),
        )
    }

    /// The message `id` in this language, with its arguments: numbers choose plural forms.
    pub fn t_args(self, id: &str, args: &[(&'static str, FluentValue<'_>)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue<'_>> = args
            .iter()
            .map(|(name, value)| (Cow::Borrowed(*name), value.clone()))
            .collect();
        self.lookup(id, Some(&args))
    }

    fn lookup(self, id: &str, args: Option<&HashMap<Cow<'static, str>, FluentValue<'_>>>) -> String {
        self.resolve(id, args).unwrap_or_else(|| self.missing(id))
    }

    /// The message in this language, else in English: every language has a bundle of its
    /// own, so the chain is this language, then English. The loader's own lookup
    /// (`try_lookup_complete`) negotiates that chain anew on every message, a sixth of the
    /// messages' cost on a maintainer's page.
    fn resolve(self, id: &str, args: Option<&HashMap<Cow<'static, str>, FluentValue<'_>>>) -> Option<String> {
        let in_language = |lang: Lang| LOCALES.lookup_single_language(lang.id(), id, args).ok();
        in_language(self).or_else(|| (self != Lang::En).then(|| in_language(Lang::En)).flatten())
    }

    /// What shows in place of a message no language has (see [`MISSING_OPEN`]).
    fn missing(self, id: &str) -> String {
        tracing::warn!(id, language = self.code(), "message missing in every language");
        format!("{MISSING_OPEN}{id}⟧")
    }
}

impl Lang {
    /// A day written out in this language: "24 November 2026", "24 novembre 2026",
    /// "24. November 2026", "2026年11月24日".
    pub fn date(self, day: NaiveDate) -> String {
        // A page words the same few days on every request (a campaign's dates, a code's
        // expiry, when projects became critical): each is worded once per language and kept,
        // up to a bound, past which the kept ones are dropped and worded again as needed.
        const WORDED_MOST: usize = 4096;
        static WORDED: LazyLock<Mutex<HashMap<(Lang, NaiveDate), String>>> = LazyLock::new(Default::default);
        let worded = || WORDED.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(text) = worded().get(&(self, day)) {
            return text.clone();
        }
        let text = self.t_args(
            "date-long",
            &[
                ("day", day.day().into()),
                ("month", self.month_name(day.month()).into()),
                ("year", day.year().to_string().into()),
            ],
        );
        let mut kept = worded();
        if kept.len() >= WORDED_MOST {
            kept.clear();
        }
        kept.insert((self, day), text.clone());
        text
    }

    /// A day without its year, short, for a chart's axis: "24 Nov", "24 nov.", "11月24日".
    pub fn date_short(self, day: NaiveDate) -> String {
        self.t_args(
            "date-short",
            &[
                ("day", day.day().into()),
                ("month", self.month_short(day.month()).into()),
            ],
        )
    }

    /// A day and a time of day (UTC): "24 November 2026 13:05".
    pub fn date_time(self, at: NaiveDateTime) -> String {
        self.t_args(
            "date-time",
            &[
                ("date", self.date(at.date()).into()),
                ("time", at.format("%H:%M").to_string().into()),
            ],
        )
    }

    // Each month's message is named in full so that the check that every message is used
    // (src/i18n/tests.rs) sees them.
    fn month_name(self, month: u32) -> String {
        match month {
            1 => self.t("month-1"),
            2 => self.t("month-2"),
            3 => self.t("month-3"),
            4 => self.t("month-4"),
            5 => self.t("month-5"),
            6 => self.t("month-6"),
            7 => self.t("month-7"),
            8 => self.t("month-8"),
            9 => self.t("month-9"),
            10 => self.t("month-10"),
            11 => self.t("month-11"),
            _ => self.t("month-12"),
        }
    }

    fn month_short(self, month: u32) -> String {
        match month {
            1 => self.t("month-short-1"),
            2 => self.t("month-short-2"),
            3 => self.t("month-short-3"),
            4 => self.t("month-short-4"),
            5 => self.t("month-short-5"),
            6 => self.t("month-short-6"),
            7 => self.t("month-short-7"),
            8 => self.t("month-short-8"),
            9 => self.t("month-short-9"),
            10 => self.t("month-short-10"),
            11 => self.t("month-short-11"),
            _ => self.t("month-short-12"),
        }
    }
}

/// A day in the [`current`] language, for templates: `{{ crate::i18n::date(day) }}`.
pub fn date(day: &NaiveDate) -> String {
    current().date(*day)
}

/// A day without its year in the [`current`] language (chart axes).
pub fn date_short(day: &NaiveDate) -> String {
    current().date_short(*day)
}

/// A day and time in the [`current`] language.
pub fn date_time(at: &NaiveDateTime) -> String {
    current().date_time(*at)
}

tokio::task_local! {
    static REQUEST_LANGUAGE: Lang;
}

/// The language of the request being answered (English outside of one).
pub fn current() -> Lang {
    REQUEST_LANGUAGE.try_with(|lang| *lang).unwrap_or_default()
}

/// Runs `work` with `lang` as the [`current`] language.
pub async fn speaking<F: Future>(lang: Lang, work: F) -> F::Output {
    REQUEST_LANGUAGE.scope(lang, work).await
}

/// Runs `work` (rendering a mail, say) with `lang` as the [`current`] language, synchronously.
pub fn speaking_sync<R>(lang: Lang, work: impl FnOnce() -> R) -> R {
    REQUEST_LANGUAGE.sync_scope(lang, work)
}

#[cfg(test)]
mod tests;
