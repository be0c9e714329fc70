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

from pipeline.extract.dates.grammar import candidates
from pipeline.extract.dates.normalize import NORMALIZERS
from pipeline.extract.dates.values import Anchor, TimeExpr
from pipeline.overlaps import Claim, first_longest, select

__all__ = ["Anchor", "TimeExpr", "estimate_anchor", "find_dates"]

# A candidate of this kind that normalizes to nothing is an impossible date ('31-02-2023'): none of its parts is
# a date either, so it still claims its span.
_CLAIM_WHEN_IMPOSSIBLE = ("numeric", "iso", "full")


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
    """Without a document date: the year most full dates in the text fall in (ties: the later one)."""
    years = Counter()
    for expr in find_dates(text):
        if expr.precision in ("day", "range") and not expr.relative and expr.value[:4].isdigit():
            years[int(expr.value[:4])] += 1
    if not years:
        return Anchor()
    year = max(years, key=lambda y: (years[y], y))
    return Anchor(year=year, source="estimated")
