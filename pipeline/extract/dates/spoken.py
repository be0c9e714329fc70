"""Normalizing the day words of speech and of letters, against a document date that names a day: 'vandaag',
'gisteravond', 'aanstaande vrijdag', 'volgende week dinsdag', a bare 'dinsdag', 'vorige week', 'week 12'.

These resolve only against an anchor that is a day (the document's own date); against a year alone (an estimated
or colophon year) they keep no value. A week is a range from its Monday to its Sunday.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipeline.extract.dates.fields import Normalizer, time_expr
from pipeline.extract.dates.values import Anchor, TimeExpr
from pipeline.lang.calendar import WEEKDAY_NUMBER
from pipeline.resources import alternation, load_json

_CFG = load_json("temporal.json")
_DAYS = {**_CFG["deictic_days"], **_CFG["spoken_days"]}
_DETERMINER_BEFORE = re.compile(rf"\b{alternation(_CFG['day_noun_determiners'])}[^\S\n]+\Z", re.I)
_HYPOTHETICAL = re.compile(rf"\b{alternation(_CFG['hypothetical_cues'])}\b", re.I)
_SP = r"[^\S\n]+"
_HABITUAL_BEFORE = re.compile(rf"\b{alternation(_CFG['habitual_before_weekday'], _SP)}{_SP}\Z", re.I)
_RANGE_BEFORE = re.compile(r"(?:\bt/m|\btot(?:\s+en\s+met)?|[-–])\s*\Z", re.I)
_PAST = re.compile(rf"\b{alternation(_CFG['past_tense_cues'])}\b", re.I)
_PERFECT = re.compile(rf"\b{alternation(_CFG['perfect_auxiliaries'])}\b.*\bge\w+(?:d|t|en)\b", re.I | re.S)
_SHIFT = {"volgende": 1, "komende": 1, "deze": 0, "vorige": -1, "afgelopen": -1}


def _clause(text: str, start: int, end: int) -> str:
    """The clause around a span: from the last comma or sentence end before it to the next one after it."""
    left = max(text.rfind(c, 0, start) for c in ",;.!?\n")
    rights = [i for i in (text.find(c, end) for c in ",;.!?\n") if i >= 0]
    return text[left + 1: min(rights) if rights else len(text)]


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(c, 0, start) for c in ".!?\n")
    rights = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return text[left + 1: min(rights) if rights else len(text)]


def _n_deictic(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    """'vandaag', 'gisteravond': a day counted from the document date. Not 'de morgen' (the morning), not
    'vandaag de dag' (nowadays), not a hypothetical 'als het morgen zou stoppen'."""
    w = m.group("w").lower()
    if w == "morgen" and _DETERMINER_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None
    if re.match(r"[^\S\n]+de[^\S\n]+dag\b", text[m.end(): m.end() + 8], re.I):
        return None
    if _HYPOTHETICAL.search(_clause(text, m.start(), m.end())):
        return None
    ref = anchor.as_date()
    value = (ref + timedelta(days=_DAYS[w])).isoformat() if ref else ""
    return time_expr(m, text, value=value, precision="day" if value else "", relative=True)


def _n_weekday(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    """'aanstaande vrijdag', 'dinsdag jl.': the nearest such day after (before) the document date."""
    g = m.groupdict()
    ref = anchor.as_date()
    word = (g["pre"] or g["post"]).lower()
    want = WEEKDAY_NUMBER[(g["wd1"] or g["wd2"]).lower()]
    value = ""
    if ref:
        past = word.startswith(("vorige", "afgelopen", "jl", "jongst"))
        value = _nearest(ref, want, past).isoformat()
    return time_expr(m, text, value=value, precision="day", relative=True)


def _nearest(ref: date, want: int, past: bool) -> date:
    if past:
        return ref - timedelta(days=(ref.weekday() - want) % 7 or 7)
    return ref + timedelta(days=(want - ref.weekday()) % 7 or 7)


def _n_weekday_bare(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    """'Wij stemmen dinsdag over de moties': the next such day, or the last one when the clause is in the past
    tense. Not a recurring or named day ('elke dinsdag', 'Goede Vrijdag') nor the end of a range ('maandag t/m
    vrijdag')."""
    before = text[max(0, m.start() - 20): m.start()]
    if _HABITUAL_BEFORE.search(before) or _RANGE_BEFORE.search(before):
        return None
    ref = anchor.as_date()
    value = ""
    if ref:
        sentence = _sentence(text, m.start(), m.end())
        past = bool(_PAST.search(sentence) or _PERFECT.search(sentence))
        value = _nearest(ref, WEEKDAY_NUMBER[m.group("wd").lower()], past).isoformat()
    return time_expr(m, text, value=value, precision="day", relative=True)


def _monday(ref: date, shift: int) -> date:
    return ref - timedelta(days=ref.weekday()) + timedelta(weeks=shift)


def _n_week_weekday(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    """'volgende week dinsdag', 'donderdag vorige week': that day of the week counted from the document date."""
    g = m.groupdict()
    ref = anchor.as_date()
    value = ""
    if ref:
        day = _monday(ref, _SHIFT[(g["w"] or g["w2"]).lower()])
        value = (day + timedelta(days=WEEKDAY_NUMBER[(g["wd"] or g["wd2"]).lower()])).isoformat()
    return time_expr(m, text, value=value, precision="day", relative=True)


def _n_relunit(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    """'volgende maand', 'deze week': a month, or a week from Monday to Sunday, counted from the anchor."""
    w, unit = m.group("w").lower(), m.group("u").lower()
    shift = _CFG["unit_shifts"][w]
    ref = anchor.as_date()
    if unit == "maand" and anchor.year and anchor.month:
        idx = anchor.year * 12 + anchor.month - 1 + shift
        return time_expr(m, text, value=f"{idx // 12}-{idx % 12 + 1:02d}", precision="month", relative=True)
    if unit == "week" and ref:
        monday = _monday(ref, shift)
        return time_expr(m, text, value=monday.isoformat(), end_value=(monday + timedelta(days=6)).isoformat(),
                         precision="range", relative=True)
    return time_expr(m, text, relative=True)


def _n_week_number(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    """'in week 12 (van 2025)': the ISO week, Monday to Sunday; the year from the text or the anchor."""
    g = m.groupdict()
    if not g["prep"] and not g["y"]:
        return None  # 'week 12' alone may be a programme's or a list's twelfth week
    year = int(g["y"]) if g["y"] else anchor.year
    start = text.lower().rfind("week", m.start(), m.start("n"))
    if not year:
        return time_expr(m, text, start=start, relative=True)
    try:
        monday = date.fromisocalendar(year, int(g["n"]), 1)
    except ValueError:
        return None
    return time_expr(m, text, start=start, value=monday.isoformat(),
                     end_value=(monday + timedelta(days=6)).isoformat(), precision="range", relative=not g["y"])


SPOKEN: dict[str, Normalizer] = {
    "deictic": _n_deictic, "weekday": _n_weekday, "weekday_bare": _n_weekday_bare,
    "week_weekday": _n_week_weekday, "relunit": _n_relunit, "week_number": _n_week_number,
}
