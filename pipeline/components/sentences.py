"""Sentence boundaries the extractors rely on (a paragraph break ends a sentence), and lookups of them."""

from __future__ import annotations

import bisect

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("newline_sentences", assigns=["token.is_sent_start"])
def newline_sentences(doc: Doc) -> Doc:
    """A paragraph break ends a sentence: headings and list items are not glued to the next line. An opening
    bracket after a full stop opens the next sentence (spaCy's sentencizer keeps punctuation after a full stop
    with the sentence it ends, which is right for a closing quote, not for an opening bracket)."""
    # the flags are read and written as one array: spaCy's Token.is_sent_start setter checks the whole Doc for a
    # parse on every call, which would make this loop quadratic
    starts = doc.to_array("SENT_START").astype("int64")  # spaCy hands out uint64 (-1 wrapped)
    after_break = False
    for i, token in enumerate(doc):
        if i:
            if token.is_space:
                starts[i] = -1  # a line break belongs to the sentence it ends
            elif after_break:
                starts[i] = 1
        after_break = "\n" in token.text or "\n" in token.whitespace_
    for i in range(1, len(doc) - 1):
        token = doc[i]
        if token.text in "([{" and doc[i - 1].whitespace_ and starts[i + 1] == 1:
            starts[i], starts[i + 1] = 1, -1  # '... voorkomen. (https://...)'
    if len(doc):
        doc.from_array(["SENT_START"], starts.astype("uint64").reshape(-1, 1))
    return doc


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
