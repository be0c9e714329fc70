"""The frame of a printed motion: 'De Kamer, gehoord de beraadslaging, ... en gaat over tot de orde van de dag.'

Shared by the motion extractor (each block is a motion) and the commitment extractor (what a motion
asks is not what the government promises). The phrases are in ``models/motions.json``.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from pipeline.lang.needles import may_match, needles
from pipeline.lang.starts import folded_of, scan
from pipeline.resources import load_json


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cfg = load_json("motions.json")
    return re.compile(cfg["motion_block_start"]), re.compile(cfg["motion_block_end"])


@cache
def _opening_needles() -> frozenset[str] | None:
    return needles(_patterns()[0])


def opening(text: str, pos: int = 0) -> re.Match[str] | None:
    if not may_match(_opening_needles(), folded_of(text)):
        return None
    return _patterns()[0].search(text, pos)


def closing_at(line: str) -> bool:
    """The line closes a motion ('en gaat over tot de orde van de dag.'): its signatures follow."""
    return _patterns()[1].search(line) is not None


@lru_cache(maxsize=4)
def _openings(text: str) -> tuple[re.Match[str], ...]:
    """Every opening, as ``finditer`` finds them; kept for the last texts (the motion and the commitment
    extractors both ask). The pattern opens with ``\\b`` and was tried at every character: it runs only in a text
    with its needle ('beraadslaging'), and there only where a match may begin (:func:`~pipeline.lang.starts.scan`)."""
    if not may_match(_opening_needles(), folded_of(text)):
        return ()
    return tuple(scan(_patterns()[0], text))


def motion_blocks(text: str) -> list[tuple[re.Match[str], re.Match[str]]]:
    """(opening, closing) of every motion that closes before the next one opens."""
    end_rx = _patterns()[1]
    openings = _openings(text)
    blocks = []
    for i, sm in enumerate(openings):
        em = end_rx.search(text, sm.end())
        if em is None:
            continue
        nxt = openings[i + 1] if i + 1 < len(openings) else None  # finditer's next: the search from sm.end()
        if nxt is not None and nxt.start() < em.start():
            continue  # a block that never closes before the next one opens
        blocks.append((sm, em))
    return blocks


def block_spans(text: str) -> list[tuple[int, int]]:
    """From every opening to its closing, or to the end of the text where none follows."""
    end_rx = _patterns()[1]
    spans = []
    for sm in _openings(text):
        em = end_rx.search(text, sm.end())
        spans.append((sm.start(), em.end() if em else len(text)))
    return spans
