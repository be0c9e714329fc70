"""Normalizing parts of a year or month to TIMEX3: quarters ('2026-Q1'), halves ('2025-H2'), seasons and
('2023-SP'), and 'begin/medio/eind' of a year or month (a modifier).

A part of a year without its year takes the anchor's year, like a year-less date.
"""

from __future__ import annotations

import re

from pipeline.extract.dates.fields import Normalizer, month_number, relative_year, time_expr
from pipeline.extract.dates.values import Anchor, TimeExpr
from pipeline.resources import load_json

_CFG = load_json("temporal.json")


def _year_group(m: re.Match[str], anchor: Anchor) -> tuple[int | None, bool, bool]:
    """(year, relative, present) of a match's y group, which may be a year or 'dit jaar' and the like."""
    y = m.groupdict().get("y")
    if not y:
        return anchor.year, False, False
    if y.isdigit():
        return int(y), False, True
    year, rel = relative_year(m.group("ry"), anchor)
    return year, rel, True


def _quarter(m: re.Match[str], text: str, anchor: Anchor, q: int) -> TimeExpr:
    year, rel, _ = _year_group(m, anchor)
    return time_expr(m, text, value=f"{year}-Q{q}" if year else "", precision="quarter", relative=rel)


def _n_quarter(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    return _quarter(m, text, anchor, _CFG["ordinals"][m.group("q").lower()])


def _n_quarter_q(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    if not m.group("y"):
        return None  # 'Q3' alone: of what?
    return _quarter(m, text, anchor, int(m.group("qn")))


def _n_half(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    g = m.groupdict()
    h = 1 if g["h"].lower() in ("eerste", "1e") else 2
    year, rel, present = _year_group(m, anchor)
    if not present:
        return None  # 'de tweede helft' alone: of what?
    return time_expr(m, text, value=f"{year}-H{h}" if year else "", precision="half", relative=rel)


def _n_season(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    g = m.groupdict()
    year, rel, _ = _year_group(m, anchor)
    season = _CFG["seasons"][g["s"].lower()]
    prep = (g.get("prep") or "").lower().replace("ó", "o")
    mod = _CFG["season_mods"].get(prep, "")
    start = m.start() if mod else m.start("s")
    return time_expr(m, text, start=start, value=f"{year}-{season}" if year else "", precision="season",
                     relative=rel, mod=mod)


def _n_season_bare(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    g = m.groupdict()
    season = _CFG["seasons"][g["s"].lower()]
    prep = g["prep"].lower().replace("ó", "o")
    mod = _CFG["season_mods"].get(prep, "")
    year = anchor.year
    if year and anchor.month and mod == "BEFORE" and season == "SU" and anchor.month > 8:
        year += 1  # 'voor de zomer' written in the autumn means next summer
    return time_expr(m, text, value=f"{year}-{season}" if year else "", precision="season", relative=True, mod=mod)


def _n_part_year(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    g = m.groupdict()
    year, rel, _ = _year_group(m, anchor)
    mod = _CFG["year_parts"].get(g["p"].lower(), "")
    return time_expr(m, text, value=str(year) if year else "", precision="year", relative=rel, mod=mod)


def _n_part_month(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    g = m.groupdict()
    year = int(g["y"]) if g["y"] else anchor.year
    mod = _CFG["year_parts"].get(g["p"].lower(), "")
    return time_expr(m, text, value=f"{year}-{month_number(g['m']):02d}" if year else "", precision="month",
                     relative=not g["y"] and not year, mod=mod)


PARTS: dict[str, Normalizer] = {
    "quarter": _n_quarter, "quarter_q": _n_quarter_q, "half": _n_half, "season": _n_season,
    "season_bare": _n_season_bare, "part_year": _n_part_year,
    "part_month": _n_part_month,
}
