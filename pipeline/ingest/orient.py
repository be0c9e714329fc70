"""Sideways and upside-down pages: turn the characters into the frame in which their text reads left to right.

A page can be turned by its ``/Rotate`` entry (a landscape table, a page scanned sideways with a text layer)
or by a text matrix that sets the text at 90 degrees on an upright page. The PDF library then reports
characters whose baseline runs down, up or right to left, and lines built from their boxes fall apart (one
character per line). When most characters of a page share such a direction, this turns their boxes by that
quarter turn, so that :func:`pipeline.ingest.pdf.chars_to_lines` sees an ordinary upright page; characters in
other directions are dropped, as upright pages drop their sideways ones (a margin note along the edge). A
page whose characters mostly read upright is left exactly as it is.
"""

from __future__ import annotations

import math
from collections import Counter


def quarter_turn(matrix: tuple[float, ...] | None) -> int:
    """The direction of a character's baseline as quarter turns clockwise on the page (0 upright, 1 reading
    down, 2 upside down, 3 reading up), from its text rendering matrix (a, b, c, d, e, f) in PDF space."""
    if not matrix:
        return 0
    a, b = matrix[0], matrix[1]
    if a == 0 and b == 0:
        return 0
    angle = math.degrees(math.atan2(-b, a))  # y grows downwards on the page
    return round(angle / 90) % 4


def dominant_turn(chars: list[dict]) -> int:
    """The quarter turn most visible characters of a page share (0 for a page without text)."""
    turns: Counter[int] = Counter()
    for c in chars:  # weighed by characters: the pdfium reader hands over stretches of several
        turns[c["turn"]] += len(c["text"].strip())
    if not turns or turns.get(0, 0) * 2 >= sum(turns.values()):
        return 0
    return turns.most_common(1)[0][0]


def turn_page(chars: list[dict], turn: int, width: float, height: float,
              resize: bool) -> tuple[list[dict], float, float]:
    """The characters of direction ``turn`` with their boxes turned upright, and the page's turned width and
    height. ``resize``: take the font size from the turned box's height (pdfminer gives a sideways
    character's advance as its size)."""
    cos, sin = [(1, 0), (0, 1), (-1, 0), (0, -1)][turn]

    def rotate(x: float, y: float) -> tuple[float, float]:
        return x * cos + y * sin, -x * sin + y * cos

    corners = [rotate(x, y) for x in (0, width) for y in (0, height)]
    dx, dy = min(x for x, _ in corners), min(y for _, y in corners)
    out = []
    for c in chars:
        if c["turn"] != turn:
            continue
        (x0, y0), (x1, y1) = rotate(c["x0"], c["top"]), rotate(c["x1"], c["bottom"])
        new = dict(c, x0=min(x0, x1) - dx, x1=max(x0, x1) - dx, top=min(y0, y1) - dy, bottom=max(y0, y1) - dy,
                   upright=True, turn=0)
        if resize:
            new["size"] = new["bottom"] - new["top"]
        out.append(new)
    new_width, new_height = (height, width) if turn % 2 else (width, height)
    return out, new_width, new_height
