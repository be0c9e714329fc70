"""Commitments (toezeggingen): what the government promises parliament. (Being built: issue 6.)"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from pipeline.document import Document
from pipeline.extract.dates import Anchor


def commitment_rows(doc: Document, sdoc: Doc | None, refs: list[dict[str, Any]], dates: list[dict[str, Any]],
                    anchor: Anchor, doc_type: str) -> list[dict[str, Any]]:
    """Rows of commitments.csv for one document."""
    return []
