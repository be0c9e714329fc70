"""The one overlap filter: candidates in priority order, each kept unless it overlaps one kept before.

Every extractor states its priority as a sort key: references and dates the
match that starts first, then the longest (``first_longest``); entities the more
trusted rule, then the longer span; motions the mention heads before the implicit
requests. A candidate is built only when it is free; a build that yields
nothing claims nothing, and a build may claim more or less than its match
(``Claim``). Kept claims never overlap, so a bisect over their starts finds the
neighbours of a new one: the filter is O(n log n).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class Claim(Generic[R]):
    """What a built candidate yields (``value`` may be None: the span is claimed, nothing is reported)."""

    value: R | None
    start: int
    end: int


def select(candidates: Iterable[T], bounds: Callable[[T], tuple[int, int]], priority: Callable[[T], Any],
           build: Callable[[T], Claim[R] | None] | None = None,
           on_clash: Callable[[T, list[R]], None] | None = None) -> list[R]:
    """The values of the kept candidates, in text order.

    ``bounds`` gives a candidate's (start, end) before it is built; ``build`` (default: the candidate itself,
    claiming its bounds) turns a free candidate into a :class:`Claim` or None; ``on_clash`` hears of every
    candidate dropped for an overlap, with the values it clashed with.
    """
    starts: list[int] = []
    ends: list[int] = []
    values: list[R | None] = []
    for item in sorted(candidates, key=priority):
        s, e = bounds(item)
        lo, hi = bisect.bisect_left(starts, s), bisect.bisect_left(starts, max(e, s + 1))
        clash = list(range(lo, hi))
        if lo and ends[lo - 1] > s:
            clash.insert(0, lo - 1)
        if clash:
            if on_clash is not None:
                on_clash(item, [values[k] for k in clash if values[k] is not None])
            continue
        claim = build(item) if build is not None else Claim(item, s, e)
        if claim is None:
            continue
        k = bisect.bisect_left(starts, claim.start)
        starts.insert(k, claim.start)
        ends.insert(k, claim.end)
        values.insert(k, claim.value)
    return [v for v in values if v is not None]


def first_longest(start: int, end: int) -> tuple[int, int]:
    """The priority of a match in a left-to-right grammar: the one that starts first, then the longest."""
    return start, start - end
