"""Motions as spans: ``doc.spans["motions"]``, each with its :class:`MotionValue` on ``span._.motion``.

A motion stands where it is first named: in the body, or in the footnote that alone names it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.extensions import guarded, parts, passages, set_findings, turns_of
from pipeline.extract.motions import find_motions


@guarded("motions")
def motions(doc: Doc) -> Doc:
    body, *notes = passages(doc)
    facts = doc._.facts
    found = find_motions(body, notes, facts.kamerstuk if facts else "", turns_of(doc))
    for part, note in parts(doc):
        here = [m for m in found if m.footnote is note]
        set_findings(part, "motions", "motion", ((m.start, m.end, m.status or "motie", m) for m in here))
    return doc
