"""Shared Dutch language data (pipeline.lang): the name grammar, the calendar, the two houses, the motion frame,
the gazetteer lookup and the compound rule of the tokenizer. Each with real phrasings and near-misses."""

from __future__ import annotations

import re

import pytest
import spacy

from pipeline.lang.calendar import MONTH_NUMBER, WEEKDAY_NUMBER
from pipeline.lang.gazetteer import known, listed
from pipeline.lang.kamer import kamer_code, kamer_name, kamer_word
from pipeline.lang.motion_block import block_spans, motion_blocks
from pipeline.lang.names import LOWER, UPPER, name_line, surname
from pipeline.lang.tokenizer import split_compounds

# --- names --------------------------------------------------------------------------------------

NAME_LINES = ["Van der Plas", "Gräper-van Koolwijk", "Yeşilgöz-Zegerius", "Dilan Yeşilgöz-Zegerius", "J.A. de Vries",
              "B. van ’t Wout", "Mona Keijzer", "Şahin", "El Abassi", "Van Dijk", "W.B. Hoekstra", "Ollongren"]
NOT_NAME_LINES = ["de minister van Financiën", "Tweede Kamer, vergaderjaar 2023–2024", "Nr. 12", "van Dijk en",
                  "33 694", "VERZOEKT DE REGERING", "Den Haag, 3 maart 2023", "", "dijk"]


@pytest.mark.parametrize("line", NAME_LINES)
def test_a_name_under_a_signature(line):
    assert name_line().match(line), line


@pytest.mark.parametrize("line", NOT_NAME_LINES)
def test_not_a_name_line(line):
    assert not name_line().match(line), line


@pytest.mark.parametrize(("text", "found"), [
    ("het lid Van der Plas (BBB)", "Van der Plas"), ("motie-Gräper-van Koolwijk", "Gräper-van Koolwijk"),
    ("de heer Öztürk sprak", "Öztürk"), ("lid In 't Veld", "In 't Veld"),
])
def test_surname_in_running_text(text, found):
    assert found in [m.group() for m in re.finditer(surname(), text)]


def test_letter_classes_are_capitals_and_small_letters():
    for ch in "AZÀÖØÞĀŞŽ":
        assert re.fullmatch(f"[{UPPER}]", ch) and not re.fullmatch(f"[{LOWER}]", ch), ch
    for ch in "azßöøÿāşž":
        assert re.fullmatch(f"[{LOWER}]", ch) and not re.fullmatch(f"[{UPPER}]", ch), ch
    for ch in "0-'’ .×÷":
        assert not re.fullmatch(f"[{UPPER}{LOWER}]", ch), ch


# --- calendar -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("word", "month"), [("januari", 1), ("febr", 2), ("mrt", 3), ("mei", 5), ("may", 5),
                                             ("okt", 10), ("oct", 10), ("december", 12), ("sept", 9)])
def test_month_numbers(word, month):
    assert MONTH_NUMBER[word] == month


def test_weekdays_count_from_monday():
    assert WEEKDAY_NUMBER["maandag"] == 0 and WEEKDAY_NUMBER["zondag"] == 6
    assert "mai" not in MONTH_NUMBER and "zaterdag" not in MONTH_NUMBER


# --- the two houses -----------------------------------------------------------------------------

@pytest.mark.parametrize(("word", "code"), [("Tweede", "II"), ("TK", "II"), ("II", "II"), ("tweede", "II"),
                                            ("Eerste", "I"), ("EK", "I"), ("I", "I"), ("Derde", ""), ("", ""),
                                            (None, ""), ("III", "")])
def test_kamer_code(word, code):
    assert kamer_code(word) == code


def test_kamer_names():
    assert kamer_name("I") == "Eerste Kamer der Staten-Generaal"
    assert kamer_name("II") == kamer_name("") == "Tweede Kamer der Staten-Generaal"
    assert kamer_word("I") == "Eerste"


# --- the motion frame ---------------------------------------------------------------------------

MOTION = ("Motie van het lid Koopmans\n\nDe Kamer,\ngehoord de beraadslaging,\nverzoekt de regering om X,\n"
          "en gaat over tot de orde van de dag.\n\nKoopmans\n")


def test_a_closed_motion_block():
    (sm, em), = motion_blocks(MOTION)
    assert MOTION[sm.start():].startswith("De Kamer,") and MOTION[:em.end()].endswith("orde van de dag.")
    assert block_spans(MOTION) == [(sm.start(), em.end())]


def test_an_unclosed_block_is_no_motion_but_still_no_government_speech():
    text = "De Kamer, gehoord de beraadslaging, verzoekt de regering om X."
    assert motion_blocks(text) == []
    assert block_spans(text) == [(0, len(text))]


def test_a_block_that_never_closes_before_the_next_opens():
    text = "De Kamer, gehoord de beraadslaging, A. " + MOTION
    assert len(motion_blocks(text)) == 1 and len(block_spans(text)) == 2


def test_no_frame_in_a_letter_that_speaks_of_the_kamer():
    assert motion_blocks("De Kamer heeft de motie aangenomen; het kabinet gaat over tot uitvoering.") == []


# --- gazetteer lookup ---------------------------------------------------------------------------

def test_listed_names_and_labels():
    assert ("Verenigde Naties", "ORG") in listed("VN")
    assert any(label == "GPE" for _, label in listed("Zoetermeer"))
    assert listed("Zoetermeerse") == [] and listed("") == []
    assert known("NAVO") and known("XYZQ") and not known("Kabinetsreactie")


# --- the compound rule --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "tokens"), [
    ("VN-agenda", ["VN", "-", "agenda"]), ("CCW/GGE", ["CCW", "/", "GGE"]),
    ("Noord-Amerika", ["Noord", "-", "Amerika"]), ("2024/25", ["2024", "/", "25"]),
    ("wet- en regelgeving", ["wet-", "en", "regelgeving"]), ("- en", ["-", "en"]), ("a / b", ["a", "/", "b"]),
])
def test_hyphens_and_slashes_inside_words_are_tokens(text, tokens):
    nlp = spacy.blank("nl")
    split_compounds(nlp)
    assert [t.text for t in nlp(text)] == tokens


@pytest.mark.parametrize(("lines", "joined"), [
    (["Alkaya", "Van", "", "Kent"], ["Alkaya", "Van Kent"]),
    (["Jansen", "van der", "Berg"], ["Jansen", "van der Berg"]),
    (["Van Dijk", "Paulusma"], ["Van Dijk", "Paulusma"]),
    (["Vandaag", "Kent"], ["Vandaag", "Kent"]),        # a word that starts like a particle is no particle
    (["Jansen", "Van"], ["Jansen", "Van"]),             # a particle at the end stays as it is
])
def test_join_particle_lines(lines, joined):
    from pipeline.lang.names import join_particle_lines

    assert join_particle_lines(lines) == joined
