"""The sentence around a span, from the spaCy Doc (or a plain fallback without one)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

_BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[A-Z“‘(])|\n")


def sentence_of(text: str, start: int, end: int, sdoc: Doc | None = None) -> str:
    """The sentence(s) covering text[start:end], stripped."""
    if sdoc is not None and sdoc.text == text:
        span = sdoc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            s, e = span[0].sent.start_char, span[-1].sent.end_char
            return text[s:e].strip()
    s = max((m.end() for m in _BOUNDARY.finditer(text, 0, start)), default=0)
    m = _BOUNDARY.search(text, end)
    return text[s: m.start() if m else len(text)].strip()


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
