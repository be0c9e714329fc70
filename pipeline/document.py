"""The clean document: what the text stage produces and every extractor reads."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Footnote:
    number: str
    text: str
    page_no: int | None = None
    anchor_char: int | None = None  # offset of its marker in Document.text, if found


@dataclass
class Document:
    doc_id: str
    source: str
    format: str
    sha256: str = ""
    status: str = "ok"
    error: str = ""
    n_pages: int | None = None
    text: str = ""
    footnotes: list[Footnote] = field(default_factory=list)
    # Offsets where a new page starts: page_starts[i] is the first offset of page_numbers[i].
    page_starts: list[int] = field(default_factory=list)
    page_numbers: list[int] = field(default_factory=list)
    layout: str = ""  # pdf, wrapped (text extracted from a PDF), word, web, plain
    furniture: dict[str, Any] = field(default_factory=dict)  # what headers/colophons told
    title_hint: str = ""  # a title the layout itself gave (web page headline)
    date_hint: str = ""  # a date line the layout itself gave (web page date)
    warnings: list[str] = field(default_factory=list)
    ocr_pages: list[int] = field(default_factory=list)  # pages whose text was read by OCR

    def page_no(self, offset: int) -> int | None:
        if not self.page_starts:
            return None
        i = bisect.bisect_right(self.page_starts, offset) - 1
        return self.page_numbers[max(i, 0)]

    @property
    def n_chars(self) -> int:
        return len(self.text)
