"""A statistical model's entities as mentions, in this project's labels (``model_labels`` in
``models/entities.json``; labels not there are dropped)."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.extract.entities.knowledge import entity_settings
from pipeline.extract.entities.values import Mention


def model_mentions(sdoc: Doc | None) -> list[Mention]:
    if sdoc is None:
        return []
    labels = entity_settings()["model_labels"]
    return [Mention(e.start_char, e.end_char, e.text, labels[e.label_], e.text, "model")
            for e in sdoc.ents if e.label_ in labels]
