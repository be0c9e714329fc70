"""PDF pages to clean pieces: furniture out, footnotes split, markers cut, paragraphs found.

Works on :class:`~pipeline.ingest.pages.Page` objects only (lines with size
and position), never on a PDF library.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import replace

from pipeline.document import Footnote
from pipeline.ingest.pages import Line, Page
from pipeline.text.assemble import Piece
from pipeline.text.colophon import is_colophon, is_page_number, parse_furniture
from pipeline.text.footnotes import FOOTNOTE_START
from pipeline.text.plaintext import LIST_ITEM, SENTENCE_END, Cleaned, caps_heading_ends

BAND = 0.1  # top and bottom tenth of a page hold running headers and footers


def body_size(pages: list[Page]) -> float:
    sizes: Counter[float] = Counter()
    for page in pages:
        for line in page.lines:
            sizes[line.size or 0.0] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def remove_furniture(pages: list[Page], furniture: dict) -> tuple[list[list[Line]], int]:
    """Drop running headers/footers, page numbers and colophons; keep what they tell."""
    def in_band(line: Line, page: Page) -> bool:
        h = page.height or 842.0
        return (line.top or 0) < BAND * h or (line.bottom or 0) > (1 - BAND) * h

    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({_key(ln.text) for ln in page.lines if in_band(ln, page)})
    repeat = max(2, round(0.4 * len(pages)))
    kept: list[list[Line]] = []
    removed = 0
    for page in pages:
        out = []
        for line in page.lines:
            text = line.text.strip()
            furniture_line = is_colophon(text) or (
                in_band(line, page) and (is_page_number(text) or counts[_key(text)] >= repeat))
            if furniture_line:
                parse_furniture(text, furniture)
                furniture.setdefault("removed", []).append({"page": page.number, "text": text})
                removed += 1
            else:
                out.append(line)
        kept.append(out)
    return kept, removed


def split_footnotes(lines: list[Line], page: Page, size: float) -> tuple[list[Line], list[Footnote]]:
    """Footnotes: the block of smaller-font lines at the page bottom, each starting with its number."""
    h = page.height or 842.0
    lines = _join_number_lines(lines, 0.45 * h)
    j = len(lines)
    while j > 0 and (lines[j - 1].top or 0) > 0.45 * h and (
            (lines[j - 1].size or size) <= size * 0.92 or _starts_with_small_number(lines[j - 1])):
        j -= 1
    block = lines[j:]
    start = next((k for k, ln in enumerate(block) if FOOTNOTE_START.match(ln.text)), None)
    if start is None:
        return lines, []
    block = block[start:]
    left = min(ln.x0 or 0 for ln in block)
    notes: list[Footnote] = []
    for ln in block:
        m = FOOTNOTE_START.match(ln.text)
        if m and (ln.x0 or 0) <= left + 2:
            notes.append(Footnote(number=m.group(1), text=ln.text[m.end():].strip(), page_no=page.number))
        elif notes:
            prev = notes[-1].text
            joiner = "" if prev.endswith(("/", "-")) and not prev.endswith(" -") else " "
            notes[-1].text = prev + joiner + ln.text.strip()
    return lines[: j + start], notes


def _join_number_lines(lines: list[Line], below: float) -> list[Line]:
    """Put a raised footnote number that the reader gave its own line back in front of its text.

    Some layouts (SDU Handelingen) set the number a little higher and apart from
    the footnote text, so it reaches us as a line of its own right before the
    line it belongs to, on the same height and just to its left. Only lines
    below ``below`` (where footnotes stand) are looked at.
    """
    out: list[Line] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if (nxt is not None and ln.text.strip().isdigit() and len(ln.text.strip()) <= 3
                and ln.top is not None and nxt.top is not None and ln.bottom is not None and ln.top > below
                and (ln.size or 0) < 0.8 * (nxt.size or 0)
                and nxt.top < ln.bottom and (nxt.x0 or 0) >= (ln.x1 or 0) - 0.5
                and (nxt.x0 or 0) - (ln.x1 or 0) < 2 * (nxt.size or 10)):
            runs = [replace(r) for r in nxt.runs]
            if runs:
                runs[0].text = " " + runs[0].text.lstrip()
            out.append(replace(nxt, text=f"{ln.text.strip()} {nxt.text.lstrip()}", x0=ln.x0,
                               runs=[*ln.runs, *runs]))
            i += 2
            continue
        out.append(ln)
        i += 1
    return out


def _starts_with_small_number(line: Line) -> bool:
    """A footnote whose text is body-sized still starts with a raised small number."""
    if not line.runs:
        return False
    first = line.runs[0]
    return first.text.strip().isdigit() and first.size <= 0.8 * max(r.size for r in line.runs)


def cut_markers(line: Line, numbers: set[str]) -> Piece:
    """A raised small-font number that names an existing footnote is a marker: cut it out."""
    text, markers = "", []
    for run in line.runs:
        digits = run.text.strip()
        if digits in numbers and (line.size and run.size <= 0.8 * line.size):
            markers.append((len(text.rstrip()), digits))
            continue
        text += run.text
    if not line.runs:
        text = line.text
    return Piece(text=text, page=line.page, markers=markers)


def split_sidebar(lines: list[Line], page: Page, size: float) -> tuple[list[Line], list[Line]]:
    """Rijkshuisstijl letters carry a narrow right-hand column (sender, Datum, kenmerk) in small type."""
    w = page.width or 595.0
    side = [ln for ln in lines if (ln.x0 or 0) >= 0.7 * w and (ln.size or size) < size - 0.4]
    return [ln for ln in lines if ln not in side], side


def clean_pdf(pages: list[Page]) -> Cleaned:
    furniture: dict = {}
    size = body_size(pages)
    kept, removed = remove_furniture(pages, furniture)
    bodies: list[list[Line]] = []
    footnotes: list[Footnote] = []
    sidebar: list[str] = []
    for page, lines in zip(pages, kept):
        lines, side = split_sidebar(lines, page, size)
        sidebar.extend(ln.text.strip() for ln in side)
        body, notes = split_footnotes(lines, page, size)
        bodies.append(body)
        footnotes.extend(notes)
    numbers = {f.number for f in footnotes}
    pieces: list[Piece] = []
    prev: Line | None = None
    # Measured over the whole document: a page with three lines says little about the layout.
    every = [ln for body in bodies for ln in body]
    pitch = _pitch(every)
    left, right = _edges(every)
    for body in bodies:
        for line in body:
            piece = cut_markers(line, numbers)
            piece.para_start = _starts_paragraph(prev, line, pitch, left, right)
            pieces.append(piece)
            prev = line
    if sidebar:
        furniture["sidebar"] = sidebar
    big = [ln for ln in bodies[0] if (ln.size or 0) >= 1.25 * size] if bodies else []
    if big:
        top = max(ln.size or 0 for ln in big)
        words = " ".join(ln.text.strip() for ln in big if ln.size == top)
        if not re.fullmatch(r"(?:Tweede|Eerste) Kamer der Staten-Generaal", words):
            furniture["title_hint"] = words
    return Cleaned(pieces=pieces, footnotes=footnotes, furniture=furniture, removed=removed)


def _pitch(lines: list[Line]) -> float:
    diffs = [b.top - a.top for a, b in zip(lines, lines[1:])
             if a.size == b.size and b.top is not None and a.top is not None and 0 < b.top - a.top < 3 * (a.size or 10)]
    return statistics.median(diffs) if diffs else 12.0


def _edges(lines: list[Line]) -> tuple[float, float]:
    if not lines:
        return 0.0, 0.0
    x0s = sorted(ln.x0 or 0 for ln in lines)
    x1s = sorted(ln.x1 or 0 for ln in lines)
    return x0s[int(0.1 * (len(x0s) - 1))], x1s[int(0.9 * (len(x1s) - 1))]


def _starts_paragraph(prev: Line | None, line: Line, pitch: float, left: float, right: float) -> bool:
    """Paragraph breaks from geometry; works for justified and ragged-right text alike."""
    if prev is None or LIST_ITEM.match(line.text) or caps_heading_ends(prev.text, line.text):
        return True
    text_prev = prev.text.rstrip()
    if text_prev.endswith("-"):
        return False
    width = max(right - left, 1.0)
    ends_sentence = bool(SENTENCE_END.search(text_prev))
    x1 = prev.x1 or 0
    if prev.page != line.page:
        return ends_sentence or x1 < left + 0.5 * width
    if abs((prev.size or 0) - (line.size or 0)) > 0.6 or prev.bold != line.bold:
        return True
    if (line.top or 0) - (prev.top or 0) > 1.45 * pitch:
        return True
    if x1 < left + 0.5 * width:
        return True
    return ends_sentence and x1 < right - 0.2 * width
