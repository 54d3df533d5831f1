#!/usr/bin/env python3
"""Regenerates src/domain/country_names.tsv, the country names the claim form understands.

The names come from the Unicode CLDR (the same data browsers and operating systems use),
fetched from the npm registry at a pinned version:

  - the name of every country in each language the pages are offered in;
  - the name of every country in each of its own official languages (its endonyms:
    "Deutschland", "Schweiz", "Svizzera", "Österreich", "日本"), using the regional variant of
    the language where CLDR has one (de-AT, fr-CA, ...);
  - CLDR's short and variant forms ("UK", "USA", "Great Britain" ...);
  - a short list of names people type that are not any country's formal name ("England",
    "U.S.", "Holland"), kept below by hand.

Output: one line a name, `CODE<TAB>LANGUAGE<TAB>KIND<TAB>NAME`, KIND being `page` (a page
language's name for the country), `own` (an endonym), `alt` (a CLDR short or variant form) or
`typed` (the hand list). Lines are sorted, so a regeneration's diff shows what changed.

Usage: scripts/country-names.py   (needs python3, npm and the npm registry)
"""
import json
import os
import subprocess
import sys
import tarfile
import tempfile

CLDR_VERSION = "48.2.0"
# The languages keydrop's pages are offered in.
PAGE_LANGUAGES = ["en", "fr", "de", "it", "es", "nl", "ja", "ko"]
# CLDR statuses that make a language one of a country's own.
OWN_STATUSES = {"official", "de_facto_official", "official_regional"}
# Names people type that CLDR does not give as a country's name: parts of the United Kingdom
# (keys ship to the country), and everyday short forms.
TYPED = [
    ("GB", "en", "England"), ("GB", "en", "Scotland"), ("GB", "en", "Wales"),
    ("GB", "en", "Northern Ireland"), ("GB", "en", "Britain"), ("GB", "en", "Great Britain"),
    ("GB", "fr", "Angleterre"), ("GB", "fr", "Grande-Bretagne"), ("GB", "de", "England"),
    ("GB", "de", "Großbritannien"), ("GB", "it", "Inghilterra"), ("GB", "it", "Gran Bretagna"),
    ("GB", "es", "Inglaterra"), ("GB", "es", "Gran Bretaña"), ("GB", "nl", "Engeland"),
    ("GB", "nl", "Groot-Brittannië"), ("GB", "ja", "英国"), ("GB", "ko", "잉글랜드"),
    ("US", "en", "U.S."), ("US", "en", "U.S.A."), ("US", "en", "America"),
    ("US", "en", "United States of America"), ("US", "de", "Amerika"), ("US", "nl", "Amerika"),
    ("US", "ja", "米国"), ("US", "ko", "미합중국"),
    ("NL", "en", "Holland"), ("NL", "nl", "Holland"),
]


def fetch(package, into):
    """Downloads an npm package's tarball with `npm pack` and unpacks it; returns its folder."""
    subprocess.run(["npm", "pack", "--silent", f"{package}@{CLDR_VERSION}"], cwd=into,
                   check=True, stdout=subprocess.DEVNULL)
    tarball = os.path.join(into, f"{package}-{CLDR_VERSION}.tgz")
    target = os.path.join(into, package)
    with tarfile.open(tarball) as archive:
        archive.extractall(target, filter="data")
    return os.path.join(target, "package")


def territories(names_dir, locale):
    """A locale's territory names, or None when CLDR has no such locale."""
    path = os.path.join(names_dir, "main", locale, "territories.json")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return json.load(f)["main"][locale]["localeDisplayNames"]["territories"]


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = os.path.join(root, "src", "domain", "country_names.tsv")
    with tempfile.TemporaryDirectory() as tmp:
        names_dir = fetch("cldr-localenames-full", tmp)
        core_dir = fetch("cldr-core", tmp)
        with open(os.path.join(core_dir, "supplemental", "territoryInfo.json"), encoding="utf-8") as f:
            info = json.load(f)["supplemental"]["territoryInfo"]
        english = territories(names_dir, "en")
        # Countries are the two-letter territories (numeric ones are regions such as "Europe").
        countries = sorted(code for code in english if len(code) == 2 and code.isalpha()
                           and code not in ("EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"))
        rows = set()
        for language in PAGE_LANGUAGES:
            names = territories(names_dir, language)
            for code in countries:
                for key, kind in ((code, "page"), (f"{code}-alt-short", "alt"), (f"{code}-alt-variant", "alt")):
                    if key in names:
                        rows.add((code, language, kind, names[key]))
        for code in countries:
            languages = info.get(code, {}).get("languagePopulation", {})
            for language, facts in languages.items():
                if facts.get("_officialStatus") not in OWN_STATUSES:
                    continue
                language = language.replace("_", "-")
                names = territories(names_dir, f"{language}-{code}") or territories(names_dir, language)
                if names and code in names:
                    rows.add((code, language, "own", names[code]))
        rows.update((code, language, "typed", name) for code, language, name in TYPED)
    with open(out, "w", encoding="utf-8") as f:
        for row in sorted(rows):
            f.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} names of {len(countries)} countries to {os.path.relpath(out, root)}")


if __name__ == "__main__":
    sys.exit(main())
