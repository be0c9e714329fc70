"""The entity rules' fast scans give what the plain scans they replace give, on random texts made at run time:
the gazetteer's words and offsets (``word_spans`` and ``tokens``), a surname's stand-alone places (``str.find``
and the regular expression of its docstring), and the gazetteer lookup with and without its second-word check."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.extract.entities import listed, people, titles
from pipeline.extract.entities.knowledge import entity_settings
from pipeline.extract.entities.people import SurnamePlaces
from pipeline.lang.gazetteer import gazetteer, tokens, word_spans
from pipeline.lang.starts import matches_at

PIECES = ["Dijk", "van", "Van", "dijk", "-", " ", "  ", "\n", ".", ",", "'", "’", "&", "Dijkstra", "de", "het",
          "Kamer", "Tweede", "Europese", "Unie", "Nederland", "s", "é", "(", ")", "AI", "x"]


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 40))) for _ in range(n)]


def test_word_spans_are_the_tokens():
    for text in _texts(3000, 1):
        words, offsets = word_spans(text)
        assert [(w, offsets[2 * i], offsets[2 * i + 1]) for i, w in enumerate(words)] == tokens(text), text


@pytest.mark.parametrize(("particle", "surname"), [("van", "Dijk"), ("", "Dijk"), ("van der", "Dijk-Smit"),
                                                   ("", "’t Hart"), ("de", "Kamer")])
@pytest.mark.parametrize("finds", [SurnamePlaces.FINDS, 0], ids=["str.find", "word index"])
def test_surname_hits_are_the_regex_matches(particle, surname, finds, monkeypatch):
    monkeypatch.setattr(SurnamePlaces, "FINDS", finds)
    lead = rf"(?i:{re.escape(particle)}\s)?" if particle else ""
    rx = re.compile(rf"(?<![\w-]){lead}{re.escape(surname)}(?![\w-])")
    for text in _texts(3000, 2):
        assert SurnamePlaces(text).hits(particle, surname) == [m.span() for m in rx.finditer(text)], text


def test_surname_places_index_the_words_after_a_few_finds():
    """Past the first few people, a surname costs its occurrences, not a pass over the text."""
    text = " ".join(f"Naam{i} de heer Naam{i}." for i in range(100))
    places = SurnamePlaces(text)
    for i in range(100):
        assert [text[a:b] for a, b in places.hits("", f"Naam{i}")] == [f"Naam{i}"] * 2
    assert places.searched == SurnamePlaces.FINDS and places.words is not None


def _longest_without_check(text, start, words, i):
    """_longest_at as it was before the second-word check: every candidate compared."""
    found = None
    variants = [words[i]] + ([words[i][:1].lower() + words[i][1:]] if words[i][:1].isupper() else [])
    for variant in variants:
        for cand, name, label, ambiguous in gazetteer().by_first.get(variant, []):
            n = len(cand)
            if (variant, *words[i + 1: i + n]) == cand:
                adjective = variant[:1].isupper() and n == 1 and (variant == name or variant.endswith("e"))
                after = words[i + n] if adjective and i + n < len(words) else ""
                if ambiguous and not listed._ambiguous_ok(text, start, label, after):
                    continue
                if found is None or n > found[0]:
                    found = (n, name, label)
                break
    return found


def test_second_word_check_changes_no_lookup():
    rng = random.Random(3)
    firsts = sorted(gazetteer().by_first)
    for _ in range(300):
        names = [" ".join(c[0]) for f in rng.sample(firsts, 5) for c in gazetteer().by_first[f]]
        text = " ".join(rng.choice(names + ["de", "het", "De", "Het", ",", "zijn", "uw"]) for _ in range(30))
        words, offsets = word_spans(text)
        for i in range(len(words)):
            assert listed._longest_at(text, offsets[2 * i], words, i) == \
                _longest_without_check(text, offsets[2 * i], words, i)


def _old_forms() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """(the pattern as it now stands, the same pattern with its look-behind first, as it was written before)."""
    from pipeline.extract.entities.knowledge import entity_settings
    from pipeline.extract.entities.people import SURNAME, apposition_rx, party_person_rx
    from pipeline.extract.entities.proper import _CONNECT, _PROPER
    from pipeline.lang.names import LOWER, UPPER

    roles = "|".join(sorted(entity_settings()["apposition_roles"], key=len, reverse=True))
    return [
        (_PROPER, re.compile(rf"(?<![\w’'-])(?:[{UPPER}][\w’'&-]*|[A-Z]{{2,}})(?:,?[^\S\n]+(?:{_CONNECT}[^\S\n]+)?"
                             rf"(?:[{UPPER}][\w’'&-]*|\d{{4}}(?:-\d{{4}})?))+")),
        (apposition_rx(), re.compile(rf"(?<![\w-])(?P<n>[{UPPER}][{LOWER}]+[^\S\n]+{SURNAME}),[^\S\n]+"
                                     rf"(?:de[^\S\n]+)?(?P<role>{roles})\b")),
        (party_person_rx(), re.compile(rf"(?<![\w-])(?P<n>[{UPPER}][{LOWER}]+[^\S\n]+{SURNAME})[^\S\n]*"
                                       rf"\((?P<p>[^)\n]{{1,30}})\)")),
    ]


NAME_PIECES = ["Marcel", "Jansen", "van", "Van der", "de", "’t", "'s", "-", "Dijk-Smit", "ABC", "NAVO", "É", "Élise",
               ", ", ",", " ", "\n", "(VVD)", "(", ")", "voorzitter", "woordvoerder", "of the", "en", "2024", "-2025",
               "x", "Ministerie", "Binnenlandse", "Zaken", "&", "ł", "Ĳ", "Marcel Jansen, voorzitter",
               "Piet van Dijk, de woordvoerder", "Anna de Wit (D66)", "-Marcel Jansen, voorzitter"]


@pytest.mark.parametrize("pair", range(3), ids=["_PROPER", "apposition", "party_person"])
def test_a_look_behind_after_the_first_capital_finds_the_same(pair):
    now, before = _old_forms()[pair]
    rng = random.Random(9 + pair)
    for _ in range(4000):
        text = "".join(rng.choice(NAME_PIECES) + rng.choice(["", " ", " "]) for _ in range(rng.randint(0, 16)))
        assert [(m.span(), m.groupdict()) for m in now.finditer(text)] == \
            [(m.span(), m.groupdict()) for m in before.finditer(text)], text


NAME_PIECES = ["van", "Van", "der", "de", "De", "'t", "’t", "ten", "Dijk", "Jansen", "Bakker-de", "Vries", ",", ".",
               "-", "(VVD)", "J.", "A.Th.B.", "R.", "et al.", "(2023)", "&", "en", "het lid", "de leden", "Kamerlid",
               "lid", "SGP-leden", "GroenLinks-lid", "x", "é", "Öz", "_", "uit de", "Jansen, R.", "Dijk J.J. van"]
SEPARATORS = [" ", " ", " ", "", "  ", "\n", ", "]


def test_person_scans_tried_at_their_places():
    """The member, initials-after and author patterns tried only at their places find what finditer finds."""
    rng = random.Random(9)
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(NAME_PIECES) + rng.choice(SEPARATORS) for _ in range(rng.randint(0, 20)))
        for rx, places in ((people.member_rx(), people.member_places), (people.initials_after_rx(),
                           people.surname_places), (people.author_rx(), people.surname_places)):
            fast = [(m.span(), m.groupdict()) for m in matches_at(rx, places(text), text)]
            assert fast == [(m.span(), m.groupdict()) for m in rx.finditer(text)], text
            found += len(fast)
    assert found > 1000  # the made texts hold names of all three kinds, so matches are compared, not only misses


def test_quoted_titles_tried_at_their_places():
    """The quoted-title pattern tried only before the spaces before a quote finds what finditer finds."""
    cues = sorted(entity_settings()["quoted_titles"]["cues"], key=len)
    pieces = [cues[0], cues[-1], cues[len(cues) // 2].upper(), "de", "Het", "het", "x", "Leren", "van", "«", "»",
              "“", "”", '"', "‘", "’", "'", "DigiD", ".", "\n", "is"]
    rng = random.Random(10)
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice([" ", " ", "", "  ", "\t", "\n"])
                       for _ in range(rng.randint(0, 20)))
        fast = [(m.span(), m.groupdict()) for m in matches_at(titles.quoted_rx(), titles.quoted_places(text), text)]
        assert fast == [(m.span(), m.groupdict()) for m in titles.quoted_rx().finditer(text)], text
        found += len(fast)
    assert found > 100  # the made texts hold quoted titles: matches are compared, not only misses
