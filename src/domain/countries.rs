//! Countries as ISO 3166-1 alpha-2 codes, with helpful messages for common mistakes.

use isocountry::CountryCode;

use super::country_names;

/// The countries Google shipped Titan keys to in PyPI's 2022 giveaway: the default for a
/// new campaign.
pub const DEFAULT_CAMPAIGN_COUNTRIES: [&str; 11] =
    ["AT", "BE", "CA", "CH", "DE", "ES", "FR", "GB", "IT", "JP", "US"];

/// Why a country entry was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CountryError {
    #[error("no country given")]
    Empty,
    /// A code people use that ISO 3166-1 gives to nobody, with the code that was meant.
    #[error("{given} is not an ISO 3166-1 code: use {meant} ({name})")]
    CommonMistake {
        given: String,
        meant: &'static str,
        name: &'static str,
    },
    #[error("{0} is not an ISO 3166-1 alpha-2 country code")]
    Unknown(String),
}

/// Codes that are not ISO 3166-1 but that people type, and the code they mean.
const COMMON_MISTAKES: [(&str, &str); 2] = [("UK", "GB"), ("EL", "GR")];

/// A valid ISO 3166-1 alpha-2 code, upper-case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Country(CountryCode);

impl Country {
    /// Parses a two-letter code, ignoring case and surrounding white space.
    pub fn parse(input: &str) -> Result<Country, CountryError> {
        let code = input.trim().to_ascii_uppercase();
        if code.is_empty() {
            return Err(CountryError::Empty);
        }
        if let Some((given, meant)) = COMMON_MISTAKES.iter().find(|(given, _)| *given == code) {
            let meant_country = CountryCode::for_alpha2(meant).expect("a valid code in the table");
            return Err(CountryError::CommonMistake {
                given: (*given).to_string(),
                meant,
                name: Country(meant_country).common_name(),
            });
        }
        CountryCode::for_alpha2(&code)
            .map(Country)
            .map_err(|_| CountryError::Unknown(input.trim().to_string()))
    }

    /// Parses what a person typed in a form: an alpha-2 code as [`Country::parse`] does (dots
    /// and spaces aside: "U.S." is US, "U.K." gets the UK message), an alpha-3 code, or the
    /// country's name in English (ISO's or the everyday one), in a language of the pages, or
    /// in one of the country's own languages (see [`super::country_names`]).
    pub fn parse_typed(input: &str) -> Result<Country, CountryError> {
        let typed = input.trim();
        let folded = country_names::fold(typed);
        if folded.is_empty() {
            return Err(CountryError::Empty);
        }
        if country_names::is_two_letters(&folded) {
            return Country::parse(&folded).map_err(|err| match err {
                CountryError::Unknown(_) => CountryError::Unknown(typed.to_string()),
                other => other,
            });
        }
        if let Ok(code) = CountryCode::for_alpha3_caseless(typed) {
            return Ok(Country(code));
        }
        let wanted = typed.to_lowercase();
        CountryCode::iter()
            .map(|&code| Country(code))
            .find(|c| c.name().to_lowercase() == wanted || c.common_name().to_lowercase() == wanted)
            .or_else(|| country_names::find(typed).and_then(|code| Country::parse(code).ok()))
            .ok_or_else(|| CountryError::Unknown(typed.to_string()))
    }

    /// The name to show in a page of `language`, with the country's own names beside it when
    /// they differ: "Switzerland (Schweiz, Suisse, Schwiiz, Svizzera, Svizra)".
    pub fn label_in(&self, language: &str) -> String {
        let name = self.name_in(language);
        let own = country_names::own_names(self.code(), name);
        if own.is_empty() {
            name.to_string()
        } else {
            format!("{name} ({})", own.join(", "))
        }
    }

    /// The name of the country in `language` (a page language's code), e.g. `Allemagne` in
    /// `fr`; the English name people use when the list has none.
    pub fn name_in(&self, language: &str) -> &'static str {
        country_names::name_in(self.code(), language).unwrap_or_else(|| self.common_name())
    }

    /// The alpha-2 code, e.g. `GB`.
    pub fn code(&self) -> &'static str {
        self.0.alpha2()
    }

    /// The English name as ISO 3166-1 gives it, e.g. `United Kingdom of Great Britain and
    /// Northern Ireland`.
    pub fn name(&self) -> &'static str {
        self.0.name()
    }

    /// The English name people use, e.g. `United Kingdom`: ISO's, but for a few long official
    /// forms, and without parenthesised qualifiers.
    pub fn common_name(&self) -> &'static str {
        match self.code() {
            "GB" => "United Kingdom",
            "US" => "United States",
            "KR" => "South Korea",
            "KP" => "North Korea",
            "RU" => "Russia",
            "TW" => "Taiwan",
            "VN" => "Vietnam",
            "IR" => "Iran",
            "SY" => "Syria",
            "LA" => "Laos",
            "MD" => "Moldova",
            "TZ" => "Tanzania",
            "BO" => "Bolivia",
            "VE" => "Venezuela",
            _ => {
                let name = self.0.name();
                name.split(" (").next().unwrap_or(name)
            }
        }
    }
}

impl std::fmt::Display for Country {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// Parses a comma-separated list such as `AT,be, CH`; sorted, without repeats. An empty list
/// is an error: a campaign or batch bound to no country could serve nobody.
pub fn parse_list(input: &str) -> Result<Vec<Country>, CountryError> {
    let mut countries = input
        .split(',')
        .filter(|part| !part.trim().is_empty())
        .map(Country::parse)
        .collect::<Result<Vec<_>, _>>()?;
    if countries.is_empty() {
        return Err(CountryError::Empty);
    }
    countries.sort_by_key(|c| c.code());
    countries.dedup();
    Ok(countries)
}

/// Writes countries as the comma-separated list the database keeps, e.g. `AT,BE`.
pub fn join(countries: &[Country]) -> String {
    countries.iter().map(Country::code).collect::<Vec<_>>().join(",")
}

/// Reads a list the database keeps; codes it cannot read are skipped (they were checked on
/// the way in).
pub fn split_stored(stored: &str) -> Vec<Country> {
    stored
        .split(',')
        .filter_map(|code| Country::parse(code).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_in_any_case() {
        assert_eq!(Country::parse(" gb ").unwrap().code(), "GB");
        assert_eq!(Country::parse("JP").unwrap().code(), "JP");
    }

    #[test]
    fn uk_is_told_to_use_gb() {
        let err = Country::parse("uk").unwrap_err();
        assert!(matches!(err, CountryError::CommonMistake { meant: "GB", .. }));
        assert!(err.to_string().contains("use GB"), "{err}");
    }

    #[test]
    fn unknown_and_empty_codes_are_refused() {
        assert_eq!(Country::parse("xx"), Err(CountryError::Unknown("xx".into())));
        assert_eq!(Country::parse("USA"), Err(CountryError::Unknown("USA".into())));
        assert_eq!(Country::parse("  "), Err(CountryError::Empty));
    }

    #[test]
    fn typed_names_and_alpha3_codes_are_understood() {
        assert_eq!(Country::parse_typed(" germany ").unwrap().code(), "DE");
        assert_eq!(Country::parse_typed("United Kingdom").unwrap().code(), "GB");
        assert_eq!(
            Country::parse_typed("united states of america").unwrap().code(),
            "US"
        );
        assert_eq!(Country::parse_typed("JPN").unwrap().code(), "JP");
        assert_eq!(Country::parse_typed("ch").unwrap().code(), "CH");
        assert!(matches!(
            Country::parse_typed("uk"),
            Err(CountryError::CommonMistake {
                meant: "GB",
                name: "United Kingdom",
                ..
            })
        ));
        assert_eq!(
            Country::parse_typed("Atlantis"),
            Err(CountryError::Unknown("Atlantis".into()))
        );
    }

    #[test]
    fn common_names_are_short() {
        assert_eq!(Country::parse("GB").unwrap().common_name(), "United Kingdom");
        assert_eq!(Country::parse("DE").unwrap().common_name(), "Germany");
        assert_eq!(Country::parse("BO").unwrap().common_name(), "Bolivia");
    }

    #[test]
    fn lists_are_sorted_and_deduplicated() {
        let list = parse_list("us, CA,us,,AT").unwrap();
        assert_eq!(join(&list), "AT,CA,US");
        assert_eq!(parse_list(" , "), Err(CountryError::Empty));
        assert!(parse_list("US,UK").is_err());
        assert_eq!(split_stored("AT,CA,US"), list);
    }

    #[test]
    fn default_countries_are_valid_iso_codes() {
        let list = parse_list(&DEFAULT_CAMPAIGN_COUNTRIES.join(",")).unwrap();
        assert_eq!(list.len(), 11);
    }
}
