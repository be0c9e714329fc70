"""PDF reader: pages of lines with font sizes and positions.

The backend (pdfplumber) is only touched here. Everything downstream works on
:class:`~pipeline.ingest.pages.Line` objects, so another backend that can give
characters with size and position can replace ``_pdfplumber_pages``.
"""

from __future__ import annotations

import io
import logging
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator

from pipeline.ingest.pages import IngestError, Line, Page, RawDocument, Run

# pdfminer is chatty about harmless font problems.
for _name in ("pdfminer", "pdfplumber"):
    logging.getLogger(_name).setLevel(logging.ERROR)


def read_pdf(data: bytes, source: str, sha256: str) -> RawDocument:
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise IngestError("error", "not a PDF file (no %PDF header)")
    pages = list(_pdfplumber_pages(data))
    if not any(line.text.strip() for page in pages for line in page.lines):
        raise IngestError("no_text_layer", f"no text layer on any of {len(pages)} pages (scanned PDF; OCR is not done)",
                          n_pages=len(pages))
    return RawDocument(source=source, format="pdf", pages=pages, sha256=sha256)


def _pdfplumber_pages(data: bytes) -> Iterator[Page]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise IngestError("error", f"encrypted PDF: {type(exc).__name__}") from exc
    except PDFSyntaxError as exc:
        raise IngestError("error", f"broken PDF: {exc}") from exc
    except Exception as exc:  # pdfminer raises many private exception types
        raise IngestError("error", f"cannot open PDF: {type(exc).__name__}: {exc}") from exc
    with pdf:
        try:
            for number, page in enumerate(pdf.pages, start=1):
                chars = [c for c in page.chars if c.get("upright", True)]
                yield Page(number=number, lines=list(chars_to_lines(chars, number)),
                           width=float(page.width), height=float(page.height))
        except IngestError:
            raise
        except Exception as exc:
            raise IngestError("error", f"broken PDF: {type(exc).__name__}: {exc}") from exc


def chars_to_lines(chars: Iterable[dict], page_no: int) -> Iterator[Line]:
    """Group characters (dicts with text, x0, x1, top, bottom, size) into lines.

    Characters whose vertical extent overlaps the line's body belong to it, so a
    raised footnote marker stays on its line as a run of its own.
    """
    rows: list[list[dict]] = []
    for ch in sorted(chars, key=lambda c: (round(c["bottom"], 1), c["x0"])):
        if not ch["text"]:
            continue
        for row in reversed(rows[-3:]):
            ref = max(row, key=lambda c: c["size"])
            if ch["top"] < ref["bottom"] - 0.3 * ref["size"] and ch["bottom"] > ref["top"] + 0.2 * ref["size"]:
                row.append(ch)
                break
        else:
            rows.append([ch])
    segments = [seg for row in rows for seg in _split_columns(sorted(row, key=lambda c: c["x0"]))]
    for seg in sorted(segments, key=lambda r: (round(min(c["top"] for c in r)), r[0]["x0"])):
        line = _row_to_line(seg, page_no)
        if line.text.strip():
            yield line


def _split_columns(row: list[dict]) -> list[list[dict]]:
    """Split a row where a wide horizontal gap separates two columns (letter body | sidebar)."""
    out = [[row[0]]]
    for prev, ch in zip(row, row[1:]):
        gap = ch["x0"] - prev["x1"]
        if gap > max(4 * prev["size"], 24) or (abs(ch["size"] - prev["size"]) > 1 and gap > 0.5 * prev["size"]):
            out.append([ch])
        else:
            out[-1].append(ch)
    return out


def _row_to_line(row: list[dict], page_no: int) -> Line:
    sizes = Counter()
    for c in row:
        sizes[round(c["size"], 1)] += len(c["text"].strip())
    body = sizes.most_common(1)[0][0] if sizes else row[0]["size"]
    runs: list[Run] = []
    prev = None
    for c in row:
        text = unicodedata.normalize("NFC", c["text"])
        size = round(c["size"], 1)
        if prev is not None:
            gap = c["x0"] - prev["x1"]
            if gap > 0.22 * min(prev["size"], c["size"]) and not text.isspace() and not prev["text"].isspace():
                text = " " + text
        if runs and runs[-1].size == size:
            runs[-1].text += text
        else:
            runs.append(Run(text=text, size=size, top=float(c["top"]), x0=float(c["x0"])))
        prev = c
    # A lone oversized glyph on a line (the Tweede Kamer logo "2") is decoration.
    runs = [r for r in runs if not (r.size > 2.5 * body and len(r.text.strip()) <= 2)] or runs
    text = "".join(r.text for r in runs).rstrip()
    main = [c for c in row if round(c["size"], 1) == body] or row
    bold = sum(len(c["text"]) for c in row if "bold" in str(c.get("fontname", "")).lower()) > 0.6 * len(row)
    return Line(text=text, page=page_no, bold=bold, top=float(min(c["top"] for c in main)),
                bottom=float(max(c["bottom"] for c in main)), x0=float(row[0]["x0"]),
                x1=float(row[-1]["x1"]), size=float(body), runs=runs)
