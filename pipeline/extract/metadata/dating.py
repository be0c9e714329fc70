"""The document's own date and where it came from, tried in order: a dateline ('Den Haag, 3 maart 2023'), a
'Datum' field, a head line that is only a date, the date the page layout gave, the event a motion, answer or
report is dated by ('Voorgesteld 5 december 2024', 'ontvangen 12 augustus 2024'), the sitting a debate
report records ('Ik hervat de vergadering ... van donderdag 17 oktober'), the year of the colophon. Places,
event words and sitting phrases are in ``models/datelines.json``."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date as Date

from pipeline.document import Document
from pipeline.extract.dates import Anchor, estimate_anchor
from pipeline.extract.metadata.markup import markup_date
from pipeline.lang.calendar import MONTH_NUMBER, MONTHS_NL, WEEKDAY_NUMBER, WEEKDAYS_NL
from pipeline.lang.gazetteer import listed
from pipeline.resources import alternation, load_json
from pipeline.timex import find_date

_DATELINES = load_json("datelines.json")
_PLACES = alternation(_DATELINES["places"])
DATELINE = re.compile(rf"^\s*{_PLACES}\s*,?\s+(?P<rest>.{{6,40}})$", re.M)
# Any other place that the gazetteers know, written as a dateline: 'Zoetermeer, 3 maart 2023'.
OTHER_DATELINE = re.compile(r"^\s*(?P<place>[A-Z'’‘][\w'’‘. -]{1,30}?),\s+(?P<rest>.{6,40})$", re.M)
DATUM_FIELD = re.compile(r"^\s*Datum\s*:?\s*(?P<rest>.{6,40})$", re.M)
# The meeting an event happened at may stand between the event and its date:
# 'Voorgesteld tijdens het Wetgevingsoverleg van 12 februari 2024'.
_SETTING = (rf"(?:{alternation(_DATELINES['event_settings'])}\s+(?:het|de|een)\s+[\w-]+(?:\s+[\w-]+){{0,3}}?"
            r"\s+(?:van|d\.d\.|op)\s+)?")
EVENT_DATE = re.compile(rf"\b(?P<kind>{alternation(_DATELINES['events'])})\s+{_SETTING}(?P<rest>[^)\n]{{6,30}})")
SITTING = re.compile(rf"\b{alternation(_DATELINES['sittings'])}\b[^.\n]{{0,90}}?\bvan\s+"
                     rf"(?P<wd>{alternation(WEEKDAYS_NL)})\s+(?P<d>[0-3]?\d)\s+"
                     rf"(?P<m>{alternation(MONTHS_NL)})\b(?:\s+(?P<y>(?:19|20)\d\d)\b)?", re.I)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
HEAD_DATE_LINES = 5  # a line that is only a date, among the first lines, dates the document

Dated = tuple[str, str]  # (ISO date or year, its source)


def document_date(doc: Document, lines: list[str]) -> Dated:
    head = "\n".join(lines[:40])
    return (markup_date(doc) or _head_dateline(head) or _sidebar_datum(doc.furniture.get("sidebar", []))
            or _date_line(lines)
            or _page_date(doc.date_hint) or _event_date(head[:4000]) or _sitting_date(doc.text)
            or _colophon_year(doc))


def document_anchor(text: str, date: str, date_source: str) -> Anchor:
    """The document date anchors relative expressions; without one, the year its dates point to."""
    if date:
        return Anchor.parse(date, date_source or "document_date")
    return estimate_anchor(text)


def _head_dateline(head: str) -> Dated | None:
    """A dateline or 'Datum' field in the head whose rest is (almost) nothing but a date."""
    for regex, source in ((DATELINE, "dateline"), (DATUM_FIELD, "datum_field"), (OTHER_DATELINE, "dateline")):
        for m in regex.finditer(head):
            if regex is OTHER_DATELINE and not _is_place(m.group("place")):
                continue
            found = find_date(m.group("rest"))
            if found and found[1] <= 3 and found[2] >= len(m.group("rest").rstrip(" .")) - 1:
                return found[0], source
    return None


def _is_place(name: str) -> bool:
    """A place the gazetteers know (a municipality, a city abroad)."""
    return any(label in ("GPE", "LOC") for _, label in listed(name))


def _sidebar_datum(side: list[str]) -> Dated | None:
    """The line after 'Datum' in the sidebar of a letter."""
    for i, ln in enumerate(side[:30]):
        if ln.strip().rstrip(":") == "Datum" and i + 1 < len(side):
            found = find_date(side[i + 1])
            if found:
                return found[0], "datum_field"
    return None


def _date_line(lines: list[str]) -> Dated | None:
    """A line among the first that is nothing but a full date ('15 februari 2023', 'Donderdag 17 oktober 2024')."""
    for ln in lines[:HEAD_DATE_LINES]:
        found = find_date(ln)
        if found and found[1] == 0 and found[2] >= len(ln.rstrip(" .")) - 1:
            return found[0], "date_line"
    return None


def _sitting_date(text: str) -> Dated | None:
    """The day of the sitting a debate report records; a year-less day takes the year its weekday fits."""
    m = SITTING.search(text[:3000])
    if not m:
        return None
    month, day = MONTH_NUMBER[m.group("m").lower()], int(m.group("d"))
    year = int(m.group("y")) if m.group("y") else weekday_year(day, month, WEEKDAY_NUMBER[m.group("wd").lower()],
                                                               _reference_year(text))
    try:
        return (Date(year, month, day).isoformat(), "sitting") if year else None
    except ValueError:
        return None


def weekday_year(day: int, month: int, weekday: int, near: int | None, spread: int = 3) -> int | None:
    """The year, within ``spread`` of ``near``, in which day-month falls on ``weekday`` (Monday 0); the closest
    one, the later on a tie. None without a year to be near to or without such a year."""
    if not near:
        return None
    fits = []
    for y in range(near - spread, near + spread + 1):
        try:
            if Date(y, month, day).weekday() == weekday:
                fits.append(y)
        except ValueError:
            continue
    return min(fits, key=lambda y: (abs(y - near), -y)) if fits else None


def _reference_year(text: str) -> int | None:
    """The year the text's dates point to, else the year it names most often (the later on a tie)."""
    anchor = estimate_anchor(text)
    if anchor.year:
        return anchor.year
    years = Counter(int(y) for y in YEAR.findall(text))
    return max(years, key=lambda y: (years[y], y)) if years else None


def _page_date(date_hint: str) -> Dated | None:
    found = find_date(date_hint) if date_hint else None
    return (found[0], "page_date") if found else None


def _event_date(head: str) -> Dated | None:
    """Motions are dated by their tabling, answers by their receipt, reports by adoption."""
    events: dict[str, re.Match] = {}
    for m in EVENT_DATE.finditer(head):
        events.setdefault(m.group("kind").lower(), m)
    for kind in _DATELINES["event_preference"]:
        m = events.get(kind)
        found = find_date(m.group("rest")) if m else None
        if found and found[1] == 0:
            return found[0], kind
    return None


def _colophon_year(doc: Document) -> Dated:
    year = doc.furniture.get("print_year")
    return (year, "colophon_year") if year else ("", "")
