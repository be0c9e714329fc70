"""A pattern is skipped only when it cannot match: its needles are words every match holds."""

from __future__ import annotations

import random
import re
import string

import pytest

from pipeline.extract.dates.grammar import PATTERNS
from pipeline.lang.needles import folded, may_match, needles


@pytest.mark.parametrize(("pattern", "want"), [
    (r"\bkwartaal\b", {"kwartaal"}),
    (r"\b(?:maart|april)\s+\d{4}", {"maart", "april"}),
    (r"(?:de\s+)?zomerreces", {"zomerreces"}),
    (r"\b(?:mei|juni)\b", {"mei", "juni"}),    # one of the alternatives' words
    (r"\d{4}-\d\d", None),                    # digits only: no word
    (r"(?:foo)?bar", {"bar"}),                # an optional word is not needed
    (r"\bQ[1-4]\b", None),                    # shorter than MIN_NEEDLE
    (r"(?:jaar|week)|\d+", None),             # one alternative without a word: nothing is needed
    (r"(?:vóór)\s+de\s+zomer", {"zomer"}),    # a non-ASCII letter ends a needle
    (r"(?:verantwoordings)+dag", {"verantwoordings"}),
    (r"a(?=kwartaal)", None),                 # a look-ahead's words are not counted
])
def test_needles_of_a_pattern(pattern, want):
    got = needles(re.compile(pattern, re.I))
    assert got == (None if want is None else frozenset(want))


def test_folding_covers_every_character_ignorecase_equates_with_an_ascii_letter():
    letters = re.compile("[a-z]", re.I)
    for cp in range(0x110000):
        ch = chr(cp)
        if 0xD800 <= cp < 0xE000 or not letters.fullmatch(ch):
            continue
        same = [c for c in string.ascii_lowercase if re.fullmatch(c, ch, re.I)]
        assert same and all(c in folded(ch) for c in same), hex(cp)


@pytest.mark.parametrize("text", ["", "abc", "İstanbul", "ıI", "ſeptember", "STRASSE ß", "Aİıſz" * 3, "ÉÉN Ĳs"])
def test_folding_is_one_translation_and_lower_case(text):
    """A text without the three specially folded characters is only lowered; one with them is translated."""
    assert folded(text) == text.translate(str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})).lower()


TEXTS = [
    "Op 15 en 16 februari 2023 sprak de Kamer.", "VOOR HET ZOMERRECES komt de brief.",
    "in het eerste kwartaal van 2025",
    "Q1 2026", "vorig jaar", "De komende maanden", "rond de begrotingsbehandeling", "volgende week dinsdag",
    "1 januari jl.", "de jaren tachtig", "Prinsjesdag 2024", "in week 12", "2024-2026", "12-03-2024",
    "over enkele weken", "medio maart", "eind 2023", "na de jaarwisseling", "aanstaande vrijdag", "MAART 2024",
    "maandagochtend", "de tweede helft van dit jaar", "Kerstreces", "in het voorjaar", "ſeptember 2024",
    "Jİj", "gisteren", "het AO van 12/3", "deze kabinetsperiode", "binnenkort", "van maart tot mei 2024",
]


@pytest.mark.parametrize("kind_pattern", PATTERNS, ids=[k for k, _ in PATTERNS])
def test_a_date_pattern_that_matches_is_never_skipped(kind_pattern):
    _kind, pattern = kind_pattern
    found = needles(pattern)
    for text in TEXTS + [t.upper() for t in TEXTS] + [t.title() for t in TEXTS]:
        if pattern.search(text):
            assert may_match(found, folded(text)), text


def test_a_pattern_whose_words_are_absent_is_skipped():
    kinds = dict(PATTERNS)
    assert not may_match(needles(kinds["recess"]), folded("Een brief zonder reces."))
    assert may_match(needles(kinds["recess"]), folded("vóór het Zomerreces"))


DOC_CUES = ["De Kamer,\ngehoord de beraadslaging", "en gaat over tot de orde van de dag", "Antwoord van de minister",
            "Vraag 3\n", "Antwoord 12\n", "Geadviseerd besluit", "U wordt geadviseerd", "Aanleiding\n",
            "De vergadering wordt om 10.15 uur geopend", "Bron: ", "De Minister van", "informeer ik uw Kamer",
            "Ik sluit de vergadering", "De voorzitter:", "De heer Jansen (VVD):", "Zij krijgt nr. 5",
            "Voortouwcommissie: ", "Besluit: ", "aan uw Kamer", "DE STAATSSECRETARIS"]


def test_a_doc_type_rule_that_matches_is_never_skipped():
    from pipeline.extract.metadata.doc_type import _rules
    rng = random.Random(5)
    texts = [*DOC_CUES, *TEXTS] + ["\n".join(rng.choice([str, str.upper, str.lower])(rng.choice(DOC_CUES))
                                             for _ in range(rng.randint(1, 4))) for _ in range(500)]
    for rule in _rules():
        for text in texts:
            if rule["regex"].search(text):
                assert may_match(rule["needles"], folded(text)), (rule["regex"].pattern, text)
