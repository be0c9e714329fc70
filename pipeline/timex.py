"""Absolute calendar dates in Dutch (and English, for web pages): parse one date string.

Shared by the text stage (is this short line a web page's date?) and the
extractors (the document date). The full temporal tagger of running text
lives in :mod:`pipeline.extract.dates`.
"""

from __future__ import annotations

import re
from datetime import date

from pipeline.lang.calendar import MONTH_NUMBER, WEEKDAYS_EN, WEEKDAYS_NL

MONTHS = MONTH_NUMBER
WEEKDAYS = "|".join(WEEKDAYS_NL + WEEKDAYS_EN)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))

DAY_MONTH_YEAR = re.compile(
    rf"(?:\b(?:{WEEKDAYS}),?\s+)?\b(?P<d>[0-3]?\d)(?:e|ste|de|st|nd|rd|th)?\s+(?P<m>{_MONTH})\.?\s+"
    r"(?P<y>(?:19|20)\d\d)\b", re.I)
MONTH_DAY_YEAR = re.compile(
    rf"(?:\b(?:{WEEKDAYS}),?\s+)?\b(?P<m>{_MONTH})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+"
    r"(?P<y>(?:19|20)\d\d)\b", re.I)
NUMERIC = re.compile(r"\b(?P<d>[0-3]?\d)[-./](?P<m>[01]?\d)[-./](?P<y>(?:19|20)\d\d)\b")
ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")


def _make(y: str, m: str | int, d: str) -> str | None:
    month = m if isinstance(m, int) else (int(m) if m.isdigit() else MONTHS.get(m.lower().rstrip(".")))
    try:
        return date(int(y), int(month), int(d)).isoformat() if month else None
    except ValueError:
        return None


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first full calendar date in ``text``: (ISO value, start, end)."""
    best = None
    for pattern in (DAY_MONTH_YEAR, MONTH_DAY_YEAR, NUMERIC, ISO):
        for m in pattern.finditer(text):
            value = _make(m.group("y"), m.group("m"), m.group("d"))
            if value and (best is None or m.start() < best[1]):
                best = (value, m.start(), m.end())
                break
    return best


def is_date_line(line: str) -> bool:
    """A short line that is just a date (a web page's publication date)."""
    found = find_date(line)
    if not found:
        return False
    rest = (line[: found[1]] + line[found[2]:]).strip(" ,.|-–")
    return len(rest.split()) <= 3
