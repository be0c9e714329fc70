"""Motions as spans: ``doc.spans["motions"]``, each with its :class:`MotionValue` on ``span._.motion``.

A motion stands where it is first named: in the body, or in the footnote that alone names it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.extensions import guarded, parts, set_findings, values
from pipeline.components.sentences import sentence_spans
from pipeline.extract.motions import MotionValue, Part, find_motions


@Language.component("kst_motions", requires=["doc._.facts", "doc.spans"], assigns=["doc.spans", "span._.motion"])
@guarded("motions")
def motions(doc: Doc) -> Doc:
    found = [Part(text=p.text, sentences=sentence_spans(p, p.text), references=values(p, "references", "reference"),
                  dates=values(p, "dates", "date"), footnote=note) for p, note in parts(doc)]
    facts = doc._.facts
    motions = find_motions(found[0], found[1:], facts.kamerstuk if facts else "")
    for k, (part, note) in enumerate(parts(doc)):
        here: list[MotionValue] = [m for m in motions if m.footnote is note] if k else \
            [m for m in motions if m.footnote is None]
        set_findings(part, "motions", "motion", ((m.start, m.end, m.status or "motie", m) for m in here))
    return doc
