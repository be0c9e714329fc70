"""Motions (moties): mentions in letters, and motion documents themselves.

Two sources of rows:

- **Motion documents** (a printed motie, or a Handelingen passage holding one): one row per motion, with
  the dictum as ``request`` and the considerations kept in the document JSON (:mod:`.documents`).
- **Mentions** in any document: ``de motie van het lid Van Dijk (NSC) c.s.``, ``de motie-Van Dijk``,
  ``motie nr. 22 (30196)``, ``de motie van de Kamer``, ``op verzoek van de Kamer`` whose footnote cites a
  Kamerstuk (:mod:`.mentions`), described by the words around them (:mod:`.describe`).

A motion mentioned several times is one row: the first mention's offsets, the most complete information of
all mentions (:mod:`.merge`). In a debate transcript, the government's verdict on each motion
(:mod:`.appreciation`), and the outcome of its vote where the transcript records one (:mod:`.votes`). The cue
words live in ``models/motions.json`` (:mod:`.grammar`); submitters'
names follow the Dutch name grammar of :mod:`pipeline.lang.names` (:mod:`.members`).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.document import Footnote
from pipeline.extract.motions.appreciation import appraise
from pipeline.extract.motions.documents import motion_documents
from pipeline.extract.motions.mention import Mention
from pipeline.extract.motions.mentions import find_mentions
from pipeline.extract.motions.merge import Motion, Motions, follow_anaphors
from pipeline.extract.motions.votes import votes
from pipeline.extract.passage import Passage
from pipeline.extract.turns import Turn
from pipeline.lang.motion_block import block_spans

__all__ = ["MotionValue", "find_motions"]


@dataclass(frozen=True)
class MotionValue:
    """One motion of a document: where it is first named, and what all its mentions tell."""

    raw: str
    start: int
    end: int
    sentence: tuple[int, int]
    submitters: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()
    cosigners: bool = False
    date: str = ""
    status: str = ""
    kamerstuk: str = ""
    request: str = ""
    subject: str = ""
    mentions: int = 0
    implicit: bool = False
    source: str = "mention"  # 'document' for a motion printed in the document
    considerations: tuple[str, ...] = ()
    footnote: Footnote | None = None  # the footnote it is first named in
    appreciation: str = ""  # in a debate transcript: the government's verdict (Oordeel Kamer, Ontraden, ...)
    speaker: str = ""  # in a debate transcript: who first names it (its submitter, for a motion read out)
    speaker_role: str = ""
    voted_for: tuple[str, ...] = ()  # in a transcript of the votes: the parties that voted for it


def find_motions(body: Passage, notes: list[Passage], own_kamerstuk: str = "",
                 turns: Sequence[Turn] = ()) -> list[MotionValue]:
    """The motions of one document: those it prints, those its body names, then those only its footnotes name;
    in a debate transcript (``turns``), with the government's verdict on each and who first names it."""
    motions = Motions()
    for m in motion_documents(body.text, body.references, body.dates, own_kamerstuk):
        motions.add(m)
    note_mentions = {n.footnote.number: find_mentions(n, []) for n in notes}
    note_refs = {n.footnote.number: n.references for n in notes}
    mentions = find_mentions(body, [n.footnote for n in notes], note_refs, note_mentions)
    openings = sorted(a for a, _ in block_spans(body.text))
    mentions = [m for m in mentions if not _opens_inside(openings, m)]  # 'Motie De Kamer, ...'
    for m in mentions:
        if m.kind == "kamer" and not m.kamerstuk and motions.earliest is not None and motions.earliest < m.start:
            m.kind = "bare"  # 'de motie van uw Kamer' after a motion was named: that motion again
        motions.add(m)
    follow_anaphors(body.text, body.sentences, mentions, motions, body.dates)
    for n in notes:
        for m in note_mentions[n.footnote.number]:
            motions.add(m)
    return votes(body.text, appraise(body.text, body.sentences, turns, [_value(mo) for mo in motions.items]))


def _opens_inside(openings: list[int], m: Mention) -> bool:
    """Whether a motion's block opens inside the mention (``openings`` sorted)."""
    i = bisect.bisect_right(openings, m.start)
    return i < len(openings) and openings[i] < m.end


def _value(mo: Motion) -> MotionValue:
    m = mo.first
    return MotionValue(
        raw=m.raw, start=m.start, end=m.end, sentence=m.sentence, submitters=tuple(mo.submitters),
        parties=tuple(mo.parties), cosigners=mo.cosigners, date=mo.date, status=mo.status, kamerstuk=mo.kamerstuk,
        request=mo.request, subject=mo.subject, mentions=mo.mentions, implicit=mo.implicit,
        source="document" if m.kind == "document" else "mention", considerations=tuple(mo.considerations),
        footnote=m.footnote)
