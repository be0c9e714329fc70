"""Dutch time expressions: a candidate grammar, then normalization against the document date.

The grammar decides what is a date; each candidate pattern is one linear scan,
and overlaps go to the match that starts first, then to the longest. Spans that
the reference pass claimed (``2024/25`` in ``Kamerstukken II 2024/25, ...``) and
URLs are skipped. Values are ISO 8601 (possibly partial) or TIMEX3 for parts of
years (``2023-SP``, ``2025-H2``, ``2026-Q1``); relative expressions are resolved
against an :class:`Anchor` (the document date), and vague ones (``de komende
maanden``) keep an empty value with ``relative`` true.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from pipeline.lang.calendar import ABBREVIATIONS_NL, MONTH_NUMBER, MONTHS_EN, MONTHS_NL, WEEKDAY_NUMBER, WEEKDAYS_NL
from pipeline.overlaps import Claim, first_longest, select
from pipeline.resources import load_json

_CFG = load_json("temporal.json")

D = r"(?:[12]\d|3[01]|0?[1-9])"
Y = r"(?:1[89]\d\d|20\d\d)"
ABBR = ABBREVIATIONS_NL
MONTH_NUM = MONTH_NUMBER
MNL = "(?:" + "|".join(MONTHS_NL) + ")"
MABBR = r"(?:" + "|".join(sorted(ABBR, key=len, reverse=True)) + r")\."
MEN = "(?:" + "|".join(MONTHS_EN) + ")"
MONTH = rf"(?:{MNL}|{MABBR}|{MEN})"
WD = "(?:" + "|".join(WEEKDAYS_NL) + ")"
REL = r"(?P<rel>\s+(?:aanstaande|a\.s\.|jl\.|jongstleden|j\.l\.))?"
_S = r"[^\S\n]+"  # spaces within a paragraph

SEASON = "|".join(_CFG["seasons"])
RECESS = "|".join(_CFG["recesses"])
NUMERAL = "|".join(_CFG["numerals"])
DEICTIC = "|".join(_CFG["deictic_days"])
UNIT_SHIFT = "|".join(_CFG["unit_shifts"])
PART = r"begin|start|medio|midden|halverwege|eind|einde"
ORD = "|".join(sorted(_CFG["ordinals"], key=len, reverse=True))
RELYEAR = r"(?P<ry>dit|vorig|vorige|volgend|volgende|komend|komende|afgelopen)\s+jaar"
VAGUE = (rf"(?:de|het){_S}(?:komende|afgelopen|aankomende|voorbije|volgende|laatste){_S}"
         rf"(?:(?:{'|'.join(_CFG['vague_numerals'])}|\d+){_S})?(?:{'|'.join(_CFG['vague_nouns'])})")

PATTERNS: list[tuple[str, re.Pattern[str]]] = [(name, re.compile(p, re.I)) for name, p in [
    ("days_range", rf"\b(?P<d1>{D})(?:\s*,\s*{D})*\s*(?:en|t/m|tot\s+en\s+met|[-–])\s*(?P<d2>{D}){_S}"
                   rf"(?P<m>{MONTH})(?:{_S}(?P<y>{Y}))?{REL}\b"),
    ("van_tot", rf"\b(?:van|vanaf|tussen){_S}(?P<a>{D}{_S}{MONTH}(?:{_S}{Y})?|{MONTH}(?:{_S}{Y})?|{Y}){_S}"
                rf"(?:tot(?:{_S}en{_S}met)?|t/m|en){_S}(?P<b>{D}{_S}{MONTH}(?:{_S}{Y})?|{MONTH}(?:{_S}{Y})?|{Y})\b"),
    ("full", rf"(?:\b(?P<wd>{WD}),?{_S})?\b(?P<d>{D})(?:e|ste|de)?{_S}(?P<m>{MONTH})(?:{_S}(?P<y>{Y}))?{REL}(?![\w-])"),
    ("mdy", rf"\b(?P<m>{MEN}){_S}(?P<d>{D})(?:st|nd|rd|th)?,?{_S}(?P<y>{Y})\b"),
    ("numeric", rf"\b(?P<d>{D})(?P<sep>[-./])(?P<m>0?[1-9]|1[0-2])(?P=sep)(?P<y>{Y})\b"),
    ("iso", rf"\b(?P<y>{Y})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b"),
    ("quarter", rf"\b(?P<q>{ORD}){_S}kwartaal(?:{_S}(?:van{_S})?(?P<y>{Y}|{RELYEAR}))?"),
    ("quarter_q", rf"\bQ(?P<qn>[1-4])(?:[\s-]*(?P<y>{Y}))?\b"),
    ("half", rf"\b(?P<h>eerste|tweede|1e|2e){_S}(?:helft|halfjaar|half{_S}jaar)"
             rf"(?:{_S}(?:van{_S})?(?P<y>{Y}|{RELYEAR}))?"),
    ("season", rf"\b(?:(?P<prep>voor|vóór|na|tot){_S}(?:de|het){_S})?(?P<s>{SEASON})(?:{_S}van)?{_S}"
               rf"(?P<y>{Y}|{RELYEAR})\b"),
    ("season_bare", rf"\b(?P<prep>voor|na|in|vóór){_S}(?:de|het){_S}(?P<s>{SEASON}|{RECESS})\b"
                    rf"(?!{_S}(?:van{_S})?(?:{Y}|dit|vorig|volgend|komend))"),
    ("jaarwisseling", rf"\b(?:rond|na|voor|vóór){_S}de{_S}jaarwisseling\b"),
    ("part_year", rf"\b(?P<p>{PART})(?:{_S}van)?(?:{_S}het{_S}jaar)?{_S}(?P<y>{Y}|{RELYEAR})\b"),
    ("part_month", rf"\b(?P<p>{PART}){_S}(?P<m>{MNL})(?:{_S}(?P<y>{Y}))?\b"),
    ("month_year", rf"\b(?P<m>{MNL}|{MEN}){_S}(?P<y>{Y})\b"),
    ("month_bare", rf"\b(?P<prep>in|sinds|vanaf|tot|na|per|rond|uiterlijk|medio){_S}(?P<m>{MNL})\b"
                   rf"(?!{_S}(?:{Y}|{D}\b))"),
    ("year_range", rf"\b(?P<y1>{Y})\s*[-–]\s*(?P<y2>{Y})\b"),
    ("relyear", rf"\b(?:(?P<p>eerder|later|begin|eind|medio|halverwege){_S})?(?:het{_S})?{RELYEAR}\b"),
    ("years_later", rf"\b(?P<n>{NUMERAL}){_S}jaar{_S}(?P<dir>later|eerder|daarna|daarvoor)\b"),
    ("deictic", rf"\b(?P<w>{DEICTIC})\b"),
    ("relunit", rf"\b(?:de{_S})?(?P<w>{UNIT_SHIFT}){_S}(?P<u>week|maand)\b"),
    ("vague", rf"\b{VAGUE}\b"),
    ("vague_word", r"\b(?:binnenkort|op\s+korte\s+termijn|de\s+nabije\s+toekomst|op\s+termijn)\b"),
    ("weekday", rf"\b(?:(?P<pre>aanstaande|komende|volgende|vorige|afgelopen){_S}(?P<wd1>{WD})|(?P<wd2>{WD}){_S}"
                rf"(?P<post>jl\.|jongstleden|aanstaande|a\.s\.))"),
    ("year", rf"(?P<pre>\((?=\s*{Y}\s*\))|\b(?:{'|'.join(sorted(_CFG['year_prepositions'], key=len, reverse=True))})"
             rf"{_S}(?:het{_S}jaar{_S})?)?\b(?P<y>{Y})\b(?!\s*[-–]\s*{Y})"),
]]
_URL = re.compile(r"(?:https?://|www\.)\S+")
_COUNT_AFTER = re.compile(r"\s+(?:" + "|".join(_CFG["count_nouns_after_number"]) + r")\b", re.I)
_NOT_YEAR_BEFORE = re.compile(r"(?:(?:€|\$|nr\.?|artikel|art\.|p\.|blz\.|postbus|issn|lid|bijlage|tel\.?|"
                              r"resolutie|resolution|\b[A-Z]{2,5}\()[^\S\n]*|[\d.,/])\Z", re.I)
# 'Vergaderjaar 2023–2024' names a parliamentary year, an identifier rather than a time expression.
_IDENTIFIER = re.compile(r"\b[A-Z]{2,}(?::[\w.]+){2,}")  # ECLI:NL:HR:2019:2007 and the like
_VERGADERJAAR = re.compile(r"\bvergaderjaar\s+(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d\b", re.I)
_POSTCODE_AFTER = re.compile(r"\s?[A-Z]{2}\b")


@dataclass(frozen=True)
class Anchor:
    """The date relative expressions are resolved against (possibly only a year)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    source: str = ""

    @classmethod
    def parse(cls, value: str, source: str = "document_date") -> Anchor:
        parts = [int(p) for p in re.findall(r"\d+", value or "")[:3]]
        parts += [None] * (3 - len(parts))
        return cls(parts[0], parts[1], parts[2], source if parts[0] else "")

    def iso(self) -> str:
        if not self.year:
            return ""
        out = f"{self.year:04d}"
        if self.month:
            out += f"-{self.month:02d}"
            if self.day:
                out += f"-{self.day:02d}"
        return out

    def as_date(self) -> date | None:
        if self.year and self.month and self.day:
            return date(self.year, self.month, self.day)
        return None


@dataclass(frozen=True)
class TimeExpr:
    """One time expression: where it stands in its text and what it means (ISO 8601 or TIMEX3)."""

    raw: str
    start: int
    end: int
    value: str = ""
    end_value: str = ""
    precision: str = ""
    relative: bool = False
    mod: str = ""


def find_dates(text: str, anchor: Anchor | None = None, claimed: Iterable[tuple[int, int]] = ()) -> list[TimeExpr]:
    """Every time expression of ``text`` in text order, skipping the ``claimed`` spans and URLs."""
    anchor = anchor or Anchor()
    blocked = sorted([*claimed, *((m.start(), m.end()) for rx in (_URL, _VERGADERJAAR, _IDENTIFIER)
                      for m in rx.finditer(text))])
    candidates = [(kind, m) for kind, pattern in PATTERNS for m in pattern.finditer(text)
                  if not any(s < m.end() and m.start() < e for s, e in blocked)]
    state = {"para": 0, "year": None}  # the last explicit year of this paragraph, for 'een jaar later'

    def build(c: tuple[str, re.Match[str]]) -> Claim[TimeExpr] | None:
        kind, m = c
        para = text.rfind("\n", 0, m.start())
        if para != state["para"]:
            state["para"], state["year"] = para, None
        expr = NORMALIZERS[kind](m, text, anchor, state["year"])
        if expr is None:
            # an impossible date ('31-02-2023'): none of its parts is a date either
            return Claim(None, m.start(), m.end()) if kind in ("numeric", "iso", "full") else None
        if not expr.value:  # unresolved: no precision to claim
            expr = replace(expr, precision="", relative=True)
        if expr.value[:4].isdigit() and not expr.relative:
            state["year"] = int(expr.value[:4])
        return Claim(expr, m.start(), expr.end if expr.end > m.start() else m.end())

    return select(candidates, bounds=lambda c: c[1].span(), priority=lambda c: first_longest(*c[1].span()),
                  build=build)


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


# --- normalization ------------------------------------------------------------

def _month(name: str) -> int:
    key = name.lower().rstrip(".")
    return MONTH_NUM.get(key) or int(key)


def _ymd(y: int | None, m: int, d: int) -> str | None:
    if y is None:
        return None
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _relyear(word: str, anchor: Anchor) -> tuple[int | None, bool]:
    """Year named by 'dit/vorig/volgend/komend jaar'; None when the anchor cannot tell."""
    w = word.lower()
    if not anchor.year:
        return None, True
    if w.startswith("dit"):
        return anchor.year, True
    if w.startswith("vorig"):
        return anchor.year - 1, True
    if w.startswith("volgend"):
        return anchor.year + 1, True
    if w.startswith("komend"):
        # 'komend jaar' is the next calendar year only when we know the letter's day; otherwise
        # it may mean the coming twelve months.
        return (anchor.year + 1, True) if anchor.day else (None, True)
    return None, True  # 'afgelopen jaar': the past twelve months


def _year_group(m: re.Match[str], anchor: Anchor) -> tuple[int | None, bool, bool]:
    """(year, relative, present) of a match's y group, which may be a year or 'dit jaar' and the like."""
    y = m.groupdict().get("y")
    if not y:
        return anchor.year, False, False
    if y.isdigit():
        return int(y), False, True
    year, rel = _relyear(m.group("ry"), anchor)
    return year, rel, True


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


def _expr(m: re.Match[str], text: str, start: int | None = None, **kw) -> TimeExpr:
    s = m.start() if start is None else start
    return TimeExpr(raw=text[s: m.end()], start=s, end=m.end(), **kw)


# --- normalization of each kind of candidate ---------------------------------------------

def _n_days_range(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    g = m.groupdict()
    mo = _month(g["m"])
    y = int(g["y"]) if g["y"] else None
    a, rel = _resolve_dm(int(g["d1"]), mo, y, g["rel"], anchor)
    b, _ = _resolve_dm(int(g["d2"]), mo, y, g["rel"], anchor)
    if not (g["y"] or anchor.year or g["rel"]):
        return _expr(m, text, relative=True, precision="range")
    return _expr(m, text, value=a or "", end_value=b or "", precision="range", relative=rel)


def _n_van_tot(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    g = m.groupdict()
    opener, joiner = m.group().split()[0].lower(), re.search(r"\s(tot|t/m|en)\s", m.group(), re.I)
    if joiner and joiner.group(1).lower() == "en" and opener != "tussen":
        return None  # 'de moties van 2019 en 2020' is no range
    a, b = _part_date(g["a"], anchor), _part_date(g["b"], anchor)
    if a is None or b is None:
        return None
    # The year of the end carries over to a start without one: 'van 6 oktober tot 7 november 2025'.
    if b[0] and re.fullmatch(rf"{D}{_S}{MONTH}|{MONTH}", g["a"], re.I) and not re.search(Y, g["a"]):
        yb = re.search(Y, g["b"])
        if yb:
            a = _part_date(f"{g['a']} {yb.group()}", anchor)
    if not a[0] or not b[0]:
        return _expr(m, text, relative=True, precision="range")
    return _expr(m, text, value=a[0], end_value=b[0], precision="range")


def _n_day(kind: str, m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    g = m.groupdict()
    mo = _month(g["m"])
    if kind == "full" and re.fullmatch(MEN, g["m"], re.I) and not re.fullmatch(MNL, g["m"], re.I) and not g["y"]:
        return None  # an English month name counts only with its year
    y = int(g["y"]) if g.get("y") else None
    if y is None and not anchor.year and not g.get("rel"):
        return _expr(m, text, relative=False, precision="day")
    if y is None and g.get("wd") and anchor.year:
        y = _year_of_weekday(g["wd"], int(g["d"]), mo, anchor.year)
    value, rel = _resolve_dm(int(g["d"]), mo, y, g.get("rel"), anchor)
    if value is None and (y is not None or anchor.year):
        return None  # 31 februari: not a date
    return _expr(m, text, value=value or "", precision="day", relative=rel)


def _n_quarter(kind: str, m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    g = m.groupdict()
    q = int(g["qn"]) if kind == "quarter_q" else _CFG["ordinals"][g["q"].lower()]
    year, rel, present = _year_group(m, anchor)
    if kind == "quarter_q" and not present:
        return None
    # A year-less quarter takes the anchor's year, like a year-less date.
    return _expr(m, text, value=f"{year}-Q{q}" if year else "", precision="quarter", relative=rel)


def _n_half(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    g = m.groupdict()
    h = 1 if g["h"].lower() in ("eerste", "1e") else 2
    year, rel, present = _year_group(m, anchor)
    if not present:
        return None  # 'de tweede helft' alone: of what?
    return _expr(m, text, value=f"{year}-H{h}" if year else "", precision="half", relative=rel)


def _n_season(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    g = m.groupdict()
    year, rel, _ = _year_group(m, anchor)
    season = _CFG["seasons"][g["s"].lower()]
    prep = (g.get("prep") or "").lower().replace("ó", "o")
    mod = _CFG["season_mods"].get(prep, "")
    start = m.start() if mod else m.start("s")
    return _expr(m, text, start=start, value=f"{year}-{season}" if year else "", precision="season",
                 relative=rel, mod=mod)


def _n_season_bare(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    g = m.groupdict()
    word = g["s"].lower()
    season = _CFG["seasons"].get(word) or _CFG["recesses"][word]
    prep = g["prep"].lower().replace("ó", "o")
    mod = _CFG["season_mods"].get(prep, "")
    year = anchor.year
    if year and anchor.month and mod == "BEFORE" and season == "SU" and anchor.month > 8:
        year += 1  # 'voor de zomer' written in the autumn means next summer
    return _expr(m, text, value=f"{year}-{season}" if year else "", precision="season", relative=True, mod=mod)


def _n_jaarwisseling(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    year = anchor.year
    if year and anchor.month and anchor.month <= 3:
        year -= 1
    return _expr(m, text, value=str(year) if year else "", precision="year", relative=True, mod="END")


def _n_part_year(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    g = m.groupdict()
    year, rel, _ = _year_group(m, anchor)
    mod = _CFG["year_parts"].get(g["p"].lower(), "")
    return _expr(m, text, value=str(year) if year else "", precision="year", relative=rel, mod=mod)


def _n_part_month(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    g = m.groupdict()
    year = int(g["y"]) if g["y"] else anchor.year
    mod = _CFG["year_parts"].get(g["p"].lower(), "")
    return _expr(m, text, value=f"{year}-{_month(g['m']):02d}" if year else "", precision="month",
                 relative=not g["y"] and not year, mod=mod)


def _n_month_year(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    g = m.groupdict()
    return _expr(m, text, value=f"{int(g['y'])}-{_month(g['m']):02d}", precision="month")


def _n_month_bare(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    g = m.groupdict()
    keep_prep = g["prep"].lower() == "in"
    start = m.start() if keep_prep else m.start("m")
    year = anchor.year
    return _expr(m, text, start=start, value=f"{year}-{_month(g['m']):02d}" if year else "",
                 precision="month", relative=not year)


def _n_year_range(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    g = m.groupdict()
    y1, y2 = int(g["y1"]), int(g["y2"])
    if not 0 < y2 - y1 <= 50:
        return None
    return _expr(m, text, value=str(y1), end_value=str(y2), precision="range")


def _n_relyear(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    g = m.groupdict()
    year, _ = _relyear(g["ry"], anchor)
    mod = _CFG["year_parts"].get((g["p"] or "").lower(), "")
    if (g["p"] or "").lower() == "eerder":
        mod = "BEFORE"
    elif (g["p"] or "").lower() == "later":
        mod = "AFTER"
    return _expr(m, text, value=str(year) if year else "", precision="year" if year else "", relative=True,
                 mod=mod)


def _n_years_later(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    g = m.groupdict()
    n = _CFG["numerals"][g["n"].lower()]
    sign = 1 if g["dir"].lower() in ("later", "daarna") else -1
    if last_year is None:
        return None  # 'een jaar later' after no year: a duration, not a date
    return _expr(m, text, value=str(last_year + sign * n), precision="year", relative=True)


def _n_deictic(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    g = m.groupdict()
    ref = anchor.as_date()
    shift = _CFG["deictic_days"][g["w"].lower()]
    value = (ref + timedelta(days=shift)).isoformat() if ref else ""
    return _expr(m, text, value=value, precision="day" if value else "", relative=True)


def _n_weekday(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    g = m.groupdict()
    ref = anchor.as_date()
    word = (g["pre"] or g["post"]).lower()
    want = WEEKDAY_NUM[(g["wd1"] or g["wd2"]).lower()]
    value = ""
    if ref:
        if word.startswith(("vorige", "afgelopen", "jl", "jongst")):
            delta = -((ref.weekday() - want) % 7 or 7)
        else:
            delta = (want - ref.weekday()) % 7 or 7
        value = (ref + timedelta(days=delta)).isoformat()
    return _expr(m, text, value=value, precision="day", relative=True)


def _n_relunit(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    return _relunit(m, text, anchor)


def _n_vague(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    phrase = re.sub(r"\s+", " ", m.group().lower())
    if phrase in ("het komende jaar", "het volgende jaar") and anchor.day:
        return _expr(m, text, value=str(anchor.year + 1), precision="year", relative=True)
    return _expr(m, text, relative=True)


def _n_vague_word(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    return _expr(m, text, relative=True)


def _n_year(m: re.Match[str], text: str, anchor: Anchor, last_year: int | None) -> TimeExpr | None:
    return _year(m, text)


def _normalizer(kind: str, fn: Callable[..., TimeExpr | None]) -> Callable[..., TimeExpr | None]:
    return lambda m, text, anchor, last_year: fn(kind, m, text, anchor, last_year)


NORMALIZERS: dict[str, Callable[[re.Match[str], str, Anchor, int | None], TimeExpr | None]] = {
    "days_range": _n_days_range, "van_tot": _n_van_tot, "full": _normalizer("full", _n_day),
    "mdy": _normalizer("mdy", _n_day), "numeric": _normalizer("numeric", _n_day), "iso": _normalizer("iso", _n_day),
    "quarter": _normalizer("quarter", _n_quarter), "quarter_q": _normalizer("quarter_q", _n_quarter), "half": _n_half,
    "season": _n_season, "season_bare": _n_season_bare, "jaarwisseling": _n_jaarwisseling, "part_year": _n_part_year,
    "part_month": _n_part_month, "month_year": _n_month_year, "month_bare": _n_month_bare,
    "year_range": _n_year_range, "relyear": _n_relyear, "years_later": _n_years_later, "deictic": _n_deictic,
    "weekday": _n_weekday, "relunit": _n_relunit, "vague": _n_vague, "vague_word": _n_vague_word, "year": _n_year,
}


WEEKDAY_NUM = WEEKDAY_NUMBER


def _year_of_weekday(weekday: str, d: int, mo: int, year: int) -> int:
    """'woensdag 17 mei' without a year: the year next to the anchor in which that day is a Wednesday."""
    want = WEEKDAY_NUM[weekday.lower()]
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
    m = re.fullmatch(rf"(?P<d>{D}){_S}(?P<m>{MONTH})(?:{_S}(?P<y>{Y}))?", part, re.I)
    if m:
        y = int(m.group("y")) if m.group("y") else anchor.year
        return (_ymd(y, _month(m.group("m")), int(m.group("d"))) or "", "day")
    m = re.fullmatch(rf"(?P<m>{MONTH})(?:{_S}(?P<y>{Y}))?", part, re.I)
    if m:
        y = int(m.group("y")) if m.group("y") else anchor.year
        return (f"{y}-{_month(m.group('m')):02d}" if y else "", "month")
    if re.fullmatch(Y, part):
        return (part, "year")
    return None


def _relunit(m: re.Match[str], text: str, anchor: Anchor) -> TimeExpr:
    w, unit = m.group("w").lower(), m.group("u").lower()
    shift = _CFG["unit_shifts"][w]
    ref = anchor.as_date()
    if unit == "maand" and anchor.year and anchor.month:
        idx = anchor.year * 12 + anchor.month - 1 + shift
        return _expr(m, text, value=f"{idx // 12}-{idx % 12 + 1:02d}", precision="month", relative=True)
    if unit == "week" and ref:
        iso = (ref + timedelta(weeks=shift)).isocalendar()
        return _expr(m, text, value=f"{iso[0]}-W{iso[1]:02d}", precision="week", relative=True)
    return _expr(m, text, relative=True)


def _year(m: re.Match[str], text: str) -> TimeExpr | None:
    """A four-digit number is a year when the words around it say so."""
    y0, y1 = m.start("y"), m.end("y")
    pre = (m.group("pre") or "").strip()
    if _POSTCODE_AFTER.match(text, y1) or _COUNT_AFTER.match(text, y1):
        return None
    before = text[max(0, m.start() - 12): m.start()]
    if _NOT_YEAR_BEFORE.search(before) or (pre.startswith("(") and re.search(r"[A-Z]{2,5}\Z", before)):
        return None  # 'Nr. 182/2011', 'COM(2021) 726': part of an identifier
    # A bare year counts only at a clause edge: 'Defensie (2025)', 'strategie 2025,'.
    if not pre and not re.match(r"(?:[).,;:!?]|\s*$|\s*\n|\s[-–]\s)", text[y1: y1 + 3]):
        return None
    if pre.startswith("("):
        start = y0
    elif pre.lower().startswith("in"):
        start = m.start()
    else:
        start = y0
    return TimeExpr(raw=text[start:y1], start=start, end=y1, value=m.group("y"), precision="year")
