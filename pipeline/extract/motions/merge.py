"""Mentions merged into motions: a motion mentioned several times is one, with the first mention's place and the
most complete information of all; 'deze motie' in later sentences adds to the motion last named."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from pipeline.extract.dates import TimeExpr
from pipeline.extract.motions.describe import describe, request, sentence_index
from pipeline.extract.motions.grammar import cfg, rx
from pipeline.extract.motions.mention import Mention


@dataclass
class Motion:
    """One motion while its mentions are merged (a working record, like :class:`Mention`)."""

    first: Mention
    submitters: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    cosigners: bool = False
    kamerstuk: str = ""
    status: str = ""
    date: str = ""
    request: str = ""
    subject: str = ""
    mentions: int = 0
    implicit: bool = True
    considerations: list[str] = field(default_factory=list)

    def absorb(self, m: Mention) -> None:
        """Merge one more mention: keep what is known, fill in what was missing."""
        self.mentions += 1
        if len(m.submitters) > len(self.submitters):
            self.submitters = list(m.submitters)
        if len(m.parties) > len(self.parties):
            self.parties = list(m.parties)
        self.cosigners = self.cosigners or m.cosigners
        self.kamerstuk = self.kamerstuk or m.kamerstuk
        self.promote(m.status)
        self.date = self.date or m.date
        self.request = self.request or m.request
        self.subject = self.subject or m.subject
        self.implicit = self.implicit and m.kind == "implicit"
        self.considerations = self.considerations or list(m.considerations)

    def promote(self, status: str) -> None:
        """Take ``status`` if it ranks above the one known (adopted outranks tabled)."""
        rank = cfg()["status_rank"]
        if status and rank.get(status, 0) > rank.get(self.status, 0):
            self.status = status

    def matches(self, m: Mention) -> bool:
        if m.kamerstuk and self.kamerstuk:
            return m.kamerstuk == self.kamerstuk
        if m.request and m.request == self.request:
            return True  # the same motion read out again (after an interruption), numbered only once
        if self.first.kind == "document" and m.kind != "document" and m.date and m.status in _DECIDED:
            return False  # 'de motie-X, aangenomen op 16 mei': an earlier motion, not the one tabled here
        if m.submitters and self.submitters:
            a, b = {_key(s) for s in m.submitters}, {_key(s) for s in self.submitters}
            return a <= b or b <= a
        return False


_DECIDED = ("aangenomen", "verworpen")


def _start(m: Mention) -> int:
    return m.start


def _key(name: str) -> str:
    return name.lower().split()[-1] if name.strip() else ""


def add(motions: list[Motion], m: Mention) -> None:
    """Merge the mention into the motion it names, else start a new motion (not for a bare 'de motie')."""
    for mo in motions:
        if mo.matches(m):
            mo.absorb(m)
            return
    if m.kind == "bare" and not m.kamerstuk:
        return  # 'de motie' that names nothing: an anaphor, handled elsewhere
    mo = Motion(first=m)
    mo.absorb(m)
    motions.append(mo)


def follow_anaphors(text: str, sents: list[tuple[int, int]], mentions: list[Mention], motions: list[Motion],
                    dates: list[TimeExpr]) -> None:
    """'Deze motie', 'de motie' in later sentences: status, date and request for the motion last named."""
    named = [m for m in mentions if m.kind != "bare" or m.kamerstuk]
    for s, e in sents:  # mentions are in text order: those of a sentence, and those before it, by bisection
        here = mentions[bisect.bisect_left(mentions, s, key=_start): bisect.bisect_left(mentions, e, key=_start)]
        if any(m.kind != "bare" or m.kamerstuk for m in here):
            continue
        am = rx()["anaphor"].search(text, s, e)
        span = (am.start(), am.end(), am.group(0)) if am else (here[0].start, here[0].end, here[0].raw) if here \
            else None
        before = named[: bisect.bisect_left(named, s, key=_start)]
        if span is None or not before:
            continue
        target = next((mo for mo in motions if mo.first is before[-1] or mo.matches(before[-1])), None)
        if target is None:
            continue
        head = span[2].lower().rfind("motie")
        start = span[0] + head if head >= 0 else span[0]
        probe = Mention(start, span[1], text[start: span[1]], "bare", sentence=(s, e))
        describe(text, probe, s, e, dates)
        request(text, sents, sentence_index(sents, s), probe, mentions)
        target.promote(probe.status)
        target.date = target.date or (probe.date if probe.status else "")
        target.request = target.request or probe.request
