"""The document's own date and where it came from, tried in order: a dateline ('Den Haag, 3 maart 2023'), a
'Datum' field, the date the page layout gave, the event a motion, answer or report is dated by
('Voorgesteld 5 december 2024'), the year of the colophon. Places and event words are in
``models/datelines.json``."""

from __future__ import annotations

import re

from pipeline.document import Document
from pipeline.extract.dates import Anchor, estimate_anchor
from pipeline.lang.gazetteer import listed
from pipeline.resources import alternation, load_json
from pipeline.timex import find_date

_DATELINES = load_json("datelines.json")
_PLACES = alternation(_DATELINES["places"])
DATELINE = re.compile(rf"^\s*{_PLACES}\s*,?\s+(?P<rest>.{{6,40}})$", re.M)
# Any other place that the gazetteers know, written as a dateline: 'Zoetermeer, 3 maart 2023'.
OTHER_DATELINE = re.compile(r"^\s*(?P<place>[A-Z'’‘][\w'’‘. -]{1,30}?),\s+(?P<rest>.{6,40})$", re.M)
DATUM_FIELD = re.compile(r"^\s*Datum\s*:?\s*(?P<rest>.{6,40})$", re.M)
EVENT_DATE = re.compile(rf"\b(?P<kind>{alternation(_DATELINES['events'])})\s+(?P<rest>[^)\n]{{6,30}})")

Dated = tuple[str, str]  # (ISO date or year, its source)


def document_date(doc: Document, lines: list[str]) -> Dated:
    head = "\n".join(lines[:40])
    return (_head_dateline(head) or _sidebar_datum(doc.furniture.get("sidebar", []))
            or _page_date(doc.date_hint) or _event_date(head) or _colophon_year(doc))


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
