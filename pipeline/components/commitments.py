"""Commitments as spans: ``doc.spans["commitments"]`` (the sentence of each promise), with its
:class:`CommitmentValue` on ``span._.commitment``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.extensions import guarded, set_findings, values
from pipeline.components.sentences import sentence_spans
from pipeline.extract.commitments import Body, find_commitments
from pipeline.extract.metadata import Metadata


@Language.component("kst_commitments", requires=["doc._.facts", "doc.spans"],
                    assigns=["doc.spans", "span._.commitment"])
@guarded("commitments")
def commitments(doc: Doc) -> Doc:
    body = Body(text=doc.text, sentences=sentence_spans(doc, doc.text),
                references=values(doc, "references", "reference"), dates=values(doc, "dates", "date"),
                facts=doc._.facts or Metadata(),
                notes=[(n.footnote, values(n.doc, "references", "reference")) for n in doc._.notes],
                parsed=doc if doc.has_annotation("DEP") else None)
    found = find_commitments(body)
    set_findings(doc, "commitments", "commitment", ((c.start, c.end, c.cue, c) for c in found))
    return doc
