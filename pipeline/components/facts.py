"""Document facts: type, own Kamerstuk id, date, signatories and the anchor of relative dates.

Computed once per document, before the extractors that need them, and passed on as ``doc._.facts``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.extensions import register, source_of
from pipeline.extract.metadata import extract_metadata


def document_facts(doc: Doc) -> Doc:
    register()
    doc._.facts = extract_metadata(source_of(doc))
    return doc
