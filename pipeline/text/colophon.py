"""Page furniture of Dutch parliamentary prints: colophons, running footers, page numbers.

A Kamerstuk page footer reads::

    kst-33694-68
    ISSN 0921 - 7371
    's-Gravenhage 2023 Tweede Kamer, vergaderjaar 2022–2023, 33 694, nr. 68 1

It is not content, but it tells the document's own id, dossier, ondernummer and
vergaderjaar, which :func:`parse_furniture` keeps.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.ids import normalize_dossier, vergaderjaar
from pipeline.lang.kamer import kamer_code

_YEAR_PAIR = r"(?P<y1>(?:19|20)\d\d)\s*[-–/]\s*(?P<y2>(?:19|20)?\d\d)"
_DOSSIER = r"(?P<dossier>\d{1,3}(?:[ .]?\d{3})(?:[ -]?(?:[A-Z]{1,4}|\d{1,3}|[IVXL]+))?)"

OWN_ID = re.compile(r"^\s*(?P<id>(?:kst|ah-tk|ah-ek|h-tk|h-ek|stcrt|stb|blg|trb)-[\w-]+)\s*$", re.I)
ISSN = re.compile(r"^\s*ISSN\s+\d{4}\s*-\s*\d{3}[\dXx]\s*$")
FOOTER = re.compile(
    r"^\s*(?:['’‘]s-Gravenhage\s+(?P<year>\d{4})\s+)?"
    r"(?P<kamer>Tweede|Eerste)\s+Kamer,\s+vergaderjaar\s+" + _YEAR_PAIR +
    r"(?:,\s*(?:" + _DOSSIER + r",\s*nr\.\s*(?P<nr>[\w]+)|(?P<aanhangsel>Aanhangsel)))?"
    r"(?:\s+(?P<page>\d{1,4}))?\s*$"
)
PRINT_PLACE = re.compile(r"^\s*['’‘]s-Gravenhage\s+(?P<year>(?:19|20)\d\d)\s*$")
PAGE_NUMBER = re.compile(
    r"^\s*(?:(?:pagina|blz\.?|blad|page|p\.)\s*)?[-–(]?\s*\d{1,4}\s*[-–)]?\s*"
    r"(?:(?:van|/|of)\s*\d{1,4})?\s*$", re.I)
SIDEBAR_PAGE = re.compile(r"^\s*(?:Pagina|Blad)\s+\d{1,4}\s+van\s+\d{1,4}\b.*$", re.I)


def is_page_number(text: str) -> bool:
    t = text.strip()
    return bool(t) and (bool(PAGE_NUMBER.match(t)) or bool(SIDEBAR_PAGE.match(t)))


def is_colophon(text: str) -> bool:
    return bool(OWN_ID.match(text) or ISSN.match(text) or FOOTER.match(text) or PRINT_PLACE.match(text))


def parse_furniture(text: str, info: dict[str, Any]) -> None:
    """Add what one furniture line says about the document to ``info``."""
    m = OWN_ID.match(text)
    if m:
        info.setdefault("own_id", m.group("id").lower())
        return
    m = PRINT_PLACE.match(text)
    if m:
        info.setdefault("print_year", m.group("year"))
        return
    m = FOOTER.match(text)
    if m:
        info.setdefault("kamer", kamer_code(m.group("kamer")))
        if vergaderjaar(m.group("y1"), m.group("y2")):
            info.setdefault("vergaderjaar", vergaderjaar(m.group("y1"), m.group("y2")))
        if m.group("year"):
            info.setdefault("print_year", m.group("year"))
        if m.group("dossier"):
            info.setdefault("dossier", normalize_dossier(m.group("dossier")))
            info.setdefault("ondernummer", m.group("nr"))
        if m.group("aanhangsel"):
            info.setdefault("aanhangsel", True)


# Flattened text (a PDF's text saved as one line) carries the same furniture inline, between sentences:
# '... medewerkers? ah-tk-20232024-2367 ISSN 0921 - 7398 ’s-Gravenhage 2024 Tweede Kamer, vergaderjaar
# 2023–2024, Aanhangsel 1 Antwoord 3 ...'. A colophon block (own id, ISSN, print place) or a running footer
# followed by its page number is furniture; an id or a footer-like citation alone inside a sentence is not.
_INLINE_OWN = r"(?P<own>\b(?:kst|ah-tk|ah-ek|h-tk|h-ek|blg)-\d[\w-]*\d\b)"
_INLINE_ISSN = r"(?P<issn>\bISSN\s+\d{4}\s*-\s*\d{3}[\dXx]\b)"
_INLINE_PLACE = r"(?P<place>['’‘]s-Gravenhage\s+(?:19|20)\d\d\b)"
_INLINE_FOOTER = (r"(?P<footer>(?:Tweede|Eerste)\s+Kamer,\s+vergaderjaar\s+(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d"
                  r"(?:,\s*(?:\d{1,3}(?:[ .]?\d{3})(?:[ -]?(?:[A-Z]{1,4}|\d{1,3}))?,\s*nr\.\s*\w+|Aanhangsel))?)")
INLINE_FURNITURE = re.compile(
    rf"(?:{_INLINE_OWN}\s+)?{_INLINE_ISSN}(?:\s+{_INLINE_PLACE})?(?:\s+{_INLINE_FOOTER}(?:\s+(?P<page>\d{{1,4}})\b)?)?"
    rf"|{_INLINE_FOOTER.replace('?P<footer>', '?P<footer2>')}\s+(?P<page2>\d{{1,4}})(?=\s|$)"
    rf"|{_INLINE_FOOTER.replace('?P<footer>', '?P<footer3>')}\s*$")


def split_inline_furniture(line: str, info: dict[str, Any]) -> list[tuple[str, bool]]:
    """Cut the furniture out of one long line: the pieces of text between, each with whether a page ends
    after it (a running footer closes its page). What the furniture tells goes into ``info``."""
    pieces: list[tuple[str, bool]] = []
    pos = 0
    for m in INLINE_FURNITURE.finditer(line):
        for group in ("own", "place", "footer", "footer2", "footer3"):
            if m.group(group):
                parse_furniture(m.group(group), info)
        pieces.append((line[pos:m.start()], bool(m.group("footer") or m.group("footer2") or m.group("footer3"))))
        info["inline_furniture"] = info.get("inline_furniture", 0) + 1
        pos = m.end()
    pieces.append((line[pos:], False))
    return [(text, page_end) for text, page_end in pieces if text.strip() or page_end]
