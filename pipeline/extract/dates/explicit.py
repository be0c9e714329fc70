"""Normalizing the expressions that name a calendar date, month or year: '17 mei 2023', '3-4 juni',
'van 6 oktober tot 7 november 2025', 'maart 2024', 'in september', '2019-2022', '(2025)'.

A year-less date or month takes the anchor's year; 'jl.' and 'aanstaande' pick the nearest side of the anchor.
"""

from __future__ import annotations

import re
from datetime import date

from pipeline.extract.dates.fields import Normalizer, month_number, relative_year, time_expr
from pipeline.extract.dates.grammar import MEN, MNL, MONTH, RELWORD, SP, D, Y
from pipeline.extract.dates.values import Anchor, TimeExpr
from pipeline.lang.calendar import WEEKDAY_NUMBER
from pipeline.lang.gazetteer import listed
from pipeline.resources import load_json

_CFG = load_json("temporal.json")

# The words around a four-digit number that make it a count or part of an identifier rather than a year.
_COUNT_AFTER = re.compile(r"\s+(?:" + "|".join(_CFG["count_nouns_after_number"]) + r")\b", re.I)
_NOT_YEAR_BEFORE = re.compile(r"(?:(?:€|\$|nr\.?|artikel|art\.|p\.|blz\.|postbus|issn|lid|bijlage|tel\.?|"
                              r"resolutie|resolution|\b[A-Z]{2,5}\()[^\S\n]*|[\d.,/])\Z", re.I)
_POSTCODE_AFTER = re.compile(r"\s?[A-Z]{2}\b")


def _ymd(y: int | None, m: int, d: int) -> str | None:
    if y is None:
        return None
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _resolve_dm(d: int, mo: int, y: int | None, rel: str | None, anchor: Anchor) -> tuple[str | None, bool]:
    """A day and month, with its year or one from the anchor; 'jl.'/'aanstaande' pick the nearest side."""
    if y is not None:
        return _ymd(y, mo, d), False
    ref = anchor.as_date()
    if rel and ref:
        past = rel.strip().lower().startswith(("jl", "j.l", "jongst"))
        options = [date.fromisoformat(v) for v in (_ymd(ref.year + k, mo, d) for k in (-1, 0, 1)) if v]
        side = [x for x in options if (x <= ref if past else x >= ref)]
        best = (max(side) if past else min(side)) if side else None
        return (best.isoformat() if best else None), True
    return _ymd(anchor.year, mo, d), bool(rel)


def _year_of_weekday(weekday: str, d: int, mo: int, year: int) -> int:
    """'woensdag 17 mei' without a year: the year next to the anchor in which that day is a Wednesday."""
    want = WEEKDAY_NUMBER[weekday.lower()]
    for y in (year, year + 1, year - 1):
        try:
            if date(y, mo, d).weekday() == want:
                return y
        except ValueError:
            continue
    return year


def _part_date(part: str, anchor: Anchor) -> tuple[str, str] | None:
    """Value and precision of one side of a 'van ... tot ...' range."""
    part = part.strip()
    m = re.fullmatch(rf"(?P<d>{D}){SP}(?P<m>{MONTH})(?:{SP}(?P<y>{Y}))?", part, re.I)
    if m:
        y = int(m.group("y")) if m.group("y") else anchor.year
        return (_ymd(y, month_number(m.group("m")), int(m.group("d"))) or "", "day")
    m = re.fullmatch(rf"(?P<m>{MONTH})(?:{SP}(?P<y>{Y}))?", part, re.I)
    if m:
        y = int(m.group("y")) if m.group("y") else anchor.year
        return (f"{y}-{month_number(m.group('m')):02d}" if y else "", "month")
    if re.fullmatch(Y, part):
        return (part, "year")
    return None


def _n_days_range(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    g = m.groupdict()
    mo = month_number(g["m"])
    y = int(g["y"]) if g["y"] else None
    a, rel = _resolve_dm(int(g["d1"]), mo, y, g["rel"], anchor)
    b, _ = _resolve_dm(int(g["d2"]), mo, y, g["rel"], anchor)
    if not (g["y"] or anchor.year or g["rel"]):
        return time_expr(m, text, relative=True, precision="range")
    return time_expr(m, text, value=a or "", end_value=b or "", precision="range", relative=rel)


def _n_van_tot(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    g = m.groupdict()
    opener, joiner = m.group().split()[0].lower(), re.search(r"\s(tot|t/m|en)\s", m.group(), re.I)
    if joiner and joiner.group(1).lower() == "en" and opener != "tussen":
        return None  # 'de moties van 2019 en 2020' is no range
    a, b = _part_date(g["a"], anchor), _part_date(g["b"], anchor)
    if a is None or b is None:
        return None
    # The year of the end carries over to a start without one: 'van 6 oktober tot 7 november 2025'.
    if b[0] and re.fullmatch(rf"{D}{SP}{MONTH}|{MONTH}", g["a"], re.I) and not re.search(Y, g["a"]):
        yb = re.search(Y, g["b"])
        if yb:
            a = _part_date(f"{g['a']} {yb.group()}", anchor)
    if not a[0] or not b[0]:
        return time_expr(m, text, relative=True, precision="range")
    return time_expr(m, text, value=a[0], end_value=b[0], precision="range")


def _n_day(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    """A day of a month: '17 mei 2023', 'May 17, 2023', '17-05-2023', '2023-05-17'."""
    g = m.groupdict()
    mo = month_number(g["m"])
    y = int(g["y"]) if g.get("y") else None
    if y is None and not anchor.year and not g.get("rel"):
        return time_expr(m, text, relative=False, precision="day")
    if y is None and g.get("wd") and anchor.year:
        y = _year_of_weekday(g["wd"], int(g["d"]), mo, anchor.year)
    value, rel = _resolve_dm(int(g["d"]), mo, y, g.get("rel"), anchor)
    if value is None and (y is not None or anchor.year):
        return None  # 31 februari: not a date
    return time_expr(m, text, value=value or "", precision="day", relative=rel)


def _n_meeting_dm(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    """'(AO d.d. 07/03)', '(CD 08/02)': the day and month of a committee meeting, the year from the anchor."""
    g = m.groupdict()
    d, mo = int(g["d"]), int(g["m"])
    value = _ymd(anchor.year, mo, d) if anchor.year else ""
    if value is None:
        return None
    return time_expr(m, text, start=m.start("d"), value=value, precision="day", relative=not anchor.year)


def _n_full(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    month = m.group("m")
    if re.fullmatch(MEN, month, re.I) and not re.fullmatch(MNL, month, re.I) and not m.group("y"):
        return None  # an English month name counts only with its year
    return _n_day(m, text, anchor, last_year)


def _n_month_year(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    """'maart 2024', 'april van 2024', 'maart van vorig jaar'."""
    g = m.groupdict()
    if g["y"]:
        return time_expr(m, text, value=f"{int(g['y'])}-{month_number(g['m']):02d}", precision="month")
    year, _ = relative_year(g["ry"], anchor)
    return time_expr(m, text, value=f"{year}-{month_number(g['m']):02d}" if year else "",
                     precision="month" if year else "", relative=True)


def _month_near(mo: int, anchor: Anchor, past: bool, strict: bool) -> str:
    """The month ``mo`` nearest before (``past``) or after the anchor's month, the anchor's own month included
    unless ``strict``; with a year-only anchor, the anchor's year."""
    if not anchor.year:
        return ""
    year = anchor.year
    if anchor.month:
        if past and (mo > anchor.month or (strict and mo == anchor.month)):
            year -= 1
        elif not past and (mo < anchor.month or (strict and mo == anchor.month)):
            year += 1
    return f"{year}-{mo:02d}"


def _n_month_rel(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    """'januari jl.' (the last January up to the document date), 'afgelopen oktober' (the last one before it),
    'maart aanstaande', 'komende september'."""
    g = m.groupdict()
    word = (g["post"] or g["pre"]).lower()
    past = word.startswith(("jl", "j.l", "jongst", "afgelopen", "vorige"))
    strict = word in ("afgelopen", "vorige", "komende", "volgende")
    mo = month_number(g["m"] or g["m2"])
    value = _month_near(mo, anchor, past, strict)
    start = m.start() if (g["prep"] or "").lower() == "in" or g["pre"] else m.start("m")
    return time_expr(m, text, start=start, value=value, precision="month" if value else "", relative=True)


def _n_month_bare(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    g = m.groupdict()
    keep_prep = g["prep"].lower() == "in"
    start = m.start() if keep_prep else m.start("m")
    year = anchor.year
    # 'in december en januari jl.': the 'jl.' of the last month holds for the first one too.
    shared = re.match(rf"{SP}(?:en|of|tot|t/m){SP}{MNL}{SP}(?P<rel>{RELWORD})", text[m.end(): m.end() + 40], re.I)
    if shared:
        past = shared.group("rel").lower().startswith(("jl", "j.l", "jongst"))
        value = _month_near(month_number(g["m"]), anchor, past, False)
        return time_expr(m, text, start=start, value=value, precision="month" if value else "", relative=True)
    return time_expr(m, text, start=start, value=f"{year}-{month_number(g['m']):02d}" if year else "",
                     precision="month", relative=not year)


def _n_year_range(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    g = m.groupdict()
    y1, y2 = int(g["y1"]), int(g["y2"])
    if not 0 < y2 - y1 <= 50:
        return None
    return time_expr(m, text, value=str(y1), end_value=str(y2), precision="range")


def _after_name(text: str, y0: int, y1: int) -> bool:
    """A year right after a capitalised word inside a sentence names an edition ('Belastingplan 2012'); at the
    start of a sentence the word is only capitalised ('Ruim 2000 ...'), after a place it is an imprint, and
    '2019-0012' is a number."""
    if re.match(r"[-/.]\d", text[y1: y1 + 2]):
        return False
    m = re.search(r"(?:(?<=\s)|(?<=\())(?P<w>[A-Z][\w&'’-]*)[^\S\n]+\Z", text[max(0, y0 - 40): y0])
    if not m or any(label in ("GPE", "LOC") for _, label in listed(m.group("w"))):
        return False  # 'Den Haag 2024', '’s-Gravenhage 2024': a place and the year of an imprint
    head = text[max(0, y0 - 40): y0][: m.start("w")].rstrip()
    return bool(head) and head[-1] not in ".!?:\n\"'“‘"


def _n_year(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    """A four-digit number is a year when the words around it say so."""
    y0, y1 = m.start("y"), m.end("y")
    pre = (m.group("pre") or "").strip()
    if _POSTCODE_AFTER.match(text, y1) or _COUNT_AFTER.match(text, y1):
        return None
    before = text[max(0, m.start() - 12): m.start()]
    if _NOT_YEAR_BEFORE.search(before) or (pre.startswith("(") and re.search(r"[A-Z]{2,5}\Z", before)):
        return None  # 'Nr. 182/2011', 'COM(2021) 726': part of an identifier
    # A bare year counts only at a clause edge ('Defensie (2025)', 'strategie 2025,', 'rapportage 2023 | ...') or
    # after a name ('Voorjaarsnota 2024', 'Doing Business 2018').
    if not pre and not re.match(r"(?:[).,;:!?|]|\s*$|\s*\n|\s[-–|]\s)", text[y1: y1 + 3]) \
            and not _after_name(text, m.start("y"), y1):
        return None
    start = m.start() if pre.lower().startswith("in") else y0
    return TimeExpr(raw=text[start:y1], start=start, end=y1, value=m.group("y"), precision="year")


EXPLICIT: dict[str, Normalizer] = {
    "days_range": _n_days_range, "van_tot": _n_van_tot, "full": _n_full, "mdy": _n_day, "numeric": _n_day,
    "iso": _n_day, "meeting_dm": _n_meeting_dm, "month_year": _n_month_year, "month_rel": _n_month_rel,
    "month_bare": _n_month_bare, "year_range": _n_year_range, "year": _n_year,
}
