"""Printed motions: 'De Kamer, gehoord de beraadslaging, overwegende dat ...; verzoekt de regering ...; en gaat
over tot de orde van de dag.' One mention (kind 'document') each, with the dictum as its request, the submitters
from the signatures (else from the title 'MOTIE VAN DE LEDEN HOLMAN EN VAN CAMPEN'), the date it was tabled, its
own Kamerstuk id and the considerations ('constaterende', 'overwegende dat')."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipeline.extract.dates import TimeExpr
from pipeline.extract.motions.grammar import rx
from pipeline.extract.motions.members import parse_members, recase, surname
from pipeline.extract.motions.mention import Mention
from pipeline.extract.references import Reference
from pipeline.lang.motion_block import motion_blocks, opening
from pipeline.lang.names import join_particle_lines, name_line


def motion_documents(text: str, refs: list[Reference], dates: list[TimeExpr], own_kamerstuk: str = "") -> list[Mention]:
    """One Mention (kind 'document') per motion printed in the text; a lone motion without a number of its
    own takes the document's own Kamerstuk."""
    blocks = motion_blocks(text)
    own = own_kamerstuk if len(blocks) == 1 and own_kamerstuk.startswith("kst-") else ""
    by_start = _Refs(refs, sorted(range(len(refs)), key=lambda i: refs[i].start))
    out = []
    prev_end = 0
    for sm, em in blocks:
        head_lo = max(prev_end, sm.start() - 600)
        tail_hi = min(len(text), em.end() + 400)
        nxt = opening(text, em.end())
        if nxt is not None:
            tail_hi = min(tail_hi, nxt.start())
        frame = _Frame(text, sm, em, head_lo, text[head_lo: sm.start()], text[em.end(): tail_hi])
        out.append(_document_motion(frame, by_start, dates, own))
        prev_end = em.end()
    return out


@dataclass(frozen=True)
class _Frame:
    """A printed motion: its opening and closing matches, the text before it (title) and after it (signatures)."""

    text: str
    sm: re.Match[str]
    em: re.Match[str]
    head_lo: int
    head: str
    tail: str


@dataclass(frozen=True)
class _Refs:
    """The references with their indices in order of their starts, to find those of a stretch by bisection."""

    items: list[Reference]
    order: list[int]

    def between(self, lo: int, hi: int) -> list[Reference]:
        """The references that start from ``lo`` to before ``hi``, in their own order."""
        key = self.items.__getitem__
        a = bisect.bisect_left(self.order, lo, key=lambda i: key(i).start)
        b = bisect.bisect_left(self.order, hi, lo=a, key=lambda i: key(i).start)
        return [self.items[i] for i in sorted(self.order[a:b])]


def _back(dates: list[TimeExpr], lo: int, hi: int) -> Iterator[TimeExpr]:
    """The dates (in text order) that start from ``lo`` to before ``hi``, last first, found by bisection."""
    for i in range(bisect.bisect_left(dates, hi, key=_start) - 1, -1, -1):
        if dates[i].start < lo:
            return
        yield dates[i]


def _start(d: TimeExpr) -> int:
    return d.start


def _document_motion(frame: _Frame, refs: _Refs, dates: list[TimeExpr], own: str) -> Mention:
    patterns = rx()
    text, sm, em = frame.text, frame.sm, frame.em
    # The title line names it; without one, the opening 'De Kamer, gehoord de beraadslaging'.
    titles = list(patterns["title"].finditer(frame.head))
    tm = titles[-1] if titles else None
    if tm is not None:
        start = frame.head_lo + tm.start("title")
        raw = text[start: frame.head_lo + tm.end("title")].strip()
        end = start + len(raw)
    else:
        start, end, raw = sm.start(), sm.end(), sm.group(0)
    m = Mention(start, end, raw, "document", sentence=(start, end))
    _document_submitters(frame, m, tm)
    m.date = next((d.value for d in _back(dates, frame.head_lo, sm.start()) if d.value
                   and patterns["tabled"].search(text[max(frame.head_lo, d.start - 20): d.start])), "")
    sl = patterns["status_line"].search(text, em.end(), em.end() + len(frame.tail))
    m.status = sl.group("s").lower() if sl else "ingediend"
    number = [r for r in refs.between(em.end(), em.end() + len(frame.tail)) if r.kind == "kamerstuk"
              and patterns["number"].search(text[max(0, r.start - 20): r.start])]
    m.kamerstuk = number[0].canonical if number else own
    _dictum(text[sm.end(): em.start()], m)
    return m


def _signatures(tail: str) -> list[str]:
    """The names signed under a motion, one a line, up to the first line that is no name."""
    signed: list[str] = []
    for line in join_particle_lines(tail.split("\n")[1:12]):
        if not name_line().match(line):
            break
        signed.append(surname(line))
    return signed


def _document_submitters(frame: _Frame, m: Mention, tm: re.Match[str] | None) -> None:
    """The signatures under the motion, else its title, else 'Door de leden ... wordt de volgende motie', else the
    chair's 'Deze motie is voorgesteld door de leden ...' after it."""
    signed = _signatures(frame.tail)
    if signed:
        m.submitters = signed
    elif tm is not None:
        names = rx()["title_end"].split(tm.group("title"))[0]
        names = re.sub(r"^.*?\b(?:LID|LEDEN|lid|leden)\s+", "", names)
        m.submitters = [recase(n) for n in re.split(r"\s*,\s*|\s+(?:EN|en)\s+", names) if n.strip()]
    else:
        announced = list(rx()["announced"].finditer(frame.head))
        after = rx()["proposed_after"].search(frame.tail)
        if announced:
            m.submitters, m.parties = parse_members(announced[-1].group("names"))
        elif after:  # the chair, after the motion is read out: 'Deze motie is voorgesteld door de leden A en B.'
            m.submitters, m.parties = parse_members(after.group("names"))
    if tm is not None:
        m.cosigners = bool(re.search(r"\bc\.s\.", tm.group("title"), re.I))


def _dictum(body: str, m: Mention) -> None:
    """What the motion asks (from its first dictum verb on) and what it considers before that."""
    dm = rx()["dictum"].search(body)
    if dm:
        m.request = " ".join(body[dm.start("v"):].split()).rstrip(" ,;")
        body = body[: dm.start("v")]
    cons = list(rx()["consideration"].finditer(body))
    for i, cm in enumerate(cons):
        stop = cons[i + 1].start("c") if i + 1 < len(cons) else len(body)
        piece = " ".join(body[cm.start("c"): stop].split()).rstrip(" ,;")
        if piece and not piece.lower().startswith("gehoord"):
            m.considerations.append(piece)
