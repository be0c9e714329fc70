"""Entities as spans: ``doc.spans["entities"]`` holds every mention (in the body, or in a footnote's Doc),
each with the :class:`EntityValue` of the distinct entity it names on ``span._.entity``."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.extensions import guarded, parts, set_findings, text_of
from pipeline.extract.entities import find_entities


@guarded("entities")
def entities(doc: Doc) -> Doc:
    facts = doc._.facts
    notes = list(doc._.notes)
    found = find_entities(text_of(doc), [n.footnote for n in notes], doc, facts.signatories if facts else (),
                          (facts.kamer if facts else "") or "II", [n.doc for n in notes])
    per_part: list[list] = [[] for _ in range(len(notes) + 1)]
    for entity in found:
        value = entity.value()
        for m in entity.members:
            per_part[m.part].append((m.start, m.end, value.label, value))
    for k, (part, _note) in enumerate(parts(doc)):
        set_findings(part, "entities", "entity", sorted(per_part[k], key=lambda f: (f[0], f[1])))
    return doc
