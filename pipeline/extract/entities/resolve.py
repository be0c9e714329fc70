"""From mentions to entities: overlaps go to the more trusted rule, then the longer span; mentions of
one entity (``van Dijk``, ``Van Dijk``, ``het lid Van Dijk (NSC)``; ``NAVO``, ``NATO``) become one."""

from __future__ import annotations

import re

from pipeline.extract.entities.values import Entity, Mention
from pipeline.lang.names import UPPER
from pipeline.overlaps import select

TRUST = {"definition": 6, "person": 7, "title": 5, "proper": 4, "gazetteer": 4, "kamer": 3, "acronym": 2,
         "proper_list": 1, "model": 0}


def resolve(mentions: list[Mention]) -> list[Mention]:
    """Keep non-overlapping mentions: the more trusted rule, then the longer span.

    A model entity that overlaps a rule's mention marks it as found by both.
    """
    def clash(m: Mention, kept: list[Mention]) -> None:
        if m.rule == "model":
            for k in kept:
                k.both = True

    return select(mentions, bounds=lambda m: (m.start, m.end),
                  priority=lambda m: (-TRUST[m.rule], -(m.end - m.start), m.start), on_clash=clash)


def _key(m: Mention) -> tuple[str, str]:
    """What makes two mentions one entity: the label (places as one) and the name, for a person the surname."""
    label = "PLACE" if m.label in ("GPE", "LOC") else m.label
    if m.label == "PERSON":
        surname = re.sub(rf"^(?:[{UPPER}]\.)+\s?", "", m.normalized).strip()
        parts = surname.split()
        return label, parts[-1].lower() if parts else surname.lower()
    return label, m.normalized.lower()


def group(mentions: list[Mention]) -> list[Entity]:
    entities: dict[tuple[str, str], Entity] = {}
    for m in mentions:
        k = _key(m)
        e = entities.get(k)
        if e is None:
            e = entities[k] = Entity(label=m.label, normalized=m.normalized, first=m.anchor)
        e.texts.append(m.text)
        e.members.append(m)
        e.rules.add(m.rule)
        e.mentions += 1
        e.first = min(e.first, m.anchor)
        e.sources.add("model" if m.rule == "model" else "rules")
        if m.both:
            e.sources.add("model")
        e.role = e.role or m.role
        e.party = e.party or m.party
        e.in_footnote_only = e.in_footnote_only and m.in_footnote
        if m.label == "PERSON" and len(m.normalized) > len(e.normalized):
            e.normalized = m.normalized
    return _merge_prefixes(_merge_double_surnames(entities))


def _merge_double_surnames(entities: dict[tuple[str, str], Entity]) -> list[Entity]:
    """'mevrouw Faber' in a debate where 'Dik-Faber' speaks: one part of a double-barrelled surname is the
    same person, when exactly one person in the document bears that double name."""
    doubles: dict[str, list[Entity]] = {}
    for (label, key), e in entities.items():
        if label == "PERSON" and "-" in key:
            for part in key.split("-"):
                doubles.setdefault(part, []).append(e)
    kept = []
    for (label, key), e in entities.items():
        target = doubles.get(key, []) if label == "PERSON" and "-" not in key else []
        if len(target) != 1:
            kept.append(e)
            continue
        _absorb(target[0], e)
    return kept


def _absorb(target: Entity, e: Entity) -> None:
    target.texts += e.texts
    target.members += e.members
    target.mentions += e.mentions
    target.first = min(target.first, e.first)
    target.sources |= e.sources
    target.rules |= e.rules
    target.role = target.role or e.role
    target.party = target.party or e.party
    target.in_footnote_only = target.in_footnote_only and e.in_footnote_only


def _coarse(label: str) -> str:
    return "PLACE" if label in ("GPE", "LOC") else label if label in ("PERSON", "ORG") else "MISC"


def _merge_prefixes(entities: list[Entity]) -> list[Entity]:
    """'Global Commission' after 'Global Commission on Responsible AI ... (GC REAIM)', 'Tuchtrecht Banken' after
    'Stichting Tuchtrecht Banken (STB)': one entity.

    Kept names go into two word tries (forwards and backwards) per coarse label, so a shorter name finds the
    first longer one it starts or ends in one walk, not by comparing it with every kept name.
    """
    names = sorted(entities, key=lambda e: -len(e.normalized))
    kept: list[Entity] = []
    tries: dict[tuple[str, int], _Node] = {}
    order: dict[int, int] = {}
    for e in names:
        words = e.normalized.split()
        # Only a name no list knows is a short form of a longer one ('Global Commission'); 'Verenigde
        # Naties' stays itself next to 'Algemene Vergadering van de Verenigde Naties'.
        target = None
        if e.rules <= {"proper", "proper_list", "acronym"} and e.label != "PERSON" and len(words) >= 2:
            found = [_first_with(tries, (_coarse(e.label), 1), words),
                     _first_with(tries, (_coarse(e.label), -1), words[::-1])]
            target = min((k for k in found if k is not None), key=lambda k: order[id(k)], default=None)
        if target is None:
            order[id(e)] = len(kept)
            kept.append(e)
            bare = re.sub(r"\s*\([^)]*\)$", "", e.normalized).split()
            for direction in (1, -1):
                node = tries.setdefault((_coarse(e.label), direction), _Node())
                for word in bare[::direction]:
                    node = node.children.setdefault(word, _Node())
                    if node.first is None:
                        node.first = e
            continue
        _absorb(target, e)
    return kept


class _Node:
    """A word trie node: the first kept entity whose words pass through it, and the next words."""

    __slots__ = ("children", "first")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.first: Entity | None = None


def _first_with(tries: dict[tuple[str, int], _Node], key: tuple[str, int], words: list[str]) -> Entity | None:
    node = tries.get(key)
    for word in words:
        if node is None:
            return None
        node = node.children.get(word)
    return node.first if node is not None else None
