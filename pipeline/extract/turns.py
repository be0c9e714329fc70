"""Turns of speech in a debate transcript (Handelingen, the verslag of a commissiedebat): who speaks where.

A turn opens with its header and runs to the next one: the chair (``De voorzitter:``), a member with party
(``De heer Thijssen (GroenLinks-PvdA):``, ``Mevrouw Van Eijs ( D66 ):``) or a member of the government
(``Minister Ollongren:``, ``Staatssecretaris Van Huffelen:``). A header stands at the start of a line, or right
after the end of the previous sentence, so that text without line breaks (``... voorzitter. De heer Thijssen
(GroenLinks-PvdA): Dank, ...``) is cut too; a name with party inside a sentence (``zei de heer Thijssen (SP):``)
opens no turn. The header words are in ``models/turns.json``.

A minister's verdict on a motion (``oordeel Kamer``, ``ontraden``, ``overnemen``, ``verzoek om aan te
houden``) is read by :func:`verdict`, in the Tweede Kamer's vocabulary.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from pipeline.lang import names
from pipeline.resources import alternation, load_json

GOVERNMENT_ROLES = ("minister", "staatssecretaris", "minister-president")
_BOUNDARY = ".!?\"”’)…"  # what the sentence before a header may end with


@dataclass(frozen=True)
class Turn:
    """One turn: the header's speaker and the span of the whole turn (header included) in the text."""

    speaker: str  # surname as printed ('Van der Lee'); empty for the chair
    role: str  # voorzitter, minister, staatssecretaris, minister-president, kamerlid
    party: str
    start: int  # the header
    end: int  # where the next turn begins
    speech_start: int  # after the header's colon

    @property
    def government(self) -> bool:
        return self.role in GOVERNMENT_ROLES

    def label(self) -> str:
        """'minister Ollongren', 'de voorzitter', 'Kröger (GroenLinks)'."""
        if self.role == "voorzitter":
            return "de voorzitter"
        if self.role == "kamerlid":
            return f"{self.speaker} ({self.party})" if self.party else self.speaker
        return f"{self.role} {self.speaker}".strip()


def _cfg() -> dict:
    return load_json("turns.json")


@cache
def _header() -> re.Pattern[str]:
    c = _cfg()
    sp = r"[^\S\n]"
    surname = names.surname(sp, initials=True)
    offices = alternation([o[:1].upper() + o[1:] for o in c["government_offices"]])
    members = alternation(c["member_titles"], rf"{sp}+")
    chair = alternation([w for w in c["chair"] if " " in w], rf"{sp}+")
    return re.compile(
        rf"(?P<chair>{chair}){sp}*:"
        rf"|(?P<title>{members}){sp}+(?P<member>{surname}){sp}*\({sp}*(?P<party>[^()\n:]{{1,40}}?){sp}*\){sp}*:"
        rf"|(?P<office>{offices}){sp}+(?P<minister>{surname}){sp}*:")


def _opens_turn(text: str, pos: int) -> bool:
    """The header stands at the start of a line or right after the end of a sentence."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\r":
        i -= 1
    return i < 0 or text[i] == "\n" or text[i] in _BOUNDARY


def find_turns(text: str) -> list[Turn]:
    """The turns of speech in ``text``, in order; none where the text has no turn headers."""
    offices = _cfg()["government_offices"]
    heads = []
    for m in _header().finditer(text):
        if not _opens_turn(text, m.start()) or (m.end() < len(text) and text[m.end()] == "/"):
            continue
        if m.group("chair"):
            heads.append((m, "", "voorzitter", ""))
        elif m.group("member"):
            heads.append((m, " ".join(m.group("member").split()), "kamerlid", " ".join(m.group("party").split())))
        else:
            heads.append((m, " ".join(m.group("minister").split()), offices[m.group("office").lower()], ""))
    out = []
    for i, (m, speaker, role, party) in enumerate(heads):
        end = heads[i + 1][0].start() if i + 1 < len(heads) else len(text)
        out.append(Turn(speaker=speaker, role=role, party=party, start=m.start(), end=end, speech_start=m.end()))
    return out


def turn_at(turns: list[Turn] | tuple[Turn, ...], pos: int) -> Turn | None:
    """The turn that holds offset ``pos`` (turns are in text order and do not overlap: found by bisection)."""
    i = bisect.bisect_right(turns, pos, key=_start) - 1
    return turns[i] if i >= 0 and pos < turns[i].end else None


def _start(t: Turn) -> int:
    return t.start


@cache
def _verdicts() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((name, re.compile(p, re.I)) for name, p in _cfg()["verdicts"])


def verdict(sentence: str) -> str:
    """The verdict on a motion a sentence gives ('Oordeel Kamer', 'Ontraden', ...), or ''."""
    for name, rx in _verdicts():
        if rx.search(sentence):
            return name
    return ""
