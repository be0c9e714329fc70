"""Named entities with roles (being built: issue 5)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from pipeline.document import Document


def entity_rows(doc: Document, sdoc: Doc | None, signatories: list[Any]) -> list[dict[str, Any]]:
    """Rows of entities.csv for one document: one per distinct entity."""
    return []
