"""What the source's markup says about the document (officielebekendmakingen XML and HTML), preferred over
what the text suggests: the markup is the publisher's own record. Read from ``furniture["markup"]``
(:mod:`pipeline.text.markup`); the id, dossier, ondernummer and vergaderjaar come through the colophon keys
:mod:`.own_id` already reads."""

from __future__ import annotations

from typing import Any

from pipeline.document import Document
from pipeline.extract.metadata.signatures import recase_role
from pipeline.extract.metadata.values import Signatory

# The publication types whose document type the text cannot mistake: a debate report, an Aanhangsel.
TYPES = {"handelingen": "verslag", "kamervragen": "antwoord_kamervragen",
         "aanhangsel van de handelingen": "antwoord_kamervragen", "aanhangsel": "antwoord_kamervragen"}


def markup_of(doc: Document) -> dict[str, Any]:
    return doc.furniture.get("markup", {})


def markup_type(doc: Document) -> str:
    return TYPES.get(str(markup_of(doc).get("type", "")).lower(), "")


def markup_date(doc: Document) -> tuple[str, str] | None:
    date = markup_of(doc).get("date", "")
    return (date, "markup") if date else None


def markup_signatories(doc: Document) -> tuple[Signatory, ...]:
    return tuple(Signatory(s.get("name") or None, recase_role(s["role"]) if s.get("role") else None)
                 for s in markup_of(doc).get("signatories", ()))
