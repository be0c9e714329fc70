"""Footnotes: markers out of the body, bodies kept with their number.

Three shapes reach us:
- Word conversions: ``[footnoteRef:1]`` markers and ``[1: body]`` bodies inline;
- PDFs: a raised small-font number in the body, a small-font block at the page
  bottom (handled in :mod:`pipeline.text.pdf_layout`, using :data:`FOOTNOTE_START`);
- text extracted from a PDF: the marker glued to a word (``landen1``,
  ``blijven.3``, ``in 20191``) and the body as a line starting with its number.
"""

from __future__ import annotations

import re

FOOTNOTE_REF = re.compile(r"\[footnoteRef:\s*(\d+)\]")
BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]")
_BODY_START = re.compile(r"\[(\d+):")
FOOTNOTE_START = re.compile(r"^\s*(\d{1,3})[\s.)]\s*(?=\S)")


def strip_word_footnotes(line: str) -> tuple[str, list[tuple[int, str]], list[tuple[str, str]]]:
    """Remove Word footnote markup from one line.

    Returns the line without markup, the markers as (position, number) in the
    returned text, and the bodies as (number, text).
    """
    line = BOOKMARK.sub("", line)
    out: list[str] = []
    markers: list[tuple[int, str]] = []
    bodies: list[tuple[str, str]] = []
    i, n, size = 0, len(line), 0
    while i < n:
        k = line.find("[", i)  # markup opens with a bracket: the text up to the next one is copied whole
        if k != i:
            k = n if k < 0 else k
            out.append(line[i:k])
            size += k - i
            i = k
            continue
        m = FOOTNOTE_REF.match(line, i)
        if m:
            markers.append((size, m.group(1)))
            i = m.end()
            continue
        m = _BODY_START.match(line, i)
        if m:
            depth, j = 1, m.end()
            while j < n and depth:
                depth += {"[": 1, "]": -1}.get(line[j], 0)
                j += 1
            body = line[m.end(): j - 1] if depth == 0 else line[m.end():]
            bodies.append((m.group(1), " ".join(body.split())))
            i = j
            continue
        out.append(line[i])
        size += 1
        i += 1
    text = "".join(out)
    # Markers often stand right before the sentence end or a space: drop spaces the bodies left.
    stripped = text.rstrip()
    markers = [(min(p, len(stripped)), num) for p, num in markers]
    return stripped, markers, bodies


def glued_marker(text: str, number: str) -> tuple[int, int] | None:
    """Find the last place where footnote ``number`` is glued to the text.

    ``landen1 zich`` -> the ``1``; ``blijven.3`` -> the ``3``; ``in 20191.`` -> the
    final ``1`` (a year followed by the marker). Returns (start, end) or None.
    """
    n = re.escape(number)
    patterns = [
        rf"(?<=[^\W\d_]){n}(?=[\s.,;:)’”»]|$)",  # word + marker
        rf"(?<=[.,;:)’”»]){n}(?=\s|$)",  # punctuation + marker
        rf"(?<=\b(?:19|20)\d\d){n}(?=[\s.,;:)]|$)",  # year + marker
    ]
    best: tuple[int, int] | None = None
    for pat in patterns:
        for m in re.finditer(pat, text):
            if best is None or m.start() > best[0]:
                best = (m.start(), m.end())
    return best
