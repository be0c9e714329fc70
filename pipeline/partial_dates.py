"""The period a partial date of the output covers: ``2019-04`` is April 2019, ``2026-SU`` the summer of 2026.

Values are those of ``pipeline.schema.PARTIAL_DATE_PATTERN``: a day, a month, a year, or a TIMEX3 part of a
year. The end is exclusive (the start of the next period), like the character offsets of the tables, so a
period is ``start <= t < end``. Seasons are meteorological, as the KNMI counts them: spring March to May,
summer June to August, autumn September to November, winter December to February; ``2023-WI`` is the
winter that begins in December 2023.
"""

from __future__ import annotations

import re
from datetime import date

from pipeline.schema import PARTIAL_DATE_PATTERN

_VALUE = re.compile(PARTIAL_DATE_PATTERN)
# part of a year -> (first month, months it lasts)
_PARTS = {"SP": (3, 3), "SU": (6, 3), "FA": (9, 3), "WI": (12, 3), "H1": (1, 6), "H2": (7, 6),
          "Q1": (1, 3), "Q2": (4, 3), "Q3": (7, 3), "Q4": (10, 3)}


def _month_start(year: int, month: int) -> date:
    """The first day of a month, counting months past December into the next years."""
    return date(year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


def bounds(value: str) -> tuple[date, date] | None:
    """(start, exclusive end) of the period ``value`` names; None for an empty or unknown value."""
    value = value.strip()
    if not _VALUE.fullmatch(value):
        return None
    year, _, rest = value.partition("-")
    y = int(year)
    try:
        if not rest:
            return date(y, 1, 1), date(y + 1, 1, 1)
        if rest in _PARTS:
            first, months = _PARTS[rest]
            return _month_start(y, first), _month_start(y, first + months)
        if len(rest) == 2:
            m = int(rest)
            return date(y, m, 1), _month_start(y, m + 1)
        day = date.fromisoformat(value)
    except ValueError:  # month 13, 30 February
        return None
    return day, date.fromordinal(day.toordinal() + 1)


def span(value: str, end: str = "") -> tuple[date | None, date | None]:
    """The period from the start of ``value`` to the end of ``end`` (a range), or of ``value`` itself."""
    first, last = bounds(value), bounds(end) if end else None
    start = first[0] if first else None
    stop = last[1] if last else (first[1] if first and not end else None)
    return start, stop
