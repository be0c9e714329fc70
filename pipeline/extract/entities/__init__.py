"""Named entities with roles: domain rules that stand on their own, merged with a model's NER.

Rules, in order of trust, one module each:

1. gazetteers (``models/gazetteers/*.json``, :mod:`pipeline.lang.gazetteer`): ministries, parties,
   international bodies, government bodies, countries, places, laws, nationalities (:mod:`.listed`);
2. definitions the text gives itself: ``Name (ACRONYM)`` and ``Name (hierna: X)``,
   after which the acronym alone names the same entity (:mod:`.definitions`);
3. people: signatories, initials with a surname (``W.B. Hoekstra``), a title or
   office before a name (``minister-president Schoof``, ``Premier Dick
   Schoof``), members of parliament (``het lid Van Dijk (NSC)``, ``de motie
   Koopmans c.s.``) with their party (:mod:`.people`);
4. titles: debates and agenda items (``VAO Bouwregelgeving``), laws by their citation title (``Wet op de
   huurtoeslag``) and quoted titles of reports and programmes (:mod:`.titles`);
5. other proper names: runs of capitalised words, labelled by their head word
   (``Universiteit`` → ORG, ``Summit`` → EVENT, ``Strategie`` → MISC) (:mod:`.proper`).

Overlaps go to the more trusted rule, then the longer span. Mentions of one
entity (``van Dijk``, ``Van Dijk``, ``het lid Van Dijk (NSC)``; ``NAVO``,
``NATO``) become one row with their count (:mod:`.resolve`). With a statistical
model, its entities join where no rule found anything (``source`` model, :mod:`.model`),
and rows found by both say ``both``.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from pipeline.extract.entities.definitions import definition_mentions
from pipeline.extract.entities.knowledge import head_label
from pipeline.extract.entities.listed import gazetteer_mentions, kamer_mentions
from pipeline.extract.entities.model import model_mentions
from pipeline.extract.entities.people import (
    known_surnames,
    party_person_mentions,
    person_mentions,
    person_normal,
    role_spelling,
)
from pipeline.extract.entities.proper import acronym_mentions, proper_mentions
from pipeline.extract.entities.resolve import group, resolve
from pipeline.extract.entities.titles import title_mentions
from pipeline.extract.entities.values import Entity, EntityValue, Mention
from pipeline.lang.gazetteer import gazetteer

__all__ = ["Entity", "EntityValue", "Mention", "find_entities", "gazetteer", "head_label"]


def find_entities(text: str, footnotes: list[Any] = (), sdoc: Doc | None = None, signatories: list[Any] = (),
                  kamer: str = "II", note_docs: list[Doc | None] = ()) -> list[Entity]:
    """The distinct entities of a text and its footnotes, each with its mentions (``Entity.members``).

    ``sdoc`` and ``note_docs`` are the spaCy Docs of the text and of each footnote, whose model entities
    (where a model ran) join the rules' mentions.
    """
    models = [sdoc, *(list(note_docs) or [None] * len(footnotes))]
    places = [(text, None)] + [(f.text, f) for f in footnotes]
    all_mentions: list[Mention] = []
    # Definitions first, over body and footnotes: an acronym defined in a footnote names its entity everywhere.
    definitions = [definition_mentions(body) for body, _ in places]
    defined_all: dict[str, tuple[str, str]] = {}
    for _, defined in definitions:
        defined_all.update(defined)
    for k, ((body, note), (defs, _)) in enumerate(zip(places, definitions)):
        mentions = (gazetteer_mentions(body) + defs + person_mentions(body, signatories)
                    + party_person_mentions(body) + title_mentions(body)
                    + kamer_mentions(body, kamer) + acronym_mentions(body, defined_all) + proper_mentions(body)
                    + model_mentions(models[k]))
        resolved = resolve(mentions)
        resolved = resolve(resolved + known_surnames(body, resolved))
        for m in resolved:
            m.in_footnote, m.part = note is not None, k
            m.anchor = (note.anchor_char or 0) if note is not None else m.start
            if m.label == "PERSON":
                m.normalized = person_normal(m.normalized)
                m.role = role_spelling(m.role)
            all_mentions.append(m)
    return group(all_mentions)
