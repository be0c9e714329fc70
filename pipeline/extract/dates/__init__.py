"""Dutch time expressions: a candidate grammar, then normalization against the document date.

The grammar (:mod:`.grammar`) decides what is a date; each candidate pattern is one linear scan,
and overlaps go to the match that starts first, then to the longest. Spans that
the reference pass claimed (``2024/25`` in ``Kamerstukken II 2024/25, ...``) and
URLs are skipped. Values (:mod:`.normalize`) are ISO 8601 (possibly partial) or TIMEX3 for parts of
years (``2023-SP``, ``2025-H2``, ``2026-Q1``); relative expressions are resolved
against an :class:`Anchor` (the document date), and vague ones (``de komende
maanden``) keep an empty value with ``relative`` true.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from pipeline.extract.dates.fields import month_number
from pipeline.extract.dates.grammar import MONTH, SP, WD, D, candidates
from pipeline.extract.dates.normalize import NORMALIZERS
from pipeline.extract.dates.values import Anchor, TimeExpr
from pipeline.lang.calendar import WEEKDAY_NUMBER
from pipeline.overlaps import Claim, first_longest, select

__all__ = ["Anchor", "TimeExpr", "estimate_anchor", "find_dates"]

# A candidate of this kind that normalizes to nothing is an impossible date ('31-02-2023'): none of its parts is
# a date either, so it still claims its span.
_CLAIM_WHEN_IMPOSSIBLE = ("numeric", "iso", "full")
_WEEKDAY_DATE = re.compile(rf"(?P<wd>{WD}),?{SP}(?P<d>{D})(?:e|ste|de)?{SP}(?P<m>{MONTH})", re.I)


def find_dates(text: str, anchor: Anchor | None = None, claimed: Iterable[tuple[int, int]] = ()) -> list[TimeExpr]:
    """Every time expression of ``text`` in text order, skipping the ``claimed`` spans and URLs."""
    anchor = anchor or Anchor()
    state = {"para": 0, "year": None}  # the last explicit year of this paragraph, for 'een jaar later'

    def build(c: tuple[str, re.Match[str]]) -> Claim[TimeExpr] | None:
        kind, m = c
        para = text.rfind("\n", 0, m.start())
        if para != state["para"]:
            state["para"], state["year"] = para, None
        expr = NORMALIZERS[kind](m, text, anchor, state["year"])
        if expr is None:
            return Claim(None, m.start(), m.end()) if kind in _CLAIM_WHEN_IMPOSSIBLE else None
        if not expr.value:  # unresolved: no precision to claim
            expr = replace(expr, precision="", relative=True)
        if expr.value[:4].isdigit() and not expr.relative:
            state["year"] = int(expr.value[:4])
        return Claim(expr, m.start(), expr.end if expr.end > m.start() else m.end())

    return select(candidates(text, claimed), bounds=lambda c: c[1].span(),
                  priority=lambda c: first_longest(*c[1].span()), build=build)


def estimate_anchor(text: str) -> Anchor:
    """Without a document date, a year (source 'estimated'; never a month or day, so that day words stay
    unresolved): the year most full dates in the text fall in; else the year a year-less weekday date
    ('donderdag 17 oktober') must have, nearest the year the text names most; else the year it names more often
    than any other, at least twice."""
    found = find_dates(text)
    days, named = Counter(), Counter()
    for expr in found:
        if expr.relative or not expr.value[:4].isdigit():
            continue
        (days if expr.precision in ("day", "range") and len(expr.value) == 10 else named)[int(expr.value[:4])] += 1
    if days:
        return Anchor(year=max(days, key=lambda y: (days[y], y)), source="estimated")
    if not named:
        return Anchor()
    usual = max(named, key=lambda y: (named[y], y))
    pinned = _weekday_year([e for e in found if not e.value], usual)
    if pinned:
        return Anchor(year=pinned, source="estimated")
    top = named.most_common(2)
    if top[0][1] >= 2 and (len(top) == 1 or top[1][1] < top[0][1]):
        return Anchor(year=top[0][0], source="estimated")
    return Anchor()  # 'In 2019 en in 2026': no year stands out


def _weekday_year(unresolved: list[TimeExpr], near: int) -> int | None:
    """The year, within ten of ``near``, in which the first year-less weekday date of the text falls on that
    weekday ('donderdag 17 oktober' near 2023: 2024)."""
    for expr in unresolved:
        m = _WEEKDAY_DATE.fullmatch(expr.raw)
        if not m:
            continue
        want = WEEKDAY_NUMBER[m.group("wd").lower()]
        mo, d = month_number(m.group("m")), int(m.group("d"))
        fits = [y for y in range(near - 10, near + 11) if _weekday(y, mo, d) == want]
        if fits:
            return min(fits, key=lambda y: (abs(y - near), -y))
    return None


def _weekday(y: int, mo: int, d: int) -> int | None:
    try:
        return date(y, mo, d).weekday()
    except ValueError:
        return None
