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
