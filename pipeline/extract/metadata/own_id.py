"""The document's own Kamerstuk id: from its colophon (the page furniture), else from its printed head
('36 600 XIV' / 'Nr. 12'; an Aanhangsel's number under its masthead), else with the dossier inferred from
the series it cites."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from pipeline.document import Document
from pipeline.extract.metadata.questions import aanhangsel_number
from pipeline.extract.metadata.values import OwnId
from pipeline.extract.references import find_references
from pipeline.ids import normalize_dossier, vergaderjaar

DOSSIER_LINE = re.compile(r"^\s*(?P<dossier>\d{2}\s?\d{3}(?:[- ](?:[A-Z]{1,4}|\d{1,3}))?)(?:\s+(?P<title>\S.*))?$")
NR_LINE = re.compile(r"^\s*Nr\.\s*(?P<nr>\d+[a-z]?|[A-Z]{1,2})\b\s*(?P<rest>.*)$")
VERGADERJAAR_LINE = re.compile(r"\bVergaderjaar\s+(?P<y1>(?:19|20)\d\d)\s*[-–/]\s*(?P<y2>(?:19|20)?\d\d)", re.I)
# Newer prints of motions open with their compact number: '35851-71', maybe under a date line.
COMPACT_LINES = 3
COMPACT_NUMBER = re.compile(r"^(\d{5}(?:-[A-Z]{1,6}|-\d{2})?)-(\d+[a-z]?)$")
KAMERSTUK_ID = re.compile(r"kst-(\d+(?:-[A-Z0-9]+)?)-(\w+)$")
AANHANGSEL_ID = re.compile(r"ah-[te]k-\d{8}-(\d+)$")


def own_id(doc: Document, lines: list[str], doc_type: str = "") -> OwnId:
    f = doc.furniture
    own = _printed_id(f, lines)
    dossier, nr = _head_numbers(lines[:12], f.get("dossier", ""), f.get("ondernummer", ""))
    base = OwnId(dossier=dossier, ondernummer=nr, vergaderjaar=_vergaderjaar(f, lines), kamer=f.get("kamer", ""))
    if doc_type == "antwoord_kamervragen":
        return _aanhangsel_id(doc.text, own, base)
    if own:
        m = KAMERSTUK_ID.match(own)
        if not dossier and m:
            return replace(base, kamerstuk=own, dossier=m.group(1), ondernummer=m.group(2))
        return replace(base, kamerstuk=own)
    inferred = False
    if nr and not dossier and nr.isdigit():
        dossier = _series_dossier(doc.text, int(nr))
        inferred = bool(dossier)
    own = f"kst-{dossier}-{nr}" if dossier and nr else ""
    return replace(base, kamerstuk=own, inferred=inferred, dossier=dossier)


def _aanhangsel_id(text: str, own: str, base: OwnId) -> OwnId:
    """An answer's own id is its Aanhangsel number: from the colophon, else the number under the masthead
    with the vergaderjaar ('ah-tk-20232024-2271'). It has no dossier, and the Aanhangsel number is not an
    ondernummer."""
    if AANHANGSEL_ID.match(own):
        return replace(base, kamerstuk=own)
    nr = aanhangsel_number(text)
    if nr and base.vergaderjaar:
        house = "ek" if base.kamer == "I" else "tk"
        return replace(base, kamerstuk=f"ah-{house}-{base.vergaderjaar.replace('-', '')}-{nr}")
    return replace(base, kamerstuk=own) if own else base


def _vergaderjaar(furniture: dict[str, Any], lines: list[str]) -> str:
    """The parliamentary year of the colophon, else the one printed in the head."""
    vj = furniture.get("vergaderjaar", "")
    if not vj:
        m = VERGADERJAAR_LINE.search("\n".join(lines[:12]))
        if m:
            vj = vergaderjaar(m.group("y1"), m.group("y2"))
    return vj


def _printed_id(furniture: dict[str, Any], lines: list[str]) -> str:
    """The own id the colophon gave, else the compact number a motion opens with (on one of its first lines)."""
    own = furniture.get("own_id", "")
    for line in lines[:COMPACT_LINES] if not own else ():
        m = COMPACT_NUMBER.match(line)
        if m:
            return f"kst-{m.group(1)}-{m.group(2)}"
    return own


def _head_numbers(head: list[str], dossier: str, nr: str) -> tuple[str, str]:
    """Dossier and ondernummer printed in the head ('36 600 XIV' / 'Nr. 12'), where the colophon gave none."""
    if not nr:
        m = next((m for m in map(NR_LINE.match, head) if m), None)
        nr = m.group("nr") if m else ""
    if not dossier and nr:
        for ln in head:
            m = DOSSIER_LINE.match(ln)
            if m and not NR_LINE.match(ln):
                return normalize_dossier(m.group("dossier")), nr
    return dossier, nr


def _series_dossier(text: str, number: int) -> str:
    """A print that lost its dossier header ('Nr. 64' only) continues a series it cites.

    Take the cited dossier whose highest cited number below ours is closest to
    it: a letter usually refers back to the previous letter in its own dossier.
    """
    best, gap = "", None
    for ref in find_references(text):
        if ref.kind != "kamerstuk" or not ref.ondernummer.isdigit():
            continue
        nr = int(ref.ondernummer)
        if nr < number and (gap is None or number - nr < gap):
            best, gap = ref.dossier, number - nr
    return best
