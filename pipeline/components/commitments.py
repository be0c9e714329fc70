"""Commitments as spans: ``doc.spans["commitments"]`` (the sentence of each promise), with its
:class:`CommitmentValue` on ``span._.commitment``."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.extensions import guarded, passages, set_findings, turns_of
from pipeline.extract.commitments import find_commitments
from pipeline.extract.metadata import Metadata


@guarded("commitments")
def commitments(doc: Doc) -> Doc:
    body, *notes = passages(doc)
    found = find_commitments(body, doc._.facts or Metadata(), notes,
                             parsed=doc if doc.has_annotation("DEP") else None, turns=turns_of(doc))
    set_findings(doc, "commitments", "commitment", ((c.start, c.end, c.cue, c) for c in found))
    return doc
