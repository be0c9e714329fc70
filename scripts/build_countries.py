#!/usr/bin/env python3
"""Build models/gazetteers/countries.json and nationalities.json from pycountry plus hand overrides.

pycountry ships ISO 3166-1 (codes, English names) and its Dutch translations (the iso-codes project's
``iso3166-1`` gettext catalogue). The hand list ``models/gazetteers/country_overrides.json`` adds what a
maintained list lacks for Dutch texts: the short names Dutch writers use (Zuid-Korea, VS, VK, Belarus),
demonym adjectives and inhabitant nouns, countries outside ISO 3166-1 (Kosovo) and former ones.

    .venv/bin/pip install pycountry
    .venv/bin/python scripts/build_countries.py [--check]

``--check`` rebuilds in memory and exits 1 if the files on disk differ (nothing is written).
pycountry is needed only to rebuild, not to run the pipeline.
"""

from __future__ import annotations

import argparse
import gettext
import json
import re
import sys
import unicodedata
from importlib.metadata import version
from pathlib import Path

import pycountry

GAZ = Path(__file__).resolve().parent.parent / "models" / "gazetteers"
OVERRIDES = GAZ / "country_overrides.json"
KEEP_COMMA = {"BQ", "SH"}  # ISO names whose comma is part of the name, not an inverted form ("Korea, Republic of")


def ascii_fold(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def inflect(adj: str) -> str:
    """The attributive -e form of a Dutch adjective of origin: Nederlands -> Nederlandse, Chinees -> Chinese."""
    if adj.endswith("isch"):
        return adj + "e"
    if not adj.endswith("s"):
        return adj  # Welsh, Sovjet, Rohingya: not inflected
    m = re.search(r"([aeou])\1([^aeiouy])$", adj)
    if m:  # a long vowel written double in a closed syllable is written single in the open one
        return adj[: m.start()] + m.group(1) + m.group(2) + "e"
    return adj + "e"


def uniq(items):
    seen, out = set(), []
    for x in items:
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def clean_name(s: str) -> str:
    return re.sub(r"^the ", "", s).strip()


def build(ov: dict) -> tuple[list[dict], list[dict]]:
    nl = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["nl"])
    over = ov["countries"]
    territories = set(ov["territories"])
    countries = []
    for c in pycountry.countries:
        code = c.alpha_2
        if code in ov["exclude"]:
            continue
        o = over.get(code, {})
        en_name = c.name
        en_common = getattr(c, "common_name", None)
        en_official = getattr(c, "official_name", None)
        nl_name = nl.gettext(en_name)
        nl_common = nl.gettext(en_common) if en_common else None
        nl_official = nl.gettext(en_official) if en_official else None
        derived = [nl_common, nl_name, nl_official, en_common, en_name, en_official]
        derived = [clean_name(x) for x in derived if x]
        if code not in KEEP_COMMA:
            derived = [x for x in derived if ", " not in x]
        canonical = o.get("name") or nl_common or nl_name
        if "(" in canonical and "name" not in o:
            derived.append(canonical)
            canonical = re.sub(r"\s*\([^)]*\)", "", canonical).strip()
        name_en = o.get("name_en") or en_common or (en_name if ", " not in en_name else clean_name(en_official or ""))
        aliases = uniq([*derived, *o.get("aliases", [])])
        aliases += [ascii_fold(a) for a in [canonical, *aliases] if ascii_fold(a) != a]
        # 'not_aliases': names pycountry gives that name something else ('Koninkrijk der Nederlanden')
        aliases = [a for a in uniq(aliases) if a != canonical and a not in o.get("not_aliases", [])]
        entry = {"name": canonical, "aliases": aliases}
        amb = [a for a in o.get("ambiguous_aliases", []) if a == canonical or a in aliases]
        if amb:
            entry["ambiguous_aliases"] = amb
        entry["type"] = "territory" if code in territories else "country"
        entry.update({"alpha_2": code, "alpha_3": c.alpha_3, "numeric": c.numeric, "name_en": name_en})
        if o.get("adjective"):
            entry["demonyms"] = uniq([o["adjective"], inflect(o["adjective"])])
        if o.get("note"):
            entry["note"] = o["note"]
        entry["_override"] = o
        countries.append(entry)
    for x in ov["extra"]:
        aliases = uniq([*x.get("aliases", []), x["name_en"]])
        aliases = [a for a in aliases if a != x["name"]]
        entry = {"name": x["name"], "aliases": aliases,
                 "type": "historical" if x.get("historical") else "country",
                 "alpha_2": x["alpha_2"], "alpha_3": x["alpha_3"], "numeric": x["numeric"], "name_en": x["name_en"]}
        if x.get("adjective"):
            entry["demonyms"] = uniq([x["adjective"], inflect(x["adjective"])])
        if x.get("note"):
            entry["note"] = x["note"]
        entry["_override"] = x
        countries.append(entry)
    countries.sort(key=lambda e: (e["type"] == "historical", ascii_fold(e["name"]).lower()))

    # --- nationalities (NORP)
    taken = {a for e in countries for a in (e["name"], *e["aliases"])}  # a noun never shadows a country name
    languages = set(ov["languages"])
    amb_forms = set(ov["ambiguous_demonym_forms"])
    norp = []
    for e in countries:
        o = e.pop("_override")
        adj = o.get("adjective")
        if not adj:
            continue
        forms = uniq([adj, inflect(adj), *[n for n in o.get("nouns", []) if n not in taken]])
        norp.append(_norp_entry(forms, amb_forms, languages,
                                {"type": "historical" if e["type"] == "historical" else "nationality",
                                 "country": e["name"], "alpha_2": e["alpha_2"]}))
    for r in ov["regional_demonyms"]:
        adj = r["adjective"]
        forms = [adj, inflect(adj)]
        if r.get("lowercase"):
            forms += [f.lower() for f in forms] + [f[0].upper() + f[1:] for f in forms]
        forms = uniq([*forms, *[n for n in r.get("nouns", []) if n not in taken]])
        extra = {"type": r.get("type", "regional"), "region": r.get("region")}
        if r.get("ambiguous"):
            extra["_all_ambiguous"] = True
        if r.get("note"):
            extra["note"] = r["note"]
        norp.append(_norp_entry(forms, amb_forms, languages, extra))
    return countries, norp


def _norp_entry(forms: list[str], amb_forms: set[str], languages: set[str], extra: dict) -> dict:
    all_amb = extra.pop("_all_ambiguous", False)
    entry = {"name": forms[0], "aliases": forms[1:]}
    amb = [f for f in forms if all_amb or f in amb_forms]
    if amb:
        entry["ambiguous_aliases"] = amb
    entry.update({k: v for k, v in extra.items() if v is not None})
    if forms[0] in languages:
        entry["also_language"] = True
    return entry


def render(head: dict, entries: list[dict]) -> str:
    lines = ["{"]
    lines += [f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}," for k, v in head.items()]
    lines.append('  "entries": [')
    lines.append(",\n".join(f"    {json.dumps(e, ensure_ascii=False)}" for e in entries))
    lines += ["  ]", "}"]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="compare with the files on disk, write nothing")
    args = ap.parse_args(argv)

    ov = json.loads(OVERRIDES.read_text(encoding="utf-8"))
    countries, norp = build(ov)
    pv = version("pycountry")
    files = {
        "countries.json": render({
            "_source": f"Generated by scripts/build_countries.py from pycountry {pv} (ISO 3166-1 codes and English "
                       "names, Dutch names from the iso-codes 'iso3166-1' nl translation) plus the hand overrides in "
                       "country_overrides.json (Dutch short forms, demonyms, Kosovo, former countries). Do not edit "
                       "by hand: edit the overrides and rebuild.",
            "_about": "One entry per country or territory. 'name' is the Dutch short name used in running text; "
                      "aliases hold pycountry's Dutch and English names (short and official), the overrides' "
                      "forms and ASCII spellings. ISO codes are fields, not aliases (two-letter codes are ordinary "
                      "words). 'demonyms' are the Dutch adjectives (uninflected and -e); nationalities.json has "
                      "them as NORP entries with the inhabitant nouns. type: country, territory or historical.",
            "label": "GPE"}, countries),
        "nationalities.json": render({
            "_source": f"Generated by scripts/build_countries.py from the demonyms in country_overrides.json "
                       f"(Taalunie 'Buitenlandse aardrijkskundige namen' adjectives and inhabitant names, from the "
                       f"compiler's knowledge) for the countries of countries.json (pycountry {pv}), plus regions, "
                       "Dutch provinces, peoples and religions. Do not edit by hand: edit the overrides and rebuild.",
            "_about": "NORP entries: 'name' is the uninflected adjective (the normalized form, e.g. 'Nederlands'); "
                      "aliases are the -e form and the inhabitant nouns. 'country' is the canonical name in "
                      "countries.json, 'region' a place in places.json or countries.json. 'also_language' marks "
                      "adjectives that are also language names ('in het Engels' is no NORP). 'ambiguous_aliases' "
                      "need context: e.g. 'Europese' mostly stands inside names (Europese Unie), 'Frans' is also a "
                      "first name, 'Fin' also the ministry abbreviation.",
            "label": "NORP"}, norp),
    }
    stale = []
    for name, text in files.items():
        path = GAZ / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.write_text(text, encoding="utf-8")
    if args.check:
        if stale:
            print("out of date: " + ", ".join(stale) + " (run scripts/build_countries.py)", file=sys.stderr)
            return 1
        print("up to date")
        return 0
    print(f"pycountry {pv}: {len(countries)} countries, {len(norp)} nationality entries written to {GAZ}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
