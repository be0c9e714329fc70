"""Plain-text reader: careful decoding, Unicode NFC, one page of lines."""

from __future__ import annotations

import unicodedata

from pipeline.ingest.pages import Line, Page, RawDocument


def decode(data: bytes) -> tuple[str, list[str]]:
    """UTF-8 (BOM or not), else cp1252 with a warning. Returns text and warnings."""
    warnings: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        warnings.append("not valid UTF-8; decoded as cp1252")
    text = unicodedata.normalize("NFC", text)
    # Normalise line ends; keep everything else (tabs, no-break spaces) as found.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, warnings


def read_text(data: bytes, source: str, sha256: str) -> RawDocument:
    text, warnings = decode(data)
    # Text sources rarely know their pages; a form feed is the one honest signal.
    pages = []
    for number, chunk in enumerate(text.split("\f"), start=1):
        pages.append(Page(number=number, lines=[Line(text=t, page=number) for t in chunk.split("\n")]))
    return RawDocument(source=source, format="txt", pages=pages, sha256=sha256, warnings=warnings, text=text)
