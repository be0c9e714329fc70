"""Layouts of text sources: PDF-extracted (wrapped) text, paragraph-per-line text and flattened text.

Wrapped text is what a PDF text extraction leaves: lines of ~70 characters,
paragraphs between blank lines, page colophons and footnotes in the middle of
the flow, hyphenated line ends. Paragraph-per-line text is what Word and web
pages give; Word conversions also carry inline footnote markup. Flattened text is a
PDF's text saved with its line breaks replaced by spaces: the page furniture stands
inline, and its running footers are what is left of the page breaks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pipeline.document import Footnote
from pipeline.text.assemble import Piece
from pipeline.text.colophon import SIDEBAR_PAGE, is_colophon, is_page_number, parse_furniture, split_inline_furniture
from pipeline.text.footnotes import BOOKMARK, FOOTNOTE_REF, glued_marker, strip_word_footnotes

LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-z][.)]|[IVX]{1,4}\.|[-–•·▪◦*\ufffd\uffff])\s+\S")
SENTENCE_END = re.compile(r"[.!?:;]['’”»)]*\s*$")
_FN_LINE = re.compile(r"^(\d{1,3})\s+(?=\S)")
_PAGE_HEAD = re.compile(r"^ \S")
FLAT_LINE = 1500  # a line this long is a flattened page (or many), not a paragraph


@dataclass
class Cleaned:
    pieces: list[Piece]
    footnotes: list[Footnote] = field(default_factory=list)
    furniture: dict[str, Any] = field(default_factory=dict)
    removed: int = 0


def detect_layout(lines: list[str]) -> str:
    """'word', 'flat', 'wrapped' or 'plain' (web pages are told apart by the web module)."""
    text = "\n".join(lines)
    if FOOTNOTE_REF.search(text) or BOOKMARK.search(text):
        return "word"
    nonblank = [ln.strip() for ln in lines if ln.strip()]
    if nonblank and len(nonblank) <= 5 and max(map(len, nonblank)) >= FLAT_LINE:
        return "flat"
    if len(nonblank) < 5:
        return "plain"
    lengths = sorted(len(ln) for ln in nonblank)
    p80 = lengths[int(0.8 * (len(lengths) - 1))]
    open_ends = sum(1 for ln in nonblank if not SENTENCE_END.search(ln)) / len(nonblank)
    return "wrapped" if p80 <= 130 and open_ends >= 0.5 else "plain"


def clean_paragraph_lines(lines: list[str], page: int = 1) -> Cleaned:
    """One paragraph per line (Word, plain, web). Word footnote markup is taken out."""
    pieces: list[Piece] = []
    notes: dict[str, Footnote] = {}
    for line in lines:
        text, markers, bodies = strip_word_footnotes(line)
        for number, body in bodies:
            notes.setdefault(number, Footnote(number=number, text=body, page_no=page))
        if text.strip():
            pieces.append(Piece(text=text, page=page, para_start=True, markers=markers))
        elif markers and pieces:  # a marker alone on a line belongs to the paragraph before
            pieces[-1].markers.extend((len(pieces[-1].text), n) for _, n in markers)
    return Cleaned(pieces=pieces, footnotes=sorted(notes.values(), key=lambda f: int(f.number)))


def clean_flattened(lines: list[str]) -> Cleaned:
    """Flattened text: the furniture found inline is cut out (and read); each running footer closes a page."""
    furniture: dict[str, Any] = {}
    pieces: list[Piece] = []
    page = 1
    for line in lines:
        first = True
        for text, page_end in split_inline_furniture(line, furniture):
            if text.strip():
                pieces.append(Piece(text=text, page=page, para_start=first))
                first = False
            page += page_end
    removed = furniture.pop("inline_furniture", 0)
    return Cleaned(pieces=pieces, furniture=furniture, removed=removed)


def clean_wrapped(lines: list[str]) -> Cleaned:
    """Unwrap PDF-extracted text; colophons out, footnotes split off, pages counted."""
    furniture: dict[str, Any] = {}
    body_lens = sorted(len(ln.strip()) for ln in lines if ln.strip())
    typical = body_lens[int(0.8 * (len(body_lens) - 1))] if body_lens else 80
    pieces: list[Piece] = []
    footnotes: list[Footnote] = []
    expected = 1
    page = 1
    gap = "start"  # what stands between the previous body line and this one
    removed = 0
    # PDF text extraction starts every page with one space. Trusted only when such
    # lines are rare (not a text indented throughout).
    page_heads = sum(1 for ln in lines if _PAGE_HEAD.match(ln))
    mark_pages = page_heads <= max(3, len(body_lens) // 20)
    i, n = 0, len(lines)
    while i < n:
        raw = lines[i]
        text = raw.strip()
        if not text:
            gap = gap if gap != "none" else "blank"
            i += 1
            continue
        if mark_pages and pieces and gap != "page" and _PAGE_HEAD.match(raw):
            page += 1
            gap = "page"
        if is_colophon(text) or is_page_number(text):
            parse_furniture(text, furniture)
            m = SIDEBAR_PAGE.match(text)
            if m:
                page = int(re.findall(r"\d+", text)[0])
            elif re.search(r"Kamer, vergaderjaar", text):
                page += 1  # the footer closes its page
            gap = "page"
            removed += 1
            i += 1
            continue
        fn = _FN_LINE.match(text)
        if fn and fn.group(1) == str(expected) and gap != "none":
            found = _attach_marker(pieces, fn.group(1))
            separator = i > 0 and len(lines[i - 1]) >= 10 and not lines[i - 1].strip()
            if found or separator:
                body, i = _read_footnote(lines, i, str(expected + 1))
                footnotes.append(Footnote(number=fn.group(1), text=body, page_no=page))
                expected += 1
                # A footnote block closes a page: what follows it starts the next one.
                if i < n and lines[i].startswith(" ") and not lines[i].startswith("  "):
                    page += 1
                    gap = "page"
                elif gap != "page":
                    gap = "footnote"
                continue
        prev = pieces[-1].text.strip() if pieces else ""
        pieces.append(Piece(text=text, page=page,
                            para_start=_starts_paragraph(prev, text, gap, typical)))
        gap = "none"
        i += 1
    return Cleaned(pieces=pieces, footnotes=footnotes, furniture=furniture, removed=removed)


def caps_heading_ends(prev: str, text: str) -> bool:
    """An all-capitals line (a heading) followed by a line in normal case."""
    def upper_share(s: str) -> float:
        letters = [c for c in s if c.isalpha()]
        return sum(c.isupper() for c in letters) / len(letters) if len(letters) >= 4 else 0.0
    return upper_share(prev) > 0.8 and upper_share(text) < 0.5


def _starts_paragraph(prev: str, text: str, gap: str, typical: int) -> bool:
    if not prev or LIST_ITEM.match(text) or caps_heading_ends(prev, text):
        return True
    ends_open = not SENTENCE_END.search(prev)
    full = len(prev) >= 0.6 * typical or prev.endswith("-")
    if gap == "none":
        return not full
    if gap in ("page", "footnote"):
        return not (ends_open and full)
    # A blank line: a paragraph break, unless a full line without a sentence end goes on
    # (in lower case, or after a line that fills the measure).
    return not (ends_open and full and (text[:1].islower() or len(prev) >= 0.85 * typical))


def _attach_marker(pieces: list[Piece], number: str, lookback: int = 80) -> bool:
    """Cut a glued footnote marker out of the nearest body line before its footnote."""
    for piece in reversed(pieces[-lookback:]):
        span = glued_marker(piece.text, number)
        if span:
            s, e = span
            piece.text = piece.text[:s] + piece.text[e:]
            piece.markers.append((s, number))
            return True
    return False


def _read_footnote(lines: list[str], i: int, next_number: str) -> tuple[str, int]:
    """Read a footnote body from line i; stop at a blank line, the next footnote or a page start."""
    parts = [_FN_LINE.sub("", lines[i].strip(), count=1)]
    i += 1
    while i < len(lines):
        line = lines[i]
        if not line.strip() or (line.startswith(" ") and not line.startswith("  ")):
            break
        m = _FN_LINE.match(line.strip())
        if m and m.group(1) == next_number:
            break
        if is_colophon(line.strip()):
            break
        parts.append(line.strip())
        i += 1
    text = ""
    for part in parts:  # URLs and words broken over footnote lines
        if text.endswith(("/", "-")) and not text.endswith(" -"):
            text += part
        else:
            text = f"{text} {part}" if text else part
    return text, i
