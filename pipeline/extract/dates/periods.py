"""Normalizing the periods of the parliamentary and calendar year that carry no date of their own in the text:
recesses ('voor het zomerreces' = July), the turn of the year (a range from 31 December to 1 January), the days
the parliamentary year fixes by rule (Prinsjesdag), its recurring moments ('rond de begrotingsbehandeling', kept
without a value), decades ('de jaren tachtig'), periods of office ('het einde van deze regeerperiode') and
approximate distances ('over een aantal weken'), both kept without a value.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipeline.extract.dates.fields import Normalizer, time_expr
from pipeline.extract.dates.values import Anchor, TimeExpr
from pipeline.resources import load_json

_CFG = load_json("temporal.json")


def _mod(prep: str | None) -> str:
    """The TIMEX3 modifier of the last word of a preposition ('kort na' -> AFTER)."""
    word = (prep or "").lower().replace("ó", "o").split()
    return _CFG["season_mods"].get(word[-1], "") if word else ""


def _n_recess(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    """A recess is dated by the month it starts in ('voor het zomerreces' = July), after it by the month it ends
    in ('na het kerstreces', 'het einde van het kerstreces' = January of the next year). Written after this
    year's recess has begun, 'voor' means next year's."""
    g = m.groupdict()
    first, last = _CFG["recesses"][g["r"].lower()]
    mod = _mod(g["prep"])
    year = int(g["y"]) if g["y"] else anchor.year
    if not g["y"] and year and anchor.month and mod == "BEFORE" and first <= last and anchor.month > first:
        year += 1
    part = _CFG["year_parts"].get((g["part"] or "").lower(), "")
    at_end = mod == "AFTER" or part == "END"
    mon = last if at_end else first
    if year and at_end and last < first:
        year += 1  # the Christmas recess ends in January
    start = m.start() if mod or not g["prep"] else _skip_space(text, m.start() + len(g["prep"]))
    return time_expr(m, text, start=start, value=f"{year}-{mon:02d}" if year else "", precision="month",
                     relative=not g["y"], mod=mod or part)


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _n_jaarwisseling(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    """The turn of the year: 31 December to 1 January. 'de afgelopen jaarwisseling' is the last one before the
    document date, 'de komende' the next; a bare one the next, unless the document is of the first quarter."""
    g = m.groupdict()
    if g["y1"]:
        y1 = int(g["y1"])
        return time_expr(m, text, value=f"{y1}-12-31", end_value=f"{y1 + 1}-01-01", precision="range",
                         mod=_mod(g["prep"]))
    if not g["art"]:
        return None
    year = anchor.year
    word = (g["w"] or "").lower()
    if year and (word in ("afgelopen", "vorige", "laatste") or (not word and anchor.month and anchor.month <= 3)):
        year -= 1
    value, end = (f"{year}-12-31", f"{year + 1}-01-01") if year else ("", "")
    return time_expr(m, text, value=value, end_value=end, precision="range", relative=True, mod=_mod(g["prep"]))


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _n_named_day(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    """Prinsjesdag is the third Tuesday of September: of the year written after it, or of the anchor's year."""
    g = m.groupdict()
    month, weekday, n = _CFG["named_days"][g["e"].lower()]
    year = int(g["y"]) if g["y"] else anchor.year
    mod = _mod(g["prep"])
    start = m.start() if mod else m.start("e")
    value = _nth_weekday(year, month, weekday, n).isoformat() if year else ""
    return time_expr(m, text, start=start, value=value, precision="day", relative=not g["y"], mod=mod)


def _n_unresolved(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    """'rond de begrotingsbehandeling', 'het einde van deze regeerperiode', 'over een aantal weken': a time the
    text does not date."""
    return time_expr(m, text, relative=True)


def _n_decade(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    """'de jaren tachtig' is 1980-1989; 'de jaren twintig' only with its century ('van de vorige eeuw')."""
    g = m.groupdict()
    tens = _CFG["decades"][g["w"].lower()] if g["w"] else int(g["n"]) // 10
    century = _CFG["century_qualifiers"].get(re.sub(r"\s+", " ", (g["c"] or "").lower()))
    if century is None:
        century = 1900 if tens >= 3 else None
    if century is None:
        return time_expr(m, text, relative=True)
    first = century + 10 * tens
    return time_expr(m, text, value=str(first), end_value=str(first + 9), precision="range")


PERIODS: dict[str, Normalizer] = {
    "recess": _n_recess, "jaarwisseling": _n_jaarwisseling, "named_day": _n_named_day, "event": _n_unresolved,
    "term": _n_unresolved, "over_units": _n_unresolved, "decade": _n_decade,
}
