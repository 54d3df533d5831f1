//! Pages in the visitor's language: chosen from Accept-Language or with the switcher, said
//! in `<html lang>` and `Content-Language`, with no message left untranslated.

use crate::common;

use common::{Browser, Page, TestApp};
use keydrop::i18n::Lang;

/// The language a page says it is in, from its header and from `<html lang>`, which agree.
fn language_of(page: &Page) -> String {
    let header = page
        .headers
        .get("content-language")
        .expect("Content-Language")
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        page.body.contains(&format!("<html lang=\"{header}\">")),
        "html lang = {header}: {}",
        &page.body[..200]
    );
    header
}

/// What a person reads on a page: each run of text between tags, and the attributes that are
/// shown or read aloud (`aria-label`, `title`, `alt`, `placeholder`); scripts and styles left
/// out, the common entities decoded, white space collapsed.
pub(crate) fn readable_runs(html: &str) -> Vec<String> {
    fn decode(text: &str) -> String {
        let text = text
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#34;", "\"")
            .replace("&#39;", "'")
            .replace("&#x27;", "'")
            .replace("&nbsp;", " ")
            .replace("&amp;", "&");
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }
    let mut runs = Vec::new();
    let mut skipping: Option<&str> = None;
    for piece in html.split('<').skip(1) {
        let (tag, text) = piece.split_once('>').unwrap_or((piece, ""));
        let name = tag.split_whitespace().next().unwrap_or("").to_ascii_lowercase();
        if let Some(until) = skipping {
            if name == until {
                skipping = None;
            }
            continue;
        }
        if name == "script" || name == "style" {
            skipping = Some(if name == "script" { "/script" } else { "/style" });
            continue;
        }
        for attribute in ["aria-label=\"", "title=\"", "alt=\"", "placeholder=\""] {
            for (at, _) in tag.match_indices(attribute) {
                let value = &tag[at + attribute.len()..];
                runs.push(decode(&value[..value.find('"').unwrap_or(value.len())]));
            }
        }
        runs.push(decode(text));
    }
    runs.retain(|run| !run.is_empty());
    runs
}

/// Fails when a sentence of the English page is left in English on the same page in `lang`:
/// every run of the English page with two words or more (after removing the `data` that is
/// the same in every language: names of projects, campaigns, offers, codes) must be absent
/// from the other page. Both pages must show the same state.
pub(crate) fn assert_translated(english: &Page, other: &Page, lang: Lang, data: &[&str]) {
    assert_eq!(language_of(english), "en", "{}", english.url);
    assert_eq!(language_of(other), lang.code(), "{}", other.url);
    assert!(
        !other.body.contains(keydrop::i18n::MISSING_OPEN),
        "{} in {}: {}",
        other.url,
        lang.code(),
        other.text()
    );
    let strip = |run: &str| {
        let mut run = run.to_string();
        for value in data {
            run = run.replace(value, " ");
        }
        run
    };
    let theirs: Vec<String> = readable_runs(&other.body).iter().map(|run| strip(run)).collect();
    let mut untranslated = Vec::new();
    for run in readable_runs(&english.body) {
        let run = strip(&run);
        let words = run
            .split_whitespace()
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
            .count();
        if words >= 2 && theirs.iter().any(|their| their.contains(run.trim())) && !untranslated.contains(&run)
        {
            untranslated.push(run);
        }
    }
    assert!(
        untranslated.is_empty(),
        "{} in {} still says, in English:\n  {}",
        other.url,
        lang.code(),
        untranslated.join("\n  ")
    );
}

#[test]
fn the_untranslated_check_reads_text_and_labels_and_can_fail() {
    let runs = readable_runs(
        "<p>Claim <b>your</b> code &amp; keys</p><script>let a = 'x y';</script>\
         <button aria-label=\"Copy the code\">⧉</button><style>p { x: y }</style>",
    );
    assert_eq!(runs, ["Claim", "your", "code & keys", "Copy the code", "⧉"]);

    let page = |lang: &str, body: &str| Page {
        status: 200,
        url: format!("/{lang}"),
        body: format!("<html lang=\"{lang}\"><p>{body}</p><p>PyPI Titan 2026</p></html>"),
        headers: [(reqwest::header::CONTENT_LANGUAGE, lang.parse().unwrap())]
            .into_iter()
            .collect(),
    };
    let english = page("en", "Claim your code now");
    let data = ["PyPI Titan 2026"];
    assert_translated(&english, &page("fr", "Demandez votre code"), Lang::Fr, &data);
    let left_behind = std::panic::catch_unwind(|| {
        assert_translated(&english, &page("fr", "Claim your code now"), Lang::Fr, &data)
    });
    assert!(left_behind.is_err(), "English left on the French page is found");
}

backend_tests! {
    async fn pages_speak_the_language_the_browser_asks_for(backend: Backend) {
        let app = TestApp::start(backend).await;
        app.with_open_campaign(1).await;
        let french = Browser::speaking(&app.base, "fr-CH, fr;q=0.9, en;q=0.8").get("/").await;
        assert_eq!(language_of(&french), "fr");
        assert!(french.shows("Aller au contenu"), "{}", french.text());
        let unknown = Browser::speaking(&app.base, "pt-BR, zh;q=0.5").get("/").await;
        assert_eq!(language_of(&unknown), "en", "English when we speak none of them");
        let japanese = Browser::speaking(&app.base, "ja").get("/no-such-page").await;
        assert_eq!(japanese.status, 404);
        assert_eq!(language_of(&japanese), "ja", "error pages too");
    }

    async fn the_switcher_remembers_the_choice_and_goes_back(backend: Backend) {
        let app = TestApp::start(backend).await;
        app.with_open_campaign(1).await;
        let browser = Browser::speaking(&app.base, "de");
        let page = browser.get("/login").await;
        assert_eq!(language_of(&page), "de");
        // The switcher links every language back to this page.
        for lang in Lang::ALL {
            let link = format!("href=\"/language/{}?next=%2Flogin\"", lang.code());
            assert!(page.body.contains(&link), "{link}");
        }
        assert!(page.body.contains("lang=\"de\" hreflang=\"de\" aria-current=\"true\""));
        let switched = browser.get("/language/ko?next=%2Flogin").await;
        assert!(switched.url.ends_with("/login"), "{}", switched.url);
        assert_eq!(language_of(&switched), "ko", "the choice beats Accept-Language");
        assert_eq!(language_of(&browser.get("/").await), "ko", "and is remembered");
        // The way back is a path of this site, and only our languages exist.
        let outside = browser.get("/language/fr?next=%2F%2Fevil.example").await;
        assert_eq!(url::Url::parse(&outside.url).unwrap().path(), "/");
        assert_eq!(browser.get("/language/xx?next=%2F").await.status, 404);
        assert_eq!(browser.get("/language/FR?next=%2F").await.status, 404);
    }

    async fn no_page_shows_an_untranslated_message_in_any_language(backend: Backend) {
        let app = TestApp::start(backend).await;
        app.with_open_campaign(1).await;
        for lang in Lang::ALL {
            let visitor = Browser::speaking(&app.base, lang.code());
            let maintainer = app.signed_in("alice").await;
            maintainer.get(&format!("/language/{}?next=%2F", lang.code())).await;
            for page in [
                visitor.get("/").await,
                visitor.get("/login").await,
                visitor.get("/missing").await,
                visitor.get("/giveaway/claim").await,
                visitor.get(&format!("/mail/unsubscribe/{}", "ab".repeat(32))).await,
                maintainer.get("/giveaway").await,
                maintainer.claim("Atlantis").await,
                maintainer.get(&keydrop::web::urls::URLS.release_confirm(common::fixture::CAMPAIGN)).await,
            ] {
                assert_eq!(language_of(&page), lang.code(), "{}", page.url);
                assert!(!page.body.contains(keydrop::i18n::MISSING_OPEN), "{} in {}: {}", page.url, lang.code(), page.text());
            }
        }
    }
}
