"""What the words around a mention say of its motion: status, date, subject, and the request it makes."""

from __future__ import annotations

import bisect
import itertools

from pipeline.extract.dates import TimeExpr
from pipeline.extract.motions.grammar import rx
from pipeline.extract.motions.mention import Mention

CONTEXT = 1000  # characters around a mention read for its status and date (a sentence is shorter)
GAP = 200  # characters at most between a mention and its date (the gap patterns allow a few words)


def sentence_index(sents: list[tuple[int, int]], pos: int) -> int | None:
    """The index of the sentence that ``pos`` stands in (the last that starts at or before it; sentences are in
    text order)."""
    i = bisect.bisect_right(sents, pos, key=_first) - 1
    return i if i >= 0 else None


def _first(span: tuple[int, int]) -> int:
    return span[0]


def describe(text: str, m: Mention, seg_start: int, seg_end: int, dates: list[TimeExpr]) -> None:
    """Status, date and subject from the words around the mention."""
    lo, hi = max(seg_start, m.start - 160), min(seg_end, m.end + 160)
    # The mention itself becomes one word, so that 'c.s.' does not end the window's clauses.
    window = text[lo: m.start] + "motie" + text[m.end: hi] if lo <= m.start else text[lo:hi]
    if not m.status:
        m.status = status(window)
    sm = rx()["subject"].match(text, m.end, seg_end)
    if sm:
        m.subject = m.subject or " ".join(sm.group("s").split())
        m.subject_end = sm.end()
    if not m.date:
        m.date = _date(text, m, dates, m.sentence[0], seg_end)


def status(window: str) -> str:
    """The first status whose cue the words say ('aangenomen', 'verworpen', ...), else ''."""
    for name, pattern in rx()["status"]:
        if pattern.search(window):
            return name
    return ""


def _date(text: str, m: Mention, dates: list[TimeExpr], s_start: int, seg_end: int) -> str:
    """The date of adoption or submission: right after the mention ('uit april 2019'), right before
    it ('de op 5 maart 2024 aangenomen motie'), or opening a sentence that says what happened to it."""
    patterns = rx()
    lo, hi = max(s_start, m.start - CONTEXT), min(seg_end, m.end + CONTEXT)  # a huge "sentence" is read near it
    status_here = bool(status(text[lo: m.start] + "motie" + text[m.end: hi]))
    first = bisect.bisect_left(dates, lo, key=lambda d: d.start)  # ``dates`` are in text order
    for d in itertools.islice(dates, first, None):
        if d.start >= hi:
            break
        if not d.value:
            continue
        after = max(m.end, m.subject_end)
        if after <= d.start < after + GAP and patterns["date_after"].match(text[after: d.start]):
            return d.value
        if m.start - GAP < d.end <= m.start and patterns["date_before"].match(text[d.end: m.start]):
            return d.value
        if status_here and d.end <= m.start and d.start < s_start + GAP and \
                patterns["date_start"].match(text[s_start: d.start]):
            return d.value
    return ""


def request(text: str, sents: list[tuple[int, int]], si: int | None, m: Mention, found: list[Mention]) -> None:
    """The request as the text quotes or paraphrases it: in the mention's sentence, or in the sentences
    right after it that speak of 'deze motie'."""
    if si is None or m.request:
        return
    patterns = rx()
    candidates = [(m.end, min(sents[si][1], m.end + CONTEXT))]
    for j in range(si + 1, min(si + 3, len(sents))):
        s, e = sents[j]
        e = min(e, s + CONTEXT)
        first = bisect.bisect_left(found, s, key=lambda x: x.start)  # ``found`` is in text order
        if (first < len(found) and found[first].start < e) or not patterns["owner"].match(text[s:e]):
            break
        candidates.append((s, e))
    for s, e in candidates:
        seg = text[s:e]
        qm = patterns["quoted"].search(seg)
        if qm:
            m.request = " ".join(qm.group("q").split()).rstrip(" ,.;")
            return
        for pat in patterns["unquoted"]:
            um = pat.search(seg)
            if um:
                m.request = " ".join(um.group("q").split()).rstrip(" ,.;")
                return
