"""The gazetteers in models/gazetteers/: schema, uniqueness of surface forms, cross-file collisions, coverage.

Part (a) checks every file against the shared schema: {"_source", "label", "entries": [{"name", "aliases", ...}]}.
Part (b) checks that a surface form leads to one entry: no alias twice in a file, and forms shared between files
only where the allow-list below says why.
Part (c) is a table of spot checks: a surface form an analyst meets in a letter, the file it must be in, and the
canonical entry it must lead to (with fields such as the ISO code where they matter).
Part (d) checks sizes and the links between files (a city's country is a country entry, an office's ministry a
ministry entry) and that countries.json / nationalities.json are what scripts/build_countries.py makes.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import defaultdict
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GAZ = ROOT / "models" / "gazetteers"
LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "LAW", "MISC"}
NOT_GAZETTEERS = {"country_overrides.json"}  # input of scripts/build_countries.py, not a gazetteer
EXPECTED_FILES = {"ministries.json", "parties.json", "international.json", "government_bodies.json",
                  "countries.json", "nationalities.json", "places.json", "laws.json", "offices.json"}

# Surface forms (case-folded) that lead to entries in more than one file, and why that is right.
CROSS_FILE_ALLOWED = {
    "cd": "Conference on Disarmament (international) and Centrumdemocraten (parties); ambiguous in both",
    "fin": "ministry abbreviation and a Finn (nationalities); ambiguous in both",
    "luxemburg": "the country and its capital; bare 'Luxemburg' is the country unless context says city",
    "luxembourg": "the country and its capital (French/English spelling)",
    "wmo": "'Wmo' the law, 'WMO' the World Meteorological Organization: case decides",
}
# Within one file: forms that differ only in case and lead to different entries.
CASE_ONLY_ALLOWED = {
    ("government_bodies.json", "rvs"): "RvS (Raad van State) vs RVS (Raad voor Volksgezondheid & Samenleving)",
}


@cache
def gazetteer(name: str) -> dict:
    return json.loads((GAZ / name).read_text(encoding="utf-8"))


def gazetteer_files() -> list[str]:
    return sorted(p.name for p in GAZ.glob("*.json") if p.name not in NOT_GAZETTEERS)


def forms(entry: dict) -> list[str]:
    return [entry["name"], *entry["aliases"]]


@cache
def index(name: str) -> dict[str, dict]:
    """Exact surface form -> entry, for one file."""
    out = {}
    for e in gazetteer(name)["entries"]:
        for f in forms(e):
            out[f] = e
    return out


def entry_for(name: str, form: str) -> dict:
    idx = index(name)
    assert form in idx, f"{form!r} not in {name}"
    return idx[form]


# --- (a) schema -----------------------------------------------------------------------

def test_expected_files_present():
    assert set(gazetteer_files()) >= EXPECTED_FILES


@pytest.mark.parametrize("name", gazetteer_files())
def test_schema(name):
    data = gazetteer(name)
    assert isinstance(data.get("_source"), str) and len(data["_source"]) > 40, "say where the list comes from"
    assert data.get("label") in LABELS
    entries = data.get("entries")
    assert isinstance(entries, list) and entries
    for e in entries:
        assert isinstance(e.get("name"), str) and e["name"].strip() == e["name"] and e["name"], e
        assert isinstance(e.get("aliases"), list), e["name"]
        for a in e["aliases"]:
            assert isinstance(a, str) and a and a.strip() == a, (e["name"], a)
        assert len(set(e["aliases"])) == len(e["aliases"]), f"alias repeated in {e['name']}"
        assert e["name"] not in e["aliases"], f"{e['name']} repeats its name as alias"
        if "label" in e:
            assert e["label"] in LABELS, e["name"]
        amb = e.get("ambiguous_aliases", [])
        assert isinstance(amb, list)
        assert set(amb) <= set(forms(e)), f"{e['name']}: ambiguous forms must be its own name or aliases"
        if e.get("abbreviation"):
            assert e["abbreviation"] in forms(e), f"{e['name']}: abbreviation is no alias"


# --- (b) one surface form, one entry ------------------------------------------------------

@pytest.mark.parametrize("name", gazetteer_files())
def test_no_alias_leads_to_two_entries(name):
    exact, folded = defaultdict(set), defaultdict(set)
    for i, e in enumerate(gazetteer(name)["entries"]):
        for f in forms(e):
            exact[f].add(i)
            folded[f.casefold()].add(i)
    dupes = sorted(f for f, ids in exact.items() if len(ids) > 1)
    assert not dupes, f"{name}: forms in more than one entry: {dupes}"
    case_dupes = sorted(f for f, ids in folded.items() if len(ids) > 1 and (name, f) not in CASE_ONLY_ALLOWED)
    assert not case_dupes, f"{name}: forms differing only in case lead to different entries: {case_dupes}"


def test_cross_file_collisions_are_listed():
    where = defaultdict(set)
    for name in gazetteer_files():
        for e in gazetteer(name)["entries"]:
            for f in forms(e):
                where[f.casefold()].add(name)
    shared = {f for f, names in where.items() if len(names) > 1}
    assert shared - CROSS_FILE_ALLOWED.keys() == set(), "new cross-file collisions: add to the allow-list with why"
    assert CROSS_FILE_ALLOWED.keys() - shared == set(), "allow-list names collisions that no longer exist"


# --- (c) spot checks ------------------------------------------------------------------------

SPOT = [
    # (file, surface form, canonical name)
    ("ministries.json", "BZK", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"),
    ("ministries.json", "Buitenlandse Zaken", "Ministerie van Buitenlandse Zaken"),
    ("ministries.json", "ministerie van Buitenlandse Zaken", "Ministerie van Buitenlandse Zaken"),
    ("ministries.json", "BuZa", "Ministerie van Buitenlandse Zaken"),
    ("ministries.json", "Ministry of Foreign Affairs", "Ministerie van Buitenlandse Zaken"),
    ("ministries.json", "Defensie", "Ministerie van Defensie"),
    ("ministries.json", "Ministry of Defence", "Ministerie van Defensie"),
    ("ministries.json", "KGG", "Ministerie van Klimaat en Groene Groei"),
    ("ministries.json", "EZK", "Ministerie van Economische Zaken en Klimaat"),
    ("ministries.json", "JenV", "Ministerie van Justitie en Veiligheid"),
    ("ministries.json", "I&W", "Ministerie van Infrastructuur en Waterstaat"),
    ("ministries.json", "LVVN", "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur"),
    ("ministries.json", "LNV", "Ministerie van Landbouw, Natuur en Voedselkwaliteit"),
    ("ministries.json", "OCW", "Ministerie van Onderwijs, Cultuur en Wetenschap"),
    ("ministries.json", "VRO", "Ministerie van Volkshuisvesting en Ruimtelijke Ordening"),
    ("ministries.json", "AenM", "Ministerie van Asiel en Migratie"),
    ("ministries.json", "VenJ", "Ministerie van Veiligheid en Justitie"),
    ("parties.json", "GL-PvdA", "GroenLinks-PvdA"),
    ("parties.json", "NSC", "Nieuw Sociaal Contract"),
    ("parties.json", "CU", "ChristenUnie"),
    ("parties.json", "PvdD", "Partij voor de Dieren"),
    ("parties.json", "FvD", "Forum voor Democratie"),
    ("parties.json", "50PLUS", "50PLUS"),
    ("parties.json", "LPF", "Lijst Pim Fortuyn"),
    ("parties.json", "OSF", "Onafhankelijke Senaatsfractie"),
    ("parties.json", "Groep Markuszower", "Groep Markuszower"),
    ("international.json", "NATO", "Noord-Atlantische Verdragsorganisatie"),
    ("international.json", "NAVO", "Noord-Atlantische Verdragsorganisatie"),
    ("international.json", "VN", "Verenigde Naties"),
    ("international.json", "UN", "Verenigde Naties"),
    ("international.json", "AVVN", "Algemene Vergadering van de Verenigde Naties"),
    ("international.json", "UNGA", "Algemene Vergadering van de Verenigde Naties"),
    ("international.json", "UNSC", "Veiligheidsraad van de Verenigde Naties"),
    ("international.json", "UNIDIR", "United Nations Institute for Disarmament Research"),
    ("international.json", "UNODA", "United Nations Office for Disarmament Affairs"),
    ("international.json", "GGE LAWS", "Group of Governmental Experts on Lethal Autonomous Weapons Systems"),
    ("international.json", "ICRC", "Internationaal Comité van het Rode Kruis"),
    ("international.json", "Rode Kruis", "Internationaal Comité van het Rode Kruis"),
    ("international.json", "OSCE", "Organisatie voor Veiligheid en Samenwerking in Europa"),
    ("international.json", "OECD", "Organisatie voor Economische Samenwerking en Ontwikkeling"),
    ("international.json", "EEAS", "Europese Dienst voor Extern Optreden"),
    ("international.json", "EU", "Europese Unie"),
    ("international.json", "ICC", "Internationaal Strafhof"),
    ("international.json", "ICJ", "Internationaal Gerechtshof"),
    ("international.json", "EHRM", "Europees Hof voor de Rechten van de Mens"),
    ("government_bodies.json", "CAVV", "Commissie van Advies inzake Volkenrechtelijke Vraagstukken"),
    ("government_bodies.json", "AIV", "Adviesraad Internationale Vraagstukken"),
    ("government_bodies.json", "Raad van State", "Raad van State"),
    ("government_bodies.json", "TK", "Tweede Kamer der Staten-Generaal"),
    ("government_bodies.json", "Tweede Kamer", "Tweede Kamer der Staten-Generaal"),
    ("government_bodies.json", "CBS", "Centraal Bureau voor de Statistiek"),
    ("government_bodies.json", "NLDA", "Nederlandse Defensie Academie"),
    ("government_bodies.json", "Nederlandse Defensieacademie", "Nederlandse Defensie Academie"),
    ("government_bodies.json", "AP", "Autoriteit Persoonsgegevens"),
    ("government_bodies.json", "KMar", "Koninklijke Marechaussee"),
    ("government_bodies.json", "ACVZ", "Adviesraad Migratie"),
    ("laws.json", "CCW", "Convention on Certain Conventional Weapons"),
    ("laws.json", "NPV", "Verdrag inzake de non-proliferatie van kernwapens"),
    ("laws.json", "EVRM", "Europees Verdrag tot bescherming van de rechten van de mens en de fundamentele vrijheden"),
    ("laws.json", "Woo", "Wet open overheid"),
    ("laws.json", "Awb", "Algemene wet bestuursrecht"),
    ("laws.json", "GDPR", "Algemene verordening gegevensbescherming"),
    ("laws.json", "Spreidingswet", "Wet gemeentelijke taak mogelijk maken asielopvangvoorzieningen"),
    ("laws.json", "Wiv 2017", "Wet op de inlichtingen- en veiligheidsdiensten 2017"),
    ("countries.json", "Zuid-Korea", "Zuid-Korea"),
    ("countries.json", "VS", "Verenigde Staten"),
    ("countries.json", "VK", "Verenigd Koninkrijk"),
    ("countries.json", "Russische Federatie", "Rusland"),
    ("countries.json", "Oekraïne", "Oekraïne"),
    ("countries.json", "Wit-Rusland", "Belarus"),
    ("countries.json", "Tsjechië", "Tsjechië"),
    ("countries.json", "Kosovo", "Kosovo"),
    ("countries.json", "Spanje", "Spanje"),
    ("nationalities.json", "Nederlandse", "Nederlands"),
    ("nationalities.json", "Amerikaanse", "Amerikaans"),
    ("nationalities.json", "Russische", "Russisch"),
    ("nationalities.json", "Chinese", "Chinees"),
    ("nationalities.json", "Indiase", "Indiaas"),
    ("places.json", "Genève", "Genève"),
    ("places.json", "Geneva", "Genève"),
    ("places.json", "'s-Gravenhage", "Den Haag"),
    ("places.json", "Seoul", "Seoul"),
    ("places.json", "New York", "New York"),
    ("places.json", "A Coruña", "A Coruña"),
    ("places.json", "Kiev", "Kyiv"),
    ("places.json", "Beijing", "Peking"),
    ("places.json", "Fryslân", "Fryslân"),
    ("places.json", "Friesland", "Fryslân"),
    ("places.json", "provincie Groningen", "Groningen (provincie)"),
    ("places.json", "Bonaire", "Bonaire"),
    ("places.json", "Noord-Amerika", "Noord-Amerika"),
    ("places.json", "Latijns-Amerika", "Latijns-Amerika"),
    ("places.json", "Sahel", "Sahel"),
    ("places.json", "Noordzee", "Noordzee"),
    ("offices.json", "premier", "minister-president"),
    ("offices.json", "Minister van Defensie", "minister van Defensie"),
    ("offices.json", "Kamerlid", "lid van de Tweede Kamer"),
    ("offices.json", "CdK", "commissaris van de Koning"),
]


@pytest.mark.parametrize(("name", "form", "canonical"), SPOT)
def test_spot(name, form, canonical):
    assert entry_for(name, form)["name"] == canonical


@pytest.mark.parametrize(("form", "alpha_2"), [("Zuid-Korea", "KR"), ("Noord-Korea", "KP"), ("Nederland", "NL"),
                                                ("VS", "US"), ("China", "CN"), ("Iran", "IR"), ("Syrië", "SY"),
                                                ("Taiwan", "TW"), ("Palestina", "PS"), ("Kosovo", "XK")])
def test_country_codes(form, alpha_2):
    assert entry_for("countries.json", form)["alpha_2"] == alpha_2


@pytest.mark.parametrize(("name", "form"), [
    ("ministries.json", "Fin"), ("ministries.json", "Financiën"), ("places.json", "Best"), ("places.json", "Goes"),
    ("places.json", "Buren"), ("places.json", "Ede"), ("nationalities.json", "Europese"),
    ("offices.json", "lid"), ("government_bodies.json", "Kamer"), ("international.json", "EC"),
])
def test_ambiguous_forms_are_marked(name, form):
    assert form in entry_for(name, form).get("ambiguous_aliases", [])


@pytest.mark.parametrize(("name", "form"), [("ministries.json", "Defensie"), ("places.json", "Urk"),
                                            ("nationalities.json", "Nederlandse"), ("international.json", "NAVO")])
def test_unambiguous_forms_are_not_marked(name, form):
    assert form not in entry_for(name, form).get("ambiguous_aliases", [])


# --- (d) sizes and links ---------------------------------------------------------------------

def of_type(name: str, typ: str) -> list[dict]:
    return [e for e in gazetteer(name)["entries"] if e.get("type") == typ]


def test_sizes():
    assert len(gazetteer("international.json")["entries"]) >= 120
    assert len(gazetteer("government_bodies.json")["entries"]) >= 100
    assert len(gazetteer("laws.json")["entries"]) >= 80
    assert len(of_type("places.json", "city") + of_type("places.json", "capital")) >= 250
    assert len(of_type("places.json", "province")) == 12
    assert len(of_type("countries.json", "country")) >= 195


def test_municipalities():
    munis = of_type("places.json", "municipality")
    assert 330 <= len(munis) <= 345  # CBS 2025: 342
    by_province = defaultdict(int)
    for m in munis:
        by_province[m["province"]] += 1
    assert set(by_province) == {e["name"].removesuffix(" (provincie)") for e in of_type("places.json", "province")}
    for name in ("Amsterdam", "Den Haag", "'s-Hertogenbosch", "Súdwest-Fryslân", "Voorne aan Zee", "Land van Cuijk",
                 "Dijk en Waard", "Maashorst", "Bergen (NH.)", "Bergen (L.)", "Urk"):
        assert entry_for("places.json", name)["type"] == "municipality", name


def test_every_current_ministry_is_there():
    current = {e["name"] for e in of_type("ministries.json", "ministry")}
    assert len(current) == 15  # the Schoof cabinet's ministries
    for m in current:
        assert entry_for("offices.json", m.replace("Ministerie van", "minister van"))["role"] == \
            m.replace("Ministerie van", "Minister van")


def test_links_between_files():
    countries = {e["name"] for e in gazetteer("countries.json")["entries"]}
    places = {e["name"] for e in gazetteer("places.json")["entries"]}
    ministries = {e["name"] for e in gazetteer("ministries.json")["entries"]}
    for e in gazetteer("places.json")["entries"]:
        if e.get("country"):
            assert e["country"] in countries, e
        if e.get("municipality"):
            assert e["municipality"] in places, e
    for e in gazetteer("nationalities.json")["entries"]:
        if e.get("country"):
            assert e["country"] in countries, e
        if e.get("region"):
            assert e["region"] in places | countries or e["type"] in ("religion", "ethnic") or \
                e["region"] in ("Arabische wereld", "het Westen", "Holland", "Tsjetsjenië", "Molukken"), e
    for e in gazetteer("offices.json")["entries"]:
        if e.get("ministry"):
            assert e["ministry"] in ministries, e
        assert e.get("role"), e["name"]
    for e in gazetteer("ministries.json")["entries"]:
        if e.get("successor"):
            assert e["successor"] in ministries, e


def test_offices_are_roles_not_entities():
    """offices.json names roles; it says so, so that a loader of entity gazetteers can skip it."""
    data = gazetteer("offices.json")
    assert data.get("kind") == "roles"
    assert all(name == "offices.json" or gazetteer(name).get("kind") != "roles" for name in gazetteer_files())


def test_loc_entries_in_places():
    locs = {e["name"] for e in gazetteer("places.json")["entries"] if e.get("label") == "LOC"}
    assert {"Europa", "Azië", "Afrika", "Midden-Oosten", "Indo-Pacific", "Noordpool", "Arctisch gebied",
            "Waddenzee", "Caribisch gebied", "Balkan"} <= locs


def test_demonyms_inflect():
    for e in gazetteer("nationalities.json")["entries"]:
        adj = e["name"]
        if adj.endswith("isch"):
            assert adj + "e" in e["aliases"], adj


def test_countries_built_from_pycountry_are_current():
    """countries.json and nationalities.json are the output of scripts/build_countries.py (needs pycountry)."""
    pytest.importorskip("pycountry")
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_countries.py"), "--check"],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
