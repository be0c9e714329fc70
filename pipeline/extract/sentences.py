"""Sentences of a text: from its spaCy Doc (parser, senter or sentencizer), else a plain boundary rule.

The bounds are computed once per Doc (kept in its ``user_data``) and looked up by bisect afterwards.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

_BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[A-Z“‘(])|\n")
_KEY = ("kst", "sentence_bounds")


def _bounds(text: str, sdoc: Doc | None) -> tuple[list[int], list[int]]:
    """Sentence start and end offsets covering ``text``."""
    if sdoc is not None:
        cached = sdoc.user_data.get(_KEY)
        if cached is None:
            pairs = [(s.start_char, s.end_char) for s in sdoc.sents]
            cached = sdoc.user_data[_KEY] = ([p[0] for p in pairs], [p[1] for p in pairs])
        return cached
    pairs, start = [], 0
    for m in _BOUNDARY.finditer(text):
        pairs.append((start, m.start()))
        start = m.end()
    pairs.append((start, len(text)))
    return [p[0] for p in pairs], [p[1] for p in pairs]


def sentence_of(text: str, start: int, end: int, sdoc: Doc | None = None) -> str:
    """The sentence(s) covering text[start:end], stripped; ``sdoc`` is the Doc of ``text`` where there is one."""
    starts, ends = _bounds(text, sdoc)
    if not starts:
        return text[start:end].strip()
    i = max(bisect.bisect_right(starts, start) - 1, 0)
    j = min(bisect.bisect_left(ends, end), len(ends) - 1)
    return text[starts[i]: max(ends[j], starts[i])].strip()


def sentence_spans(text: str, sdoc: Doc | None = None) -> list[tuple[int, int]]:
    """(start, end) of every sentence of ``text``, in order, without surrounding whitespace.

    From ``sdoc`` (the Doc of ``text``) where given, else from the plain boundary rule.
    """
    out = []
    for s, e in zip(*_bounds(text, sdoc)):
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out
