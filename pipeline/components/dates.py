"""Dates as spans: ``doc.spans["dates"]``, each with its :class:`TimeExpr` on ``span._.date``."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.extensions import guarded, parts, set_findings, text_of, values
from pipeline.extract.dates import Anchor, find_dates


@guarded("dates")
def dates(doc: Doc) -> Doc:
    """Time expressions of the body and the footnotes, resolved against the document's anchor; what the
    references claimed is skipped."""
    anchor = doc._.facts.anchor if doc._.facts is not None else Anchor()
    for part, _note in parts(doc):
        claimed = [(r.start, r.end) for r in values(part, "references", "reference")]
        found = find_dates(text_of(part), anchor, claimed)
        set_findings(part, "dates", "date", ((d.start, d.end, d.precision or "vague", d) for d in found))
    return doc
