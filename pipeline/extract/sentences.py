"""The sentence around a span, from the spaCy Doc (or a plain fallback without one)."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

_BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[A-Z“‘(])|\n")


_CACHE: dict[tuple[int, int], tuple[str, Doc | None, list[int], list[int]]] = {}
_CACHE_SIZE = 16  # a document's body and its footnotes


def _bounds(text: str, sdoc: Doc | None) -> tuple[list[int], list[int]]:
    """Sentence start and end offsets covering ``text``, computed once per text (bisect afterwards)."""
    key = (id(text), id(sdoc))
    hit = _CACHE.get(key)
    if hit and hit[0] is text and hit[1] is sdoc:
        return hit[2], hit[3]
    if sdoc is not None and len(sdoc.text) == len(text) and sdoc.text == text:
        pairs = [(s.start_char, s.end_char) for s in sdoc.sents]
    else:
        pairs, start = [], 0
        for m in _BOUNDARY.finditer(text):
            pairs.append((start, m.start()))
            start = m.end()
        pairs.append((start, len(text)))
    starts, ends = [p[0] for p in pairs], [p[1] for p in pairs]
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.clear()
    _CACHE[key] = (text, sdoc, starts, ends)
    return starts, ends


def sentence_of(text: str, start: int, end: int, sdoc: Doc | None = None) -> str:
    """The sentence(s) covering text[start:end], stripped."""
    starts, ends = _bounds(text, sdoc)
    if not starts:
        return text[start:end].strip()
    i = max(bisect.bisect_right(starts, start) - 1, 0)
    j = min(bisect.bisect_left(ends, end), len(ends) - 1)
    return text[starts[i]: max(ends[j], starts[i])].strip()


def sentence_spans(text: str, sdoc: Doc | None = None) -> list[tuple[int, int]]:
    """(start, end) of every sentence of ``text``, in order, without surrounding whitespace.

    From the spaCy Doc when it is the Doc of ``text`` (its parser, senter or sentencizer
    decided), else from the plain boundary rule that :func:`sentence_of` falls back to.
    """
    if sdoc is not None and sdoc.text == text:
        bounds = [(s.start_char, s.end_char) for s in sdoc.sents]
    else:
        bounds, start = [], 0
        for m in _BOUNDARY.finditer(text):
            bounds.append((start, m.start()))
            start = m.end()
        bounds.append((start, len(text)))
    out = []
    for s, e in bounds:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out
