"""The outcome of votes on motions (pipeline.extract.motions.votes), as the chair records them in the stemmingen:
table-driven, with near-misses."""

from __future__ import annotations

import pytest
from conftest import rows_of

CALL = "In stemming komt de motie-{name} ({dossier}, nr. {nr}).\n"
VOTES = [
    ("against-list",
     CALL.format(name="Van Dijk c.s.", dossier="36 200", nr=12) +
     "De voorzitter:\nIk constateer dat de leden van de fracties van de SP, GroenLinks en de PvdA voor deze motie "
     "hebben gestemd en die van de andere fracties ertegen, zodat zij is verworpen.\n",
     "kst-36200-12", "verworpen", ["SP", "GroenLinks", "PvdA"]),
    ("for-list",
     CALL.format(name="Jansen", dossier="21 501-32", nr=1500) +
     "De voorzitter: Ik constateer dat de leden van de fracties van D66, de VVD, het CDA en BBB voor deze motie "
     "hebben gestemd en die van de andere fracties ertegen, zodat zij is aangenomen.\n",
     "kst-21501-32-1500", "aangenomen", ["D66", "VVD", "CDA", "BBB"]),
    ("unanimous",
     CALL.format(name="Bikker", dossier="36 410", nr=7) +
     "De voorzitter:\nIk constateer dat deze motie met algemene stemmen is aangenomen.\n",
     "kst-36410-7", "aangenomen", []),
    ("amended",
     "In stemming komt de gewijzigde motie-Kops (36 200, nr. 45, was nr. 40).\nDe voorzitter:\nIk constateer dat "
     "de leden van de fractie van de PVV voor deze gewijzigde motie hebben gestemd en die van de andere fracties "
     "ertegen, zodat zij is verworpen.\n",
     "kst-36200-45", "verworpen", ["PVV"]),
]


@pytest.mark.parametrize(("case", "text", "kamerstuk", "status", "voted_for"), VOTES, ids=[v[0] for v in VOTES])
def test_vote_outcome(case, text, kamerstuk, status, voted_for):
    rows = {r["kamerstuk"]: r for r in rows_of(text, doc_type="verslag")["motions"]}
    assert rows[kamerstuk]["status"] == status
    assert rows[kamerstuk]["voted_for"] == voted_for


def test_two_votes_each_get_their_own_outcome():
    text = (VOTES[0][1] + VOTES[2][1])
    rows = {r["kamerstuk"]: r for r in rows_of(text, doc_type="verslag")["motions"]}
    assert (rows["kst-36200-12"]["status"], rows["kst-36410-7"]["status"]) == ("verworpen", "aangenomen")
    assert rows["kst-36410-7"]["voted_for"] == []


@pytest.mark.parametrize("text", [
    # A letter that reports a vote does not put one to the vote.
    "De motie-Van Dijk (36 200, nr. 12) is op 5 maart verworpen; de fracties van SP en PvdA stemden voor.",
    # Put to the vote, but the result is not in the text (the transcript breaks off).
    CALL.format(name="Jansen", dossier="36 200", nr=3) + "De voorzitter:\nDan gaan we nu over tot de volgende motie.",
    # A vote on a bill, not on a motion.
    "In stemming komt het wetsvoorstel.\nDe voorzitter:\nIk constateer dat het wetsvoorstel is aangenomen.",
])
def test_no_vote_outcome(text):
    for row in rows_of(text, doc_type="verslag")["motions"]:
        assert row["voted_for"] == []
        assert row["status"] != "aangenomen"
