"""Debate transcripts: turns of speech, the verslag type, commitments only from the government's turns, and
the government's verdict on the motions read out."""

from __future__ import annotations

import pytest

from pipeline.extract.metadata.doc_type import classify
from pipeline.extract.turns import find_turns, verdict
from tests.conftest import rows_of

LINES = ("De voorzitter:\nIk geef het woord aan de heer De Vries.\n"
         "De heer De Vries (CDA):\nVoorzitter. Ik heb een vraag aan de minister.\n"
         "Minister Van der Berg:\nDank u wel. Ik zal de Kamer voor de zomer informeren.\n"
         "Mevrouw Jansen-de Groot ( GroenLinks-PvdA ):\nDank.\n"
         "Staatssecretaris Bakker :\nIk kom daarop terug.\n")
ONE_LINE = ("Voorzitter: Smit Aan de orde is het tweeminutendebat Water. De voorzitter: Welkom. De heer Pieters "
            "(SP): Voorzitter. Dank u wel. Minister Kok: Ik zal de Kamer informeren.De voorzitter: Dank u wel.")


@pytest.mark.parametrize("case_id, text, expected", [
    ("lines", LINES, [("voorzitter", "", ""), ("kamerlid", "De Vries", "CDA"), ("minister", "Van der Berg", ""),
                      ("kamerlid", "Jansen-de Groot", "GroenLinks-PvdA"), ("staatssecretaris", "Bakker", "")]),
    ("one line, glued header", ONE_LINE, [("voorzitter", "", ""), ("kamerlid", "Pieters", "SP"),
                                          ("minister", "Kok", ""), ("voorzitter", "", "")]),
    ("minister-president", "Minister-president Rutte:\nDank.", [("minister-president", "Rutte", "")]),
    # near-misses: a name with party inside a sentence, the presiding header 'Voorzitter: Smit', no colon
    ("inside a sentence", "Ik sluit mij aan bij de heer Pieters (SP): hij heeft gelijk.", []),
    ("after a word", "Ik citeer Mevrouw Jansen (VVD): zij zei het al.", []),
    ("presiding member line", "Voorzitter: Smit\nAan de orde is het debat.", []),
    ("no colon", "De heer Pieters (SP) vroeg naar de brief. Minister Kok antwoordde.", []),
])
def test_turn_headers(case_id, text, expected):
    assert [(t.role, t.speaker, t.party) for t in find_turns(text)] == expected


def test_turns_cover_the_text_from_header_to_header():
    turns = find_turns(LINES)
    assert turns[0].start == 0 and turns[-1].end == len(LINES)
    assert all(a.end == b.start for a, b in zip(turns, turns[1:]))
    assert LINES[turns[2].speech_start:turns[2].end].strip().startswith("Dank u wel.")


@pytest.mark.parametrize("sentence, expected", [
    ("Deze motie ontraad ik.", "Ontraden"),
    ("De motie op stuk nr. 12 moet ik ontraden.", "Ontraden"),
    ("Oordeel Kamer.", "Oordeel Kamer"),
    ("Het oordeel over deze motie laat ik aan de Kamer.", "Oordeel Kamer"),
    ("Die motie zie ik als ondersteuning van beleid.", "Oordeel Kamer"),
    ("Ik verzoek de indiener de motie aan te houden.", "Verzocht motie aan te houden"),
    ("Die motie kan ik overnemen.", "Overgenomen"),
    ("Deze motie is ontijdig.", "Ontijdig"),
    # near-misses
    ("Ik neem dat mee in de brief.", ""),
    ("De Kamer heeft daar een oordeel over gevraagd aan de Raad van State.", ""),
    ("Ik kom daarop terug voor de zomer.", ""),
])
def test_verdicts(sentence, expected):
    assert verdict(sentence) == expected


@pytest.mark.parametrize("text, expected", [
    (LINES, "verslag"),
    (ONE_LINE, "verslag"),
    ("MOTIE VAN HET LID PIETERS\nDe Kamer,\ngehoord de beraadslaging,\nverzoekt de regering te zorgen voor "
     "schoon water,\nen gaat over tot de orde van de dag.\nPieters\n", "motie"),
])
def test_transcripts_are_verslag(text, expected):
    assert classify(text) == expected


DEBATE = ("De voorzitter:\nAan de orde is het tweeminutendebat Water.\n"
          "De heer Pieters (SP):\nVoorzitter. De minister zal de Kamer voor de zomer informeren, zei zij in het "
          "debat. Ik zal een motie indienen.\n"
          "Motie\nDe Kamer,\ngehoord de beraadslaging,\nverzoekt de regering het grondwater te beschermen,\n"
          "en gaat over tot de orde van de dag.\n"
          "De voorzitter:\nDeze motie is voorgesteld door de leden Pieters en Smit. Naar mij blijkt, wordt de "
          "indiening ervan voldoende ondersteund.\nZij krijgt nr. 12 (31710).\n"
          "Motie\nDe Kamer,\ngehoord de beraadslaging,\nverzoekt de regering de boeren te compenseren,\n"
          "en gaat over tot de orde van de dag.\n"
          "De voorzitter:\nDeze motie is voorgesteld door het lid Pieters.\nZij krijgt nr. 13 (31710).\n"
          "We zullen volgende week dinsdag over de moties stemmen.\n"
          "Minister Kok:\nDank u wel. Ik zal de Kamer voor de zomer per brief informeren over het grondwater. "
          "De motie op stuk nr. 12 laat ik aan het oordeel van de Kamer. "
          "De motie op stuk nr. 13 gaat over de boeren. Die motie moet ik ontraden.\n")


def test_debate_commitments_come_from_the_government_only():
    rows = rows_of(DEBATE)["commitments"]
    assert [(r["sentence"], r["speaker"], r["speaker_role"]) for r in rows] == [
        ("Ik zal de Kamer voor de zomer per brief informeren over het grondwater.", "Kok", "minister")]
    assert rows[0]["actor"] == "minister Kok"


def test_debate_motions_with_submitters_parties_and_verdicts():
    rows = rows_of(DEBATE)["motions"]
    got = [(r["kamerstuk"], r["submitters"], r["parties"], r["appreciation"], r["speaker"], r["speaker_role"])
           for r in rows]
    assert got == [("kst-31710-12", ["Pieters", "Smit"], ["SP"], "Oordeel Kamer", "Pieters", "kamerlid"),
                   ("kst-31710-13", ["Pieters"], ["SP"], "Ontraden", "Pieters", "kamerlid")]


def test_letters_have_no_turns_and_keep_their_commitments():
    rows = rows_of("Geachte voorzitter,\nIk zal de Kamer voor de zomer informeren over de voortgang.\n")
    assert [(r["speaker"], r["speaker_role"]) for r in rows["commitments"]] == [("", "")]


@pytest.mark.parametrize("speaker, expected", [
    ("Minister Kok:", ["De beleidsregels worden binnenkort aangepast."]),
    ("Staatssecretaris Bakker:", ["De beleidsregels worden binnenkort aangepast."]),
    ("De heer Pieters (SP):", []),  # near-miss: a member's words, even the same ones
    ("De voorzitter:", []),
])
def test_an_agentless_passive_is_the_government_only_in_its_turn(speaker, expected):
    text = f"De voorzitter:\nAan de orde is het debat.\n{speaker}\nDe beleidsregels worden binnenkort aangepast.\n"
    assert [r["sentence"] for r in rows_of(text)["commitments"]] == expected
