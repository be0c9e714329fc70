"""Normalizing expressions relative to the document year ('vorig jaar', 'begin volgend jaar') or to the last
year named ('twee jaar later'); vague ones ('de komende jaren') keep no value. The day words ('gisteren',
'aanstaande vrijdag', 'volgende week') are in :mod:`.spoken`.
"""

from __future__ import annotations

import re

from pipeline.extract.dates.fields import Normalizer, relative_year, time_expr
from pipeline.extract.dates.values import Anchor, TimeExpr
from pipeline.resources import load_json

_CFG = load_json("temporal.json")


def _n_relyear(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    g = m.groupdict()
    year, _ = relative_year(g["ry"], anchor)
    mod = _CFG["year_parts"].get((g["p"] or "").lower(), "")
    if (g["p"] or "").lower() == "eerder":
        mod = "BEFORE"
    elif (g["p"] or "").lower() == "later":
        mod = "AFTER"
    return time_expr(m, text, value=str(year) if year else "", precision="year" if year else "", relative=True,
                     mod=mod)


def _n_years_later(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    g = m.groupdict()
    n = _CFG["numerals"][g["n"].lower()]
    sign = 1 if g["dir"].lower() in ("later", "daarna") else -1
    if last_year is None:
        return None  # 'een jaar later' after no year: a duration, not a date
    return time_expr(m, text, value=str(last_year + sign * n), precision="year", relative=True)


def _n_vague(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    phrase = re.sub(r"\s+", " ", m.group().lower())
    if phrase in ("het komende jaar", "het volgende jaar") and anchor.day:
        return time_expr(m, text, value=str(anchor.year + 1), precision="year", relative=True)
    return time_expr(m, text, relative=True)


def _n_vague_word(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    return time_expr(m, text, relative=True)


RELATIVE: dict[str, Normalizer] = {
    "relyear": _n_relyear, "years_later": _n_years_later, "vague": _n_vague, "vague_word": _n_vague_word,
}
