"""Turn cleaned lines into the document's clean text.

Every layout (PDF, PDF-extracted text, Word text, web page) ends as a list of
:class:`Piece` objects: a line's text, its page, whether it starts a
paragraph, and the footnote markers that were cut out of it. This module is
the one place where lines are unwrapped, hyphens joined and offsets made.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.text.hyphenation import Hyphenator

UNDEFINED = "\ufffd\uffff"


@dataclass
class Piece:
    text: str
    page: int = 1
    para_start: bool = False
    markers: list[tuple[int, str]] = field(default_factory=list)  # (position in text, footnote number)


@dataclass
class Assembled:
    text: str
    page_starts: list[int]
    page_numbers: list[int]
    anchors: dict[str, int]  # footnote number -> offset of its first marker
    markers: list[tuple[int, str]] = field(default_factory=list)  # every marker cut out: (offset, footnote number)


def assemble(pieces: list[Piece], hyphenator: Hyphenator | None = None) -> Assembled:
    hyph = hyphenator or Hyphenator("\n".join(p.text for p in pieces))
    buf: list[str] = []
    length = 0
    page_starts: list[int] = []
    page_numbers: list[int] = []
    anchors: dict[str, int] = {}
    markers: list[tuple[int, str]] = []
    prev_text = ""
    for piece in pieces:
        raw = piece.text
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        if not text:
            continue
        if text[0] in UNDEFINED and text[1:2].isspace():
            text = "•" + text[1:]  # a bullet glyph without a Unicode mapping
        if buf:
            if piece.para_start:
                sep = "\n"
            else:
                decision = hyph.decide(prev_text, text)
                if decision == "join":
                    buf[-1] = buf[-1][:-1]
                    length -= 1
                    sep = ""
                elif decision == "keep":
                    sep = ""
                else:
                    sep = " "
            buf.append(sep)
            length += len(sep)
        start = length
        if not page_numbers or page_numbers[-1] != piece.page:
            page_starts.append(start)
            page_numbers.append(piece.page)
        for pos, number in piece.markers:
            at = start + max(0, min(len(text), pos - lead))
            anchors.setdefault(number, at)
            markers.append((at, number))
        buf.append(text)
        length += len(text)
        prev_text = text
    return Assembled("".join(buf), page_starts, page_numbers, anchors, markers)
