"""What the entity rules know besides the gazetteers: ``models/entities.json`` and the words it lists."""

from __future__ import annotations

import re
from functools import cache

from pipeline.resources import load_json


@cache
def entity_settings() -> dict:
    return load_json("entities.json")


@cache
def common_words() -> frozenset[str]:
    """Words that start no name: spaCy's Dutch stop words and capitalised common words."""
    from spacy.lang.nl.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS | set(entity_settings()["common_capitalised"]))


@cache
def function_words() -> frozenset[str]:
    """Words that stand between the capitalised words of a name ('of', 'van', '&')."""
    return frozenset(entity_settings()["function_words"])


def head_label(name: str) -> str:
    """Label of an unknown name by its head: the part before 'of/on/for/van/voor' decides first."""
    low = name.lower()
    head = re.split(r"\s(?:of|on|for|in the|to|van|voor|inzake|over)\s", low, maxsplit=1)[0]
    for part in (head, low):
        for label, heads in entity_settings()["head_words"].items():
            # a head word starts a word or ends a compound ('Defensieacademie', 'Toetsingsconferentie')
            if any(re.search(rf"\b{re.escape(h)}|{re.escape(h.strip())}\b", part) for h in heads):
                return label
    return entity_settings()["default_proper_label"]
