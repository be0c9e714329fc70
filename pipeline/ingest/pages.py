"""The page model every reader produces and every cleaner consumes.

A page is a list of lines; a line is text with, when the source has a layout
(PDF), its position and the font sizes of its runs. Cleaning code only sees
these objects, never a PDF library, so a faster PDF backend can be dropped in
behind :func:`pipeline.ingest.pdf.read_pdf` without touching anything else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class IngestError(Exception):
    """A document that cannot be read. ``status`` goes into documents.csv."""

    def __init__(self, status: str, reason: str, n_pages: int | None = None) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason
        self.n_pages = n_pages


@dataclass
class Run:
    """A stretch of a line in one font size (superscript markers are their own run)."""

    text: str
    size: float
    top: float
    x0: float = 0.0


@dataclass
class Line:
    """One line of text. Geometry fields are None for plain-text sources."""

    text: str
    page: int = 1
    top: float | None = None
    bottom: float | None = None
    x0: float | None = None
    x1: float | None = None
    size: float | None = None
    runs: list[Run] = field(default_factory=list)
    bold: bool = False  # most of its characters are set in a bold face (headings)


@dataclass
class Page:
    number: int
    lines: list[Line]
    width: float | None = None
    height: float | None = None


@dataclass
class RawDocument:
    """What a reader hands to the text stage."""

    source: str
    format: str  # "pdf", "txt", "docx", "xml", "html"
    pages: list[Page]
    sha256: str
    warnings: list[str] = field(default_factory=list)
    text: str | None = None  # the decoded text, for text sources
    # A reader that knows its layout says so ("word": one paragraph per line, footnotes in Word-conversion
    # markup; "web": an article a library cut out of a page); empty: the text stage detects it.
    layout: str = ""
    # What the markup says about the document itself (officielebekendmakingen XML/HTML): own_id, dossier,
    # ondernummer, vergaderjaar, kamer, date, type, title, signatories, extrefs. The metadata step prefers it.
    markup: dict[str, Any] = field(default_factory=dict)
    ocr_pages: list[int] = field(default_factory=list)  # pages whose lines were read by OCR

    @property
    def n_pages(self) -> int:
        return len(self.pages)
