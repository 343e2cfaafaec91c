"""Rebuild analysis/data/countries.csv (official names and codes) from pycountry.

pycountry is the maintained ISO 3166 source; the output is a plain CSV so a reader can open it and
so matching does not depend on pycountry's naming choices at run time. Short forms, demonyms,
capitals and state bodies are hand-kept in analysis/data/country_aliases.csv.

    .venv/bin/python scripts/build_gazetteer.py
"""

from __future__ import annotations

import csv
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parents[1] / "analysis" / "data" / "countries.csv"

# Usual English short names where ISO's differ (news style, as in AP/Reuters).
CANONICAL = {
    "BOL": "Bolivia",
    "BRN": "Brunei",
    "COD": "DR Congo",
    "COG": "Republic of the Congo",
    "CZE": "Czech Republic",
    "FSM": "Micronesia",
    "IRN": "Iran",
    "KOR": "South Korea",
    "PRK": "North Korea",
    "LAO": "Laos",
    "MDA": "Moldova",
    "PSE": "Palestine",
    "RUS": "Russia",
    "SYR": "Syria",
    "TWN": "Taiwan",
    "TZA": "Tanzania",
    "VEN": "Venezuela",
    "VNM": "Vietnam",
    "TUR": "Turkey",
    "VAT": "Vatican City",
    "CIV": "Ivory Coast",
    "CPV": "Cape Verde",
    "MKD": "North Macedonia",
    "SWZ": "Eswatini",
    "TLS": "East Timor",
    "MMR": "Myanmar",
    "GBR": "United Kingdom",
    "USA": "United States",
    "KNA": "Saint Kitts and Nevis",
    "LCA": "Saint Lucia",
    "VCT": "Saint Vincent and the Grenadines",
    "BHS": "Bahamas",
    "GMB": "Gambia",
    "NLD": "Netherlands",
    "PHL": "Philippines",
}


# Former states that 20th-century copy (the Reuters corpus among it) names as actors in their own right.
HISTORIC = {"SUN": "Soviet Union", "DDR": "East Germany", "YUG": "Yugoslavia", "CSK": "Czechoslovakia"}
# The European Union acts as one party in trade and diplomacy (tariffs, sanctions, talks): it is listed
# beside the states under the code ISO 3166 reserves for it (alpha-2 "EU"; "EUU" as the World Bank writes it).
BLOCS = {"EUU": "European Union"}


def main() -> None:
    rows = []
    for c in pycountry.countries:
        canonical = CANONICAL.get(c.alpha_3) or getattr(c, "common_name", None) or c.name
        names = {canonical, c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)}
        for name in sorted(n for n in names if n):
            # "Korea, Republic of" is an index form, never written in running text
            if "," in name:
                continue
            rows.append({"alias": name, "country": canonical, "iso3": c.alpha_3, "kind": "name"})
    for c in pycountry.historic_countries:
        if c.alpha_3 in HISTORIC:
            rows.append(
                {"alias": HISTORIC[c.alpha_3], "country": HISTORIC[c.alpha_3], "iso3": c.alpha_3, "kind": "name"}
            )
    for code, name in BLOCS.items():
        rows.append({"alias": name, "country": name, "iso3": code, "kind": "name"})
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["alias", "country", "iso3", "kind"])
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} names written to {OUT}")


if __name__ == "__main__":
    main()
