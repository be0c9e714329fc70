"""References as spans: ``doc.spans["references"]``, each with its :class:`Reference` on ``span._.reference``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.extensions import guarded, parts, set_findings
from pipeline.extract.references import find_references

OWN_ID_HEAD = 300  # characters of the head where a document prints its own number


@Language.component("kst_references", requires=["doc._.facts"], assigns=["doc.spans", "span._.reference"])
@guarded("references")
def references(doc: Doc) -> Doc:
    """Every reference of the body and of each footnote.

    The document's own number printed in its head is metadata, not a reference.
    """
    own = doc._.facts.kamerstuk if doc._.facts is not None else ""
    for part, note in parts(doc):
        found = [r for r in find_references(part.text)
                 if not (own and note is None and r.canonical == own and r.start < OWN_ID_HEAD)]
        set_findings(part, "references", "reference", ((r.start, r.end, r.kind, r) for r in found))
    return doc
