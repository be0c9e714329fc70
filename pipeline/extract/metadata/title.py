"""The document's title: the one the layout gave, the title after its number ('Nr. 12 BRIEF VAN ...'), its
'Onderwerp', the question an answer answers, the agenda item a debate transcript opens with, or the big type of
its first page."""

from __future__ import annotations

import re

from pipeline.document import Document
from pipeline.extract.metadata.own_id import NR_LINE
from pipeline.extract.metadata.questions import questions_title
from pipeline.resources import alternation, load_json

_AGENDA = load_json("doc_types.json")["agenda"]
_SPACE = r"\s+"
_KINDS = alternation(_AGENDA["kinds"], _SPACE)
_JOINERS = alternation(_AGENDA["joiners"], _SPACE)
AGENDA_ITEM = re.compile(
    rf"\bAan de orde (?:is|zijn) (?:het |de )?(?:{_KINDS}\s+)?(?:{_JOINERS}\s+)?"
    r"(?P<t>[^.\n]{2,200}?)\s*(?:\([^()\n]{0,60}\)\s*)?[.:](?=\s|$)")
SUBJECT = re.compile(r"^Onderwerp\s*:?\s+(?P<t>\S.{2,200})$")
# 'MOTIE VAN HET LID ...' in capitals, maybe at the end of a line it was joined to.
MOTION_HEADING = re.compile(r"(?:GEWIJZIGDE\s+)?MOTIE VAN (?:HET LID|DE LEDEN)\b[^a-z\n]{2,160}$")


def title(doc: Document, lines: list[str], doc_type: str) -> str:
    if doc.title_hint:
        return doc.title_hint
    for ln in lines[:12]:
        m = NR_LINE.match(ln)
        if m and m.group("rest").strip():
            return m.group("rest").strip()
        if m:
            nxt = lines[lines.index(ln) + 1] if lines.index(ln) + 1 < len(lines) else ""
            if nxt.isupper():
                return nxt
    for ln in lines[:25]:
        m = SUBJECT.match(ln)
        if m:
            return m.group("t").strip()
    if doc_type == "antwoord_kamervragen" and questions_title(doc.text):
        return questions_title(doc.text)
    if doc_type == "verslag":
        item = AGENDA_ITEM.search(doc.text[:3000])
        if item:
            return item.group("t").strip(" \"'“”‘’")
    if doc_type == "motie":
        heading = next((m for m in map(MOTION_HEADING.search, lines[:12]) if m), None)
        if heading:
            return heading.group(0).strip()
    big = doc.furniture.get("title_hint", "")
    return big if len(big.split()) >= 2 and sum(c.isalpha() for c in big) >= 8 else ""
