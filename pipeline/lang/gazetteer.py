"""The gazetteers (``models/gazetteers/*.json``): names the project knows, each with its label.

Shared by the entity extractor (names in running text) and the metadata extractor (a dateline's place).
The gazetteers in ``not_entity_gazetteers`` of ``models/entities.json`` (offices) name roles, not
entities, and are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate
from pathlib import Path

from pipeline.resources import load_json, models_dir


@dataclass(frozen=True)
class Gazetteer:
    by_first: dict[str, list[tuple[tuple[str, ...], str, str, bool]]]  # token -> [(tokens, name, label, ambiguous)]
    acronyms: dict[str, tuple[str, str]]  # a short upper-case alias -> (name, label)
    parties: dict[str, str]  # every way a party is written -> its canonical name


# Words keep their inner hyphens, apostrophes, ampersands and dots ('NAVO-top', 'AT&T'); every other mark is a
# token. Not spaCy's tokenizer: it leaves a full stop on an all-caps word ('de IND.') and a slash after an
# acronym ('AIV/ CAVV'), and a listed name would not be found there.
_WORD = re.compile(r"\w+(?:[-'’&.]\w+)*|[^\w\s]")


def tokens(text: str) -> list[tuple[str, int, int]]:
    """Words and punctuation marks with their offsets, for matching the listed names."""
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


_WORD_SPLIT = re.compile(f"({_WORD.pattern})")


def word_spans(text: str) -> tuple[list[str], list[int]]:
    """The words of :func:`tokens` and their offsets, without a match object per word: ``re.split`` gives the
    gaps and words in turn, and their running lengths are the offsets. The word ``i`` runs from ``offsets[2 * i]``
    to ``offsets[2 * i + 1]``."""
    parts = _WORD_SPLIT.split(text)
    return parts[1::2], list(accumulate(map(len, parts)))


@cache
def gazetteer() -> Gazetteer:
    gaz = Gazetteer({}, {}, {})
    folder = Path(models_dir()) / "gazetteers"
    skip = load_json("entities.json")["not_entity_gazetteers"]
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        data = load_json(f"gazetteers/{path.name}")
        if isinstance(data, dict) and "entries" in data and path.stem not in skip:
            _add(gaz, data)
    for cands in gaz.by_first.values():
        cands.sort(key=lambda c: -len(c[0]))
    return gaz


def _add(gaz: Gazetteer, data: dict) -> None:
    """Every alias of every entry of one gazetteer file."""
    ambiguous = set(data.get("ambiguous_aliases", []))
    for entry in data["entries"]:
        label = entry.get("label", data.get("label", "MISC"))
        name = entry["name"]
        ambiguous |= set(entry.get("ambiguous_aliases", []))
        for alias in dict.fromkeys([name, *entry.get("aliases", [])]):
            toks = tuple(t for t, _, _ in tokens(alias))
            if not toks:
                continue
            gaz.by_first.setdefault(toks[0], []).append((toks, name, label, alias in ambiguous))
            if alias.isupper() and len(alias) <= 8:
                gaz.acronyms.setdefault(alias, (name, label))
            if entry.get("type") == "party":
                gaz.parties[alias] = name


def listed(name: str) -> list[tuple[str, str]]:
    """(canonical name, label) of every entry that lists ``name``, written exactly so."""
    return list(_listed(name))


@lru_cache(maxsize=8192)
def _listed(name: str) -> tuple[tuple[str, str], ...]:
    """:func:`listed`, remembered: the entity rules ask about the same few thousand names in every document."""
    toks = tuple(t for t, _, _ in tokens(name))
    return tuple((canonical, label) for cand, canonical, label, _
                 in gazetteer().by_first.get(toks[0] if toks else "", []) if cand == toks)


def gazetteer_name(name: str) -> tuple[str, str] | None:
    """The canonical name and label of a name the gazetteers list, written exactly so."""
    found = listed(name)
    return found[0] if found else None


def known(name: str) -> bool:
    """An acronym-like upper-case word, or a name the gazetteers list."""
    return name.isupper() or bool(listed(name))
