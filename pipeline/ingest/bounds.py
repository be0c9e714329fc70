"""Bounds on what one PDF may make the reader hold, checked while it reads (see :class:`pipeline.settings.SizeLimits`).

A hostile PDF is small on disk and huge in memory: a FlateDecode stream of a few hundred kilobytes inflates
to gigabytes, a content stream of millions of tiny ``Tj`` operators makes millions of characters (pdfminer
holds about a kilobyte for each while it lays out a page), a page tree lists a million pages. Each bound is
checked before the work it guards: the page count before the first page, the inflated size of a page's
content streams by inflating them in chunks that stop at the bound (never the whole bomb), the characters
of a page while pdfminer makes them. Going over a bound refuses the document (status ``error``, reason
'too large: ...' naming the setting); truncating it would give tables that look complete and are not.
"""

from __future__ import annotations

import zlib
from typing import Any

from pipeline.ingest.pages import IngestError
from pipeline.settings import MB, SizeLimits

CHUNK = 1 << 16


def too_large(what: str, setting: str, n_pages: int | None = None) -> IngestError:
    return IngestError("error", f"too large: {what} (limit set by {setting})", n_pages=n_pages)


def check_page_count(n_pages: int, limits: SizeLimits) -> None:
    if n_pages > limits.max_pages:
        raise too_large(f"{n_pages} pages, more than {limits.max_pages}", "PIPELINE_MAX_PAGES", n_pages)


class CharBudget:
    """Characters a document may still have: per page and in all."""

    def __init__(self, limits: SizeLimits) -> None:
        self.limits = limits
        self.left = limits.max_chars

    def page_limit(self) -> int:
        return min(self.limits.max_page_chars, self.left)

    def over(self, page_no: int) -> IngestError:
        """The error for a page that went over :meth:`page_limit`."""
        if self.left < self.limits.max_page_chars:
            return too_large(f"more than {self.limits.max_chars} characters by page {page_no}", "PIPELINE_MAX_CHARS")
        return too_large(f"more than {self.limits.max_page_chars} characters on page {page_no}",
                         "PIPELINE_MAX_PAGE_CHARS")

    def spend(self, n_chars: int, page_no: int) -> None:
        if n_chars > self.page_limit():
            raise self.over(page_no)
        self.left -= n_chars


def check_content_size(streams: list[Any], page_no: int, limits: SizeLimits) -> None:
    """Refuse a page whose content streams (pdfminer PDFStream objects) inflate to more than the bound; the
    inflating stops at the bound. Filters other than FlateDecode count with their raw size."""
    bound = limits.max_page_content_bytes
    total = 0
    for stream in streams:
        total += _decoded_size(stream, bound - total + 1)
        if total > bound:
            raise too_large(f"the content of page {page_no} inflates to more than {bound // MB} MB",
                            "PIPELINE_MAX_PAGE_CONTENT_MB")


def _decoded_size(stream: Any, bound: int) -> int:
    """The decoded size of one stream, or a number above ``bound`` as soon as it is clear that it is larger."""
    from pdfminer.psparser import LIT

    if getattr(stream, "data", None) is not None:
        return len(stream.data)
    data = getattr(stream, "rawdata", None)
    if not isinstance(data, bytes):
        return 0
    if stream.decipher:
        data = stream.decipher(stream.objid, stream.genno, data, stream.attrs)
    for name, _ in stream.get_filters():
        if name not in (LIT("FlateDecode"), LIT("Fl")):
            break
        data = _inflate(data, bound)
        if len(data) > bound:
            return len(data)
    return len(data)


def _inflate(data: bytes, bound: int) -> bytes:
    """Inflate at most ``bound + 1`` bytes (a broken stream: what inflated before the error)."""
    inflater = zlib.decompressobj()
    out = bytearray()
    try:
        out += inflater.decompress(data, bound + 1)
        while inflater.unconsumed_tail and len(out) <= bound:
            out += inflater.decompress(inflater.unconsumed_tail, min(CHUNK, bound + 1 - len(out)) or 1)
    except zlib.error:
        pass
    return bytes(out)


def bounded_layout(page: Any, limit: int) -> bool:
    """Lay out a pdfplumber page as its ``layout`` property would, stopping after ``limit`` characters.
    Returns False when the page has more. The layout goes where pdfplumber caches it, so that ``page.chars``
    reads it."""
    from pdfminer.pdfinterp import PDFPageInterpreter
    from pdfplumber.page import PDFPageAggregatorWithMarkedContent

    class Counting(PDFPageAggregatorWithMarkedContent):
        n_chars = 0

        def render_char(self, *args: Any, **kwargs: Any) -> float:
            self.n_chars += 1
            if self.n_chars > limit:
                raise _TooMany
            return super().render_char(*args, **kwargs)

    device = Counting(page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams)
    try:
        PDFPageInterpreter(page.pdf.rsrcmgr, device).process_page(page.page_obj)
    except _TooMany:
        return False
    page._layout = device.get_result()
    return True


class _TooMany(Exception):
    pass
