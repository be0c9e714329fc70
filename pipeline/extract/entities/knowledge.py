"""What the entity rules know besides the gazetteers: ``models/entities.json`` and the words it lists."""

from __future__ import annotations

import re
from functools import cache, lru_cache

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


@lru_cache(maxsize=1 << 16)  # bounded: memory stays flat over a corpus of many documents
def head_label(name: str) -> str:
    """Label of an unknown name by its head: the part before 'of/on/for/van/voor' decides first (kept per name:
    a long debate names the same bodies thousands of times, and each try runs every head word's pattern)."""
    low = name.lower()
    head = re.split(r"\s(?:of|on|for|in the|to|van|voor|inzake|over)\s", low, maxsplit=1)[0]
    for part in (head, low):
        for label, heads in _head_patterns():
            if heads.search(part):
                return label
    if ends_in_country(name):
        return "ORG"
    return entity_settings()["default_proper_label"]


@cache
def _head_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Per label, one pattern for all its head words: a head word starts a word or ends a compound
    ('Defensieacademie', 'Toetsingsconferentie'). One search of the alternation finds a match exactly when one
    of the head words' own patterns would."""
    return [(label, re.compile("|".join(rf"(?:\b{re.escape(h)}|{re.escape(h.strip())}\b)" for h in heads)))
            for label, heads in entity_settings()["head_words"].items() if heads]


def ends_in_country(name: str) -> bool:
    """'Amnesty International Nederland', 'Vluchtelingenwerk Nederland', 'Human Rights Defense Curaçao (HRDC)': a
    name of capitalised words ending in the country it works in, with no 'van'/'en' before it, is an organisation."""
    from pipeline.lang.gazetteer import gazetteer_name

    words = re.sub(r"\s*\([^)]*\)\s*$", "", name).split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    found = gazetteer_name(words[-1])
    before = gazetteer_name(words[-2])
    adjective = words[-2].endswith(("isch", "ische")) or (before is not None and before[1] == "NORP")
    return bool(found) and found[1] == "GPE" and not adjective  # not 'Caribisch Nederland', 'Europees Nederland'
