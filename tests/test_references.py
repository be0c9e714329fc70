"""Kamerstuk, Handelingen and Aanhangsel references (pipeline.extract.references).

Part (a) is a table of citation strings as Dutch ministries, the Kamer and lawyers really write them, each inside
a sentence, with the fields an analyst expects. The expectations follow the citation conventions (how
officielebekendmakingen names its publications), not the implementation.
Part (b) is a table of near-misses: numbers that look like citations and must yield nothing.
Part (c) runs the real pipeline on seed 002 and checks references.csv against the contract in TABLES.md.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from conftest import GOLD, needs_gold, seed

import pipeline.run
from pipeline.extract.references import Reference, find_references

OB = "https://zoek.officielebekendmakingen.nl/"
FIELDS = ("kind", "raw", "kamer", "vergaderjaar", "dossier", "ondernummer", "page", "canonical", "url", "corrected")


# --- expected references -------------------------------------------------------------
# None for a field means: not part of the expectation (the convention does not fix it).

def kst(raw: str, dossier: str, nr: str, canonical: str, kamer: str = "", vj: str = "", page: str = "",
        corrected: bool = False) -> dict:
    return {"kind": "kamerstuk", "raw": raw, "kamer": kamer, "vergaderjaar": vj, "dossier": dossier,
            "ondernummer": nr, "page": page, "canonical": canonical, "url": f"{OB}{canonical}.html",
            "corrected": corrected}


def dos(raw: str, dossier: str, kamer: str = "", vj: str = "") -> dict:
    return {"kind": "dossier", "raw": raw, "kamer": kamer, "vergaderjaar": vj, "dossier": dossier,
            "ondernummer": "", "page": "", "canonical": f"dossier-{dossier}", "url": f"{OB}dossier/{dossier}",
            "corrected": False}


def hand(raw: str, kamer: str, vj: str, nr: str, canonical: str, page: str = "") -> dict:
    return {"kind": "handelingen", "raw": raw, "kamer": kamer, "vergaderjaar": vj, "dossier": "",
            "ondernummer": nr, "page": page, "canonical": canonical, "url": f"{OB}{canonical}.html",
            "corrected": False}


def ah(raw: str, kamer: str, vj: str, nr: str, canonical: str) -> dict:
    return {"kind": "aanhangsel", "raw": raw, "kamer": kamer, "vergaderjaar": vj, "dossier": "",
            "ondernummer": nr, "page": "", "canonical": canonical, "url": f"{OB}{canonical}.html",
            "corrected": False}


def tk(raw: str) -> dict:
    return {"kind": "tk_zaak" if "Z" in raw else "tk_document", "raw": raw, "kamer": None, "vergaderjaar": "",
            "dossier": "", "ondernummer": "", "page": "", "canonical": raw, "url": "", "corrected": False}


def pub(kind: str, raw: str, canonical: str) -> dict:
    """Staatsblad / Staatscourant: their own kinds, never a Kamerstuk."""
    return {"kind": kind, "raw": raw, "kamer": "", "vergaderjaar": "", "dossier": "", "ondernummer": None,
            "page": "", "canonical": canonical, "url": f"{OB}{canonical}.html", "corrected": False}


def case(id_: str, text: str, *expected: dict):
    return pytest.param(text, list(expected), id=id_)


II, I_ = "II", "I"

POSITIVE = [
    # --- the plain forms -------------------------------------------------------------
    case("kamerstuk-bare-in-parens",
         "Met REAIM is uitvoering gegeven aan de motie van het lid Koopmans c.s. uit april 2019 "
         "(Kamerstuk 33 694, nr. 43).",
         kst("Kamerstuk 33 694, nr. 43", "33694", "43", "kst-33694-43")),
    case("kamerstuk-bare-sentence-end",
         "Voor de achtergrond van het wetsvoorstel verwijzen wij naar Kamerstuk 36 124, nr. 1.",
         kst("Kamerstuk 36 124, nr. 1", "36124", "1", "kst-36124-1")),
    case("kamerstuk-bare-no-space",
         "Zoals eerder gemeld (Kamerstuk 33694, nr. 67) komt er een vervolgconferentie.",
         kst("Kamerstuk 33694, nr. 67", "33694", "67", "kst-33694-67")),
    case("kamerstuk-nbsp",
         "Zie de brief van 8 juli 2022 (Kamerstuk 33\u00a0694, nr.\u00a064).",
         kst("Kamerstuk 33\u00a0694, nr.\u00a064", "33694", "64", "kst-33694-64")),
    case("kamerstuk-lowercase",
         "Dit is eerder gemeld in kamerstuk 31 839, nr. 600 over de jeugdzorg.",
         kst("kamerstuk 31 839, nr. 600", "31839", "600", "kst-31839-600")),
    case("kamerstukken-ii-2024-25",
         "De motie van het lid Van Dijk (Kamerstukken II 2024/25, 36600, nr. 50) verzoekt de regering hierover "
         "te rapporteren.",
         kst("Kamerstukken II 2024/25, 36600, nr. 50", "36600", "50", "kst-36600-50", II, "2024-2025")),
    case("kamerstukken-ii-commas-2024-25",
         "Motie van het lid Van Dijk, Kamerstukken II, 2024/25, 36600, nr. 50.",
         kst("Kamerstukken II, 2024/25, 36600, nr. 50", "36600", "50", "kst-36600-50", II, "2024-2025")),
    case("kamerstukken-ii-commas-2018-19",
         "Motie van het lid Koopmans c.s., Kamerstukken II, 2018/19, 33694, nr. 43.",
         kst("Kamerstukken II, 2018/19, 33694, nr. 43", "33694", "43", "kst-33694-43", II, "2018-2019")),
    case("kamerstukken-ii-no-commas",
         "Zie Kamerstukken II 2018/19 33694 nr. 43 voor de tekst van de motie.",
         kst("Kamerstukken II 2018/19 33694 nr. 43", "33694", "43", "kst-33694-43", II, "2018-2019")),
    case("kamerstukken-ii-spaced-dossier",
         "In de brief over de resultaten van REAIM (Kamerstukken II 2022/23, 33 694, nr. 68) is dit toegelicht.",
         kst("Kamerstukken II 2022/23, 33 694, nr. 68", "33694", "68", "kst-33694-68", II, "2022-2023")),
    case("kamerstukken-i-letter",
         "De memorie van antwoord (Kamerstukken I 2021/22, 35 925, nr. E) gaat hierop uitgebreid in.",
         kst("Kamerstukken I 2021/22, 35 925, nr. E", "35925", "E", "kst-35925-E", I_, "2021-2022")),
    case("kamerstukken-i-letter-suffix",
         "De regering heeft de Eerste Kamer hierover geïnformeerd, Kamerstukken I 2022/23, 36 200 X, nr. C.",
         kst("Kamerstukken I 2022/23, 36 200 X, nr. C", "36200-X", "C", "kst-36200-X-C", I_, "2022-2023")),
    case("kamerstukken-tk-style",
         "Zie voor de begroting van VWS Kamerstukken TK 2009/10, 32 123 XVI, nr. 5.",
         kst("Kamerstukken TK 2009/10, 32 123 XVI, nr. 5", "32123-XVI", "5", "kst-32123-XVI-5", II, "2009-2010")),
    case("kamerstukken-ek-style",
         "De Eerste Kamer stelde hierover vragen (Kamerstukken EK 2010/11, 32 500 V, nr. B).",
         kst("Kamerstukken EK 2010/11, 32 500 V, nr. B", "32500-V", "B", "kst-32500-V-B", I_, "2010-2011")),
    case("kamerstuk-letter-suffix-ondernummer",
         "Het amendement is ingediend als Kamerstukken II 2004/05, 29 800 X, nr. 42e.",
         kst("Kamerstukken II 2004/05, 29 800 X, nr. 42e", "29800-X", "42e", "kst-29800-X-42e", II, "2004-2005")),
    # --- vergaderjaar in every notation --------------------------------------------------
    case("vj-hyphen-full",
         "Het kabinet heeft de Kamer hierover geïnformeerd (Kamerstukken II 2024-2025, 36 600 X, nr. 7).",
         kst("Kamerstukken II 2024-2025, 36 600 X, nr. 7", "36600-X", "7", "kst-36600-X-7", II, "2024-2025")),
    case("vj-endash-full",
         "Zie de nota van wijziging, Kamerstukken II 2024–2025, 36 600 V, nr. 12.",
         kst("Kamerstukken II 2024–2025, 36 600 V, nr. 12", "36600-V", "12", "kst-36600-V-12", II, "2024-2025")),
    case("vj-slash-full",
         "Eerder is hierover gerapporteerd in Kamerstukken II 2022/2023, 33 694, nr. 68.",
         kst("Kamerstukken II 2022/2023, 33 694, nr. 68", "33694", "68", "kst-33694-68", II, "2022-2023")),
    case("vj-1999-2000",
         "De memorie van toelichting (Kamerstukken II 1999-2000, 26 800 V, nr. 2) noemt dit doel al.",
         kst("Kamerstukken II 1999-2000, 26 800 V, nr. 2", "26800-V", "2", "kst-26800-V-2", II, "1999-2000")),
    case("vj-1999-00-century",
         "De memorie van toelichting (Kamerstukken II 1999/00, 26 800 VI, nr. 2) noemt dit doel al.",
         kst("Kamerstukken II 1999/00, 26 800 VI, nr. 2", "26800-VI", "2", "kst-26800-VI-2", II, "1999-2000")),
    case("vj-2000-01",
         "Zie Kamerstukken II 2000/01, 27 400 X, nr. 2, waarin de begroting wordt toegelicht.",
         kst("Kamerstukken II 2000/01, 27 400 X, nr. 2", "27400-X", "2", "kst-27400-X-2", II, "2000-2001")),
    case("vj-2009-2010-slash",
         "Dit blijkt uit Kamerstukken II 2009/2010, 32 123 XVI, nr. 5.",
         kst("Kamerstukken II 2009/2010, 32 123 XVI, nr. 5", "32123-XVI", "5", "kst-32123-XVI-5", II,
             "2009-2010")),
    case("vj-word-vergaderjaar",
         "Wij verwijzen naar Kamerstukken II, vergaderjaar 2022–2023, 33 694, nr. 68.",
         kst("Kamerstukken II, vergaderjaar 2022–2023, 33 694, nr. 68", "33694", "68", "kst-33694-68", II,
             "2022-2023")),
    # --- dossier numbers with suffixes -------------------------------------------------
    case("suffix-space-roman",
         "Het AIV-advies is aan de Kamer gezonden (Kamerstuk 35 925 X, nr. 90).",
         kst("Kamerstuk 35 925 X, nr. 90", "35925-X", "90", "kst-35925-X-90")),
    case("suffix-space-hyphen",
         "Autonome wapensystemen, het belang van reguleren en investeren, Kamerstuk 35 925-X, nr. 90.",
         kst("Kamerstuk 35 925-X, nr. 90", "35925-X", "90", "kst-35925-X-90")),
    case("suffix-hyphen-no-space",
         "Zie de beleidsreactie op het advies, Kamerstuk 35925-X, nr. 90.",
         kst("Kamerstuk 35925-X, nr. 90", "35925-X", "90", "kst-35925-X-90")),
    case("suffix-35925-v",
         "De Kamer is hierover op 4 juli geïnformeerd (Kamerstuk 35 925 V, nr. 110).",
         kst("Kamerstuk 35 925 V, nr. 110", "35925-V", "110", "kst-35925-V-110")),
    case("suffix-viii-hyphen",
         "De begroting van OCW (Kamerstukken II 2008/09, 31700-VIII, nr. 4) bevat dit voornemen.",
         kst("Kamerstukken II 2008/09, 31700-VIII, nr. 4", "31700-VIII", "4", "kst-31700-VIII-4", II, "2008-2009")),
    case("suffix-viii-dot",
         "De begroting van OCW (Kamerstukken II 2008/09, 31700.VIII, nr. 12) bevat dit voornemen.",
         kst("Kamerstukken II 2008/09, 31700.VIII, nr. 12", "31700-VIII", "12", "kst-31700-VIII-12", II,
             "2008-2009")),
    case("suffix-21501-32",
         "Het verslag van de Landbouw- en Visserijraad (Kamerstukken II 2022/23, 21 501-32, nr. 1540) volgt.",
         kst("Kamerstukken II 2022/23, 21 501-32, nr. 1540", "21501-32", "1540", "kst-21501-32-1540", II,
             "2022-2023")),
    case("suffix-21501-02",
         "Zie de geannoteerde agenda, Kamerstuk 21 501-02, nr. 2530.",
         kst("Kamerstuk 21 501-02, nr. 2530", "21501-02", "2530", "kst-21501-02-2530")),
    case("suffix-21501-20-no-space",
         "De Europese Raad is voorbereid (Kamerstukken II 2023/24, 21501-20, nr. 2000).",
         kst("Kamerstukken II 2023/24, 21501-20, nr. 2000", "21501-20", "2000", "kst-21501-20-2000", II,
             "2023-2024")),
    case("suffix-36600-v",
         "De motie van het lid Van Dijk (Kamerstuk 36 600 V, nr. 50) is aangenomen.",
         kst("Kamerstuk 36 600 V, nr. 50", "36600-V", "50", "kst-36600-V-50")),
    case("suffix-36600-hyphen-v",
         "De motie van het lid Van Dijk (Kamerstuk 36 600-V, nr. 50) is aangenomen.",
         kst("Kamerstuk 36 600-V, nr. 50", "36600-V", "50", "kst-36600-V-50")),
    case("suffix-letter-a",
         "De suppletoire begroting van het Mobiliteitsfonds staat in Kamerstuk 36 410 A, nr. 3.",
         kst("Kamerstuk 36 410 A, nr. 3", "36410-A", "3", "kst-36410-A-3")),
    case("suffix-32123-xvi",
         "Het amendement (Kamerstukken II 2009/10, 32 123 XVI, nr. 30) is verworpen.",
         kst("Kamerstukken II 2009/10, 32 123 XVI, nr. 30", "32123-XVI", "30", "kst-32123-XVI-30", II,
             "2009-2010")),
    # --- lists that are several references ---------------------------------------------
    case("list-nrs-en",
         "De Kamer ontving twee brieven (Kamerstukken II 2022/23, 36 200 V, nrs. 12 en 14).",
         kst("Kamerstukken II 2022/23, 36 200 V, nrs. 12", "36200-V", "12", "kst-36200-V-12", II, "2022-2023"),
         kst("14", "36200-V", "14", "kst-36200-V-14", II, "2022-2023")),
    case("list-nrs-comma-en",
         "De begroting bestaat uit drie stukken, Kamerstuk 36 600 V, nrs. 1, 2 en 3.",
         kst("Kamerstuk 36 600 V, nrs. 1", "36600-V", "1", "kst-36600-V-1"),
         kst("2", "36600-V", "2", "kst-36600-V-2"),
         kst("3", "36600-V", "3", "kst-36600-V-3")),
    case("list-nrs-67-68",
         "Zie onze eerdere brieven (Kamerstukken II 2022/23, 33 694, nrs. 67 en 68).",
         kst("Kamerstukken II 2022/23, 33 694, nrs. 67", "33694", "67", "kst-33694-67", II, "2022-2023"),
         kst("68", "33694", "68", "kst-33694-68", II, "2022-2023")),
    case("list-pages-semicolon",
         "Dit is eerder besproken, zie Kamerstukken II 2019/20, 21 501-32, nr. 6, p. 15-16; nr. 7, p. 5-6.",
         kst("Kamerstukken II 2019/20, 21 501-32, nr. 6, p. 15-16", "21501-32", "6", "kst-21501-32-6", II,
             "2019-2020", page="15-16"),
         kst("nr. 7, p. 5-6", "21501-32", "7", "kst-21501-32-7", II, "2019-2020", page="5-6")),
    case("list-nr-en-nr",
         "Wij verwijzen naar Kamerstuk 33 694, nr. 43 en nr. 67.",
         kst("Kamerstuk 33 694, nr. 43", "33694", "43", "kst-33694-43"),
         kst("nr. 67", "33694", "67", "kst-33694-67")),
    case("list-second-dossier",
         "Zie Kamerstukken II 2022/23, 33 694, nr. 67; 35 925 X, nr. 90.",
         kst("Kamerstukken II 2022/23, 33 694, nr. 67", "33694", "67", "kst-33694-67", II, "2022-2023"),
         kst("35 925 X, nr. 90", "35925-X", "90", "kst-35925-X-90", II, "2022-2023")),
    case("list-semicolon-full-citations",
         "Dit is eerder toegezegd (Kamerstuk 33 694, nr. 43; Kamerstuk 33 694, nr. 67).",
         kst("Kamerstuk 33 694, nr. 43", "33694", "43", "kst-33694-43"),
         kst("Kamerstuk 33 694, nr. 67", "33694", "67", "kst-33694-67")),
    # --- pages ---------------------------------------------------------------------
    case("page-endash",
         "Dit staat in de motie (Kamerstuk 33 694, nr. 43, p. 7–8).",
         kst("Kamerstuk 33 694, nr. 43, p. 7–8", "33694", "43", "kst-33694-43", page="7-8")),
    case("page-blz",
         "Zie de memorie van toelichting, Kamerstukken II 2022/23, 36 200 V, nr. 12, blz. 3.",
         kst("Kamerstukken II 2022/23, 36 200 V, nr. 12, blz. 3", "36200-V", "12", "kst-36200-V-12", II,
             "2022-2023", page="3")),
    case("page-en",
         "Het kabinet lichtte dit toe (Kamerstukken II 2023/24, 36 410 V, nr. 20, p. 12 en 13).",
         kst("Kamerstukken II 2023/24, 36 410 V, nr. 20, p. 12 en 13", "36410-V", "20", "kst-36410-V-20", II,
             "2023-2024", page="12-13")),
    case("page-pp",
         "Zie Kamerstuk 33 694, nr. 43, pp. 4-5, voor de overwegingen.",
         kst("Kamerstuk 33 694, nr. 43, pp. 4-5", "33694", "43", "kst-33694-43", page="4-5")),
    case("page-blz-range",
         "De nota naar aanleiding van het verslag (Kamerstuk 36 124, nr. 6, blz. 10-11) gaat hierop in.",
         kst("Kamerstuk 36 124, nr. 6, blz. 10-11", "36124", "6", "kst-36124-6", page="10-11")),
    case("page-single-p",
         "Zie Kamerstukken II 2019/20, 21 501-32, nr. 6, p. 15 voor het verslag.",
         kst("Kamerstukken II 2019/20, 21 501-32, nr. 6, p. 15", "21501-32", "6", "kst-21501-32-6", II,
             "2019-2020", page="15")),
    # --- compact forms -------------------------------------------------------------
    case("compact-kamerstuk-36600-V-50",
         "De motie is bekend als Kamerstuk 36600-V-50 en is aangenomen.",
         kst("Kamerstuk 36600-V-50", "36600-V", "50", "kst-36600-V-50")),
    case("compact-bare-21501-32-1740",
         "In het verslag van de Landbouw- en Visserijraad (21501-32-1740) staat meer hierover.",
         kst("21501-32-1740", "21501-32", "1740", "kst-21501-32-1740")),
    case("compact-kamerstuk-21501-32-1740",
         "Zie Kamerstuk 21501-32-1740 voor het verslag.",
         kst("Kamerstuk 21501-32-1740", "21501-32", "1740", "kst-21501-32-1740")),
    case("compact-kst-id",
         "De brief is gepubliceerd als kst-33694-68 op officielebekendmakingen.nl.",
         kst("kst-33694-68", "33694", "68", "kst-33694-68")),
    case("compact-kst-id-subdossier",
         "Zie kst-21501-02-3121 voor de geannoteerde agenda.",
         kst("kst-21501-02-3121", "21501-02", "3121", "kst-21501-02-3121")),
    case("compact-kst-id-roman",
         "Het advies staat online als kst-35925-X-90.",
         kst("kst-35925-X-90", "35925-X", "90", "kst-35925-X-90")),
    case("compact-kst-in-url",
         "De motie staat op https://zoek.officielebekendmakingen.nl/kst-36600-V-50.html en is aangenomen.",
         kst("kst-36600-V-50", "36600-V", "50", "kst-36600-V-50")),
    case("bare-dossier-with-nr",
         "Het verslag van de Eurogroep (21 501-07, nr. 1395) is als bijlage bijgevoegd.",
         kst("21 501-07, nr. 1395", "21501-07", "1395", "kst-21501-07-1395")),
    case("bare-dossier-with-nr-no-space",
         "Zie het verslag van de Ecofinraad (21501-07, nr. 1395).",
         kst("21501-07, nr. 1395", "21501-07", "1395", "kst-21501-07-1395")),
    # --- dossier references --------------------------------------------------------
    case("dossier-paren-after-bill",
         "Het wetsvoorstel Wet versterking regie volkshuisvesting (36512) ligt nu bij de Eerste Kamer.",
         dos("36512", "36512")),
    case("dossier-paren-after-bill-2",
         "Het voorstel van wet tot wijziging van de Wet op het hoger onderwijs en wetenschappelijk onderzoek "
         "(36537) wordt binnenkort plenair behandeld.",
         dos("36537", "36537")),
    case("dossier-paren-begroting-suffix",
         "Het wetsvoorstel Vaststelling van de begrotingsstaten van het Ministerie van Buitenlandse Zaken (V) voor "
         "het jaar 2025 (36600-V) wordt volgende week behandeld.",
         dos("36600-V", "36600-V")),
    case("dossier-word",
         "Alle brieven over REAIM staan in dossier 33 694.",
         dos("dossier 33 694", "33694")),
    case("dossier-word-suffix",
         "De verslagen van de Landbouw- en Visserijraad staan in dossier 21 501-32.",
         dos("dossier 21 501-32", "21501-32")),
    case("dossier-kamerstuk-without-nr",
         "De eerdere brieven zijn gepubliceerd als Kamerstuk 33 694 en zijn openbaar.",
         dos("Kamerstuk 33 694", "33694")),
    case("dossier-kamerstukken-with-vj",
         "Zie de begrotingsstukken (Kamerstukken II 2022/23, 36 200 V) voor de cijfers.",
         dos("Kamerstukken II 2022/23, 36 200 V", "36200-V", II, "2022-2023")),
    case("dossier-kamerstukken-subdossier",
         "Alle verslagen staan in de Kamerstukken 21 501-32 over de Landbouw- en Visserijraad.",
         dos("Kamerstukken 21 501-32", "21501-32")),
    case("dossier-compact-subdossier",
         "Alle verslagen van de Ecofinraad staan in Kamerstuk 21501-07.",
         dos("Kamerstuk 21501-07", "21501-07")),
    case("dossier-nummer",
         "Het wetsvoorstel is bij de Kamer bekend onder dossiernummer 36 537.",
         dos("dossiernummer 36 537", "36537")),
    # --- the motion form of the Handelingen ----------------------------------------
    case("motion-zij-krijgt",
         "Zij krijgt nr. 22 (30196).",
         kst("nr. 22 (30196)", "30196", "22", "kst-30196-22")),
    case("motion-in-text",
         "De motie nr. 22 (30196) is op 3 juli aangenomen.",
         kst("nr. 22 (30196)", "30196", "22", "kst-30196-22")),
    case("motion-subdossier",
         "En gaat over tot de orde van de dag. Zij krijgt nr. 1032 (21501-20).",
         kst("nr. 1032 (21501-20)", "21501-20", "1032", "kst-21501-20-1032")),
    case("motion-roman-suffix",
         "Zij krijgt nr. 13 (36600-V).",
         kst("nr. 13 (36600-V)", "36600-V", "13", "kst-36600-V-13")),
    # --- Handelingen ----------------------------------------------------------------
    case("handelingen-item",
         "De minister zegde dit toe tijdens het debat (Handelingen II 2022/23, nr. 12, item 5).",
         hand("Handelingen II 2022/23, nr. 12, item 5", II, "2022-2023", "12", "h-tk-20222023-12-5")),
    case("handelingen-no-item",
         "De stemmingen staan in Handelingen II 2022/23, nr. 12.",
         hand("Handelingen II 2022/23, nr. 12", II, "2022-2023", "12", "h-tk-20222023-12")),
    case("handelingen-eerste-kamer",
         "De Eerste Kamer besprak dit op 23 mei (Handelingen I 2022/23, nr. 30, item 7).",
         hand("Handelingen I 2022/23, nr. 30, item 7", I_, "2022-2023", "30", "h-ek-20222023-30-7")),
    case("handelingen-vergaderjaar-word",
         "Zie Handelingen II, vergaderjaar 2023–2024, nr. 40, item 9.",
         hand("Handelingen II, vergaderjaar 2023–2024, nr. 40, item 9", II, "2023-2024", "40",
              "h-tk-20232024-40-9")),
    case("handelingen-full-years",
         "Het debat (Handelingen II 2019-2020, nr. 45, item 9) ging over de stikstofaanpak.",
         hand("Handelingen II 2019-2020, nr. 45, item 9", II, "2019-2020", "45", "h-tk-20192020-45-9")),
    case("handelingen-item-page",
         "De minister zei dit letterlijk (Handelingen II 2021/22, nr. 90, item 12, p. 4).",
         hand("Handelingen II 2021/22, nr. 90, item 12, p. 4", II, "2021-2022", "90", "h-tk-20212022-90-12",
              page="4")),
    # --- Aanhangsel ------------------------------------------------------------------
    case("aanhangsel-basic",
         "Zoals verwoord in Aanhangsel Handelingen II 2022/23, nr. 2214",
         ah("Aanhangsel Handelingen II 2022/23, nr. 2214", II, "2022-2023", "2214", "ah-tk-20222023-2214")),
    case("aanhangsel-vergaderjaar-no-kamer",
         "Zie de antwoorden op de vragen van het lid Boswijk, Aanhangsel Handelingen, vergaderjaar 2024–2025, "
         "nr. 1028.",
         ah("Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1028", "", "2024-2025", "1028",
            "ah-tk-20242025-1028")),
    case("aanhangsel-van-de",
         "De antwoorden zijn gepubliceerd als Aanhangsel van de Handelingen II 2023/24, nr. 1432.",
         ah("Aanhangsel van de Handelingen II 2023/24, nr. 1432", II, "2023-2024", "1432",
            "ah-tk-20232024-1432")),
    case("aanhangsel-full-years",
         "Zie hiervoor de beantwoording (Aanhangsel Handelingen II 2019-2020, nr. 3450).",
         ah("Aanhangsel Handelingen II 2019-2020, nr. 3450", II, "2019-2020", "3450", "ah-tk-20192020-3450")),
    case("aanhangsel-commas-full-slash",
         "Zie Aanhangsel Handelingen II, 2022/2023, nr. 2214 voor de antwoorden.",
         ah("Aanhangsel Handelingen II, 2022/2023, nr. 2214", II, "2022-2023", "2214", "ah-tk-20222023-2214")),
    case("aanhangsel-eerste-kamer",
         "De schriftelijke vragen zijn beantwoord (Aanhangsel Handelingen I 2023/24, nr. 5).",
         ah("Aanhangsel Handelingen I 2023/24, nr. 5", I_, "2023-2024", "5", "ah-ek-20232024-5")),
    # --- the colophon form, cited in running text -----------------------------------
    case("tweede-kamer-vergaderjaar-running-text",
         "Dit staat in de brief die is gepubliceerd als Tweede Kamer, vergaderjaar 2022–2023, 33 694, nr. 68.",
         kst("Tweede Kamer, vergaderjaar 2022–2023, 33 694, nr. 68", "33694", "68", "kst-33694-68", II,
             "2022-2023")),
    case("tweede-kamer-vergaderjaar-parens",
         "In de kabinetsreactie (Tweede Kamer, vergaderjaar 2021–2022, 35 925 X, nr. 92) staat dit ook.",
         kst("Tweede Kamer, vergaderjaar 2021–2022, 35 925 X, nr. 92", "35925-X", "92", "kst-35925-X-92", II,
             "2021-2022")),
    # --- Tweede Kamer numbers -------------------------------------------------------
    case("tk-zaak",
         "Hiermee beantwoorden wij de schriftelijke vragen van het lid Boswijk (2022Z03223).",
         tk("2022Z03223")),
    case("tk-document",
         "De brief met kenmerk 2022D06725 is op 17 februari verzonden.",
         tk("2022D06725")),
    case("tk-zaak-and-document",
         "Met deze brief (2023D30123) reageren wij op het verzoek van de commissie (2023Z12345).",
         tk("2023D30123"), tk("2023Z12345")),
    # --- Staatsblad and Staatscourant -------------------------------------------------
    case("staatsblad-abbr",
         "De wet is bekendgemaakt in Stb. 2019, 123.",
         pub("staatsblad", "Stb. 2019, 123", "stb-2019-123")),
    case("staatsblad-full",
         "De wijziging is gepubliceerd in het Staatsblad 2023, 45 en treedt op 1 juli in werking.",
         pub("staatsblad", "Staatsblad 2023, 45", "stb-2023-45")),
    case("staatscourant-full",
         "De regeling staat in de Staatscourant 2023, 12345.",
         pub("staatscourant", "Staatscourant 2023, 12345", "stcrt-2023-12345")),
    case("staatscourant-abbr",
         "De beleidsregel (Stcrt. 2022, 34567) is per 1 januari ingetrokken.",
         pub("staatscourant", "Stcrt. 2022, 34567", "stcrt-2022-34567")),
    # --- several references in one sentence, in text order -------------------------
    case("two-kamerstukken-in-sentence",
         "Zoals toegezegd in Kamerstuk 33 694, nr. 43 en Kamerstuk 33 694, nr. 67 informeren wij u nu.",
         kst("Kamerstuk 33 694, nr. 43", "33694", "43", "kst-33694-43"),
         kst("Kamerstuk 33 694, nr. 67", "33694", "67", "kst-33694-67")),
    case("kamerstuk-and-aanhangsel",
         "Zie Kamerstukken II 2022/23, 33 694, nr. 68 en Aanhangsel Handelingen II 2022/23, nr. 2214.",
         kst("Kamerstukken II 2022/23, 33 694, nr. 68", "33694", "68", "kst-33694-68", II, "2022-2023"),
         ah("Aanhangsel Handelingen II 2022/23, nr. 2214", II, "2022-2023", "2214", "ah-tk-20222023-2214")),
    case("kamerstuk-and-handelingen-semicolon",
         "De motie is aangenomen (Kamerstuk 36 600 V, nr. 50; Handelingen II 2024/25, nr. 30, item 12).",
         kst("Kamerstuk 36 600 V, nr. 50", "36600-V", "50", "kst-36600-V-50"),
         hand("Handelingen II 2024/25, nr. 30, item 12", II, "2024-2025", "30", "h-tk-20242025-30-12")),
    case("staatsblad-then-kamerstuk",
         "De wet (Stb. 2019, 123) vloeit voort uit het voorstel in Kamerstuk 34 775, nr. 3.",
         pub("staatsblad", "Stb. 2019, 123", "stb-2019-123"),
         kst("Kamerstuk 34 775, nr. 3", "34775", "3", "kst-34775-3")),
    case("bill-dossier-then-kamerstuk",
         "Het wetsvoorstel Wet open overheid (33328) is gewijzigd bij nota van wijziging (Kamerstuk 33 328, "
         "nr. 15).",
         dos("33328", "33328"),
         kst("Kamerstuk 33 328, nr. 15", "33328", "15", "kst-33328-15")),
    case("three-kinds-in-footnote",
         "Zie Kamerstuk 33 694, nr. 43, Handelingen II 2018/19, nr. 68, item 9 en Aanhangsel Handelingen II "
         "2018/19, nr. 2500.",
         kst("Kamerstuk 33 694, nr. 43", "33694", "43", "kst-33694-43"),
         hand("Handelingen II 2018/19, nr. 68, item 9", II, "2018-2019", "68", "h-tk-20182019-68-9"),
         ah("Aanhangsel Handelingen II 2018/19, nr. 2500", II, "2018-2019", "2500", "ah-tk-20182019-2500")),
    case("footnote-with-advice-numbers",
         "AIV-advies 119, CAVV-advies 38 van 3 december 2021 – Autonome wapensystemen, het belang van reguleren "
         "en investeren, Kamerstuk 35 925-X, nr. 90.",
         kst("Kamerstuk 35 925-X, nr. 90", "35925-X", "90", "kst-35925-X-90")),
    case("tk-number-and-kamerstuk",
         "Met deze brief (2024D01234) voldoen wij aan de motie-Van Dijk (Kamerstuk 36 600 V, nr. 50).",
         tk("2024D01234"),
         kst("Kamerstuk 36 600 V, nr. 50", "36600-V", "50", "kst-36600-V-50")),
    # --- a misprinted dossier number ------------------------------------------------
    case("misprint-233694",
         "Motie van het lid Koopmans c.s., Kamerstukken II, 2018-2019, 233694, nr. 43.",
         kst("Kamerstukken II, 2018-2019, 233694, nr. 43", "33694", "43", "kst-33694-43", II, "2018-2019",
             corrected=True)),
    case("misprint-233694-bare",
         "Deze motie (Kamerstuk 233694, nr. 43) vroeg om een internationale conferentie.",
         kst("Kamerstuk 233694, nr. 43", "33694", "43", "kst-33694-43", corrected=True)),
]


def _actual(r: Reference) -> dict:
    return {f: getattr(r, f) for f in FIELDS}


def _expected_view(found: list[Reference], expected: list[dict]) -> tuple[list[dict], list[dict]]:
    """Both sides reduced to the fields the expectation fixes (None = not fixed)."""
    got = [{f: v for f, v in _actual(r).items() if f in e and e[f] is not None} for r, e in zip(found, expected)]
    want = [{f: v for f, v in e.items() if v is not None} for e in expected]
    got += [_actual(r) for r in found[len(expected):]]
    return got, want


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_reference_fields(text, expected):
    found = find_references(text)
    got, want = _expected_view(found, expected)
    assert got == want


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_offsets_and_text_order(text, expected):
    found = find_references(text)
    for r in found:
        assert text[r.start:r.end] == r.raw, r
        assert r.raw == r.raw.strip(), "raw carries no surrounding space"
        assert not r.raw.endswith((".", ",", ";")), "the closing punctuation is not part of raw"
        if r.raw.endswith(")"):  # only the motion form 'nr. 22 (30196)' owns its closing bracket
            assert "(" in r.raw, r.raw
    starts = [r.start for r in found]
    assert starts == sorted(starts), "references come in text order"


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_references_do_not_overlap(text, expected):
    """Each character of the text belongs to at most one reference."""
    found = find_references(text)
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start, (a.raw, b.raw)


def test_positive_table_is_large_and_ids_unique():
    ids = [p.id for p in POSITIVE]
    assert len(ids) == len(set(ids))
    assert len(POSITIVE) >= 90


def test_kinds_cover_every_form():
    kinds = {e["kind"] for p in POSITIVE for e in p.values[1]}
    assert kinds == {"kamerstuk", "handelingen", "aanhangsel", "dossier", "staatsblad", "staatscourant", "tk_zaak",
                     "tk_document"}


@pytest.mark.parametrize("canonical", ["kst-33694-43", "kst-35925-X-90", "ah-tk-20222023-2214",
                                       "h-tk-20222023-12-5", "stb-2019-123"])
def test_url_of_a_canonical_id(canonical):
    hits = [e for p in POSITIVE for e in p.values[1] if e["canonical"] == canonical]
    assert hits
    for e in hits:
        assert e["url"] == f"https://zoek.officielebekendmakingen.nl/{canonical}.html"


def test_url_of_a_dossier_and_of_a_tk_number():
    (d,) = find_references("Alle brieven over REAIM staan in dossier 33 694.")
    assert d.url == "https://zoek.officielebekendmakingen.nl/dossier/33694"
    (t,) = find_references("Hiermee beantwoorden wij de vragen (2022Z03223).")
    assert t.url == ""


def test_a_list_shares_what_the_citation_states():
    found = find_references("Kamerstukken II 2019/20, 21 501-32, nr. 6, p. 15-16; nr. 7, p. 5-6")
    assert [(r.kamer, r.vergaderjaar, r.dossier) for r in found] == [("II", "2019-2020", "21501-32")] * 2
    assert [r.page for r in found] == ["15-16", "5-6"]


def test_a_bare_citation_states_no_kamer():
    (r,) = find_references("Kamerstuk 33 694, nr. 43")
    assert (r.kamer, r.vergaderjaar) == ("", "")


def test_staatsblad_is_never_a_kamerstuk():
    for text in ("De wet is bekendgemaakt in Stb. 2019, 123.", "Zie Staatsblad 2023, 45.",
                 "De regeling (Stcrt. 2022, 34567) is ingetrokken.", "Staatscourant 2023, 12345"):
        found = find_references(text)
        assert found, text
        assert {r.kind for r in found} <= {"staatsblad", "staatscourant"}, text
        assert all(not r.canonical.startswith(("kst-", "dossier-")) for r in found), text


def test_linear_on_a_long_text():
    """Many citations and much filler: every one found, in order, without a quadratic blow-up."""
    chunk = ("Met REAIM is uitvoering gegeven aan de motie (Kamerstuk 33 694, nr. 43). Er waren 2.000 deelnemers "
             "en het budget was € 36 600. ")
    found = find_references(chunk * 2000)
    assert len(found) == 2000
    assert {r.canonical for r in found} == {"kst-33694-43"}


# --- (b) near-misses: nothing here is a reference --------------------------------------

NEAR_MISSES = [
    pytest.param("ISSN 0921 - 7371", id="issn"),
    pytest.param("Voor vragen kunt u bellen met 070 - 456 7890.", id="phone-spaced"),
    pytest.param("Telefoon +31 (0)70 318 48 40, bereikbaar op werkdagen.", id="phone-international"),
    pytest.param("Telefoon 070-3486486 of 06-12345678.", id="phone-hyphen"),
    pytest.param("Maak het bedrag over op NL10INGB0666328730 ten name van het ministerie.", id="iban"),
    pytest.param("Bezoekadres: Lange Voorhout 34, 2514 EA Den Haag", id="postcode"),
    pytest.param("Postadres: Postbus 20301, 2500 EH Den Haag", id="postbus"),
    pytest.param("Aan het tweedaags programma deden rond de 2.000 deelnemers uit meer dan 100 landen mee.",
                 id="amount-thousands"),
    pytest.param("De bijdrage bedraagt € 36 600 per jaar.", id="amount-euro-space"),
    pytest.param("Voor het project is € 36.600.000 gereserveerd.", id="amount-euro-dots"),
    pytest.param("De subsidie (25 000 euro) wordt in twee delen uitbetaald.", id="amount-in-parens"),
    pytest.param("Het bedrag van 33 694 euro is overgemaakt.", id="amount-like-dossier"),
    pytest.param("In 2024 wordt de regeling geëvalueerd.", id="year"),
    pytest.param("Het programma loopt in de periode 2024-2026.", id="year-range"),
    pytest.param("In het schooljaar 2024/25 start de pilot.", id="vergaderjaar-alone"),
    pytest.param("In de periode 1999-2000 daalde het aantal aanvragen.", id="year-range-1999"),
    pytest.param("Dit volgt uit artikel 68 van de Grondwet.", id="artikel"),
    pytest.param("Zie bijlage nr. 5 voor de volledige lijst.", id="nr-alone"),
    pytest.param("Zie CAVV-advies nr. 38 van 3 december 2021.", id="advies-nr"),
    pytest.param("Het overzicht staat op p. 12 van het rapport.", id="page-alone"),
    pytest.param("De overeenkomst is op 08-07-2022 getekend.", id="date-dashes"),
    pytest.param("De conferentie vond plaats op 15-02-2023 in Den Haag.", id="date-dashes-2"),
    pytest.param("Het aandeel steeg van 12,5% naar 36,6 procent.", id="percentages"),
    pytest.param("De tentoonstelling trok veel publiek (12345 bezoekers).", id="paren-number-with-noun"),
    pytest.param("U kunt de helpdesk bereiken via telefoon (36537).", id="paren-number-telefoon"),
    pytest.param("In deze brief melden wij dat het aantal bezoekers (12345) hoger lag dan verwacht.",
                 id="paren-number-after-noun-in-letter"),
    pytest.param("Het rapport (2024) telt 36 600 woorden.", id="paren-year"),
    pytest.param("Lijst: https://www.government.nl/documents/publications/2023/02/16/reaim-2023-endorsing-countries",
                 id="url-with-date"),
    pytest.param("VN-resolutie 78/241 werd aangenomen met 152 stemmen voor.", id="un-resolution"),
    pytest.param("De Handelingen van de Tweede Kamer zijn openbaar.", id="handelingen-word"),
    pytest.param("Alle Kamerstukken staan op officielebekendmakingen.nl.", id="kamerstukken-word"),
    pytest.param("In het Staatsblad van 2019 is de wet bekendgemaakt.", id="staatsblad-without-number"),
    pytest.param("KvK-nummer 27364524, btw-nummer NL001234567B01.", id="kvk-btw"),
    pytest.param("Het overleg begint om 14.30 uur in zaal 2.14.", id="time-room"),
    pytest.param("De uitspraak ECLI:NL:HR:2019:1234 is hier relevant.", id="ecli"),
    pytest.param("Bijlage nr. 22 (2023) is bijgevoegd.", id="nr-with-year-in-parens"),
    pytest.param("Ons kenmerk: BS2023014567, uw kenmerk: 4567890.", id="kenmerk"),
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_yields_nothing(text):
    assert find_references(text) == []


def test_near_miss_table_is_large():
    assert len(NEAR_MISSES) >= 25


# --- (c) the table rows, through the real pipeline ------------------------------------------

def _read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def seed002(tmp_path_factory):
    from pipeline.nlp import load_nlp

    path = seed("002")
    out = tmp_path_factory.mktemp("references") / "out"
    pipeline.run.run([path], out, load_nlp())
    rows = _read_csv(out / "references.csv")
    data = json.loads((out / "documents" / f"{path.stem}.json").read_text(encoding="utf-8"))
    return path.stem, rows, data


def _by_canonical(rows: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for r in rows:
        assert r["canonical"] not in out, f"{r['canonical']} found twice"
        out[r["canonical"]] = r
    return out


def test_seed002_body_references(seed002):
    doc_id, rows, data = seed002
    by = _by_canonical(rows)
    text = data["text"]
    for canonical, nr in (("kst-33694-43", "43"), ("kst-33694-67", "67")):
        assert canonical in by, sorted(by)
        r = by[canonical]
        assert r["doc_id"] == doc_id
        assert r["kind"] == "kamerstuk"
        assert r["raw"] == f"Kamerstuk 33 694, nr. {nr}"
        assert (r["kamer"], r["vergaderjaar"], r["dossier"], r["ondernummer"], r["page"]) == ("", "", "33694", nr, "")
        assert r["url"] == f"https://zoek.officielebekendmakingen.nl/{canonical}.html"
        assert r["in_footnote"] == "false"
        assert r["footnote"] == ""
        assert text[int(r["char_start"]):int(r["char_end"])] == r["raw"]
        assert r["page_no"] == "1"


def test_seed002_footnote_references(seed002):
    _, rows, data = seed002
    by = _by_canonical(rows)
    footnotes = {f["number"]: f for f in data["footnotes"]}
    expected = {
        "kst-35925-X-90": ("2", "kamerstuk", "Kamerstuk 35 925-X, nr. 90", "", "", "35925-X", "90"),
        "ah-tk-20222023-2214": ("3", "aanhangsel", "Aanhangsel Handelingen II 2022/23, nr. 2214", "II", "2022-2023",
                                "", "2214"),
    }
    for canonical, (fn, kind, raw, kamer, vj, dossier, nr) in expected.items():
        assert canonical in by, sorted(by)
        r = by[canonical]
        assert r["in_footnote"] == "true"
        assert r["footnote"] == fn
        assert (r["kind"], r["raw"], r["kamer"], r["vergaderjaar"], r["dossier"], r["ondernummer"]) == (
            kind, raw, kamer, vj, dossier, nr)
        assert r["url"] == f"https://zoek.officielebekendmakingen.nl/{canonical}.html"
        fn_text = footnotes[fn]["text"]
        assert fn_text[int(r["char_start"]):int(r["char_end"])] == raw, "offsets point into the footnote's text"
        assert r["page_no"] == str(footnotes[fn]["page_no"])


def test_seed002_own_id_is_metadata_not_a_reference(seed002):
    _, rows, data = seed002
    assert data["metadata"]["kamerstuk"] == "kst-33694-68"
    assert "kst-33694-68" not in {r["canonical"] for r in rows}
    assert not [r for r in rows if "vergaderjaar" in r["raw"] or r["raw"].startswith("kst-")]


@needs_gold
def test_seed002_matches_the_gold(seed002):
    doc_id, rows, _ = seed002
    gold = json.loads((GOLD / f"{doc_id}.json").read_text(encoding="utf-8"))["references"]
    got = [(r["canonical"], r["raw"], r["in_footnote"] == "true") for r in rows]
    assert sorted(got) == sorted((g["canonical"], g["raw"], g["in_footnote"]) for g in gold)


def test_seed002_every_row_has_its_sentence(seed002):
    _, rows, data = seed002
    assert rows, "references.csv is empty"
    assert data["references"], "the document JSON nests its references"
    for r in rows:
        assert r["sentence"].strip(), r
        assert r["raw"] in r["sentence"], (r["raw"], r["sentence"])
        assert int(r["char_start"]) < int(r["char_end"])


# --- (d) tolerance: the ways real texts print citations -----------------------------------
# Spaces before punctuation, a wrapped line, 'nummer' written out, the Kamer written out or misread by OCR,
# Eerste Kamer letters without 'nr.', Aanhangsels cited as a Kamerstuk item, lists sharing one dossier, ranges.

TOLERANT = [
    case("space-before-comma-bare",
         "Zie het verslag van de Ecofinraad ( 21501-07 , nr. 1395 ) voor de details.",
         kst("21501-07 , nr. 1395", "21501-07", "1395", "kst-21501-07-1395")),
    case("space-before-comma-kamerstuk",
         "Dit is eerder gemeld (Kamerstuk 33 694 , nr. 43).",
         kst("Kamerstuk 33 694 , nr. 43", "33694", "43", "kst-33694-43")),
    case("space-inside-paren-motion",
         "Zij krijgt nr. 12 ( 36600-V ).",
         kst("nr. 12 ( 36600-V )", "36600-V", "12", "kst-36600-V-12")),
    case("space-inside-paren-dossier",
         "Het wetsvoorstel Wet open overheid ( 33328 ) ligt bij de Eerste Kamer.",
         dos("33328", "33328")),
    case("wrapped-line-kamerstuk",
         "De regering heeft dit toegezegd in de brief van 3 maart (Kamerstuk 31 839,\nnr. 900) aan uw Kamer.",
         kst("Kamerstuk 31 839,\nnr. 900", "31839", "900", "kst-31839-900")),
    case("wrapped-line-bare",
         "Zoals de Kamer heeft gevraagd in de motie (36 200-VII,\nnr. 12) is dit onderzocht.",
         kst("36 200-VII,\nnr. 12", "36200-VII", "12", "kst-36200-VII-12")),
    case("wrapped-line-kamer",
         "Zie Kamerstukken\nII 2022/23, 33 694, nr. 68.",
         kst("Kamerstukken\nII 2022/23, 33 694, nr. 68", "33694", "68", "kst-33694-68", II, "2022-2023")),
    case("nummer-written-out",
         "Het amendement op Kamerstuk 36 124, nummer 12 is aangenomen.",
         kst("Kamerstuk 36 124, nummer 12", "36124", "12", "kst-36124-12")),
    case("nr-capital",
         "Zie de nota van wijziging (Kamerstuk 36 124, Nr. 8).",
         kst("Kamerstuk 36 124, Nr. 8", "36124", "8", "kst-36124-8")),
    case("bare-dossier-without-comma",
         "Het kabinet reageerde op het rapport (zie 31 700 VII nr. 72) met een brief.",
         kst("31 700 VII nr. 72", "31700-VII", "72", "kst-31700-VII-72")),
    case("eerste-kamer-letter-without-nr",
         "De memorie van antwoord (Kamerstukken I 2019/20, 35 300, C) gaat hierop in.",
         kst("Kamerstukken I 2019/20, 35 300, C", "35300", "C", "kst-35300-C", I_, "2019-2020")),
    case("eerste-kamer-letters-list",
         "Zie de memories (Kamerstukken I 2021/22, 35 925, C en D).",
         kst("Kamerstukken I 2021/22, 35 925, C", "35925", "C", "kst-35925-C", I_, "2021-2022"),
         kst("D", "35925", "D", "kst-35925-D", I_, "2021-2022")),
    case("legal-number-without-nr",
         "Zie Kamerstukken II 2005/06, 30 435, 3, p. 4 voor de toelichting.",
         kst("Kamerstukken II 2005/06, 30 435, 3, p. 4", "30435", "3", "kst-30435-3", II, "2005-2006", page="4")),
    case("kamerstukken-eerste-kamer-written-out",
         "Het wetsvoorstel (Kamerstukken Eerste Kamer 2019/20, 35 300, nr. B) is aanvaard.",
         kst("Kamerstukken Eerste Kamer 2019/20, 35 300, nr. B", "35300", "B", "kst-35300-B", I_, "2019-2020")),
    case("kamerstukken-tweede-kamer-written-out",
         "Zie Kamerstukken Tweede Kamer 2008-2009, 31 700 VIII, nr. 4.",
         kst("Kamerstukken Tweede Kamer 2008-2009, 31 700 VIII, nr. 4", "31700-VIII", "4", "kst-31700-VIII-4", II,
             "2008-2009")),
    case("tweede-kamer-without-vergaderjaar-word",
         "Het verslag (Tweede Kamer 2008-2009, 31 700 VIII, nr. 4) noemt dit.",
         kst("Tweede Kamer 2008-2009, 31 700 VIII, nr. 4", "31700-VIII", "4", "kst-31700-VIII-4", II, "2008-2009")),
    case("tk-abbreviation-alone",
         "Zie TK 2008–2009, 31 700 VIII, nr. 4.",
         kst("TK 2008–2009, 31 700 VIII, nr. 4", "31700-VIII", "4", "kst-31700-VIII-4", II, "2008-2009")),
    case("ocr-ll",
         "Zie de brief van de minister (Kamerstukken ll 2022/23, 29 477, nr. 800).",
         kst("Kamerstukken ll 2022/23, 29 477, nr. 800", "29477", "800", "kst-29477-800", II, "2022-2023")),
    case("ocr-Il",
         "Zie Kamerstukken Il 2022/23, 29 477, nr. 800.",
         kst("Kamerstukken Il 2022/23, 29 477, nr. 800", "29477", "800", "kst-29477-800", II, "2022-2023")),
    case("handelingen-ocr-ll",
         "De minister zegde dit toe (Handelingen ll 2022/23, nr. 40, item 9).",
         hand("Handelingen ll 2022/23, nr. 40, item 9", II, "2022-2023", "40", "h-tk-20222023-40-9")),
    case("handelingen-tweede-kamer-written-out",
         "Zie Handelingen Tweede Kamer 2019/20, nr. 12, item 5.",
         hand("Handelingen Tweede Kamer 2019/20, nr. 12, item 5", II, "2019-2020", "12", "h-tk-20192020-12-5")),
    case("aanhangsel-as-kamerstuk-item",
         "De vragen zijn beantwoord (Kamerstukken II 2021/22, Aanhangsel, nr. 1694).",
         ah("Kamerstukken II 2021/22, Aanhangsel, nr. 1694", II, "2021-2022", "1694", "ah-tk-20212022-1694")),
    case("aanhangsel-handelingen-as-item",
         "Zie Handelingen II 2021/22, Aanhangsel Handelingen, nr. 1694.",
         ah("Handelingen II 2021/22, Aanhangsel Handelingen, nr. 1694", II, "2021-2022", "1694",
            "ah-tk-20212022-1694")),
    case("aanhangsel-list",
         "Zie de antwoorden (Aanhangsel Handelingen II 2022/23, nrs. 2214 en 2215).",
         ah("Aanhangsel Handelingen II 2022/23, nrs. 2214", II, "2022-2023", "2214", "ah-tk-20222023-2214"),
         ah("2215", II, "2022-2023", "2215", "ah-tk-20222023-2215")),
    case("list-nr-nr-en",
         "Zie Kamerstukken II, 31 839, nr. 901, nr. 905 en 906.",
         kst("Kamerstukken II, 31 839, nr. 901", "31839", "901", "kst-31839-901", II),
         kst("905", "31839", "905", "kst-31839-905", II),
         kst("906", "31839", "906", "kst-31839-906", II)),
    case("list-was-renumbered",
         "Het verslag (Kamerstuk 21501-32, nr. 1500, was nr. 1498) is herdrukt.",
         kst("Kamerstuk 21501-32, nr. 1500", "21501-32", "1500", "kst-21501-32-1500"),
         kst("nr. 1498", "21501-32", "1498", "kst-21501-32-1498")),
    case("staatsblad-stays-its-own",
         "De wet (Stb. 2019, 123) volgt uit Kamerstukken II 2017/18, 34 775, nr. 3.",
         pub("staatsblad", "Stb. 2019, 123", "stb-2019-123"),
         kst("Kamerstukken II 2017/18, 34 775, nr. 3", "34775", "3", "kst-34775-3", II, "2017-2018")),
    case("staatsblad-nummer",
         "De wet is bekendgemaakt in Staatsblad 2019, nummer 123.",
         pub("staatsblad", "Staatsblad 2019, nummer 123", "stb-2019-123")),
    case("tractatenblad",
         "Het verdrag is gepubliceerd in Trb. 2019, 45.",
         pub("tractatenblad", "Trb. 2019, 45", "trb-2019-45")),
    case("zaak-and-document-stay-their-own",
         "Deze vragen (2018Z05896) zijn eerder beantwoord met brief 2022D15171 (Kamerstuk 33 694, nr. 43).",
         tk("2018Z05896"), tk("2022D15171"), kst("Kamerstuk 33 694, nr. 43", "33694", "43", "kst-33694-43")),
]


@pytest.mark.parametrize(("text", "expected"), TOLERANT)
def test_tolerant_reference_fields(text, expected):
    got, want = _expected_view(find_references(text), expected)
    assert got == want


@pytest.mark.parametrize(("text", "expected"), TOLERANT)
def test_tolerant_offsets(text, expected):
    found = find_references(text)
    for r in found:
        assert text[r.start:r.end] == r.raw
        assert not r.raw.endswith((".", ",", ";", " "))
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


@pytest.mark.parametrize(("text", "canonicals"), [
    pytest.param("Zie Kamerstukken II 2022/23, 36 200 V, nrs. 1–3.", ["kst-36200-V-1", "kst-36200-V-2",
                                                                      "kst-36200-V-3"], id="endash"),
    pytest.param("Zie Kamerstuk 36 200 V, nrs. 4-6 en 9.", ["kst-36200-V-4", "kst-36200-V-5", "kst-36200-V-6",
                                                            "kst-36200-V-9"], id="hyphen-then-list"),
    pytest.param("Zie Kamerstuk 36 200 V, nrs. 4 t/m 6.", ["kst-36200-V-4", "kst-36200-V-5", "kst-36200-V-6"],
                 id="t-m"),
    pytest.param("Zie Kamerstuk 36 200 V, nrs. 4 tot en met 6.", ["kst-36200-V-4", "kst-36200-V-5",
                                                                  "kst-36200-V-6"], id="tot-en-met"),
    # near-misses: not a range of documents
    pytest.param("Zie Kamerstuk 36 200 V, nr. 4 - 36200-V-6.", ["kst-36200-V-4", "kst-36200-V-6"],
                 id="spaced-hyphen-joins-two-citations"),
    pytest.param("Zie Kamerstuk 36 200 V, nr. 4-1400.", ["kst-36200-V-4"], id="implausible-range"),
    pytest.param("Zie Kamerstuk 36 200 V, nr. 6-4.", ["kst-36200-V-6"], id="descending"),
])
def test_range_is_one_reference_per_number(text, canonicals):
    found = find_references(text)
    assert [r.canonical for r in found] == canonicals
    for r in found:
        assert text[r.start:r.end] == r.raw


TOLERANT_NEAR_MISSES = [
    pytest.param("Het bedrag van 33 694\neuro is overgemaakt.", id="amount-wrapped"),
    pytest.param("Bel 070 - 456 78 90 of\nnr. 5 van de bijlage.", id="phone-then-nr"),
    pytest.param("Bezoekadres: Lange Voorhout 34\n2514 EA Den Haag\nNr. 5", id="postcode-lines"),
    pytest.param("ISSN 0921 - 7371 , nr. 12", id="issn-nr"),
    pytest.param("Dit volgt uit artikel 12, nummer 3 van de regeling.", id="artikel-nummer"),
    pytest.param("De Tweede Kamer 2023 heeft 150 leden.", id="tweede-kamer-year"),
    pytest.param("Het rapport (Tweede Kamer, 2024) telt 36 600 woorden.", id="tweede-kamer-paren-year"),
    pytest.param("Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 3", id="aanhangsel-page-footer"),
    pytest.param("De TK 2023 enquête telde 12 345 deelnemers.", id="tk-year-amount"),
    pytest.param("Een bedrag van € 36 600, nr. 5 van de lijst.", id="euro-amount-nr"),
    pytest.param("Het telefoonnummer\n06 - 123 456 78\nnummer 2", id="phone-lines"),
    pytest.param("Zie bijlage 2, nrs. 1–3 van het rapport.", id="range-without-dossier"),
]


@pytest.mark.parametrize("text", TOLERANT_NEAR_MISSES)
def test_tolerant_near_miss_yields_no_kamerstuk(text):
    assert [r for r in find_references(text) if r.kind in ("kamerstuk", "dossier", "aanhangsel", "handelingen")] == []


@pytest.mark.parametrize("text", ["Kamerstukken II 2019/20, 35 300, 12.500 euro is begroot.",
                                  "Kamerstukken II 2019/20, 35 300, 12,5 procent van de middelen."])
def test_an_amount_after_a_dossier_is_no_ondernummer(text):
    assert [r.canonical for r in find_references(text)] == ["dossier-35300"]


def test_a_blank_line_ends_a_citation():
    """A line break may wrap a citation; a blank line between two blocks never joins them."""
    found = find_references("Kamerstuk 33 694,\n\nnr. 43 is de motie.")
    assert [r.canonical for r in found] == ["dossier-33694"]


# --- (e) the document's own number is metadata -------------------------------------------------------------

@pytest.mark.parametrize(("text", "own", "expected"), [
    pytest.param("15 februari 2023\n\n31409-383\nVaren\n\nMOTIE VAN HET LID X", "", True, id="compact-heading"),
    pytest.param("Tweede Kamer der Staten-Generaal\nVergaderjaar 2024–2025\n36 600 XVI\nNr. 12\nMOTIE VAN HET LID",
                 "", True, id="colophon-without-title"),
    pytest.param("Aan de Voorzitter\n\n36 410 XVI, nr. 115\n\nMotie", "", True, id="numbered-heading"),
    pytest.param("Geachte voorzitter,\nIn de brief (Kamerstuk 33 694, nr. 43) staat dit.", "", False,
                 id="citation-in-a-sentence"),
    pytest.param("Betreft\nKamerstuk 33 694, nr. 43\nGeachte voorzitter,", "", False, id="subject-of-a-letter"),
    pytest.param("Uw kenmerk:\n33694-43\nGeachte voorzitter,", "", False, id="label-before"),
    pytest.param("Geachte voorzitter,\nZie Kamerstuk 33 694, nr. 68 voor de brief.", "kst-33694-68", True,
                 id="the-metadata-own-id"),
    pytest.param("x" * 400 + "\n33694-43\n", "", False, id="beyond-the-head"),
])
def test_own_id_in_the_head(text, own, expected):
    from pipeline.components.references import is_own_id

    (ref,) = [r for r in find_references(text) if r.kind == "kamerstuk"]
    assert is_own_id(ref, text, own) is expected
