"""What the government says of each motion in a debate transcript: its verdict (``appreciation``, in the
Tweede Kamer's vocabulary: Oordeel Kamer, Ontraden, Overgenomen, Verzocht motie aan te houden, Ontijdig), and
who first names the motion (``speaker``, ``speaker_role``); the parties of its submitters from their turn
headers (``De heer Thijssen (GroenLinks-PvdA):``).

Only the turns of ministers and state secretaries give verdicts. A verdict belongs to the motion named in its
sentence (``de motie op stuk nr. 346``, ``de motie-Kröger``), else to the motion the speaker last named; the
first verdict on a motion stands (a later sentence may only restate it).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.extract.turns import Turn, turn_at, verdict

if TYPE_CHECKING:
    from pipeline.extract.motions import MotionValue

_NUMBER = re.compile(r"\b(?:stuk\s+)?nrs?\.?\s*(\d+)\b")
_MOTION = re.compile(r"\bmotie\b", re.I)
_NEEDS_MOTION = ("Overgenomen", "Verzocht motie aan te houden")  # words that also have other uses


def appraise(text: str, sentences: Sequence[tuple[int, int]], turns: Sequence[Turn],
             motions: list[MotionValue]) -> list[MotionValue]:
    """The motions with their verdict and first speaker, where the transcript gives them."""
    if not turns:
        return motions
    judged: dict[int, str] = {}
    current: int | None = None
    numbers = {_ondernummer(m.kamerstuk): i for i, m in enumerate(motions) if m.kamerstuk}
    for s, e in sentences:
        turn = turn_at(turns, s)
        if turn is None or not turn.government:
            continue
        sent = text[s:e]
        named = _named(sent, motions, numbers)
        if named:
            current = named[0]
        v = verdict(sent)
        if not v or current is None or (v in _NEEDS_MOTION and not named and not _MOTION.search(sent)):
            continue
        judged.setdefault(current, v)
        current = None
    party_of = {t.speaker: t.party for t in turns if t.role == "kamerlid" and t.party}
    members = [t for t in turns if t.role == "kamerlid"]
    out = []
    for i, m in enumerate(motions):
        t = _speaker(turns, members, m)
        parties = list(m.parties)
        for name in m.submitters:
            if party_of.get(name) and party_of[name] not in parties:
                parties.append(party_of[name])
        out.append(replace(m, appreciation=judged.get(i, ""), speaker=t.speaker if t else "",
                           speaker_role=t.role if t else "", parties=tuple(parties)))
    return out


def _speaker(turns: Sequence[Turn], members: list[Turn], m: MotionValue) -> Turn | None:
    """Who names the motion; a motion read out is the last member's who spoke (the chair may have taken the
    floor in between, to number the member's previous motion)."""
    if m.footnote is not None:
        return None
    if m.source == "document":
        i = bisect.bisect_right(members, m.start, key=_start)  # the last member's turn that starts before it
        return members[i - 1] if i else None
    return turn_at(turns, m.start)


def _named(sent: str, motions: list[MotionValue], numbers: dict[str, int]) -> list[int]:
    """The motions a sentence names: by their number (``numbers``: the motion of each), else by a submitter after
    'motie'."""
    out = [numbers[n.group(1)] for n in _NUMBER.finditer(sent) if n.group(1) in numbers]
    if out:
        return out
    for mm in _MOTION.finditer(sent):
        near = sent[mm.end(): mm.end() + 60]
        for i, m in enumerate(motions):
            if m.submitters and re.search(rf"\b{re.escape(m.submitters[0])}\b", near) and i not in out:
                out.append(i)
                break
    return out


def _start(t: Turn) -> int:
    return t.start


def _ondernummer(canonical: str) -> str:
    return canonical.rsplit("-", 1)[-1]
