"""Turns of speech as spans: ``doc.spans["turns"]`` (each whole turn, header included, labelled with the
speaker's role), with its :class:`~pipeline.extract.turns.Turn` on ``span._.turn``; ``extensions.turns_of(doc)`` gives
the values in order. Only debate transcripts have turns; the extractors after this one read them (commitments only
from the government's turns, a minister's verdict on a motion)."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.extensions import guarded, set_findings, text_of
from pipeline.extract.turns import find_turns


@guarded("turns")
def turns(doc: Doc) -> Doc:
    found = find_turns(text_of(doc))
    set_findings(doc, "turns", "turn", ((t.start, t.end, t.role, t) for t in found))
    return doc
