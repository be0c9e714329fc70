"""Normalizing expressions relative to the document date ('vorig jaar', 'gisteren', 'aanstaande vrijdag',
'volgende maand') or to the last year named ('twee jaar later'); vague ones ('de komende jaren') keep no value.
"""

from __future__ import annotations

import re
from datetime import timedelta

from pipeline.extract.dates.fields import Normalizer, relative_year, time_expr
from pipeline.extract.dates.values import Anchor, TimeExpr
from pipeline.lang.calendar import WEEKDAY_NUMBER
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


def _n_deictic(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    g = m.groupdict()
    ref = anchor.as_date()
    shift = _CFG["deictic_days"][g["w"].lower()]
    value = (ref + timedelta(days=shift)).isoformat() if ref else ""
    return time_expr(m, text, value=value, precision="day" if value else "", relative=True)


def _n_weekday(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    g = m.groupdict()
    ref = anchor.as_date()
    word = (g["pre"] or g["post"]).lower()
    want = WEEKDAY_NUMBER[(g["wd1"] or g["wd2"]).lower()]
    value = ""
    if ref:
        if word.startswith(("vorige", "afgelopen", "jl", "jongst")):
            delta = -((ref.weekday() - want) % 7 or 7)
        else:
            delta = (want - ref.weekday()) % 7 or 7
        value = (ref + timedelta(days=delta)).isoformat()
    return time_expr(m, text, value=value, precision="day", relative=True)


def _n_relunit(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    """'volgende maand', 'deze week': a month or ISO week counted from the anchor."""
    w, unit = m.group("w").lower(), m.group("u").lower()
    shift = _CFG["unit_shifts"][w]
    ref = anchor.as_date()
    if unit == "maand" and anchor.year and anchor.month:
        idx = anchor.year * 12 + anchor.month - 1 + shift
        return time_expr(m, text, value=f"{idx // 12}-{idx % 12 + 1:02d}", precision="month", relative=True)
    if unit == "week" and ref:
        iso = (ref + timedelta(weeks=shift)).isocalendar()
        return time_expr(m, text, value=f"{iso[0]}-W{iso[1]:02d}", precision="week", relative=True)
    return time_expr(m, text, relative=True)


def _n_vague(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    phrase = re.sub(r"\s+", " ", m.group().lower())
    if phrase in ("het komende jaar", "het volgende jaar") and anchor.day:
        return time_expr(m, text, value=str(anchor.year + 1), precision="year", relative=True)
    return time_expr(m, text, relative=True)


def _n_vague_word(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    return time_expr(m, text, relative=True)


RELATIVE: dict[str, Normalizer] = {
    "relyear": _n_relyear, "years_later": _n_years_later, "deictic": _n_deictic, "weekday": _n_weekday,
    "relunit": _n_relunit, "vague": _n_vague, "vague_word": _n_vague_word,
}
