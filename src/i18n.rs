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

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};

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
        &IDS[Lang::ALL
            .iter()
            .position(|l| *l == self)
            .expect("every language is listed")]
    }

    /// The message `id` in this language.
    pub fn t(self, id: &str) -> String {
        self.lookup(id, None)
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
        LOCALES
            .try_lookup_complete(self.id(), id, args)
            .unwrap_or_else(|| {
                tracing::warn!(id, language = self.code(), "message missing in every language");
                format!("{MISSING_OPEN}{id}⟧")
            })
    }
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

#[cfg(test)]
mod tests;
