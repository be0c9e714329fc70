"""Whom the document is addressed to: its 'Aan' line, or, for a letter that speaks to the chamber
('uw Kamer', 'Geachte voorzitter'), the chair of the chamber it was sent to."""

from __future__ import annotations

import re

from pipeline.lang.kamer import kamer_name

ADDRESSEE = re.compile(r"^\s*Aan\s*:?\s*(?:de\s+)?(?P<who>(?:Voorzitter|voorzitter)\s+van\s+de\s+"
                       r"(?:Tweede|Eerste)\s+Kamer(?:\s+der\s+Staten-Generaal)?"
                       r"|(?:[Mm]inister|[Ss]taatssecretaris)\b[^\n]{0,80})", re.M)
TO_THE_CHAMBER = re.compile(r"\b(?:uw Kamer|Geachte [Vv]oorzitter)\b")


def addressee(text: str, doc_type: str, kamer: str) -> str:
    m = ADDRESSEE.search(text[:3000])
    if m:
        who = m.group("who").strip().rstrip(",.")
        return who[:1].upper() + who[1:]
    if doc_type == "brief_regering" and TO_THE_CHAMBER.search(text):
        return f"Voorzitter van de {kamer_name(kamer)}"
    return ""
