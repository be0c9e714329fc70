"""Line-end hyphens: typesetting hyphens joined, real hyphens kept, the document's own spelling wins."""

from __future__ import annotations

import pytest

from pipeline.text.assemble import Piece, assemble
from pipeline.text.hyphenation import Hyphenator

# (left line, right line, expected unwrapped text)
TYPESETTING = [
    ("uitleg-", "baarheid", "uitlegbaarheid"),
    ("georgani-", "seerd", "georganiseerd"),
    ("verantwoor-", "delijk", "verantwoordelijk"),
    ("inter-", "nationaal", "internationaal"),
    ("voorspel-", "baarheid", "voorspelbaarheid"),
    ("besluitvor-", "mingsondersteuning", "besluitvormingsondersteuning"),
    ("informatiege-", "stuurd", "informatiegestuurd"),
    ("maar dat de leveringszeker-", "heid in 2033 lager is", "maar dat de leveringszekerheid in 2033 lager is"),
    ("over o.a. uitleg-", "baarheid en data bias),", "over o.a. uitlegbaarheid en data bias),"),
]

REAL_HYPHENS = [
    ("Noord-", "Amerika", "Noord-Amerika"),
    ("Zuid-", "Korea", "Zuid-Korea"),
    ("CCW/GGE-", "LAWS", "CCW/GGE-LAWS"),
    ("AI-", "toepassingen", "AI-toepassingen"),
    ("VN-", "resolutie", "VN-resolutie"),
    ("2024-", "2026", "2024-2026"),
    ("niet-", "bindende", "niet-bindende"),
    ("zee-", "egel", "zee-egel"),
    ("auto-", "ongeluk", "auto-ongeluk"),
    ("ENTSO-E-", "verband", "ENTSO-E-verband"),
    ("samen in ENTSO-E-", "verband tot tien jaar", "samen in ENTSO-E-verband tot tien jaar"),
    ("de minister van de co-", "host Zuid-Korea", "de minister van de co-host Zuid-Korea"),
    ("data-", "analyse", "data-analyse"),
]

ELLIPTICAL = [
    ("wet-", "en regelgeving", "wet- en regelgeving"),
    ("Tot slot wordt wet-", "en regelgeving ten opzichte van", "Tot slot wordt wet- en regelgeving ten opzichte van"),
    ("van de ontwikkel-", "en ontwerpfase", "van de ontwikkel- en ontwerpfase"),
    ("zon-", "of windenergie", "zon- of windenergie"),
]

NO_HYPHEN = [
    ("een gewone regel", "loopt door", "een gewone regel loopt door"),
    ("een gedachtestreepje -", "en verder", "een gedachtestreepje - en verder"),
    ("een gedachtestreepje –", "en verder", "een gedachtestreepje – en verder"),
    ("een streep-", "(tussen haakjes)", "een streep- (tussen haakjes)"),
]


def join_lines(lines: list[str]) -> str:
    """Lines of one paragraph unwrapped as the text stage does it."""
    return assemble([Piece(line) for line in lines]).text


@pytest.mark.parametrize(("left", "right", "expected"), TYPESETTING)
def test_typesetting_hyphen_is_joined(left, right, expected):
    assert Hyphenator().decide(left, right) == "join"
    assert join_lines([left, right]) == expected


@pytest.mark.parametrize(("left", "right", "expected"), REAL_HYPHENS)
def test_real_hyphen_is_kept_without_space(left, right, expected):
    assert Hyphenator().decide(left, right) == "keep"
    assert join_lines([left, right]) == expected


@pytest.mark.parametrize(("left", "right", "expected"), ELLIPTICAL)
def test_elliptical_hyphen_keeps_its_space(left, right, expected):
    assert Hyphenator().decide(left, right) == "none"
    assert join_lines([left, right]) == expected


@pytest.mark.parametrize(("left", "right", "expected"), NO_HYPHEN)
def test_lines_without_a_word_hyphen_are_joined_with_a_space(left, right, expected):
    assert Hyphenator().decide(left, right) == "none"
    assert join_lines([left, right]) == expected


# (text seen elsewhere in the document, left, right, decision without evidence, decision with it)
EVIDENCE = [
    # 'niet' is a keep-prefix, but the document spells 'niettemin' elsewhere.
    ("Niettemin blijft het kabinet betrokken.", "niet-", "temin", "keep", "join"),
    # 'ex' is a keep-prefix, but 'export' is the document's word.
    ("De export van goederen groeit.", "de ex-", "port van wapens", "keep", "join"),
    # By the rules a join; the document writes the word with a hyphen.
    ("het sociaal-economisch beleid", "het sociaal-", "economisch kader", "join", "keep"),
    ("een human-machine teaming oefening", "human-", "machine", "join", "keep"),
]


@pytest.mark.parametrize(("seen", "left", "right", "by_rule", "with_evidence"), EVIDENCE)
def test_document_evidence_wins_over_the_rules(seen, left, right, by_rule, with_evidence):
    assert Hyphenator().decide(left, right) == by_rule
    assert Hyphenator(seen).decide(left, right) == with_evidence


def test_evidence_in_both_spellings_falls_back_to_the_rules():
    both = "het sociaal-economisch en sociaaleconomisch beleid"
    assert Hyphenator(both).decide("sociaal-", "economisch") == "join"
    assert Hyphenator(both + " zee-egel zeeegel").decide("zee-", "egel") == "keep"


def test_join_lines_uses_the_lines_themselves_as_evidence():
    lines = ["Het sociaal-economisch beleid en het", "sociaal-", "economisch kader."]
    assert join_lines(lines) == "Het sociaal-economisch beleid en het sociaal-economisch kader."
    lines = ["Niettemin gaat het door; niet-", "temin blijft het lastig."]
    assert join_lines(lines) == "Niettemin gaat het door; niettemin blijft het lastig."


def test_join_lines_over_many_lines():
    lines = [
        "  Tegelijkertijd bestaan internationaal zorgen over de potentiële voorspel-",
        "baarheid van systemen in Noord-",
        "Amerika en Zuid-",
        "Korea, en over wet-",
        "en regelgeving.  ",
    ]
    assert join_lines(lines) == ("Tegelijkertijd bestaan internationaal zorgen over de potentiële "
                                 "voorspelbaarheid van systemen in Noord-Amerika en Zuid-Korea, "
                                 "en over wet- en regelgeving.")


def test_join_lines_of_nothing_and_one_line():
    assert join_lines([]) == ""
    assert join_lines(["  alleen deze regel  "]) == "alleen deze regel"
