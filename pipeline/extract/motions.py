"""Motions (moties): mentions in letters and motion documents themselves. (Being built: issue 6.)"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from pipeline.document import Document
from pipeline.extract.dates import Anchor


def motion_rows(doc: Document, sdoc: Doc | None, refs: list[dict[str, Any]], dates: list[dict[str, Any]],
                anchor: Anchor, doc_type: str) -> list[dict[str, Any]]:
    """Rows of motions.csv for one document (contract columns; extra keys go to the document JSON only)."""
    return []
