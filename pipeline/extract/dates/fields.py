"""What every normalizer reads off a candidate match: a month number, a 'dit/vorig jaar' year, the TimeExpr."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from pipeline.extract.dates.values import Anchor, TimeExpr
from pipeline.lang.calendar import MONTH_NUMBER

# A candidate's match, its text, the anchor and the last explicit year of its paragraph -> its TimeExpr; None
# when the match is no time expression after all.
Normalizer = Callable[[re.Match[str], str, Anchor, int | None], TimeExpr | None]


def month_number(name: str) -> int:
    """The number of a month name, abbreviation ('sept.') or digits."""
    key = name.lower().rstrip(".")
    return MONTH_NUMBER.get(key) or int(key)


def relative_year(word: str, anchor: Anchor) -> tuple[int | None, bool]:
    """Year named by 'dit/vorig/volgend/komend jaar'; None when the anchor cannot tell."""
    w = word.lower()
    if not anchor.year:
        return None, True
    if w.startswith("dit"):
        return anchor.year, True
    if w.startswith("vorig"):
        return anchor.year - 1, True
    if w.startswith("volgend"):
        return anchor.year + 1, True
    if w.startswith("komend"):
        # 'komend jaar' is the next calendar year only when we know the letter's day; otherwise
        # it may mean the coming twelve months.
        return (anchor.year + 1, True) if anchor.day else (None, True)
    return None, True  # 'afgelopen jaar': the past twelve months


def time_expr(m: re.Match[str], text: str, start: int | None = None, **kw: Any) -> TimeExpr:
    """The TimeExpr of a match, from ``start`` (default: the match's start) to the match's end."""
    s = m.start() if start is None else start
    return TimeExpr(raw=text[s: m.end()], start=s, end=m.end(), **kw)
