//! What the maintainer's pages put into their translated sentences (see [`crate::i18n`]):
//! pieces of HTML given as a message's arguments, so that translators get whole sentences
//! and the markup stays out of the `.ftl` files, and sentences a template cannot ask for
//! itself (three arguments, a list of countries).
//!
//! Every piece escapes what it wraps: a sentence holding one is shown with `|safe`, so no
//! user data may reach it unescaped.

use chrono::NaiveDate;

use crate::domain::countries::Country;
use crate::i18n;
use crate::store::Offer;

/// `text` made safe to put inside HTML text or a double-quoted attribute (the only kind
/// these pieces write), so an apostrophe stays as typed.
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            other => escaped.push(other),
        }
    }
    escaped
}

/// A day written out in the page's language, as a `<time>` element (as `_date.html` writes it).
pub fn time(day: &NaiveDate) -> String {
    format!("<time datetime=\"{day}\">{}</time>", escape(&i18n::date(day)))
}

/// A link to `href` reading `text`.
pub fn link(href: &str, text: &str) -> String {
    format!("<a href=\"{}\">{}</a>", escape(href), escape(text))
}

/// A link that leaves the site (a store): it tells the other site nothing of this page.
pub fn outside_link(href: &str, text: &str) -> String {
    format!(
        "<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
        escape(href),
        escape(text)
    )
}

/// `text` in bold (a username the sentence is about).
pub fn strong(text: &str) -> String {
    format!("<strong>{}</strong>", escape(text))
}

/// A promo code as the pages show codes.
pub fn promo_code(code: &str) -> String {
    format!("<code class=\"promo\">{}</code>", escape(code))
}

/// A country as messages name it: its name in the page's language and its code,
/// "Allemagne (DE)".
pub fn country(country: &Country) -> String {
    format!("{} ({})", country.name_in(i18n::current().code()), country.code())
}

/// The countries a campaign ships to, each as [`country`] names it, in a list.
pub fn countries(countries: &[Country]) -> String {
    let names: Vec<String> = countries.iter().map(country).collect();
    names.join(&i18n::current().t("claim-list-separator"))
}

/// What the claim form says about the countries a campaign ships to, in one language.
#[derive(Debug)]
pub struct CountryTexts {
    /// The hint under the field, naming every country (text, escaped where shown).
    pub hint: String,
    /// The field's suggestions: one `<option>` per country, its label escaped (HTML).
    pub options: String,
}

/// The most sets of countries whose [`CountryTexts`] are kept per process: a campaign's
/// offers ship to one set, so a few campaigns in eight languages take a few dozen.
const COUNTRY_TEXTS_KEPT: usize = 256;

/// The claim form's [`CountryTexts`] for `countries` in the page's language, made once per
/// language and set of countries (each is a dozen or more country names looked up, formatted
/// and escaped, on every maintainer's page).
pub fn country_texts(countries: &[Country]) -> std::sync::Arc<CountryTexts> {
    use std::collections::HashMap;
    use std::sync::{Arc, Mutex, OnceLock};
    type Kept = Mutex<HashMap<(i18n::Lang, Vec<Country>), Arc<CountryTexts>>>;
    static KEPT: OnceLock<Kept> = OnceLock::new();
    let lang = i18n::current();
    let key = (lang, countries.to_vec());
    let kept = KEPT.get_or_init(Default::default);
    if let Some(texts) = kept.lock().unwrap_or_else(|p| p.into_inner()).get(&key) {
        return texts.clone();
    }
    let options = countries
        .iter()
        .map(|country| {
            format!(
                "<option value=\"{}\">{}</option>",
                country.code(),
                escape(&country.label_in(lang.code()))
            )
        })
        .collect();
    let hint = lang.t_args(
        "claim-country-hint",
        &[("countries", self::countries(countries).into())],
    );
    let texts = Arc::new(CountryTexts { hint, options });
    let mut kept = kept.lock().unwrap_or_else(|p| p.into_inner());
    if kept.len() >= COUNTRY_TEXTS_KEPT {
        kept.clear();
    }
    kept.insert(key, texts.clone());
    texts
}

/// The claim form's answer to a code people use that ISO gives to nobody ("UK"): the code
/// meant, with its country's name in the page's language.
pub fn common_mistake(given: &str, meant: &str) -> String {
    let name = Country::parse(meant).map_or_else(|_| meant.to_string(), |c| country_name(&c));
    i18n::current().t_args(
        "claim-common-mistake",
        &[
            ("given", given.to_string().into()),
            ("meant", meant.to_string().into()),
            ("name", name.into()),
        ],
    )
}

/// The country a holder declared when claiming, as stored (its code), named in the page's
/// language when it is one we know.
pub fn declared_country(code: &str) -> String {
    Country::parse(code).map_or_else(|_| code.to_string(), |c| country(&c))
}

/// A key the claim form offers, with its maker: "Titan, by Google: one code for 2 keys".
pub fn offer_by_vendor(offer: &Offer) -> String {
    i18n::current().t_args(
        "offer-choice-by-vendor",
        &[
            ("offer", offer.name.clone().into()),
            ("vendor", offer.vendor.clone().into()),
            ("keys", offer.keys_per_code.into()),
        ],
    )
}

fn country_name(country: &Country) -> String {
    country.name_in(i18n::current().code()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_escape_what_they_wrap() {
        assert_eq!(escape(r#"<a href="x">&'"#), "&lt;a href=&quot;x&quot;&gt;&amp;'");
        assert_eq!(strong("<b>"), "<strong>&lt;b&gt;</strong>");
        assert_eq!(
            link("/a?b=1&c=\"", "x<"),
            "<a href=\"/a?b=1&amp;c=&quot;\">x&lt;</a>"
        );
        let day = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        assert_eq!(
            time(&day),
            "<time datetime=\"2026-11-24\">24 November 2026</time>"
        );
    }

    #[test]
    fn countries_are_named_in_the_page_language() {
        let germany = Country::parse("DE").unwrap();
        assert_eq!(country(&germany), "Germany (DE)");
        let french = i18n::speaking_sync(i18n::Lang::Fr, || country(&germany));
        assert_eq!(french, "Allemagne (DE)");
        let mistake = i18n::speaking_sync(i18n::Lang::De, || common_mistake("UK", "GB"));
        assert!(mistake.contains("Vereinigtes Königreich"), "{mistake}");
    }
}
