"""Sentence boundaries the extractors rely on (a paragraph break ends a sentence), and lookups of them."""

from __future__ import annotations

import bisect
import re

import numpy
from spacy.attrs import IDX, IS_SPACE, LENGTH, SPACY
from spacy.tokens import Doc

from pipeline.components.doc_text import text_of


def newline_sentences(doc: Doc) -> Doc:
    """A paragraph break ends a sentence: headings and list items are not glued to the next line. An opening
    bracket after a full stop opens the next sentence (spaCy's sentencizer keeps punctuation after a full stop
    with the sentence it ends, which is right for a closing quote, not for an opening bracket)."""
    if not len(doc):
        return doc
    # the flags are read and written as one array: spaCy's Token.is_sent_start setter checks the whole Doc for a
    # parse on every call, which would make this loop quadratic; the tokens are read from arrays and offsets, not
    # as Token objects (one Python object per word)
    starts = doc.to_array("SENT_START").astype("int64")  # spaCy hands out uint64 (-1 wrapped)
    table = doc.to_array([IDX, LENGTH, IS_SPACE, SPACY]).astype("int64")
    idx, length = table[:, 0], table[:, 1]
    text = text_of(doc)
    broken = numpy.zeros(len(doc) + 1, dtype=bool)  # broken[i + 1]: token i holds a line break
    at = [m.start() for m in _BREAK.finditer(text)]
    broken[numpy.searchsorted(idx, at, side="right")] = True  # a token's trailing whitespace is never one
    after_break = broken[:-1]
    after_break[0] = False  # the first token starts the Doc
    starts[after_break & (table[:, 2] == 0)] = 1
    starts[1:][table[1:, 2] != 0] = -1  # a line break belongs to the sentence it ends
    for i in _openers(text, idx, len(doc)):
        if text[idx[i]: idx[i] + length[i]] in "([{" and table[i - 1, 3] and starts[i + 1] == 1:
            starts[i], starts[i + 1] = 1, -1  # '... voorkomen. (https://...)'
    doc.from_array(["SENT_START"], starts.astype("uint64").reshape(-1, 1))
    return doc


_BREAK = re.compile("\n")
_OPENER = re.compile(r"[(\[{]")


def _openers(text: str, idx: numpy.ndarray, n: int) -> list[int]:
    """Indices, in order, of the tokens that may be an opening bracket, not counting the first and last."""
    found = numpy.searchsorted(idx, [m.start() for m in _OPENER.finditer(text)], side="right") - 1
    return [int(i) for i in sorted(set(found.tolist())) if 0 < i < n - 1]


_KEY = ("kst", "sentence_bounds")


def _bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Sentence start and end offsets of ``doc``, computed once (kept in its ``user_data``)."""
    cached = doc.user_data.get(_KEY)
    if cached is None:
        pairs = [(s.start_char, s.end_char) for s in doc.sents]
        cached = doc.user_data[_KEY] = ([p[0] for p in pairs], [p[1] for p in pairs])
    return cached


def sentence_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the sentence(s) of ``doc`` covering the offsets start..end."""
    starts, ends = _bounds(doc)
    if not starts:
        return start, end
    i = max(bisect.bisect_right(starts, start) - 1, 0)
    j = min(bisect.bisect_left(ends, end), len(ends) - 1)
    return starts[i], max(ends[j], starts[i])


def sentence_spans(doc: Doc, text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence of ``doc``, in order, without surrounding whitespace."""
    out = []
    for s, e in zip(*_bounds(doc)):
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out
