"""A pattern tried only where a match may begin finds the matches ``finditer`` finds, at every place."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.extract.dates.grammar import PATTERNS
from pipeline.lang.starts import finditer, start_finder
from tests.test_needles import TEXTS


@pytest.mark.parametrize(("pattern", "want"), [
    (r"\bkwartaal\b", "kwar"),
    (r"\b(?:maart|april)\s+\d{4}", "apri|maar"),
    (r"(?:de\s+)?zomer", "de|zome"),             # an optional part: with it or without it
    (r"\(?(?:19|20)\d\d", r"\(19|\(20|19|20"),
    (r"(?:in|inzet)\b", "in"),                   # a start that holds a shorter one is left out
    (r"[0-2]\d", "0|1|2"),                       # a class, cut where \d (any digit) allows too much
    (r"Q[1-4]", "q1|q2|q3|q4"),                  # folded: searched in lower case
    (r"(?-i:AO)\b", "ao"),
    (r"(?<=\.)x|\by", "x|y"),                    # look-arounds take no characters
    (r"(?:ab)+c", "ab"),
    (r"\d+ jaar", None),                         # \d also means other scripts' digits
    (r"[a-z]+", None),                           # too large a class
    (r"vóór", "v"),                              # cut at a non-ASCII letter
    (r"één", None),                              # a non-ASCII first letter
    (r"x?", None),                               # may match the empty string
])
def test_starts_of_a_pattern(pattern, want):
    got = start_finder(re.compile(pattern, re.I))
    assert (got.pattern if got else None) == want


WORDS = ["in", "de", "het", "voor", "na", "maart", "MEI", "vóór", "jl.", "2024", "19", "(", ")", "-", "/", "12",
         "kwartaal", "eerste", "zomerreces", "week", "vrijdag", "Jİj", "ſeptember", "AO", "vorig", "jaar", "\n",
         "1e", "t/m", "en", "van", "tot", "Q3", "half", "1-3-2024", "begin", "medio", "over", "enkele", "dagen"]


PHRASES = [*TEXTS, "15 en 16 februari 2023", "van 3 maart tot 5 april", "May 3, 2024", "het AO van 12/3", "2023-05-01",
           "tweede helft van 2025", "na het zomerreces", "rond de jaarwisseling 2023-2024", "Prinsjesdag",
           "vergaderjaar 2023-2024", "de jaren tachtig", "drie jaar later", "de komende twee weken",
           "in het najaar van 2025", "Q2-2024", "het AO (12/3", "d.d. 5-3", "het einde van deze kabinetsperiode"]


def random_texts(n: int, seed: int) -> list[str]:
    """Words and date phrases run together in any case, with and without spaces."""
    rng = random.Random(seed)
    pieces = [*WORDS, *PHRASES]
    case = [str, str.upper, str.title]
    return ["".join(rng.choice(case)(rng.choice(pieces)) + rng.choice(["", " ", " ", ", ", "."])
                    for _ in range(rng.randint(1, 30))) for _ in range(n)]


@pytest.mark.parametrize("kind_pattern", PATTERNS, ids=[k for k, _ in PATTERNS])
def test_a_date_pattern_finds_what_finditer_finds(kind_pattern):
    _kind, pattern = kind_pattern
    starts = start_finder(pattern)
    for text in random_texts(1500, seed=len(pattern.pattern)):
        want = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in finditer(pattern, starts, text)] == want, text


def test_overlapping_starts_are_all_tried():
    pattern = re.compile(r"aa(?!a)", re.I)  # 'aa' at 0 is no match, the one at 1 is
    assert [m.span() for m in finditer(pattern, start_finder(pattern), "aaa AAAA")] == [(1, 3), (6, 8)]


@pytest.mark.parametrize("starts", [re.compile("aa"), start_finder(re.compile(r"aa(?!a)", re.I))],
                         ids=["a finder made by hand", "start_finder's"])
def test_a_finder_of_either_kind_tries_overlapping_starts(starts):
    """start_finder's finders step through the folded text one character a start (a look-ahead holds the rest);
    any other finder is searched again from the place after each start."""
    pattern = re.compile(r"aa(?!a)", re.I)
    for text in ["aaa AAAA", "aaaa", "a", "", "AAAAAaa"]:
        assert [m.span() for m in finditer(pattern, starts, text)] == [m.span() for m in pattern.finditer(text)]
