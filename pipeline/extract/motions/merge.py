"""Mentions merged into motions: a motion mentioned several times is one, with the first mention's place and the
most complete information of all; 'deze motie' in later sentences adds to the motion last named."""

from __future__ import annotations

import bisect
from collections import defaultdict
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


class Motions:
    """A document's motions while mentions are merged, in the order they were first named, with an index of the
    motions a mention can name: only those that share its Kamerstuk, its request or a submitter's surname can
    match it (:meth:`Motion.matches`), so a long debate does not test every motion against every mention. The
    index may hold keys a motion no longer has (they only cost a test); a motion is indexed again whenever it
    changes."""

    def __init__(self) -> None:
        self.items: list[Motion] = []
        self.earliest: int | None = None  # where the first-named motion so far was first named
        self._index: dict[tuple[str, str], set[int]] = defaultdict(set)
        self._first: dict[int, int] = {}  # id of a motion's first mention -> the motion

    def add(self, m: Mention) -> None:
        """Merge the mention into the motion it names, else start a new motion (not for a bare 'de motie')."""
        i = self.find(m)
        if i is None:
            if m.kind == "bare" and not m.kamerstuk:
                return  # 'de motie' that names nothing: an anaphor, handled elsewhere
            i = len(self.items)
            self.items.append(Motion(first=m))
            self._first[id(m)] = i
            self.earliest = m.start if self.earliest is None else min(self.earliest, m.start)
        self.items[i].absorb(m)
        self.reindex(i)

    def find(self, m: Mention, first_of: bool = False) -> int | None:
        """The first motion that matches the mention (or, with ``first_of``, was first named by it)."""
        candidates = set().union(*(self._index.get(k, ()) for k in _keys(m)))
        if first_of and id(m) in self._first:
            candidates.add(self._first[id(m)])
        for i in sorted(candidates):
            if (first_of and self.items[i].first is m) or self.items[i].matches(m):
                return i
        return None

    def reindex(self, i: int) -> None:
        for k in _keys(self.items[i]):
            self._index[k].add(i)


def _keys(m: Mention | Motion) -> list[tuple[str, str]]:
    """What a match needs in common (the same Kamerstuk, the same request, or a submitter's surname)."""
    keys = [("s", _key(s)) for s in m.submitters]
    if m.kamerstuk:
        keys.append(("k", m.kamerstuk))
    if m.request:
        keys.append(("r", m.request))
    return keys


def follow_anaphors(text: str, sents: list[tuple[int, int]], mentions: list[Mention], motions: Motions,
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
        t = motions.find(before[-1], first_of=True)
        if t is None:
            continue
        target = motions.items[t]
        head = span[2].lower().rfind("motie")
        start = span[0] + head if head >= 0 else span[0]
        probe = Mention(start, span[1], text[start: span[1]], "bare", sentence=(s, e))
        describe(text, probe, s, e, dates)
        request(text, sents, sentence_index(sents, s), probe, mentions)
        target.promote(probe.status)
        target.date = target.date or (probe.date if probe.status else "")
        target.request = target.request or probe.request
        motions.reindex(t)
