use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use fluent_templates::fluent_bundle::FluentResource;

use super::Lang;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `.ftl` files of a language, read and checked to parse.
fn sources(lang: Lang) -> Vec<(PathBuf, String)> {
    let dir = root().join("locales").join(lang.code());
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|err| panic!("{}: {err}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            if let Err((_, errors)) = FluentResource::try_new(text.clone()) {
                panic!("{} does not parse: {errors:?}", path.display());
            }
            (path, text)
        })
        .collect()
}

/// The message ids a language defines: lines `id = ...` at the start of a line.
fn ids(lang: Lang) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for (path, text) in sources(lang) {
        for line in text.lines() {
            let Some((id, _)) = line.split_once('=') else {
                continue;
            };
            let id = id.trim_end();
            let is_id = id.starts_with(|c: char| c.is_ascii_lowercase())
                && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
            if is_id && !ids.insert(id.to_string()) {
                panic!("{}: {id} is defined twice", path.display());
            }
        }
    }
    ids
}

/// The message ids the templates and the code ask for: the first argument of the method
/// calls `.t(`, `.t1(`, `.t2(` and `.t_args(`.
fn used_ids() -> BTreeSet<String> {
    fn walk(dir: &Path, found: &mut BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, found);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            for call in [".t(", ".t1(", ".t2(", ".t_args("] {
                for (at, _) in text.match_indices(call) {
                    // The id may be on the next line, when rustfmt breaks the call.
                    let Some(rest) = text[at + call.len()..].trim_start().strip_prefix('"') else {
                        continue;
                    };
                    let id = &rest[..rest.find('"').unwrap_or(0)];
                    if !id.is_empty() && !id.contains(char::is_whitespace) {
                        found.insert(id.to_string());
                    }
                }
            }
        }
    }
    let mut found = BTreeSet::new();
    walk(&root().join("templates"), &mut found);
    walk(&root().join("src"), &mut found);
    // This file's own examples are not requests for messages.
    found.retain(|id| !id.starts_with("example-"));
    found
}

#[test]
fn every_language_has_every_message_and_no_other() {
    let english = ids(Lang::En);
    assert!(!english.is_empty());
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let theirs = ids(lang);
        for missing in english.difference(&theirs) {
            problems.push(format!("{}: missing {missing}", lang.code()));
        }
        for extra in theirs.difference(&english) {
            problems.push(format!("{}: {extra} is not in English", lang.code()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_asked_for_exists_and_every_message_is_used() {
    let english = ids(Lang::En);
    let used = used_ids();
    let missing: Vec<_> = used.difference(&english).collect();
    assert!(missing.is_empty(), "asked for, not in locales/en: {missing:?}");
    let unused: Vec<_> = english.difference(&used).collect();
    assert!(unused.is_empty(), "in locales/en, asked for nowhere: {unused:?}");
}

#[test]
fn messages_are_looked_up_in_each_language_with_arguments() {
    let signed_in = |lang: Lang| lang.t_args("signed-in-as", &[("username", "alice".into())]);
    assert_eq!(signed_in(Lang::En), "Signed in as alice");
    assert_eq!(signed_in(Lang::Fr), "Connecté en tant que alice");
    assert_eq!(signed_in(Lang::Ja), "alice としてサインイン中");
    assert_eq!(Lang::De.t("sign-out"), "Abmelden");
    assert_eq!(Lang::Ko.t("example-nowhere"), "⟦example-nowhere⟧");
}

#[test]
fn accept_language_picks_the_best_language_we_speak() {
    assert_eq!(Lang::negotiate("fr-CH, fr;q=0.9, en;q=0.8"), Some(Lang::Fr));
    assert_eq!(Lang::negotiate("pt-BR, ja;q=0.5, en;q=0.3"), Some(Lang::Ja));
    assert_eq!(Lang::negotiate("en;q=0.2, ko;q=0.9"), Some(Lang::Ko));
    assert_eq!(Lang::negotiate("de;q=0, nl"), Some(Lang::Nl));
    assert_eq!(Lang::negotiate("*"), None);
    assert_eq!(Lang::negotiate("pt, zh"), None);
    assert_eq!(Lang::negotiate("es;q=abc, it;q=0.1"), Some(Lang::It));
    assert_eq!(Lang::negotiate(""), None);
    assert_eq!(Lang::from_tag("DE-at"), Some(Lang::De));
    assert_eq!(Lang::from_tag("xx"), None);
}

#[tokio::test]
async fn the_current_language_is_the_one_spoken() {
    assert_eq!(super::current(), Lang::En);
    assert_eq!(
        super::speaking(Lang::It, async { super::current() }).await,
        Lang::It
    );
}

#[test]
fn dates_are_written_in_each_language() {
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let first = chrono::NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
    assert_eq!(Lang::En.date(day), "24 November 2026");
    assert_eq!(Lang::Fr.date(day), "24 novembre 2026");
    assert_eq!(Lang::Fr.date(first), "1er mars 2027");
    assert_eq!(Lang::De.date(day), "24. November 2026");
    assert_eq!(Lang::Es.date(day), "24 de noviembre de 2026");
    assert_eq!(Lang::Ja.date(day), "2026年11月24日");
    assert_eq!(Lang::Ko.date(day), "2026년 11월 24일");
    assert_eq!(Lang::En.date_short(first), "1 Mar");
    assert_eq!(Lang::Ja.date_short(first), "3月1日");
    let at = day.and_hms_opt(13, 5, 0).unwrap();
    assert_eq!(Lang::Nl.date_time(at), "24 november 2026 om 13:05");
    assert_eq!(
        super::speaking_sync(Lang::It, || super::date(&day)),
        "24 novembre 2026"
    );
}

#[test]
fn a_date_worded_once_is_kept_per_language() {
    // Worded in one language, then asked again in others and in the first: each language
    // keeps its own wording, and the kept one reads the same as the first.
    let day = chrono::NaiveDate::from_ymd_opt(2031, 7, 14).unwrap();
    let english = Lang::En.date(day);
    assert_eq!(english, "14 July 2031");
    assert_eq!(Lang::De.date(day), "14. Juli 2031");
    assert_eq!(Lang::Ja.date(day), "2031年7月14日");
    assert_eq!(Lang::En.date(day), english);
    // Many more days than are kept: the bound drops the kept ones, the words stay right.
    let start = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap();
    for offset in 0..5_000 {
        Lang::Fr.date(start + chrono::Duration::days(offset));
    }
    assert_eq!(Lang::Fr.date(day), "14 juillet 2031");
    assert_eq!(Lang::En.date(day), english);
}
