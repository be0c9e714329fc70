"""The frame of a printed motion: 'De Kamer, gehoord de beraadslaging, ... en gaat over tot de orde van de dag.'

Shared by the motion extractor (each block is a motion) and the commitment extractor (what a motion
asks is not what the government promises). The phrases are in ``models/motions.json``.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.resources import load_json


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cfg = load_json("motions.json")
    return re.compile(cfg["motion_block_start"]), re.compile(cfg["motion_block_end"])


def opening(text: str, pos: int = 0) -> re.Match[str] | None:
    return _patterns()[0].search(text, pos)


def closing_at(line: str) -> bool:
    """The line closes a motion ('en gaat over tot de orde van de dag.'): its signatures follow."""
    return _patterns()[1].search(line) is not None


def motion_blocks(text: str) -> list[tuple[re.Match[str], re.Match[str]]]:
    """(opening, closing) of every motion that closes before the next one opens."""
    start_rx, end_rx = _patterns()
    blocks = []
    for sm in start_rx.finditer(text):
        em = end_rx.search(text, sm.end())
        if em is None:
            continue
        nxt = start_rx.search(text, sm.end())
        if nxt is not None and nxt.start() < em.start():
            continue  # a block that never closes before the next one opens
        blocks.append((sm, em))
    return blocks


def block_spans(text: str) -> list[tuple[int, int]]:
    """From every opening to its closing, or to the end of the text where none follows."""
    start_rx, end_rx = _patterns()
    spans = []
    for sm in start_rx.finditer(text):
        em = end_rx.search(text, sm.end())
        spans.append((sm.start(), em.end() if em else len(text)))
    return spans
