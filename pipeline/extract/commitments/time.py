"""Where a clause's time expressions lie relative to the document date: past, current, future."""

from __future__ import annotations

import re
from datetime import date

from pipeline.extract.commitments.clause import SentenceContext
from pipeline.extract.commitments.lexicon import lexicon
from pipeline.extract.dates import Anchor, TimeExpr

_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 12)}
_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-(SP|SU|FA|WI)|-H([12])|-Q([1-4])|-W(\d{2}))?$")

Day = tuple[int, int, int]


def _period(value: str) -> tuple[Day, Day] | None:
    """The first and last day of a normalized time value ('2025-03', '2025-SU', '2025-Q2', '2025-W07')."""
    m = _VALUE.match(value or "")
    if not m:
        return None
    y = int(m.group(1))
    if m.group(3):
        d = (y, int(m.group(2)), int(m.group(3)))
        return d, d
    if m.group(2):
        return (y, int(m.group(2)), 1), (y, int(m.group(2)), 31)
    if m.group(4):
        a, b = _SEASONS[m.group(4)]
        return (y, a, 1), (y, b, 31)
    if m.group(5):
        h = int(m.group(5))
        return (y, 1 + 6 * (h - 1), 1), (y, 6 * h, 31)
    if m.group(6):
        q = int(m.group(6))
        return (y, 1 + 3 * (q - 1), 1), (y, 3 * q, 31)
    if m.group(7):
        return _week(y, int(m.group(7)))
    return (y, 1, 1), (y, 12, 31)


def _week(year: int, week: int) -> tuple[Day, Day] | None:
    try:
        a = date.fromisocalendar(year, week, 1)
        b = date.fromisocalendar(year, week, 7)
    except ValueError:
        return None
    return (a.year, a.month, a.day), (b.year, b.month, b.day)


def date_class(d: TimeExpr, anchor: Anchor) -> str:
    """past, current, future or unknown: where a time expression lies relative to the document date."""
    lex = lexicon()
    words = set(re.findall(r"[\w.]+", d.raw.lower()))
    if words & lex.past_words:
        return "past"
    period = _period(d.value)
    if period is None:
        return "future" if words & lex.future_words else "unknown"
    lo, hi = period
    end = _period(d.end_value)
    if end:
        hi = end[1]
    if not anchor.year:
        return "unknown"
    a_lo = (anchor.year, anchor.month or 1, anchor.day or 1)
    a_hi = (anchor.year, anchor.month or 12, anchor.day or 31)
    if d.mod == "BEFORE":
        lo = (lo[0], 1, 1) if lo[1] > 1 else lo
    if hi < a_lo:
        return "past"
    if lo > a_hi:
        return "future"
    return "current"


_OPENING = re.compile(r"[\s‘“\"(]*(?:[A-Za-z]+\s+)?")


def opens_sentence(ctx: SentenceContext, d: TimeExpr) -> bool:
    """The time expression the sentence opens with ('In september 2026 komt ...'), which scopes over all
    its main clauses."""
    return bool(_OPENING.fullmatch(ctx.text, ctx.start, d.start))


def future_time(ctx: SentenceContext, start: int, end: int, topical: bool) -> bool:
    """Whether a time expression inside start..end, or (``topical``: a main clause) the one the sentence opens
    with, is current or future."""
    for d in ctx.dates:
        inside = start <= d.start < end
        opening = topical and d.start < start and opens_sentence(ctx, d)
        if (inside or opening) and date_class(d, ctx.anchor) in ("future", "current"):
            return True
    return False
